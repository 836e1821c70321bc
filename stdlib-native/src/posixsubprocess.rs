//! `_posixsubprocess`: `fork_exec` with CPython 3.13's 23 positional
//! arguments, as `subprocess.Popen._execute_child` calls it. Everything the
//! child needs (argv, envp, paths, the descriptors to keep) is prepared
//! before fork(2); between fork and exec the child makes only
//! async-signal-safe system calls on that prepared data, except for a
//! `preexec_fn`, which runs Python code there as CPython does. Errors reach
//! the parent through `errpipe_write` in the form `_execute_child` parses:
//! `OSError:<hex errno>:[noexec]` or `SubprocessError:0:<message>`.

use std::ffi::{c_char, c_int, CString};

use pyk_sdk::prelude::*;

use crate::sysutil::last_error;

const MODULE: &str = "_posixsubprocess";

/// `os.fsencode(o)` as a C string (ValueError for an embedded NUL).
fn c_path(fsencode: &PyAny, o: &PyAny) -> PyResult<CString> {
    let b = fsencode.call(&[o])?;
    CString::new(b.as_bytes()?.to_vec()).map_err(|_| PyErr::value_error("embedded null byte"))
}

/// A list of C strings from a sequence of paths (or bytes).
fn c_strings(fsencode: &PyAny, seq: &PyAny) -> PyResult<Vec<CString>> {
    seq.iter_items()?.iter().map(|o| c_path(fsencode, o)).collect()
}

/// A NULL-terminated pointer array over `v` (which must outlive it).
fn ptr_array(v: &[CString]) -> Vec<*const c_char> {
    v.iter().map(|c| c.as_ptr()).chain(std::iter::once(std::ptr::null())).collect()
}

fn int_arg(o: &PyAny) -> PyResult<i64> {
    if o.is_float() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    o.to_i64()
}

fn fd_arg(o: &PyAny) -> PyResult<c_int> {
    c_int::try_from(int_arg(o)?).map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))
}

/// Writes all of `b` to `fd`, ignoring errors (child side: async-signal-safe).
fn write_all(fd: c_int, b: &[u8]) {
    let mut off = 0;
    while off < b.len() {
        // SAFETY: the pointer and length stay within `b`.
        let n = unsafe { libc::write(fd, b[off..].as_ptr().cast(), b.len() - off) };
        if n <= 0 {
            let e = std::io::Error::last_os_error().raw_os_error();
            if n < 0 && e == Some(libc::EINTR) {
                continue;
            }
            return;
        }
        off += n as usize;
    }
}

/// Reports `errno` (child side): `OSError:<hex>:` plus `noexec` when the
/// failure came before the exec attempts. Formats on the stack.
fn report_errno(fd: c_int, errno: c_int, noexec: bool) {
    report_errno_at(fd, errno, if noexec { b"noexec" } else { b"" });
}

/// [`report_errno`] with the tag after the errno (`noexec:chdir` makes the
/// parent name `cwd` in the exception).
fn report_errno_at(fd: c_int, errno: c_int, tag: &[u8]) {
    write_all(fd, b"OSError:");
    let mut buf = [0u8; 16];
    let mut i = buf.len();
    let mut e = errno as u32;
    while e != 0 && i > 0 {
        i -= 1;
        buf[i] = b"0123456789abcdef"[(e % 16) as usize];
        e /= 16;
    }
    write_all(fd, &buf[i..]);
    write_all(fd, b":");
    write_all(fd, tag);
}

fn errno() -> c_int {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Everything the child uses, prepared in the parent.
struct Child<'a> {
    argv: Vec<*const c_char>,
    exes: &'a [CString],
    envp: Option<Vec<*const c_char>>,
    cwd: Option<CString>,
    keep: Vec<c_int>,
    close_fds: bool,
    fds: [c_int; 6], // p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite
    errpipe_read: c_int,
    errpipe_write: c_int,
    restore_signals: bool,
    setsid: bool,
    pgid: i64,
    gid: Option<libc::gid_t>,
    groups: Option<Vec<libc::gid_t>>,
    uid: Option<libc::uid_t>,
    umask: i64,
    preexec: Option<&'a PyAny>,
}

