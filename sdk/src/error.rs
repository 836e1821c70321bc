//! Errors as `Result`: a [`PyErr`] is either an exception taken from the
//! kernel (an API call failed) or a new one to raise.
//!
//! Returning `Err` from a native function raises it: the generated extern
//! function hands the exception back to the kernel and returns NULL.

use std::borrow::Cow;
use std::fmt;

use abi_stable::std_types::RStr;
use pyk_abi::api::ExcKind;

use crate::kernel::{api, try_api};
use crate::object::{PyAny, PyObj};

/// The result of anything that may raise.
pub type PyResult<T = PyObj> = Result<T, PyErr>;

/// A Python exception on its way out of native code.
///
/// An error the kernel raised is taken out of the thread state when the
/// `PyErr` is made ([`PyErr::fetch`]), so the `PyErr` owns the exception
/// object: dropping it handles the exception, returning it re-raises it, and
/// the kernel may be called again in between (as in CPython after
/// `PyErr_Fetch`).
#[must_use = "an error that is neither returned nor handled is lost"]
pub struct PyErr {
    state: State,
}

enum State {
    /// An exception instance taken from the kernel.
    Exc(PyObj),
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
    /// An exception instance to raise as it is.
    pub fn from_instance(exc: PyObj) -> Self {
        PyErr { state: State::Exc(exc) }
    }

    /// Takes the exception the kernel has set (after an API call reported
    /// failure). A failure without an exception becomes a SystemError.
    pub fn fetch() -> Self {
        match Self::take() {
            Some(e) => e,
            None => PyErr::system_error("error return without exception set"),
        }
    }

    /// Takes the pending exception, if any.
    pub fn take() -> Option<Self> {
        let v = (api().err_fetch)();
        if v.is_null() {
            None
        } else {
            // SAFETY: err_fetch returns a new reference to the exception.
            Some(PyErr { state: State::Exc(unsafe { PyObj::from_owned(v) }) })
        }
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
    pub fn index_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::IndexError, msg)
    }
    pub fn runtime_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::RuntimeError, msg)
    }
    pub fn attribute_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::AttributeError, msg)
    }

    /// The builtin exception kind, when this error was made in Rust.
    /// `None` for an exception taken from the kernel (use [`PyErr::matches`]).
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

    /// True when the exception came from the kernel.
    pub fn is_pending(&self) -> bool {
        matches!(self.state, State::Exc(_))
    }

    /// True when the exception is an instance of the builtin `kind` (or of a subclass).
    pub fn matches(&self, kind: ExcKind) -> bool {
        let t = (api().exc_type)(kind);
        // SAFETY: exc_type returns a borrowed immortal type.
        self.is_instance_of(unsafe { PyAny::from_raw(&t) })
    }

    /// True when the exception is an instance of the class `t`.
    pub fn is_instance_of(&self, t: &PyAny) -> bool {
        match &self.state {
            State::Exc(e) => e.isinstance(t).unwrap_or(false),
            State::New { kind, .. } => {
                let k = (api().exc_type)(*kind);
                // SAFETY: a borrowed immortal type.
                let k = unsafe { PyAny::from_raw(&k) };
                subclass(k, t)
            }
            State::Typed { ty, .. } => subclass(ty, t),
            State::Done => false,
        }
    }

    /// The exception instance (made now for an error built in Rust).
    pub fn into_instance(self) -> PyObj {
        let mut this = self;
        if let State::Exc(e) = std::mem::replace(&mut this.state, State::Done) {
            return e;
        }
        // Raise it through the kernel and take it back: the kernel builds the instance.
        this.restore();
        match PyErr::take() {
            Some(PyErr { state: State::Exc(e) }) => e,
            _ => PyObj::none(),
        }
    }

    /// Makes this the kernel's pending exception. Called by the generated
    /// extern functions just before they return NULL.
    pub fn restore(mut self) {
        let state = std::mem::replace(&mut self.state, State::Done);
        let Some(api) = try_api() else { return };
        match state {
            // SAFETY: err_restore steals the reference we give up.
            State::Exc(e) => unsafe { (api.err_restore)(e.into_raw()) },
            State::New { kind, msg } => set(api, (api.exc_type)(kind), &msg),
            State::Typed { ty, msg } => set(api, ty.as_raw(), &msg),
            State::Done => {}
        }
    }
}

/// `issubclass(a, b)` for classes (through the class's `__mro__`).
fn subclass(a: &PyAny, b: &PyAny) -> bool {
    if a.is(b) {
        return true;
    }
    let Ok(mro) = a.getattr("__mro__") else { return false };
    mro.tuple_items().map(|items| items.iter().any(|c| c.is(b))).unwrap_or(false)
}

fn set(api: &pyk_abi::api::KernelApi, ty: pyk_abi::Value, msg: &str) {
    // SAFETY: `ty` is a live type object (a borrowed builtin exception type or
    // a class we own a reference to); `msg` outlives the call.
    unsafe { (api.err_set_str)(ty, RStr::from_str(msg)) }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.state {
            State::Exc(e) => write!(f, "PyErr({e:?})"),
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
