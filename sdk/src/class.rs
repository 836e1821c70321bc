//! Native types: a Rust struct as the data of a Python type's instances.
//!
//! ```no_run
//! use pyk_sdk::prelude::*;
//!
//! struct Counter {
//!     // Shared by every thread that holds the object: see "Threads" below.
//!     n: PyMutex<i64>,
//! }
//!
//! static COUNTER: NativeType<Counter> = NativeType::new();
//!
//! fn reset(this: &Counter, args: Args) -> PyResult<()> {
//!     args.none()?;
//!     *this.n.lock()? = 0;
//!     Ok(())
//! }
//!
//! impl NativeClass for Counter {
//!     const NAME: &'static str = "demo.Counter";
//!     const HAS_NEW: bool = true;
//!     const HAS_NEXT: bool = true;
//!     const METHODS: &'static [NativeFnDef] = &[native_method!(Counter, "reset", reset, "Start again.")];
//!     fn native_type() -> &'static NativeType<Self> {
//!         &COUNTER
//!     }
//!     fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
//!         args.none()?;
//!         Ok(Counter { n: PyMutex::new(0) })
//!     }
//!     fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
//!         let mut n = self.n.lock()?;
//!         *n += 1;
//!         Ok(Some(PyObj::from(*n)))
//!     }
//! }
//!
//! fn create() -> PyResult<PyObj> {
//!     ModuleBuilder::new("demo", "")?.class::<Counter>()?.finish()
//! }
//! # fn main() {}
//! ```
//!
//! # Threads
//!
//! With the free-threaded runtime several threads may call into the same
//! object at once, so the methods receive `&T` and `T` must be `Send + Sync`:
//! mutable state goes in a [`PyMutex`] (or atomics), never in a `Cell` or
//! `RefCell`. [`PyMutex`] also covers the GIL runtime, where a thread that
//! holds the lock may call Python code that switches threads: a thread that
//! finds the lock taken waits detached from the runtime (so it never blocks
//! the lock's owner), and the owner re-entering its own object gets a
//! `RuntimeError` instead of a deadlock.
//!
//! # Where the type object lives
//!
//! [`NativeType`] is a process-wide `static` holding the type object that
//! [`ModuleBuilder::class`](crate::ModuleBuilder::class) created. This is not
//! the *kernel state in a static* that DESIGN §2 forbids: the type was created
//! by this library, through the kernel's table, from this library's own
//! `'static` [`NativeTypeSpec`]; types are immortal (never freed, whatever
//! happens to the module), so the pointer stays valid for the process; and
//! it is never shared with another library (each cdylib has its own copy of
//! the static). It is created once per process: importing the module again
//! (after deleting it from `sys.modules`) reuses it, as CPython's static
//! types are reused.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock, TryLockError};

use abi_stable::std_types::RStr;
use pyk_abi::api::{NativeFnDef, NativeTypeSpec};
use pyk_abi::Value;

use crate::args::Args;
use crate::convert::IntoPy;
use crate::error::{PyErr, PyResult};
use crate::kernel::{api, try_api};
use crate::module::{guard_value, split_args};
use crate::object::{PyAny, PyObj};

/// A Rust type whose values are the data of a Python type's instances.
///
/// Implement the slots you need and set the matching `HAS_*` constant; the
/// others stay empty (the kernel then raises CPython's usual TypeError, e.g.
/// "cannot create 'm.T' instances" without `new`).
pub trait NativeClass: Sized + Send + Sync + 'static {
    /// `module.Name`.
    const NAME: &'static str;
    const DOC: &'static str = "";
    /// Python classes may subclass it.
    const BASETYPE: bool = false;
    /// Methods, made with [`native_method!`](crate::native_method).
    const METHODS: &'static [NativeFnDef] = &[];
    /// Read-only attributes, made with [`native_getter!`](crate::native_getter).
    /// Methods named like dunders (`__eq__`, `__hash__`, `__len__`,
    /// `__getitem__`, `__contains__`, `__str__`) also fill the matching
    /// slots; `__class_getitem__` is called with the class.
    const GETTERS: &'static [NativeFnDef] = &[];
    const HAS_NEW: bool = false;
    const HAS_ITER: bool = false;
    const HAS_NEXT: bool = false;
    const HAS_REPR: bool = false;
    const HAS_CALL: bool = false;

    /// Where the type object is kept (a `static NativeType<Self>`).
    fn native_type() -> &'static NativeType<Self>;

    /// `cls(*args)`: the data of the new instance (`cls` may be a subclass).
    fn new(_cls: &PyAny, _args: Args) -> PyResult<Self> {
        Err(PyErr::type_error(format!("cannot create '{}' instances", Self::NAME)))
    }
    /// `iter(self)`; returns the instance itself unless overridden.
    fn iter(&self, slf: &PyAny) -> PyResult<PyObj> {
        Ok(slf.to_owned())
    }
    /// `next(self)`: `None` when exhausted.
    fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
        Ok(None)
    }
    /// `repr(self)`.
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        Ok(format!("<{} object>", Self::NAME))
    }
    /// `self(*args)`; `args.slf()` is the instance.
    fn call(&self, _args: Args) -> PyResult<PyObj> {
        Err(PyErr::type_error(format!("'{}' object is not callable", Self::short_name())))
    }

    /// `Name` without the module.
    fn short_name() -> &'static str {
        match Self::NAME.rsplit_once('.') {
            Some((_, n)) => n,
            None => Self::NAME,
        }
    }
}

