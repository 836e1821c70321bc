//! `types.GenericAlias`: what `list[int]` and `dict[str, int]` evaluate to
//! (PEP 585), and `__class_getitem__` for builtin types.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::str::new_string;
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::{tpflags, TypeObject};

#[repr(C)]
pub struct GenericAlias {
    pub header: ObjHeader,
    pub origin: Obj,
    pub args: Obj,
    /// `*tuple[int, ...]` (PEP 646): what iterating an alias yields.
    pub unpacked: bool,
}

pub fn new_alias(origin: &Obj, item: &Obj) -> Obj {
    let args = if as_tuple(item).is_some() { item.clone() } else { new_tuple(vec![item.clone()]) };
    alloc(GenericAlias { header: crate::object::new_header_tracked(&GENERIC_ALIAS_TYPE), origin: origin.clone(), args, unpacked: false })
}

/// `iter(tuple[int, ...])` yields the one starred alias, so that
/// `*tuple[int, ...]` can be written in annotations and subscripts.
fn alias_iter(o: &Obj) -> PyResult {
    let g = this(o)?;
    let starred = alloc(GenericAlias {
        header: crate::object::new_header_tracked(&GENERIC_ALIAS_TYPE),
        origin: g.origin.clone(),
        args: g.args.clone(),
        unpacked: true,
    });
    crate::abstract_::iter(&new_tuple(vec![starred]))
}

fn this(o: &Obj) -> PyResult<&GenericAlias> {
    o.downcast::<GenericAlias>(&GENERIC_ALIAS_TYPE).ok_or_else(|| type_error("GenericAlias expected"))
}

/// repr of one argument as typing prints it: classes by qualified name.
fn arg_repr(a: &Obj) -> PyResult<String> {
    if crate::types::typeobj::is_type(&a) {
        // SAFETY: instances of `type` are TypeObjects, which are immortal.
        let t: &TypeObject = unsafe { &*(a.value().as_ptr() as *const TypeObject) };
        let q = crate::types::class::heap_qualname(t)
            .and_then(|q| crate::types::str::as_str(&q).map(str::to_owned))
            .unwrap_or_else(|| t.name().to_string());
        return Ok(if t.module == "builtins" { q } else { format!("{}.{}", t.module, q) });
    }
    if crate::types::singletons::ELLIPSIS.header.ob_type == a.type_ptr() as *const _ {
        return Ok("...".into());
    }
    if let Some(items) = crate::types::list::as_list(a) {
        let parts = items.snapshot().iter().map(arg_repr).collect::<PyResult<Vec<_>>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    crate::abstract_::repr_string(a)
}

fn alias_repr(o: &Obj) -> PyResult {
    let g = this(o)?;
    let args = as_tuple(&g.args).unwrap_or(&[]);
    let parts = if args.is_empty() { vec!["()".to_string()] } else { args.iter().map(arg_repr).collect::<PyResult<Vec<_>>>()? };
    Ok(new_string(format!("{}{}[{}]", if g.unpacked { "*" } else { "" }, arg_repr(&g.origin)?, parts.join(", "))))
}

fn alias_call(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let g = this(o)?;
    let r = crate::abstract_::call(&g.origin, a, k)?;
    let _ = crate::abstract_::setattr(&r, &crate::types::str::istr("__orig_class__"), Some(o));
    Ok(r)
}

fn alias_getattr(o: &Obj, name: &Obj) -> PyResult {
    let g = this(o)?;
    match crate::types::str::as_str(name) {
        Some("__origin__") => return Ok(g.origin.clone()),
        Some("__args__") => return Ok(g.args.clone()),
        Some("__parameters__") => return Ok(new_tuple(vec![])),
        Some("__unpacked__") => return Ok(crate::types::bool_obj(g.unpacked)),
        Some("__class__") => return Ok(GENERIC_ALIAS_TYPE.as_obj()),
        _ => {}
    }
    if let Some(v) = crate::abstract_::generic_type_attr(o, name)? {
        return Ok(v);
    }
    crate::abstract_::getattr(&g.origin, name)
}

fn alias_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let (Ok(x), Ok(y)) = (this(a), this(b)) else { return Ok(crate::types::not_implemented()) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    let eq = x.origin.is(&y.origin) && x.unpacked == y.unpacked && crate::abstract_::eq(&x.args, &y.args)?;
    Ok(crate::types::bool_obj(eq == (op == CompareOp::Eq)))
}

fn alias_hash(o: &Obj) -> PyResult<i64> {
    let g = this(o)?;
    Ok(crate::abstract_::hash(&g.origin)? ^ crate::abstract_::hash(&g.args)?)
}

fn alias_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("GenericAlias", k)?;
    match a {
        [origin, args] => Ok(new_alias(origin, args)),
        _ => Err(type_error(format!("GenericAlias expected 2 arguments, got {}", a.len()))),
    }
}

fn m_mro_entries(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_tuple(vec![this(s)?.origin.clone()]))
}

fn alias_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(g) = this(o) {
        visit(&g.origin);
        visit(&g.args);
    }
}

