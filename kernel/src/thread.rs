//! Per-thread state (handled exception, recursion accounting, the frame
//! data stack, the error slot of the ABI) and the `_thread` module.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use pyk_abi::value::ObjHeader;
use pyk_abi::Value;

use crate::error::{recursion_error, runtime_error, type_error, PyErr, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::singletons::{bool_obj, none};
use crate::types::typeobj::{MethodDef, TypeObject};

/// sys.getrecursionlimit()
pub static RECURSION_LIMIT: AtomicUsize = AtomicUsize::new(1000);

/// Slots in each thread's frame data stack.
const DATASTACK_SLOTS: usize = 1 << 22;

pub struct DataStack {
    base: *mut Value,
    pub top: usize,
}

impl DataStack {
    fn new() -> DataStack {
        let layout = std::alloc::Layout::array::<Value>(DATASTACK_SLOTS).expect("layout");
        // SAFETY: layout is non-zero-sized; zeroed memory is a valid array of
        // NULL Values; large zeroed allocations are mapped lazily by the OS.
        let base = unsafe { std::alloc::alloc_zeroed(layout) } as *mut Value;
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        DataStack { base, top: 0 }
    }

    /// Reserves `n` NULL slots; None when the data stack is exhausted.
    pub fn push(&mut self, n: usize) -> Option<*mut Value> {
        if self.top + n > DATASTACK_SLOTS {
            return None;
        }
        // SAFETY: top + n is within the allocation.
        let p = unsafe { self.base.add(self.top) };
        self.top += n;
        Some(p)
    }

    pub fn pop(&mut self, n: usize) {
        self.top -= n;
    }
}

impl Drop for DataStack {
    fn drop(&mut self) {
        let layout = std::alloc::Layout::array::<Value>(DATASTACK_SLOTS).expect("layout");
        // SAFETY: allocated in new() with the same layout.
        unsafe { std::alloc::dealloc(self.base as *mut u8, layout) };
    }
}

thread_local! {
    /// The exception being handled (sys.exception()).
    pub static HANDLED: RefCell<Option<Obj>> = const { RefCell::new(None) };
    /// Error raised by a KernelApi call, waiting for the native caller to return NULL.
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
    /// Python frames currently executing on this thread.
    pub static PY_DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Lowest allowed stack address (approximate) for Rust recursion.
    static STACK_LIMIT: Cell<usize> = const { Cell::new(0) };
    pub static DATASTACK: RefCell<DataStack> = RefCell::new(DataStack::new());
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer) of this thread.
    static ASYNCGEN_HOOKS: RefCell<(Option<Obj>, Option<Obj>)> = const { RefCell::new((None, None)) };
}

/// This thread's async-generator hooks (firstiter, finalizer).
pub fn asyncgen_hooks() -> (Option<Obj>, Option<Obj>) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

/// Replaces this thread's async-generator hooks.
pub fn set_asyncgen_hooks(firstiter: Option<Obj>, finalizer: Option<Obj>) {
    let old = ASYNCGEN_HOOKS.with(|h| std::mem::replace(&mut *h.borrow_mut(), (firstiter, finalizer)));
    drop(old);
}

/// Records the current thread's stack extent; call at thread entry.
pub fn init_thread_stack(stack_size: usize) {
    let here = 0u8;
    let addr = &here as *const u8 as usize;
    STACK_LIMIT.with(|l| l.set(addr.saturating_sub(stack_size.saturating_sub(512 * 1024))));
}

/// Checks that nested Rust-level calls (reprs, calls from builtins into
/// Python) leave enough native stack; raises RecursionError otherwise.
#[inline]
pub fn check_recursion() -> PyResult<()> {
    let here = 0u8;
    let addr = &here as *const u8 as usize;
    let limit = STACK_LIMIT.with(|l| l.get());
    if limit != 0 && addr < limit {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    Ok(())
}

#[inline]
pub fn leave_recursion() {}

pub fn set_error(e: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(e));
}

pub fn take_error() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}

pub fn has_error() -> bool {
    PENDING.with(|p| p.borrow().is_some())
}

pub fn handled() -> Option<Obj> {
    HANDLED.with(|h| h.borrow().clone())
}

