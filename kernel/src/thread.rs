//! Per-thread state (handled exception, recursion accounting, the frame
//! data stack, the error slot of the ABI) and the `_thread` module.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
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
    /// The handled exceptions of the frames below each running generator
    /// (CPython's exc_info chain): a generator starts with none of its own,
    /// and sys.exception() falls back to its callers'.
    static HANDLED_OUTER: RefCell<Vec<Option<Obj>>> = const { RefCell::new(Vec::new()) };
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

/// Bytes of native stack left above the recursion limit of
/// `check_recursion` (1 MiB when the thread's extent is unknown).
pub fn stack_remaining() -> usize {
    let here = 0u8;
    let addr = std::hint::black_box(&here) as *const u8 as usize;
    match STACK_LIMIT.with(|l| l.get()) {
        0 => 1 << 20,
        limit => addr.saturating_sub(limit),
    }
}

pub fn set_error(e: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(e));
}

pub fn take_error() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}

pub fn has_error() -> bool {
    PENDING.with(|p| p.borrow().is_some())
}

/// The exception being handled: the innermost frame's, else the nearest
/// one a generator's callers handle.
pub fn handled() -> Option<Obj> {
    HANDLED.with(|h| h.borrow().clone()).or_else(|| HANDLED_OUTER.with(|o| o.borrow().iter().rev().find_map(|e| e.clone())))
}

/// The exception the innermost frame (or generator) handles itself.
pub fn handled_own() -> Option<Obj> {
    HANDLED.with(|h| h.borrow().clone())
}

/// A generator resumes: its own handled exception (if any) becomes the
/// innermost one; the caller's is kept beneath it.
pub fn enter_generator_handled(own: Option<Obj>) {
    let caller = set_handled(own);
    HANDLED_OUTER.with(|o| o.borrow_mut().push(caller));
}

/// The generator suspended or finished: hands back the exception it was
/// handling itself and restores the caller's.
pub fn leave_generator_handled() -> Option<Obj> {
    let caller = HANDLED_OUTER.with(|o| o.borrow_mut().pop()).flatten();
    set_handled(caller)
}

pub fn set_handled(v: Option<Obj>) -> Option<Obj> {
    HANDLED.with(|h| std::mem::replace(&mut *h.borrow_mut(), v))
}

// ---------------------------------------------------------------- _thread
//
// CPython 3.13's `_thread`: real OS threads, locks whose blocking waits
// detach from the runtime (so other threads run under the GIL) and wake
// for Ctrl-C on the main thread, joinable thread handles, `_shutdown`
// (interpreter exit waits for non-daemon threads), `_local` and the
// thread excepthook.

/// Converts a poisoned lock into its guard: a panic elsewhere must not
/// turn every later acquire into a panic here.
fn guard<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// How a blocking wait ended.
#[derive(PartialEq)]
enum Wait {
    Ready,
    /// Ready after blocking (detached).
    Waited,
    TimedOut,
    Interrupted,
}

/// How often a main thread blocked in a wait looks for Ctrl-C (a signal
/// handler may not touch a condition variable, so it cannot wake us).
const SIGNAL_POLL: Duration = Duration::from_millis(20);

/// Waits until `ready` (which may claim what it found) returns true or the
/// timeout passes. Called attached; detaches from the runtime while it
/// blocks. On the main thread a pending Ctrl-C ends the wait.
fn wait_until<T>(m: &Mutex<T>, c: &Condvar, timeout: Option<Duration>, mut ready: impl FnMut(&mut T) -> bool) -> Wait {
    {
        let mut g = guard(m);
        if ready(&mut g) {
            return Wait::Ready;
        }
        if timeout == Some(Duration::ZERO) {
            return Wait::TimedOut;
        }
    }
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let main = crate::interp::is_main_thread();
    crate::interp::detach();
    let mut g = guard(m);
    let r = loop {
        if ready(&mut g) {
            break Wait::Waited;
        }
        if main && crate::interp::sigint_pending() {
            break Wait::Interrupted;
        }
        let now = Instant::now();
        let mut wait = match deadline {
            Some(d) if now >= d => break Wait::TimedOut,
            Some(d) => d - now,
            None => Duration::MAX,
        };
        if main {
            wait = wait.min(SIGNAL_POLL);
        }
        g = if wait == Duration::MAX { c.wait(g).unwrap_or_else(|e| e.into_inner()) } else { c.wait_timeout(g, wait).unwrap_or_else(|e| e.into_inner()).0 };
    };
    drop(g);
    crate::interp::attach();
    r
}

/// `wait_until`, running the signal handlers (KeyboardInterrupt) when the
/// wait was interrupted and retrying with what is left of the timeout if
/// they do not raise, as CPython's lock waits do. After a wait that blocked,
/// the main thread serves a pending signal (an `interrupt_main()` from the
/// thread it waited for) as CPython's check after a builtin call does: the
/// wait's work is done (the lock is taken) and the handler's exception
/// propagates from the call.
fn wait_interruptible<T>(m: &Mutex<T>, c: &Condvar, timeout: Option<Duration>, mut ready: impl FnMut(&mut T) -> bool) -> PyResult<bool> {
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let mut left = timeout;
    loop {
        match wait_until(m, c, left, &mut ready) {
            Wait::Ready => return Ok(true),
            Wait::Waited => {
                if crate::interp::is_main_thread() && crate::interp::eval_breaker_set() {
                    crate::interp::handle_eval_breaker()?;
                }
                return Ok(true);
            }
            Wait::TimedOut => return Ok(false),
            Wait::Interrupted => {
                crate::interp::handle_eval_breaker()?;
                left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            }
        }
    }
}

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
    /// Takes the lock, waiting (detached) up to `timeout`; a Ctrl-C on the
    /// main thread raises KeyboardInterrupt.
    pub fn acquire(&self, timeout: Option<Duration>) -> PyResult<bool> {
        wait_interruptible(&self.locked, &self.cond, timeout, |l| !std::mem::replace(l, true))
    }

    pub fn release(&self) -> PyResult<()> {
        let mut g = guard(&self.locked);
        if !*g {
            return Err(runtime_error("release unlocked lock"));
        }
        *g = false;
        drop(g);
        self.cond.notify_one();
        Ok(())
    }

    fn is_locked(&self) -> bool {
        *guard(&self.locked)
    }
}

