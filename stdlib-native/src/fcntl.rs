//! `fcntl`: `fcntl`, `ioctl`, `flock` and `lockf` over the C library, with
//! CPython 3.13's argument rules (an int argument, or a buffer of at most
//! 1024 bytes copied in and out) and its constants.

use pyk_sdk::prelude::*;

use crate::sysutil::{blocking, errno, fileno_of, os_error};

/// The buffer limit CPython's fcntl and ioctl copy through.
const BUF_LEN: usize = 1024;

fn c_int_of(o: &PyAny) -> PyResult<libc::c_int> {
    let v = pyk_sdk::types::builtin("int")?;
    // `operator.index` semantics with CPython's message for non-integers.
    if !o.is_int() && o.getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    let i = if o.is_int() { o.to_i64()? } else { v.call(&[o])?.to_i64()? };
    libc::c_int::try_from(i).map_err(|_| {
        PyErr::overflow_error(if i < 0 { "signed integer is less than minimum" } else { "signed integer is greater than maximum" })
    })
}

fn c_uint_of(o: &PyAny) -> PyResult<libc::c_ulong> {
    let i = if o.is_int() {
        match o.to_i64() {
            Ok(i) => i,
            // A big int is masked to its low bits, as PyLong_AsUnsignedLongMask.
            Err(_) => o.getattr("__and__")?.call(&[&*PyObj::from(0xffff_ffffi64)])?.to_i64()?,
        }
    } else {
        c_int_of(o)? as i64
    };
    // CPython parses ioctl's request with "I" (unsigned int, no overflow check).
    Ok((i as u32) as libc::c_ulong)
}

/// The bytes of a str (UTF-8) or read-only bytes-like argument, or None.
fn buffer_arg(o: &PyAny) -> PyResult<Option<Vec<u8>>> {
    if o.is_str() {
        return Ok(Some(o.as_str()?.as_bytes().to_vec()));
    }
    if o.is_int() {
        return Ok(None);
    }
    match o.bytes_like() {
        Ok(b) => Ok(Some(b)),
        Err(_) => Ok(None),
    }
}

/// Calls `f` again after EINTR (as select's calls do).
fn retry(mut f: impl FnMut() -> libc::c_int) -> PyResult<libc::c_int> {
    loop {
        let r = blocking(&mut f);
        if r != -1 {
            return Ok(r);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(os_error(e));
        }
    }
}

fn fcntl_(args: Args) -> PyResult<PyObj> {
    let a = args.range(2, 3)?;
    let fd = fileno_of(&a[0])?;
    let cmd = c_int_of(&a[1])?;
    if let Some(arg) = a.get(2) {
        if let Some(mut buf) = buffer_arg(arg)? {
            if buf.len() > BUF_LEN {
                return Err(PyErr::value_error("fcntl string arg too long"));
            }
            let n = buf.len();
            buf.resize(BUF_LEN, 0);
            // SAFETY: `buf` holds BUF_LEN bytes, as much as CPython lets the call see.
            retry(|| unsafe { libc::fcntl(fd, cmd, buf.as_mut_ptr()) })?;
            return PyObj::bytes(&buf[..n]);
        }
        // CPython parses the int with "I": an unsigned int, truncated
        // without an overflow check (F_NOTIFY's DN_MULTISHOT is 2**31).
        let v = c_uint_of(arg)? as u32 as libc::c_int;
        // SAFETY: an int third argument is passed by value.
        return Ok(PyObj::from(retry(|| unsafe { libc::fcntl(fd, cmd, v) })? as i64));
    }
    // SAFETY: as above, with CPython's default of 0.
    Ok(PyObj::from(retry(|| unsafe { libc::fcntl(fd, cmd, 0) })? as i64))
}

/// Whether `o` is a writable buffer (bytearray, array, memoryview of one).
fn is_mutable_buffer(o: &PyAny) -> PyResult<bool> {
    if o.is_str() || o.is_int() {
        return Ok(false);
    }
    let ba = pyk_sdk::types::builtin("bytearray")?;
    if o.isinstance(&ba)? {
        return Ok(true);
    }
    let mv = pyk_sdk::types::builtin("memoryview")?;
    match mv.call(&[o]) {
        Ok(view) => Ok(!view.getattr("readonly")?.is_true()?),
        Err(_) => Ok(false),
    }
}

