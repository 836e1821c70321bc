//! None, NotImplemented, Ellipsis, True and False: immortal statics.

use crate::error::PyResult;
use crate::object::{immortal_header, Obj};
use crate::types::str::new_str;
use crate::types::typeobj::TypeObject;
use pyk_abi::value::ObjHeader;
use pyk_abi::Value;

#[repr(C)]
pub struct Singleton {
    pub header: ObjHeader,
}

#[repr(C)]
pub struct BoolObject {
    pub header: ObjHeader,
    pub value: bool,
}

// SAFETY: the singletons are immortal and immutable; the header's type
// pointer points to an immortal static type.
unsafe impl Sync for Singleton {}
// SAFETY: as above.
unsafe impl Sync for BoolObject {}

unsafe fn no_dealloc(_: *mut ObjHeader) {}

fn none_repr(_: &Obj) -> PyResult {
    Ok(new_str("None"))
}
fn none_bool(_: &Obj) -> PyResult<bool> {
    Ok(false)
}
fn notimpl_repr(_: &Obj) -> PyResult {
    Ok(new_str("NotImplemented"))
}
fn ellipsis_repr(_: &Obj) -> PyResult {
    Ok(new_str("Ellipsis"))
}
fn bool_repr(o: &Obj) -> PyResult {
    Ok(new_str(if is_true_obj(o) { "True" } else { "False" }))
}
fn bool_bool(o: &Obj) -> PyResult<bool> {
    Ok(is_true_obj(o))
}
fn singleton_hash(o: &Obj) -> PyResult<i64> {
    Ok((o.value().0 >> 4) as i64)
}

/// Calling a singleton's type returns the singleton (no arguments taken).
fn singleton_new(t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let has_kw = k.is_some_and(|k| crate::types::dict::as_dict(k).is_some_and(|d| d.len() > 0) || crate::types::tuple::as_tuple(k).is_some_and(|t| !t.is_empty()));
    let name = if std::ptr::eq(t, &ELLIPSIS_TYPE) { "EllipsisType" } else { t.name() };
    if !a.is_empty() || has_kw {
        return Err(crate::error::type_error(format!("{name} takes no arguments")));
    }
    Ok(if std::ptr::eq(t, &NONE_TYPE) {
        none()
    } else if std::ptr::eq(t, &ELLIPSIS_TYPE) {
        ellipsis()
    } else {
        not_implemented()
    })
}

pub static NONE_TYPE: TypeObject = TypeObject {
    new: Some(singleton_new),
    repr: Some(none_repr),
    doc: "Class of None.",
    hash: Some(singleton_hash),
    number: crate::types::typeobj::NumberSlots {
        bool: Some(none_bool),
        ..crate::types::typeobj::NumberSlots::EMPTY
    },
    ..TypeObject::builtin("NoneType", &crate::types::object::OBJECT_TYPE, no_dealloc)
};
/// Pickling `...` and `NotImplemented`: by name, as globals of builtins.
fn m_reduce(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::str::new_str(if std::ptr::eq(s.type_ptr(), &ELLIPSIS_TYPE) { "Ellipsis" } else { "NotImplemented" }))
}
static SINGLETON_METHODS: [crate::types::typeobj::MethodDef; 1] = [crate::types::typeobj::MethodDef { name: "__reduce__", func: m_reduce, doc: "" }];

/// `bool(NotImplemented)` is True, with CPython's DeprecationWarning.
fn notimpl_bool(_o: &Obj) -> PyResult<bool> {
    crate::warningsmod::warn(&crate::types::exceptions::DEPRECATION_WARNING, "NotImplemented should not be used in a boolean context", 1)?;
    Ok(true)
}

