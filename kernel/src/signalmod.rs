//! `_signal`: Python-level signal handlers. The C handler (`on_signal`)
//! only marks the signal pending in an atomic array, writes the signal
//! number to the wakeup fd if one is set, and raises the eval breaker's
//! signal bit; the main thread runs the Python handlers at its next
//! breaker check (`run_pending`, called from `interp::handle_eval_breaker`),
//! as CPython does. SIGINT with `default_int_handler` keeps the kernel's own
//! path (`interp::on_sigint`, KeyboardInterrupt, blocking waits that wake
//! on Ctrl-C).

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Mutex;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::function::new_builtin;
use crate::types::int::{as_i64, from_i64};
use crate::types::none;

const NSIG: usize = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);
/// The Python handler of each signal (None: not set from Python and not
/// known); filled when the module is created.
static HANDLERS: Mutex<Vec<Option<Obj>>> = Mutex::new(Vec::new());
/// `default_int_handler`, kept to recognise it.
static DEFAULT_INT: Mutex<Option<Obj>> = Mutex::new(None);
/// `ItimerError`, raised by setitimer/getitimer.
static ITIMER_ERROR: Mutex<Option<Obj>> = Mutex::new(None);

/// Writes the signal number to the wakeup fd (async-signal-safe).
pub fn wakeup(sig: libc::c_int) {
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = [sig as u8];
        // SAFETY: write(2) is async-signal-safe; `b` is a live one-byte buffer.
        unsafe { libc::write(fd, b.as_ptr().cast(), 1) };
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    if sig > 0 && (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::Release);
    }
    wakeup(sig);
    crate::interp::EVAL_BREAKER.fetch_or(pyk_abi::component::EVAL_BREAKER_SIGNAL, Ordering::AcqRel);
}

