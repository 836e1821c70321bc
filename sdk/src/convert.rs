//! Conversions between Rust values and Python objects.

use abi_stable::std_types::RStr;
use pyk_abi::Value;

use crate::error::{PyErr, PyResult};
use crate::kernel::api;
use crate::object::{PyAny, PyObj};

/// A Rust value that becomes a Python object (what a native function may return).
pub trait IntoPy {
    fn into_py(self) -> PyResult<PyObj>;
}

/// A Python object read as a Rust value.
pub trait FromPy<'a>: Sized {
    fn from_py(o: &'a PyAny) -> PyResult<Self>;
}

impl IntoPy for PyObj {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(self)
    }
}
impl IntoPy for &PyAny {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(self.to_owned())
    }
}
impl IntoPy for () {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::none())
    }
}
impl IntoPy for bool {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self))
    }
}
impl IntoPy for f64 {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self))
    }
}
impl IntoPy for i64 {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self))
    }
}
impl IntoPy for i32 {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self as i64))
    }
}
impl IntoPy for u64 {
    fn into_py(self) -> PyResult<PyObj> {
        int_from_i128(self as i128)
    }
}
impl IntoPy for usize {
    fn into_py(self) -> PyResult<PyObj> {
        int_from_i128(self as i128)
    }
}
impl IntoPy for isize {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self as i64))
    }
}
impl IntoPy for i128 {
    fn into_py(self) -> PyResult<PyObj> {
        int_from_i128(self)
    }
}
impl IntoPy for u128 {
    fn into_py(self) -> PyResult<PyObj> {
        int_from_decimal(&self.to_string())
    }
}
impl IntoPy for &str {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self))
    }
}
impl IntoPy for String {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self.as_str()))
    }
}
impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self) -> PyResult<PyObj> {
        let items = self.into_iter().map(IntoPy::into_py).collect::<PyResult<Vec<_>>>()?;
        list_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())
    }
}
impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self) -> PyResult<PyObj> {
        match self {
            Some(v) => v.into_py(),
            None => Ok(PyObj::none()),
        }
    }
}

macro_rules! tuple_into_py {
    ($($t:ident $v:ident),+) => {
        impl<$($t: IntoPy),+> IntoPy for ($($t,)+) {
            fn into_py(self) -> PyResult<PyObj> {
                let ($($v,)+) = self;
                $(let $v = $v.into_py()?;)+
                tuple_of(&[$(&*$v),+])
            }
        }
    };
}
tuple_into_py!(A a);
tuple_into_py!(A a, B b);
tuple_into_py!(A a, B b, C c);
tuple_into_py!(A a, B b, C c, D d);

impl From<f64> for PyObj {
    fn from(f: f64) -> PyObj {
        // SAFETY: float_from_f64 returns a new reference (it does not fail).
        unsafe { PyObj::from_owned((api().float_from_f64)(f)) }
    }
}
impl From<i64> for PyObj {
    fn from(i: i64) -> PyObj {
        if let Some(v) = Value::small_int(i) {
            // SAFETY: a tagged small int is a valid value that needs no reference.
            return unsafe { PyObj::from_owned(v) };
        }
        // SAFETY: int_from_i64 returns a new reference (it does not fail).
        unsafe { PyObj::from_owned((api().int_from_i64)(i)) }
    }
}
impl From<usize> for PyObj {
    fn from(i: usize) -> PyObj {
        match i64::try_from(i) {
            Ok(v) => PyObj::from(v),
            // SAFETY: int_from_str returns a new reference (the digits are valid).
            Err(_) => unsafe { PyObj::from_owned((api().int_from_str)(RStr::from_str(&i.to_string()), 10)) },
        }
    }
}
impl From<bool> for PyObj {
    fn from(b: bool) -> PyObj {
        // SAFETY: True and False are immortal singletons.
        unsafe { PyObj::from_borrowed((api().singleton)(if b { 1 } else { 2 })) }
    }
}
impl From<&str> for PyObj {
    fn from(s: &str) -> PyObj {
        // SAFETY: str_from_utf8 copies the bytes and returns a new reference.
        unsafe { PyObj::from_owned((api().str_from_utf8)(RStr::from_str(s))) }
    }
}