pub static NOTIMPLEMENTED_TYPE: TypeObject = TypeObject {
    new: Some(singleton_new),
    number: crate::types::typeobj::NumberSlots { bool: Some(notimpl_bool), ..crate::types::typeobj::NumberSlots::EMPTY },
    repr: Some(notimpl_repr),
    hash: Some(singleton_hash),
    methods: &SINGLETON_METHODS,
    ..TypeObject::builtin("NotImplementedType", &crate::types::object::OBJECT_TYPE, no_dealloc)
};
pub static ELLIPSIS_TYPE: TypeObject = TypeObject {
    new: Some(singleton_new),
    repr: Some(ellipsis_repr),
    hash: Some(singleton_hash),
    methods: &SINGLETON_METHODS,
    ..TypeObject::builtin("ellipsis", &crate::types::object::OBJECT_TYPE, no_dealloc)
};
/// bool hashes as the int it equals (hash(True) == hash(1) == 1).
fn bool_hash(o: &Obj) -> PyResult<i64> {
    Ok(is_true_obj(o) as i64)
}

pub static BOOL_TYPE: TypeObject = TypeObject {
    repr: Some(bool_repr),
    hash: Some(bool_hash),
    richcompare: Some(crate::types::int::int_richcompare),
    new: Some(bool_new),
    number: crate::types::typeobj::NumberSlots { bool: Some(bool_bool), invert: Some(bool_invert), ..crate::types::int::INT_NUMBER_SLOTS },
    ..TypeObject::builtin("bool", &crate::types::int::INT_TYPE, no_dealloc)
};

/// `~b`: the int inversion, with 3.12's DeprecationWarning.
fn bool_invert(o: &Obj) -> PyResult {
    crate::warningsmod::warn(
        &crate::types::exceptions::DEPRECATION_WARNING,
        "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.",
        1,
    )?;
    crate::types::int::int_invert(o)
}

fn bool_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("bool", kw)?;
    match args {
        [] => Ok(bool_obj(false)),
        [x] => Ok(bool_obj(crate::abstract_::is_true(x)?)),
        _ => Err(crate::error::type_error(format!("bool expected at most 1 argument, got {}", args.len()))),
    }
}

pub static NONE: Singleton = Singleton { header: immortal_header(&NONE_TYPE) };
pub static NOT_IMPLEMENTED: Singleton = Singleton { header: immortal_header(&NOTIMPLEMENTED_TYPE) };
pub static ELLIPSIS: Singleton = Singleton { header: immortal_header(&ELLIPSIS_TYPE) };
pub static TRUE: BoolObject = BoolObject { header: immortal_header(&BOOL_TYPE), value: true };
pub static FALSE: BoolObject = BoolObject { header: immortal_header(&BOOL_TYPE), value: false };

#[inline(always)]
pub fn none_value() -> Value {
    Value::from_ptr(&NONE)
}
#[inline(always)]
pub fn none() -> Obj {
    // SAFETY: immortal static; no count to own.
    unsafe { Obj::from_raw(none_value()) }
}
#[inline(always)]
pub fn not_implemented() -> Obj {
    // SAFETY: immortal static.
    unsafe { Obj::from_raw(Value::from_ptr(&NOT_IMPLEMENTED)) }
}
pub fn ellipsis() -> Obj {
    // SAFETY: immortal static.
    unsafe { Obj::from_raw(Value::from_ptr(&ELLIPSIS)) }
}
#[inline(always)]
pub fn true_value() -> Value {
    Value::from_ptr(&TRUE)
}
#[inline(always)]
pub fn false_value() -> Value {
    Value::from_ptr(&FALSE)
}
#[inline(always)]
pub fn bool_obj(b: bool) -> Obj {
    // SAFETY: immortal statics.
    unsafe { Obj::from_raw(if b { true_value() } else { false_value() }) }
}
#[inline(always)]
pub fn is_none(o: &Obj) -> bool {
    o.value() == none_value()
}
#[inline(always)]
pub fn is_not_implemented(o: &Obj) -> bool {
    o.value() == Value::from_ptr(&NOT_IMPLEMENTED)
}
fn is_true_obj(o: &Obj) -> bool {
    o.value() == true_value()
}