/// The type object of a [`NativeClass`], kept for the process (see the
/// module documentation for why this static is sound).
pub struct NativeType<T> {
    ty: OnceLock<Value>,
    _t: PhantomData<fn() -> T>,
}

impl<T: NativeClass> Default for NativeType<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: NativeClass> NativeType<T> {
    pub const fn new() -> Self {
        NativeType { ty: OnceLock::new(), _t: PhantomData }
    }

    fn spec() -> &'static NativeTypeSpec {
        const {
            &NativeTypeSpec {
                name: RStr::from_str(T::NAME),
                doc: RStr::from_str(T::DOC),
                basetype: T::BASETYPE,
                drop_data: drop_data::<T>,
                methods: T::METHODS.as_ptr(),
                nmethods: T::METHODS.len(),
                new: if T::HAS_NEW { Some(slot_new::<T>) } else { None },
                iter: if T::HAS_ITER { Some(slot_iter::<T>) } else { None },
                next: if T::HAS_NEXT { Some(slot_next::<T>) } else { None },
                repr: if T::HAS_REPR { Some(slot_repr::<T>) } else { None },
                call: if T::HAS_CALL { Some(slot_call::<T>) } else { None },
            }
        }
    }

    /// The type object, creating it on first use.
    pub fn get(&'static self) -> PyResult<&'static PyAny> {
        if let Some(v) = self.ty.get() {
            // SAFETY: a type object is immortal; the OnceLock keeps the word for the process.
            return Ok(unsafe { PyAny::from_raw(v) });
        }
        // SAFETY: the spec is 'static; type_new returns a new reference or NULL.
        let t = unsafe { PyObj::from_result((api().type_new)(Self::spec())) }?;
        // The type is immortal: keeping its word without a reference is fine.
        // Losing a race with another thread leaves an unused (immortal) type.
        for g in T::GETTERS {
            // SAFETY: t is a live type; the definition is 'static.
            if !unsafe { (api().type_add_getter)(t.as_raw(), g) } {
                return Err(PyErr::fetch());
            }
        }
        let v: &'static Value = self.ty.get_or_init(|| t.as_raw());
        drop(t);
        // SAFETY: as above.
        Ok(unsafe { PyAny::from_raw(v) })
    }

    /// A new instance of the type owning `value`.
    pub fn wrap(&'static self, value: T) -> PyResult<PyObj> {
        self.wrap_in(self.get()?, value)
    }

    /// A new instance of `cls` (the type or a subclass of it) owning `value`.
    pub fn wrap_in(&'static self, cls: &PyAny, value: T) -> PyResult<PyObj> {
        let data = Box::into_raw(Box::new(value)) as *mut u8;
        // SAFETY: cls is live; on success the instance owns `data` and frees it
        // with drop_data::<T>.
        let r = unsafe { (api().native_new)(cls.as_raw(), data) };
        if r.is_null() {
            // SAFETY: the kernel did not take `data`: it is still our Box.
            drop(unsafe { Box::from_raw(data as *mut T) });
            return Err(PyErr::fetch());
        }
        // SAFETY: a new reference.
        Ok(unsafe { PyObj::from_owned(r) })
    }

    /// The data of `o` when it is an instance of the type (or a subclass).
    pub fn data<'a>(&'static self, o: &'a PyAny) -> Option<&'a T> {
        let t = self.get().ok()?;
        // SAFETY: both values are live.
        let p = unsafe { (api().native_data)(o.as_raw(), t.as_raw()) };
        if p.is_null() {
            None
        } else {
            // SAFETY: instances of this type own a Box<T> made by wrap_in; it
            // lives as long as the instance, which outlives the borrow of `o`.
            Some(unsafe { &*(p as *const T) })
        }
    }

    /// As [`NativeType::data`], with CPython's TypeError for a method called
    /// on an object of another type (naming the type as its `tp_name`,
    /// `module.Name`).
    pub fn expect<'a>(&'static self, o: &'a PyAny, method: &str) -> PyResult<&'a T> {
        match self.data(o) {
            Some(d) => Ok(d),
            None => Err(PyErr::type_error(format!(
                "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
                T::NAME,
                o.type_name()?
            ))),
        }
    }
}

