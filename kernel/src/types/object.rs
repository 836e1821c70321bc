//! `object`, the root of every class.

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::str::new_str;
use crate::types::typeobj::{TypeObject, MethodDef};
use pyk_abi::value::ObjHeader;


fn object_repr(o: &Obj) -> PyResult {
    let t = o.type_obj();
    let name = if t.module == "builtins" { t.name().to_string() } else { format!("{}.{}", t.module, t.name()) };
    Ok(new_str(&format!("<{} object at {:#x}>", name, o.value().0)))
}

fn object_hash(o: &Obj) -> PyResult<i64> {
    Ok((o.value().0 >> 4) as i64)
}

fn object_new(t: &'static TypeObject, args: &[Obj], _kw: Option<&Obj>) -> PyResult {
    if !args.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    #[repr(C)]
    struct Plain {
        header: ObjHeader,
    }
    Ok(crate::object::alloc(Plain { header: crate::object::new_header(t) }))
}

unsafe fn plain_dealloc(p: *mut ObjHeader) {
    // SAFETY: object() instances are allocated as a bare header by object_new.
    unsafe { crate::object::dealloc_box::<ObjHeader>(p) }
}

/// `object.__dir__()`: the instance's `__dict__` keys and its class's attributes
/// (for a class: its MRO's), unsorted in CPython; `dir()` sorts.
fn object_dir(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::list::new_list(crate::abstract_::dir_names(o).iter().map(|n| crate::types::str::new_str(n)).collect()))
}

/// Whether `t` gets `name` from object itself (not overridden).
fn inherits_from_object(t: &TypeObject, name: &'static str) -> bool {
    let n = crate::types::str::istr(name);
    match (t.lookup(&n), crate::types::dict::get_str(OBJECT_TYPE.dict(), &n)) {
        (Some(f), Some(g)) => f.is(&g),
        _ => false,
    }
}

fn has_kwargs(k: Option<&Obj>) -> bool {
    k.and_then(crate::types::tuple::as_tuple).is_some_and(|t| !t.is_empty())
}

/// `object.__init__`: extra arguments are an error unless `__new__` was
/// overridden and `__init__` was not (CPython's rule).
fn m_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let nkw = k.and_then(crate::types::tuple::as_tuple).map_or(0, |t| t.len());
    if a.len() > nkw || nkw > 0 {
        let t = s.type_obj();
        if !inherits_from_object(t, "__init__") {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        // A builtin base with its own constructor (weakref.ref) counts as __new__.
        let solid = crate::types::class::solid_base(t);
        let builtin_new = !std::ptr::eq(solid, &OBJECT_TYPE) && solid.new.is_some();
        if inherits_from_object(t, "__new__") && !builtin_new {
            return Err(type_error(format!("{}.__init__() takes exactly one argument (the instance to initialize)", t.name())));
        }
    }
    Ok(crate::types::none())
}
/// `object.__setattr__`/`__delattr__`: descriptors then the dict for
/// instances of classes, the plain dict store otherwise.
fn object_setattr(s: &Obj, n: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if s.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
        crate::types::class::object_setattr(s, n, v)
    } else {
        crate::types::class::object_setattr(s, n, v)
    }
}
/// CPython's "hackcheck": object's setattr cannot be applied to a class
/// (type's own `__setattr__` is the one for classes).
fn not_for_types(s: &Obj, what: &str) -> PyResult<()> {
    if crate::types::typeobj::is_type(s) {
        return Err(type_error(format!("can't apply this {what} to {} object", s.type_obj().name())));
    }
    Ok(())
}

fn m_setattr(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n, v] = a else { return Err(type_error(format!("expected 2 arguments, got {}", a.len()))) };
    not_for_types(s, "__setattr__")?;
    object_setattr(s, n, Some(v))?;
    Ok(crate::types::none())
}
fn m_delattr(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    not_for_types(s, "__delattr__")?;
    object_setattr(s, n, None)?;
    Ok(crate::types::none())
}
fn m_getattribute(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    if crate::types::str::as_str(n).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", n.type_obj().name())));
    }
    // a class (of a Python metaclass whose __getattribute__ defers here):
    // type's own lookup, through the class's MRO
    if crate::types::typeobj::as_type(s).is_some() {
        return (crate::types::typeobj::TYPE_TYPE.getattr.expect("type has a getattr slot"))(s, n);
    }
    if s.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
        return crate::types::class::generic_getattr(s, n);
    }
    crate::abstract_::getattr(s, n)
}
fn m_repr(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    object_repr(s)
}
fn m_str(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::abstract_::repr(s)
}
fn m_eq(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    match a {
        [o] if o.is(s) => Ok(crate::types::bool_obj(true)),
        _ => Ok(crate::types::not_implemented()),
    }
}
/// `object.__ne__`: the inverse of the type's `__eq__`, unless that says
/// NotImplemented.
fn m_ne(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [o] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    // The type's own comparison slot, as CPython's object_richcompare.
    let r = match s.type_obj().richcompare {
        Some(rc) => rc(s, o, pyk_abi::opcode::CompareOp::Eq)?,
        None if o.is(s) => crate::types::bool_obj(true),
        None => return Ok(crate::types::not_implemented()),
    };
    if crate::types::singletons::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(crate::types::bool_obj(!crate::abstract_::is_true(&r)?))
}
fn m_hash(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(object_hash(s)?))
}

