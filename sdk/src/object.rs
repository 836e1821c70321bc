//! Object handles: [`PyObj`] owns a reference, `&PyAny` borrows one.
//!
//! Both are one `Value` word. `PyObj` increments the reference count when
//! cloned and decrements it when dropped, through the kernel's table. `PyAny`
//! is never held by value: it exists only behind a reference whose lifetime
//! is the lifetime of the borrow (an argument array, a `PyObj`).

use std::fmt;
use std::ops::Deref;

use abi_stable::std_types::RStr;
use pyk_abi::Value;

use crate::error::{PyErr, PyResult};
use crate::kernel::api;

/// A borrowed Python object. Use `&PyAny`; turn it into an owned handle with
/// [`PyAny::to_owned`].
#[repr(transparent)]
pub struct PyAny(Value);

/// An owned reference to a Python object (never NULL).
#[repr(transparent)]
pub struct PyObj(Value);

impl PyAny {
    /// Views a borrowed value.
    ///
    /// # Safety
    /// `*v` must be a live, non-NULL `Value` that stays alive (someone holds a
    /// reference) for as long as the returned borrow.
    pub unsafe fn from_raw(v: &Value) -> &PyAny {
        // SAFETY: PyAny is a transparent wrapper of Value; liveness is the caller's contract.
        unsafe { &*(v as *const Value as *const PyAny) }
    }

    /// Views an array of borrowed values.
    ///
    /// # Safety
    /// As [`PyAny::from_raw`], for each element.
    pub unsafe fn slice_from_raw(v: &[Value]) -> &[PyAny] {
        // SAFETY: PyAny is a transparent wrapper of Value, so the slices have the same layout.
        unsafe { &*(v as *const [Value] as *const [PyAny]) }
    }

    /// The raw word (borrowed).
    pub fn as_raw(&self) -> Value {
        self.0
    }

    /// A new owned reference to this object.
    pub fn to_owned(&self) -> PyObj {
        // SAFETY: self is live (PyAny invariant); we take one more reference.
        unsafe { (api().incref)(self.0) };
        PyObj(self.0)
    }

    /// True when both are the same object.
    pub fn is(&self, other: &PyAny) -> bool {
        self.0 == other.0
    }

    pub fn is_none(&self) -> bool {
        self.0 == (api().singleton)(0)
    }

    /// The object's type.
    pub fn get_type(&self) -> PyObj {
        // SAFETY: self is live; type_of returns the borrowed type, which lives
        // at least as long as self; we take our own reference to it.
        let t = unsafe { (api().type_of)(self.0) };
        // SAFETY: t is a live, non-NULL type object.
        unsafe { PyObj::from_borrowed(t) }
    }

    /// True when the object's type is exactly `t`.
    pub fn is_exact_instance(&self, t: &PyAny) -> bool {
        // SAFETY: self is live.
        unsafe { (api().type_of)(self.0) == t.0 }
    }

    /// The name of the object's type (`type(o).__name__`).
    pub fn type_name(&self) -> PyResult<String> {
        Ok(self.get_type().getattr("__name__")?.as_str()?.to_owned())
    }

    /// True for an `int` (or a subclass, `bool` included).
    pub fn is_int(&self) -> bool {
        self.0.is_small_int() || self.isinstance(&crate::types::builtin_type("int")).unwrap_or(false)
    }

    /// True for a `float` (or a subclass).
    pub fn is_float(&self) -> bool {
        !self.0.is_small_int() && self.isinstance(&crate::types::builtin_type("float")).unwrap_or(false)
    }

    /// True for a `str` (or a subclass).
    pub fn is_str(&self) -> bool {
        !self.0.is_small_int() && self.isinstance(&crate::types::builtin_type("str")).unwrap_or(false)
    }

    /// True for a `tuple` (or a subclass).
    pub fn is_tuple(&self) -> bool {
        !self.0.is_small_int() && self.isinstance(&crate::types::builtin_type("tuple")).unwrap_or(false)
    }

    /// `isinstance(o, t)`.
    pub fn isinstance(&self, t: &PyAny) -> PyResult<bool> {
        // SAFETY: both values are live.
        match unsafe { (api().isinstance)(self.0, t.0) } {
            1 => Ok(true),
            0 => Ok(false),
            _ => Err(PyErr::fetch()),
        }
    }

