//! `types.SimpleNamespace` (the type of `sys.implementation` and `sys.flags`
//! for now): attribute access over a dict, keyword constructor, CPython's repr.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::dict::{as_dict, new_dict};
use crate::types::str::{as_str, new_string};
use crate::types::typeobj::{tpflags, MethodDef, TypeObject};

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
    let o = new_namespace(&[]);
    fill(&o, a, k)?;
    Ok(o)
}

/// `SimpleNamespace.__init__`: a mapping or an iterable of pairs, then the
/// keywords, added to the namespace (every key must be a str).
fn fill(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let d = this(o)?.dict.clone();
    match pos {
        [] => {}
        [m] => {
            let tmp = new_dict();
            crate::types::dict::update_from(&tmp, m)?;
            let items = as_dict(&tmp).map(|t| t.items()).unwrap_or_default();
            if items.iter().any(|(k, _)| as_str(k).is_none()) {
                return Err(type_error("keywords must be strings"));
            }
            crate::types::dict::update_from(&d, &tmp)?;
        }
        _ => return Err(type_error(format!("SimpleNamespace expected at most 1 argument, got {}", pos.len()))),
    }
    for (n, v) in kws {
        crate::types::dict::set_item_str(&d, n, v.clone());
    }
    Ok(())
}

fn m_init(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    fill(o, a, k)?;
    Ok(crate::types::none())
}

/// `__reduce__`: `(type(self), (), self.__dict__)`.
fn m_reduce(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__reduce__", k)?;
    if !a.is_empty() {
        return Err(type_error(format!("{}.__reduce__() takes no arguments ({} given)", o.type_obj().name(), a.len())));
    }
    let d = this(o)?.dict.clone();
    Ok(crate::types::tuple::new_tuple(vec![o.type_obj().as_obj(), crate::types::tuple::new_tuple(vec![]), d]))
}

/// `__replace__(**changes)`: `type(self)()` with this namespace's items,
/// then the changes (what `copy.replace` calls).
fn m_replace(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if !pos.is_empty() {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    let d = this(o)?.dict.clone();
    let r = crate::abstract_::call(&o.type_obj().as_obj(), &[], None)?;
    let rd = this(&r)?.dict.clone();
    crate::types::dict::update_from(&rd, &d)?;
    for (n, v) in kws {
        crate::types::dict::set_item_str(&rd, n, v.clone());
    }
    Ok(r)
}

static NS_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__init__", func: m_init, doc: "Set up a new instance; help(type(self)) shows the arguments." },
    MethodDef { name: "__reduce__", func: m_reduce, doc: "Give pickle the data to rebuild this object" },
    MethodDef { name: "__replace__", func: m_replace, doc: "Return a copy of the namespace object with new values for the specified attributes." },
];

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
    // A subclass shows its own name (CPython's namespace_repr).
    let t = o.type_obj();
    let name = if std::ptr::eq(t, &NAMESPACE_TYPE) { "namespace" } else { t.name() };
    crate::abstract_::repr_enter(o, &format!("{name}(...)"), || {
        let mut parts = vec![];
        for (k, v) in &items {
            parts.push(format!("{}={}", as_str(k).unwrap_or("?"), crate::abstract_::repr_string(v)?));
        }
        Ok(new_string(format!("{name}({})", parts.join(", "))))
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
    methods: &NS_METHODS,
    // A subclass's attributes are the namespace's own dict
    // (`class::attribute_storage`); `__init__` fills it.
    subclass: Some(crate::object::subclass_info::<NamespaceObject>(false)),
    ..TypeObject::builtin("SimpleNamespace", &crate::types::object::OBJECT_TYPE, dealloc_box::<NamespaceObject>)
};
