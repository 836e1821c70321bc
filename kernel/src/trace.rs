//! `sys.settrace`/`sys.setprofile`: the tracing and profiling hooks of the
//! evaluation loop, per thread as in CPython.
//!
//! The loop reads one thread-local flag when it enters a frame; only frames
//! entered while a hook is set pay for tracing (a line check per
//! instruction). Events, as CPython sends them to Python functions:
//! trace — `call` (its result becomes the frame's `f_trace`), then `line`,
//! `return` and `exception` to the frame's `f_trace`; profile — `call` and
//! `return` for Python frames. Not sent: `opcode` events and the profile's
//! `c_call`/`c_return`/`c_exception` for builtins. While a hook runs, its
//! own code is not traced.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::error::PyResult;
use crate::eval::Frame;
use crate::object::Obj;

thread_local! {
    static TRACE: RefCell<Option<Obj>> = const { RefCell::new(None) };
    static PROFILE: RefCell<Option<Obj>> = const { RefCell::new(None) };
    /// A hook is set and none is running.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    static IN_HOOK: Cell<bool> = const { Cell::new(false) };
    /// This thread counts in THREADS_HOOKED.
    static HOOKED: Cell<bool> = const { Cell::new(false) };
}

/// How many threads have a hook set: the loop's per-frame check is one
/// relaxed load while no thread traces.
static THREADS_HOOKED: AtomicUsize = AtomicUsize::new(0);

/// The hooks `sys._settraceallthreads`/`_setprofileallthreads` gave every
/// thread, with the number of each call. Another thread takes them up at
/// its next frame entry or `gettrace`/`getprofile` (the caller counts in
/// THREADS_HOOKED while it sets a hook, so the others look); a thread
/// started later starts from what was already given out.
struct AllThreads {
    trace: (u64, Option<HookObj>),
    profile: (u64, Option<HookObj>),
}

/// A hook kept where every thread can reach it.
struct HookObj(Obj);
// SAFETY: reference counts are atomic in free-threaded mode and touched by
// attached threads only under the GIL; the table's mutex orders the clones.
unsafe impl Send for HookObj {}

static ALL_THREADS: Mutex<AllThreads> = Mutex::new(AllThreads { trace: (0, None), profile: (0, None) });
/// Bumped by each all-threads call: a thread compares it with what it took up.
static ALL_GEN: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// (ALL_GEN, trace call, profile call) this thread has taken up.
    static SEEN: Cell<(u64, u64, u64)> = const { Cell::new((0, 0, 0)) };
}

#[inline]
pub fn active() -> bool {
    THREADS_HOOKED.load(Ordering::Relaxed) != 0 && active_slow()
}

fn active_slow() -> bool {
    take_up_all_threads();
    ACTIVE.with(|a| a.get())
}

fn all_threads() -> std::sync::MutexGuard<'static, AllThreads> {
    ALL_THREADS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Installs the all-threads hooks this thread has not taken up yet.
fn take_up_all_threads() {
    let gen = ALL_GEN.load(Ordering::Acquire);
    let (seen, seen_t, seen_p) = SEEN.with(|s| s.get());
    if gen == seen {
        return;
    }
    let (t, p) = {
        let a = all_threads();
        let t = (a.trace.0 != seen_t).then(|| a.trace.1.as_ref().map(|h| h.0.clone()));
        let p = (a.profile.0 != seen_p).then(|| a.profile.1.as_ref().map(|h| h.0.clone()));
        SEEN.with(|s| s.set((gen, a.trace.0, a.profile.0)));
        (t, p)
    };
    if let Some(t) = t {
        set_trace(t);
    }
    if let Some(p) = p {
        set_profile(p);
    }
}

/// A new thread starts with what was already given to every thread taken
/// up as not its own: only later all-threads calls reach it.
pub fn thread_started() {
    let a = all_threads();
    SEEN.with(|s| s.set((ALL_GEN.load(Ordering::Acquire), a.trace.0, a.profile.0)));
}

