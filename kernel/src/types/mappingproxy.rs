//! `mappingproxy` (`types.MappingProxyType`): a read-only, live view of a
//! mapping — what `C.__dict__` is, so a class's namespace can be read but
//! only changed through `setattr` (which keeps the lookup caches right).

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::str::new_string;
use crate::types::typeobj::{MethodDef, TypeObject};

#[repr(C)]
pub struct MappingProxy {
    pub header: ObjHeader,
    mapping: Obj,
}

/// A proxy over `mapping` (not checked: the kernel's own callers pass dicts).
pub fn new_proxy(mapping: Obj) -> Obj {
    alloc(MappingProxy { header: crate::object::new_header_tracked(&MAPPINGPROXY_TYPE), mapping })
}

fn inner(o: &Obj) -> PyResult<Obj> {
    o.downcast::<MappingProxy>(&MAPPINGPROXY_TYPE).map(|p| p.mapping.clone()).ok_or_else(|| type_error("mappingproxy expected"))
}

fn proxy_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let m = match (pos, kws.as_slice()) {
        ([m], []) => m.clone(),
        ([], [("mapping", m)]) => (*m).clone(),
        _ => return Err(type_error(format!("mappingproxy() takes exactly one argument ({} given)", a.len()))),
    };
    let is_mapping = m.type_obj().getitem.is_some() && !m.type_obj().is_subtype(&crate::types::list::LIST_TYPE) && !m.type_obj().is_subtype(&crate::types::tuple::TUPLE_TYPE);
    if !is_mapping {
        return Err(type_error(format!("mappingproxy() argument must be a mapping, not {}", m.type_obj().name())));
    }
    Ok(new_proxy(m))
}

fn call_method(o: &Obj, name: &str, args: &[Obj]) -> PyResult {
    let m = inner(o)?;
    let f = ab::getattr_str(&m, name)?;
    ab::call(&f, args, None)
}

fn m_get(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    call_method(s, "get", a)
}
fn m_keys(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    call_method(s, "keys", &[])
}
fn m_values(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    call_method(s, "values", &[])
}
fn m_items(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    call_method(s, "items", &[])
}
fn m_copy(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    call_method(s, "copy", &[])
}
fn m_reversed(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let m = inner(s)?;
    let r = crate::interp::builtins_module();
    let rev = ab::getattr_str(&r, "reversed")?;
    ab::call(&rev, &[m], None)
}

fn proxy_getitem(o: &Obj, k: &Obj) -> PyResult {
    ab::getitem(&inner(o)?, k)
}
fn proxy_len(o: &Obj) -> PyResult<usize> {
    ab::len(&inner(o)?)
}
fn proxy_contains(o: &Obj, k: &Obj) -> PyResult<bool> {
    ab::contains(&inner(o)?, k)
}
fn proxy_iter(o: &Obj) -> PyResult {
    ab::iter(&inner(o)?)
}
fn proxy_repr(o: &Obj) -> PyResult {
    Ok(new_string(format!("mappingproxy({})", ab::repr_string(&inner(o)?)?)))
}
fn proxy_str(o: &Obj) -> PyResult {
    ab::str(&inner(o)?)
}
fn proxy_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    ab::richcompare(&inner(a)?, b, op)
}
/// `proxy | other`: a new dict (the proxy itself is never changed).
fn proxy_or(a: &Obj, b: &Obj) -> PyResult {
    let (x, y) = (a.downcast::<MappingProxy>(&MAPPINGPROXY_TYPE).map(|p| p.mapping.clone()), b.downcast::<MappingProxy>(&MAPPINGPROXY_TYPE).map(|p| p.mapping.clone()));
    let l = x.unwrap_or_else(|| a.clone());
    let r = y.unwrap_or_else(|| b.clone());
    ab::binary_op(&l, &r, pyk_abi::opcode::BinaryOp::Or)
}

/// `proxy |= other` is refused (the proxy is read-only), as CPython says.
fn m_ior(_s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Err(type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

/// The hash of the mapping (so a proxy of a dict is unhashable).
fn proxy_hash(o: &Obj) -> PyResult<i64> {
    ab::hash(&inner(o)?)
}

fn proxy_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(p) = o.downcast::<MappingProxy>(&MAPPINGPROXY_TYPE) {
        visit(&p.mapping);
    }
}

static METHODS: [MethodDef; 7] = [
    MethodDef { name: "get", func: m_get, doc: "" },
    MethodDef { name: "keys", func: m_keys, doc: "" },
    MethodDef { name: "values", func: m_values, doc: "" },
    MethodDef { name: "items", func: m_items, doc: "" },
    MethodDef { name: "copy", func: m_copy, doc: "" },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "" },
    MethodDef { name: "__ior__", func: m_ior, doc: "Return self|=value." },
];

pub static MAPPINGPROXY_TYPE: TypeObject = TypeObject {
    new: Some(proxy_new),
    repr: Some(proxy_repr),
    str: Some(proxy_str),
    getitem: Some(proxy_getitem),
    len: Some(proxy_len),
    contains: Some(proxy_contains),
    iter: Some(proxy_iter),
    richcompare: Some(proxy_richcompare),
    hash: Some(proxy_hash),
    number: crate::types::typeobj::NumberSlots { or: Some(proxy_or), ..crate::types::typeobj::NumberSlots::EMPTY },
    traverse: Some(proxy_traverse),
    methods: &METHODS,
    ..TypeObject::builtin("mappingproxy", &crate::types::object::OBJECT_TYPE, dealloc_box::<MappingProxy>)
};