    /// `iter(o)`.
    pub fn iter(&self) -> PyResult<PyObj> {
        // SAFETY: self is live; iter returns a new reference or NULL.
        unsafe { PyObj::from_result((api().iter)(self.0)) }
    }

    /// `next(o)` on an iterator: `None` when exhausted.
    pub fn next(&self) -> PyResult<Option<PyObj>> {
        // SAFETY: self is live; iter_next returns a new reference, or NULL
        // with or without an exception.
        let v = unsafe { (api().iter_next)(self.0) };
        if !v.is_null() {
            // SAFETY: a new reference.
            return Ok(Some(unsafe { PyObj::from_owned(v) }));
        }
        match PyErr::take() {
            Some(e) => Err(e),
            None => Ok(None),
        }
    }

    /// `a op b` with `op` numbered as BINARY_OP's argument (see [`crate::ops`]).
    pub fn binary_op(&self, other: &PyAny, op: u32) -> PyResult<PyObj> {
        // SAFETY: both values are live.
        unsafe { PyObj::from_result((api().binary_op)(self.0, other.0, op)) }
    }

    /// `a op b` with `op` numbered as COMPARE_OP's argument (see [`crate::ops`]).
    pub fn richcompare(&self, other: &PyAny, op: u32) -> PyResult<PyObj> {
        // SAFETY: both values are live.
        unsafe { PyObj::from_result((api().richcompare)(self.0, other.0, op)) }
    }

    /// `bool(a op b)` for a comparison.
    pub fn compare(&self, other: &PyAny, op: u32) -> PyResult<bool> {
        self.richcompare(other, op)?.is_true()
    }

    /// `o[k]`.
    pub fn getitem(&self, k: &PyAny) -> PyResult<PyObj> {
        // SAFETY: both values are live.
        unsafe { PyObj::from_result((api().getitem)(self.0, k.0)) }
    }

    /// `o[k] = v`.
    pub fn setitem(&self, k: &PyAny, v: &PyAny) -> PyResult<()> {
        // SAFETY: all values are live.
        if unsafe { (api().setitem)(self.0, k.0, v.0) } {
            Ok(())
        } else {
            Err(PyErr::fetch())
        }
    }

    /// `del o[k]`.
    pub fn delitem(&self, k: &PyAny) -> PyResult<()> {
        // SAFETY: both values are live; a NULL value means deletion.
        if unsafe { (api().setitem)(self.0, k.0, Value::NULL) } {
            Ok(())
        } else {
            Err(PyErr::fetch())
        }
    }

    /// `len(o)`.
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> PyResult<usize> {
        // SAFETY: self is live.
        let n = unsafe { (api().len)(self.0) };
        if n < 0 {
            Err(PyErr::fetch())
        } else {
            Ok(n as usize)
        }
    }

    /// `hash(o)`.
    pub fn hash(&self) -> PyResult<i64> {
        let mut out = 0;
        // SAFETY: self is live; `out` is a valid place.
        if unsafe { (api().hash)(self.0, &mut out) } {
            Ok(out)
        } else {
            Err(PyErr::fetch())
        }
    }

    /// `list.append(o, v)` for a list `o`.
    pub fn list_append(&self, v: &PyAny) -> PyResult<()> {
        // SAFETY: both values are live.
        if unsafe { (api().list_append)(self.0, v.0) } {
            Ok(())
        } else {
            Err(PyErr::fetch())
        }
    }

    /// The items of a tuple (exactly a tuple or a subclass), as owned handles.
    pub fn tuple_items(&self) -> PyResult<Vec<PyObj>> {
        // SAFETY: self is live.
        let n = unsafe { (api().tuple_size)(self.0) };
        if n < 0 {
            return Err(PyErr::fetch());
        }
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n as usize {
            // SAFETY: i < len; tuple_item returns a borrowed item kept alive by the tuple.
            let v = unsafe { (api().tuple_item)(self.0, i) };
            if v.is_null() {
                return Err(PyErr::fetch());
            }
            // SAFETY: a live borrowed item.
            out.push(unsafe { PyObj::from_borrowed(v) });
        }
        Ok(out)
    }

    /// `float(o)` semantics as the math module uses them: float, int, or
    /// `__float__`/`__index__`; otherwise TypeError "must be real number, not T".
    pub fn to_f64(&self) -> PyResult<f64> {
        let mut out = 0.0;
        // SAFETY: self is live; `out` is a valid place for the result.
        if unsafe { (api().float_as_f64)(self.0, &mut out) } {
            Ok(out)
        } else {
            Err(PyErr::fetch())
        }
    }