/// Closes every descriptor from 3 up that is not in `keep` (sorted).
fn close_open_fds(keep: &[c_int]) {
    let mut start: u32 = 3;
    for &k in keep {
        if k < 3 {
            continue;
        }
        let k = k as u32;
        if k > start {
            close_range(start, k - 1);
        }
        start = k + 1;
    }
    close_range(start, u32::MAX);
}

fn close_range(lo: u32, hi: u32) {
    // SAFETY: close_range only closes descriptors of this (child) process.
    let r = unsafe { libc::syscall(libc::SYS_close_range, lo, hi, 0) };
    if r == 0 {
        return;
    }
    // An old kernel: close one by one up to the descriptor limit.
    // SAFETY: sysconf has no preconditions.
    let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) };
    let max = if max < 0 { 1024 } else { max as u64 };
    let hi = (hi as u64).min(max.saturating_sub(1));
    let mut fd = lo as u64;
    while fd <= hi {
        // SAFETY: closing a descriptor number; an unused one gives EBADF.
        unsafe { libc::close(fd as c_int) };
        fd += 1;
    }
}

/// The child after fork(2): never returns.
fn child_exec(c: &Child) -> ! {
    let [p2cread, p2cwrite, c2pread, mut c2pwrite, errread, mut errwrite] = c.fds;
    let ew = c.errpipe_write;
    // SAFETY (whole function): only async-signal-safe system calls on data
    // prepared before fork, until preexec_fn (CPython's contract for it).
    unsafe {
        for fd in [p2cwrite, c2pread, errread, c.errpipe_read] {
            if fd != -1 {
                libc::close(fd);
            }
        }
        // Keep the child's ends clear of 0..2 before dup2 lands on them.
        if c2pwrite == 0 {
            c2pwrite = libc::dup(c2pwrite);
        }
        while errwrite == 0 || errwrite == 1 {
            errwrite = libc::dup(errwrite);
        }
        let mut failed = false;
        for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if fd == target {
                let f = libc::fcntl(fd, libc::F_GETFD);
                if f < 0 || libc::fcntl(fd, libc::F_SETFD, f & !libc::FD_CLOEXEC) < 0 {
                    failed = true;
                }
            } else if fd != -1 && libc::dup2(fd, target) < 0 {
                failed = true;
            }
            if failed {
                break;
            }
        }
        if failed {
            report_errno(ew, errno(), true);
            libc::_exit(255);
        }
        if let Some(cwd) = &c.cwd {
            if libc::chdir(cwd.as_ptr()) < 0 {
                report_errno_at(ew, errno(), b"noexec:chdir");
                libc::_exit(255);
            }
        }
        if c.umask >= 0 {
            libc::umask(c.umask as libc::mode_t);
        }
        if c.restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        if c.setsid && libc::setsid() < 0 {
            report_errno(ew, errno(), true);
            libc::_exit(255);
        }
        if c.pgid >= 0 && libc::setpgid(0, c.pgid as libc::pid_t) < 0 {
            report_errno(ew, errno(), true);
            libc::_exit(255);
        }
        if let Some(g) = &c.groups {
            if libc::setgroups(g.len(), g.as_ptr()) < 0 {
                report_errno(ew, errno(), true);
                libc::_exit(255);
            }
        }
        if let Some(gid) = c.gid {
            if libc::setregid(gid, gid) < 0 {
                report_errno(ew, errno(), true);
                libc::_exit(255);
            }
        }
        if let Some(uid) = c.uid {
            if libc::setreuid(uid, uid) < 0 {
                report_errno(ew, errno(), true);
                libc::_exit(255);
            }
        }
        if let Some(f) = c.preexec {
            if f.call(&[]).is_err() {
                write_all(ew, b"SubprocessError:0:Exception occurred in preexec_fn.");
                libc::_exit(255);
            }
        }
        for &fd in &c.keep {
            if fd != ew {
                let fl = libc::fcntl(fd, libc::F_GETFD);
                if fl >= 0 {
                    libc::fcntl(fd, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
                }
            }
        }
        if c.close_fds {
            close_open_fds(&c.keep);
        }
        // The first error other than "not found here" is the one reported.
        let mut saved = 0;
        for exe in c.exes {
            match &c.envp {
                Some(envp) => libc::execve(exe.as_ptr(), c.argv.as_ptr(), envp.as_ptr()),
                None => libc::execv(exe.as_ptr(), c.argv.as_ptr()),
            };
            let e = errno();
            if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
                saved = e;
            }
        }
        report_errno(ew, if saved != 0 { saved } else { errno() }, false);
        libc::_exit(255)
    }
}