/// `_thread.TIMEOUT_MAX`: the largest timeout CPython accepts (in seconds).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// Parsed `(name, default)` parameters of a builtin: positional values
/// first, then keywords (vectorcall: `k` names the trailing values).
fn parse_args(fname: &str, a: &[Obj], k: Option<&Obj>, params: &[&str]) -> PyResult<Vec<Option<Obj>>> {
    let names = k.and_then(crate::types::tuple::as_tuple).unwrap_or(&[]);
    let npos = a.len() - names.len();
    if npos > params.len() {
        return Err(type_error(format!("{fname}() takes at most {} arguments ({} given)", params.len(), npos)));
    }
    let mut out: Vec<Option<Obj>> = vec![None; params.len()];
    for (i, v) in a[..npos].iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (n, v) in names.iter().zip(&a[npos..]) {
        let n = crate::types::str::as_str(n).unwrap_or("?");
        match params.iter().position(|p| *p == n) {
            Some(i) if out[i].is_some() => return Err(type_error(format!("argument for {fname}() given by name ('{n}') and position ({})", i + 1))),
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("{fname}() got an unexpected keyword argument '{n}'"))),
        }
    }
    Ok(out)
}

/// A timeout in seconds as CPython's `_PyTime_FromSecondsObject` reads it
/// (it must fit in an i64 count of nanoseconds).
fn seconds(o: &Obj) -> PyResult<f64> {
    const NS_MAX: f64 = 9.223372036854775807e18;
    if let Some(f) = crate::types::float::as_f64(o) {
        if f.is_nan() {
            return Err(crate::error::value_error("Invalid value NaN (not a number)"));
        }
        if (f * 1e9).abs() >= NS_MAX {
            return Err(crate::error::overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f);
    }
    if crate::types::int::int_val(o).is_some() {
        let f = crate::abstract_::to_float(o).unwrap_or(f64::INFINITY);
        if (f * 1e9).abs() >= NS_MAX {
            return Err(crate::error::overflow_error("timestamp too large to convert to C PyTime_t"));
        }
        return Ok(f);
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", o.type_obj().name())))
}

/// `acquire(blocking=True, timeout=-1)`: the wait to make (None: forever).
fn parse_acquire_args(a: &[Obj], k: Option<&Obj>) -> PyResult<Option<Duration>> {
    let v = parse_args("acquire", a, k, &["blocking", "timeout"])?;
    let blocking = match &v[0] {
        Some(b) => crate::abstract_::is_true(b)?,
        None => true,
    };
    let timeout = match &v[1] {
        Some(t) => seconds(t)?,
        None => -1.0,
    };
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
    Ok(bool_obj(this(s)?.acquire(t)?))
}
fn m_release(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.release()?;
    Ok(none())
}
fn m_locked(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(bool_obj(this(s)?.is_locked()))
}
fn m_enter(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.acquire(None)?;
    Ok(bool_obj(true))
}
fn m_exit(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.release()?;
    Ok(none())
}
fn m_at_fork_reinit(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    *guard(&this(s)?.locked) = false;
    Ok(none())
}

fn lock_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if !a.is_empty() || k.is_some() {
        return Err(type_error("lock() takes no arguments"));
    }
    Ok(new_lock())
}

fn lock_repr(o: &Obj) -> PyResult {
    let st = if this(o)?.is_locked() { "locked" } else { "unlocked" };
    Ok(crate::types::str::new_string(format!("<{} _thread.lock object at {:#x}>", st, o.value().0)))
}

static LOCK_METHODS: [MethodDef; 10] = [
    MethodDef { name: "acquire", func: m_acquire, doc: "Lock the lock." },
    MethodDef { name: "release", func: m_release, doc: "Release the lock." },
    MethodDef { name: "locked", func: m_locked, doc: "Test whether the lock is currently locked." },
    MethodDef { name: "__enter__", func: m_enter, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, doc: "" },
    MethodDef { name: "acquire_lock", func: m_acquire, doc: "" },
    MethodDef { name: "release_lock", func: m_release, doc: "" },
    MethodDef { name: "locked_lock", func: m_locked, doc: "" },
    MethodDef { name: "_at_fork_reinit", func: m_at_fork_reinit, doc: "" },
    MethodDef { name: "__reduce__", func: no_pickle, doc: "" },
];

fn no_pickle(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Err(type_error(format!("cannot pickle '{}' object", s.type_obj().name())))
}

pub static LOCK_TYPE: TypeObject = TypeObject {
    new: Some(lock_new),
    repr: Some(lock_repr),
    methods: &LOCK_METHODS,
    module: "_thread",
    ..TypeObject::builtin("lock", &crate::types::object::OBJECT_TYPE, dealloc_box::<LockObject>)
};

// ------------------------------------------------------------ identities

static NEXT_IDENT: AtomicUsize = AtomicUsize::new(1);

/// The POSIX thread behind each live ident (`signal.pthread_kill`).
static PTHREADS: Mutex<Vec<(usize, libc::pthread_t)>> = Mutex::new(Vec::new());

fn record_pthread(ident: usize) {
    // SAFETY: pthread_self has no preconditions.
    let me = unsafe { libc::pthread_self() };
    guard(&PTHREADS).push((ident, me));
}

/// Sends `sig` to the thread with this ident: pthread_kill's result, or
/// None for an ident with no live thread. The table's lock is held across
/// the call, and a thread leaves the table before it ends, so the thread
/// is still alive when signalled.
pub fn pthread_kill(ident: usize, sig: libc::c_int) -> Option<libc::c_int> {
    let ts = guard(&PTHREADS);
    let (_, t) = ts.iter().find(|(i, _)| *i == ident)?;
    // SAFETY: `t` is a registered thread, alive while the lock is held.
    Some(unsafe { libc::pthread_kill(*t, sig) })
}
static MAIN_IDENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's `get_ident()`; 0 until first asked (or set at start).
    static IDENT: Cell<usize> = const { Cell::new(0) };
}

