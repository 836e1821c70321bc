//! `PyErr` (a raised exception instance) and constructors for common errors.

use crate::object::Obj;
use crate::types::exceptions::{self as exc, new_exception};
use crate::types::typeobj::TypeObject;

/// A raised Python exception (an exception instance).
#[derive(Debug, Clone)]
pub struct PyErr(pub Obj);

pub type PyResult<T = Obj> = Result<T, PyErr>;

impl PyErr {
    /// An exception of type `t` with the single argument `msg`.
    pub fn new(t: &'static TypeObject, msg: impl AsRef<str>) -> PyErr {
        PyErr(new_exception(t, vec![crate::types::str::new_str(msg.as_ref())]))
    }

    /// An exception of type `t` with no arguments.
    pub fn empty(t: &'static TypeObject) -> PyErr {
        PyErr(new_exception(t, vec![]))
    }

    pub fn is_instance(&self, t: &'static TypeObject) -> bool {
        self.0.type_obj().is_subtype(t)
    }

    pub fn value(&self) -> &Obj {
        &self.0
    }
}

macro_rules! err_ctor {
    ($($f:ident => $t:ident),* $(,)?) => {$(
        pub fn $f(msg: impl AsRef<str>) -> PyErr { PyErr::new(&exc::$t, msg) }
    )*};
}

err_ctor! {
    type_error => TYPE_ERROR,
    value_error => VALUE_ERROR,
    index_error => INDEX_ERROR,
    attribute_error => ATTRIBUTE_ERROR,
    name_error => NAME_ERROR,
    zero_division_error => ZERO_DIVISION_ERROR,
    overflow_error => OVERFLOW_ERROR,
    runtime_error => RUNTIME_ERROR,
    system_error => SYSTEM_ERROR,
    recursion_error => RECURSION_ERROR,
    import_error => IMPORT_ERROR,
    module_not_found_error => MODULE_NOT_FOUND_ERROR,
    unbound_local_error => UNBOUND_LOCAL_ERROR,
    os_error => OS_ERROR,
    memory_error => MEMORY_ERROR,
}

pub fn key_error(key: Obj) -> PyErr {
    PyErr(new_exception(&exc::KEY_ERROR, vec![key]))
}

pub fn stop_iteration() -> PyErr {
    PyErr::empty(&exc::STOP_ITERATION)
}

/// Reserves room for `n` more items, or MemoryError when the allocator
/// refuses (a huge repetition or padding must not abort the process).
pub fn reserve<T>(v: &mut Vec<T>, n: usize) -> PyResult<()> {
    v.try_reserve_exact(n).map_err(|_| PyErr::empty(&crate::types::exceptions::MEMORY_ERROR))
}

/// As [`reserve`], for text.
pub fn reserve_str(s: &mut String, n: usize) -> PyResult<()> {
    s.try_reserve_exact(n).map_err(|_| PyErr::empty(&crate::types::exceptions::MEMORY_ERROR))
}

/// "f() got an unexpected keyword argument 'k'" with 3.13's suggestion of
/// the closest of the keyword names the function accepts.
pub fn unexpected_kwarg(fname: &str, key: &str, allowed: &[&str]) -> PyErr {
    let names: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
    let hint = crate::suggest::closest_c(&names, key).map(|n| format!(". Did you mean '{n}'?")).unwrap_or_default();
    type_error(format!("{fname}() got an unexpected keyword argument '{key}'{hint}"))
}
