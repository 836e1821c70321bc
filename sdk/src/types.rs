//! Builtin objects, looked up through the kernel each time (never cached in a
//! static: see [`crate::kernel`]).

use abi_stable::std_types::RStr;

use crate::error::{PyErr, PyResult};
use crate::kernel::api;
use crate::object::PyObj;

/// An attribute of the builtins module (`int`, `len`, `sorted`…).
pub fn builtin(name: &str) -> PyResult<PyObj> {
    let v = (api().builtin)(RStr::from_str(name));
    if v.is_null() {
        return Err(PyErr::fetch());
    }
    // SAFETY: a live borrowed attribute of the builtins module; we take a reference.
    Ok(unsafe { PyObj::from_borrowed(v) })
}

/// A builtin type that always exists (`int`, `str`…); panics for an unknown name.
pub fn builtin_type(name: &str) -> PyObj {
    builtin(name).unwrap_or_else(|_| panic!("builtins.{name} is missing"))
}

/// `int`.
pub fn int_type() -> PyObj {
    builtin_type("int")
}
/// `float`.
pub fn float_type() -> PyObj {
    builtin_type("float")
}
/// `str`.
pub fn str_type() -> PyObj {
    builtin_type("str")
}
/// `bool`.
pub fn bool_type() -> PyObj {
    builtin_type("bool")
}
/// `list`.
pub fn list_type() -> PyObj {
    builtin_type("list")
}
/// `tuple`.
pub fn tuple_type() -> PyObj {
    builtin_type("tuple")
}
/// `dict`.
pub fn dict_type() -> PyObj {
    builtin_type("dict")
}

/// `import name`.
pub fn import(name: &str) -> PyResult<PyObj> {
    // SAFETY: import_module returns a new reference or NULL.
    unsafe { PyObj::from_result((api().import_module)(RStr::from_str(name))) }
}

/// A new empty dict.
pub fn new_dict() -> PyResult<PyObj> {
    // SAFETY: dict_new returns a new reference or NULL.
    unsafe { PyObj::from_result((api().dict_new)()) }
}

/// A new exception class `name` deriving from `bases` (a class or a tuple
/// of classes), as `type(name, bases, {'__module__': module, '__doc__': doc})`
/// makes it: what a C module's `PyErr_NewException` gives (`struct.error`,
/// `binascii.Error`).
pub fn new_exception_type(module: &str, name: &str, bases: &crate::PyAny, doc: Option<&str>) -> PyResult<PyObj> {
    let bases = if bases.is_tuple() { bases.to_owned() } else { crate::convert::tuple_of(&[bases])? };
    let ns = new_dict()?;
    ns.setitem(&PyObj::from("__module__"), &PyObj::from(module))?;
    if let Some(doc) = doc {
        ns.setitem(&PyObj::from("__doc__"), &PyObj::from(doc))?;
    }
    builtin("type")?.call(&[&PyObj::from(name), &bases, &ns])
}

/// pyk's marshal record of a code object (what follows marshal's `c` type
/// byte; `pyk_abi::code::marshal_payload`): TypeError for anything but a
/// code object, ValueError("unmarshallable object") when it holds a
/// constant the code wire format cannot carry.
pub fn code_marshal(code: &crate::PyAny) -> PyResult<PyObj> {
    // SAFETY: `code` is live; code_marshal returns a new reference or NULL.
    unsafe { PyObj::from_result((api().code_marshal)(code.as_raw())) }
}

/// The code object of a whole marshal record (header and body, see
/// `pyk_abi::code::MarshalHeader`); ValueError for CPython's records, pyk
/// code of another format version and corrupt data.
pub fn code_unmarshal(record: &[u8]) -> PyResult<PyObj> {
    // SAFETY: `record` is a valid slice for the call; code_unmarshal returns
    // a new reference or NULL with an exception set.
    unsafe { PyObj::from_result((api().code_unmarshal)(record.as_ptr(), record.len())) }
}