/// `_thread.get_ident()`: a number unique to this thread for the life of
/// the process (pyk never reuses one).
pub fn get_ident() -> usize {
    IDENT.with(|i| {
        if i.get() == 0 {
            i.set(NEXT_IDENT.fetch_add(1, Ordering::Relaxed));
            record_pthread(i.get());
        }
        i.get()
    })
}

/// Records the calling thread as the main thread (interpreter start-up).
pub fn set_main_thread() {
    MAIN_IDENT.store(get_ident(), Ordering::Release);
}

// -------------------------------------------------------- thread handles

struct HState {
    started: bool,
    done: bool,
    ident: usize,
    /// The OS thread, joined by the first `join` after it is done (so a
    /// joined thread is gone, as CPython's join ends with pthread_join).
    os: Option<std::thread::JoinHandle<()>>,
}

/// What a `_ThreadHandle` and the running thread share.
struct HandleInner {
    state: Mutex<HState>,
    cond: Condvar,
}

/// Every live handle, so the child of a fork can mark the other threads' done.
static HANDLES: Mutex<Vec<std::sync::Weak<HandleInner>>> = Mutex::new(Vec::new());

impl HandleInner {
    fn new(started: bool, ident: usize) -> Arc<HandleInner> {
        let h = Arc::new(HandleInner { state: Mutex::new(HState { started, done: false, ident, os: None }), cond: Condvar::new() });
        let mut all = guard(&HANDLES);
        all.retain(|w| w.strong_count() > 0);
        all.push(Arc::downgrade(&h));
        h
    }

    fn set_done(&self) {
        guard(&self.state).done = true;
        self.cond.notify_all();
    }

    fn is_done(&self) -> bool {
        guard(&self.state).done
    }

    fn join(&self, timeout: Option<Duration>) -> PyResult<()> {
        // Asked before the state lock is taken: a first get_ident() takes
        // PTHREADS, which a fork takes before the handle states.
        let me = get_ident();
        {
            let s = guard(&self.state);
            if !s.started && !s.done {
                return Err(runtime_error("thread not started"));
            }
            if !s.done && s.ident == me {
                return Err(runtime_error("Cannot join current thread"));
            }
        }
        if wait_interruptible(&self.state, &self.cond, timeout, |s| s.done)? {
            let os = guard(&self.state).os.take();
            if let Some(os) = os {
                // Only the thread's last steps remain (it marked itself done).
                crate::interp::detach();
                let _ = os.join();
                crate::interp::attach();
            }
        }
        Ok(())
    }
}

#[repr(C)]
pub struct ThreadHandleObject {
    pub header: ObjHeader,
    inner: Arc<HandleInner>,
}

fn new_handle(inner: Arc<HandleInner>) -> Obj {
    alloc(ThreadHandleObject { header: new_header(&THREAD_HANDLE_TYPE), inner })
}

fn hthis(o: &Obj) -> PyResult<&ThreadHandleObject> {
    o.downcast::<ThreadHandleObject>(&THREAD_HANDLE_TYPE).ok_or_else(|| type_error("_ThreadHandle expected"))
}

fn handle_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if !a.is_empty() || k.is_some() {
        return Err(type_error("_ThreadHandle() takes no arguments"));
    }
    Ok(new_handle(HandleInner::new(false, 0)))
}

fn h_join(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("join", a, k, &["timeout"])?;
    let timeout = match &v[0] {
        Some(t) if !crate::types::is_none(t) => {
            let f = seconds(t)?.max(0.0);
            Duration::try_from_secs_f64(f).ok()
        }
        _ => None,
    };
    hthis(s)?.inner.join(timeout)?;
    Ok(none())
}
fn h_is_done(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(bool_obj(hthis(s)?.inner.is_done()))
}
fn h_set_done(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let h = hthis(s)?;
    {
        let st = guard(&h.inner.state);
        if !st.started && !st.done {
            return Err(runtime_error("thread not started"));
        }
    }
    h.inner.set_done();
    Ok(none())
}
fn h_ident(s: &Obj) -> PyResult {
    Ok(crate::types::int::from_i64(guard(&hthis(s)?.inner.state).ident as i64))
}
fn handle_repr(o: &Obj) -> PyResult {
    let id = guard(&hthis(o)?.inner.state).ident;
    Ok(crate::types::str::new_string(format!("<_thread._ThreadHandle object: ident={id}>")))
}

static HANDLE_METHODS: [MethodDef; 3] = [
    MethodDef { name: "join", func: h_join, doc: "" },
    MethodDef { name: "is_done", func: h_is_done, doc: "" },
    MethodDef { name: "_set_done", func: h_set_done, doc: "" },
];
static HANDLE_GETSETS: [crate::types::typeobj::GetSetDef; 1] = [crate::types::typeobj::GetSetDef { name: "ident", get: h_ident }];

pub static THREAD_HANDLE_TYPE: TypeObject = TypeObject {
    new: Some(handle_new),
    repr: Some(handle_repr),
    methods: &HANDLE_METHODS,
    getsets: &HANDLE_GETSETS,
    module: "_thread",
    ..TypeObject::builtin("_ThreadHandle", &crate::types::object::OBJECT_TYPE, dealloc_box::<ThreadHandleObject>)
};

/// Handles of running non-daemon threads: `_shutdown` waits for them.
static SHUTDOWN_HANDLES: Mutex<Vec<Arc<HandleInner>>> = Mutex::new(Vec::new());

