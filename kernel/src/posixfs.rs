//! More of `posix`: permissions and ownership, links, truncation, times,
//! syncing, and the system queries (`uname`, `times`, `getloadavg`,
//! `get_terminal_size`, `sysconf`...) that `os`, `shutil`, `tempfile` and
//! friends call. Registered into the module by `posixmod::make_module`.

use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::int::from_i64;
use crate::types::str::new_string;
use crate::types::{is_none, none};

use crate::posixmod::{c_path, dir_fd_arg, err_at, err_at2, int_arg, last_error, opt_int, parse_args, path_arg, PathArg};
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

fn cpath(p: &PathArg) -> PyResult<CString> {
    CString::new(p.os.as_bytes()).map_err(|_| crate::error::value_error("embedded null byte"))
}

/// `true` unless a `follow_symlinks=False` was given.
fn follows(o: &Option<Obj>) -> PyResult<bool> {
    match o {
        Some(v) => crate::abstract_::is_true(v),
        None => Ok(true),
    }
}

/// Runs a libc call on a path; -1 is the OSError for that path.
fn on_path(p: &PathArg, f: impl FnOnce(&CString) -> libc::c_int) -> PyResult {
    let c = cpath(p)?;
    if f(&c) == -1 {
        return Err(err_at(&io::Error::last_os_error(), p));
    }
    Ok(none())
}

