//! Errors as `Result`: a [`PyErr`] is either an exception the kernel has
//! already set (an API call failed) or a new one to raise.
//!
//! Returning `Err` from a native function raises it: the generated extern
//! function sets the kernel's pending exception and returns NULL.

use std::borrow::Cow;
use std::fmt;

use abi_stable::std_types::RStr;
use pyk_abi::api::ExcKind;

use crate::kernel::{api, try_api};
use crate::object::PyObj;

/// The result of anything that may raise.
pub type PyResult<T = PyObj> = Result<T, PyErr>;

/// A Python exception on its way out of native code.
///
/// Dropping a `Pending` error (handling it) clears the kernel's pending
/// exception, as `PyErr_Clear` would; returning it re-raises it. Handle or
/// drop an error before calling the kernel again, as in CPython.
#[must_use = "an error that is neither returned nor handled is lost"]
pub struct PyErr {
    state: State,
}

enum State {
    /// Set in the kernel's thread state by a failed API call.
    Pending,
    /// A builtin exception to raise.
    New { kind: ExcKind, msg: Cow<'static, str> },
    /// An exception of an arbitrary type (a class object) to raise.
    Typed { ty: PyObj, msg: Cow<'static, str> },
    /// Already handed to the kernel (by `restore`): nothing left to do.
    Done,
}

impl PyErr {
    /// A new builtin exception `kind(msg)`.
    pub fn new(kind: ExcKind, msg: impl Into<Cow<'static, str>>) -> Self {
        PyErr { state: State::New { kind, msg: msg.into() } }
    }
    /// A new exception of the class `ty`, called with `msg`.
    pub fn with_type(ty: PyObj, msg: impl Into<Cow<'static, str>>) -> Self {
        PyErr { state: State::Typed { ty, msg: msg.into() } }
    }
    /// The exception the kernel has set (after an API call reported failure).
    pub fn fetch() -> Self {
        PyErr { state: State::Pending }
    }

    pub fn type_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::ValueError, msg)
    }
    pub fn overflow_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_division_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::ZeroDivisionError, msg)
    }
    pub fn system_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::SystemError, msg)
    }

    /// The builtin exception kind, when this error was made in Rust.
    /// `None` for an exception the kernel raised (the ABI cannot inspect it yet).
    pub fn kind(&self) -> Option<ExcKind> {
        match &self.state {
            State::New { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// The message, when this error was made in Rust.
    pub fn message(&self) -> Option<&str> {
        match &self.state {
            State::New { msg, .. } | State::Typed { msg, .. } => Some(msg),
            _ => None,
        }
    }

    /// True when the exception was raised by the kernel (its type is unknown here).
    pub fn is_pending(&self) -> bool {
        matches!(self.state, State::Pending)
    }

    /// Makes this the kernel's pending exception. Called by the generated
    /// extern functions just before they return NULL.
    pub fn restore(mut self) {
        let state = std::mem::replace(&mut self.state, State::Done);
        let Some(api) = try_api() else { return };
        match state {
            State::Pending => {
                if !(api.err_occurred)() {
                    set(api, api_exc(ExcKind::SystemError), "error return without exception set");
                }
            }
            State::New { kind, msg } => set(api, api_exc(kind), &msg),
            State::Typed { ty, msg } => set(api, ty.as_raw(), &msg),
            State::Done => {}
        }
    }
}

fn api_exc(kind: ExcKind) -> pyk_abi::Value {
    (api().exc_type)(kind)
}

fn set(api: &pyk_abi::api::KernelApi, ty: pyk_abi::Value, msg: &str) {
    // SAFETY: `ty` is a live type object (a borrowed builtin exception type or
    // a class we own a reference to); `msg` outlives the call.
    unsafe { (api.err_set_str)(ty, RStr::from_str(msg)) }
}

impl Drop for PyErr {
    fn drop(&mut self) {
        if let State::Pending = self.state {
            // The exception was handled: clear it, as PyErr_Clear does.
            if let Some(api) = try_api() {
                (api.err_clear)();
            }
        }
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.state {
            State::Pending => f.write_str("PyErr(<pending in the kernel>)"),
            State::New { kind, msg } => write!(f, "{kind:?}({msg:?})"),
            State::Typed { msg, .. } => write!(f, "PyErr(<class>, {msg:?})"),
            State::Done => f.write_str("PyErr(<restored>)"),
        }
    }
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.state {
            State::New { kind, msg } => write!(f, "{kind:?}: {msg}"),
            _ => fmt::Debug::fmt(self, f),
        }
    }
}