/// Runs `fork` (fork(2) or a wrapper) with the thread registries and every
/// handle's state locked, so that no other thread holds one of them when the
/// process is copied. In the child (a result of 0) only the forking thread
/// exists, as after CPython's `PyOS_AfterFork_Child`: it becomes the main
/// thread, the handles of the others are done (their joins return, and
/// `_shutdown` waits for none of them), and their `_local` dicts go. Locks
/// the other threads held at the fork are left as they were. Call attached.
pub fn fork_with(fork: impl FnOnce() -> libc::pid_t) -> libc::pid_t {
    let me = get_ident();
    let mut all = guard(&HANDLES);
    let handles: Vec<Arc<HandleInner>> = all.iter().filter_map(std::sync::Weak::upgrade).collect();
    let mut shutdown = guard(&SHUTDOWN_HANDLES);
    let mut pthreads = guard(&PTHREADS);
    let mut states: Vec<std::sync::MutexGuard<'_, HState>> = handles.iter().map(|h| guard(&h.state)).collect();
    let frames = crate::curframes::lock_for_fork();
    let pid = fork();
    if pid != 0 {
        return pid;
    }
    crate::curframes::after_fork_child(frames, me);
    for s in states.iter_mut() {
        if s.ident != me {
            s.done = true;
            // The thread does not exist here: never join or detach it.
            std::mem::forget(s.os.take());
        }
    }
    let mine: Vec<bool> = states.iter().map(|s| s.ident == me).collect();
    drop(states);
    let kept: Vec<&Arc<HandleInner>> = handles.iter().zip(&mine).filter(|(_, m)| **m).map(|(h, _)| h).collect();
    all.retain(|w| kept.iter().any(|h| std::ptr::eq(w.as_ptr(), Arc::as_ptr(h))));
    shutdown.retain(|h| kept.iter().any(|k| Arc::ptr_eq(h, k)));
    let dead: Vec<usize> = pthreads.iter().map(|(i, _)| *i).filter(|i| *i != me).collect();
    pthreads.retain(|(i, _)| *i == me);
    drop((pthreads, shutdown, all));
    // A thread `_thread` started still counts itself until it ends.
    let started_here = MAIN_IDENT.load(Ordering::Acquire) != me;
    RUNNING_THREADS.store(usize::from(started_here), Ordering::Release);
    MAIN_IDENT.store(me, Ordering::Release);
    crate::interp::become_main_thread();
    for ident in dead {
        clear_locals(ident);
    }
    drop(handles);
    0
}

// --------------------------------------------------------------- starting

/// Threads started by `_thread` that are still running (`_thread._count()`).
pub static RUNNING_THREADS: AtomicUsize = AtomicUsize::new(0);

const THREAD_STACK: usize = 16 << 20;
/// `_thread.stack_size()`: 0 means the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// What a new thread takes over from the one that started it.
struct Start {
    func: Obj,
    args: Vec<Obj>,
    kwnames: Option<Obj>,
    handle: Option<Arc<HandleInner>>,
}

// SAFETY: the objects are handed over whole (the starting thread keeps no
// use of these references); reference counts are atomic in free-threaded
// mode, and under the GIL the new thread touches them only once attached.
unsafe impl Send for Start {}

/// Starts an OS thread running `func(*args, **kwargs)`; returns its ident.
fn spawn(start: Start, daemon: bool) -> PyResult<usize> {
    if crate::interp::is_finalizing() {
        return Err(PyErr::new(&crate::types::exceptions::PYTHON_FINALIZATION_ERROR, "can't create new thread at interpreter shutdown"));
    }
    let ident = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
    if let Some(h) = &start.handle {
        let mut s = guard(&h.state);
        s.started = true;
        s.ident = ident;
        drop(s);
        if !daemon {
            guard(&SHUTDOWN_HANDLES).push(h.clone());
        }
    }
    let handle = start.handle.clone();
    let requested = STACK_SIZE.load(Ordering::Relaxed);
    let stack = if requested == 0 { THREAD_STACK } else { requested.max(THREAD_STACK) };
    RUNNING_THREADS.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new().stack_size(stack).spawn(move || thread_main(start, ident, stack));
    let spawned = match (spawned, &handle) {
        (Ok(os), Some(h)) => {
            guard(&h.state).os = Some(os);
            Ok(())
        }
        (Ok(_), None) => Ok(()),
        (Err(e), _) => Err(e),
    };
    if let Err(e) = spawned {
        RUNNING_THREADS.fetch_sub(1, Ordering::SeqCst);
        if let Some(h) = handle {
            guard(&SHUTDOWN_HANDLES).retain(|x| !Arc::ptr_eq(x, &h));
            let mut s = guard(&h.state);
            s.started = false;
            s.ident = 0;
        }
        return Err(runtime_error(format!("can't start new thread: {e}")));
    }
    Ok(ident)
}

fn thread_main(start: Start, ident: usize, stack: usize) {
    init_thread_stack(stack);
    IDENT.with(|i| i.set(ident));
    record_pthread(ident);
    crate::trace::thread_started();
    crate::interp::attach();
    let Start { func, args, kwnames, handle } = start;
    if let Err(e) = crate::abstract_::call(&func, &args, kwnames.as_ref()) {
        if !e.is_instance(&crate::types::exceptions::SYSTEM_EXIT) {
            let fr = crate::abstract_::repr_string(&func).unwrap_or_default();
            crate::traceback::format_unraisable(&format!("Exception ignored in thread started by {fr}"), &e);
        }
    }
    drop((func, args, kwnames));
    // What this thread holds goes while it can still run Python code
    // (finalizers), before the runtime lets go of it.
    clear_locals(ident);
    drop(set_handled(None));
    set_asyncgen_hooks(None, None);
    crate::types::typeobj::clear_lookup_cache();
    crate::interp::detach();
    crate::curframes::thread_ended();
    guard(&PTHREADS).retain(|(i, _)| *i != ident);
    RUNNING_THREADS.fetch_sub(1, Ordering::SeqCst);
    if let Some(h) = handle {
        guard(&SHUTDOWN_HANDLES).retain(|x| !Arc::ptr_eq(x, &h));
        h.set_done();
    }
}

fn is_callable(o: &Obj) -> bool {
    o.type_obj().call.is_some()
}