/// Ends the process by SIGINT with its default action (after an uncaught
/// KeyboardInterrupt, as CPython does); returns if the signal did not kill
/// the process (the caller then exits with 130).
pub fn exit_by_sigint() {
    // SAFETY: resetting SIGINT's action, unblocking it in this thread and
    // sending it to this process are plain system calls on valid arguments.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}

/// Blocks every signal in the calling thread (the launcher's first thread,
/// which only waits for the interpreter thread), so that a signal sent to
/// the process is delivered to a thread running Python and, for `kill`
/// of its own pid, before the sender returns from the system call.
pub fn block_all_in_this_thread() {
    // SAFETY: sigfillset initialises `set`; pthread_sigmask changes only this
    // thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

fn handlers() -> std::sync::MutexGuard<'static, Vec<Option<Obj>>> {
    HANDLERS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs the Python handlers of the pending signals (main thread, from the
/// eval breaker). An exception from a handler propagates; signals still
/// pending then re-arm the breaker.
pub fn run_pending() -> PyResult<()> {
    for sig in 1..NSIG {
        if !PENDING[sig].swap(false, Ordering::AcqRel) {
            continue;
        }
        let h = handlers().get(sig).cloned().flatten();
        let Some(h) = h else { continue };
        if as_i64(&h).is_some() || h.type_obj().call.is_none() {
            continue;
        }
        let frame = crate::types::frame::getframe(0).unwrap_or_else(|_| none());
        if let Err(e) = crate::abstract_::call(&h, &[from_i64(sig as i64), frame], None) {
            if PENDING.iter().any(|p| p.load(Ordering::Acquire)) {
                crate::interp::EVAL_BREAKER.fetch_or(pyk_abi::component::EVAL_BREAKER_SIGNAL, Ordering::AcqRel);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// `_thread.interrupt_main(sig)`: the signal as if it had arrived, for its
/// Python-level handler; nothing when it is ignored or left at its default
/// (CPython's `PyErr_SetInterruptEx`). SIGINT before `signal` is imported
/// is the kernel's Ctrl-C.
pub fn simulate(sig: libc::c_int) {
    let h = handlers().get(sig as usize).cloned().flatten();
    match h {
        None if sig == libc::SIGINT => crate::interp::interrupt_main(),
        Some(h) if is_default_int(&h) => crate::interp::interrupt_main(),
        Some(h) if as_i64(&h).is_none() && h.type_obj().call.is_some() => {
            PENDING[sig as usize].store(true, Ordering::Release);
            crate::interp::EVAL_BREAKER.fetch_or(pyk_abi::component::EVAL_BREAKER_SIGNAL, Ordering::AcqRel);
        }
        _ => {}
    }
}

fn os_err() -> PyErr {
    crate::types::exceptions::os_error_from_io(&std::io::Error::last_os_error(), None)
}

fn int_arg(fname: &str, o: &Obj) -> PyResult<i64> {
    let i = crate::abstract_::index(o).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", o.type_obj().name())))?;
    let _ = fname;
    as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))
}

fn signum(o: &Obj) -> PyResult<libc::c_int> {
    let s = int_arg("", o)?;
    if s < 1 || s >= NSIG as i64 {
        return Err(value_error("signal number out of range"));
    }
    Ok(s as libc::c_int)
}

fn args_n<'a>(fname: &str, a: &'a [Obj], k: Option<&Obj>, n: usize) -> PyResult<&'a [Obj]> {
    crate::builtins::no_kwargs(fname, k)?;
    if a.len() != n {
        let plural = if n == 1 { "" } else { "s" };
        return Err(type_error(format!("{fname} expected {n} argument{plural}, got {}", a.len())));
    }
    Ok(a)
}

fn is_default_int(h: &Obj) -> bool {
    DEFAULT_INT.lock().unwrap_or_else(|e| e.into_inner()).as_ref().is_some_and(|d| d.is(h))
}

fn install(sig: libc::c_int, action: libc::sighandler_t) -> PyResult<()> {
    // SAFETY: a zeroed sigaction with an empty mask is valid; the handlers
    // installed only touch atomics and write(2), which are async-signal-safe.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = libc::SA_ONSTACK;
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(os_err());
        }
    }
    Ok(())
}

fn m_signal(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("signal", a, k, 2)?;
    let sig = signum(&a[0])?;
    if !crate::interp::is_main_thread() {
        return Err(value_error("signal only works in main thread of the main interpreter"));
    }
    let h = &a[1];
    let action: libc::sighandler_t = match as_i64(h) {
        Some(SIG_DFL) => libc::SIG_DFL,
        Some(SIG_IGN) => libc::SIG_IGN,
        _ if h.type_obj().call.is_some() && as_i64(h).is_none() => {
            if sig == libc::SIGINT && is_default_int(h) {
                crate::interp::sigint_action()
            } else {
                on_signal as *const () as usize
            }
        }
        _ => return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    install(sig, action)?;
    let old = std::mem::replace(&mut handlers()[sig as usize], Some(h.clone()));
    Ok(old.unwrap_or_else(none))
}

fn m_getsignal(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("getsignal", a, k, 1)?;
    let sig = signum(&a[0])?;
    Ok(handlers()[sig as usize].clone().unwrap_or_else(none))
}

fn m_default_int_handler(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Err(PyErr::empty(&crate::types::exceptions::KEYBOARD_INTERRUPT))
}

fn m_alarm(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("alarm", a, k, 1)?;
    let s = int_arg("alarm", &a[0])?;
    let s = u32::try_from(s).map_err(|_| crate::error::overflow_error("Python int too large to convert to C unsigned int"))?;
    // SAFETY: alarm has no preconditions.
    Ok(from_i64(unsafe { libc::alarm(s) } as i64))
}

fn m_pause(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    args_n("pause", a, k, 0)?;
    crate::interp::detach();
    // SAFETY: pause has no preconditions; it returns when a handler ran.
    unsafe { libc::pause() };
    crate::interp::attach();
    crate::interp::handle_eval_breaker()?;
    Ok(none())
}

fn m_raise_signal(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("raise_signal", a, k, 1)?;
    let sig = signum(&a[0])?;
    // SAFETY: raise has no memory preconditions.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(os_err());
    }
    crate::interp::handle_eval_breaker()?;
    Ok(none())
}

fn m_strsignal(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("strsignal", a, k, 1)?;
    let sig = signum(&a[0])?;
    // SAFETY: strsignal returns NULL or a NUL-terminated string, read at once.
    let s = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return Ok(none());
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if s.contains("Unknown signal") || s.contains("Real-time signal") {
        return Ok(none());
    }
    Ok(crate::types::str::new_str(&s))
}

fn set_of_sigset(set: &libc::sigset_t) -> PyResult {
    let out = crate::types::set::new_set();
    let s = crate::types::set::as_anyset(&out).expect("set");
    for sig in 1..NSIG as libc::c_int {
        // SAFETY: `set` is an initialised sigset.
        if unsafe { libc::sigismember(set, sig) } == 1 {
            s.add(from_i64(sig as i64))?;
        }
    }
    Ok(out)
}

fn sigset_of(o: &Obj) -> PyResult<libc::sigset_t> {
    // SAFETY: sigemptyset initialises the set.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut set) };
    for item in crate::abstract_::collect(o)? {
        let sig = int_arg("", &item)?;
        if sig < 1 || sig >= NSIG as i64 {
            return Err(value_error(format!("signal number {sig} out of range [1; {}]", NSIG - 1)));
        }
        // SAFETY: `set` is initialised and `sig` in range.
        unsafe { libc::sigaddset(&mut set, sig as libc::c_int) };
    }
    Ok(set)
}

fn m_valid_signals(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    args_n("valid_signals", a, k, 0)?;
    // SAFETY: sigfillset initialises the set.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigfillset(&mut set) };
    set_of_sigset(&set)
}

fn m_pthread_sigmask(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("pthread_sigmask", a, k, 2)?;
    let how = int_arg("", &a[0])? as libc::c_int;
    let set = sigset_of(&a[1])?;
    // SAFETY: both sets are valid; `old` receives the previous mask.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if r != 0 {
        return Err(crate::types::exceptions::os_error_from_io(&std::io::Error::from_raw_os_error(r), None));
    }
    crate::interp::handle_eval_breaker()?;
    set_of_sigset(&old)
}