fn fd_call(r: libc::c_int) -> PyResult {
    if r == -1 {
        return Err(last_error());
    }
    Ok(none())
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`; path may be an fd.
fn m_chmod(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("chmod", a, k, &["path", "mode", "dir_fd", "follow_symlinks"], 2)?;
    let dfd = dir_fd_arg("chmod", &v[2])?;
    let mode = int_arg("chmod", v[1].as_ref().unwrap_or(&none()))? as libc::mode_t;
    let follow = follows(&v[3])?;
    let target = v[0].clone().unwrap_or_else(none);
    if crate::types::int::is_int(&target) {
        let fd = fd_arg("chmod", &Some(target))?;
        fd_path_checks("chmod", fd, dfd, follow)?;
        // SAFETY: fchmod takes a descriptor and a mode; no memory is shared.
        return fd_call(unsafe { libc::fchmod(fd, mode) });
    }
    let p = crate::posixmod::path_arg_or_fd("chmod", &target, true)?;
    if dfd.is_some() && !follow {
        return Err(crate::error::value_error("chmod: cannot use dir_fd and follow_symlinks together"));
    }
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let c = cpath(&p)?;
    // SAFETY: a NUL-terminated path, a mode and flags.
    if unsafe { libc::fchmodat(dfd.unwrap_or(libc::AT_FDCWD), c.as_ptr(), mode, flags) } == -1 {
        let e = io::Error::last_os_error();
        if !follow && matches!(e.raw_os_error(), Some(libc::ENOTSUP)) {
            // Linux cannot change a symlink's own mode.
            return Err(crate::error::PyErr::new(&crate::types::exceptions::NOT_IMPLEMENTED_ERROR, "chmod: follow_symlinks unavailable on this platform"));
        }
        return Err(err_at(&e, &p));
    }
    Ok(none())
}

/// A descriptor given as the path: no dir_fd, and (as CPython checks it,
/// for a descriptor above 0) no follow_symlinks=False.
/// CPython words the dir_fd refusal differently per function (chmod has none).
fn fd_path_checks(name: &str, fd: libc::c_int, dir_fd: Option<libc::c_int>, follow: bool) -> PyResult<()> {
    if dir_fd.is_some() {
        match name {
            "chmod" => {}
            "chown" => return Err(crate::error::value_error("chown: can't specify both dir_fd and fd")),
            _ => return Err(crate::error::value_error(format!("{name}: can't specify dir_fd without matching path"))),
        }
    }
    if !follow && fd > 0 {
        return Err(crate::error::value_error(format!("{name}: cannot use fd and follow_symlinks together")));
    }
    Ok(())
}

fn m_fchmod(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("fchmod", a, k, &["fd", "mode"], 2)?;
    let fd = fd_arg("fchmod", &v[0])?;
    let mode = int_arg("fchmod", v[1].as_ref().unwrap_or(&none()))? as libc::mode_t;
    // SAFETY: fchmod takes a descriptor and a mode.
    fd_call(unsafe { libc::fchmod(fd, mode) })
}

fn chown_common(name: &str, a: &[Obj], k: Option<&Obj>, nofollow: bool) -> PyResult {
    let names: &[&str] = if nofollow { &["path", "uid", "gid"] } else { &["path", "uid", "gid", "dir_fd", "follow_symlinks"] };
    let v = parse_args(name, a, k, names, 3)?;
    let dfd = if nofollow { None } else { dir_fd_arg(name, &v[3])? };
    let follow = !nofollow && follows(&v.get(4).cloned().flatten())?;
    let uid = crate::posixext::id_arg("uid", v[1].as_ref().unwrap_or(&none()))?;
    let gid = crate::posixext::id_arg("gid", v[2].as_ref().unwrap_or(&none()))?;
    let target = v[0].clone().unwrap_or_else(none);
    if !nofollow && crate::types::int::is_int(&target) {
        let fd = fd_arg(name, &Some(target))?;
        fd_path_checks(name, fd, dfd, follow)?;
        // SAFETY: fchown takes a descriptor and ids.
        return fd_call(unsafe { libc::fchown(fd, uid, gid) });
    }
    let p = crate::posixmod::path_arg_or_fd(name, &target, !nofollow)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: a NUL-terminated path, ids and flags.
    on_path(&p, |c| unsafe { libc::fchownat(dfd.unwrap_or(libc::AT_FDCWD), c.as_ptr(), uid, gid, flags) })
}

fn m_chown(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    chown_common("chown", a, k, false)
}
fn m_lchown(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    chown_common("lchown", a, k, true)
}
fn m_fchown(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("fchown", a, k, &["fd", "uid", "gid"], 3)?;
    let fd = fd_arg("fchown", &v[0])?;
    let uid = crate::posixext::id_arg("uid", v[1].as_ref().unwrap_or(&none()))?;
    let gid = crate::posixext::id_arg("gid", v[2].as_ref().unwrap_or(&none()))?;
    // SAFETY: fchown takes a descriptor and ids.
    fd_call(unsafe { libc::fchown(fd, uid, gid) })
}

fn m_link(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("link", a, k, &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2)?;
    let sfd = dir_fd_arg("link", &v[2])?.unwrap_or(libc::AT_FDCWD);
    let dfd = dir_fd_arg("link", &v[3])?.unwrap_or(libc::AT_FDCWD);
    let flags = if follows(&v[4])? { libc::AT_SYMLINK_FOLLOW } else { 0 };
    let src = path_arg("link", v[0].as_ref().unwrap_or(&none()))?;
    let dst = path_arg("link", v[1].as_ref().unwrap_or(&none()))?;
    let (cs, cd) = (c_path("link", &src)?, c_path("link", &dst)?);
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    if unsafe { libc::linkat(sfd, cs.as_ptr(), dfd, cd.as_ptr(), flags) } < 0 {
        return Err(err_at2(&io::Error::last_os_error(), &src, Some(&dst)));
    }
    Ok(none())
}

fn m_symlink(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("symlink", a, k, &["src", "dst", "target_is_directory", "dir_fd"], 2)?;
    let dfd = dir_fd_arg("symlink", &v[3])?.unwrap_or(libc::AT_FDCWD);
    let src = path_arg("symlink", v[0].as_ref().unwrap_or(&none()))?;
    let dst = path_arg("symlink", v[1].as_ref().unwrap_or(&none()))?;
    let (cs, cd) = (c_path("symlink", &src)?, c_path("symlink", &dst)?);
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    if unsafe { libc::symlinkat(cs.as_ptr(), dfd, cd.as_ptr()) } < 0 {
        return Err(err_at2(&io::Error::last_os_error(), &src, Some(&dst)));
    }
    Ok(none())
}

fn m_readlink(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("readlink", a, k, &["path", "dir_fd"], 1)?;
    let dir_fd = dir_fd_arg("readlink", &v[1])?;
    let p = path_arg("readlink", v[0].as_ref().unwrap_or(&none()))?;
    let t = match dir_fd {
        None => std::fs::read_link(&p.os).map_err(|e| err_at(&e, &p))?,
        Some(dfd) => {
            let c = c_path("readlink", &p)?;
            let mut buf = vec![0u8; libc::PATH_MAX as usize];
            // SAFETY: `c` is a valid NUL-terminated path; `buf` has the length passed.
            let n = unsafe { libc::readlinkat(dfd, c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
            if n < 0 {
                return Err(err_at(&io::Error::last_os_error(), &p));
            }
            buf.truncate(n as usize);
            std::path::PathBuf::from(OsString::from_vec(buf))
        }
    };
    Ok(if p.is_bytes { crate::types::bytes::new_bytes(t.as_os_str().as_bytes()) } else { new_string(crate::types::str::fs_decode(t.as_os_str().as_bytes())) })
}

fn m_truncate(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("truncate", a, k, &["path", "length"], 2)?;
    let len = int_arg("truncate", v[1].as_ref().unwrap_or(&none()))?;
    let target = v[0].clone().unwrap_or_else(none);
    if crate::types::int::is_int(&target) {
        let fd = fd_arg("truncate", &Some(target))?;
        // SAFETY: ftruncate takes a descriptor and a length.
        return fd_call(unsafe { libc::ftruncate(fd, len as libc::off_t) });
    }
    let p = crate::posixmod::path_arg_or_fd("truncate", &target, true)?;
    // SAFETY: a NUL-terminated path and a length.
    on_path(&p, |c| unsafe { libc::truncate(c.as_ptr(), len as libc::off_t) })
}

fn m_ftruncate(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("ftruncate", a, k, &["fd", "length"], 2)?;
    let fd = fd_arg("ftruncate", &v[0])?;
    let len = int_arg("ftruncate", v[1].as_ref().unwrap_or(&none()))?;
    // SAFETY: ftruncate takes a descriptor and a length.
    fd_call(unsafe { libc::ftruncate(fd, len as libc::off_t) })
}

fn fd_only(name: &str, a: &[Obj], k: Option<&Obj>, f: unsafe extern "C" fn(libc::c_int) -> libc::c_int) -> PyResult {
    let v = parse_args(name, a, k, &["fd"], 1)?;
    let target = v[0].clone().unwrap_or_else(none);
    // fsync(f) takes a file object too (its fileno()).
    let fd = if crate::types::int::is_int(&target) {
        fd_arg(name, &Some(target))?
    } else {
        let f = crate::abstract_::getattr_str(&target, "fileno")?;
        fd_arg(name, &Some(crate::abstract_::call(&f, &[], None)?))?
    };
    // SAFETY: the function takes a descriptor.
    fd_call(unsafe { f(fd) })
}

fn m_fsync(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    fd_only("fsync", a, k, libc::fsync)
}
fn m_fdatasync(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    fd_only("fdatasync", a, k, libc::fdatasync)
}
fn m_sync(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::posixmod::no_args("sync", a, k)?;
    // SAFETY: sync takes nothing.
    unsafe { libc::sync() };
    Ok(none())
}

/// A time argument as (seconds, nanoseconds).
fn timespec_of(name: &str, o: &Obj) -> PyResult<libc::timespec> {
    if crate::types::int::is_int(o) {
        return Ok(libc::timespec { tv_sec: int_arg(name, o)? as libc::time_t, tv_nsec: 0 });
    }
    let f = crate::abstract_::to_float(o).map_err(|_| type_error(format!("{name}(): times must be either a tuple of two ints or None")))?;
    if f.is_nan() {
        return Err(crate::error::value_error("Invalid value NaN (not a number)"));
    }
    // As CPython: the fraction in nanoseconds, rounded toward -inf.
    let (mut secs, mut frac) = (f.trunc(), ((f - f.trunc()) * 1e9).floor());
    if frac >= 1e9 {
        frac -= 1e9;
        secs += 1.0;
    } else if frac < 0.0 {
        frac += 1e9;
        secs -= 1.0;
    }
    if !(-9.2e18..9.2e18).contains(&secs) {
        return Err(crate::error::overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(libc::timespec { tv_sec: secs as libc::time_t, tv_nsec: frac as libc::c_long })
}

/// `utime(path, times=None, *, ns=..., dir_fd=None, follow_symlinks=True)`.
fn m_utime(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("utime", a, k, &["path", "times", "ns", "dir_fd", "follow_symlinks"], 1)?;
    let dfd = dir_fd_arg("utime", &v[3])?;
    let times = v[1].clone().filter(|t| !is_none(t));
    let ns = v[2].clone();
    if times.is_some() && ns.is_some() {
        return Err(crate::error::value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let ts: Option<[libc::timespec; 2]> = if let Some(t) = times {
        let items = crate::types::tuple::as_tuple(&t).filter(|x| x.len() == 2).ok_or_else(|| type_error("utime: 'times' must be either a tuple of two ints or None"))?;
        Some([timespec_of("utime", &items[0])?, timespec_of("utime", &items[1])?])
    } else if let Some(n) = ns {
        let items = crate::types::tuple::as_tuple(&n).filter(|x| x.len() == 2).ok_or_else(|| type_error("utime: 'ns' must be a tuple of two ints"))?;
        let mut out = [libc::timespec { tv_sec: 0, tv_nsec: 0 }; 2];
        for (slot, x) in out.iter_mut().zip(items) {
            let total = crate::types::int::as_i64(x).ok_or_else(|| type_error("utime: 'ns' must be a tuple of two ints"))?;
            *slot = libc::timespec { tv_sec: total.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: total.rem_euclid(1_000_000_000) as libc::c_long };
        }
        Some(out)
    } else {
        None
    };
    let flags = if follows(&v[4])? { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let target = v[0].clone().unwrap_or_else(none);
    let tp = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    if crate::types::int::is_int(&target) {
        let fd = fd_arg("utime", &Some(target))?;
        fd_path_checks("utime", fd, dfd, flags == 0)?;
        // SAFETY: futimens takes a descriptor and NULL or two timespecs.
        return fd_call(unsafe { libc::futimens(fd, tp) });
    }
    let p = crate::posixmod::path_arg_or_fd("utime", &target, true)?;
    // SAFETY: a NUL-terminated path, NULL or two timespecs, and flags.
    on_path(&p, |c| unsafe { libc::utimensat(dfd.unwrap_or(libc::AT_FDCWD), c.as_ptr(), tp, flags) })
}

fn m_mkfifo(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("mkfifo", a, k, &["path", "mode", "dir_fd"], 1)?;
    let dfd = dir_fd_arg("mkfifo", &v[2])?.unwrap_or(libc::AT_FDCWD);
    let mode = opt_int("mkfifo", &v[1], 0o666)? as libc::mode_t;
    let p = path_arg("mkfifo", v[0].as_ref().unwrap_or(&none()))?;
    // SAFETY: a NUL-terminated path and a mode.
    on_path(&p, |c| unsafe { libc::mkfifoat(dfd, c.as_ptr(), mode) })
}

/// A struct sequence of `os` (uname_result, times_result, terminal_size).
fn os_seq(seq: &'static crate::structseq::StructSeq, values: Vec<Obj>) -> PyResult {
    seq.make(values)
}

static UNAME: crate::structseq::StructSeq = crate::structseq::StructSeq::new("posix", "uname_result", &["sysname", "nodename", "release", "version", "machine"]);
static TIMES: crate::structseq::StructSeq =
    crate::structseq::StructSeq::new("posix", "times_result", &["user", "system", "children_user", "children_system", "elapsed"]);
static TERMINAL_SIZE: crate::structseq::StructSeq = crate::structseq::StructSeq::new("os", "terminal_size", &["columns", "lines"]);

fn cstr_field(f: &[libc::c_char]) -> Obj {
    let bytes: Vec<u8> = f.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
    new_string(crate::types::str::fs_decode(&bytes))
}

fn m_uname(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::posixmod::no_args("uname", a, k)?;
    // SAFETY: utsname is plain data; uname fills it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: a valid out-pointer.
    if unsafe { libc::uname(&mut u) } == -1 {
        return Err(last_error());
    }
    os_seq(&UNAME, vec![cstr_field(&u.sysname), cstr_field(&u.nodename), cstr_field(&u.release), cstr_field(&u.version), cstr_field(&u.machine)])
}

fn m_times(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::posixmod::no_args("times", a, k)?;
    // SAFETY: tms is plain data; times fills it.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: a valid out-pointer.
    let elapsed = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf of a constant name.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let f = |x: libc::clock_t| crate::types::float::new_float(x as f64 / hz);
    os_seq(&TIMES, vec![f(t.tms_utime), f(t.tms_stime), f(t.tms_cutime), f(t.tms_cstime), f(elapsed)])
}

fn m_getloadavg(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::posixmod::no_args("getloadavg", a, k)?;
    let mut l = [0f64; 3];
    // SAFETY: room for three doubles.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        return Err(crate::types::exceptions::os_error_from_io(&io::Error::other("Load averages are unobtainable"), None));
    }
    Ok(crate::types::tuple::new_tuple(l.iter().map(|x| crate::types::float::new_float(*x)).collect()))
}

fn m_get_terminal_size(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("get_terminal_size", a, k, &["fd"], 0)?;
    let fd = opt_int("get_terminal_size", &v[0], 1)? as libc::c_int;
    // SAFETY: winsize is plain data that TIOCGWINSZ fills.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: a descriptor, the request and a valid out-pointer.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } == -1 {
        return Err(last_error());
    }
    os_seq(&TERMINAL_SIZE, vec![from_i64(w.ws_col as i64), from_i64(w.ws_row as i64)])
}

fn m_getgroups(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::posixmod::no_args("getgroups", a, k)?;
    // SAFETY: size 0 asks for the count.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return Err(last_error());
    }
    let mut g = vec![0 as libc::gid_t; n as usize];
    // SAFETY: room for n ids.
    let n = unsafe { libc::getgroups(n, g.as_mut_ptr()) };
    if n < 0 {
        return Err(last_error());
    }
    Ok(crate::types::list::new_list(g[..n as usize].iter().map(|x| from_i64(*x as i64)).collect()))
}

fn id_call(name: &str, a: &[Obj], f: impl FnOnce(libc::pid_t) -> libc::pid_t) -> PyResult {
    let pid = match a.first() {
        Some(p) => int_arg(name, p)? as libc::pid_t,
        None => 0,
    };
    let r = f(pid);
    if r == -1 {
        return Err(last_error());
    }
    Ok(from_i64(r as i64))
}

fn m_getpgrp(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::posixmod::no_args("getpgrp", a, k)?;
    // SAFETY: no arguments.
    Ok(from_i64(unsafe { libc::getpgrp() } as i64))
}
fn m_getpgid(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // SAFETY: a process id.
    id_call("getpgid", a, |p| unsafe { libc::getpgid(p) })
}
fn m_getsid(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // SAFETY: a process id.
    id_call("getsid", a, |p| unsafe { libc::getsid(p) })
}
fn m_setsid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::posixmod::no_args("setsid", a, k)?;
    // SAFETY: no arguments.
    if unsafe { libc::setsid() } == -1 {
        return Err(last_error());
    }
    Ok(none())
}
fn m_setpgid(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [p, g] = a else { return Err(type_error(format!("setpgid expected 2 arguments, got {}", a.len()))) };
    let (p, g) = (int_arg("setpgid", p)? as libc::pid_t, int_arg("setpgid", g)? as libc::pid_t);
    // SAFETY: two ids.
    fd_call(unsafe { libc::setpgid(p, g) })
}

fn m_getlogin(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // SAFETY: getlogin returns NULL or a static NUL-terminated string.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return Err(last_error());
    }
    // SAFETY: non-NULL, NUL-terminated, read before any other call.
    let s = unsafe { std::ffi::CStr::from_ptr(p) };
    Ok(new_string(crate::types::str::fs_decode(s.to_bytes())))
}

fn m_nice(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let inc = int_arg("nice", a.first().unwrap_or(&none()))? as libc::c_int;
    // SAFETY: errno is thread-local; clear it to tell -1 the value from -1 the error.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: an increment.
    let r = unsafe { libc::nice(inc) };
    if r == -1 && io::Error::last_os_error().raw_os_error().unwrap_or(0) != 0 {
        return Err(last_error());
    }
    Ok(from_i64(r as i64))
}

fn m_sched_yield(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    std::thread::yield_now();
    Ok(none())
}

fn m_sched_getaffinity(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let pid = int_arg("sched_getaffinity", a.first().unwrap_or(&from_i64(0)))? as libc::pid_t;
    // SAFETY: cpu_set_t is plain data.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: a pid, the set's size and a valid out-pointer.
    if unsafe { libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } == -1 {
        return Err(last_error());
    }
    let cpus: Vec<Obj> = (0..libc::CPU_SETSIZE as usize)
        // SAFETY: reading a bit of a filled set.
        .filter(|i| unsafe { libc::CPU_ISSET(*i, &set) })
        .map(|i| from_i64(i as i64))
        .collect();
    crate::types::set::set_from(&crate::types::set::SET_TYPE, &cpus)
}

/// `sysconf(name)` for the names `os.sysconf_names` lists.
const SYSCONF: &[(&str, libc::c_int)] = &[
    ("SC_ARG_MAX", libc::_SC_ARG_MAX),
    ("SC_CHILD_MAX", libc::_SC_CHILD_MAX),
    ("SC_CLK_TCK", libc::_SC_CLK_TCK),
    ("SC_NGROUPS_MAX", libc::_SC_NGROUPS_MAX),
    ("SC_OPEN_MAX", libc::_SC_OPEN_MAX),
    ("SC_PAGESIZE", libc::_SC_PAGESIZE),
    ("SC_PAGE_SIZE", libc::_SC_PAGESIZE),
    ("SC_NPROCESSORS_CONF", libc::_SC_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", libc::_SC_NPROCESSORS_ONLN),
    ("SC_PHYS_PAGES", libc::_SC_PHYS_PAGES),
    ("SC_MINSIGSTKSZ", 249),
];

fn m_sysconf(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let Some(n) = a.first() else { return Err(type_error("sysconf() takes exactly one argument (0 given)")) };
    let code = match crate::types::str::as_str(n) {
        Some(s) => SYSCONF.iter().find(|(k, _)| *k == s).map(|(_, v)| *v).ok_or_else(|| crate::error::value_error("unrecognized configuration name"))?,
        None => int_arg("sysconf", n)? as libc::c_int,
    };
    // SAFETY: errno is thread-local; cleared to tell "no limit" from an error.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: sysconf of a name.
    let r = unsafe { libc::sysconf(code) };
    if r == -1 && io::Error::last_os_error().raw_os_error().unwrap_or(0) != 0 {
        return Err(last_error());
    }
    Ok(from_i64(r as i64))
}

/// A descriptor argument that must be an int (a bool works, with
/// CPython's RuntimeWarning).
pub(crate) fn fd_arg(fname: &str, o: &Option<Obj>) -> PyResult<libc::c_int> {
    let o = o.clone().unwrap_or_else(none);
    if std::ptr::eq(o.type_obj(), &crate::types::singletons::BOOL_TYPE) {
        crate::warningsmod::warn(&crate::types::exceptions::RUNTIME_WARNING, "bool is used as a file descriptor", 1)?;
    }
    let v = int_arg(fname, &o)?;
    libc::c_int::try_from(v).map_err(|_| crate::error::overflow_error(if v < 0 { "fd is less than minimum" } else { "fd is greater than maximum" }))
}

/// Runs a system call again while it is interrupted (EINTR), checking for
/// a pending signal's exception in between, as CPython does.
fn retry_eintr<T: Copy + PartialOrd + Default>(mut f: impl FnMut() -> T) -> PyResult<T> {
    loop {
        let r = f();
        if r >= T::default() {
            return Ok(r);
        }
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(crate::types::exceptions::os_error_from_io(&e, None));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

/// `sendfile(out_fd, in_fd, offset, count)`: copies between descriptors in
/// the kernel; `offset=None` reads from in_fd's current position.
fn m_sendfile(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sendfile", a, k, &["out_fd", "in_fd", "offset", "count"], 4)?;
    let out_fd = fd_arg("sendfile", &v[0])?;
    let in_fd = fd_arg("sendfile", &v[1])?;
    let count = int_arg("sendfile", v[3].as_ref().unwrap_or(&none()))?;
    let mut offset: Option<libc::off_t> = match v[2].as_ref().filter(|o| !is_none(o)) {
        Some(o) => Some(int_arg("sendfile", o)? as libc::off_t),
        None => None,
    };
    let n = retry_eintr(|| {
        let p = offset.as_mut().map_or(std::ptr::null_mut(), |o| o as *mut libc::off_t);
        // SAFETY: `p` is null or points to `offset`, live for the call. A
        // negative count becomes a huge size_t, which the kernel refuses
        // with EINVAL, as in CPython.
        unsafe { libc::sendfile(out_fd, in_fd, p, count as usize) }
    })?;
    Ok(from_i64(n as i64))
}

/// `eventfd(initval, flags=EFD_CLOEXEC)`: a new event counter descriptor.
fn m_eventfd(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("eventfd", a, k, &["initval", "flags"], 1)?;
    let init = int_arg("eventfd", v[0].as_ref().unwrap_or(&none()))?;
    let init = u32::try_from(init).map_err(|_| crate::error::overflow_error("Python int too large to convert to C unsigned int"))?;
    let flags = opt_int("eventfd", &v[1], libc::EFD_CLOEXEC as i64)? as libc::c_int;
    // SAFETY: eventfd takes two integers.
    let fd = unsafe { libc::eventfd(init, flags) };
    if fd < 0 {
        return Err(last_error());
    }
    Ok(from_i64(fd as i64))
}

/// `eventfd_read(fd)`: the counter's value (reset, or decremented in semaphore mode).
fn m_eventfd_read(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("eventfd_read", a, k, &["fd"], 1)?;
    let fd = fd_arg("eventfd_read", &v[0])?;
    let mut buf = [0u8; 8];
    // SAFETY: `buf` is 8 writable bytes, the size of an eventfd counter.
    retry_eintr(|| unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, 8) })?;
    Ok(crate::types::int::from_bigint(num_bigint::BigInt::from(u64::from_ne_bytes(buf))))
}

/// `eventfd_write(fd, value)`: adds to the counter.
fn m_eventfd_write(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("eventfd_write", a, k, &["fd", "value"], 2)?;
    let fd = fd_arg("eventfd_write", &v[0])?;
    let value = crate::abstract_::index(v[1].as_ref().unwrap_or(&none()))?;
    let value = crate::types::int::as_bigint(&value)
        .and_then(|b| u64::try_from(b).ok())
        .ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C unsigned long long"))?;
    let buf = value.to_ne_bytes();
    // SAFETY: `buf` is 8 readable bytes, the size of an eventfd counter.
    retry_eintr(|| unsafe { libc::write(fd, buf.as_ptr() as *const libc::c_void, 8) })?;
    Ok(none())
}

/// Adds this file's functions to the `posix` dict.
pub fn register(d: &Obj) {
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("chmod", m_chmod),
        ("fchmod", m_fchmod),
        ("chown", m_chown),
        ("lchown", m_lchown),
        ("fchown", m_fchown),
        ("link", m_link),
        ("symlink", m_symlink),
        ("readlink", m_readlink),
        ("truncate", m_truncate),
        ("ftruncate", m_ftruncate),
        ("fsync", m_fsync),
        ("fdatasync", m_fdatasync),
        ("sync", m_sync),
        ("utime", m_utime),
        ("mkfifo", m_mkfifo),
        ("uname", m_uname),
        ("times", m_times),
        ("getloadavg", m_getloadavg),
        ("get_terminal_size", m_get_terminal_size),
        ("getgroups", m_getgroups),
        ("getpgrp", m_getpgrp),
        ("getpgid", m_getpgid),
        ("getsid", m_getsid),
        ("setsid", m_setsid),
        ("setpgid", m_setpgid),
        ("getlogin", m_getlogin),
        ("nice", m_nice),
        ("sched_yield", m_sched_yield),
        ("sched_getaffinity", m_sched_getaffinity),
        ("sysconf", m_sysconf),
        ("sendfile", m_sendfile),
        ("eventfd", m_eventfd),
        ("eventfd_read", m_eventfd_read),
        ("eventfd_write", m_eventfd_write),
    ];
    for (n, v) in [("EFD_CLOEXEC", libc::EFD_CLOEXEC), ("EFD_NONBLOCK", libc::EFD_NONBLOCK), ("EFD_SEMAPHORE", libc::EFD_SEMAPHORE)] {
        set_item_str(d, n, from_i64(v as i64));
    }
    for (name, f) in funcs {
        set_item_str(d, name, crate::types::function::new_builtin(name, *f, none(), Some("posix")));
    }
    let names = crate::types::dict::new_dict();
    for (n, v) in SYSCONF {
        set_item_str(&names, n, from_i64(*v as i64));
    }
    set_item_str(d, "sysconf_names", names);
    if let Ok(t) = TERMINAL_SIZE.get_type() {
        set_item_str(d, "terminal_size", t);
    }
    if let Ok(t) = UNAME.get_type() {
        set_item_str(d, "uname_result", t);
    }
    if let Ok(t) = TIMES.get_type() {
        set_item_str(d, "times_result", t);
    }
}