/// `start_new_thread(function, args, kwargs={})`.
fn start_new_thread(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if k.is_some_and(|k| crate::types::tuple::as_tuple(k).is_some_and(|t| !t.is_empty())) {
        return Err(type_error("start_new_thread() takes no keyword arguments"));
    }
    let (func, args, kwargs) = match a {
        [f, args] => (f.clone(), args.clone(), None),
        [f, args, kw] => (f.clone(), args.clone(), Some(kw.clone())),
        _ => return Err(type_error(format!("start_new_thread expected at least 2 arguments, got {}", a.len()))),
    };
    if !is_callable(&func) {
        return Err(type_error("first arg must be callable"));
    }
    let Some(argv) = crate::types::tuple::as_tuple(&args) else {
        return Err(type_error("2nd arg must be a tuple"));
    };
    let mut argv = argv.to_vec();
    let mut kwnames = None;
    if let Some(kw) = kwargs {
        let Some(d) = crate::types::dict::as_dict(&kw) else {
            return Err(type_error("optional 3rd arg must be a dictionary"));
        };
        let mut names = vec![];
        for (n, v) in d.items() {
            if crate::types::str::as_str(&n).is_none() {
                return Err(type_error("keywords must be strings"));
            }
            names.push(n);
            argv.push(v);
        }
        if !names.is_empty() {
            kwnames = Some(crate::types::tuple::new_tuple(names));
        }
    }
    let id = spawn(Start { func, args: argv, kwnames, handle: None }, true)?;
    Ok(crate::types::int::from_i64(id as i64))
}

/// `start_joinable_thread(function, handle=None, daemon=True)`.
fn start_joinable_thread(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("start_joinable_thread", a, k, &["function", "handle", "daemon"])?;
    let Some(func) = v[0].clone() else {
        return Err(type_error("start_joinable_thread() missing required argument 'function' (pos 1)"));
    };
    if !is_callable(&func) {
        return Err(type_error("thread function must be callable"));
    }
    let handle = match v[1].clone().filter(|h| !crate::types::is_none(h)) {
        Some(h) => {
            if hthis(&h).is_err() {
                return Err(type_error(format!("'handle' must be a _ThreadHandle, not {}", h.type_obj().name())));
            }
            h
        }
        None => new_handle(HandleInner::new(false, 0)),
    };
    let daemon = match &v[2] {
        Some(d) => crate::abstract_::is_true(d)?,
        None => true,
    };
    let inner = hthis(&handle)?.inner.clone();
    if guard(&inner.state).started {
        return Err(runtime_error("thread already started"));
    }
    spawn(Start { func, args: vec![], kwnames: None, handle: Some(inner) }, daemon)?;
    Ok(handle)
}

fn make_thread_handle(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [id] = a else { return Err(type_error(format!("_make_thread_handle() takes exactly one argument ({} given)", a.len()))) };
    let Some(id) = crate::types::int::as_i64(id).filter(|i| *i >= 0) else {
        return Err(type_error("_make_thread_handle() argument must be a thread ident"));
    };
    Ok(new_handle(HandleInner::new(true, id as usize)))
}

fn get_main_thread_ident(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(MAIN_IDENT.load(Ordering::Acquire) as i64))
}

/// `_thread._shutdown()`: waits for every non-daemon thread (but this one).
fn m_shutdown(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let me = get_ident();
    loop {
        let next = guard(&SHUTDOWN_HANDLES).iter().find(|h| {
            let s = guard(&h.state);
            !s.done && s.ident != me
        }).cloned();
        match next {
            Some(h) => h.join(None)?,
            None => return Ok(none()),
        }
    }
}

/// At interpreter exit: `threading._shutdown()` when threading was
/// imported (it joins non-daemon threads), as CPython's Py_FinalizeEx.
pub fn wait_for_thread_shutdown() {
    let Some(m) = crate::types::dict::get_str(&crate::interp::modules_dict(), &crate::types::str::istr("threading")) else { return };
    let r = crate::abstract_::lookup_attr(&m, &crate::types::str::istr("_shutdown")).and_then(|f| match f {
        Some(f) => crate::abstract_::call0(&f).map(drop),
        None => Ok(()),
    });
    if let Err(e) = r {
        crate::traceback::print_unraisable("Exception ignored on threading shutdown:", &e);
    }
}

// ------------------------------------------------------------ RLock

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

impl RLockObject {
    fn acquire(&self, t: Option<Duration>) -> PyResult<bool> {
        let me = get_ident();
        if self.owner.load(Ordering::Acquire) == me && self.count.load(Ordering::Relaxed) > 0 {
            self.count.fetch_add(1, Ordering::Relaxed);
            return Ok(true);
        }
        if !self.lock.acquire(t)? {
            return Ok(false);
        }
        self.owner.store(me, Ordering::Release);
        self.count.store(1, Ordering::Relaxed);
        Ok(true)
    }

    fn owned(&self) -> bool {
        self.owner.load(Ordering::Acquire) == get_ident() && self.count.load(Ordering::Relaxed) > 0
    }
}

/// Whether `o` is an RLock no thread holds (false for anything else).
pub fn rlock_unheld(o: &Obj) -> bool {
    o.downcast::<RLockObject>(&RLOCK_TYPE).is_some_and(|r| r.count.load(Ordering::Acquire) == 0)
}

fn r_acquire(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let t = parse_acquire_args(a, k)?;
    Ok(bool_obj(rthis(s)?.acquire(t)?))
}

fn r_enter(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(bool_obj(rthis(s)?.acquire(None)?))
}

