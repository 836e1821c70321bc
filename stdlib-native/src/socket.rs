//! `_socket`: BSD sockets over libc, the module under CPython's pure-Python
//! `socket`, with CPython 3.13's names, address formats, timeouts and errors.
//!
//! A socket keeps its descriptor, family, type, protocol and timeout in
//! atomics (no lock is held across a system call, so one thread may `recv`
//! while another `send`s). Blocking calls run detached from the runtime.
//! A socket with a timeout has a non-blocking descriptor and waits in
//! poll(2) before each call, raising `TimeoutError("timed out")` when the
//! time is up, as CPython does. Address families: AF_INET, AF_INET6, AF_UNIX.

use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_exception_type};

use crate::sysutil::{blocking, errno, last_error, now, os_error, poll_ms};

const MODULE: &str = "_socket";

/// Seconds as f64 bits; `NO_TIMEOUT` is None (blocking).
const NO_TIMEOUT: u64 = u64::MAX;
static DEFAULT_TIMEOUT: AtomicU64 = AtomicU64::new(NO_TIMEOUT);

fn timeout_from_bits(b: u64) -> Option<f64> {
    (b != NO_TIMEOUT).then(|| f64::from_bits(b))
}

fn timeout_to_bits(t: Option<f64>) -> u64 {
    t.map_or(NO_TIMEOUT, f64::to_bits)
}

fn module_exc(name: &str, args: &[&PyAny]) -> PyErr {
    match import(MODULE).and_then(|m| m.getattr(name)).and_then(|t| t.call(args)) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

fn timed_out() -> PyErr {
    crate::sysutil::builtin_exc("TimeoutError", &[&*PyObj::from("timed out")])
}

/// `socket.gaierror(code, message)`; EAI_SYSTEM is the errno's OSError.
fn gai_error(code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return last_error();
    }
    // SAFETY: gai_strerror returns a static NUL-terminated string.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned();
    match msg.as_str().into_py() {
        Ok(m) => module_exc("gaierror", &[&*PyObj::from(code as i64), &m]),
        Err(e) => e,
    }
}

fn int_arg(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    o.to_i64()
}

fn i32_arg(o: &PyAny) -> PyResult<i32> {
    let v = int_arg(o)?;
    i32::try_from(v).map_err(|_| PyErr::overflow_error(if v < 0 { "signed integer is less than minimum" } else { "signed integer is greater than maximum" }))
}

/// Bytes of a str (UTF-8), bytes or bytearray.
fn text_or_bytes(o: &PyAny) -> PyResult<Vec<u8>> {
    if o.is_str() {
        Ok(o.as_str()?.as_bytes().to_vec())
    } else {
        o.bytes_like()
    }
}

// ---------------------------------------------------------------- addresses

struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain data; all-zero is a valid value.
        SockAddr { storage: unsafe { zeroed() }, len: size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }
    fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const libc::sockaddr_storage as *const libc::sockaddr
    }
    fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut libc::sockaddr_storage as *mut libc::sockaddr
    }
}

/// The IPv4 address for a host name as CPython's setipaddr resolves it.
fn resolve(host: &str, family: i32) -> PyResult<SockAddr> {
    let mut out = SockAddr::empty();
    if family == libc::AF_INET && (host.is_empty() || host == "<broadcast>") {
        let a = if host.is_empty() { libc::INADDR_ANY } else { libc::INADDR_BROADCAST };
        let sin = libc::sockaddr_in { sin_family: libc::AF_INET as libc::sa_family_t, sin_port: 0, sin_addr: libc::in_addr { s_addr: a.to_be() }, sin_zero: [0; 8] };
        // SAFETY: sockaddr_storage is large enough and suitably aligned for sockaddr_in.
        unsafe { std::ptr::write(out.mut_ptr() as *mut libc::sockaddr_in, sin) };
        out.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
        return Ok(out);
    }
    let chost = CString::new(host).map_err(|_| PyErr::type_error("host name must not contain null character"))?;
    // SAFETY: addrinfo is plain data; all-zero is a valid hints value.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid C strings and hints; `res` receives a list freed below.
    let rc = blocking(|| unsafe { libc::getaddrinfo(chost.as_ptr(), std::ptr::null(), &hints, &mut res) });
    if rc != 0 {
        return Err(gai_error(rc));
    }
    // SAFETY: on success `res` is a non-empty list whose first entry has a valid address of ai_addrlen bytes.
    unsafe {
        let ai = &*res;
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, out.mut_ptr() as *mut u8, n);
        out.len = n as libc::socklen_t;
        libc::freeaddrinfo(res);
    }
    Ok(out)
}

fn port_arg(o: &PyAny, caller: &str) -> PyResult<u16> {
    let p = int_arg(o)?;
    u16::try_from(p).map_err(|_| PyErr::overflow_error(format!("{caller}(): port must be 0-65535.")))
}

/// The C address for a Python address of `family` (CPython's getsockaddrarg).
fn sockaddr_from(family: i32, addr: &PyAny, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => {
            let path = if addr.is_str() || addr.bytes_like().is_ok() {
                text_or_bytes(addr)?
            } else {
                return Err(PyErr::type_error(format!("{caller}(): AF_UNIX address must be str or bytes, not {}", addr.type_name()?)));
            };
            // SAFETY: sockaddr_un is plain data.
            let mut sun: libc::sockaddr_un = unsafe { zeroed() };
            if path.len() >= sun.sun_path.len() {
                return Err(PyErr::new(ExcKind::OSError, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            let mut out = SockAddr::empty();
            // SAFETY: sockaddr_storage is large enough and aligned for sockaddr_un.
            unsafe { std::ptr::write(out.mut_ptr() as *mut libc::sockaddr_un, sun) };
            let base = std::mem::offset_of!(libc::sockaddr_un, sun_path);
            out.len = (base + path.len() + usize::from(path.first() != Some(&0) && !path.is_empty())) as libc::socklen_t;
            if path.is_empty() {
                out.len = base as libc::socklen_t;
            }
            Ok(out)
        }
        libc::AF_INET | libc::AF_INET6 => {
            let fam = if family == libc::AF_INET { "AF_INET" } else { "AF_INET6" };
            if !addr.is_tuple() {
                return Err(PyErr::type_error(format!("{caller}(): {fam} address must be tuple, not {}", addr.type_name()?)));
            }
            let items = addr.tuple_items()?;
            let ok_len = if family == libc::AF_INET { items.len() == 2 } else { (2..=4).contains(&items.len()) };
            if !ok_len || !items[0].is_str() && items[0].bytes_like().is_err() {
                return Err(PyErr::type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)".to_owned()
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])".to_owned()
                }));
            }
            let host = String::from_utf8_lossy(&text_or_bytes(&items[0])?).into_owned();
            let port = port_arg(&items[1], caller)?;
            let mut out = resolve(&host, family)?;
            if family == libc::AF_INET {
                // SAFETY: `resolve` with AF_INET fills a sockaddr_in.
                unsafe { (*(out.mut_ptr() as *mut libc::sockaddr_in)).sin_port = port.to_be() };
            } else {
                let flow = match items.get(2) {
                    Some(f) => u32::try_from(int_arg(f)?).map_err(|_| PyErr::overflow_error(format!("{caller}(): flowinfo must be 0-1048575.")))?,
                    None => 0,
                };
                if flow > 0xfffff {
                    return Err(PyErr::overflow_error(format!("{caller}(): flowinfo must be 0-1048575.")));
                }
                let scope = match items.get(3) {
                    Some(s) => int_arg(s)? as u32,
                    None => 0,
                };
                // SAFETY: `resolve` with AF_INET6 fills a sockaddr_in6.
                unsafe {
                    let s6 = &mut *(out.mut_ptr() as *mut libc::sockaddr_in6);
                    s6.sin6_port = port.to_be();
                    s6.sin6_flowinfo = flow.to_be();
                    s6.sin6_scope_id = scope;
                }
            }
            Ok(out)
        }
        _ => Err(PyErr::new(ExcKind::OSError, format!("{caller}(): bad family"))),
    }
}