fn ioctl(args: Args) -> PyResult<PyObj> {
    let a = args.range(2, 4)?;
    let fd = fileno_of(&a[0])?;
    let request = c_uint_of(&a[1])?;
    let mutate = match a.get(3) {
        Some(m) => m.is_true()?,
        None => true,
    };
    let Some(arg) = a.get(2) else {
        // SAFETY: ioctl with a zero argument, as CPython's default.
        return Ok(PyObj::from(retry(|| unsafe { libc::ioctl(fd, request as _, 0) })? as i64));
    };
    if let Some(data) = buffer_arg(arg)? {
        let writable = is_mutable_buffer(arg)?;
        if writable && mutate {
            // The call works on a copy at least BUF_LEN long, written back
            // into the caller's buffer afterwards.
            let n = data.len();
            let mut buf = data;
            buf.resize(n.max(BUF_LEN), 0);
            // SAFETY: `buf` is at least BUF_LEN bytes and outlives the call.
            let r = retry(|| unsafe { libc::ioctl(fd, request as _, buf.as_mut_ptr()) })?;
            let slice = pyk_sdk::types::builtin("slice")?.call(&[&*PyObj::from(0i64), &*PyObj::from(n as i64)])?;
            arg.setitem(&slice, &*PyObj::bytes(&buf[..n])?)?;
            return Ok(PyObj::from(r as i64));
        }
        if data.len() > BUF_LEN {
            return Err(PyErr::value_error("ioctl string arg too long"));
        }
        let n = data.len();
        let mut buf = data;
        buf.resize(BUF_LEN, 0);
        // SAFETY: `buf` holds BUF_LEN bytes and outlives the call.
        retry(|| unsafe { libc::ioctl(fd, request as _, buf.as_mut_ptr()) })?;
        return PyObj::bytes(&buf[..n]);
    }
    let v = c_int_of(arg)?;
    // SAFETY: an int argument is passed by value.
    Ok(PyObj::from(retry(|| unsafe { libc::ioctl(fd, request as _, v as libc::c_long) })? as i64))
}

fn flock(args: Args) -> PyResult<PyObj> {
    let [fd, op] = args.exact()?;
    let fd = fileno_of(fd)?;
    let op = c_int_of(op)?;
    // SAFETY: flock has no memory-safety preconditions.
    retry(|| unsafe { libc::flock(fd, op) })?;
    Ok(PyObj::none())
}

fn lockf(args: Args) -> PyResult<PyObj> {
    let a = args.range(2, 5)?;
    let fd = fileno_of(&a[0])?;
    let code = c_int_of(&a[1])?;
    let off = |i: usize| -> PyResult<i64> {
        match a.get(i) {
            Some(o) => {
                if !o.is_int() {
                    return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
                }
                o.to_i64()
            }
            None => Ok(0),
        }
    };
    let (len, start) = (off(2)?, off(3)?);
    let whence = match a.get(4) {
        Some(o) => c_int_of(o)?,
        None => 0,
    };
    let l_type = if code == libc::LOCK_UN {
        libc::F_UNLCK
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(PyErr::value_error("unrecognized lockf argument"));
    };
    // SAFETY: a zeroed flock is a valid value; the fields are set below.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = l_type as _;
    l.l_whence = whence as _;
    l.l_start = start;
    l.l_len = len;
    let cmd = if code & libc::LOCK_NB != 0 { libc::F_SETLK } else { libc::F_SETLKW };
    // SAFETY: `l` is a valid struct flock for the call.
    retry(|| unsafe { libc::fcntl(fd, cmd, &mut l as *mut libc::flock) })?;
    Ok(PyObj::none())
}

static FUNCS: &[NativeFnDef] = &[
    native_fn!("fcntl", "fcntl", fcntl_, "Run fcntl() command cmd on file descriptor fd."),
    native_fn!("fcntl", "ioctl", ioctl, "Run ioctl() request on file descriptor fd."),
    native_fn!("fcntl", "flock", flock, "Apply the flock() operation to file descriptor fd."),
    native_fn!("fcntl", "lockf", lockf, "Lock or unlock part of a file through fcntl()."),
];