fn r_release(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let r = rthis(s)?;
    if !r.owned() {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    if r.count.fetch_sub(1, Ordering::Relaxed) == 1 {
        r.owner.store(0, Ordering::Release);
        r.lock.release()?;
    }
    Ok(none())
}

fn r_is_owned(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(bool_obj(rthis(s)?.owned()))
}

fn r_recursion_count(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let r = rthis(s)?;
    Ok(crate::types::int::from_i64(if r.owned() { r.count.load(Ordering::Relaxed) as i64 } else { 0 }))
}

/// `_release_save()`: releases completely; returns `(count, owner)`.
fn r_release_save(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let r = rthis(s)?;
    if r.count.load(Ordering::Relaxed) == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let count = r.count.swap(0, Ordering::Relaxed);
    let owner = r.owner.swap(0, Ordering::AcqRel);
    r.lock.release()?;
    Ok(crate::types::tuple::new_tuple(vec![crate::types::int::from_i64(count as i64), crate::types::int::from_i64(owner as i64)]))
}

/// `_acquire_restore((count, owner))`: the inverse of `_release_save`.
fn r_acquire_restore(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let r = rthis(s)?;
    let state = a.first().and_then(crate::types::tuple::as_tuple);
    let Some([count, owner]) = state else {
        return Err(type_error("_acquire_restore() argument 1 must be a tuple of (count, owner)"));
    };
    let (Some(count), Some(owner)) = (crate::types::int::as_i64(count), crate::types::int::as_i64(owner)) else {
        return Err(type_error("_acquire_restore() argument 1 must be a tuple of (count, owner)"));
    };
    r.lock.acquire(None)?;
    r.owner.store(owner as usize, Ordering::Release);
    r.count.store(count as usize, Ordering::Relaxed);
    Ok(none())
}

fn r_at_fork_reinit(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let r = rthis(s)?;
    *guard(&r.lock.locked) = false;
    r.owner.store(0, Ordering::Release);
    r.count.store(0, Ordering::Relaxed);
    Ok(none())
}

fn rlock_repr(o: &Obj) -> PyResult {
    let r = rthis(o)?;
    let owner = r.owner.load(Ordering::Acquire);
    // CPython prints tp_name: "_thread.RLock", a subclass's bare name.
    let t = o.type_obj();
    let name = if std::ptr::eq(t, &RLOCK_TYPE) { format!("{}.{}", t.module, t.name()) } else { t.name().to_string() };
    Ok(crate::types::str::new_string(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if r.count.load(Ordering::Relaxed) > 0 { "locked" } else { "unlocked" },
        name,
        owner,
        r.count.load(Ordering::Relaxed),
        o.value().0
    )))
}

static RLOCK_METHODS: [MethodDef; 11] = [
    MethodDef { name: "acquire", func: r_acquire, doc: "" },
    MethodDef { name: "release", func: r_release, doc: "" },
    MethodDef { name: "__enter__", func: r_enter, doc: "" },
    MethodDef { name: "__exit__", func: r_release, doc: "" },
    MethodDef { name: "_is_owned", func: r_is_owned, doc: "" },
    MethodDef { name: "_recursion_count", func: r_recursion_count, doc: "" },
    MethodDef { name: "_release_save", func: r_release_save, doc: "" },
    MethodDef { name: "_acquire_restore", func: r_acquire_restore, doc: "" },
    MethodDef { name: "_at_fork_reinit", func: r_at_fork_reinit, doc: "" },
    MethodDef { name: "__reduce__", func: no_pickle, doc: "" },
    MethodDef { name: "acquire_lock", func: r_acquire, doc: "" },
];

pub static RLOCK_TYPE: TypeObject = TypeObject {
    new: Some(rlock_new),
    repr: Some(rlock_repr),
    methods: &RLOCK_METHODS,
    module: "_thread",
    flags: crate::types::typeobj::tpflags::BASETYPE,
    subclass: Some(crate::object::subclass_info::<RLockObject>(true)),
    ..TypeObject::builtin("RLock", &crate::types::object::OBJECT_TYPE, dealloc_box::<RLockObject>)
};

// ------------------------------------------------------------ _local

/// The per-thread dicts of one `_local` object, by thread ident.
struct LocalStore {
    dicts: Mutex<Vec<(usize, SendObj)>>,
}

/// An object reference kept in a structure other threads can reach.
struct SendObj(Obj);
// SAFETY: reference counts are atomic in free-threaded mode and touched
// only by attached threads under the GIL; the dicts stored here are taken
// out under the store's mutex and dropped by attached threads.
unsafe impl Send for SendObj {}

/// Every live `_local` store, so a finishing thread can drop its dicts.
static LOCALS: Mutex<Vec<std::sync::Weak<LocalStore>>> = Mutex::new(Vec::new());

#[repr(C)]
pub struct LocalObject {
    pub header: ObjHeader,
    store: Arc<LocalStore>,
    /// The constructor's arguments, for `__init__` in each new thread.
    args: Vec<Obj>,
    kwnames: Option<Obj>,
}

/// `_local.__new__` for `_local` itself (a subclass comes through
/// `local_new_for`).
fn local_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    local_new_for(&LOCAL_TYPE, a, k)
}

/// A new `_local` (the exact object a subclass instance is made from) for
/// class `t`: arguments are refused when `t` keeps `object.__init__`, as
/// CPython's local_new; otherwise they are kept for `__init__` in each thread.
pub fn local_new_for(t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let nkw = k.and_then(crate::types::tuple::as_tuple).map_or(0, |n| n.len());
    if !a.is_empty() || nkw > 0 {
        let init = t.lookup(&crate::types::str::istr("__init__"));
        let object_init = crate::types::object::OBJECT_TYPE.lookup(&crate::types::str::istr("__init__"));
        if init.is_none() || matches!((&init, &object_init), (Some(i), Some(o)) if i.is(o)) {
            return Err(type_error("Initialization arguments are not supported"));
        }
    }
    let store = Arc::new(LocalStore { dicts: Mutex::new(vec![(get_ident(), SendObj(crate::types::dict::new_dict()))]) });
    {
        let mut all = guard(&LOCALS);
        all.retain(|w| w.strong_count() > 0);
        all.push(Arc::downgrade(&store));
    }
    Ok(alloc(LocalObject { header: new_header(&LOCAL_TYPE), store, args: a.to_vec(), kwnames: k.cloned() }))
}

/// Drops the dicts thread `ident` had in every `_local` (thread exit).
fn clear_locals(ident: usize) {
    let stores: Vec<Arc<LocalStore>> = guard(&LOCALS).iter().filter_map(|w| w.upgrade()).collect();
    let mut dead = vec![];
    for s in &stores {
        let mut d = guard(&s.dicts);
        if let Some(i) = d.iter().position(|(id, _)| *id == ident) {
            dead.push(d.swap_remove(i));
        }
    }
    drop(dead);
    drop(stores);
}