fn ntop(family: i32, src: *const libc::c_void) -> String {
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: `src` points to an in_addr/in6_addr matching `family`; buf has room for any textual address.
    let p = unsafe { inet_ntop_c(family, src, buf.as_mut_ptr(), buf.len() as libc::socklen_t) };
    if p.is_null() {
        return String::new();
    }
    // SAFETY: inet_ntop wrote a NUL-terminated string into buf.
    unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()
}

/// The Python address for a C address (CPython's makesockaddr).
fn sockaddr_to_py(a: &SockAddr) -> PyResult<PyObj> {
    if a.len == 0 {
        return Ok(PyObj::none());
    }
    match a.storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
            let host = ntop(libc::AF_INET, &sin.sin_addr as *const libc::in_addr as *const libc::c_void);
            tuple_of(&[&*host.into_py()?, &*PyObj::from(u16::from_be(sin.sin_port) as i64)])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let s6 = unsafe { &*(a.ptr() as *const libc::sockaddr_in6) };
            let host = ntop(libc::AF_INET6, &s6.sin6_addr as *const libc::in6_addr as *const libc::c_void);
            tuple_of(&[
                &*host.into_py()?,
                &*PyObj::from(u16::from_be(s6.sin6_port) as i64),
                &*PyObj::from(u32::from_be(s6.sin6_flowinfo) as i64),
                &*PyObj::from(s6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun = unsafe { &*(a.ptr() as *const libc::sockaddr_un) };
            let base = std::mem::offset_of!(libc::sockaddr_un, sun_path);
            let n = (a.len as usize).saturating_sub(base).min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            if raw.first() == Some(&0) {
                return PyObj::bytes(&raw);
            }
            let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
            String::from_utf8_lossy(&raw[..end]).into_owned().into_py()
        }
        f => tuple_of(&[&*PyObj::from(f as i64), &*PyObj::bytes(&[])?]),
    }
}

// ---------------------------------------------------------------- socket

struct Socket {
    fd: AtomicI32,
    family: AtomicI32,
    stype: AtomicI32,
    proto: AtomicI32,
    timeout: AtomicU64,
}

static SOCKET: NativeType<Socket> = NativeType::new();

impl Drop for Socket {
    fn drop(&mut self) {
        let fd = self.fd.swap(-1, Ordering::AcqRel);
        if fd >= 0 {
            // SAFETY: the descriptor belongs to this socket and is closed once.
            unsafe { libc::close(fd) };
        }
    }
}

fn set_nonblocking(fd: i32, on: bool) -> PyResult<()> {
    // SAFETY: fcntl on a descriptor number; errors are reported through errno.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(last_error());
    }
    let new = if on { flags | libc::O_NONBLOCK } else { flags & !libc::O_NONBLOCK };
    // SAFETY: as above.
    if new != flags && unsafe { libc::fcntl(fd, libc::F_SETFL, new) } < 0 {
        return Err(last_error());
    }
    Ok(())
}

impl Socket {
    fn blank() -> Socket {
        Socket {
            fd: AtomicI32::new(-1),
            family: AtomicI32::new(libc::AF_INET),
            stype: AtomicI32::new(libc::SOCK_STREAM),
            proto: AtomicI32::new(0),
            timeout: AtomicU64::new(NO_TIMEOUT),
        }
    }

    fn fd(&self) -> i32 {
        self.fd.load(Ordering::Acquire)
    }

    fn family(&self) -> i32 {
        self.family.load(Ordering::Relaxed)
    }

    fn timeout(&self) -> Option<f64> {
        timeout_from_bits(self.timeout.load(Ordering::Relaxed))
    }

    fn set_timeout(&self, t: Option<f64>) -> PyResult<()> {
        self.timeout.store(timeout_to_bits(t), Ordering::Relaxed);
        let fd = self.fd();
        if fd >= 0 {
            set_nonblocking(fd, t.is_some())?;
        }
        Ok(())
    }

    /// Adopts `fd` (CPython's init_sockobject).
    fn adopt(&self, fd: i32, family: i32, stype: i32, proto: i32) -> PyResult<()> {
        self.fd.store(fd, Ordering::Release);
        self.family.store(family, Ordering::Relaxed);
        self.stype.store(stype & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC), Ordering::Relaxed);
        self.proto.store(proto, Ordering::Relaxed);
        let t = if stype & libc::SOCK_NONBLOCK != 0 { Some(0.0) } else { timeout_from_bits(DEFAULT_TIMEOUT.load(Ordering::Relaxed)) };
        if t.is_some() {
            self.set_timeout(t)
        } else {
            self.timeout.store(NO_TIMEOUT, Ordering::Relaxed);
            Ok(())
        }
    }

    /// `socket.__init__(family=-1, type=-1, proto=-1, fileno=None)`.
    fn init(&self, args: &Args) -> PyResult<()> {
        let sig = Signature::simple("socket", &["family", "type", "proto", "fileno"], 0);
        let a = args.bind(&sig)?;
        let num = |o: Option<&PyAny>| -> PyResult<i32> { o.map_or(Ok(-1), i32_arg) };
        let (mut family, mut stype, mut proto) = (num(a[0])?, num(a[1])?, num(a[2])?);
        match a[3].filter(|f| !f.is_none()) {
            None => {
                if family == -1 {
                    family = libc::AF_INET;
                }
                if stype == -1 {
                    stype = libc::SOCK_STREAM;
                }
                if proto == -1 {
                    proto = 0;
                }
                // SAFETY: plain system call.
                let fd = unsafe { libc::socket(family, stype | libc::SOCK_CLOEXEC, proto) };
                if fd < 0 {
                    return Err(last_error());
                }
                self.adopt(fd, family, stype, proto)
            }
            Some(f) => {
                let fd = if f.is_float() {
                    return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
                } else {
                    int_arg(f)?
                };
                if fd < 0 {
                    return Err(PyErr::value_error("negative file descriptor"));
                }
                let fd = i32::try_from(fd).map_err(|_| PyErr::overflow_error("file descriptor out of range"))?;
                let query = |opt: i32| -> PyResult<i32> {
                    let mut v: libc::c_int = 0;
                    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
                    // SAFETY: v and len are valid for getsockopt's output.
                    if unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, opt, &mut v as *mut libc::c_int as *mut libc::c_void, &mut len) } < 0 {
                        return Err(last_error());
                    }
                    Ok(v)
                };
                if family == -1 {
                    family = query(libc::SO_DOMAIN)?;
                }
                if stype == -1 {
                    stype = query(libc::SO_TYPE)?;
                }
                if proto == -1 {
                    proto = query(libc::SO_PROTOCOL)?;
                }
                self.adopt(fd, family, stype, proto)
            }
        }
    }

    /// Waits until the descriptor is ready (sockets with a timeout): false on timeout.
    fn wait(&self, fd: i32, writing: bool, deadline: f64) -> PyResult<bool> {
        loop {
            let mut p = libc::pollfd { fd, events: if writing { libc::POLLOUT } else { libc::POLLIN }, revents: 0 };
            let ms = poll_ms(Some(deadline - now()));
            // SAFETY: one valid pollfd.
            let n = blocking(|| unsafe { libc::poll(&mut p, 1, ms) });
            if n > 0 {
                return Ok(true);
            }
            if n == 0 {
                return Ok(false);
            }
            let e = errno();
            if e != libc::EINTR {
                return Err(os_error(e));
            }
        }
    }

    /// Runs a socket call with the socket's timeout rules (CPython's sock_call).
    fn call(&self, writing: bool, mut f: impl FnMut(i32) -> isize) -> PyResult<isize> {
        let fd = self.fd();
        let timeout = self.timeout();
        let deadline = timeout.filter(|t| *t > 0.0).map(|t| now() + t);
        loop {
            if let Some(d) = deadline {
                if !self.wait(fd, writing, d)? {
                    return Err(timed_out());
                }
            }
            let r = blocking(|| f(fd));
            if r >= 0 {
                return Ok(r);
            }
            let e = errno();
            if e == libc::EINTR {
                continue;
            }
            if deadline.is_some() && (e == libc::EAGAIN || e == libc::EWOULDBLOCK) {
                continue;
            }
            return Err(os_error(e));
        }
    }

    /// connect(2) with the timeout rules; Ok(0) or the errno for connect_ex.
    fn connect(&self, addr: &SockAddr, raise: bool) -> PyResult<i32> {
        let fd = self.fd();
        // SAFETY: addr holds a valid address of addr.len bytes.
        let r = blocking(|| unsafe { libc::connect(fd, addr.ptr(), addr.len) });
        let mut err = if r < 0 { errno() } else { 0 };
        let timeout = self.timeout();
        let wait_for_it = (err == libc::EINTR) || (err == libc::EINPROGRESS && timeout.is_some_and(|t| t > 0.0));
        if wait_for_it {
            let deadline = match timeout {
                Some(t) if t > 0.0 => now() + t,
                _ => f64::INFINITY,
            };
            let ready = if deadline.is_infinite() { self.wait(fd, true, now() + 1e9)? } else { self.wait(fd, true, deadline)? };
            if !ready {
                if raise {
                    return Err(timed_out());
                }
                return Ok(libc::EWOULDBLOCK);
            }
            let mut v: libc::c_int = 0;
            let mut len = size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: v and len are valid outputs.
            if unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_ERROR, &mut v as *mut libc::c_int as *mut libc::c_void, &mut len) } < 0 {
                err = errno();
            } else {
                err = v;
            }
        }
        if err != 0 && raise {
            return Err(os_error(err));
        }
        Ok(err)
    }
}