    /// `operator.index(o)` as an i64: TypeError when not an integer,
    /// OverflowError "Python int too large to convert to C long" when out of range.
    pub fn to_i64(&self) -> PyResult<i64> {
        if self.0.is_small_int() {
            return Ok(self.0.as_small_int());
        }
        let mut out = 0;
        // SAFETY: self is live; `out` is a valid place for the result.
        if unsafe { (api().int_as_i64)(self.0, &mut out) } {
            Ok(out)
        } else {
            Err(PyErr::fetch())
        }
    }

    /// The UTF-8 of a `str`, borrowed from the object; TypeError otherwise.
    pub fn as_str(&self) -> PyResult<&str> {
        let mut ptr: *const u8 = std::ptr::null();
        let mut len = 0usize;
        // SAFETY: self is live; ptr/len are valid out places.
        if !unsafe { (api().str_as_utf8)(self.0, &mut ptr, &mut len) } {
            return Err(PyErr::fetch());
        }
        if len == 0 {
            return Ok("");
        }
        // SAFETY: the kernel returned the str's UTF-8 bytes, which live as long
        // as the object, and the object outlives &self.
        Ok(unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len)) })
    }

    /// The contents of a `bytes` object, borrowed from it; TypeError
    /// ("a bytes-like object is required, not 'X'") otherwise.
    pub fn as_bytes(&self) -> PyResult<&[u8]> {
        let mut ptr: *const u8 = std::ptr::null();
        let mut len = 0usize;
        // SAFETY: self is live; ptr/len are valid out places.
        if !unsafe { (api().bytes_data)(self.0, &mut ptr, &mut len) } {
            return Err(PyErr::fetch());
        }
        if len == 0 {
            return Ok(&[]);
        }
        // SAFETY: a bytes object's storage is immutable and lives as long as
        // the object, which outlives &self.
        Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
    }

    /// A copy of the contents of any bytes-like object (bytes, bytearray,
    /// memoryview, ...), via `bytes(o)` for the mutable ones. TypeError
    /// ("a bytes-like object is required, not 'X'") for a str or an int.
    pub fn bytes_like(&self) -> PyResult<Vec<u8>> {
        if let Ok(b) = self.as_bytes() {
            return Ok(b.to_vec());
        }
        (api().err_clear)();
        let not = || -> PyResult<Vec<u8>> {
            Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", self.type_name()?)))
        };
        if self.is_str() || self.is_int() {
            return not();
        }
        let bytes = crate::types::builtin("bytes")?;
        match bytes.call(&[self]) {
            Ok(b) => Ok(b.as_bytes()?.to_vec()),
            Err(_) => not(),
        }
    }

    /// `bool(o)`.
    pub fn is_true(&self) -> PyResult<bool> {
        // SAFETY: self is live.
        match unsafe { (api().is_true)(self.0) } {
            1 => Ok(true),
            0 => Ok(false),
            _ => Err(PyErr::fetch()),
        }
    }

    /// `repr(o)` as a Rust string.
    pub fn repr(&self) -> PyResult<String> {
        // SAFETY: self is live; repr returns a new reference or NULL.
        let r = unsafe { PyObj::from_result((api().repr)(self.0)) }?;
        Ok(r.as_str()?.to_owned())
    }

    /// `str(o)` as a Rust string.
    pub fn str(&self) -> PyResult<String> {
        // SAFETY: self is live; str returns a new reference or NULL.
        let r = unsafe { PyObj::from_result((api().str)(self.0)) }?;
        Ok(r.as_str()?.to_owned())
    }

    /// `o.name`.
    pub fn getattr(&self, name: &str) -> PyResult<PyObj> {
        // SAFETY: self is live; name outlives the call; getattr returns a new reference or NULL.
        unsafe { PyObj::from_result((api().getattr)(self.0, RStr::from_str(name))) }
    }

    /// `o.name = v`.
    pub fn setattr(&self, name: &str, v: &PyAny) -> PyResult<()> {
        // SAFETY: all values are live for the call.
        if unsafe { (api().setattr)(self.0, RStr::from_str(name), v.0) } {
            Ok(())
        } else {
            Err(PyErr::fetch())
        }
    }

    /// `o(*args)`.
    pub fn call(&self, args: &[&PyAny]) -> PyResult<PyObj> {
        let raw: Vec<Value> = args.iter().map(|a| a.0).collect();
        // SAFETY: `raw` holds borrowed live values for the duration of the call;
        // kwnames is NULL (no keyword arguments).
        unsafe { PyObj::from_result((api().call)(self.0, raw.as_ptr(), raw.len(), Value::NULL)) }
    }

    /// `o(*args, **kwargs)` with keyword names given as Rust strings.
    pub fn call_kw(&self, args: &[&PyAny], kwargs: &[(&str, &PyAny)]) -> PyResult<PyObj> {
        if kwargs.is_empty() {
            return self.call(args);
        }
        let names: Vec<PyObj> = kwargs.iter().map(|(k, _)| PyObj::from(*k)).collect();
        let kwnames = crate::convert::tuple_of(&names.iter().map(|n| &**n).collect::<Vec<_>>())?;
        let raw: Vec<Value> = args.iter().map(|a| a.0).chain(kwargs.iter().map(|(_, v)| v.0)).collect();
        // SAFETY: `raw` holds borrowed live values; kwnames is a live tuple of
        // str naming the last kwargs.len() of them.
        unsafe { PyObj::from_result((api().call)(self.0, raw.as_ptr(), raw.len(), kwnames.0)) }
    }

    /// `o.name(*args)`.
    pub fn call_method(&self, name: &str, args: &[&PyAny]) -> PyResult<PyObj> {
        self.getattr(name)?.call(args)
    }

    /// The items of any iterable, in order (`list(o)`), as owned handles.
    pub fn iter_items(&self) -> PyResult<Vec<PyObj>> {
        let it = self.iter()?;
        let mut out = Vec::new();
        while let Some(v) = it.next()? {
            out.push(v);
        }
        Ok(out)
    }
}