/// This thread's dict of a `_local` (or of an instance of a subclass),
/// made on first use in a thread, where the class's `__init__` then runs
/// with the constructor's arguments.
pub fn local_dict(o: &Obj) -> PyResult<Obj> {
    // SAFETY: callers pass instances of _local or of its Python subclasses,
    // which start with a LocalObject (WithDict<LocalObject>).
    let l = unsafe { o.cast::<LocalObject>() };
    let me = get_ident();
    if let Some(d) = guard(&l.store.dicts).iter().find(|(id, _)| *id == me).map(|(_, d)| d.0.clone()) {
        return Ok(d);
    }
    let d = crate::types::dict::new_dict();
    guard(&l.store.dicts).push((me, SendObj(d.clone())));
    let t = o.type_obj();
    let init = t.lookup(&crate::types::str::istr("__init__"));
    let object_init = crate::types::object::OBJECT_TYPE.lookup(&crate::types::str::istr("__init__"));
    if let Some(init) = init.filter(|i| object_init.as_ref().is_none_or(|oi| !oi.is(i))) {
        let mut argv = vec![o.clone()];
        argv.extend(l.args.iter().cloned());
        if let Err(e) = crate::abstract_::call(&init, &argv, l.kwnames.as_ref()) {
            guard(&l.store.dicts).retain(|(id, _)| *id != me);
            return Err(e);
        }
    }
    Ok(d)
}

/// `local_dict` where no error can be returned (the instance-dict path of
/// subclasses): an `__init__` failure is reported as unraisable.
pub fn local_storage(o: &Obj) -> Option<Obj> {
    match local_dict(o) {
        Ok(d) => Some(d),
        Err(e) => {
            crate::traceback::print_unraisable("Exception ignored in _thread._local __init__:", &e);
            None
        }
    }
}

/// AttributeError for a `_local`: CPython's type name there is qualified.
fn local_no_attr(o: &Obj, name: &Obj) -> PyErr {
    if !std::ptr::eq(o.type_obj(), &LOCAL_TYPE) {
        return crate::abstract_::no_attribute(o, name);
    }
    let e = crate::error::attribute_error(format!("'_thread._local' object has no attribute '{}'", crate::types::str::as_str(name).unwrap_or("?")));
    crate::abstract_::set_attribute_error_info(&e, o, name);
    e
}

fn local_getattr(o: &Obj, name: &Obj) -> PyResult {
    let d = local_dict(o)?;
    if crate::types::str::as_str(name) == Some("__dict__") {
        return Ok(d);
    }
    let t = o.type_obj();
    let tattr = t.lookup(name);
    if let Some(a) = &tattr {
        if crate::types::class::is_data_descriptor(a) {
            return crate::types::class::bind(a, Some(o), t, name);
        }
    }
    if let Some(v) = crate::types::dict::as_dict(&d).map(|dd| dd.get(name)).transpose()?.flatten() {
        return Ok(v);
    }
    if let Some(a) = tattr {
        return crate::types::class::bind(&a, Some(o), t, name);
    }
    if crate::types::str::as_str(name) == Some("__class__") {
        return Ok(t.as_obj());
    }
    Err(local_no_attr(o, name))
}

fn local_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if crate::types::str::as_str(name) == Some("__dict__") {
        return Err(crate::error::attribute_error(format!("'{}.{}' object attribute '__dict__' is read-only", o.type_obj().module, o.type_obj().name())));
    }
    let d = local_dict(o)?;
    let dd = crate::types::dict::as_dict(&d).ok_or_else(|| type_error("dict expected"))?;
    match v {
        Some(v) => dd.set(name.clone(), v.clone()),
        None => match dd.del(name)? {
            Some(_) => Ok(()),
            None => Err(local_no_attr(o, name)),
        },
    }
}

pub static LOCAL_TYPE: TypeObject = TypeObject {
    new: Some(local_new),
    getattr: Some(local_getattr),
    setattr: Some(local_setattr),
    module: "_thread",
    flags: crate::types::typeobj::tpflags::BASETYPE,
    subclass: Some(crate::object::subclass_info::<LocalObject>(true)),
    doc: "Thread-local data",
    ..TypeObject::builtin("_local", &crate::types::object::OBJECT_TYPE, dealloc_box::<LocalObject>)
};

// ------------------------------------------------------------ excepthook

static EXCEPTHOOK_ARGS: crate::structseq::StructSeq =
    crate::structseq::StructSeq::new("_thread", "_ExceptHookArgs", &["exc_type", "exc_value", "exc_traceback", "thread"]);

/// Writes `text` to a Python file object and flushes it.
fn write_file(file: &Obj, text: &str) -> PyResult<()> {
    let w = crate::abstract_::getattr_str(file, "write")?;
    crate::abstract_::call(&w, &[crate::types::str::new_string(text.to_string())], None)?;
    Ok(())
}

fn flush_file(file: &Obj) -> PyResult<()> {
    if let Some(f) = crate::abstract_::lookup_attr(file, &crate::types::str::istr("flush"))? {
        crate::abstract_::call0(&f)?;
    }
    Ok(())
}

/// The traceback report of an exception value (CPython's `_PyErr_Display`).
fn exception_report(value: &Obj) -> String {
    if crate::types::exceptions::as_exc(value).is_some() {
        crate::traceback::format_exception(value)
    } else {
        format!("{}\n", crate::abstract_::str_string(value).unwrap_or_default())
    }
}