fn sock_init(s: &Socket, args: Args) -> PyResult<()> {
    s.init(&args)
}

fn sock_fileno(s: &Socket, args: Args) -> PyResult<i64> {
    args.none()?;
    Ok(s.fd() as i64)
}

fn sock_close(s: &Socket, args: Args) -> PyResult<()> {
    args.none()?;
    let fd = s.fd.swap(-1, Ordering::AcqRel);
    // SAFETY: the descriptor belongs to this socket and is closed once.
    if fd >= 0 && unsafe { libc::close(fd) } < 0 {
        let e = errno();
        if e != libc::ECONNRESET {
            return Err(os_error(e));
        }
    }
    Ok(())
}

fn sock_detach(s: &Socket, args: Args) -> PyResult<i64> {
    args.none()?;
    Ok(s.fd.swap(-1, Ordering::AcqRel) as i64)
}

fn sock_bind(s: &Socket, args: Args) -> PyResult<()> {
    let a = args.one()?;
    let addr = sockaddr_from(s.family(), a, "bind")?;
    // SAFETY: addr holds a valid address of addr.len bytes.
    if unsafe { libc::bind(s.fd(), addr.ptr(), addr.len) } < 0 {
        return Err(last_error());
    }
    Ok(())
}

fn sock_listen(s: &Socket, args: Args) -> PyResult<()> {
    let a = args.range(0, 1)?;
    let backlog = match a.first() {
        Some(b) => i32_arg(b)?.max(0),
        None => libc::SOMAXCONN.min(128),
    };
    // SAFETY: plain system call.
    if unsafe { libc::listen(s.fd(), backlog) } < 0 {
        return Err(last_error());
    }
    Ok(())
}

fn sock_accept(s: &Socket, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let mut addr = SockAddr::empty();
    let ap = addr.mut_ptr() as usize;
    let lp = &mut addr.len as *mut libc::socklen_t as usize;
    let fd = s.call(false, |fd| {
        // SAFETY: ap/lp point to `addr`'s storage and length, alive for the call.
        unsafe { libc::accept4(fd, ap as *mut libc::sockaddr, lp as *mut libc::socklen_t, libc::SOCK_CLOEXEC) as isize }
    })?;
    tuple_of(&[&*PyObj::from(fd as i64), &*sockaddr_to_py(&addr)?])
}

fn sock_connect(s: &Socket, args: Args) -> PyResult<()> {
    let addr = sockaddr_from(s.family(), args.one()?, "connect")?;
    s.connect(&addr, true).map(|_| ())
}

fn sock_connect_ex(s: &Socket, args: Args) -> PyResult<i64> {
    let addr = sockaddr_from(s.family(), args.one()?, "connect_ex")?;
    s.connect(&addr, false).map(|e| e as i64)
}

fn flags_arg(o: Option<&PyAny>) -> PyResult<i32> {
    o.map_or(Ok(0), i32_arg)
}

fn sock_send(s: &Socket, args: Args) -> PyResult<i64> {
    let a = args.range(1, 2)?;
    let data = a[0].bytes_like()?;
    let flags = flags_arg(a.get(1))?;
    let n = s.call(true, |fd| {
        // SAFETY: data is a live buffer of data.len() bytes.
        unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags | libc::MSG_NOSIGNAL) }
    })?;
    Ok(n as i64)
}

fn sock_sendall(s: &Socket, args: Args) -> PyResult<()> {
    let a = args.range(1, 2)?;
    let data = a[0].bytes_like()?;
    let flags = flags_arg(a.get(1))?;
    let mut off = 0;
    while off < data.len() {
        let rest = &data[off..];
        let n = s.call(true, |fd| {
            // SAFETY: rest is a live buffer of rest.len() bytes.
            unsafe { libc::send(fd, rest.as_ptr() as *const libc::c_void, rest.len(), flags | libc::MSG_NOSIGNAL) }
        })?;
        off += n as usize;
    }
    Ok(())
}

fn sock_sendto(s: &Socket, args: Args) -> PyResult<i64> {
    let a = args.positional();
    let (data, flags, addr) = match a.len() {
        2 => (&a[0], 0, &a[1]),
        3 => (&a[0], i32_arg(&a[1])?, &a[2]),
        n => return Err(PyErr::type_error(format!("sendto() takes 2 or 3 arguments ({n} given)"))),
    };
    let data = data.bytes_like()?;
    let addr = sockaddr_from(s.family(), addr, "sendto")?;
    let n = s.call(true, |fd| {
        // SAFETY: data and addr are live for the call.
        unsafe { libc::sendto(fd, data.as_ptr() as *const libc::c_void, data.len(), flags | libc::MSG_NOSIGNAL, addr.ptr(), addr.len) }
    })?;
    Ok(n as i64)
}

fn bufsize_arg(o: &PyAny, what: &str) -> PyResult<usize> {
    let n = int_arg(o)?;
    usize::try_from(n).map_err(|_| PyErr::value_error(format!("negative buffersize in {what}")))
}