impl PyObj {
    /// Takes ownership of a new reference.
    ///
    /// # Safety
    /// `v` must be a live, non-NULL value whose reference the caller owns and gives up.
    pub unsafe fn from_owned(v: Value) -> PyObj {
        debug_assert!(!v.is_null());
        PyObj(v)
    }

    /// Takes a new reference to a borrowed value.
    ///
    /// # Safety
    /// `v` must be a live, non-NULL value.
    pub unsafe fn from_borrowed(v: Value) -> PyObj {
        // SAFETY: v is live (caller's contract).
        unsafe { (api().incref)(v) };
        PyObj(v)
    }

    /// The result of a kernel entry that returns a new reference or NULL
    /// with an exception set.
    ///
    /// # Safety
    /// `v` must be NULL or a new reference the caller gives up.
    pub unsafe fn from_result(v: Value) -> PyResult<PyObj> {
        if v.is_null() {
            Err(PyErr::fetch())
        } else {
            Ok(PyObj(v))
        }
    }

    /// Gives up ownership: the caller now owns the reference.
    pub fn into_raw(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }

    /// The raw word (still owned by `self`).
    pub fn as_raw(&self) -> Value {
        self.0
    }

    /// A new `bytes` object copying `b`.
    pub fn bytes(b: &[u8]) -> PyResult<PyObj> {
        // SAFETY: `b` is a valid slice for the call; bytes_new returns a new
        // reference or NULL with an exception set.
        unsafe { PyObj::from_result((api().bytes_new)(b.as_ptr(), b.len())) }
    }

    /// `None`.
    pub fn none() -> PyObj {
        // SAFETY: None is an immortal singleton.
        unsafe { PyObj::from_borrowed((api().singleton)(0)) }
    }
}

impl Deref for PyObj {
    type Target = PyAny;
    fn deref(&self) -> &PyAny {
        // SAFETY: self owns a reference, so the value lives as long as the borrow of self.
        unsafe { PyAny::from_raw(&self.0) }
    }
}

impl AsRef<PyAny> for PyObj {
    fn as_ref(&self) -> &PyAny {
        self
    }
}

impl Clone for PyObj {
    fn clone(&self) -> Self {
        // Not `self.to_owned()`: that is `ToOwned::to_owned`, which calls `clone`.
        PyAny::to_owned(self)
    }
}

impl Drop for PyObj {
    fn drop(&mut self) {
        // SAFETY: self owns one reference to a live value and gives it up.
        unsafe { (api().decref)(self.0) }
    }
}

impl fmt::Debug for PyAny {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr() {
            Ok(s) => f.write_str(&s),
            Err(_) => write!(f, "<object {:#x}>", self.0 .0),
        }
    }
}

impl fmt::Debug for PyObj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}
