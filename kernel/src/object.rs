//! Owned object handles and reference counting.
//!
//! `Obj` owns one reference to a `Value` (a tagged small int or a heap
//! object): `Clone` increments, `Drop` decrements. Counting follows the
//! threading mode set once by the runtime component before Python code runs:
//! plain relaxed load/store under the GIL, atomic read-modify-write when
//! free-threaded. Immortal objects are never counted.

use pyk_abi::value::{ObjHeader, IMMORTAL_REFCNT};
use pyk_abi::Value;
use std::sync::atomic::{fence, AtomicBool, AtomicIsize, AtomicUsize, Ordering};

use crate::types::typeobj::TypeObject;

static FREE_THREADED: AtomicBool = AtomicBool::new(false);

/// Fixes the threading mode. Called once by the interpreter before any
/// Python code runs.
pub fn set_free_threaded(ft: bool) {
    FREE_THREADED.store(ft, Ordering::Relaxed);
}

#[inline(always)]
pub fn free_threaded() -> bool {
    FREE_THREADED.load(Ordering::Relaxed)
}

/// Adds a reference to `v` (no-op for small ints, NULL and immortal objects).
#[inline(always)]
pub fn incref(v: Value) {
    if !v.is_ptr() {
        return;
    }
    // SAFETY: a non-NULL, untagged Value always points to a live object
    // whose first field is an ObjHeader (an invariant of every Value we hold).
    let rc = unsafe { &(*v.as_ptr()).refcnt };
    let n = rc.load(Ordering::Relaxed);
    if n >= IMMORTAL_REFCNT {
        return;
    }
    if free_threaded() {
        rc.fetch_add(1, Ordering::Relaxed);
    } else {
        rc.store(n + 1, Ordering::Relaxed);
    }
}

/// Drops a reference to `v`, destroying the object at zero.
#[inline(always)]
pub fn decref(v: Value) {
    if !v.is_ptr() {
        return;
    }
    // SAFETY: as in incref.
    let rc = unsafe { &(*v.as_ptr()).refcnt };
    let n = rc.load(Ordering::Relaxed);
    if n >= IMMORTAL_REFCNT {
        return;
    }
    let last = if free_threaded() {
        rc.fetch_sub(1, Ordering::Release) == 1
    } else {
        rc.store(n - 1, Ordering::Relaxed);
        n == 1
    };
    if last {
        fence(Ordering::Acquire);
        // SAFETY: the count reached zero, so we hold the only reference.
        unsafe { destroy(v) };
    }
}

/// How many destructions may nest on one thread before further ones are
/// queued (CPython's "trashcan"): deleting the head of a long chain of
/// objects (a million nested `filter`s, a deep linked list) would
/// otherwise recurse once per link and overflow the native stack.
const DESTROY_NESTING_LIMIT: u32 = 500;

thread_local! {
    static DESTROY_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static DESTROY_QUEUE: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cold]
unsafe fn destroy(v: Value) {
    let depth = DESTROY_DEPTH.get();
    if depth >= DESTROY_NESTING_LIMIT {
        // Queued for the outermost destruction on this thread to finish;
        // during thread teardown (no queue any more) it is destroyed now.
        if DESTROY_QUEUE.try_with(|q| q.borrow_mut().push(v)).is_ok() {
            return;
        }
    }
    DESTROY_DEPTH.set(depth + 1);
    // SAFETY: caller guarantees v is a heap object with no references left.
    unsafe { destroy_now(v) };
    if depth == 0 {
        while let Some(next) = DESTROY_QUEUE.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
            // SAFETY: queued values had no references left when queued, and
            // nothing can reach them since.
            unsafe { destroy_now(next) };
        }
    }
    DESTROY_DEPTH.set(depth);
}

unsafe fn destroy_now(v: Value) {
    // SAFETY: caller guarantees v is a heap object with no references left.
    if unsafe { run_finalizer(v) } {
        return;
    }
    // SAFETY: caller guarantees v is a heap object with no references left;
    // its type's dealloc slot knows the concrete layout.
    let callbacks = unsafe {
        let h = &*v.as_ptr();
        if h.flags.load(Ordering::Relaxed) & FLAG_HAS_WEAKREFS != 0 {
            crate::types::weakref::clear_weakrefs(v)
        } else {
            Vec::new()
        }
    };
    // SAFETY: as above.
    unsafe {
        let t = (*v.as_ptr()).ob_type as *const TypeObject;
        ((*t).dealloc)(v.as_ptr());
    }
    crate::types::weakref::run_callbacks(callbacks);
}