pub fn set_handled(v: Option<Obj>) -> Option<Obj> {
    HANDLED.with(|h| std::mem::replace(&mut *h.borrow_mut(), v))
}

// ---------------------------------------------------------------- _thread

#[repr(C)]
pub struct LockObject {
    pub header: ObjHeader,
    locked: Mutex<bool>,
    cond: Condvar,
}

pub fn new_lock() -> Obj {
    alloc(LockObject { header: new_header(&LOCK_TYPE), locked: Mutex::new(false), cond: Condvar::new() })
}

fn this(o: &Obj) -> PyResult<&LockObject> {
    o.downcast::<LockObject>(&LOCK_TYPE).ok_or_else(|| type_error("lock expected"))
}

impl LockObject {
    fn try_acquire(&self) -> bool {
        let mut g = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if *g {
            false
        } else {
            *g = true;
            true
        }
    }

    /// Blocks (with the runtime detached, so other threads run) until the
    /// lock is taken or the timeout passes.
    pub fn acquire(&self, timeout: Option<Duration>) -> bool {
        if self.try_acquire() {
            return true;
        }
        if timeout == Some(Duration::ZERO) {
            return false;
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        crate::interp::detach();
        let mut g = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        let got = loop {
            if !*g {
                *g = true;
                break true;
            }
            match deadline {
                None => g = self.cond.wait(g).unwrap_or_else(|e| e.into_inner()),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        break false;
                    }
                    g = self.cond.wait_timeout(g, d - now).unwrap_or_else(|e| e.into_inner()).0;
                }
            }
        };
        drop(g);
        crate::interp::attach();
        got
    }

    pub fn release(&self) -> PyResult<()> {
        let mut g = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if !*g {
            return Err(runtime_error("release unlocked lock"));
        }
        *g = false;
        drop(g);
        self.cond.notify_one();
        Ok(())
    }
}