/// `pthread_kill(thread_id, signalnum)`: thread_id is a `threading`
/// ident; signal 0 only checks that the thread is alive.
fn m_pthread_kill(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("pthread_kill", a, k, 2)?;
    let ident = crate::abstract_::index(&a[0]).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", a[0].type_obj().name())))?;
    let ident = crate::types::int::as_i64(&ident).and_then(|i| usize::try_from(i).ok());
    let sig = int_arg("", &a[1])?;
    let sig = libc::c_int::try_from(sig).map_err(|_| crate::error::overflow_error("signed integer is greater than maximum"))?;
    let r = ident.and_then(|i| crate::thread::pthread_kill(i, sig)).unwrap_or(libc::ESRCH);
    if r != 0 {
        return Err(crate::types::exceptions::os_error_from_io(&std::io::Error::from_raw_os_error(r), None));
    }
    crate::interp::handle_eval_breaker()?;
    Ok(none())
}

fn m_sigpending(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    args_n("sigpending", a, k, 0)?;
    // SAFETY: `set` receives the pending set.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(os_err());
    }
    set_of_sigset(&set)
}

fn m_sigwait(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("sigwait", a, k, 1)?;
    let set = sigset_of(&a[0])?;
    let mut sig: libc::c_int = 0;
    crate::interp::detach();
    // SAFETY: `set` is valid, `sig` receives the signal number.
    let r = unsafe { libc::sigwait(&set, &mut sig) };
    crate::interp::attach();
    if r != 0 {
        return Err(crate::types::exceptions::os_error_from_io(&std::io::Error::from_raw_os_error(r), None));
    }
    Ok(from_i64(sig as i64))
}

