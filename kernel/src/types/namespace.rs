//! `types.SimpleNamespace` (the type of `sys.implementation` and `sys.flags`
//! for now): attribute access over a dict, keyword constructor, CPython's repr.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::dict::{as_dict, new_dict};
use crate::types::str::{as_str, new_string};
use crate::types::typeobj::{tpflags, TypeObject};

#[repr(C)]
pub struct NamespaceObject {
    pub header: ObjHeader,
    pub dict: Obj,
}

pub fn new_namespace(items: &[(&str, Obj)]) -> Obj {
    let d = new_dict();
    for (k, v) in items {
        crate::types::dict::set_item_str(&d, k, v.clone());
    }
    alloc(NamespaceObject { header: crate::object::new_header_tracked(&NAMESPACE_TYPE), dict: d })
}

fn this(o: &Obj) -> PyResult<&NamespaceObject> {
    o.downcast::<NamespaceObject>(&NAMESPACE_TYPE).ok_or_else(|| type_error("namespace expected"))
}

fn ns_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let o = new_namespace(&[]);
    let d = this(&o)?.dict.clone();
    match pos {
        [] => {}
        [m] => crate::types::dict::update_from(&d, m)?,
        _ => return Err(type_error(format!("SimpleNamespace expected at most 1 positional argument, got {}", pos.len()))),
    }
    for (n, v) in kws {
        crate::types::dict::set_item_str(&d, n, v.clone());
    }
    Ok(o)
}

fn ns_getattr(o: &Obj, name: &Obj) -> PyResult {
    let ns = this(o)?;
    if let Some(v) = as_dict(&ns.dict).map(|d| d.get(name)).transpose()?.flatten() {
        return Ok(v);
    }
    match as_str(name) {
        Some("__dict__") => return Ok(ns.dict.clone()),
        Some("__class__") => return Ok(o.type_obj().as_obj()),
        _ => {}
    }
    if let Some(v) = crate::abstract_::generic_type_attr(o, name)? {
        return Ok(v);
    }
    Err(crate::abstract_::no_attribute(o, name))
}

fn ns_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    crate::types::class::dict_set(&this(o)?.dict, name, v).map_err(|_| crate::abstract_::no_attribute(o, name))
}

fn ns_repr(o: &Obj) -> PyResult {
    let items = as_dict(&this(o)?.dict).map(|d| d.items()).unwrap_or_default();
    crate::abstract_::repr_enter(o, "namespace(...)", || {
        let mut parts = vec![];
        for (k, v) in &items {
            parts.push(format!("{}={}", as_str(k).unwrap_or("?"), crate::abstract_::repr_string(v)?));
        }
        Ok(new_string(format!("namespace({})", parts.join(", "))))
    })
}

fn ns_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (this(a), this(b)) {
        (Ok(x), Ok(y)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => crate::abstract_::richcompare(&x.dict, &y.dict, op),
        _ => Ok(crate::types::not_implemented()),
    }
}

fn ns_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(ns) = this(o) {
        visit(&ns.dict);
    }
}

pub static NAMESPACE_TYPE: TypeObject = TypeObject {
    module: "types",
    new: Some(ns_new),
    getattr: Some(ns_getattr),
    setattr: Some(ns_setattr),
    repr: Some(ns_repr),
    richcompare: Some(ns_richcompare),
    traverse: Some(ns_traverse),
    flags: tpflags::BASETYPE,
    ..TypeObject::builtin("SimpleNamespace", &crate::types::object::OBJECT_TYPE, dealloc_box::<NamespaceObject>)
};
