//! The rest of `posix` on Linux: positioned and vectored descriptor I/O,
//! kernel-side copies (`copy_file_range`, `splice`), allocation and advice,
//! `statvfs`, `pathconf`/`confstr`, memfd/pidfd/timerfd descriptors,
//! extended attributes, device numbers, pseudo-terminals, user and group
//! ids, priorities, the scheduler, `wait3`/`wait4`/`waitid`, namespaces and
//! the constants that go with them. Registered by `posixmod::make_module`.

use std::ffi::CString;
use std::io;

use crate::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::object::Obj;
use crate::posixmod::{err_at, last_error, parse_args, path_arg, PathArg};
use crate::types::bytes::new_bytes;
use crate::types::dict::set_item_str;
use crate::types::float::new_float;
use crate::types::int::{from_i64, is_int};
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::{is_none, none};

// ---- small helpers ----

fn arg(v: &[Option<Obj>], i: usize) -> Obj {
    v[i].clone().unwrap_or_else(none)
}

/// An integer argument (`__index__`) as a C long.
fn int_arg(_fname: &str, o: &Obj) -> PyResult<i64> {
    let i = crate::abstract_::index(o)?;
    crate::types::int::as_i64(&i).ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

/// A descriptor given as a C int (Argument Clinic's `int fd`).
fn fd_of(fname: &str, o: &Obj) -> PyResult<libc::c_int> {
    let v = int_arg(fname, o)?;
    libc::c_int::try_from(v).map_err(|_| overflow_error("Python int too large to convert to C int"))
}

/// A descriptor given in place of a path (a bool warns, as in CPython).
fn path_fd(fname: &str, o: &Obj) -> PyResult<libc::c_int> {
    crate::posixfs::fd_arg(fname, &Some(o.clone()))
}

/// A descriptor given as an int or an object with `fileno()`.
fn fildes(fname: &str, o: &Obj) -> PyResult<libc::c_int> {
    if is_int(o) {
        return path_fd(fname, o);
    }
    let Some(f) = crate::abstract_::lookup_attr(o, &crate::types::str::intern("fileno"))? else {
        return Err(type_error("argument must be an int, or have a fileno() method."));
    };
    let r = crate::abstract_::call(&f, &[], None)?;
    if !is_int(&r) {
        return Err(type_error("fileno() returned a non-integer"));
    }
    let fd = fd_of(fname, &r)?;
    if fd < 0 {
        return Err(value_error(format!("file descriptor cannot be a negative integer ({fd})")));
    }
    Ok(fd)
}

fn ok_or_errno(r: libc::c_int) -> PyResult {
    if r == -1 {
        return Err(last_error());
    }
    Ok(none())
}

fn i64_result(r: i64) -> PyResult {
    if r == -1 {
        return Err(last_error());
    }
    Ok(from_i64(r))
}

/// An error code returned (not set in errno), as posix_fallocate's.
fn errno_value(code: libc::c_int) -> PyErr {
    crate::types::exceptions::os_error_from_io(&io::Error::from_raw_os_error(code), None)
}

fn off_arg(fname: &str, o: &Obj) -> PyResult<libc::off_t> {
    int_arg(fname, o)
}

/// A count (Py_ssize_t): negative values are refused by the kernel.
fn count_arg(fname: &str, o: &Obj) -> PyResult<i64> {
    int_arg(fname, o)
}

/// Runs a call detached from the runtime, retrying on EINTR after the
/// signal handlers ran (PEP 475).
fn blocking(call: impl FnMut() -> isize) -> PyResult<isize> {
    crate::posixmod::retry_detached(call)
}

/// `uid_t`/`gid_t` arguments: -1 means "unchanged"; other negatives and
/// values past the type overflow, with CPython's messages.
pub(crate) fn id_arg(kind: &str, o: &Obj) -> PyResult<u32> {
    let i = crate::abstract_::index(o).map_err(|_| type_error(format!("{kind} should be integer, not {}", o.type_obj().name())))?;
    let Some(v) = crate::types::int::as_i64(&i) else {
        let neg = crate::types::int::as_bigint(&i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
        return Err(overflow_error(format!("{kind} is {} than {}", if neg { "less" } else { "greater" }, if neg { "minimum" } else { "maximum" })));
    };
    if v == -1 {
        return Ok(u32::MAX);
    }
    // CPython's converter calls a value that fits a C long but not the id
    // type "less than minimum" too.
    u32::try_from(v).map_err(|_| overflow_error(format!("{kind} is less than minimum")))
}

fn id_obj(v: u32) -> Obj {
    if v == u32::MAX {
        from_i64(-1)
    } else {
        from_i64(v as i64)
    }
}

fn cstring(fname: &str, p: &PathArg) -> PyResult<CString> {
    crate::posixmod::c_path(fname, p)
}

fn fs_str(b: &[u8]) -> Obj {
    new_string(crate::types::str::fs_decode(b))
}

// ---- positioned and vectored I/O ----

fn m_pread(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("pread", a, k, &["fd", "length", "offset"], 3)?;
    let fd = fd_of("pread", &arg(&v, 0))?;
    let n = count_arg("pread", &arg(&v, 1))?;
    let off = off_arg("pread", &arg(&v, 2))?;
    if n < 0 {
        return Err(errno_value(libc::EINVAL));
    }
    let mut buf = Vec::new();
    crate::error::reserve(&mut buf, n as usize)?;
    buf.resize(n as usize, 0);
    // SAFETY: `buf` is a writable buffer of `buf.len()` bytes owned here.
    let r = blocking(|| unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), off) })?;
    buf.truncate(r as usize);
    Ok(new_bytes(&buf))
}

fn bytes_arg(fname: &str, o: &Obj) -> PyResult<Vec<u8>> {
    crate::types::bytearray::bytes_like(o).ok_or_else(|| type_error(format!("{fname}() argument 2 must be bytes-like object, not {}", o.type_obj().name())))
}

fn m_pwrite(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("pwrite", a, k, &["fd", "buffer", "offset"], 3)?;
    let fd = fd_of("pwrite", &arg(&v, 0))?;
    let data = crate::types::bytearray::bytes_like(&arg(&v, 1))
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", arg(&v, 1).type_obj().name())))?;
    let off = off_arg("pwrite", &arg(&v, 2))?;
    // SAFETY: `data` is a readable buffer of `data.len()` bytes owned here.
    let r = blocking(|| unsafe { libc::pwrite(fd, data.as_ptr().cast(), data.len(), off) })?;
    Ok(from_i64(r as i64))
}

/// The buffers of readv/preadv: a sequence of writable bytes-like objects.
fn read_buffers(fname: &str, o: &Obj) -> PyResult<Vec<(Obj, usize)>> {
    if crate::types::list::as_list(o).is_none() && crate::types::tuple::as_tuple(o).is_none() && o.type_obj().getitem.is_none() {
        return Err(type_error(format!("{fname}() arg 2 must be a sequence")));
    }
    let mut out = Vec::new();
    for b in crate::abstract_::collect(o)? {
        let writable = crate::types::bytearray::as_bytearray(&b).is_some() || b.type_obj().name() == "memoryview" || b.type_obj().name() == "array";
        if !writable {
            if crate::types::bytearray::bytes_like(&b).is_some() {
                return Err(PyErr::new(&crate::types::exceptions::BUFFER_ERROR, "Object is not writable."));
            }
            return Err(type_error(format!("a bytes-like object is required, not '{}'", b.type_obj().name())));
        }
        let n = crate::types::bytearray::bytes_like(&b).map(|x| x.len()).ok_or_else(|| type_error("readv() arg 2 must be a sequence"))?;
        out.push((b, n));
    }
    Ok(out)
}

/// Copies `data` into the buffers in order (`buf[0:k] = data[...]`).
fn scatter(bufs: &[(Obj, usize)], data: &[u8]) -> PyResult<()> {
    let mut pos = 0;
    for (b, n) in bufs {
        if pos >= data.len() {
            break;
        }
        let take = (*n).min(data.len() - pos);
        let sl = crate::types::range::new_slice(from_i64(0), from_i64(take as i64), none());
        crate::abstract_::setitem(b, &sl, Some(&new_bytes(&data[pos..pos + take])))?;
        pos += take;
    }
    Ok(())
}

fn vectored_read(fname: &str, fd: libc::c_int, bufs: &[(Obj, usize)], off: Option<libc::off_t>, flags: libc::c_int) -> PyResult {
    let sizes: Vec<usize> = bufs.iter().map(|(_, n)| *n).collect();
    let mut store: Vec<Vec<u8>> = sizes.iter().map(|n| vec![0u8; *n]).collect();
    let iov: Vec<libc::iovec> = store.iter_mut().map(|b| libc::iovec { iov_base: b.as_mut_ptr().cast(), iov_len: b.len() }).collect();
    let cnt = libc::c_int::try_from(iov.len()).map_err(|_| overflow_error(format!("{fname}: too many buffers")))?;
    // SAFETY: every iovec points into a buffer of `store`, alive and unmoved
    // for the call.
    let r = blocking(|| unsafe {
        match off {
            None => libc::readv(fd, iov.as_ptr(), cnt),
            Some(o) => libc::preadv2(fd, iov.as_ptr(), cnt, o, flags),
        }
    })?;
    let data: Vec<u8> = store.concat();
    scatter(bufs, &data[..r as usize])?;
    Ok(from_i64(r as i64))
}