fn fork_exec(args: Args) -> PyResult<i64> {
    args.no_kwargs()?;
    let a = args.positional();
    if a.len() != 23 {
        return Err(PyErr::type_error(format!("fork_exec expected 23 arguments, got {}", a.len())));
    }
    let os = pyk_sdk::types::import("os")?;
    let fsencode = os.getattr("fsencode")?;
    let argv_c = if a[0].is_none() { Vec::new() } else { c_strings(&fsencode, &a[0])? };
    let exes = c_strings(&fsencode, &a[1])?;
    let close_fds = a[2].is_true()?;
    if !a[3].is_tuple() {
        return Err(PyErr::type_error("fork_exec() argument 4 must be tuple, not ".to_owned() + &a[3].type_name()?));
    }
    let mut keep = Vec::new();
    let mut prev = -1i64;
    for o in a[3].tuple_items()? {
        let v = if o.is_int() { o.to_i64().unwrap_or(-1) } else { -1 };
        if v < 0 || v <= prev || v > c_int::MAX as i64 {
            return Err(PyErr::value_error("bad value(s) in fds_to_keep"));
        }
        prev = v;
        keep.push(v as c_int);
    }
    let cwd = if a[4].is_none() { None } else { Some(c_path(&fsencode, &a[4])?) };
    let env_c = if a[5].is_none() { None } else { Some(c_strings(&fsencode, &a[5])?) };
    let mut fds = [0 as c_int; 6];
    for (i, slot) in fds.iter_mut().enumerate() {
        *slot = fd_arg(&a[6 + i])?;
    }
    let errpipe_read = fd_arg(&a[12])?;
    let errpipe_write = fd_arg(&a[13])?;
    let restore_signals = a[14].is_true()?;
    let setsid = a[15].is_true()?;
    let pgid = int_arg(&a[16])?;
    let gid = if a[17].is_none() { None } else { Some(int_arg(&a[17])? as libc::gid_t) };
    let groups = if a[18].is_none() {
        None
    } else {
        // As CPython: an item that is no gid_t is "invalid group id".
        let gid_of = |g: &PyAny| -> PyResult<libc::gid_t> {
            let v = int_arg(g).map_err(|_| PyErr::value_error("invalid group id"))?;
            libc::gid_t::try_from(v).map_err(|_| PyErr::value_error("invalid group id"))
        };
        Some(a[18].iter_items()?.iter().map(|g| gid_of(g)).collect::<PyResult<Vec<_>>>()?)
    };
    let uid = if a[19].is_none() { None } else { Some(int_arg(&a[19])? as libc::uid_t) };
    let umask = int_arg(&a[20])?;
    let preexec = if a[21].is_none() { None } else { Some(&a[21]) };
    let child = Child {
        argv: ptr_array(&argv_c),
        exes: &exes,
        envp: env_c.as_ref().map(|e| ptr_array(e)),
        cwd,
        keep,
        close_fds,
        fds,
        errpipe_read,
        errpipe_write,
        restore_signals,
        setsid,
        pgid,
        gid,
        groups,
        uid,
        umask,
        preexec,
    };
    // SAFETY: fork has no memory preconditions; the child only runs
    // child_exec, which never returns.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        child_exec(&child);
    }
    if pid < 0 {
        return Err(last_error());
    }
    Ok(pid as i64)
}

static FUNCTIONS: &[NativeFnDef] = &[native_fn!(
    MODULE,
    "fork_exec",
    fork_exec,
    "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork) -> pid: forks and execs a child process."
)];

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "Native fork/exec support for subprocess.")?.functions(FUNCTIONS)?.finish()
}
