//! The process functions of `posix`: `fork` with the `register_at_fork`
//! hooks, and `execv`/`execve`; also `closerange` and `getrandom`. Kept
//! apart from posixmod.rs, which holds the file and descriptor layer.

use std::ffi::CString;
use std::os::unix::ffi::OsStringExt;
use std::sync::atomic::{AtomicI32, Ordering as AtomicOrdering};
use std::sync::Mutex;

use crate::error::{type_error, value_error, PyResult};
use crate::object::Obj;
use crate::thread::RUNNING_THREADS;
use crate::posixmod::{last_error, parse_args, path_arg};
use crate::types::int::from_i64;
use crate::types::none;

/// The hooks `register_at_fork` recorded, in registration order.
struct Hooks {
    before: Vec<Obj>,
    child: Vec<Obj>,
    parent: Vec<Obj>,
}

static HOOKS: Mutex<Hooks> = Mutex::new(Hooks { before: Vec::new(), child: Vec::new(), parent: Vec::new() });

fn hooks() -> std::sync::MutexGuard<'static, Hooks> {
    HOOKS.lock().unwrap_or_else(|e| e.into_inner())
}

/// `register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)`.
fn m_register_at_fork(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, _) = crate::builtins::split_kwargs(a, k);
    if !pos.is_empty() {
        return Err(type_error(format!("register_at_fork() takes exactly 0 positional arguments ({} given)", pos.len())));
    }
    let given = parse_args("register_at_fork", a, k, &["before", "after_in_child", "after_in_parent"], 0)?;
    if given.iter().all(Option::is_none) {
        return Err(type_error("At least one argument is required."));
    }
    for (name, f) in ["before", "after_in_child", "after_in_parent"].iter().zip(&given) {
        if let Some(f) = f {
            if f.type_obj().call.is_none() {
                return Err(type_error(format!("'{name}' must be callable, not {}", f.type_obj().name())));
            }
        }
    }
    let mut h = hooks();
    let [b, c, p] = [given[0].clone(), given[1].clone(), given[2].clone()];
    h.before.extend(b);
    h.child.extend(c);
    h.parent.extend(p);
    Ok(none())
}

/// Calls each hook; an exception is reported as unraisable and the rest still run.
fn run_hooks(fs: &[Obj]) {
    for f in fs {
        if let Err(e) = crate::abstract_::call(f, &[], None) {
            let header = match crate::abstract_::repr_string(f) {
                Ok(r) => format!("Exception ignored in: {r}"),
                Err(_) => "Exception ignored in a fork hook".to_string(),
            };
            crate::traceback::report_unraisable(&header, Some(f), &e);
        }
    }
}

/// The process whose first thread is the launcher's, which only waits for
/// the interpreter thread (0: the interpreter runs on the first thread).
static LAUNCHER_PID: AtomicI32 = AtomicI32::new(0);

/// Called at start-up on the interpreter's thread: notes whether another
/// thread (the launcher's) shares the process, so the thread count of
/// `fork()`'s warning leaves it out.
pub fn note_start_thread() {
    // SAFETY: getpid and gettid have no preconditions.
    let (pid, tid) = unsafe { (libc::getpid(), libc::gettid()) };
    if pid != tid {
        LAUNCHER_PID.store(pid, AtomicOrdering::Relaxed);
    }
}

/// The threads of this process (the 20th field of /proc/self/stat), less
/// the launcher's; 0 when unknown.
fn os_thread_count() -> i64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0 };
    let Some(rest) = stat.rfind(')').map(|i| &stat[i + 1..]) else { return 0 };
    let n: i64 = rest.split_whitespace().nth(17).and_then(|f| f.parse().ok()).unwrap_or(0);
    // SAFETY: getpid has no preconditions.
    let pid = unsafe { libc::getpid() };
    if n > 0 && LAUNCHER_PID.load(AtomicOrdering::Relaxed) == pid {
        n - 1
    } else {
        n
    }
}

/// CPython's `warn_about_fork_with_threads`: a DeprecationWarning in the
/// parent when other threads run; a warning turned into an error is dropped.
fn warn_about_fork_with_threads(name: &str) {
    let mut n = os_thread_count();
    if n <= 0 {
        n = RUNNING_THREADS.load(AtomicOrdering::SeqCst) as i64 + 1;
    }
    if n > 1 {
        // SAFETY: getpid has no preconditions.
        let pid = unsafe { libc::getpid() };
        let msg = format!("This process (pid={pid}) is multi-threaded, use of {name}() may lead to deadlocks in the child.");
        let _ = crate::warningsmod::warn(&crate::types::exceptions::DEPRECATION_WARNING, &msg, 1);
    }
}