/// Linux's values (the kernel's uapi headers, as CPython's module exposes them).
const CONSTANTS: &[(&str, i64)] = &[
    ("DN_ACCESS", 1), ("DN_ATTRIB", 32), ("DN_CREATE", 4), ("DN_DELETE", 8), ("DN_MODIFY", 2),
    ("DN_MULTISHOT", 2147483648), ("DN_RENAME", 16), ("FASYNC", libc::O_ASYNC as i64),
    ("FD_CLOEXEC", libc::FD_CLOEXEC as i64), ("FICLONE", libc::FICLONE as i64),
    ("FICLONERANGE", libc::FICLONERANGE as i64), ("F_ADD_SEALS", libc::F_ADD_SEALS as i64),
    ("F_DUPFD", libc::F_DUPFD as i64), ("F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC as i64), ("F_EXLCK", 4),
    ("F_GETFD", libc::F_GETFD as i64), ("F_GETFL", libc::F_GETFL as i64), ("F_GETLEASE", libc::F_GETLEASE as i64),
    ("F_GETLK", libc::F_GETLK as i64), ("F_GETLK64", libc::F_GETLK as i64), ("F_GETOWN", libc::F_GETOWN as i64),
    ("F_GETOWN_EX", 16), ("F_GETPIPE_SZ", libc::F_GETPIPE_SZ as i64), ("F_GETSIG", 11),
    ("F_GET_FILE_RW_HINT", 1037), ("F_GET_RW_HINT", 1035), ("F_GET_SEALS", libc::F_GET_SEALS as i64),
    ("F_NOTIFY", libc::F_NOTIFY as i64), ("F_OFD_GETLK", libc::F_OFD_GETLK as i64),
    ("F_OFD_SETLK", libc::F_OFD_SETLK as i64), ("F_OFD_SETLKW", libc::F_OFD_SETLKW as i64),
    ("F_OWNER_PGRP", 2), ("F_OWNER_PID", 1), ("F_OWNER_TID", 0), ("F_RDLCK", libc::F_RDLCK as i64),
    ("F_SEAL_FUTURE_WRITE", libc::F_SEAL_FUTURE_WRITE as i64), ("F_SEAL_GROW", libc::F_SEAL_GROW as i64),
    ("F_SEAL_SEAL", libc::F_SEAL_SEAL as i64), ("F_SEAL_SHRINK", libc::F_SEAL_SHRINK as i64),
    ("F_SEAL_WRITE", libc::F_SEAL_WRITE as i64), ("F_SETFD", libc::F_SETFD as i64), ("F_SETFL", libc::F_SETFL as i64),
    ("F_SETLEASE", libc::F_SETLEASE as i64), ("F_SETLK", libc::F_SETLK as i64), ("F_SETLK64", libc::F_SETLK as i64),
    ("F_SETLKW", libc::F_SETLKW as i64), ("F_SETLKW64", libc::F_SETLKW as i64), ("F_SETOWN", libc::F_SETOWN as i64),
    ("F_SETOWN_EX", 15), ("F_SETPIPE_SZ", libc::F_SETPIPE_SZ as i64), ("F_SETSIG", 10),
    ("F_SET_FILE_RW_HINT", 1038), ("F_SET_RW_HINT", 1036), ("F_SHLCK", 8), ("F_UNLCK", libc::F_UNLCK as i64),
    ("F_WRLCK", libc::F_WRLCK as i64), ("LOCK_EX", libc::LOCK_EX as i64), ("LOCK_MAND", 32),
    ("LOCK_NB", libc::LOCK_NB as i64), ("LOCK_READ", 64), ("LOCK_RW", 192), ("LOCK_SH", libc::LOCK_SH as i64),
    ("LOCK_UN", libc::LOCK_UN as i64), ("LOCK_WRITE", 128), ("RWH_WRITE_LIFE_EXTREME", 5),
    ("RWH_WRITE_LIFE_LONG", 4), ("RWH_WRITE_LIFE_MEDIUM", 3), ("RWH_WRITE_LIFE_NONE", 1),
    ("RWH_WRITE_LIFE_NOT_SET", 0), ("RWH_WRITE_LIFE_SHORT", 2),
];

pub fn create() -> PyResult<PyObj> {
    let mut b = ModuleBuilder::new(
        "fcntl",
        "The Unix fcntl(), ioctl(), flock() and lockf() calls on file descriptors\n(an int, or any object with a fileno() method).",
    )?
    .functions(FUNCS)?;
    for (n, v) in CONSTANTS {
        b = b.constant(n, *v)?;
    }
    b.finish()
}