fn recv_bytes(s: &Socket, n: usize, flags: i32) -> PyResult<Vec<u8>> {
    let mut buf = vec![0u8; n];
    let p = buf.as_mut_ptr() as usize;
    let got = s.call(false, |fd| {
        // SAFETY: p points to `buf`, which has n writable bytes and outlives the call.
        unsafe { libc::recv(fd, p as *mut libc::c_void, n, flags) }
    })?;
    buf.truncate(got as usize);
    Ok(buf)
}

fn sock_recv(s: &Socket, args: Args) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    let n = bufsize_arg(&a[0], "recv")?;
    let buf = recv_bytes(s, n, flags_arg(a.get(1))?)?;
    PyObj::bytes(&buf)
}

fn sock_recv_into(s: &Socket, args: Args) -> PyResult<i64> {
    let sig = Signature::simple("recv_into", &["buffer", "nbytes", "flags"], 1);
    let a = args.bind(&sig)?;
    let target = a[0].unwrap();
    let cap = target.len()?;
    let n = match a[1] {
        Some(n) => {
            let n = int_arg(n)?;
            if n < 0 {
                return Err(PyErr::value_error("negative buffersize in recv_into"));
            }
            if n as usize > cap {
                return Err(PyErr::value_error("buffer too small for requested bytes"));
            }
            if n == 0 {
                cap
            } else {
                n as usize
            }
        }
        None => cap,
    };
    let data = recv_bytes(s, n, flags_arg(a[2])?)?;
    let slice = builtin("slice")?.call(&[&*PyObj::from(0i64), &*PyObj::from(data.len())])?;
    target.setitem(&slice, &*PyObj::bytes(&data)?)?;
    Ok(data.len() as i64)
}

fn sock_recvfrom(s: &Socket, args: Args) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    let n = bufsize_arg(&a[0], "recvfrom")?;
    let flags = flags_arg(a.get(1))?;
    let mut buf = vec![0u8; n];
    let mut addr = SockAddr::empty();
    let (p, ap, lp) = (buf.as_mut_ptr() as usize, addr.mut_ptr() as usize, &mut addr.len as *mut libc::socklen_t as usize);
    let got = s.call(false, |fd| {
        // SAFETY: the pointers address `buf` and `addr`, which outlive the call.
        unsafe { libc::recvfrom(fd, p as *mut libc::c_void, n, flags, ap as *mut libc::sockaddr, lp as *mut libc::socklen_t) }
    })?;
    buf.truncate(got as usize);
    tuple_of(&[&*PyObj::bytes(&buf)?, &*sockaddr_to_py(&addr)?])
}

fn sock_shutdown(s: &Socket, args: Args) -> PyResult<()> {
    let how = i32_arg(args.one()?)?;
    // SAFETY: plain system call.
    if unsafe { libc::shutdown(s.fd(), how) } < 0 {
        return Err(last_error());
    }
    Ok(())
}

fn sock_setsockopt(s: &Socket, args: Args) -> PyResult<()> {
    let a = args.range(3, 4)?;
    let level = i32_arg(&a[0])?;
    let opt = i32_arg(&a[1])?;
    let r = if a.len() == 4 {
        if !a[2].is_none() {
            return Err(PyErr::type_error("setsockopt() takes exactly 4 arguments when the third is None"));
        }
        let len = u32::try_from(int_arg(&a[3])?).map_err(|_| PyErr::overflow_error("optlen out of range"))?;
        // SAFETY: a NULL value with a length is what setsockopt(…, None, optlen) means.
        unsafe { libc::setsockopt(s.fd(), level, opt, std::ptr::null(), len) }
    } else if a[2].is_int() {
        let v = i32_arg(&a[2])?;
        // SAFETY: v is a live c_int.
        unsafe { libc::setsockopt(s.fd(), level, opt, &v as *const i32 as *const libc::c_void, size_of::<i32>() as libc::socklen_t) }
    } else {
        let b = a[2].bytes_like().map_err(|_| PyErr::type_error(format!("a bytes-like object is required, not '{}'", a[2].type_name().unwrap_or_default())))?;
        // SAFETY: b is a live buffer of b.len() bytes.
        unsafe { libc::setsockopt(s.fd(), level, opt, b.as_ptr() as *const libc::c_void, b.len() as libc::socklen_t) }
    };
    if r < 0 {
        return Err(last_error());
    }
    Ok(())
}

fn sock_getsockopt(s: &Socket, args: Args) -> PyResult<PyObj> {
    let a = args.range(2, 3)?;
    let level = i32_arg(&a[0])?;
    let opt = i32_arg(&a[1])?;
    match a.get(2) {
        None => {
            let mut v: libc::c_int = 0;
            let mut len = size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: v and len are valid outputs.
            if unsafe { libc::getsockopt(s.fd(), level, opt, &mut v as *mut libc::c_int as *mut libc::c_void, &mut len) } < 0 {
                return Err(last_error());
            }
            Ok(PyObj::from(v as i64))
        }
        Some(n) => {
            let n = int_arg(n)?;
            if !(1..=1024).contains(&n) {
                return Err(PyErr::new(ExcKind::OSError, "getsockopt buflen out of range"));
            }
            let mut buf = vec![0u8; n as usize];
            let mut len = n as libc::socklen_t;
            // SAFETY: buf has `len` writable bytes.
            if unsafe { libc::getsockopt(s.fd(), level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) } < 0 {
                return Err(last_error());
            }
            buf.truncate(len as usize);
            PyObj::bytes(&buf)
        }
    }
}

fn name_of(s: &Socket, peer: bool) -> PyResult<PyObj> {
    let mut addr = SockAddr::empty();
    // SAFETY: addr's storage and length are valid outputs.
    let r = unsafe {
        if peer {
            libc::getpeername(s.fd(), addr.mut_ptr(), &mut addr.len)
        } else {
            libc::getsockname(s.fd(), addr.mut_ptr(), &mut addr.len)
        }
    };
    if r < 0 {
        return Err(last_error());
    }
    if addr.len as usize <= std::mem::offset_of!(libc::sockaddr_un, sun_path) && addr.storage.ss_family as i32 == libc::AF_UNIX {
        return "".into_py();
    }
    sockaddr_to_py(&addr)
}

fn sock_getsockname(s: &Socket, args: Args) -> PyResult<PyObj> {
    args.none()?;
    name_of(s, false)
}

fn sock_getpeername(s: &Socket, args: Args) -> PyResult<PyObj> {
    args.none()?;
    name_of(s, true)
}

/// A timeout argument as settimeout() takes it.
fn timeout_arg(o: &PyAny) -> PyResult<Option<f64>> {
    if o.is_none() {
        return Ok(None);
    }
    if !(o.is_int() || o.is_float()) {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    let t = o.to_f64()?;
    if t.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(PyErr::value_error("Timeout value out of range"));
    }
    Ok(Some(t))
}

fn sock_settimeout(s: &Socket, args: Args) -> PyResult<()> {
    s.set_timeout(timeout_arg(args.one()?)?)
}

fn sock_gettimeout(s: &Socket, args: Args) -> PyResult<Option<f64>> {
    args.none()?;
    Ok(s.timeout())
}

fn sock_setblocking(s: &Socket, args: Args) -> PyResult<()> {
    let on = args.one()?.is_true()?;
    s.set_timeout(if on { None } else { Some(0.0) })
}

fn sock_getblocking(s: &Socket, args: Args) -> PyResult<bool> {
    args.none()?;
    Ok(s.timeout().is_none_or(|t| t != 0.0))
}

fn sock_repr(s: &Socket) -> String {
    format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd(),
        s.family(),
        s.stype.load(Ordering::Relaxed),
        s.proto.load(Ordering::Relaxed)
    )
}

