//! `sys._current_frames()` and `sys._current_exceptions()`: every thread's
//! innermost frame, and the exception it is handling.
//!
//! Another thread's frames may only be read while they cannot change. Each
//! thread that runs Python code has a [`Slot`] saying whether it is attached
//! to the runtime. A detached thread (blocked in a lock, a sleep, I/O) left
//! its innermost frame in the slot when it detached, and cannot attach again
//! while the asking thread holds the slot's mutex, so its frames are read
//! directly. An attached thread is asked through the eval breaker
//! ([`EVAL_BREAKER_FRAMES`]): at its next check, or when it detaches, it
//! takes the snapshot of its own frames and hands it over. The asking thread
//! waits detached, so the two can ask each other at once, and under the GIL
//! the asked thread can run.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use crate::eval::Frame;
use crate::object::Obj;

/// The eval-breaker bit asking attached threads to serve a frames request
/// (kernel-private: the runtime components only touch their own bits).
pub const EVAL_BREAKER_FRAMES: u32 = 1 << 8;

struct FramePtr(*const Frame);
// SAFETY: the pointer is only dereferenced by another thread while the
// owning thread is detached and held off attaching by the slot's mutex, so
// the frame chain it leads to is alive and unchanged (see `chain`).
unsafe impl Send for FramePtr {}

struct Reply(Option<Obj>);
// SAFETY: a frame snapshot (or an exception) taken by one thread and handed to the asking
// thread, which takes it under the slot's mutex; frame objects are
// refcounted with the mode's atomic or GIL-protected counts like any object
// shared between threads.
unsafe impl Send for Reply {}

#[derive(Default)]
struct State {
    attached: bool,
    /// The innermost frame when the thread detached.
    top: Option<FramePtr>,
    /// The exception it was handling when it detached.
    handled: Option<Reply>,
    /// Asked for a snapshot of its frames (or for its exception).
    request: bool,
    want_exception: bool,
    reply: Option<Reply>,
}

#[derive(Default)]
struct Slot {
    state: Mutex<State>,
    cv: Condvar,
}

fn lock(m: &Mutex<State>) -> MutexGuard<'_, State> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

static SLOTS: Mutex<Vec<(usize, Arc<Slot>)>> = Mutex::new(Vec::new());
/// Requests waiting for a reply; the breaker bit stays set while any is.
static PENDING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

thread_local! {
    static MINE: std::cell::RefCell<Option<Arc<Slot>>> = const { std::cell::RefCell::new(None) };
}

fn my_slot() -> Arc<Slot> {
    MINE.with(|m| {
        m.borrow_mut()
            .get_or_insert_with(|| {
                let s = Arc::new(Slot::default());
                SLOTS.lock().unwrap_or_else(|e| e.into_inner()).push((crate::thread::get_ident(), s.clone()));
                s
            })
            .clone()
    })
}

/// Snapshots of the frame chain from `top` outwards, each one's `f_back`
/// the next (None for a thread with no Python frame).
fn chain(top: *const Frame) -> Option<Obj> {
    let mut frames = vec![];
    let mut p = top;
    while !p.is_null() {
        frames.push(p);
        // SAFETY: `top` is the innermost frame of a thread that is either the
        // caller or held still (detached, or serving a request itself), and
        // `back` links only frames that outlive the frames they called.
        p = unsafe { (*p).back };
    }
    let mut back = None;
    for &f in frames.iter().rev() {
        // SAFETY: as above, every frame of the chain is alive.
        back = Some(crate::types::frame::snapshot_with_back(unsafe { &*f }, back));
    }
    back
}

fn current_top() -> *const Frame {
    crate::eval::with_current_frame(|f| f.map(|f| f as *const Frame).unwrap_or(std::ptr::null()))
}

/// Serves a pending request on this thread (called while attached).
fn serve(st: &mut State, slot: &Slot) {
    if st.request {
        st.request = false;
        st.reply = Some(Reply(if st.want_exception { crate::thread::handled() } else { chain(current_top()) }));
        slot.cv.notify_all();
    }
}

/// The thread attached to the runtime (it may now change its frames).
pub fn attached() {
    let slot = my_slot();
    let mut st = lock(&slot.state);
    st.attached = true;
    st.top = None;
    let old = st.handled.take();
    drop(st);
    drop(old);
}

/// The thread is about to detach: a pending request is served first, and
/// the innermost frame is left for direct reading.
pub fn detaching() {
    let slot = my_slot();
    let mut st = lock(&slot.state);
    serve(&mut st, &slot);
    st.attached = false;
    st.top = Some(FramePtr(current_top()));
    st.handled = Some(Reply(crate::thread::handled()));
}