/// `fork()`: the `before` hooks (last registered first), then fork(2) with
/// the thread registries held (`thread::fork_with`); the child is left with
/// the forking thread as its main thread and runs `after_in_child`, the
/// parent runs `after_in_parent`, then warns when other threads run.
/// Buffered stdout is written first so neither process repeats it.
fn m_fork(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    parse_args("fork", a, k, &[], 0)?;
    if crate::interp::is_finalizing() {
        return Err(crate::error::PyErr::new(&crate::types::exceptions::PYTHON_FINALIZATION_ERROR, "can't fork at interpreter shutdown"));
    }
    let before: Vec<Obj> = hooks().before.iter().rev().cloned().collect();
    run_hooks(&before);
    // As PyOS_BeforeFork: hold the import lock across fork(2), so the child
    // never sees a module another thread is half-way through importing.
    let lock = crate::impmod::the_lock().ok();
    if let Some(l) = &lock {
        crate::abstract_::call(&crate::abstract_::getattr_str(l, "acquire")?, &[], None)?;
    }
    // SAFETY: fork(2) has no memory-safety preconditions; the child goes on
    // with this thread only, and the kernel's per-thread state belongs to it.
    let pid = crate::thread::fork_with(|| unsafe { libc::fork() });
    if let Some(l) = &lock {
        let released = crate::abstract_::call(&crate::abstract_::getattr_str(l, "release")?, &[], None);
        if pid == 0 && released.is_err() {
            // The child's thread is not the owner any more: a fresh lock.
            let fresh = crate::abstract_::call(&l.type_obj().as_obj(), &[], None)?;
            let imp = crate::import::import_module("_imp")?;
            crate::abstract_::setattr(&imp, &crate::types::str::intern("_lock"), Some(&fresh))?;
        } else {
            released?;
        }
    }
    if pid < 0 {
        return Err(last_error());
    }
    if pid == 0 {
        let child = hooks().child.clone();
        run_hooks(&child);
    } else {
        let parent = hooks().parent.clone();
        run_hooks(&parent);
        warn_about_fork_with_threads("fork");
    }
    Ok(from_i64(pid as i64))
}

/// One argv or environment string as C data (str, bytes or os.PathLike).
pub(crate) fn c_string(fname: &str, o: &Obj) -> PyResult<CString> {
    let p = path_arg(fname, o)?;
    CString::new(p.os.into_vec()).map_err(|_| value_error("embedded null byte"))
}

/// The argv of execv/execve: a non-empty tuple or list whose first item is not empty.
fn argv_arg(fname: &str, o: &Obj) -> PyResult<Vec<CString>> {
    let items = if let Some(t) = crate::types::tuple::as_tuple(o) {
        t.to_vec()
    } else if crate::types::list::as_list(o).is_some() {
        crate::abstract_::collect(o)?
    } else {
        return Err(type_error(format!("{fname}() arg 2 must be a tuple or list")));
    };
    if items.is_empty() {
        return Err(value_error(format!("{fname}() arg 2 must not be empty")));
    }
    let argv = items.iter().map(|x| c_string(fname, x)).collect::<PyResult<Vec<_>>>()?;
    if argv[0].as_bytes().is_empty() {
        return Err(value_error(format!("{fname}() arg 2 first element cannot be empty")));
    }
    Ok(argv)
}

/// NULL-terminated pointer arrays over `v` (alive while `v` is).
pub(crate) fn ptrs(v: &[CString]) -> Vec<*const libc::c_char> {
    v.iter().map(|c| c.as_ptr()).chain(std::iter::once(std::ptr::null())).collect()
}

fn exec(path: &Obj, argv: &[CString], env: Option<&[CString]>) -> PyResult {
    let p = path_arg("execv", path)?;
    let c_path = CString::new(p.os.clone().into_vec()).map_err(|_| value_error("embedded null byte"))?;
    let argv_p = ptrs(argv);
    // SAFETY: the path and both arrays are NUL-terminated C data alive for
    // the call; exec only returns on failure.
    unsafe {
        match env {
            Some(env) => {
                let env_p = ptrs(env);
                libc::execve(c_path.as_ptr(), argv_p.as_ptr(), env_p.as_ptr());
            }
            None => {
                libc::execv(c_path.as_ptr(), argv_p.as_ptr());
            }
        }
    }
    // CPython's exec functions report no filename.
    Err(last_error())
}

/// `execv(path, argv)`.
fn m_execv(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("execv", a, k, &["path", "argv"], 2)?;
    let argv = argv_arg("execv", v[1].as_ref().unwrap_or(&none()))?;
    exec(v[0].as_ref().unwrap_or(&none()), &argv, None)
}

/// `execve(path, argv, env)`: `env` is any mapping of str/bytes to str/bytes.
fn m_execve(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("execve", a, k, &["path", "argv", "env"], 3)?;
    let argv = argv_arg("execve", v[1].as_ref().unwrap_or(&none()))?;
    let envp = envp_arg("execve", &v[2].clone().unwrap_or_else(none))?;
    let path = v[0].clone().unwrap_or_else(none);
    if crate::types::int::is_int(&path) {
        // execve(fd, ...): fexecve on an open descriptor of the program.
        let fd = crate::posixfs::fd_arg("execve", &Some(path))?;
        let (argv_p, env_p) = (ptrs(&argv), ptrs(&envp));
        // SAFETY: both arrays are NULL-terminated C data alive for the call;
        // fexecve only returns on failure.
        unsafe { libc::fexecve(fd, argv_p.as_ptr(), env_p.as_ptr()) };
        return Err(last_error());
    }
    exec(v[0].as_ref().unwrap_or(&none()), &argv, Some(&envp))
}