fn sock_reduce_ex(_s: &Socket, args: Args) -> PyResult<()> {
    let _ = args.range(0, 1)?;
    Err(PyErr::type_error("cannot pickle '_socket.socket' object"))
}

fn g_family(s: &Socket, _o: &PyAny) -> PyResult<i64> {
    Ok(s.family() as i64)
}
fn g_type(s: &Socket, _o: &PyAny) -> PyResult<i64> {
    Ok(s.stype.load(Ordering::Relaxed) as i64)
}
fn g_proto(s: &Socket, _o: &PyAny) -> PyResult<i64> {
    Ok(s.proto.load(Ordering::Relaxed) as i64)
}
fn g_timeout(s: &Socket, _o: &PyAny) -> PyResult<Option<f64>> {
    Ok(s.timeout())
}

impl NativeClass for Socket {
    const NAME: &'static str = "_socket.socket";
    const DOC: &'static str = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nA new socket, or one wrapping the already open descriptor fileno.";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const HAS_REPR: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Socket, "__init__", sock_init, ""),
        native_method!(Socket, "_accept", sock_accept, "_accept() -> (integer, address info)"),
        native_method!(Socket, "bind", sock_bind, "bind(address)"),
        native_method!(Socket, "close", sock_close, "close()"),
        native_method!(Socket, "connect", sock_connect, "connect(address)"),
        native_method!(Socket, "connect_ex", sock_connect_ex, "connect_ex(address) -> errno"),
        native_method!(Socket, "detach", sock_detach, "detach()"),
        native_method!(Socket, "fileno", sock_fileno, "fileno() -> integer"),
        native_method!(Socket, "getpeername", sock_getpeername, "getpeername() -> address info"),
        native_method!(Socket, "getsockname", sock_getsockname, "getsockname() -> address info"),
        native_method!(Socket, "getsockopt", sock_getsockopt, "getsockopt(level, option[, buffersize]) -> value"),
        native_method!(Socket, "getblocking", sock_getblocking, "getblocking()"),
        native_method!(Socket, "gettimeout", sock_gettimeout, "gettimeout() -> timeout"),
        native_method!(Socket, "listen", sock_listen, "listen([backlog])"),
        native_method!(Socket, "recv", sock_recv, "recv(buffersize[, flags]) -> data"),
        native_method!(Socket, "recv_into", sock_recv_into, "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read"),
        native_method!(Socket, "recvfrom", sock_recvfrom, "recvfrom(buffersize[, flags]) -> (data, address info)"),
        native_method!(Socket, "send", sock_send, "send(data[, flags]) -> count"),
        native_method!(Socket, "sendall", sock_sendall, "sendall(data[, flags])"),
        native_method!(Socket, "sendto", sock_sendto, "sendto(data[, flags], address) -> count"),
        native_method!(Socket, "setblocking", sock_setblocking, "setblocking(flag)"),
        native_method!(Socket, "settimeout", sock_settimeout, "settimeout(timeout)"),
        native_method!(Socket, "setsockopt", sock_setsockopt, "setsockopt(level, option, value: int)"),
        native_method!(Socket, "shutdown", sock_shutdown, "shutdown(flag)"),
        native_method!(Socket, "__reduce_ex__", sock_reduce_ex, ""),
    ];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Socket, "family", g_family),
        native_getter!(Socket, "type", g_type),
        native_getter!(Socket, "proto", g_proto),
        native_getter!(Socket, "timeout", g_timeout),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &SOCKET
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        let s = Socket::blank();
        // A subclass initializes in its own __init__ (which calls ours).
        if cls.is(SOCKET.get()?) {
            s.init(&args)?;
        }
        Ok(s)
    }
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        Ok(sock_repr(self))
    }
}

// ---------------------------------------------------------------- functions

fn socketpair(args: Args) -> PyResult<PyObj> {
    let sig = Signature { posonly: 3, ..Signature::simple("socketpair", &["family", "type", "proto"], 0) };
    let a = args.bind(&sig)?;
    let family = a[0].map_or(Ok(libc::AF_UNIX), i32_arg)?;
    let stype = a[1].map_or(Ok(libc::SOCK_STREAM), i32_arg)?;
    let proto = a[2].map_or(Ok(0), i32_arg)?;
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for the two descriptors.
    if unsafe { libc::socketpair(family, stype | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(last_error());
    }
    let mut socks = Vec::new();
    for fd in fds {
        let s = Socket::blank();
        let r = s.adopt(fd, family, stype, proto);
        let o = SOCKET.wrap(s)?;
        r?;
        socks.push(o);
    }
    tuple_of(&[&socks[0], &socks[1]])
}

fn getaddrinfo(args: Args) -> PyResult<PyObj> {
    let sig = Signature::simple("getaddrinfo", &["host", "port", "family", "type", "proto", "flags"], 2);
    let a = args.bind(&sig)?;
    let host = a[0].unwrap();
    let port = a[1].unwrap();
    let chost = if host.is_none() {
        None
    } else if host.is_str() || host.bytes_like().is_ok() {
        Some(CString::new(text_or_bytes(host)?).map_err(|_| PyErr::type_error("host name must not contain null character"))?)
    } else {
        return Err(PyErr::type_error("getaddrinfo() argument 1 must be string or None"));
    };
    let cport = if port.is_none() {
        None
    } else if port.is_int() {
        Some(CString::new(port.to_i64()?.to_string()).unwrap_or_default())
    } else if port.is_str() || port.bytes_like().is_ok() {
        Some(CString::new(text_or_bytes(port)?).map_err(|_| PyErr::type_error("port must not contain null character"))?)
    } else {
        return Err(PyErr::new(ExcKind::OSError, "Int or String expected"));
    };
    let num = |o: Option<&PyAny>| -> PyResult<i32> { o.map_or(Ok(0), i32_arg) };
    // SAFETY: addrinfo is plain data; all-zero is a valid hints value.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = num(a[2])?;
    hints.ai_socktype = num(a[3])?;
    hints.ai_protocol = num(a[4])?;
    hints.ai_flags = num(a[5])?;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let hp = chost.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()) as usize;
    let pp = cport.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()) as usize;
    let resp = &mut res as *mut *mut libc::addrinfo as usize;
    let hintp = &hints as *const libc::addrinfo as usize;
    // SAFETY: the pointers address live C strings (or NULL), the hints and the result slot.
    let rc = blocking(|| unsafe {
        libc::getaddrinfo(hp as *const libc::c_char, pp as *const libc::c_char, hintp as *const libc::addrinfo, resp as *mut *mut libc::addrinfo)
    });
    if rc != 0 {
        return Err(gai_error(rc));
    }
    let out = pyk_sdk::types::list_type().call(&[]);
    let result = (|| -> PyResult<PyObj> {
        let out = out?;
        let mut p = res;
        while !p.is_null() {
            // SAFETY: `p` walks the list getaddrinfo returned, freed after the loop.
            let ai = unsafe { &*p };
            let mut addr = SockAddr::empty();
            let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
            // SAFETY: ai_addr has ai_addrlen readable bytes; storage has room for n.
            unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, addr.mut_ptr() as *mut u8, n) };
            addr.len = n as libc::socklen_t;
            let canon = if ai.ai_canonname.is_null() {
                String::new()
            } else {
                // SAFETY: a non-NULL canonical name is a NUL-terminated string.
                unsafe { CStr::from_ptr(ai.ai_canonname) }.to_string_lossy().into_owned()
            };
            let t = tuple_of(&[
                &*PyObj::from(ai.ai_family as i64),
                &*PyObj::from(ai.ai_socktype as i64),
                &*PyObj::from(ai.ai_protocol as i64),
                &*canon.into_py()?,
                &*sockaddr_to_py(&addr)?,
            ])?;
            out.list_append(&t)?;
            p = ai.ai_next;
        }
        Ok(out)
    })();
    // SAFETY: `res` is the list getaddrinfo returned, freed once.
    unsafe { libc::freeaddrinfo(res) };
    result
}