/// Flag bit: weak references to the object exist (see `types::weakref`).
pub const FLAG_HAS_WEAKREFS: usize = 2;
/// Flag bit: the object's `__del__` has run (it runs at most once).
pub const FLAG_FINALIZED: usize = 4;

/// Calls `__del__` of an instance of a Python class whose count reached
/// zero: the object is revived for the call, and destroyed afterwards only
/// if the call left no new references to it. Returns whether it ran (the
/// caller must then not destroy the object: dropping the revived
/// reference did that, or the object lives on).
///
/// # Safety
/// `v` is a heap object with no references left.
unsafe fn run_finalizer(v: Value) -> bool {
    // SAFETY: per the contract v points to a live object header.
    let h = unsafe { &*v.as_ptr() };
    // SAFETY: an object's type pointer is a live type object.
    let t = unsafe { &*(h.ob_type as *const TypeObject) };
    if h.flags.load(Ordering::Relaxed) & FLAG_FINALIZED != 0 {
        return false;
    }
    if t.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
        return false;
    }
    // No Python code while this thread's state is being torn down.
    if crate::thread::PY_DEPTH.try_with(|_| ()).is_err() || !crate::iomod::thread_state_alive() {
        return false;
    }
    let Some(del) = t.lookup(&crate::types::str::istr("__del__")) else { return false };
    h.flags.fetch_or(FLAG_FINALIZED, Ordering::Relaxed);
    h.refcnt.store(1, Ordering::Relaxed);
    // SAFETY: we now hold the one reference we just created.
    let o = unsafe { Obj::from_raw(v) };
    if let Err(e) = crate::abstract_::call(&del, std::slice::from_ref(&o), None) {
        let what = crate::abstract_::repr_string(&del).unwrap_or_else(|_| "__del__".to_string());
        crate::traceback::report_unraisable(&format!("Exception ignored in: {what}"), Some(&del), &e);
    }
    drop(o);
    true
}

/// Calls `__del__` of a live instance of a Python class now, if it has one
/// that has not run (it will not run again when the object goes): the
/// finalizers CPython's collector calls on `__main__`'s garbage at exit,
/// while every reference is still in place (PEP 442).
pub fn finalize_live(o: &Obj) {
    let t = o.type_obj();
    if !o.value().is_ptr() || t.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
        return;
    }
    // SAFETY: a heap object's header is live while `o` holds it.
    let h = unsafe { &*o.value().as_ptr() };
    if h.flags.load(Ordering::Relaxed) & FLAG_FINALIZED != 0 {
        return;
    }
    let Some(del) = t.lookup(&crate::types::str::istr("__del__")) else { return };
    h.flags.fetch_or(FLAG_FINALIZED, Ordering::Relaxed);
    if let Err(e) = crate::abstract_::call(&del, std::slice::from_ref(o), None) {
        let what = crate::abstract_::repr_string(&del).unwrap_or_else(|_| "__del__".to_string());
        crate::traceback::report_unraisable(&format!("Exception ignored in: {what}"), Some(&del), &e);
    }
}

/// A header for a new object of type `t` with one reference.
pub fn new_header(t: &'static TypeObject) -> ObjHeader {
    ObjHeader {
        refcnt: AtomicIsize::new(1),
        ob_type: t as *const TypeObject as *const ObjHeader,
        flags: AtomicUsize::new(0),
    }
}

/// A header for a new container object: one reference, marked as tracked
/// by the cycle collector.
pub fn new_header_tracked(t: &'static TypeObject) -> ObjHeader {
    let h = new_header(t);
    h.flags.store(pyk_abi::value::FLAG_GC_TRACKED, Ordering::Relaxed);
    h
}

/// True when the object is a container tracked by the cycle collector.
pub fn is_tracked(o: &Obj) -> bool {
    // SAFETY: heap objects start with a header.
    o.value().is_ptr() && unsafe { (*o.value().as_ptr()).flags.load(Ordering::Relaxed) } & pyk_abi::value::FLAG_GC_TRACKED != 0
}