fn write_buffers(fname: &str, o: &Obj) -> PyResult<Vec<Vec<u8>>> {
    if crate::types::list::as_list(o).is_none() && crate::types::tuple::as_tuple(o).is_none() && o.type_obj().getitem.is_none() {
        return Err(type_error(format!("{fname}() arg 2 must be a sequence")));
    }
    crate::abstract_::collect(o)?
        .iter()
        .map(|b| crate::types::bytearray::bytes_like(b).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", b.type_obj().name()))))
        .collect()
}

fn vectored_write(fname: &str, fd: libc::c_int, bufs: &[Vec<u8>], off: Option<libc::off_t>, flags: libc::c_int) -> PyResult {
    let iov: Vec<libc::iovec> = bufs.iter().map(|b| libc::iovec { iov_base: b.as_ptr() as *mut libc::c_void, iov_len: b.len() }).collect();
    let cnt = libc::c_int::try_from(iov.len()).map_err(|_| overflow_error(format!("{fname}: too many buffers")))?;
    // SAFETY: every iovec points into a buffer of `bufs`, alive for the call;
    // the kernel only reads them.
    let r = blocking(|| unsafe {
        match off {
            None => libc::writev(fd, iov.as_ptr(), cnt),
            Some(o) => libc::pwritev2(fd, iov.as_ptr(), cnt, o, flags),
        }
    })?;
    Ok(from_i64(r as i64))
}

fn m_readv(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("readv", a, k, &["fd", "buffers"], 2)?;
    let fd = fd_of("readv", &arg(&v, 0))?;
    let bufs = read_buffers("readv", &arg(&v, 1))?;
    vectored_read("readv", fd, &bufs, None, 0)
}

fn m_writev(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("writev", a, k, &["fd", "buffers"], 2)?;
    let fd = fd_of("writev", &arg(&v, 0))?;
    let bufs = write_buffers("writev", &arg(&v, 1))?;
    vectored_write("writev", fd, &bufs, None, 0)
}

fn m_preadv(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("preadv", a, k, &["fd", "buffers", "offset", "flags"], 3)?;
    let fd = fd_of("preadv", &arg(&v, 0))?;
    let bufs = read_buffers("preadv", &arg(&v, 1))?;
    let off = off_arg("preadv", &arg(&v, 2))?;
    let flags = crate::posixmod::opt_int("preadv", &v[3], 0)? as libc::c_int;
    vectored_read("preadv", fd, &bufs, Some(off), flags)
}

fn m_pwritev(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("pwritev", a, k, &["fd", "buffers", "offset", "flags"], 3)?;
    let fd = fd_of("pwritev", &arg(&v, 0))?;
    let bufs = write_buffers("pwritev", &arg(&v, 1))?;
    let off = off_arg("pwritev", &arg(&v, 2))?;
    let flags = crate::posixmod::opt_int("pwritev", &v[3], 0)? as libc::c_int;
    vectored_write("pwritev", fd, &bufs, Some(off), flags)
}

fn opt_offset(fname: &str, o: &Option<Obj>) -> PyResult<Option<libc::off_t>> {
    match o {
        Some(x) if !is_none(x) => Ok(Some(off_arg(fname, x)?)),
        _ => Ok(None),
    }
}

/// `copy_file_range(src, dst, count, offset_src=None, offset_dst=None)`.
fn m_copy_file_range(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("copy_file_range", a, k, &["src", "dst", "count", "offset_src", "offset_dst"], 3)?;
    let src = fd_of("copy_file_range", &arg(&v, 0))?;
    let dst = fd_of("copy_file_range", &arg(&v, 1))?;
    let count = count_arg("copy_file_range", &arg(&v, 2))?;
    if count < 0 {
        return Err(value_error("negative value for 'count' not allowed"));
    }
    let mut os = opt_offset("copy_file_range", &v[3])?;
    let mut od = opt_offset("copy_file_range", &v[4])?;
    let r = blocking(|| {
        let ps = os.as_mut().map_or(std::ptr::null_mut(), |x| x as *mut libc::off_t);
        let pd = od.as_mut().map_or(std::ptr::null_mut(), |x| x as *mut libc::off_t);
        // SAFETY: the offset pointers are null or point to locals alive for the call.
        unsafe { libc::copy_file_range(src, ps, dst, pd, count as usize, 0) }
    })?;
    Ok(from_i64(r as i64))
}

/// `splice(src, dst, count, offset_src=None, offset_dst=None, flags=0)`.
fn m_splice(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("splice", a, k, &["src", "dst", "count", "offset_src", "offset_dst", "flags"], 3)?;
    let src = fd_of("splice", &arg(&v, 0))?;
    let dst = fd_of("splice", &arg(&v, 1))?;
    let count = count_arg("splice", &arg(&v, 2))?;
    if count < 0 {
        return Err(value_error("negative value for 'count' not allowed"));
    }
    let mut os = opt_offset("splice", &v[3])?;
    let mut od = opt_offset("splice", &v[4])?;
    let flags = crate::posixmod::opt_int("splice", &v[5], 0)? as libc::c_uint;
    let r = blocking(|| {
        let ps = os.as_mut().map_or(std::ptr::null_mut(), |x| x as *mut libc::loff_t);
        let pd = od.as_mut().map_or(std::ptr::null_mut(), |x| x as *mut libc::loff_t);
        // SAFETY: the offset pointers are null or point to locals alive for the call.
        unsafe { libc::splice(src, ps, dst, pd, count as usize, flags) }
    })?;
    Ok(from_i64(r as i64))
}

/// posix_fallocate and posix_fadvise return their error instead of setting errno.
fn returns_error(mut f: impl FnMut() -> libc::c_int) -> PyResult {
    loop {
        let r = crate::posixmod::detached_call(&mut f);
        if r == 0 {
            return Ok(none());
        }
        if r != libc::EINTR {
            return Err(errno_value(r));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

fn m_posix_fallocate(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("posix_fallocate", a, k, &["fd", "offset", "length"], 3)?;
    let fd = fd_of("posix_fallocate", &arg(&v, 0))?;
    let off = off_arg("posix_fallocate", &arg(&v, 1))?;
    let len = off_arg("posix_fallocate", &arg(&v, 2))?;
    // SAFETY: integers only.
    returns_error(|| unsafe { libc::posix_fallocate(fd, off, len) })
}

fn m_posix_fadvise(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("posix_fadvise", a, k, &["fd", "offset", "length", "advice"], 4)?;
    let fd = fd_of("posix_fadvise", &arg(&v, 0))?;
    let off = off_arg("posix_fadvise", &arg(&v, 1))?;
    let len = off_arg("posix_fadvise", &arg(&v, 2))?;
    let advice = int_arg("posix_fadvise", &arg(&v, 3))? as libc::c_int;
    // SAFETY: integers only.
    returns_error(|| unsafe { libc::posix_fadvise(fd, off, len, advice) })
}

fn m_lockf(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("lockf", a, k, &["fd", "command", "length"], 3)?;
    let fd = fd_of("lockf", &arg(&v, 0))?;
    let cmd = int_arg("lockf", &arg(&v, 1))? as libc::c_int;
    let len = off_arg("lockf", &arg(&v, 2))?;
    // SAFETY: integers only.
    let r = crate::posixmod::detached_call(|| unsafe { libc::lockf(fd, cmd, len) });
    ok_or_errno(r)
}

fn m_fchdir(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("fchdir", a, k, &["fd"], 1)?;
    let fd = fildes("fchdir", &arg(&v, 0))?;
    // SAFETY: a descriptor.
    ok_or_errno(unsafe { libc::fchdir(fd) })
}

// ---- statvfs, pathconf, confstr ----

fn statvfs_result(m: &Obj, s: &libc::statvfs) -> PyResult {
    let cls = crate::types::dict::get_str(m, &crate::types::str::intern("statvfs_result")).ok_or_else(|| type_error("statvfs_result missing"))?;
    let u = |x: u64| crate::types::int::from_bigint(num_bigint::BigInt::from(x));
    let items = vec![
        u(s.f_bsize),
        u(s.f_frsize),
        u(s.f_blocks),
        u(s.f_bfree),
        u(s.f_bavail),
        u(s.f_files),
        u(s.f_ffree),
        u(s.f_favail),
        u(s.f_flag),
        u(s.f_namemax),
        u(s.f_fsid),
    ];
    crate::abstract_::call(&cls, &[new_tuple(items)], None)
}

fn m_statvfs(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("statvfs", a, k, &["path"], 1)?;
    let target = arg(&v, 0);
    // SAFETY: statvfs is plain data the calls below fill.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    if is_int(&target) {
        let fd = path_fd("statvfs", &target)?;
        // SAFETY: a descriptor and a valid out-pointer.
        if crate::posixmod::detached_call(|| unsafe { libc::fstatvfs(fd, &mut s) }) != 0 {
            return Err(last_error());
        }
    } else {
        let p = crate::posixmod::path_arg_or_fd("statvfs", &target, true)?;
        let c = cstring("statvfs", &p)?;
        // SAFETY: a NUL-terminated path and a valid out-pointer.
        if crate::posixmod::detached_call(|| unsafe { libc::statvfs(c.as_ptr(), &mut s) }) != 0 {
            return Err(err_at(&io::Error::last_os_error(), &p));
        }
    }
    statvfs_result(m, &s)
}

fn m_fstatvfs(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("fstatvfs", a, k, &["fd"], 1)?;
    let fd = fd_of("fstatvfs", &arg(&v, 0))?;
    // SAFETY: statvfs is plain data fstatvfs fills.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: a descriptor and a valid out-pointer.
    if crate::posixmod::detached_call(|| unsafe { libc::fstatvfs(fd, &mut s) }) != 0 {
        return Err(last_error());
    }
    statvfs_result(m, &s)
}

const PATHCONF: &[(&str, libc::c_int)] = &[
    ("PC_ASYNC_IO", libc::_PC_ASYNC_IO),
    ("PC_CHOWN_RESTRICTED", libc::_PC_CHOWN_RESTRICTED),
    ("PC_FILESIZEBITS", libc::_PC_FILESIZEBITS),
    ("PC_LINK_MAX", libc::_PC_LINK_MAX),
    ("PC_MAX_CANON", libc::_PC_MAX_CANON),
    ("PC_MAX_INPUT", libc::_PC_MAX_INPUT),
    ("PC_NAME_MAX", libc::_PC_NAME_MAX),
    ("PC_NO_TRUNC", libc::_PC_NO_TRUNC),
    ("PC_PATH_MAX", libc::_PC_PATH_MAX),
    ("PC_PIPE_BUF", libc::_PC_PIPE_BUF),
    ("PC_PRIO_IO", libc::_PC_PRIO_IO),
    ("PC_SOCK_MAXBUF", libc::_PC_SOCK_MAXBUF),
    ("PC_SYNC_IO", libc::_PC_SYNC_IO),
    ("PC_VDISABLE", libc::_PC_VDISABLE),
    ("PC_ALLOC_SIZE_MIN", libc::_PC_ALLOC_SIZE_MIN),
    ("PC_REC_INCR_XFER_SIZE", libc::_PC_REC_INCR_XFER_SIZE),
    ("PC_REC_MAX_XFER_SIZE", libc::_PC_REC_MAX_XFER_SIZE),
    ("PC_REC_MIN_XFER_SIZE", libc::_PC_REC_MIN_XFER_SIZE),
    ("PC_REC_XFER_ALIGN", libc::_PC_REC_XFER_ALIGN),
    ("PC_SYMLINK_MAX", libc::_PC_SYMLINK_MAX),
];

const CONFSTR: &[(&str, libc::c_int)] = &[
    ("CS_PATH", libc::_CS_PATH),
    ("CS_GNU_LIBC_VERSION", libc::_CS_GNU_LIBC_VERSION),
    ("CS_GNU_LIBPTHREAD_VERSION", libc::_CS_GNU_LIBPTHREAD_VERSION),
];

/// A configuration name: an int, or a str looked up in `table`.
fn conf_name(o: &Obj, table: &[(&str, libc::c_int)]) -> PyResult<libc::c_int> {
    if let Some(s) = crate::types::str::as_str(o) {
        return table.iter().find(|(n, _)| *n == s).map(|(_, v)| *v).ok_or_else(|| value_error("unrecognized configuration name"));
    }
    if is_int(o) {
        return Ok(int_arg("conf", o)? as libc::c_int);
    }
    Err(type_error("configuration names must be strings or integers"))
}

/// -1 with errno unchanged means "no limit" (returned as -1).
fn conf_result(f: impl FnOnce() -> libc::c_long, p: Option<&PathArg>) -> PyResult {
    // SAFETY: errno is thread-local; cleared to tell the limit -1 from an error.
    unsafe { *libc::__errno_location() = 0 };
    let r = f();
    let e = io::Error::last_os_error();
    if r == -1 && e.raw_os_error().unwrap_or(0) != 0 {
        return Err(match p {
            Some(p) => err_at(&e, p),
            None => crate::types::exceptions::os_error_from_io(&e, None),
        });
    }
    Ok(from_i64(r as i64))
}

fn m_fpathconf(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("fpathconf", a, k, &["fd", "name"], 2)?;
    let name = conf_name(&arg(&v, 1), PATHCONF)?;
    let target = arg(&v, 0);
    if !is_int(&target) {
        let p = path_arg("fpathconf", &target)?;
        let c = cstring("fpathconf", &p)?;
        // SAFETY: a NUL-terminated path and a name.
        return conf_result(|| unsafe { libc::pathconf(c.as_ptr(), name) }, Some(&p));
    }
    let fd = fildes("fpathconf", &target)?;
    // SAFETY: a descriptor and a name.
    conf_result(|| unsafe { libc::fpathconf(fd, name) }, None)
}

fn m_pathconf(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("pathconf", a, k, &["path", "name"], 2)?;
    let name = conf_name(&arg(&v, 1), PATHCONF)?;
    let target = arg(&v, 0);
    if is_int(&target) {
        let fd = path_fd("pathconf", &target)?;
        // SAFETY: a descriptor and a name.
        return conf_result(|| unsafe { libc::fpathconf(fd, name) }, None);
    }
    let p = crate::posixmod::path_arg_or_fd("pathconf", &target, true)?;
    let c = cstring("pathconf", &p)?;
    // SAFETY: a NUL-terminated path and a name.
    conf_result(|| unsafe { libc::pathconf(c.as_ptr(), name) }, Some(&p))
}

fn m_confstr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("confstr", a, k, &["name"], 1)?;
    let name = conf_name(&arg(&v, 0), CONFSTR)?;
    // SAFETY: errno is thread-local; cleared to tell "no value" from an error.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: a null buffer of size 0 asks for the needed size.
    let n = unsafe { libc::confstr(name, std::ptr::null_mut(), 0) };
    if n == 0 {
        if io::Error::last_os_error().raw_os_error().unwrap_or(0) != 0 {
            return Err(last_error());
        }
        return Ok(none());
    }
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` has room for the `n` bytes asked for.
    unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), n) };
    buf.truncate(n - 1);
    Ok(fs_str(&buf))
}

// ---- special descriptors ----

fn m_memfd_create(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("memfd_create", a, k, &["name", "flags"], 1)?;
    let p = path_arg("memfd_create", &arg(&v, 0))?;
    let c = cstring("memfd_create", &p)?;
    let flags = crate::posixmod::opt_int("memfd_create", &v[1], libc::MFD_CLOEXEC as i64)? as libc::c_uint;
    // SAFETY: a NUL-terminated name and flags.
    let fd = unsafe { libc::memfd_create(c.as_ptr(), flags) };
    i64_result(fd as i64)
}

fn m_pidfd_open(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("pidfd_open", a, k, &["pid", "flags"], 1)?;
    let pid = int_arg("pidfd_open", &arg(&v, 0))?;
    let pid = libc::pid_t::try_from(pid).map_err(|_| overflow_error("signed integer is greater than maximum"))?;
    let flags = crate::posixmod::opt_int("pidfd_open", &v[1], 0)? as libc::c_uint;
    // SAFETY: the pidfd_open system call takes two integers.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, flags) };
    i64_result(fd)
}

fn m_timerfd_create(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, _) = crate::builtins::split_kwargs(a, k);
    if pos.len() > 1 {
        return Err(type_error(format!("timerfd_create() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let v = parse_args("timerfd_create", a, k, &["clockid", "flags"], 1)?;
    let clock = int_arg("timerfd_create", &arg(&v, 0))? as libc::clockid_t;
    let flags = crate::posixmod::opt_int("timerfd_create", &v[1], 0)? as libc::c_int;
    // SAFETY: integers only. Always non-inheritable, as in CPython.
    let fd = unsafe { libc::timerfd_create(clock, flags | libc::TFD_CLOEXEC) };
    i64_result(fd as i64)
}

/// Seconds as a float to a timespec, rounding toward negative infinity.
fn float_timespec(o: &Obj) -> PyResult<libc::timespec> {
    let f = crate::abstract_::to_float(o)?;
    let ns = (f * 1e9).floor();
    // NaN too fails this range test, with CPython's OverflowError.
    if !(-9.2e18..9.2e18).contains(&ns) {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(ns_timespec(ns as i64))
}

fn ns_timespec(ns: i64) -> libc::timespec {
    libc::timespec { tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: ns.rem_euclid(1_000_000_000) as libc::c_long }
}

fn int_timespec(o: &Obj) -> PyResult<libc::timespec> {
    let i = crate::abstract_::index(o)?;
    let ns = crate::types::int::as_i64(&i).ok_or_else(|| overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    Ok(ns_timespec(ns))
}

fn timespec_ns(t: &libc::timespec) -> i64 {
    t.tv_sec as i64 * 1_000_000_000 + t.tv_nsec as i64
}

fn timespec_secs(t: &libc::timespec) -> Obj {
    let ns = timespec_ns(t);
    if ns % 1_000_000_000 == 0 {
        new_float((ns / 1_000_000_000) as f64)
    } else {
        new_float(ns as f64 / 1e9)
    }
}

fn timerfd_set(fname: &str, a: &[Obj], k: Option<&Obj>, as_ns: bool) -> PyResult {
    let (pos, _) = crate::builtins::split_kwargs(a, k);
    if pos.len() > 1 {
        return Err(type_error(format!("{fname}() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let v = parse_args(fname, a, k, &["fd", "flags", "initial", "interval"], 1)?;
    let fd = fildes(fname, &arg(&v, 0))?;
    let flags = crate::posixmod::opt_int(fname, &v[1], 0)? as libc::c_int;
    let conv = |o: &Option<Obj>| -> PyResult<libc::timespec> {
        match o {
            None => Ok(ns_timespec(0)),
            Some(x) if as_ns => int_timespec(x),
            Some(x) => float_timespec(x),
        }
    };
    let new = libc::itimerspec { it_value: conv(&v[2])?, it_interval: conv(&v[3])? };
    // SAFETY: itimerspec is plain data timerfd_settime fills.
    let mut old: libc::itimerspec = unsafe { std::mem::zeroed() };
    // SAFETY: a descriptor, flags and two valid itimerspec pointers.
    if unsafe { libc::timerfd_settime(fd, flags, &new, &mut old) } != 0 {
        return Err(last_error());
    }
    Ok(itimer_pair(&old, as_ns))
}

fn itimer_pair(t: &libc::itimerspec, as_ns: bool) -> Obj {
    if as_ns {
        new_tuple(vec![from_i64(timespec_ns(&t.it_value)), from_i64(timespec_ns(&t.it_interval))])
    } else {
        new_tuple(vec![timespec_secs(&t.it_value), timespec_secs(&t.it_interval)])
    }
}

fn m_timerfd_settime(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    timerfd_set("timerfd_settime", a, k, false)
}

fn m_timerfd_settime_ns(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    timerfd_set("timerfd_settime_ns", a, k, true)
}

fn timerfd_get(fname: &str, a: &[Obj], k: Option<&Obj>, as_ns: bool) -> PyResult {
    let v = parse_args(fname, a, k, &["fd"], 1)?;
    let fd = fildes(fname, &arg(&v, 0))?;
    // SAFETY: itimerspec is plain data timerfd_gettime fills.
    let mut cur: libc::itimerspec = unsafe { std::mem::zeroed() };
    // SAFETY: a descriptor and a valid out-pointer.
    if unsafe { libc::timerfd_gettime(fd, &mut cur) } != 0 {
        return Err(last_error());
    }
    Ok(itimer_pair(&cur, as_ns))
}

fn m_timerfd_gettime(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    timerfd_get("timerfd_gettime", a, k, false)
}

fn m_timerfd_gettime_ns(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    timerfd_get("timerfd_gettime_ns", a, k, true)
}

// ---- extended attributes ----

/// The target of an xattr call: a descriptor or a path, with follow_symlinks.
enum XTarget {
    Fd(libc::c_int),
    Path(PathArg, CString, bool),
}

fn xtarget(fname: &str, o: &Obj, follow: &Option<Obj>, allow_none: bool) -> PyResult<XTarget> {
    let follow = match follow {
        Some(f) => crate::abstract_::is_true(f)?,
        None => true,
    };
    if is_int(o) {
        if !follow {
            return Err(value_error(format!("{fname}: cannot use fd and follow_symlinks together")));
        }
        return Ok(XTarget::Fd(path_fd(fname, o)?));
    }
    let p = if allow_none && is_none(o) {
        path_arg(fname, &crate::types::str::new_str("."))?
    } else {
        crate::posixmod::path_arg_or_fd(fname, o, true)?
    };
    let c = cstring(fname, &p)?;
    Ok(XTarget::Path(p, c, follow))
}

fn xerr(t: &XTarget) -> PyErr {
    let e = io::Error::last_os_error();
    match t {
        XTarget::Path(p, _, _) => err_at(&e, p),
        XTarget::Fd(_) => crate::types::exceptions::os_error_from_io(&e, None),
    }
}

fn attr_name(fname: &str, o: &Obj) -> PyResult<CString> {
    let p = path_arg(fname, o)?;
    cstring(fname, &p)
}

fn m_getxattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("getxattr", a, k, &["path", "attribute", "follow_symlinks"], 2)?;
    let t = xtarget("getxattr", &arg(&v, 0), &v[2], false)?;
    let name = attr_name("getxattr", &arg(&v, 1))?;
    let get = |buf: &mut [u8]| -> isize {
        let (p, n) = (buf.as_mut_ptr().cast(), buf.len());
        // SAFETY: `p` is null-or-writable for `n` bytes; the names are NUL-terminated.
        unsafe {
            match &t {
                XTarget::Fd(fd) => libc::fgetxattr(*fd, name.as_ptr(), p, n),
                XTarget::Path(_, c, true) => libc::getxattr(c.as_ptr(), name.as_ptr(), p, n),
                XTarget::Path(_, c, false) => libc::lgetxattr(c.as_ptr(), name.as_ptr(), p, n),
            }
        }
    };
    Ok(new_bytes(&sized_xattr_read(&t, get)?))
}

/// Asks `call` for the size an extended-attribute answer needs, then for the
/// answer, again if it grew in between (ERANGE).
fn sized_xattr_read(t: &XTarget, call: impl Fn(&mut [u8]) -> isize) -> PyResult<Vec<u8>> {
    loop {
        let n = call(&mut []);
        if n < 0 {
            return Err(xerr(t));
        }
        let mut buf = vec![0u8; n as usize];
        let r = call(&mut buf);
        if r < 0 {
            if io::Error::last_os_error().raw_os_error() == Some(libc::ERANGE) {
                continue;
            }
            return Err(xerr(t));
        }
        buf.truncate(r as usize);
        return Ok(buf);
    }
}

fn m_setxattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("setxattr", a, k, &["path", "attribute", "value", "flags", "follow_symlinks"], 3)?;
    let t = xtarget("setxattr", &arg(&v, 0), &v[4], false)?;
    let name = attr_name("setxattr", &arg(&v, 1))?;
    let value = bytes_arg("setxattr", &arg(&v, 2))?;
    let flags = crate::posixmod::opt_int("setxattr", &v[3], 0)? as libc::c_int;
    let (p, n) = (value.as_ptr().cast(), value.len());
    // SAFETY: `value` is readable for `n` bytes; the names are NUL-terminated.
    let r = unsafe {
        match &t {
            XTarget::Fd(fd) => libc::fsetxattr(*fd, name.as_ptr(), p, n, flags),
            XTarget::Path(_, c, true) => libc::setxattr(c.as_ptr(), name.as_ptr(), p, n, flags),
            XTarget::Path(_, c, false) => libc::lsetxattr(c.as_ptr(), name.as_ptr(), p, n, flags),
        }
    };
    if r != 0 {
        return Err(xerr(&t));
    }
    Ok(none())
}

fn m_removexattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("removexattr", a, k, &["path", "attribute", "follow_symlinks"], 2)?;
    let t = xtarget("removexattr", &arg(&v, 0), &v[2], false)?;
    let name = attr_name("removexattr", &arg(&v, 1))?;
    // SAFETY: the names are NUL-terminated.
    let r = unsafe {
        match &t {
            XTarget::Fd(fd) => libc::fremovexattr(*fd, name.as_ptr()),
            XTarget::Path(_, c, true) => libc::removexattr(c.as_ptr(), name.as_ptr()),
            XTarget::Path(_, c, false) => libc::lremovexattr(c.as_ptr(), name.as_ptr()),
        }
    };
    if r != 0 {
        return Err(xerr(&t));
    }
    Ok(none())
}

fn m_listxattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("listxattr", a, k, &["path", "follow_symlinks"], 0)?;
    let t = xtarget("listxattr", &arg(&v, 0), &v[1], true)?;
    let list = |buf: &mut [u8]| -> isize {
        let (p, n) = (buf.as_mut_ptr().cast(), buf.len());
        // SAFETY: `p` is writable for `n` bytes; the path is NUL-terminated.
        unsafe {
            match &t {
                XTarget::Fd(fd) => libc::flistxattr(*fd, p, n),
                XTarget::Path(_, c, true) => libc::listxattr(c.as_ptr(), p, n),
                XTarget::Path(_, c, false) => libc::llistxattr(c.as_ptr(), p, n),
            }
        }
    };
    let buf = sized_xattr_read(&t, list)?;
    let names = buf.split(|b| *b == 0).filter(|s| !s.is_empty()).map(fs_str).collect();
    Ok(crate::types::list::new_list(names))
}

// ---- device numbers, nodes ----

fn dev_arg(o: &Obj) -> PyResult<libc::dev_t> {
    let i = crate::abstract_::index(o)?;
    if let Some(v) = crate::types::int::as_i64(&i) {
        if v == -1 {
            return Ok(libc::dev_t::MAX);
        }
        if v >= 0 {
            return Ok(v as libc::dev_t);
        }
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    crate::types::int::as_bigint(&i).and_then(|b| u64::try_from(b).ok()).ok_or_else(|| overflow_error("Python int too large to convert to C dev_t"))
}

/// A dev_t as an int; NODEV ((dev_t)-1) is -1, as in CPython.
fn dev_obj(d: u64) -> Obj {
    if d == libc::dev_t::MAX {
        return from_i64(-1);
    }
    crate::types::int::from_bigint(num_bigint::BigInt::from(d))
}

fn m_major(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("major", a, k, &["device"], 1)?;
    let d = dev_arg(&arg(&v, 0))?;
    if d == libc::dev_t::MAX {
        return Ok(from_i64(-1));
    }
    Ok(from_i64(libc::major(d) as i64))
}

fn m_minor(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("minor", a, k, &["device"], 1)?;
    let d = dev_arg(&arg(&v, 0))?;
    if d == libc::dev_t::MAX {
        return Ok(from_i64(-1));
    }
    Ok(from_i64(libc::minor(d) as i64))
}

fn m_makedev(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("makedev", a, k, &["major", "minor"], 2)?;
    let part = |o: &Obj| -> PyResult<u32> {
        let x = int_arg("makedev", o)?;
        if x == -1 {
            return Ok(u32::MAX);
        }
        u32::try_from(x).map_err(|_| overflow_error(if x < 0 { "can't convert negative int to unsigned" } else { "Python int too large to convert to C unsigned int" }))
    };
    Ok(dev_obj(libc::makedev(part(&arg(&v, 0))?, part(&arg(&v, 1))?)))
}

fn m_mknod(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("mknod", a, k, &["path", "mode", "device", "dir_fd"], 1)?;
    let p = path_arg("mknod", &arg(&v, 0))?;
    let mode = crate::posixmod::opt_int("mknod", &v[1], 0o600)? as libc::mode_t;
    let dev = match &v[2] {
        Some(d) => dev_arg(d)?,
        None => 0,
    };
    let dfd = crate::posixmod::dir_fd_arg("mknod", &v[3])?.unwrap_or(libc::AT_FDCWD);
    let c = cstring("mknod", &p)?;
    // SAFETY: a NUL-terminated path, a mode and a device number.
    if unsafe { libc::mknodat(dfd, c.as_ptr(), mode, dev) } != 0 {
        return Err(err_at(&io::Error::last_os_error(), &p));
    }
    Ok(none())
}

// ---- terminals ----

fn m_ttyname(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("ttyname", a, k, &["fd"], 1)?;
    tty_name_r(fd_of("ttyname", &arg(&v, 0))?, libc::ttyname_r)
}

/// The device name a `*_r` call (ttyname_r, ptsname_r) writes for `fd`.
fn tty_name_r(fd: libc::c_int, f: unsafe extern "C" fn(libc::c_int, *mut libc::c_char, libc::size_t) -> libc::c_int) -> PyResult {
    let mut buf = vec![0u8; 4096];
    // SAFETY: `buf` is writable for its length; the call writes a NUL-terminated name.
    let r = unsafe { f(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return Err(errno_value(r));
    }
    let n = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(fs_str(&buf[..n]))
}

fn m_ctermid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    parse_args("ctermid", a, k, &[], 0)?;
    let mut buf = [0u8; 64];
    // SAFETY: `buf` is larger than L_ctermid.
    let p = unsafe { libc::ctermid(buf.as_mut_ptr().cast()) };
    if p.is_null() {
        return Err(last_error());
    }
    let n = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(fs_str(&buf[..n]))
}

fn m_posix_openpt(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("posix_openpt", a, k, &["oflag"], 1)?;
    let flags = int_arg("posix_openpt", &arg(&v, 0))? as libc::c_int;
    // SAFETY: flags only; the descriptor is made non-inheritable as in CPython.
    let fd = unsafe { libc::posix_openpt(flags | libc::O_CLOEXEC) };
    i64_result(fd as i64)
}

fn pt_call(fname: &str, a: &[Obj], k: Option<&Obj>, f: unsafe extern "C" fn(libc::c_int) -> libc::c_int) -> PyResult {
    let v = parse_args(fname, a, k, &["fd"], 1)?;
    let fd = fildes(fname, &arg(&v, 0))?;
    // SAFETY: the function takes a descriptor.
    ok_or_errno(unsafe { f(fd) })
}

fn m_grantpt(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pt_call("grantpt", a, k, libc::grantpt)
}

fn m_unlockpt(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pt_call("unlockpt", a, k, libc::unlockpt)
}

fn m_ptsname(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("ptsname", a, k, &["fd"], 1)?;
    tty_name_r(fildes("ptsname", &arg(&v, 0))?, libc::ptsname_r)
}

fn m_tcgetpgrp(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("tcgetpgrp", a, k, &["fd"], 1)?;
    let fd = fd_of("tcgetpgrp", &arg(&v, 0))?;
    // SAFETY: a descriptor.
    i64_result(unsafe { libc::tcgetpgrp(fd) } as i64)
}

fn m_tcsetpgrp(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("tcsetpgrp", a, k, &["fd", "pgid"], 2)?;
    let fd = fd_of("tcsetpgrp", &arg(&v, 0))?;
    let pg = int_arg("tcsetpgrp", &arg(&v, 1))? as libc::pid_t;
    // SAFETY: integers only.
    ok_or_errno(unsafe { libc::tcsetpgrp(fd, pg) })
}

fn m_chroot(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("chroot", a, k, &["path"], 1)?;
    let p = path_arg("chroot", &arg(&v, 0))?;
    let c = cstring("chroot", &p)?;
    // SAFETY: a NUL-terminated path.
    if unsafe { libc::chroot(c.as_ptr()) } != 0 {
        return Err(err_at(&io::Error::last_os_error(), &p));
    }
    Ok(none())
}

fn m_abort(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    parse_args("abort", a, k, &[], 0)?;
    // SAFETY: abort ends the process; nothing runs after it.
    unsafe { libc::abort() }
}

// ---- user and group ids ----

macro_rules! set_ids {
    ($fn:ident, $name:literal, $kind:literal, [$($arg:literal),+], $call:expr) => {
        fn $fn(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
            let v = parse_args($name, a, k, &[$($arg),+], [$($arg),+].len())?;
            let ids: Vec<u32> = v.iter().map(|o| id_arg($kind, o.as_ref().unwrap_or(&none()))).collect::<PyResult<_>>()?;
            #[allow(clippy::redundant_closure_call)]
            // SAFETY: the call takes integer ids only.
            let r = unsafe { ($call)(&ids) };
            ok_or_errno(r)
        }
    };
}

set_ids!(m_setuid, "setuid", "uid", ["uid"], |i: &[u32]| libc::setuid(i[0]));
set_ids!(m_setgid, "setgid", "gid", ["gid"], |i: &[u32]| libc::setgid(i[0]));
set_ids!(m_seteuid, "seteuid", "uid", ["euid"], |i: &[u32]| libc::seteuid(i[0]));
set_ids!(m_setegid, "setegid", "gid", ["egid"], |i: &[u32]| libc::setegid(i[0]));
set_ids!(m_setreuid, "setreuid", "uid", ["ruid", "euid"], |i: &[u32]| libc::setreuid(i[0], i[1]));
set_ids!(m_setregid, "setregid", "gid", ["rgid", "egid"], |i: &[u32]| libc::setregid(i[0], i[1]));
set_ids!(m_setresuid, "setresuid", "uid", ["ruid", "euid", "suid"], |i: &[u32]| libc::setresuid(i[0], i[1], i[2]));
set_ids!(m_setresgid, "setresgid", "gid", ["rgid", "egid", "sgid"], |i: &[u32]| libc::setresgid(i[0], i[1], i[2]));

fn m_getresuid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    get_res_ids("getresuid", a, k, libc::getresuid)
}

fn m_getresgid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    get_res_ids("getresgid", a, k, libc::getresgid)
}

/// (real, effective, saved) ids from getresuid/getresgid (uid_t and gid_t
/// are both u32 on Linux).
fn get_res_ids(fname: &str, a: &[Obj], k: Option<&Obj>, f: unsafe extern "C" fn(*mut u32, *mut u32, *mut u32) -> libc::c_int) -> PyResult {
    parse_args(fname, a, k, &[], 0)?;
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: three valid out-pointers.
    if unsafe { f(&mut r, &mut e, &mut s) } != 0 {
        return Err(last_error());
    }
    Ok(new_tuple(vec![id_obj(r), id_obj(e), id_obj(s)]))
}

fn m_setgroups(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("setgroups", a, k, &["groups"], 1)?;
    let g = arg(&v, 0);
    if g.type_obj().getitem.is_none() || g.type_obj().len.is_none() {
        return Err(type_error("setgroups argument must be a sequence"));
    }
    let mut ids = Vec::new();
    for item in crate::abstract_::collect(&g)? {
        if !is_int(&item) {
            return Err(type_error(format!("gid should be integer, not {}", item.type_obj().name())));
        }
        ids.push(id_arg("gid", &item)?);
    }
    // SAFETY: `ids` holds `ids.len()` group ids.
    ok_or_errno(unsafe { libc::setgroups(ids.len(), ids.as_ptr()) })
}

fn m_initgroups(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("initgroups", a, k, &["username", "gid"], 2)?;
    let user = path_arg("initgroups", &arg(&v, 0))?;
    let c = cstring("initgroups", &user)?;
    let gid = id_arg("gid", &arg(&v, 1))?;
    // SAFETY: a NUL-terminated name and a group id.
    ok_or_errno(unsafe { libc::initgroups(c.as_ptr(), gid) })
}

fn m_getgrouplist(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("getgrouplist", a, k, &["user", "group"], 2)?;
    let user_obj = arg(&v, 0);
    let user = crate::types::str::as_str(&user_obj).ok_or_else(|| type_error(format!("getgrouplist() argument 1 must be str, not {}", user_obj.type_obj().name())))?;
    let c = CString::new(user.as_bytes()).map_err(|_| value_error("embedded null character"))?;
    let gid = id_arg("gid", &arg(&v, 1))?;
    let mut n: libc::c_int = 64;
    loop {
        let mut groups = vec![0 as libc::gid_t; n as usize];
        let mut got = n;
        // SAFETY: `groups` has room for `got` ids; getgrouplist updates `got`.
        let r = unsafe { libc::getgrouplist(c.as_ptr(), gid, groups.as_mut_ptr(), &mut got) };
        if r >= 0 {
            groups.truncate(got as usize);
            return Ok(crate::types::list::new_list(groups.into_iter().map(id_obj).collect()));
        }
        if got <= n {
            n *= 2;
        } else {
            n = got;
        }
        if n > 1 << 20 {
            return Err(PyErr::new(&crate::types::exceptions::MEMORY_ERROR, ""));
        }
    }
}

fn prio_args(fname: &str, v: &[Option<Obj>]) -> PyResult<(libc::c_int, libc::id_t)> {
    let which = int_arg(fname, &arg(v, 0))? as libc::c_int;
    let who = int_arg(fname, &arg(v, 1))? as libc::id_t;
    Ok((which, who))
}

fn m_getpriority(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("getpriority", a, k, &["which", "who"], 2)?;
    let (which, who) = prio_args("getpriority", &v)?;
    // SAFETY: errno is thread-local; cleared to tell the priority -1 from an error.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: integers only.
    let r = unsafe { libc::getpriority(which as libc::__priority_which_t, who) };
    if r == -1 && io::Error::last_os_error().raw_os_error().unwrap_or(0) != 0 {
        return Err(last_error());
    }
    Ok(from_i64(r as i64))
}

fn m_setpriority(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("setpriority", a, k, &["which", "who", "priority"], 3)?;
    let (which, who) = prio_args("setpriority", &v)?;
    let prio = int_arg("setpriority", &arg(&v, 2))? as libc::c_int;
    // SAFETY: integers only.
    ok_or_errno(unsafe { libc::setpriority(which as libc::__priority_which_t, who, prio) })
}

fn m_setpgrp(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    parse_args("setpgrp", a, k, &[], 0)?;
    // SAFETY: no arguments.
    ok_or_errno(unsafe { libc::setpgid(0, 0) })
}

// ---- scheduler ----

fn pid_arg(fname: &str, o: &Obj) -> PyResult<libc::pid_t> {
    let v = int_arg(fname, o)?;
    libc::pid_t::try_from(v).map_err(|_| overflow_error("signed integer is greater than maximum"))
}

fn m_sched_get_priority_max(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_get_priority_max", a, k, &["policy"], 1)?;
    let p = int_arg("sched_get_priority_max", &arg(&v, 0))? as libc::c_int;
    // SAFETY: an integer.
    i64_result(unsafe { libc::sched_get_priority_max(p) } as i64)
}

fn m_sched_get_priority_min(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_get_priority_min", a, k, &["policy"], 1)?;
    let p = int_arg("sched_get_priority_min", &arg(&v, 0))? as libc::c_int;
    // SAFETY: an integer.
    i64_result(unsafe { libc::sched_get_priority_min(p) } as i64)
}

fn m_sched_getscheduler(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_getscheduler", a, k, &["pid"], 1)?;
    let pid = pid_arg("sched_getscheduler", &arg(&v, 0))?;
    // SAFETY: a pid.
    i64_result(unsafe { libc::sched_getscheduler(pid) } as i64)
}

fn sched_param_cls(m: &Obj) -> PyResult {
    crate::types::dict::get_str(m, &crate::types::str::intern("sched_param")).ok_or_else(|| type_error("sched_param missing"))
}

fn m_sched_getparam(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_getparam", a, k, &["pid"], 1)?;
    let pid = pid_arg("sched_getparam", &arg(&v, 0))?;
    let mut p = libc::sched_param { sched_priority: 0 };
    // SAFETY: a pid and a valid out-pointer.
    if unsafe { libc::sched_getparam(pid, &mut p) } != 0 {
        return Err(last_error());
    }
    crate::abstract_::call(&sched_param_cls(m)?, &[from_i64(p.sched_priority as i64)], None)
}

/// A `sched_param` instance's priority (a C int).
fn param_arg(m: &Obj, o: &Obj) -> PyResult<libc::sched_param> {
    let cls = sched_param_cls(m)?;
    if !crate::builtins::isinstance(o, &cls)? {
        return Err(type_error("must have a sched_param object"));
    }
    let pr = crate::abstract_::getitem(o, &from_i64(0))?;
    if !is_int(&pr) {
        return Err(type_error(format!("an integer is required (got type {})", pr.type_obj().name())));
    }
    let x = crate::types::int::as_i64(&pr).filter(|x| i32::try_from(*x).is_ok()).ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
    Ok(libc::sched_param { sched_priority: x as libc::c_int })
}

fn m_sched_setparam(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_setparam", a, k, &["pid", "param"], 2)?;
    let pid = pid_arg("sched_setparam", &arg(&v, 0))?;
    let p = param_arg(m, &arg(&v, 1))?;
    // SAFETY: a pid and a valid pointer.
    ok_or_errno(unsafe { libc::sched_setparam(pid, &p) })
}

fn m_sched_setscheduler(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_setscheduler", a, k, &["pid", "policy", "param"], 3)?;
    let pid = pid_arg("sched_setscheduler", &arg(&v, 0))?;
    let policy = int_arg("sched_setscheduler", &arg(&v, 1))? as libc::c_int;
    let p = param_arg(m, &arg(&v, 2))?;
    // SAFETY: a pid, a policy and a valid pointer.
    ok_or_errno(unsafe { libc::sched_setscheduler(pid, policy, &p) })
}

fn m_sched_rr_get_interval(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_rr_get_interval", a, k, &["pid"], 1)?;
    let pid = pid_arg("sched_rr_get_interval", &arg(&v, 0))?;
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a pid and a valid out-pointer.
    if unsafe { libc::sched_rr_get_interval(pid, &mut t) } != 0 {
        return Err(last_error());
    }
    Ok(new_float(t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9))
}

fn m_sched_setaffinity(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("sched_setaffinity", a, k, &["pid", "mask"], 2)?;
    let pid = pid_arg("sched_setaffinity", &arg(&v, 0))?;
    // SAFETY: cpu_set_t is plain data.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    let it = crate::abstract_::iter(&arg(&v, 1))?;
    while let Some(item) = crate::abstract_::next(&it)? {
        if !is_int(&item) {
            return Err(type_error(format!("expected an iterator of ints, but iterator yielded <class '{}'>", item.type_obj().name())));
        }
        let cpu = crate::types::int::as_i64(&item);
        match cpu {
            Some(c) if c < 0 => return Err(value_error("negative CPU number")),
            // SAFETY: the CPU number is within the set's bounds.
            Some(c) if (c as usize) < libc::CPU_SETSIZE as usize => unsafe { libc::CPU_SET(c as usize, &mut set) },
            Some(_) => return Err(value_error("invalid CPU number")),
            None => {
                let neg = crate::types::int::as_bigint(&item).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                return Err(if neg { value_error("negative CPU number") } else { overflow_error("Python int too large to convert to C long") });
            }
        }
    }
    // SAFETY: a pid, the set's size and a valid pointer.
    ok_or_errno(unsafe { libc::sched_setaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &set) })
}

// ---- wait3, wait4, waitid ----

fn rusage_obj(r: &libc::rusage) -> PyResult {
    let res = crate::import::import_module("resource")?;
    let cls = crate::abstract_::getattr_str(&res, "struct_rusage")?;
    let tv = |t: &libc::timeval| new_float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let i = |x: libc::c_long| from_i64(x as i64);
    let items = vec![
        tv(&r.ru_utime),
        tv(&r.ru_stime),
        i(r.ru_maxrss),
        i(r.ru_ixrss),
        i(r.ru_idrss),
        i(r.ru_isrss),
        i(r.ru_minflt),
        i(r.ru_majflt),
        i(r.ru_nswap),
        i(r.ru_inblock),
        i(r.ru_oublock),
        i(r.ru_msgsnd),
        i(r.ru_msgrcv),
        i(r.ru_nsignals),
        i(r.ru_nvcsw),
        i(r.ru_nivcsw),
    ];
    crate::abstract_::call(&cls, &[new_tuple(items)], None)
}

fn wait_rusage(pid: libc::pid_t, options: libc::c_int) -> PyResult {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain data wait4 fills.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: valid out-pointers for the status and the usage.
        let (r, err) = crate::posixmod::detached_call(|| (unsafe { libc::wait4(pid, &mut status, options, &mut ru) }, io::Error::last_os_error()));
        if r >= 0 {
            return Ok(new_tuple(vec![from_i64(r as i64), from_i64(status as i64), rusage_obj(&ru)?]));
        }
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(crate::types::exceptions::os_error_from_io(&err, None));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

fn m_wait3(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("wait3", a, k, &["options"], 1)?;
    let options = int_arg("wait3", &arg(&v, 0))? as libc::c_int;
    wait_rusage(-1, options)
}

fn m_wait4(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("wait4", a, k, &["pid", "options"], 2)?;
    let pid = pid_arg("wait4", &arg(&v, 0))?;
    let options = int_arg("wait4", &arg(&v, 1))? as libc::c_int;
    wait_rusage(pid, options)
}

static WAITID_RESULT: crate::structseq::StructSeq =
    crate::structseq::StructSeq::new("posix", "waitid_result", &["si_pid", "si_uid", "si_signo", "si_status", "si_code"]);

fn m_waitid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("waitid", a, k, &["idtype", "id", "options"], 3)?;
    let idtype = int_arg("waitid", &arg(&v, 0))? as libc::idtype_t;
    let id = int_arg("waitid", &arg(&v, 1))? as libc::id_t;
    let options = int_arg("waitid", &arg(&v, 2))? as libc::c_int;
    loop {
        // SAFETY: siginfo_t is plain data waitid fills.
        let mut si: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: a valid out-pointer.
        let (r, err) = crate::posixmod::detached_call(|| (unsafe { libc::waitid(idtype, id, &mut si, options) }, io::Error::last_os_error()));
        if r >= 0 {
            // SAFETY: the fields of a siginfo that waitid filled (zero if no child changed state).
            let (pid, uid, status) = unsafe { (si.si_pid(), si.si_uid(), si.si_status()) };
            if pid == 0 {
                return Ok(none());
            }
            return WAITID_RESULT.make(vec![from_i64(pid as i64), from_i64(uid as i64), from_i64(si.si_signo as i64), from_i64(status as i64), from_i64(si.si_code as i64)]);
        }
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(crate::types::exceptions::os_error_from_io(&err, None));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

// ---- namespaces ----

fn m_unshare(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("unshare", a, k, &["flags"], 1)?;
    let flags = int_arg("unshare", &arg(&v, 0))? as libc::c_int;
    // SAFETY: flags only.
    ok_or_errno(unsafe { libc::unshare(flags) })
}

fn m_setns(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("setns", a, k, &["fd", "nstype"], 1)?;
    let fd = fildes("setns", &arg(&v, 0))?;
    let nstype = crate::posixmod::opt_int("setns", &v[1], 0)? as libc::c_int;
    // SAFETY: integers only.
    ok_or_errno(unsafe { libc::setns(fd, nstype) })
}

/// Adds this file's functions and constants to the `posix` dict.
pub fn register(d: &Obj) {
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("pread", m_pread),
        ("pwrite", m_pwrite),
        ("readv", m_readv),
        ("writev", m_writev),
        ("preadv", m_preadv),
        ("pwritev", m_pwritev),
        ("copy_file_range", m_copy_file_range),
        ("splice", m_splice),
        ("posix_fallocate", m_posix_fallocate),
        ("posix_fadvise", m_posix_fadvise),
        ("lockf", m_lockf),
        ("fchdir", m_fchdir),
        ("fpathconf", m_fpathconf),
        ("pathconf", m_pathconf),
        ("confstr", m_confstr),
        ("memfd_create", m_memfd_create),
        ("pidfd_open", m_pidfd_open),
        ("timerfd_create", m_timerfd_create),
        ("timerfd_settime", m_timerfd_settime),
        ("timerfd_settime_ns", m_timerfd_settime_ns),
        ("timerfd_gettime", m_timerfd_gettime),
        ("timerfd_gettime_ns", m_timerfd_gettime_ns),
        ("getxattr", m_getxattr),
        ("setxattr", m_setxattr),
        ("removexattr", m_removexattr),
        ("listxattr", m_listxattr),
        ("major", m_major),
        ("minor", m_minor),
        ("makedev", m_makedev),
        ("mknod", m_mknod),
        ("ttyname", m_ttyname),
        ("ctermid", m_ctermid),
        ("posix_openpt", m_posix_openpt),
        ("grantpt", m_grantpt),
        ("unlockpt", m_unlockpt),
        ("ptsname", m_ptsname),
        ("tcgetpgrp", m_tcgetpgrp),
        ("tcsetpgrp", m_tcsetpgrp),
        ("chroot", m_chroot),
        ("abort", m_abort),
        ("setuid", m_setuid),
        ("setgid", m_setgid),
        ("seteuid", m_seteuid),
        ("setegid", m_setegid),
        ("setreuid", m_setreuid),
        ("setregid", m_setregid),
        ("setresuid", m_setresuid),
        ("setresgid", m_setresgid),
        ("getresuid", m_getresuid),
        ("getresgid", m_getresgid),
        ("setgroups", m_setgroups),
        ("initgroups", m_initgroups),
        ("getgrouplist", m_getgrouplist),
        ("getpriority", m_getpriority),
        ("setpriority", m_setpriority),
        ("setpgrp", m_setpgrp),
        ("sched_get_priority_max", m_sched_get_priority_max),
        ("sched_get_priority_min", m_sched_get_priority_min),
        ("sched_getscheduler", m_sched_getscheduler),
        ("sched_rr_get_interval", m_sched_rr_get_interval),
        ("sched_setaffinity", m_sched_setaffinity),
        ("wait3", m_wait3),
        ("wait4", m_wait4),
        ("waitid", m_waitid),
        ("unshare", m_unshare),
        ("setns", m_setns),
    ];
    for (name, f) in funcs {
        set_item_str(d, name, crate::types::function::new_builtin(name, *f, none(), Some("posix")));
    }
    // Functions whose self is the module dict, where they find its classes.
    let module = d.clone();
    for (name, f) in [
        ("statvfs", m_statvfs as crate::types::typeobj::MethodFn),
        ("fstatvfs", m_fstatvfs),
        ("sched_getparam", m_sched_getparam),
        ("sched_setparam", m_sched_setparam),
        ("sched_setscheduler", m_sched_setscheduler),
    ] {
        set_item_str(d, name, crate::types::function::new_builtin(name, f, module.clone(), Some("posix")));
    }
    if let Ok(t) = WAITID_RESULT.get_type() {
        set_item_str(d, "waitid_result", t);
    }
    let table = |pairs: &[(&str, libc::c_int)]| {
        let names = crate::types::dict::new_dict();
        for (n, v) in pairs {
            set_item_str(&names, n, from_i64(*v as i64));
        }
        names
    };
    set_item_str(d, "pathconf_names", table(PATHCONF));
    set_item_str(d, "confstr_names", table(CONFSTR));
    for (n, v) in CONSTANTS {
        set_item_str(d, n, from_i64(*v));
    }
}

/// Linux constants of `posix` beyond those posixmod.rs sets.
const CONSTANTS: &[(&str, i64)] = &[
    ("CLD_CONTINUED", libc::CLD_CONTINUED as i64),
    ("CLD_DUMPED", libc::CLD_DUMPED as i64),
    ("CLD_EXITED", libc::CLD_EXITED as i64),
    ("CLD_KILLED", libc::CLD_KILLED as i64),
    ("CLD_STOPPED", libc::CLD_STOPPED as i64),
    ("CLD_TRAPPED", libc::CLD_TRAPPED as i64),
    ("CLONE_FILES", libc::CLONE_FILES as i64),
    ("CLONE_FS", libc::CLONE_FS as i64),
    ("CLONE_NEWCGROUP", libc::CLONE_NEWCGROUP as i64),
    ("CLONE_NEWIPC", libc::CLONE_NEWIPC as i64),
    ("CLONE_NEWNET", libc::CLONE_NEWNET as i64),
    ("CLONE_NEWNS", libc::CLONE_NEWNS as i64),
    ("CLONE_NEWPID", libc::CLONE_NEWPID as i64),
    ("CLONE_NEWTIME", 0x80),
    ("CLONE_NEWUSER", libc::CLONE_NEWUSER as i64),
    ("CLONE_NEWUTS", libc::CLONE_NEWUTS as i64),
    ("CLONE_SIGHAND", libc::CLONE_SIGHAND as i64),
    ("CLONE_SYSVSEM", libc::CLONE_SYSVSEM as i64),
    ("CLONE_THREAD", libc::CLONE_THREAD as i64),
    ("CLONE_VM", libc::CLONE_VM as i64),
    ("EX_USAGE", 64),
    ("EX_DATAERR", 65),
    ("EX_NOINPUT", 66),
    ("EX_NOUSER", 67),
    ("EX_NOHOST", 68),
    ("EX_UNAVAILABLE", 69),
    ("EX_SOFTWARE", 70),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_CANTCREAT", 73),
    ("EX_IOERR", 74),
    ("EX_TEMPFAIL", 75),
    ("EX_PROTOCOL", 76),
    ("EX_NOPERM", 77),
    ("EX_CONFIG", 78),
    ("F_LOCK", libc::F_LOCK as i64),
    ("F_TEST", libc::F_TEST as i64),
    ("F_TLOCK", libc::F_TLOCK as i64),
    ("F_ULOCK", libc::F_ULOCK as i64),
    ("MFD_ALLOW_SEALING", libc::MFD_ALLOW_SEALING as i64),
    ("MFD_CLOEXEC", libc::MFD_CLOEXEC as i64),
    ("MFD_HUGETLB", libc::MFD_HUGETLB as i64),
    ("MFD_HUGE_SHIFT", 26),
    ("MFD_HUGE_MASK", 0x3f),
    ("MFD_HUGE_64KB", 16 << 26),
    ("MFD_HUGE_512KB", 19 << 26),
    ("MFD_HUGE_1MB", 20 << 26),
    ("MFD_HUGE_2MB", 21 << 26),
    ("MFD_HUGE_8MB", 23 << 26),
    ("MFD_HUGE_16MB", 24 << 26),
    ("MFD_HUGE_32MB", 25 << 26),
    ("MFD_HUGE_256MB", 28 << 26),
    ("MFD_HUGE_512MB", 29 << 26),
    ("MFD_HUGE_1GB", 30 << 26),
    ("MFD_HUGE_2GB", 31 << 26),
    ("MFD_HUGE_16GB", 34 << 26),
    ("NGROUPS_MAX", 65536),
    ("O_ASYNC", libc::O_ASYNC as i64),
    ("O_DIRECT", libc::O_DIRECT as i64),
    ("O_FSYNC", libc::O_FSYNC as i64),
    ("O_LARGEFILE", 0),
    ("O_NOATIME", libc::O_NOATIME as i64),
    ("O_PATH", libc::O_PATH as i64),
    ("O_RSYNC", libc::O_RSYNC as i64),
    ("O_TMPFILE", libc::O_TMPFILE as i64),
    ("POSIX_FADV_DONTNEED", libc::POSIX_FADV_DONTNEED as i64),
    ("POSIX_FADV_NOREUSE", libc::POSIX_FADV_NOREUSE as i64),
    ("POSIX_FADV_NORMAL", libc::POSIX_FADV_NORMAL as i64),
    ("POSIX_FADV_RANDOM", libc::POSIX_FADV_RANDOM as i64),
    ("POSIX_FADV_SEQUENTIAL", libc::POSIX_FADV_SEQUENTIAL as i64),
    ("POSIX_FADV_WILLNEED", libc::POSIX_FADV_WILLNEED as i64),
    ("PRIO_PGRP", libc::PRIO_PGRP as i64),
    ("PRIO_PROCESS", libc::PRIO_PROCESS as i64),
    ("PRIO_USER", libc::PRIO_USER as i64),
    ("P_ALL", libc::P_ALL as i64),
    ("P_PGID", libc::P_PGID as i64),
    ("P_PID", libc::P_PID as i64),
    ("P_PIDFD", 3),
    ("RTLD_DEEPBIND", libc::RTLD_DEEPBIND as i64),
    ("RTLD_GLOBAL", libc::RTLD_GLOBAL as i64),
    ("RTLD_LAZY", libc::RTLD_LAZY as i64),
    ("RTLD_LOCAL", libc::RTLD_LOCAL as i64),
    ("RTLD_NODELETE", libc::RTLD_NODELETE as i64),
    ("RTLD_NOLOAD", libc::RTLD_NOLOAD as i64),
    ("RTLD_NOW", libc::RTLD_NOW as i64),
    ("RWF_APPEND", libc::RWF_APPEND as i64),
    ("RWF_DSYNC", libc::RWF_DSYNC as i64),
    ("RWF_HIPRI", libc::RWF_HIPRI as i64),
    ("RWF_NOWAIT", libc::RWF_NOWAIT as i64),
    ("RWF_SYNC", libc::RWF_SYNC as i64),
    ("SCHED_BATCH", libc::SCHED_BATCH as i64),
    ("SCHED_FIFO", libc::SCHED_FIFO as i64),
    ("SCHED_IDLE", libc::SCHED_IDLE as i64),
    ("SCHED_OTHER", libc::SCHED_OTHER as i64),
    ("SCHED_RESET_ON_FORK", libc::SCHED_RESET_ON_FORK as i64),
    ("SCHED_RR", libc::SCHED_RR as i64),
    ("SEEK_DATA", libc::SEEK_DATA as i64),
    ("SEEK_HOLE", libc::SEEK_HOLE as i64),
    ("SPLICE_F_MORE", libc::SPLICE_F_MORE as i64),
    ("SPLICE_F_MOVE", libc::SPLICE_F_MOVE as i64),
    ("SPLICE_F_NONBLOCK", libc::SPLICE_F_NONBLOCK as i64),
    ("ST_APPEND", libc::ST_APPEND as i64),
    ("ST_MANDLOCK", libc::ST_MANDLOCK as i64),
    ("ST_NOATIME", libc::ST_NOATIME as i64),
    ("ST_NODEV", libc::ST_NODEV as i64),
    ("ST_NODIRATIME", libc::ST_NODIRATIME as i64),
    ("ST_NOEXEC", libc::ST_NOEXEC as i64),
    ("ST_NOSUID", libc::ST_NOSUID as i64),
    ("ST_RDONLY", libc::ST_RDONLY as i64),
    ("ST_RELATIME", libc::ST_RELATIME as i64),
    ("ST_SYNCHRONOUS", libc::ST_SYNCHRONOUS as i64),
    ("ST_WRITE", libc::ST_WRITE as i64),
    ("TFD_CLOEXEC", libc::TFD_CLOEXEC as i64),
    ("TFD_NONBLOCK", libc::TFD_NONBLOCK as i64),
    ("TFD_TIMER_ABSTIME", libc::TFD_TIMER_ABSTIME as i64),
    ("TFD_TIMER_CANCEL_ON_SET", 2),
    ("TMP_MAX", 238328),
    ("WEXITED", libc::WEXITED as i64),
    ("WNOWAIT", libc::WNOWAIT as i64),
    ("WSTOPPED", libc::WSTOPPED as i64),
    ("XATTR_CREATE", libc::XATTR_CREATE as i64),
    ("XATTR_REPLACE", libc::XATTR_REPLACE as i64),
    ("XATTR_SIZE_MAX", 65536),
];