fn parse_acquire_args(a: &[Obj], k: Option<&Obj>) -> PyResult<Option<Duration>> {
    let names = k.and_then(crate::types::tuple::as_tuple).unwrap_or(&[]);
    let npos = a.len() - names.len();
    let mut blocking = true;
    let mut timeout = -1.0;
    if npos >= 1 {
        blocking = crate::abstract_::is_true(&a[0])?;
    }
    if npos >= 2 {
        timeout = crate::abstract_::to_float(&a[1])?;
    }
    for (n, v) in names.iter().zip(&a[npos..]) {
        match crate::types::str::as_str(n) {
            Some("blocking") => blocking = crate::abstract_::is_true(v)?,
            Some("timeout") => timeout = crate::abstract_::to_float(v)?,
            Some(other) => return Err(type_error(format!("acquire() got an unexpected keyword argument '{other}'"))),
            None => {}
        }
    }
    if !blocking {
        if timeout != -1.0 {
            return Err(crate::error::value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(Some(Duration::ZERO));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(crate::error::value_error("timeout value must be a non-negative number"));
    }
    Ok(if timeout < 0.0 { None } else { Some(Duration::from_secs_f64(timeout)) })
}

fn m_acquire(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let t = parse_acquire_args(a, k)?;
    Ok(bool_obj(this(s)?.acquire(t)))
}
fn m_release(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.release()?;
    Ok(none())
}
fn m_locked(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let l = this(s)?;
    Ok(bool_obj(*l.locked.lock().unwrap_or_else(|e| e.into_inner())))
}
fn m_enter(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.acquire(None);
    Ok(bool_obj(true))
}
fn m_exit(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.release()?;
    Ok(none())
}

fn lock_repr(o: &Obj) -> PyResult {
    let l = this(o)?;
    let st = if *l.locked.lock().unwrap_or_else(|e| e.into_inner()) { "locked" } else { "unlocked" };
    Ok(crate::types::str::new_string(format!("<{} _thread.lock object at {:#x}>", st, o.value().0)))
}

static LOCK_METHODS: [MethodDef; 6] = [
    MethodDef { name: "acquire", func: m_acquire, doc: "" },
    MethodDef { name: "release", func: m_release, doc: "" },
    MethodDef { name: "locked", func: m_locked, doc: "" },
    MethodDef { name: "__enter__", func: m_enter, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, doc: "" },
    MethodDef { name: "acquire_lock", func: m_acquire, doc: "" },
];

pub static LOCK_TYPE: TypeObject = TypeObject {
    repr: Some(lock_repr),
    methods: &LOCK_METHODS,
    module: "_thread",
    ..TypeObject::builtin("lock", &crate::types::object::OBJECT_TYPE, dealloc_box::<LockObject>)
};

static NEXT_IDENT: AtomicUsize = AtomicUsize::new(1);

thread_local! {
    static IDENT: Cell<usize> = Cell::new(NEXT_IDENT.fetch_add(1, Ordering::Relaxed));
}

pub fn get_ident() -> usize {
    IDENT.with(|i| i.get())
}

/// Threads started by `_thread.start_new_thread` that are still running.
pub static RUNNING_THREADS: AtomicUsize = AtomicUsize::new(0);

const THREAD_STACK: usize = 16 << 20;

fn start_new_thread(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let (func, args, kwargs) = match a {
        [f, args] => (f.clone(), args.clone(), None),
        [f, args, kw] => (f.clone(), args.clone(), Some(kw.clone())),
        _ => return Err(type_error(format!("start_new_thread expected at least 2 arguments, got {}", a.len()))),
    };
    if crate::types::tuple::as_tuple(&args).is_none() {
        return Err(type_error("2nd arg must be a tuple"));
    }
    if kwargs.is_some() {
        return Err(type_error("start_new_thread: keyword arguments are not supported yet"));
    }
    let ident = Arc::new((Mutex::new(0usize), Condvar::new()));
    let id2 = ident.clone();
    // Objects cross to the new thread as raw words; they stay alive because
    // the references we hold are moved into the thread.
    let payload = (func.into_raw().0, args.into_raw().0);
    RUNNING_THREADS.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new().stack_size(THREAD_STACK).spawn(move || {
        init_thread_stack(THREAD_STACK);
        {
            let (m, c) = &*id2;
            *m.lock().unwrap_or_else(|e| e.into_inner()) = get_ident();
            c.notify_one();
        }
        crate::interp::attach();
        // SAFETY: the references were moved here by the spawning thread (into_raw).
        let (func, args) = unsafe { (Obj::from_raw(Value(payload.0)), Obj::from_raw(Value(payload.1))) };
        let argv = crate::types::tuple::as_tuple(&args).map(|t| t.to_vec()).unwrap_or_default();
        if let Err(e) = crate::abstract_::call(&func, &argv, None) {
            if !e.is_instance(&crate::types::exceptions::SYSTEM_EXIT) {
                let fr = crate::abstract_::repr_string(&func).unwrap_or_default();
                crate::traceback::print_unraisable(&format!("Exception ignored in thread started by: {fr}"), &e);
            }
        }
        drop(argv);
        drop(args);
        drop(func);
        crate::types::typeobj::clear_lookup_cache();
        RUNNING_THREADS.fetch_sub(1, Ordering::SeqCst);
        crate::interp::detach();
    });
    if let Err(e) = spawned {
        RUNNING_THREADS.fetch_sub(1, Ordering::SeqCst);
        // SAFETY: the thread did not start, so we still own the references.
        unsafe {
            drop(Obj::from_raw(Value(payload.0)));
            drop(Obj::from_raw(Value(payload.1)));
        }
        return Err(runtime_error(format!("can't start new thread: {e}")));
    }
    crate::interp::detach();
    let (m, c) = &*ident;
    let mut g = m.lock().unwrap_or_else(|e| e.into_inner());
    while *g == 0 {
        g = c.wait(g).unwrap_or_else(|e| e.into_inner());
    }
    let id = *g;
    drop(g);
    crate::interp::attach();
    Ok(crate::types::int::from_i64(id as i64))
}

use std::sync::Arc;

/// A reentrant lock: the owning thread may acquire it again.
#[repr(C)]
pub struct RLockObject {
    pub header: ObjHeader,
    lock: LockObject,
    owner: AtomicUsize,
    count: AtomicUsize,
}

fn rthis(o: &Obj) -> PyResult<&RLockObject> {
    o.downcast::<RLockObject>(&RLOCK_TYPE).ok_or_else(|| type_error("RLock expected"))
}

fn rlock_new(_t: &'static TypeObject, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(alloc(RLockObject {
        header: new_header(&RLOCK_TYPE),
        lock: LockObject { header: new_header(&LOCK_TYPE), locked: Mutex::new(false), cond: Condvar::new() },
        owner: AtomicUsize::new(0),
        count: AtomicUsize::new(0),
    }))
}