/// A header for an immortal (static) object of type `t`.
pub const fn immortal_header(t: &'static TypeObject) -> ObjHeader {
    ObjHeader {
        refcnt: AtomicIsize::new(IMMORTAL_REFCNT),
        ob_type: t as *const TypeObject as *const ObjHeader,
        flags: AtomicUsize::new(0),
    }
}

/// Dealloc slot for objects allocated with [`alloc`] as a `Box<T>`.
///
/// # Safety
/// `p` must have come from `alloc::<T>` and have no references left.
pub unsafe fn dealloc_box<T>(p: *mut ObjHeader) {
    // SAFETY: per the contract, p is a Box<T> leaked by alloc.
    drop(unsafe { Box::from_raw(p as *mut T) });
}

/// Moves `obj` (whose first field is an ObjHeader from `new_header`) to the
/// heap and returns the owned handle.
pub fn alloc<T>(obj: T) -> Obj {
    let p = Box::into_raw(Box::new(obj));
    Obj(Value::from_ptr(p))
}

/// The layout of an instance of a Python subclass of a builtin type: the
/// builtin's struct (header first), then the instance dict, then the
/// `__slots__` values (a dict by slot name, never shown as `__dict__`).
#[repr(C)]
pub struct WithDict<S> {
    pub inner: S,
    pub dict: crate::types::function::ObjLockCell,
    pub slots: crate::types::function::ObjLockCell,
}

/// Moves a freshly created exact instance (its only reference) of struct `S`
/// into a `WithDict<S>` of heap type `t`.
pub fn rewrap<S>(o: Obj, t: &'static TypeObject) -> crate::error::PyResult {
    if o.refcnt() != 1 || !o.value().is_ptr() {
        return Err(crate::error::system_error("cannot make a subclass instance from a shared object"));
    }
    let p = o.into_raw().as_ptr() as *mut S;
    // SAFETY: `p` is a Box<S> allocation (made by `alloc`) whose only
    // reference we own; we move the value out and free the memory without
    // dropping it, so nothing is dropped twice.
    let inner: S = unsafe {
        let v = std::ptr::read(p);
        std::alloc::dealloc(p as *mut u8, std::alloc::Layout::new::<S>());
        v
    };
    let w = Box::into_raw(Box::new(WithDict { inner, dict: crate::types::function::ObjLockCell::new(None), slots: crate::types::function::ObjLockCell::new(None) }));
    // SAFETY: S starts with an ObjHeader (repr(C)), so the header is at the
    // start of the new allocation; retyping it to the subclass is the point.
    unsafe { (*(w as *mut ObjHeader)).ob_type = t as *const TypeObject as *const ObjHeader };
    Ok(Obj(Value::from_ptr(w)))
}

/// Subclass support for a builtin type laid out as `S`.
pub const fn subclass_info<S>(args_to_new: bool) -> crate::types::typeobj::SubclassInfo {
    crate::types::typeobj::SubclassInfo {
        rewrap: rewrap::<S>,
        dealloc: dealloc_box::<WithDict<S>>,
        dict_offset: std::mem::offset_of!(WithDict<S>, dict),
        slots_offset: std::mem::offset_of!(WithDict<S>, slots),
        args_to_new,
    }
}

/// One owned reference.
#[repr(transparent)]
pub struct Obj(Value);

impl Obj {
    /// Takes ownership of a reference the caller already holds.
    ///
    /// # Safety
    /// `v` must be non-NULL and the caller must own one reference to it.
    #[inline(always)]
    pub unsafe fn from_raw(v: Value) -> Obj {
        Obj(v)
    }

    /// A new reference to a borrowed value.
    #[inline(always)]
    pub fn from_borrowed(v: Value) -> Obj {
        incref(v);
        Obj(v)
    }

    /// A new reference to `v` unless its count already reached zero (it is
    /// being destroyed, or is queued for destruction behind a deep chain):
    /// a registry that lists objects by address (weak references) must not
    /// revive one, or it would be destroyed twice.
    ///
    /// # Safety
    /// `v` is a heap object whose memory is still allocated (its count may
    /// be zero, but its destruction has not freed it yet).
    pub unsafe fn from_listed(v: Value) -> Option<Obj> {
        // SAFETY: per the contract the header is still allocated.
        let rc = unsafe { &(*v.as_ptr()).refcnt };
        let mut n = rc.load(Ordering::Relaxed);
        loop {
            if n <= 0 {
                return None;
            }
            if n >= IMMORTAL_REFCNT {
                return Some(Obj(v));
            }
            match rc.compare_exchange_weak(n, n + 1, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => return Some(Obj(v)),
                Err(m) => n = m,
            }
        }
    }

