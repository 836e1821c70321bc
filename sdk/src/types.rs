//! Builtin type objects, looked up through the kernel each time (never cached
//! in a static: see [`crate::kernel`]).

use pyk_abi::Value;

use crate::kernel::api;
use crate::object::PyObj;

fn type_of_owned(v: PyObj) -> PyObj {
    v.get_type()
}

/// `int`.
pub fn int_type() -> PyObj {
    // SAFETY: the small int 0 is a valid value; type_of returns the borrowed,
    // immortal int type, of which we take a reference.
    unsafe { PyObj::from_borrowed((api().type_of)(Value::small_int_unchecked(0))) }
}
/// `float`.
pub fn float_type() -> PyObj {
    type_of_owned(PyObj::from(0.0))
}
/// `str`.
pub fn str_type() -> PyObj {
    type_of_owned(PyObj::from(""))
}
/// `bool`.
pub fn bool_type() -> PyObj {
    type_of_owned(PyObj::from(true))
}
/// `list`.
pub fn list_type() -> PyObj {
    type_of_owned(crate::convert::list_of(&[]).expect("empty list"))
}
/// `tuple`.
pub fn tuple_type() -> PyObj {
    type_of_owned(crate::convert::tuple_of(&[]).expect("empty tuple"))
}