/// `_thread._excepthook(args)`: threading.excepthook's default.
fn excepthook(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("_excepthook", a, k, &["args"])?;
    let Some(args) = v[0].clone() else { return Err(type_error("_excepthook() missing required argument 'args' (pos 1)")) };
    let t = EXCEPTHOOK_ARGS.get_type()?;
    let fields = crate::types::tuple::as_tuple(&args).filter(|f| f.len() == 4 && args.type_obj().as_obj().is(&t));
    let Some(fields) = fields else {
        return Err(type_error("_thread.excepthook argument type must be ExceptHookArgs"));
    };
    let (exc_type, exc_value, thread) = (fields[0].clone(), fields[1].clone(), fields[3].clone());
    if crate::types::typeobj::is_type(&exc_type) {
        // SAFETY: instances of `type` are TypeObjects, which are immortal.
        let et = unsafe { &*(exc_type.value().as_ptr() as *const TypeObject) };
        if et.is_subtype(&crate::types::exceptions::SYSTEM_EXIT) {
            return Ok(none());
        }
    }
    let mut file = crate::interp::sys_get("stderr").filter(|f| !crate::types::is_none(f));
    if file.is_none() && !crate::types::is_none(&thread) {
        file = crate::abstract_::lookup_attr(&thread, &crate::types::str::istr("_stderr"))?.filter(|f| !crate::types::is_none(f));
    }
    let Some(file) = file else { return Ok(none()) };
    let name = if crate::types::is_none(&thread) {
        get_ident().to_string()
    } else {
        match crate::abstract_::lookup_attr(&thread, &crate::types::str::istr("name"))? {
            Some(n) => crate::abstract_::str_string(&n)?,
            None => get_ident().to_string(),
        }
    };
    write_file(&file, &format!("Exception in thread {name}:\n"))?;
    flush_file(&file)?;
    write_file(&file, &exception_report(&exc_value))?;
    flush_file(&file)?;
    Ok(none())
}

/// `sys.excepthook(type, value, traceback)` (and `sys.__excepthook__`).
pub fn sys_excepthook(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [_, value, _] = a else { return Err(type_error(format!("excepthook expected 3 arguments, got {}", a.len()))) };
    // As CPython's: None reports as "NoneType: None", any other
    // non-exception value as the TypeError print_exception would raise.
    let text = if crate::types::is_none(value) {
        "NoneType: None\n".to_string()
    } else if crate::types::exceptions::as_exc(value).is_none() {
        format!("TypeError: print_exception(): Exception expected for value, {} found\n", value.type_obj().name())
    } else {
        exception_report(value)
    };
    match crate::interp::sys_get("stderr").filter(|f| !crate::types::is_none(f)) {
        Some(f) => {
            write_file(&f, &text)?;
            flush_file(&f)?;
        }
        None => crate::interp::write_stderr(&text),
    }
    Ok(none())
}

// ------------------------------------------------------------ the module

fn allocate_lock(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("allocate_lock() takes no arguments ({} given)", a.len())));
    }
    Ok(new_lock())
}

fn m_get_ident(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(get_ident() as i64))
}

fn m_get_native_id(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::gettid() };
    Ok(crate::types::int::from_i64(tid as i64))
}

fn m_count(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(RUNNING_THREADS.load(Ordering::SeqCst) as i64))
}

fn m_true(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(bool_obj(true))
}

fn m_thread_exit(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Err(PyErr::empty(&crate::types::exceptions::SYSTEM_EXIT))
}

/// `stack_size([size])`: the stack size of threads started from now on.
fn m_stack_size(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(s) = a.first() {
        let Some(n) = crate::types::int::as_i64(s) else {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", s.type_obj().name())));
        };
        if n < 0 {
            return Err(crate::error::value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < 32768 {
            return Err(crate::error::value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(crate::types::int::from_i64(old as i64))
}

/// `interrupt_main(signum=SIGINT)`: as if the main thread got Ctrl-C.
fn m_interrupt_main(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("interrupt_main", a, k, &["signum"])?;
    let signum = match &v[0] {
        Some(s) => crate::types::int::as_i64(s).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", s.type_obj().name())))?,
        None => libc::SIGINT as i64,
    };
    if !(1..65).contains(&signum) {
        return Err(crate::error::value_error("signal number out of range"));
    }
    crate::signalmod::simulate(signum as libc::c_int);
    // In the main thread the handler runs (and its exception propagates)
    // right away, as CPython's does at its next check.
    if crate::interp::is_main_thread() {
        crate::interp::handle_eval_breaker()?;
    }
    Ok(none())
}

pub fn make_module() -> Obj {
    for t in [&LOCK_TYPE, &RLOCK_TYPE, &THREAD_HANDLE_TYPE, &LOCAL_TYPE] {
        crate::types::typeobj::ready(t);
    }
    let m = crate::types::module::new_module("_thread", Some("Low-level threads and locks; the threading module builds its friendlier\ninterface on top of them."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let add = |name: &'static str, f: crate::types::typeobj::MethodFn| {
        crate::types::dict::set_item_str(&d, name, crate::types::function::new_builtin(name, f, none(), Some("_thread")));
    };
    add("start_new_thread", start_new_thread);
    add("start_new", start_new_thread);
    add("start_joinable_thread", start_joinable_thread);
    add("allocate_lock", allocate_lock);
    add("allocate", allocate_lock);
    add("get_ident", m_get_ident);
    add("get_native_id", m_get_native_id);
    add("_count", m_count);
    add("_make_thread_handle", make_thread_handle);
    add("_get_main_thread_ident", get_main_thread_ident);
    add("_shutdown", m_shutdown);
    add("_is_main_interpreter", m_true);
    add("daemon_threads_allowed", m_true);
    add("exit", m_thread_exit);
    add("exit_thread", m_thread_exit);
    add("stack_size", m_stack_size);
    add("interrupt_main", m_interrupt_main);
    add("_excepthook", excepthook);
    crate::types::dict::set_item_str(&d, "LockType", LOCK_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "lock", LOCK_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "RLock", RLOCK_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "_ThreadHandle", THREAD_HANDLE_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "_local", LOCAL_TYPE.as_obj());
    if let Ok(t) = EXCEPTHOOK_ARGS.get_type() {
        crate::types::dict::set_item_str(&d, "_ExceptHookArgs", t);
    }
    crate::types::dict::set_item_str(&d, "error", crate::types::exceptions::RUNTIME_ERROR.as_obj());
    crate::types::dict::set_item_str(&d, "TIMEOUT_MAX", crate::types::float::new_float(TIMEOUT_MAX));
    m
}
