//! What `select` and `_socket` share: OSError from an errno, file
//! descriptors from Python objects, timeouts, and running a blocking system
//! call detached from the runtime (so other Python threads run meanwhile).

use pyk_sdk::kernel::api;
use pyk_sdk::prelude::*;
use pyk_sdk::types::builtin;

/// The calling thread's errno after a failed libc call.
pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The C library's message for `e`, without std's " (os error N)" suffix.
pub fn strerror(e: i32) -> String {
    let s = std::io::Error::from_raw_os_error(e).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// `OSError(e, strerror(e))`, which the constructor turns into the matching
/// subclass (ConnectionRefusedError, FileNotFoundError...).
pub fn os_error(e: i32) -> PyErr {
    match builtin("OSError").and_then(|t| t.call(&[&*PyObj::from(e as i64), &*strerror(e).as_str().into_py()?])) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(err) => err,
    }
}

/// [`os_error`] for the current errno.
pub fn last_error() -> PyErr {
    os_error(errno())
}

/// An exception of builtin class `name` built from `args`.
pub fn builtin_exc(name: &str, args: &[&PyAny]) -> PyErr {
    match builtin(name).and_then(|t| t.call(args)) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(err) => err,
    }
}

/// CPython's `PyObject_AsFileDescriptor`: an int, or the int its
/// `fileno()` returns.
pub fn fileno_of(o: &PyAny) -> PyResult<i32> {
    let fd = if o.is_int() {
        o.to_i64()?
    } else {
        let m = match o.getattr("fileno") {
            Ok(m) => m,
            Err(e) if e.matches(ExcKind::AttributeError) => {
                return Err(PyErr::type_error("argument must be an int, or have a fileno() method."))
            }
            Err(e) => return Err(e),
        };
        let r = m.call(&[])?;
        if !r.is_int() {
            return Err(PyErr::type_error("fileno() returned a non-integer"));
        }
        r.to_i64()?
    };
    if fd < 0 {
        return Err(PyErr::value_error(format!("file descriptor cannot be a negative integer ({fd})")));
    }
    i32::try_from(fd).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

/// Runs `f` (a blocking system call that touches no Python object) with the
/// thread detached from the runtime.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    struct Reattach;
    impl Drop for Reattach {
        fn drop(&mut self) {
            (api().thread_attach)();
        }
    }
    (api().thread_detach)();
    let _g = Reattach;
    f()
}

/// Seconds as a float or None, with CPython's messages: `None` is no timeout.
pub fn timeout_seconds(o: Option<&PyAny>, what: &str) -> PyResult<Option<f64>> {
    let Some(o) = o.filter(|o| !o.is_none()) else { return Ok(None) };
    if !(o.is_int() || o.is_float()) {
        return Err(PyErr::type_error(format!("{what} must be a float or None")));
    }
    let t = o.to_f64()?;
    if t.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    Ok(Some(t))
}

/// Milliseconds for poll(2) from seconds (rounded up, as CPython does), -1 for none.
pub fn poll_ms(t: Option<f64>) -> i32 {
    match t {
        None => -1,
        Some(t) if t <= 0.0 => 0,
        Some(t) => (t * 1000.0).ceil().min(i32::MAX as f64) as i32,
    }
}

/// Monotonic time in seconds, to recompute a timeout after EINTR.
pub fn now() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}