unsafe extern "C" fn drop_data<T>(p: *mut u8) {
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: `p` is the Box<T> made by NativeType::wrap_in, freed once by the kernel.
        drop(unsafe { Box::from_raw(p as *mut T) })
    }));
}

unsafe extern "C" fn slot_new<T: NativeClass>(cls: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    if try_api().is_none() {
        return Value::NULL;
    }
    guard_value(
        || format!("{}()", T::short_name()),
        || {
            // SAFETY: the kernel calls `new` with NativeFn arguments.
            let (pos, kw) = unsafe { split_args(args, nargs, &kwnames) }?;
            // SAFETY: cls is live for the call.
            let cls = unsafe { PyAny::from_raw(&cls) };
            let v = T::new(cls, Args::new("", T::short_name(), cls, pos, kw))?;
            T::native_type().wrap_in(cls, v)
        },
    )
}

/// Runs a slot on the instance's data.
fn with_data<T: NativeClass, R>(slf: &Value, what: &'static str, f: impl FnOnce(&T, &PyAny) -> PyResult<R>) -> PyResult<R> {
    // SAFETY: the kernel passes a live instance.
    let slf = unsafe { PyAny::from_raw(slf) };
    let data = T::native_type().expect(slf, what)?;
    f(data, slf)
}

unsafe extern "C" fn slot_iter<T: NativeClass>(slf: Value) -> Value {
    if try_api().is_none() {
        return Value::NULL;
    }
    guard_value(|| format!("{}.__iter__()", T::short_name()), || with_data::<T, _>(&slf, "__iter__", |d, s| d.iter(s)))
}

unsafe extern "C" fn slot_next<T: NativeClass>(slf: Value) -> Value {
    if try_api().is_none() {
        return Value::NULL;
    }
    // `None` (exhausted) is NULL without an exception.
    let r = catch_unwind(AssertUnwindSafe(|| with_data::<T, _>(&slf, "__next__", |d, s| d.next(s))));
    match r {
        Ok(Ok(Some(v))) => v.into_raw(),
        Ok(Ok(None)) => Value::NULL,
        Ok(Err(e)) => {
            e.restore();
            Value::NULL
        }
        Err(_) => guard_value(|| format!("{}.__next__()", T::short_name()), || panic!("panicked")),
    }
}

unsafe extern "C" fn slot_repr<T: NativeClass>(slf: Value) -> Value {
    if try_api().is_none() {
        return Value::NULL;
    }
    guard_value(
        || format!("{}.__repr__()", T::short_name()),
        || with_data::<T, _>(&slf, "__repr__", |d, s| d.repr(s))?.into_py(),
    )
}

unsafe extern "C" fn slot_call<T: NativeClass>(slf: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    if try_api().is_none() {
        return Value::NULL;
    }
    guard_value(
        || format!("{}.__call__()", T::short_name()),
        || {
            // SAFETY: the kernel calls `call` with NativeFn arguments.
            let (pos, kw) = unsafe { split_args(args, nargs, &kwnames) }?;
            with_data::<T, _>(&slf, "__call__", |d, s| d.call(Args::new("", T::short_name(), s, pos, kw)))
        },
    )
}