fn gethostname(args: Args) -> PyResult<String> {
    args.none()?;
    let mut buf = [0 as libc::c_char; 1024];
    // SAFETY: buf has buf.len() writable bytes.
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) } < 0 {
        return Err(last_error());
    }
    // SAFETY: gethostname wrote a NUL-terminated name (the last byte stays 0).
    Ok(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned())
}

fn gethostbyname(args: Args) -> PyResult<String> {
    let name = args.one()?;
    if !name.is_str() {
        return Err(PyErr::type_error(format!("gethostbyname() argument 1 must be str, not {}", name.type_name()?)));
    }
    let addr = resolve(name.as_str()?, libc::AF_INET)?;
    // SAFETY: resolve with AF_INET fills a sockaddr_in.
    let sin = unsafe { &*(addr.ptr() as *const libc::sockaddr_in) };
    Ok(ntop(libc::AF_INET, &sin.sin_addr as *const libc::in_addr as *const libc::c_void))
}

fn inet_aton(args: Args) -> PyResult<PyObj> {
    let s = args.one()?;
    if !s.is_str() {
        return Err(PyErr::type_error(format!("inet_aton() argument 1 must be str, not {}", s.type_name()?)));
    }
    let bad = || PyErr::new(ExcKind::OSError, "illegal IP address string passed to inet_aton");
    let c = CString::new(s.as_str()?).map_err(|_| bad())?;
    let mut a = libc::in_addr { s_addr: 0 };
    // SAFETY: a valid C string and an in_addr output (inet_aton is in glibc).
    if unsafe { inet_aton_c(c.as_ptr(), &mut a) } == 0 {
        return Err(bad());
    }
    PyObj::bytes(&a.s_addr.to_ne_bytes())
}

extern "C" {
    #[link_name = "inet_aton"]
    fn inet_aton_c(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
    #[link_name = "inet_ntop"]
    fn inet_ntop_c(af: libc::c_int, src: *const libc::c_void, dst: *mut libc::c_char, size: libc::socklen_t) -> *const libc::c_char;
    #[link_name = "inet_pton"]
    fn inet_pton_c(af: libc::c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> libc::c_int;
}

fn inet_ntoa(args: Args) -> PyResult<String> {
    let b = args.one()?.bytes_like()?;
    if b.len() != 4 {
        return Err(PyErr::new(ExcKind::OSError, "packed IP wrong length for inet_ntoa"));
    }
    Ok(format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]))
}

fn inet_pton(args: Args) -> PyResult<PyObj> {
    let [af, s] = args.exact::<2>()?;
    let af = i32_arg(af)?;
    if !s.is_str() {
        return Err(PyErr::type_error(format!("inet_pton() argument 2 must be str, not {}", s.type_name()?)));
    }
    let bad = || PyErr::new(ExcKind::OSError, "illegal IP address string passed to inet_pton");
    let c = CString::new(s.as_str()?).map_err(|_| bad())?;
    let mut buf = [0u8; 16];
    // SAFETY: buf has room for an in6_addr; c is a valid C string.
    let r = unsafe { inet_pton_c(af, c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void) };
    match r {
        1 => PyObj::bytes(&buf[..if af == libc::AF_INET { 4 } else { 16 }]),
        0 => Err(bad()),
        _ => Err(last_error()),
    }
}

fn inet_ntop(args: Args) -> PyResult<String> {
    let [af, packed] = args.exact::<2>()?;
    let af = i32_arg(af)?;
    let b = packed.bytes_like()?;
    let want = match af {
        libc::AF_INET => 4,
        libc::AF_INET6 => 16,
        _ => return Err(PyErr::value_error(format!("unknown address family {af}"))),
    };
    if b.len() != want {
        return Err(PyErr::value_error("invalid length of packed IP address string"));
    }
    Ok(ntop(af, b.as_ptr() as *const libc::c_void))
}

fn uint_arg(o: &PyAny, name: &str, bits: u32) -> PyResult<u64> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    let digits = pyk_sdk::convert::int_to_decimal(o)?;
    if digits.starts_with('-') {
        return Err(PyErr::overflow_error(format!("{name}: can't convert negative Python int to C {bits}-bit unsigned integer")));
    }
    let v: u64 = digits.parse().unwrap_or(u64::MAX);
    if bits < 64 && v >> bits != 0 {
        return Err(PyErr::overflow_error(format!("{name}: Python int too large to convert to C {bits}-bit unsigned integer")));
    }
    Ok(v)
}

fn htons(args: Args) -> PyResult<i64> {
    Ok((uint_arg(args.one()?, "htons", 16)? as u16).to_be() as i64)
}
fn ntohs(args: Args) -> PyResult<i64> {
    Ok(u16::from_be(uint_arg(args.one()?, "ntohs", 16)? as u16) as i64)
}
/// The 32-bit argument of htonl/ntohl, with CPython's messages.
fn u32_arg(o: &PyAny) -> PyResult<u32> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("expected int, {} found", o.type_name()?)));
    }
    let digits = pyk_sdk::convert::int_to_decimal(o)?;
    if digits.starts_with('-') {
        return Err(PyErr::overflow_error("can't convert negative value to unsigned int"));
    }
    let v: u64 = digits.parse().map_err(|_| PyErr::overflow_error("Python int too large to convert to C unsigned long"))?;
    u32::try_from(v).map_err(|_| PyErr::overflow_error("int larger than 32 bits"))
}

fn htonl(args: Args) -> PyResult<i64> {
    Ok(u32_arg(args.one()?)?.to_be() as i64)
}
fn ntohl(args: Args) -> PyResult<i64> {
    Ok(u32::from_be(u32_arg(args.one()?)?) as i64)
}

fn getdefaulttimeout(args: Args) -> PyResult<Option<f64>> {
    args.none()?;
    Ok(timeout_from_bits(DEFAULT_TIMEOUT.load(Ordering::Relaxed)))
}

fn setdefaulttimeout(args: Args) -> PyResult<()> {
    let t = timeout_arg(args.one()?)?;
    DEFAULT_TIMEOUT.store(timeout_to_bits(t), Ordering::Relaxed);
    Ok(())
}

fn dup(args: Args) -> PyResult<i64> {
    let fd = i32_arg(args.one()?)?;
    // SAFETY: plain system call.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error());
    }
    Ok(r as i64)
}

fn close(args: Args) -> PyResult<()> {
    let fd = i32_arg(args.one()?)?;
    // SAFETY: closing a descriptor number the caller owns.
    if unsafe { libc::close(fd) } < 0 && errno() != libc::ECONNRESET {
        return Err(last_error());
    }
    Ok(())
}

fn getservbyname(args: Args) -> PyResult<i64> {
    let a = args.range(1, 2)?;
    let name = CString::new(a[0].as_str()?).map_err(|_| PyErr::value_error("embedded null character"))?;
    let proto = match a.get(1) {
        Some(p) => Some(CString::new(p.as_str()?).map_err(|_| PyErr::value_error("embedded null character"))?),
        None => None,
    };
    // SAFETY: valid C strings; the result points to static storage read at once.
    let ent = unsafe { libc::getservbyname(name.as_ptr(), proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr())) };
    if ent.is_null() {
        return Err(PyErr::new(ExcKind::OSError, "service/proto not found"));
    }
    // SAFETY: non-NULL servent.
    Ok(u16::from_be(unsafe { (*ent).s_port } as u16) as i64)
}