/// `sys._settraceallthreads(f)` / `sys._setprofileallthreads(f)`.
fn set_all_threads(f: Option<Obj>, trace: bool) {
    {
        let mut a = all_threads();
        let slot = if trace { &mut a.trace } else { &mut a.profile };
        slot.0 += 1;
        let old = std::mem::replace(&mut slot.1, f.clone().map(HookObj));
        ALL_GEN.fetch_add(1, Ordering::AcqRel);
        let (t, p) = (a.trace.0, a.profile.0);
        drop(a);
        SEEN.with(|s| s.set((ALL_GEN.load(Ordering::Acquire), t, p)));
        drop(old);
    }
    if trace {
        set_trace(f);
    } else {
        set_profile(f);
    }
}

fn refresh() {
    let set = TRACE.with(|t| t.borrow().is_some()) || PROFILE.with(|p| p.borrow().is_some());
    let was = HOOKED.with(|h| h.replace(set));
    if set && !was {
        THREADS_HOOKED.fetch_add(1, Ordering::Relaxed);
    } else if was && !set {
        THREADS_HOOKED.fetch_sub(1, Ordering::Relaxed);
    }
    ACTIVE.with(|a| a.set(set && !IN_HOOK.with(|h| h.get())));
    if !set {
        // No hook: per-frame state (local trace functions) is moot.
        let old = FRAMES.with(|m| std::mem::take(&mut *m.borrow_mut()));
        drop(old);
    }
}

pub fn set_trace(f: Option<Obj>) {
    let old = TRACE.with(|t| t.replace(f));
    drop(old);
    refresh();
}

pub fn set_profile(f: Option<Obj>) {
    let old = PROFILE.with(|p| p.replace(f));
    drop(old);
    refresh();
}

pub fn get_trace() -> Option<Obj> {
    take_up_all_threads();
    TRACE.with(|t| t.borrow().clone())
}

pub fn get_profile() -> Option<Obj> {
    take_up_all_threads();
    PROFILE.with(|p| p.borrow().clone())
}

/// Calls `hook(frame, event, arg)` with tracing off for its duration. An
/// exception from a trace hook turns tracing off, as in CPython.
fn call_hook(hook: &Obj, f: &Frame, event: &'static str, arg: Obj, is_trace: bool) -> PyResult {
    let frame = crate::types::frame::snapshot(f);
    IN_HOOK.with(|h| h.set(true));
    refresh();
    let r = crate::abstract_::call(hook, &[frame, crate::types::str::istr(event), arg], None);
    IN_HOOK.with(|h| h.set(false));
    if r.is_err() {
        if is_trace {
            set_trace(None);
        } else {
            set_profile(None);
        }
    }
    refresh();
    r
}

fn or_none(v: Obj) -> Option<Obj> {
    (!crate::types::is_none(&v)).then_some(v)
}

/// Per-frame tracing state, kept beside the frames (by activation serial)
/// so that untraced frames stay as small as before.
#[derive(Default)]
struct FrameTrace {
    /// `f_trace`.
    func: Option<Obj>,
    /// The frame was entered while tracing (its `call` event is past).
    entered: bool,
    /// `f_trace_lines = False`.
    no_lines: bool,
    /// The line of the last `line` event.
    line: u32,
}

thread_local! {
    static FRAMES: RefCell<std::collections::HashMap<u64, FrameTrace>> = RefCell::new(std::collections::HashMap::new());
}

fn with_state<R>(f: &Frame, op: impl FnOnce(&mut FrameTrace) -> R) -> R {
    FRAMES.with(|m| op(m.borrow_mut().entry(f.serial).or_default()))
}

fn trace_fn(f: &Frame) -> Option<Obj> {
    FRAMES.with(|m| m.borrow().get(&f.serial).and_then(|s| s.func.clone()))
}

fn set_trace_fn(f: &Frame, func: Option<Obj>) {
    let old = with_state(f, |s| std::mem::replace(&mut s.func, func));
    drop(old);
}

/// `frame.f_trace` of a live frame.
pub fn frame_trace(f: &Frame) -> Option<Obj> {
    trace_fn(f)
}

pub fn set_frame_trace(f: &Frame, func: Option<Obj>) {
    set_trace_fn(f, func);
}

pub fn frame_trace_lines(f: &Frame) -> bool {
    FRAMES.with(|m| m.borrow().get(&f.serial).is_none_or(|s| !s.no_lines))
}

