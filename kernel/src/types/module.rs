//! Module objects: a namespace dict with a name.

use pyk_abi::value::ObjHeader;

use crate::error::{attribute_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::dict::{as_dict, get_str, new_dict, set_item_str};
use crate::types::str::{as_str, new_str, new_string};
use crate::types::typeobj::TypeObject;

#[repr(C)]
pub struct ModuleObject {
    pub header: ObjHeader,
    pub dict: Obj,
}

pub fn new_module(name: &str, doc: Option<&str>) -> Obj {
    let d = new_dict();
    set_item_str(&d, "__name__", new_str(name));
    set_item_str(&d, "__doc__", doc.map(new_str).unwrap_or_else(crate::types::none));
    set_item_str(&d, "__package__", crate::types::none());
    set_item_str(&d, "__loader__", crate::types::none());
    set_item_str(&d, "__spec__", crate::types::none());
    alloc(ModuleObject { header: crate::object::new_header_tracked(&MODULE_TYPE), dict: d })
}

pub fn as_module(o: &Obj) -> Option<&ModuleObject> {
    o.downcast::<ModuleObject>(&MODULE_TYPE)
}

pub fn module_name(o: &Obj) -> String {
    as_module(o)
        .and_then(|m| get_str(&m.dict, &crate::types::str::intern("__name__")))
        .and_then(|n| as_str(&n).map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

fn module_getattr(o: &Obj, name: &Obj) -> PyResult {
    let m = as_module(o).ok_or_else(|| type_error("module expected"))?;
    if let Some(v) = as_dict(&m.dict).map(|d| d.get(name)).transpose()?.flatten() {
        return Ok(v);
    }
    let n = as_str(name).unwrap_or("?");
    if n == "__dict__" {
        return Ok(m.dict.clone());
    }
    if let Some(v) = crate::abstract_::generic_type_attr(o, name)? {
        return Ok(v);
    }
    // PEP 562: a module-level __getattr__ answers for missing names.
    if let Some(ga) = as_dict(&m.dict).map(|d| d.get(&crate::types::str::istr("__getattr__"))).transpose()?.flatten() {
        return crate::abstract_::call(&ga, std::slice::from_ref(name), None);
    }
    let e = attribute_error(format!("module '{}' has no attribute '{}'", module_name(o), n));
    crate::abstract_::set_attribute_error_info(&e, o, name);
    Err(e)
}

fn module_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let m = as_module(o).ok_or_else(|| type_error("module expected"))?;
    let d = as_dict(&m.dict).ok_or_else(|| type_error("module dict"))?;
    match v {
        Some(v) => d.set(name.clone(), v.clone()),
        None => match d.del(name)? {
            Some(_) => Ok(()),
            None => Err(attribute_error(format!(
                "module '{}' has no attribute '{}'",
                module_name(o),
                as_str(name).unwrap_or("?")
            ))),
        },
    }
}

fn module_repr(o: &Obj) -> PyResult {
    Ok(new_string(format!("<module '{}' (built-in)>", module_name(o))))
}

fn module_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(m) = as_module(o) {
        visit(&m.dict);
    }
}

pub static MODULE_TYPE: TypeObject = TypeObject {
    traverse: Some(module_traverse),
    repr: Some(module_repr),
    getattr: Some(module_getattr),
    setattr: Some(module_setattr),
    ..TypeObject::builtin("module", &crate::types::object::OBJECT_TYPE, dealloc_box::<ModuleObject>)
};