fn getprotobyname(args: Args) -> PyResult<i64> {
    let name = CString::new(args.one()?.as_str()?).map_err(|_| PyErr::value_error("embedded null character"))?;
    // SAFETY: a valid C string; the result points to static storage read at once.
    let ent = unsafe { libc::getprotobyname(name.as_ptr()) };
    if ent.is_null() {
        return Err(PyErr::new(ExcKind::OSError, "protocol not found"));
    }
    // SAFETY: non-NULL protoent.
    Ok(unsafe { (*ent).p_proto } as i64)
}

/// getnameinfo(3) on `addr`: (host, service).
fn name_info(addr: &SockAddr, flags: i32) -> Result<(String, String), i32> {
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // SAFETY: addr holds a valid address; both buffers have the lengths passed.
    let rc = blocking(|| unsafe {
        libc::getnameinfo(addr.ptr(), addr.len, host.as_mut_ptr(), host.len() as libc::socklen_t, serv.as_mut_ptr(), serv.len() as libc::socklen_t, flags)
    });
    if rc != 0 {
        return Err(rc);
    }
    // SAFETY: getnameinfo wrote NUL-terminated strings into both buffers.
    let (h, sv) = unsafe { (CStr::from_ptr(host.as_ptr()), CStr::from_ptr(serv.as_ptr())) };
    Ok((h.to_string_lossy().into_owned(), sv.to_string_lossy().into_owned()))
}

/// The numeric address text of a resolved address.
fn addr_text(a: &SockAddr) -> String {
    match a.storage.ss_family as i32 {
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let s6 = unsafe { &*(a.ptr() as *const libc::sockaddr_in6) };
            ntop(libc::AF_INET6, &s6.sin6_addr as *const libc::in6_addr as *const libc::c_void)
        }
        _ => {
            // SAFETY: otherwise `resolve` filled a sockaddr_in.
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
            ntop(libc::AF_INET, &sin.sin_addr as *const libc::in_addr as *const libc::c_void)
        }
    }
}

fn getnameinfo(args: Args) -> PyResult<PyObj> {
    let [sa, flags] = args.exact::<2>()?;
    let flags = i32_arg(flags)?;
    if !sa.is_tuple() {
        return Err(PyErr::type_error("getnameinfo() argument 1 must be a tuple"));
    }
    let items = sa.tuple_items()?;
    if !(2..=4).contains(&items.len()) || !items[0].is_str() {
        return Err(PyErr::type_error("getnameinfo(): illegal sockaddr argument"));
    }
    let host = items[0].as_str()?.to_owned();
    let family = if host.contains(':') { libc::AF_INET6 } else { libc::AF_INET };
    let tuple = tuple_of(&items.iter().map(|x| &**x).collect::<Vec<_>>())?;
    let addr = sockaddr_from(family, &tuple, "getnameinfo")?;
    let (h, sv) = name_info(&addr, flags).map_err(gai_error)?;
    tuple_of(&[&*h.into_py()?, &*sv.into_py()?])
}

fn gethostbyname_ex(args: Args) -> PyResult<PyObj> {
    let name = args.one()?;
    if !name.is_str() {
        return Err(PyErr::type_error(format!("gethostbyname_ex() argument 1 must be str, not {}", name.type_name()?)));
    }
    let n = name.as_str()?;
    let addr = resolve(n, libc::AF_INET)?;
    let ip = addr_text(&addr);
    let canon = name_info(&addr, libc::NI_NAMEREQD).map(|(h, _)| h).unwrap_or_else(|_| n.to_owned());
    let canon = if n.parse::<std::net::Ipv4Addr>().is_ok() { n.to_owned() } else { canon };
    tuple_of(&[&*canon.into_py()?, &*pyk_sdk::types::list_type().call(&[])?, &*list_of(&[&*ip.into_py()?])?])
}

fn gethostbyaddr(args: Args) -> PyResult<PyObj> {
    let name = args.one()?;
    if !name.is_str() {
        return Err(PyErr::type_error(format!("gethostbyaddr() argument 1 must be str, not {}", name.type_name()?)));
    }
    let n = name.as_str()?;
    let family = if n.contains(':') { libc::AF_INET6 } else { libc::AF_INET };
    let addr = resolve(n, family)?;
    let ip = addr_text(&addr);
    let host = match name_info(&addr, libc::NI_NAMEREQD) {
        Ok((h, _)) => h,
        Err(_) => return Err(module_exc("herror", &[&*PyObj::from(1i64), &*"Unknown host".into_py()?])),
    };
    tuple_of(&[&*host.into_py()?, &*pyk_sdk::types::list_type().call(&[])?, &*list_of(&[&*ip.into_py()?])?])
}

fn if_nameindex(args: Args) -> PyResult<PyObj> {
    args.none()?;
    // SAFETY: plain call; the list is freed below.
    let list = unsafe { libc::if_nameindex() };
    if list.is_null() {
        return Err(last_error());
    }
    let out = pyk_sdk::types::list_type().call(&[]);
    let r = (|| -> PyResult<PyObj> {
        let out = out?;
        let mut p = list;
        loop {
            // SAFETY: `p` walks the array if_nameindex returned, which ends with a zero entry.
            let e = unsafe { &*p };
            if e.if_index == 0 && e.if_name.is_null() {
                break;
            }
            // SAFETY: a non-terminal entry has a NUL-terminated name.
            let name = unsafe { CStr::from_ptr(e.if_name) }.to_string_lossy().into_owned();
            out.list_append(&*tuple_of(&[&*PyObj::from(e.if_index as i64), &*name.into_py()?])?)?;
            // SAFETY: still within the array (the terminator was not reached).
            p = unsafe { p.add(1) };
        }
        Ok(out)
    })();
    // SAFETY: the list if_nameindex returned, freed once.
    unsafe { libc::if_freenameindex(list) };
    r
}

fn if_nametoindex(args: Args) -> PyResult<i64> {
    let n = args.one()?;
    let c = CString::new(text_or_bytes(n)?).map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: a valid C string.
    let i = unsafe { libc::if_nametoindex(c.as_ptr()) };
    if i == 0 {
        return Err(PyErr::new(ExcKind::OSError, "no interface with this name"));
    }
    Ok(i as i64)
}