    /// Gives up ownership without decrementing.
    #[inline(always)]
    pub fn into_raw(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }

    #[inline(always)]
    pub fn value(&self) -> Value {
        self.0
    }

    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Obj> {
        Value::small_int(i).map(Obj)
    }

    #[inline(always)]
    pub fn is(&self, other: &Obj) -> bool {
        self.0 == other.0
    }

    #[inline(always)]
    pub fn type_ptr(&self) -> *const TypeObject {
        type_ptr_of(self.0)
    }

    #[inline(always)]
    pub fn type_obj(&self) -> &'static TypeObject {
        // SAFETY: every type object is immortal or kept alive by its instances;
        // builtin types are statics.
        unsafe { &*self.type_ptr() }
    }

    /// The object as `&T` when its type is `t`, a Python subclass of `t`,
    /// or a builtin type laid out as an extension of `t` (or a subclass of
    /// one); all of those instances start with `t`'s struct.
    #[inline(always)]
    pub fn downcast<T>(&self, t: &'static TypeObject) -> Option<&T> {
        if !self.0.is_ptr() {
            return None;
        }
        let tp = self.type_ptr();
        // SAFETY: the type pointer of a live object points to a live type;
        // a non-null `solid` points to a live (static or immortal) type.
        // Two levels: a builtin type may extend another one's layout
        // (OrderedDict's solid is dict), and its Python subclasses too.
        if tp == t as *const _ || unsafe { (*tp).solid } == t as *const _ || unsafe { !(*tp).solid.is_null() && (*(*tp).solid).solid == t as *const _ } {
            // SAFETY: objects of type t are laid out as T (each type's
            // constructor guarantees it); the reference lives as long as self.
            Some(unsafe { &*(self.0.as_ptr() as *const T) })
        } else {
            None
        }
    }

    /// The object as `&T` without a check.
    ///
    /// # Safety
    /// The object must be laid out as `T`.
    #[inline(always)]
    pub unsafe fn cast<T>(&self) -> &T {
        // SAFETY: forwarded contract.
        unsafe { &*(self.0.as_ptr() as *const T) }
    }

    pub fn refcnt(&self) -> isize {
        if !self.0.is_ptr() {
            return IMMORTAL_REFCNT;
        }
        // SAFETY: heap object.
        unsafe { (*self.0.as_ptr()).refcnt.load(Ordering::Relaxed) }
    }
}

/// The type of any non-NULL value.
#[inline(always)]
pub fn type_ptr_of(v: Value) -> *const TypeObject {
    if v.is_small_int() {
        &crate::types::int::INT_TYPE as *const TypeObject
    } else {
        // SAFETY: non-NULL untagged values point to objects with a header.
        unsafe { (*v.as_ptr()).ob_type as *const TypeObject }
    }
}

impl Clone for Obj {
    #[inline(always)]
    fn clone(&self) -> Obj {
        incref(self.0);
        Obj(self.0)
    }
}

impl Drop for Obj {
    #[inline(always)]
    fn drop(&mut self) {
        decref(self.0);
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object at {:#x}>", self.type_obj().name(), self.0 .0)
    }
}

/// A tiny lock used by mutable containers in free-threaded mode only.
/// Uncontended it is one compare-exchange; contended it spins then yields.
pub struct ObjLock(std::sync::atomic::AtomicBool);

impl Default for ObjLock {
    fn default() -> Self {
        Self::new()
    }
}

impl ObjLock {
    pub const fn new() -> Self {
        ObjLock(AtomicBool::new(false))
    }

    /// Runs `f` holding the lock in free-threaded mode (under the GIL the
    /// GIL already serialises access). `f` must not run Python code.
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce() -> R) -> R {
        if !free_threaded() {
            return f();
        }
        let mut spins = 0u32;
        while self.0.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            spins += 1;
            if spins < 64 {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
        struct Unlock<'a>(&'a AtomicBool);
        impl Drop for Unlock<'_> {
            fn drop(&mut self) {
                self.0.store(false, Ordering::Release);
            }
        }
        let _u = Unlock(&self.0);
        f()
    }
}