/// An environment mapping as `NAME=value` C strings.
pub(crate) fn envp_arg(fname: &str, env: &Obj) -> PyResult<Vec<CString>> {
    if env.type_obj().lookup(&crate::types::str::intern("__getitem__")).is_none() {
        return Err(type_error(format!("{fname}: environment must be a mapping object")));
    }
    let keys = crate::abstract_::collect(&crate::abstract_::call(&crate::abstract_::getattr_str(env, "keys")?, &[], None)?)?;
    let mut envp = Vec::with_capacity(keys.len());
    for key in keys {
        let value = crate::abstract_::getitem(env, &key)?;
        let mut kb = c_string(fname, &key)?.into_bytes();
        if kb.is_empty() || kb.contains(&b'=') {
            return Err(value_error("illegal environment variable name"));
        }
        kb.push(b'=');
        kb.extend_from_slice(c_string(fname, &value)?.as_bytes());
        envp.push(CString::new(kb).map_err(|_| value_error("embedded null byte"))?);
    }
    Ok(envp)
}

/// An integer argument (`__index__`), with CPython's message otherwise.
fn int_arg(o: Option<&Obj>) -> PyResult<i64> {
    let Some(o) = o else { return Ok(0) };
    let i = crate::abstract_::index(o).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", o.type_obj().name())))?;
    crate::types::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))
}

/// `closerange(fd_low, fd_high)`: closes fd_low <= fd < fd_high, ignoring errors.
fn m_closerange(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("closerange", a, k, &["fd_low", "fd_high"], 2)?;
    let low = int_arg(v[0].as_ref())?.max(0);
    let high = int_arg(v[1].as_ref())?;
    if high <= low {
        return Ok(none());
    }
    // SAFETY: close_range only closes descriptors; its range is checked above.
    let r = unsafe { libc::syscall(libc::SYS_close_range, low as libc::c_uint, (high - 1).min(u32::MAX as i64) as libc::c_uint, 0 as libc::c_uint) };
    if r != 0 {
        // SAFETY: sysconf has no preconditions.
        let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.max(256) as i64;
        for fd in low..high.min(max) {
            // SAFETY: closing a descriptor number; errors are ignored as CPython does.
            unsafe { libc::close(fd as libc::c_int) };
        }
    }
    Ok(none())
}

/// `getrandom(size, flags=0)`: getrandom(2), retried after EINTR.
fn m_getrandom(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("getrandom", a, k, &["size", "flags"], 1)?;
    let size = int_arg(v[0].as_ref())?;
    if size < 0 {
        return Err(crate::types::exceptions::os_error_from_io(&std::io::Error::from_raw_os_error(libc::EINVAL), None));
    }
    let flags = int_arg(v[1].as_ref())? as libc::c_uint;
    let mut buf = vec![0u8; size as usize];
    let mut done = 0;
    while done < buf.len() {
        // SAFETY: the destination is the unfilled tail of `buf`.
        let n = unsafe { libc::getrandom(buf[done..].as_mut_ptr().cast(), buf.len() - done, flags) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                crate::interp::handle_eval_breaker()?;
                continue;
            }
            return Err(crate::types::exceptions::os_error_from_io(&e, None));
        }
        done += n as usize;
        if n == 0 {
            break;
        }
    }
    buf.truncate(done);
    Ok(crate::types::bytes::new_bytes(&buf))
}

/// `wait()`: waits (detached from the runtime) for any child; returns
/// `(pid, status)`. A Ctrl-C raises KeyboardInterrupt, other interruptions
/// retry (PEP 475).
fn m_wait(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    parse_args("wait", a, k, &[], 0)?;
    loop {
        let mut status: libc::c_int = 0;
        crate::interp::detach();
        // SAFETY: `status` is a valid place for the wait status.
        let r = unsafe { libc::wait(&mut status) };
        let err = std::io::Error::last_os_error();
        crate::interp::attach();
        if r >= 0 {
            return Ok(crate::types::tuple::new_tuple(vec![from_i64(r as i64), from_i64(status as i64)]));
        }
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(crate::types::exceptions::os_error_from_io(&err, None));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

/// Adds this file's functions to the `posix` dict.
pub fn register(d: &Obj) {
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] =
        &[("register_at_fork", m_register_at_fork), ("fork", m_fork), ("wait", m_wait), ("execv", m_execv), ("execve", m_execve), ("closerange", m_closerange), ("getrandom", m_getrandom)];
    for (name, f) in funcs {
        crate::types::dict::set_item_str(d, name, crate::types::function::new_builtin(name, *f, none(), Some("posix")));
    }
    for (name, v) in [("GRND_NONBLOCK", libc::GRND_NONBLOCK), ("GRND_RANDOM", libc::GRND_RANDOM)] {
        crate::types::dict::set_item_str(d, name, from_i64(v as i64));
    }
}