/// The eval breaker's frames bit: serves this thread's request, if any
/// (the bit goes when no request waits; a waiting asker sets it again).
pub fn serve_pending() {
    if PENDING.load(Ordering::Acquire) == 0 {
        crate::interp::EVAL_BREAKER.fetch_and(!EVAL_BREAKER_FRAMES, Ordering::AcqRel);
    }
    let slot = my_slot();
    let mut st = lock(&slot.state);
    serve(&mut st, &slot);
}

/// A thread that ran Python code is ending (after its last detach).
pub fn thread_ended() {
    if let Some(s) = MINE.with(|m| m.borrow_mut().take()) {
        SLOTS.lock().unwrap_or_else(|e| e.into_inner()).retain(|(_, x)| !Arc::ptr_eq(x, &s));
    }
}

/// The slot registry, held across fork(2) (`thread::fork_with`) so the
/// child does not inherit it locked by a thread that is not there.
pub struct ForkGuard(MutexGuard<'static, Vec<(usize, Arc<Slot>)>>);

pub fn lock_for_fork() -> ForkGuard {
    ForkGuard(SLOTS.lock().unwrap_or_else(|e| e.into_inner()))
}

/// In a fork child only the forking thread exists (now with ident `me`).
pub fn after_fork_child(mut g: ForkGuard, me: usize) {
    let mine = MINE.with(|m| m.borrow().clone());
    g.0.retain(|(_, x)| mine.as_ref().is_some_and(|m| Arc::ptr_eq(x, m)));
    for e in g.0.iter_mut() {
        e.0 = me;
    }
}

/// `sys._current_frames()`.
pub fn current_frames() -> crate::error::PyResult {
    gather(false)
}

/// `sys._current_exceptions()`: None for a thread handling none.
pub fn current_exceptions() -> crate::error::PyResult {
    gather(true)
}

fn gather(want_exception: bool) -> crate::error::PyResult {
    let d = crate::types::dict::new_dict();
    let dict = crate::types::dict::as_dict(&d).expect("dict");
    let me = my_slot();
    let others: Vec<(usize, Arc<Slot>)> =
        SLOTS.lock().unwrap_or_else(|e| e.into_inner()).iter().filter(|(_, s)| !Arc::ptr_eq(s, &me)).cloned().collect();
    let int = |i: usize| crate::types::int::from_i64(i as i64);
    if want_exception {
        dict.set(int(crate::thread::get_ident()), crate::thread::handled().unwrap_or_else(crate::types::none))?;
    } else if let Some(f) = crate::eval::with_current_frame(|f| f.map(crate::types::frame::snapshot)) {
        dict.set(int(crate::thread::get_ident()), f)?;
    }
    for (ident, slot) in others {
        let mut st = lock(&slot.state);
        // One request at a time per thread: another asker's request or
        // unclaimed reply is waited out (detached, so that asker can run).
        while st.attached && (st.request || st.reply.is_some()) {
            drop(st);
            crate::interp::detach();
            std::thread::sleep(std::time::Duration::from_millis(1));
            crate::interp::attach();
            st = lock(&slot.state);
        }
        let frame = if !st.attached {
            if want_exception {
                st.handled.as_ref().and_then(|h| h.0.clone())
            } else {
                let top = st.top.as_ref().map(|p| p.0).unwrap_or(std::ptr::null());
                chain(top)
            }
        } else {
            st.request = true;
            st.want_exception = want_exception;
            drop(st);
            PENDING.fetch_add(1, Ordering::AcqRel);
            crate::interp::EVAL_BREAKER.fetch_or(EVAL_BREAKER_FRAMES, Ordering::AcqRel);
            crate::interp::detach();
            let mut st = lock(&slot.state);
            while st.reply.is_none() {
                st = slot.cv.wait_timeout(st, std::time::Duration::from_millis(5)).map(|(g, _)| g).unwrap_or_else(|e| e.into_inner().0);
                // Another request may have cleared the bit meanwhile.
                if st.reply.is_none() {
                    crate::interp::EVAL_BREAKER.fetch_or(EVAL_BREAKER_FRAMES, Ordering::AcqRel);
                }
            }
            let reply = st.reply.take();
            drop(st);
            PENDING.fetch_sub(1, Ordering::AcqRel);
            crate::interp::attach();
            reply.and_then(|r| r.0)
        };
        match frame {
            Some(f) => dict.set(int(ident), f)?,
            None if want_exception => dict.set(int(ident), crate::types::none())?,
            None => {}
        }
    }
    Ok(d)
}