pub fn set_frame_trace_lines(f: &Frame, on: bool) {
    with_state(f, |s| s.no_lines = !on);
}

/// A traced frame is (re)entered: the `call` event for a fresh frame or a
/// resumed generator; nothing for a frame that was already running.
/// `line` is where the frame continues: a resumed generator reports no
/// `line` event for the rest of its yield's line.
pub fn on_enter(f: &Frame, fresh: bool, line: u32) -> PyResult<()> {
    let first = with_state(f, |s| {
        let first = !std::mem::replace(&mut s.entered, true);
        if first && !fresh {
            s.line = line;
        }
        first
    });
    if first && (fresh || f.heap.is_some()) {
        on_call(f)?;
    }
    Ok(())
}

/// A generator frame yields: its next resumption is a new `call`.
pub fn on_yield(f: &Frame) {
    with_state(f, |s| s.entered = false);
}

fn on_call(f: &Frame) -> PyResult<()> {
    if let Some(p) = get_profile() {
        call_hook(&p, f, "call", crate::types::none(), false)?;
    }
    if let Some(t) = get_trace() {
        let local = call_hook(&t, f, "call", crate::types::none(), true)?;
        set_trace_fn(f, or_none(local));
    }
    Ok(())
}

/// The frame reaches the first instruction of `line` (`back`: by a jump
/// backwards).
pub fn on_line(f: &Frame, line: u32, back: bool) -> PyResult<()> {
    let changed = with_state(f, |s| {
        let c = s.line != line || back;
        s.line = line;
        c && !s.no_lines
    });
    if !changed || get_trace().is_none() {
        return Ok(());
    }
    let Some(t) = trace_fn(f) else { return Ok(()) };
    let r = call_hook(&t, f, "line", crate::types::none(), true)?;
    set_trace_fn(f, or_none(r));
    Ok(())
}

/// The frame returns (or yields) `v`. A frame that ends forgets its state.
pub fn on_return(f: &Frame, v: &Obj) -> PyResult<()> {
    let r = (|| {
        if let Some(t) = trace_fn(f).filter(|_| get_trace().is_some()) {
            call_hook(&t, f, "return", v.clone(), true)?;
        }
        if let Some(p) = get_profile() {
            call_hook(&p, f, "return", v.clone(), false)?;
        }
        Ok(())
    })();
    let yielded = FRAMES.with(|m| m.borrow().get(&f.serial).is_some_and(|s| !s.entered));
    if !yielded {
        let old = FRAMES.with(|m| m.borrow_mut().remove(&f.serial));
        drop(old);
    }
    r
}

/// An exception is raised in (or propagates through) the frame.
pub fn on_exception(f: &Frame, err: &Obj) -> PyResult<()> {
    let Some(t) = trace_fn(f).filter(|_| get_trace().is_some()) else { return Ok(()) };
    let tb = crate::types::exceptions::as_exc(err).and_then(|e| e.with(|s| s.traceback.clone())).unwrap_or_else(crate::types::none);
    let info = crate::types::tuple::new_tuple(vec![err.type_obj().as_obj(), err.clone(), tb]);
    let r = call_hook(&t, f, "exception", info, true)?;
    set_trace_fn(f, or_none(r));
    Ok(())
}

fn one_hook_arg(what: &str, a: &[Obj]) -> PyResult<Option<Obj>> {
    let [f] = a else { return Err(crate::error::type_error(format!("{what}() takes exactly one argument ({} given)", a.len()))) };
    Ok(or_none(f.clone()))
}

pub fn sys_settrace(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    set_trace(one_hook_arg("settrace", a)?);
    Ok(crate::types::none())
}

pub fn sys_setprofile(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    set_profile(one_hook_arg("setprofile", a)?);
    Ok(crate::types::none())
}

pub fn sys_gettrace(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(get_trace().unwrap_or_else(crate::types::none))
}

pub fn sys_getprofile(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(get_profile().unwrap_or_else(crate::types::none))
}

pub fn sys_settraceallthreads(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    set_all_threads(one_hook_arg("_settraceallthreads", a)?, true);
    Ok(crate::types::none())
}

pub fn sys_setprofileallthreads(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    set_all_threads(one_hook_arg("_setprofileallthreads", a)?, false);
    Ok(crate::types::none())
}