fn if_indextoname(args: Args) -> PyResult<String> {
    let i = args.one()?;
    if !i.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name()?)));
    }
    let i = u32::try_from(i.to_i64()?).map_err(|_| PyErr::overflow_error("index is too large"))?;
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE];
    // SAFETY: buf has IF_NAMESIZE bytes, as if_indextoname requires.
    if unsafe { libc::if_indextoname(i, buf.as_mut_ptr()) }.is_null() {
        return Err(last_error());
    }
    // SAFETY: if_indextoname wrote a NUL-terminated name.
    Ok(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned())
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "socketpair", socketpair, "socketpair([family[, type [, proto]]]) -> (socket object, socket object)"),
    native_fn!(MODULE, "getaddrinfo", getaddrinfo, "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)"),
    native_fn!(MODULE, "gethostname", gethostname, "gethostname() -> string"),
    native_fn!(MODULE, "gethostbyname", gethostbyname, "gethostbyname(host) -> address"),
    native_fn!(MODULE, "gethostbyname_ex", gethostbyname_ex, "gethostbyname_ex(host) -> (name, aliaslist, addresslist)"),
    native_fn!(MODULE, "gethostbyaddr", gethostbyaddr, "gethostbyaddr(host) -> (name, aliaslist, addresslist)"),
    native_fn!(MODULE, "getnameinfo", getnameinfo, "getnameinfo(sockaddr, flags) --> (host, port)"),
    native_fn!(MODULE, "if_nameindex", if_nameindex, "if_nameindex()\n\nList the network interfaces as (index, name) pairs."),
    native_fn!(MODULE, "if_nametoindex", if_nametoindex, "Look up the index of the interface named if_name."),
    native_fn!(MODULE, "if_indextoname", if_indextoname, "Look up the name of the interface with index if_index."),
    native_fn!(MODULE, "inet_aton", inet_aton, "Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format."),
    native_fn!(MODULE, "inet_ntoa", inet_ntoa, "Turn 4 packed bytes into a dotted IPv4 address string."),
    native_fn!(MODULE, "inet_pton", inet_pton, "inet_pton(af, ip) -> packed IP address string"),
    native_fn!(MODULE, "inet_ntop", inet_ntop, "inet_ntop(af, packed_ip) -> string formatted IP address"),
    native_fn!(MODULE, "htons", htons, "Put a 16-bit value into big-endian (network) order."),
    native_fn!(MODULE, "ntohs", ntohs, "Read a 16-bit value from big-endian (network) order."),
    native_fn!(MODULE, "htonl", htonl, "Convert a 32-bit unsigned integer from host to network byte order."),
    native_fn!(MODULE, "ntohl", ntohl, "Convert a 32-bit unsigned integer from network to host byte order."),
    native_fn!(MODULE, "getdefaulttimeout", getdefaulttimeout, "getdefaulttimeout() -> timeout"),
    native_fn!(MODULE, "setdefaulttimeout", setdefaulttimeout, "setdefaulttimeout(timeout)"),
    native_fn!(MODULE, "dup", dup, "dup(integer) -> integer"),
    native_fn!(MODULE, "close", close, "close(integer) -> None"),
    native_fn!(MODULE, "getservbyname", getservbyname, "getservbyname(servicename[, protocolname]) -> integer"),
    native_fn!(MODULE, "getprotobyname", getprotobyname, "getprotobyname(name) -> integer"),
];

macro_rules! consts {
    ($($name:ident),* $(,)?) => { &[$((stringify!($name), libc::$name as i64)),*] };
}

pub fn create() -> PyResult<PyObj> {
    let oserror = builtin("OSError")?;
    let gaierror = new_exception_type("socket", "gaierror", &oserror, None)?;
    let herror = new_exception_type("socket", "herror", &oserror, None)?;
    let mut b = ModuleBuilder::new(MODULE, "Native side of the socket module.\n\nDocumented with the socket module.")?
        .functions(FUNCTIONS)?
        .class::<Socket>()?
        .object("SocketType", SOCKET.get()?)?
        .object("error", &oserror)?
        .object("timeout", &*builtin("TimeoutError")?)?
        .object("gaierror", &gaierror)?
        .object("herror", &herror)?
        .constant("has_ipv6", true)?;
    let consts: &[(&str, i64)] = consts!(
        AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_APPLETALK, AF_BLUETOOTH, AF_CAN, AF_TIPC,
        SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET, SOCK_RDM, SOCK_NONBLOCK, SOCK_CLOEXEC,
        SOL_SOCKET, SOL_IP, SOL_TCP, SOL_UDP, SOMAXCONN,
        SO_DEBUG, SO_ACCEPTCONN, SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE, SO_DONTROUTE, SO_BROADCAST, SO_LINGER,
        SO_OOBINLINE, SO_SNDBUF, SO_RCVBUF, SO_SNDLOWAT, SO_RCVLOWAT, SO_SNDTIMEO, SO_RCVTIMEO, SO_ERROR, SO_TYPE,
        SO_DOMAIN, SO_PROTOCOL, SO_PASSCRED, SO_PEERCRED, SO_BINDTODEVICE, SO_PRIORITY, SO_MARK, SO_PEERSEC, SO_PASSSEC,
        SO_INCOMING_CPU,
        SCM_RIGHTS, SCM_CREDENTIALS,
        MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_DONTWAIT, MSG_EOR, MSG_TRUNC, MSG_CTRUNC, MSG_WAITALL, MSG_NOSIGNAL,
        MSG_CMSG_CLOEXEC, MSG_CONFIRM, MSG_ERRQUEUE, MSG_MORE, MSG_FASTOPEN,
        IPPROTO_IP, IPPROTO_ICMP, IPPROTO_IGMP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6, IPPROTO_RAW, IPPROTO_ICMPV6,
        IPPROTO_SCTP, IPPROTO_UDPLITE, IPPROTO_MPTCP, IPPROTO_GRE, IPPROTO_ESP, IPPROTO_AH, IPPROTO_PIM,
        IP_TOS, IP_TTL, IP_HDRINCL, IP_OPTIONS, IP_RECVOPTS, IP_RETOPTS, IP_MULTICAST_IF, IP_MULTICAST_TTL,
        IP_MULTICAST_LOOP, IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP, IP_RECVTOS, IP_TRANSPARENT, IP_BIND_ADDRESS_NO_PORT,
        IPV6_V6ONLY, IPV6_UNICAST_HOPS, IPV6_MULTICAST_IF, IPV6_MULTICAST_HOPS, IPV6_MULTICAST_LOOP,
        IPV6_RECVPKTINFO, IPV6_PKTINFO, IPV6_TCLASS, IPV6_RECVTCLASS,
        TCP_NODELAY, TCP_MAXSEG, TCP_CORK, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT, TCP_SYNCNT, TCP_LINGER2,
        TCP_DEFER_ACCEPT, TCP_WINDOW_CLAMP, TCP_INFO, TCP_QUICKACK, TCP_CONGESTION, TCP_USER_TIMEOUT, TCP_FASTOPEN,
        TCP_NOTSENT_LOWAT,
        AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV, AI_V4MAPPED, AI_ALL, AI_ADDRCONFIG,
        NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM,
        EAI_AGAIN, EAI_BADFLAGS, EAI_FAIL, EAI_FAMILY, EAI_MEMORY, EAI_NONAME, EAI_SERVICE, EAI_SOCKTYPE, EAI_SYSTEM,
        EAI_OVERFLOW, EAI_NODATA,
        SHUT_RD, SHUT_WR, SHUT_RDWR,
    );
    for &(n, v) in consts {
        b = b.constant(n, v)?;
    }
    let extra: &[(&str, i64)] = &[
        ("INADDR_ANY", 0),
        ("INADDR_BROADCAST", 0xffff_ffff),
        ("INADDR_LOOPBACK", 0x7f00_0001),
        ("INADDR_NONE", 0xffff_ffff),
        ("INADDR_UNSPEC_GROUP", 0xe000_0000),
        ("INADDR_ALLHOSTS_GROUP", 0xe000_0001),
        ("INADDR_MAX_LOCAL_GROUP", 0xe000_00ff),
        ("NI_MAXHOST", 1025),
        ("IPV6_JOIN_GROUP", libc::IPV6_ADD_MEMBERSHIP as i64),
        ("IPV6_LEAVE_GROUP", libc::IPV6_DROP_MEMBERSHIP as i64),
        ("EAI_ADDRFAMILY", -9),
        ("NI_MAXSERV", 32),
    ];
    for &(n, v) in extra {
        b = b.constant(n, v)?;
    }
    b.finish()
}