fn r_acquire(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let r = rthis(s)?;
    let me = get_ident();
    if r.owner.load(Ordering::Acquire) == me {
        r.count.fetch_add(1, Ordering::Relaxed);
        return Ok(bool_obj(true));
    }
    let t = parse_acquire_args(a, k)?;
    if !r.lock.acquire(t) {
        return Ok(bool_obj(false));
    }
    r.owner.store(me, Ordering::Release);
    r.count.store(1, Ordering::Relaxed);
    Ok(bool_obj(true))
}

fn r_release(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let r = rthis(s)?;
    if r.owner.load(Ordering::Acquire) != get_ident() || r.count.load(Ordering::Relaxed) == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    if r.count.fetch_sub(1, Ordering::Relaxed) == 1 {
        r.owner.store(0, Ordering::Release);
        r.lock.release()?;
    }
    Ok(none())
}

fn r_exit(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    r_release(s, &[], None)
}

fn r_is_owned(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(bool_obj(rthis(s)?.owner.load(Ordering::Acquire) == get_ident()))
}

fn rlock_repr(o: &Obj) -> PyResult {
    let r = rthis(o)?;
    let owner = r.owner.load(Ordering::Acquire);
    Ok(crate::types::str::new_string(format!(
        "<{} _thread.RLock object owner={} count={} at {:#x}>",
        if owner != 0 { "locked" } else { "unlocked" },
        owner,
        r.count.load(Ordering::Relaxed),
        o.value().0
    )))
}

static RLOCK_METHODS: [MethodDef; 5] = [
    MethodDef { name: "acquire", func: r_acquire, doc: "" },
    MethodDef { name: "release", func: r_release, doc: "" },
    MethodDef { name: "__enter__", func: r_acquire, doc: "" },
    MethodDef { name: "__exit__", func: r_exit, doc: "" },
    MethodDef { name: "_is_owned", func: r_is_owned, doc: "" },
];

pub static RLOCK_TYPE: TypeObject = TypeObject {
    new: Some(rlock_new),
    repr: Some(rlock_repr),
    methods: &RLOCK_METHODS,
    module: "_thread",
    ..TypeObject::builtin("RLock", &crate::types::object::OBJECT_TYPE, dealloc_box::<RLockObject>)
};

fn allocate_lock(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("allocate_lock() takes no arguments ({} given)", a.len())));
    }
    Ok(new_lock())
}

fn m_get_ident(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(get_ident() as i64))
}

fn m_count(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(RUNNING_THREADS.load(Ordering::SeqCst) as i64))
}

pub fn make_module() -> Obj {
    crate::types::typeobj::ready(&LOCK_TYPE);
    crate::types::typeobj::ready(&RLOCK_TYPE);
    let m = crate::types::module::new_module("_thread", Some("This module provides primitive operations to write multi-threaded programs."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let add = |name: &'static str, f: crate::types::typeobj::MethodFn| {
        crate::types::dict::set_item_str(&d, name, crate::types::function::new_builtin(name, f, none(), Some("_thread")));
    };
    add("start_new_thread", start_new_thread);
    add("start_new", start_new_thread);
    add("allocate_lock", allocate_lock);
    add("allocate", allocate_lock);
    add("get_ident", m_get_ident);
    add("_count", m_count);
    crate::types::dict::set_item_str(&d, "LockType", LOCK_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "RLock", RLOCK_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "lock", LOCK_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "error", crate::types::exceptions::RUNTIME_ERROR.as_obj());
    crate::types::dict::set_item_str(&d, "TIMEOUT_MAX", crate::types::float::new_float(9223372036.0));
    m
}