fn m_set_wakeup_fd(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    for (name, _) in &kws {
        if *name != "warn_on_full_buffer" {
            return Err(type_error(format!("set_wakeup_fd() got an unexpected keyword argument '{name}'")));
        }
    }
    let [fd] = pos else { return Err(type_error(format!("set_wakeup_fd() takes exactly 1 positional argument ({} given)", pos.len()))) };
    let fd = int_arg("", fd)?;
    if !crate::interp::is_main_thread() {
        return Err(value_error("set_wakeup_fd only works in main thread of the main interpreter"));
    }
    if fd != -1 {
        let fd = libc::c_int::try_from(fd).map_err(|_| crate::error::overflow_error("Python int too large to convert to C int"))?;
        // SAFETY: F_GETFL takes no pointer argument.
        let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if fl < 0 {
            return Err(os_err());
        }
        if fl & libc::O_NONBLOCK == 0 {
            return Err(value_error(format!("the fd {fd} must be in non-blocking mode")));
        }
    }
    Ok(from_i64(WAKEUP_FD.swap(fd as i32, Ordering::AcqRel) as i64))
}

fn m_siginterrupt(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("siginterrupt", a, k, 2)?;
    let sig = signum(&a[0])?;
    let flag = crate::abstract_::is_true(&a[1])?;
    // SAFETY: read-modify-write of the signal's action through valid structs.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut sa) != 0 {
            return Err(os_err());
        }
        if flag {
            sa.sa_flags &= !libc::SA_RESTART;
        } else {
            sa.sa_flags |= libc::SA_RESTART;
        }
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(os_err());
        }
    }
    Ok(none())
}

fn tv_secs(tv: &libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6
}

fn timeval(s: f64) -> libc::timeval {
    let sec = s.floor();
    let mut usec = ((s - sec) * 1e6).ceil() as i64;
    let mut sec = sec as i64;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    libc::timeval { tv_sec: sec as libc::time_t, tv_usec: usec as libc::suseconds_t }
}

fn itimer_error() -> PyErr {
    let e = std::io::Error::last_os_error();
    let cls = ITIMER_ERROR.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let code = e.raw_os_error().unwrap_or(0);
    match cls {
        Some(c) => match crate::abstract_::call(&c, &[from_i64(code as i64), crate::posixmod::strerror_obj(code)], None) {
            Ok(inst) => PyErr(inst),
            Err(e) => e,
        },
        None => crate::types::exceptions::os_error_from_io(&e, None),
    }
}

fn itimer_pair(v: &libc::itimerval) -> Obj {
    crate::types::tuple::new_tuple(vec![crate::types::float::new_float(tv_secs(&v.it_value)), crate::types::float::new_float(tv_secs(&v.it_interval))])
}

fn m_setitimer(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("setitimer", k)?;
    if a.len() < 2 || a.len() > 3 {
        return Err(type_error(format!("setitimer expected at least 2 arguments, got {}", a.len())));
    }
    let which = int_arg("", &a[0])? as libc::c_int;
    let secs = |o: &Obj| -> PyResult<f64> {
        crate::types::float::as_f64(o)
            .or_else(|| as_i64(o).map(|i| i as f64))
            .ok_or_else(|| type_error(format!("must be real number, not {}", o.type_obj().name())))
    };
    let value = secs(&a[1])?;
    let interval = if a.len() == 3 { secs(&a[2])? } else { 0.0 };
    let new = libc::itimerval { it_value: timeval(value), it_interval: timeval(interval) };
    // SAFETY: `new` and `old` are valid itimervals.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which, &new, &mut old) } != 0 {
        return Err(itimer_error());
    }
    Ok(itimer_pair(&old))
}

fn m_getitimer(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = args_n("getitimer", a, k, 1)?;
    let which = int_arg("", &a[0])? as libc::c_int;
    // SAFETY: `cur` receives the timer.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::getitimer(which, &mut cur) } != 0 {
        return Err(itimer_error());
    }
    Ok(itimer_pair(&cur))
}

