//! Runtime component "gil": one global interpreter lock, handed over on a
//! switch interval (`sys.setswitchinterval`, default 5 ms) and around
//! blocking calls.
//!
//! A thread that waits longer than the interval sets the GIL-drop bit of the
//! kernel's eval breaker; the holder sees it at its next backward jump or
//! call, releases the lock and waits until another thread has taken it
//! (forced switching, so the waiter is not starved).
//!
//! fork(2) copies only the forking thread. Handlers registered with
//! `pthread_atfork` hold the state's mutex across the fork (so no other
//! thread holds it in the copy) and, in the child, leave the lock with the
//! forking thread if it held it (free otherwise), with no waiters and no
//! pending drop request: the waiters of the parent do not exist there.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use abi_stable::export_root_module;
use abi_stable::prefix_type::PrefixTypeTrait;
use pyk_abi::component::{
    guard, ComponentInfo, ComponentKind, RuntimeHandle, RuntimeHooks, RuntimeMod, RuntimeModRef, EVAL_BREAKER_GIL_DROP,
};
use pyk_abi::value::ThreadingMode;

struct State {
    locked: bool,
    switches: u64,
    waiters: usize,
}

struct Gil {
    state: Mutex<State>,
    cond: Condvar,
    switched: Condvar,
    interval_bits: AtomicU64,
    breaker: *const AtomicU32,
}

// SAFETY: `breaker` points to the kernel's static AtomicU32, valid for the
// whole process and designed for concurrent access.
unsafe impl Sync for Gil {}
// SAFETY: as above.
unsafe impl Send for Gil {}

impl Gil {
    fn breaker(&self) -> &AtomicU32 {
        // SAFETY: see the Sync impl.
        unsafe { &*self.breaker }
    }

    fn interval(&self) -> Duration {
        Duration::from_secs_f64(f64::from_bits(self.interval_bits.load(Ordering::Relaxed)))
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn attach(&self) {
        let mut s = self.lock();
        while s.locked {
            let seen = s.switches;
            s.waiters += 1;
            let (g, to) = self.cond.wait_timeout(s, self.interval()).unwrap_or_else(|e| e.into_inner());
            s = g;
            s.waiters -= 1;
            if to.timed_out() && s.locked && s.switches == seen {
                self.breaker().fetch_or(EVAL_BREAKER_GIL_DROP, Ordering::AcqRel);
            }
        }
        s.locked = true;
        s.switches += 1;
        HOLDS.with(|h| h.set(true));
        if s.waiters == 0 {
            self.breaker().fetch_and(!EVAL_BREAKER_GIL_DROP, Ordering::AcqRel);
        }
        drop(s);
        self.switched.notify_all();
    }

    fn detach(&self) {
        let mut s = self.lock();
        HOLDS.with(|h| h.set(false));
        s.locked = false;
        drop(s);
        self.cond.notify_one();
    }

    fn yield_now(&self) {
        let mut s = self.lock();
        self.breaker().fetch_and(!EVAL_BREAKER_GIL_DROP, Ordering::AcqRel);
        if s.waiters == 0 {
            return;
        }
        let seen = s.switches;
        HOLDS.with(|h| h.set(false));
        s.locked = false;
        self.cond.notify_one();
        while s.switches == seen && s.waiters > 0 {
            s = self.switched.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        drop(s);
        self.attach();
    }
}

thread_local! {
    /// Whether this thread holds the lock.
    static HOLDS: Cell<bool> = const { Cell::new(false) };
    /// The state's guard, held by the forking thread across fork(2).
    static FORK_GUARD: RefCell<Option<MutexGuard<'static, State>>> = const { RefCell::new(None) };
}

/// The process's lock, for the fork handlers (set once by `create`).
static THE_GIL: AtomicPtr<Gil> = AtomicPtr::new(std::ptr::null_mut());

fn the_gil() -> Option<&'static Gil> {
    // SAFETY: a non-null pointer is the leaked Gil of create(), alive for
    // the whole process.
    unsafe { THE_GIL.load(Ordering::Acquire).as_ref() }
}

extern "C" fn before_fork() {
    if let Some(g) = the_gil() {
        let s = g.lock();
        FORK_GUARD.with(|f| *f.borrow_mut() = Some(s));
    }
}

extern "C" fn after_fork_parent() {
    drop(FORK_GUARD.with(|f| f.borrow_mut().take()));
}

extern "C" fn after_fork_child() {
    let Some(mut s) = FORK_GUARD.with(|f| f.borrow_mut().take()) else { return };
    s.locked = HOLDS.with(|h| h.get());
    s.waiters = 0;
    s.switches += 1;
    if let Some(g) = the_gil() {
        g.breaker().fetch_and(!EVAL_BREAKER_GIL_DROP, Ordering::AcqRel);
    }
    drop(s);
}

fn gil(h: RuntimeHandle) -> &'static Gil {
    // SAFETY: handles come from create(), which leaks a Gil for the process.
    unsafe { &*(h.0 as *const Gil) }
}

extern "C" fn info() -> ComponentInfo {
    ComponentInfo {
        kind: ComponentKind::Runtime,
        name: "gil".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: "one global interpreter lock".into(),
    }
}

extern "C" fn mode() -> ThreadingMode {
    ThreadingMode::Gil
}

extern "C" fn create(hooks: RuntimeHooks) -> RuntimeHandle {
    guard(|_| RuntimeHandle(std::ptr::null_mut()), || {
        let g = Box::new(Gil {
            state: Mutex::new(State { locked: false, switches: 0, waiters: 0 }),
            cond: Condvar::new(),
            switched: Condvar::new(),
            interval_bits: AtomicU64::new(0.005f64.to_bits()),
            breaker: hooks.eval_breaker as *const AtomicU32,
        });
        let p = Box::into_raw(g);
        if THE_GIL.compare_exchange(std::ptr::null_mut(), p, Ordering::AcqRel, Ordering::Acquire).is_ok() {
            // SAFETY: the handlers are plain functions that live as long as
            // this library, which is never unloaded.
            unsafe { libc::pthread_atfork(Some(before_fork), Some(after_fork_parent), Some(after_fork_child)) };
        }
        RuntimeHandle(p as *mut u8)
    })
}

extern "C" fn attach(h: RuntimeHandle) {
    guard(|_| (), || gil(h).attach())
}

extern "C" fn detach(h: RuntimeHandle) {
    guard(|_| (), || gil(h).detach())
}

extern "C" fn yield_now(h: RuntimeHandle) {
    guard(|_| (), || gil(h).yield_now())
}

extern "C" fn set_switch_interval(h: RuntimeHandle, seconds: f64) {
    guard(|_| (), || gil(h).interval_bits.store(seconds.max(1e-6).to_bits(), Ordering::Relaxed))
}

extern "C" fn switch_interval(h: RuntimeHandle) -> f64 {
    guard(|_| 0.005, || f64::from_bits(gil(h).interval_bits.load(Ordering::Relaxed)))
}

#[export_root_module]
pub fn get_library() -> RuntimeModRef {
    RuntimeMod { info, mode, create, attach, detach, yield_now, set_switch_interval, switch_interval }.leak_into_prefix()
}