/// The body of a method made by [`native_method!`](crate::native_method).
///
/// # Safety
/// The arguments must be those the kernel passes to a `NativeFn`.
pub unsafe fn method_trampoline<T: NativeClass, R: IntoPy>(
    name: &'static str,
    slf: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    f: fn(&T, Args<'_>) -> PyResult<R>,
) -> Value {
    if try_api().is_none() {
        return Value::NULL;
    }
    guard_value(
        || format!("{}.{name}()", T::short_name()),
        || {
            // SAFETY: forwarded contract.
            let (pos, kw) = unsafe { split_args(args, nargs, &kwnames) }?;
            with_data::<T, _>(&slf, name, |d, s| f(d, Args::new(T::short_name(), name, s, pos, kw))?.into_py())
        },
    )
}

/// A [`NativeFnDef`] for a method `fn(&T, Args) -> PyResult<impl IntoPy>` of
/// the [`NativeClass`] `T`: `native_method!(Counter, "reset", reset, "doc")`.
/// `args.slf()` is the instance. Panics become SystemError.
#[macro_export]
macro_rules! native_method {
    ($ty:ty, $name:expr, $func:path, $doc:expr) => {
        $crate::NativeFnDef {
            name: $crate::__private::RStr::from_str($name),
            doc: $crate::__private::RStr::from_str($doc),
            func: {
                unsafe extern "C" fn __pyk_method(
                    slf: $crate::__private::Value,
                    args: *const $crate::__private::Value,
                    nargs: usize,
                    kwnames: $crate::__private::Value,
                ) -> $crate::__private::Value {
                    // SAFETY: the kernel calls a NativeFn with the arguments the trampoline expects.
                    unsafe { $crate::class::method_trampoline::<$ty, _>($name, slf, args, nargs, kwnames, $func) }
                }
                __pyk_method
            },
        }
    };
}

/// A [`NativeFnDef`] for a read-only attribute `fn(&T, &PyAny) -> PyResult<impl IntoPy>`
/// of the [`NativeClass`] `T` (the second argument is the instance):
/// `native_getter!(Counter, "value", value)`, listed in `GETTERS`.
#[macro_export]
macro_rules! native_getter {
    ($ty:ty, $name:expr, $func:path) => {
        $crate::NativeFnDef {
            name: $crate::__private::RStr::from_str($name),
            doc: $crate::__private::RStr::from_str(""),
            func: {
                unsafe extern "C" fn __pyk_getter(
                    slf: $crate::__private::Value,
                    _args: *const $crate::__private::Value,
                    _nargs: usize,
                    _kwnames: $crate::__private::Value,
                ) -> $crate::__private::Value {
                    // SAFETY: the kernel calls a getter with the instance as `slf`.
                    unsafe { $crate::class::getter_trampoline::<$ty, _>($name, slf, $func) }
                }
                __pyk_getter
            },
        }
    };
}

/// The body of a getter made by [`native_getter!`](crate::native_getter).
///
/// # Safety
/// `slf` must be the live instance the kernel passes.
pub unsafe fn getter_trampoline<T: NativeClass, R: IntoPy>(name: &'static str, slf: Value, f: fn(&T, &PyAny) -> PyResult<R>) -> Value {
    if try_api().is_none() {
        return Value::NULL;
    }
    guard_value(|| format!("{}.{name}", T::short_name()), || with_data::<T, _>(&slf, name, |d, s| f(d, s)?.into_py()))
}

thread_local! {
    static THREAD_MARK: Cell<u8> = const { Cell::new(0) };
}

/// An id of the calling thread, unique among live threads (never 0).
fn thread_mark() -> usize {
    THREAD_MARK.with(|m| m as *const Cell<u8> as usize)
}

/// A mutex for the state of a native object (see "Threads" above).
pub struct PyMutex<S> {
    inner: Mutex<S>,
    owner: AtomicUsize,
}

/// The locked state; unlocks when dropped.
pub struct PyMutexGuard<'a, S> {
    guard: MutexGuard<'a, S>,
    owner: &'a AtomicUsize,
}

impl<S> PyMutex<S> {
    pub const fn new(s: S) -> Self {
        PyMutex { inner: Mutex::new(s), owner: AtomicUsize::new(0) }
    }

    /// Locks the state. RuntimeError when this thread already holds it (a
    /// re-entrant call); another thread's lock is waited for detached from
    /// the runtime. A lock poisoned by a panic is taken over as it is.
    pub fn lock(&self) -> PyResult<PyMutexGuard<'_, S>> {
        let guard = match self.inner.try_lock() {
            Ok(g) => g,
            Err(TryLockError::Poisoned(p)) => p.into_inner(),
            Err(TryLockError::WouldBlock) => {
                if self.owner.load(Ordering::Relaxed) == thread_mark() {
                    return Err(PyErr::runtime_error("native object re-entered while in use"));
                }
                (api().thread_detach)();
                let g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
                (api().thread_attach)();
                g
            }
        };
        self.owner.store(thread_mark(), Ordering::Relaxed);
        Ok(PyMutexGuard { guard, owner: &self.owner })
    }
}

impl<S> Deref for PyMutexGuard<'_, S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.guard
    }
}

impl<S> DerefMut for PyMutexGuard<'_, S> {
    fn deref_mut(&mut self) -> &mut S {
        &mut self.guard
    }
}

impl<S> Drop for PyMutexGuard<'_, S> {
    fn drop(&mut self) {
        self.owner.store(0, Ordering::Relaxed);
    }
}