impl<'a> FromPy<'a> for &'a PyAny {
    fn from_py(o: &'a PyAny) -> PyResult<Self> {
        Ok(o)
    }
}
impl<'a> FromPy<'a> for PyObj {
    fn from_py(o: &'a PyAny) -> PyResult<Self> {
        Ok(o.to_owned())
    }
}
impl<'a> FromPy<'a> for f64 {
    fn from_py(o: &'a PyAny) -> PyResult<Self> {
        o.to_f64()
    }
}
impl<'a> FromPy<'a> for i64 {
    fn from_py(o: &'a PyAny) -> PyResult<Self> {
        o.to_i64()
    }
}
impl<'a> FromPy<'a> for bool {
    fn from_py(o: &'a PyAny) -> PyResult<Self> {
        o.is_true()
    }
}
impl<'a> FromPy<'a> for &'a str {
    fn from_py(o: &'a PyAny) -> PyResult<Self> {
        o.as_str()
    }
}
impl<'a> FromPy<'a> for String {
    fn from_py(o: &'a PyAny) -> PyResult<Self> {
        o.as_str().map(str::to_owned)
    }
}

/// A new tuple of the given items.
pub fn tuple_of(items: &[&PyAny]) -> PyResult<PyObj> {
    let raw: Vec<Value> = items.iter().map(|a| a.as_raw()).collect();
    // SAFETY: `raw` holds live borrowed values; tuple_new takes its own references.
    unsafe { PyObj::from_result((api().tuple_new)(raw.as_ptr(), raw.len())) }
}

/// A new list of the given items.
pub fn list_of(items: &[&PyAny]) -> PyResult<PyObj> {
    let raw: Vec<Value> = items.iter().map(|a| a.as_raw()).collect();
    // SAFETY: `raw` holds live borrowed values; list_new takes its own references.
    unsafe { PyObj::from_result((api().list_new)(raw.as_ptr(), raw.len())) }
}

/// An int of any size from an i128.
pub fn int_from_i128(i: i128) -> PyResult<PyObj> {
    match i64::try_from(i) {
        Ok(small) => Ok(PyObj::from(small)),
        Err(_) => int_from_decimal(&i.to_string()),
    }
}

/// An int from its decimal digits (optional leading '-'), of any length.
pub fn int_from_decimal(digits: &str) -> PyResult<PyObj> {
    const CHUNK: usize = 4000;
    let (neg, body) = match digits.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, digits),
    };
    if body.len() <= CHUNK || !body.is_ascii() {
        return int_from_str(digits, 10);
    }
    // The kernel's int_from_str still applies the 4300-digit limit to
    // decimal digits (sdk/ABI_REQUESTS.md): combine chunks with arithmetic.
    let mut acc = PyObj::from(0i64);
    for chunk in body.as_bytes().chunks(CHUNK) {
        // The chunks of an ASCII str are ASCII.
        let chunk = std::str::from_utf8(chunk).map_err(|_| PyErr::system_error("bad digits"))?;
        let scale = PyObj::from(10i64).binary_op(&PyObj::from(chunk.len() as i64), crate::ops::POW)?;
        acc = acc.binary_op(&scale, crate::ops::MUL)?.binary_op(&*int_from_str(chunk, 10)?, crate::ops::ADD)?;
    }
    if neg {
        acc = PyObj::from(0i64).binary_op(&acc, crate::ops::SUB)?;
    }
    Ok(acc)
}

/// An int from digits in `base` (2..=36, optional sign), of any length.
pub fn int_from_str(digits: &str, base: u32) -> PyResult<PyObj> {
    // SAFETY: int_from_str returns a new reference or NULL.
    unsafe { PyObj::from_result((api().int_from_str)(RStr::from_str(digits), base)) }
}

/// The decimal digits of an int of any size (`str(i)`); TypeError for a non-int.
pub fn int_to_decimal(o: &PyAny) -> PyResult<String> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    if let Ok(small) = o.to_i64() {
        return Ok(small.to_string());
    }
    // Beyond i64 (and never a bool, whose str() is "True"): the digits.
    o.str()
}