/// `object.__new__(cls)`: a bare instance of `cls`.
pub fn object_new_fn(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let Some(cls) = a.first() else { return Err(type_error("object.__new__(): not enough arguments")) };
    if !crate::types::typeobj::is_type(&cls) {
        return Err(type_error(format!("object.__new__(X): X is not a type object ({})", cls.type_obj().name())));
    }
    // SAFETY: instances of `type` are TypeObjects, immortal.
    let t: &'static TypeObject = unsafe { &*(cls.value().as_ptr() as *const TypeObject) };
    let solid = crate::types::class::solid_base(t);
    if !std::ptr::eq(solid, &OBJECT_TYPE) && solid.flags & crate::types::typeobj::tpflags::EXCEPTION == 0 && solid.new.is_some() {
        return Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", t.tp_name(), crate::types::new_staticbase(t).tp_name())));
    }
    if a.len() > 1 || has_kwargs(_k) {
        if !inherits_from_object(t, "__new__") {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if inherits_from_object(t, "__init__") {
            return Err(type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    crate::types::class::alloc_instance(t, &[], None)
}

fn m_format(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [spec] = a else { return Err(type_error(format!("object.__format__() takes exactly one argument ({} given)", a.len()))) };
    let spec = crate::types::str::as_str(spec).ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", spec.type_obj().name())))?;
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", s.type_obj().name())));
    }
    crate::abstract_::str(s)
}
/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` decides;
/// otherwise the generic protocol (reduce.rs).
fn m_reduce_ex(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [protocol] = a else { return Err(type_error(format!("object.__reduce_ex__() takes exactly one argument ({} given)", a.len()))) };
    let protocol = crate::abstract_::index(protocol)?;
    let name = crate::types::str::istr("__reduce__");
    if let Some(r) = s.type_obj().lookup(&name) {
        let own = crate::types::function::as_method_descr(&r).is_some_and(|d| std::ptr::eq(d.def, &OBJECT_METHODS[REDUCE_INDEX]));
        if !own {
            let b = crate::types::class::bind(&r, Some(s), s.type_obj(), &name)?;
            return crate::abstract_::call0(&b);
        }
    }
    crate::reduce::reduce_ex(s, protocol)
}
/// `object.__reduce__()`: protocol 0 (copyreg's).
fn m_reduce(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("object.__reduce__() takes no arguments ({} given)", a.len())));
    }
    crate::reduce::reduce_ex(s, crate::types::int::from_i64(0))
}
/// `object.__getstate__()`: the instance dict and slot values.
fn m_getstate(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("object.__getstate__() takes no arguments ({} given)", a.len())));
    }
    crate::reduce::getstate(s)
}
const REDUCE_INDEX: usize = 2;
/// `object.__sizeof__()`: pyk's object size, plus a word for each
/// `__slots__` member the instance's classes declare (CPython's basic size
/// grows the same way).
fn m_sizeof(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let slots = crate::types::member::slot_count(s.type_obj());
    Ok(crate::types::int::from_i64(24 + 8 * slots as i64))
}

static OBJECT_METHODS: [MethodDef; 19] = [
    MethodDef { name: "__format__", func: m_format, doc: "" },
    MethodDef { name: "__reduce_ex__", func: m_reduce_ex, doc: "" },
    MethodDef { name: "__reduce__", func: m_reduce, doc: "" },
    MethodDef { name: "__getstate__", func: m_getstate, doc: "" },
    MethodDef { name: "__sizeof__", func: m_sizeof, doc: "" },
    MethodDef { name: "__dir__", func: object_dir, doc: "" },
    MethodDef { name: "__init__", func: m_init, doc: "" },
    MethodDef { name: "__setattr__", func: m_setattr, doc: "" },
    MethodDef { name: "__delattr__", func: m_delattr, doc: "" },
    MethodDef { name: "__getattribute__", func: m_getattribute, doc: "" },
    MethodDef { name: "__repr__", func: m_repr, doc: "" },
    MethodDef { name: "__str__", func: m_str, doc: "" },
    MethodDef { name: "__eq__", func: m_eq, doc: "" },
    MethodDef { name: "__ne__", func: m_ne, doc: "" },
    MethodDef { name: "__hash__", func: m_hash, doc: "" },
    MethodDef { name: "__lt__", func: m_order, doc: "" },
    MethodDef { name: "__le__", func: m_order, doc: "" },
    MethodDef { name: "__gt__", func: m_order, doc: "" },
    MethodDef { name: "__ge__", func: m_order, doc: "" },
];

/// `object.__lt__` and the other orderings: NotImplemented, so the
/// reflected operand (or the TypeError) decides.
fn m_order(_s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    match a {
        [_] => Ok(crate::types::not_implemented()),
        _ => Err(type_error(format!("expected 1 argument, got {}", a.len()))),
    }
}

/// `obj.__class__`: its type (assigning goes through `set_class`).
fn g_class(o: &Obj) -> PyResult {
    Ok(o.type_obj().as_obj())
}

static OBJECT_GETSETS: [crate::types::typeobj::GetSetDef; 1] = [crate::types::typeobj::GetSetDef { name: "__class__", get: g_class }];

pub static OBJECT_TYPE: TypeObject = TypeObject {
    repr: Some(object_repr),
    hash: Some(object_hash),
    new: Some(object_new),
    methods: &OBJECT_METHODS,
    getsets: &OBJECT_GETSETS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    doc: "The root class: every class derives from object.",
    ..TypeObject::builtin("object", std::ptr::null(), plain_dealloc)
};