const SIGNALS: &[(&str, libc::c_int)] = &[
    ("SIGHUP", libc::SIGHUP), ("SIGINT", libc::SIGINT), ("SIGQUIT", libc::SIGQUIT), ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP), ("SIGABRT", libc::SIGABRT), ("SIGIOT", libc::SIGIOT), ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE), ("SIGKILL", libc::SIGKILL), ("SIGUSR1", libc::SIGUSR1), ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2), ("SIGPIPE", libc::SIGPIPE), ("SIGALRM", libc::SIGALRM), ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT), ("SIGCHLD", libc::SIGCHLD), ("SIGCONT", libc::SIGCONT), ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP), ("SIGTTIN", libc::SIGTTIN), ("SIGTTOU", libc::SIGTTOU), ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU), ("SIGXFSZ", libc::SIGXFSZ), ("SIGVTALRM", libc::SIGVTALRM), ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH), ("SIGIO", libc::SIGIO), ("SIGPOLL", libc::SIGPOLL), ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

pub fn make_module() -> PyResult {
    let m = crate::types::module::new_module("_signal", Some("Installing Python functions as signal handlers, and related calls."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("signal", m_signal),
        ("getsignal", m_getsignal),
        ("default_int_handler", m_default_int_handler),
        ("alarm", m_alarm),
        ("pause", m_pause),
        ("raise_signal", m_raise_signal),
        ("strsignal", m_strsignal),
        ("valid_signals", m_valid_signals),
        ("pthread_sigmask", m_pthread_sigmask),
        ("pthread_kill", m_pthread_kill),
        ("sigpending", m_sigpending),
        ("sigwait", m_sigwait),
        ("set_wakeup_fd", m_set_wakeup_fd),
        ("siginterrupt", m_siginterrupt),
        ("setitimer", m_setitimer),
        ("getitimer", m_getitimer),
    ];
    for (name, f) in funcs {
        set_item_str(&d, name, new_builtin(name, *f, none(), Some("_signal")));
    }
    let dih = crate::types::dict::get_str(&d, &crate::types::str::istr("default_int_handler")).expect("just added");
    *DEFAULT_INT.lock().unwrap_or_else(|e| e.into_inner()) = Some(dih.clone());
    for (name, v) in SIGNALS {
        set_item_str(&d, name, from_i64(*v as i64));
    }
    for (name, v) in [
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("NSIG", NSIG as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("ITIMER_REAL", libc::ITIMER_REAL as i64),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
        ("ITIMER_PROF", libc::ITIMER_PROF as i64),
        ("SIGRTMIN", libc::SIGRTMIN() as i64),
        ("SIGRTMAX", libc::SIGRTMAX() as i64),
    ] {
        set_item_str(&d, name, from_i64(v));
    }
    let ns = crate::types::dict::new_dict();
    set_item_str(&ns, "__module__", crate::types::str::new_str("signal"));
    let itimer = crate::types::class::new_heap_type("ItimerError", &[crate::types::exceptions::OS_ERROR.as_obj()], &ns)?;
    *ITIMER_ERROR.lock().unwrap_or_else(|e| e.into_inner()) = Some(itimer.clone());
    set_item_str(&d, "ItimerError", itimer);
    // What each signal does now: SIG_DFL, SIG_IGN, default_int_handler for
    // the kernel's SIGINT handler, None for a handler Python did not set.
    let mut hs = handlers();
    if hs.is_empty() {
        hs.resize(NSIG, None);
        for (sig, slot) in hs.iter_mut().enumerate().skip(1) {
            // SAFETY: querying the current action into a valid struct.
            let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
            if unsafe { libc::sigaction(sig as libc::c_int, std::ptr::null(), &mut sa) } != 0 {
                continue;
            }
            *slot = if sig as libc::c_int == libc::SIGINT && sa.sa_sigaction == crate::interp::sigint_action() {
                Some(dih.clone())
            } else if sa.sa_sigaction == libc::SIG_DFL {
                Some(from_i64(SIG_DFL))
            } else if sa.sa_sigaction == libc::SIG_IGN {
                Some(from_i64(SIG_IGN))
            } else {
                None
            };
        }
    }
    drop(hs);
    Ok(m)
}