static ALIAS_METHODS: [crate::types::typeobj::MethodDef; 1] =
    [crate::types::typeobj::MethodDef { name: "__mro_entries__", func: m_mro_entries, doc: "" }];

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject {
    module: "types",
    subclass: Some(crate::object::subclass_info::<GenericAlias>(true)),
    number: crate::types::typeobj::NumberSlots { or: Some(union_or), ..crate::types::typeobj::NumberSlots::EMPTY },
    new: Some(alias_new),
    repr: Some(alias_repr),
    call: Some(alias_call),
    iter: Some(alias_iter),
    getattr: Some(alias_getattr),
    richcompare: Some(alias_richcompare),
    hash: Some(alias_hash),
    traverse: Some(alias_traverse),
    methods: &ALIAS_METHODS,
    flags: tpflags::BASETYPE,
    ..TypeObject::builtin("GenericAlias", &crate::types::object::OBJECT_TYPE, dealloc_box::<GenericAlias>)
};

/// `__class_getitem__` of builtin generic types (bound to the type as `slf`).
pub fn class_getitem(slf: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [item] = a else { return Err(type_error("__class_getitem__ takes exactly one argument")) };
    Ok(new_alias(slf, item))
}

/// `types.UnionType`: `int | str` (PEP 604).
#[repr(C)]
pub struct UnionObject {
    pub header: ObjHeader,
    pub args: Obj,
}

fn is_unionable(o: &Obj) -> bool {
    crate::types::typeobj::is_type(&o)
        || crate::types::is_none(o)
        || o.downcast::<GenericAlias>(&GENERIC_ALIAS_TYPE).is_some()
        || o.downcast::<UnionObject>(&UNION_TYPE).is_some()
        || is_type_alias(o)
}

/// An instance of `typing.TypeAliasType` (defined by `_typing`), which CPython
/// also lets into `X | Y`.
fn is_type_alias(o: &Obj) -> bool {
    let t = o.type_obj();
    t.name() == "TypeAliasType"
        && crate::types::dict::get_str(t.dict(), &crate::types::str::istr("__module__"))
            .is_some_and(|m| crate::types::str::as_str(&m) == Some("typing"))
}

fn flatten(o: &Obj, out: &mut Vec<Obj>) -> PyResult<()> {
    if let Some(u) = o.downcast::<UnionObject>(&UNION_TYPE) {
        for a in as_tuple(&u.args).unwrap_or(&[]) {
            flatten(a, out)?;
        }
        return Ok(());
    }
    let item = if crate::types::is_none(o) { crate::types::singletons::NONE_TYPE.as_obj() } else { o.clone() };
    for x in out.iter() {
        if x.is(&item) || crate::abstract_::eq(x, &item)? {
            return Ok(());
        }
    }
    out.push(item);
    Ok(())
}

/// The `|` slot of `type`, `NoneType`, aliases and unions.
pub fn union_or(a: &Obj, b: &Obj) -> PyResult {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(crate::types::not_implemented());
    }
    let mut items = vec![];
    flatten(a, &mut items)?;
    flatten(b, &mut items)?;
    if items.len() == 1 {
        return Ok(items.pop().expect("one"));
    }
    Ok(alloc(UnionObject { header: crate::object::new_header_tracked(&UNION_TYPE), args: new_tuple(items) }))
}

/// The members of a union, for isinstance/issubclass.
pub fn union_args(o: &Obj) -> Option<Vec<Obj>> {
    o.downcast::<UnionObject>(&UNION_TYPE).map(|u| as_tuple(&u.args).unwrap_or(&[]).to_vec())
}

fn union_repr(o: &Obj) -> PyResult {
    let args = union_args(o).unwrap_or_default();
    let parts = args
        .iter()
        .map(|a| if a.is(&crate::types::singletons::NONE_TYPE.as_obj()) { Ok("None".to_string()) } else { arg_repr(a) })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_string(parts.join(" | ")))
}

fn union_getattr(o: &Obj, name: &Obj) -> PyResult {
    let u = o.downcast::<UnionObject>(&UNION_TYPE).ok_or_else(|| type_error("union expected"))?;
    match crate::types::str::as_str(name) {
        Some("__args__") => return Ok(u.args.clone()),
        Some("__parameters__") => return Ok(new_tuple(vec![])),
        Some("__class__") => return Ok(UNION_TYPE.as_obj()),
        _ => {}
    }
    crate::abstract_::generic_type_attr(o, name)?.ok_or_else(|| crate::abstract_::no_attribute(o, name))
}

fn union_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (union_args(a), union_args(b)) else { return Ok(crate::types::not_implemented()) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    let same = x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| p.is(q)));
    Ok(crate::types::bool_obj(same == (op == CompareOp::Eq)))
}

fn union_hash(o: &Obj) -> PyResult<i64> {
    let mut h: i64 = 0x345678;
    for a in union_args(o).unwrap_or_default() {
        h ^= crate::abstract_::hash(&a)?;
    }
    Ok(h)
}

fn union_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(u) = o.downcast::<UnionObject>(&UNION_TYPE) {
        visit(&u.args);
    }
}

pub static UNION_TYPE: TypeObject = TypeObject {
    module: "types",
    repr: Some(union_repr),
    getattr: Some(union_getattr),
    richcompare: Some(union_richcompare),
    hash: Some(union_hash),
    traverse: Some(union_traverse),
    number: crate::types::typeobj::NumberSlots { or: Some(union_or), ..crate::types::typeobj::NumberSlots::EMPTY },
    ..TypeObject::builtin("UnionType", &crate::types::object::OBJECT_TYPE, dealloc_box::<UnionObject>)
};
