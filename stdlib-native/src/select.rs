//! `select`: `select()`, `poll` objects and `epoll` objects over Linux's
//! poll(2) and epoll(7), with CPython 3.13's names and messages.
//!
//! `select()` is written over poll(2), so it has no FD_SETSIZE limit; the
//! readiness it reports is select(2)'s (readable on input, hang-up or
//! error; writable on output or error; exceptional on priority data).

use std::sync::atomic::{AtomicI32, Ordering};

use pyk_sdk::prelude::*;
use pyk_sdk::types::builtin;

use crate::sysutil::{blocking, errno, fileno_of, last_error, now, os_error, poll_ms, timeout_seconds};

const MODULE: &str = "select";

/// poll(2) on `fds`, retried on EINTR with what is left of `timeout` (seconds).
fn poll_fds(fds: &mut [libc::pollfd], timeout: Option<f64>) -> PyResult<usize> {
    let deadline = timeout.map(|t| now() + t);
    loop {
        let ms = poll_ms(deadline.map(|d| d - now()));
        let n = blocking(|| {
            // SAFETY: `fds` is a valid, exclusively borrowed array of pollfd of the given length.
            unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) }
        });
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(os_error(e));
        }
    }
}

fn objects_of(o: &PyAny) -> PyResult<Vec<PyObj>> {
    let it = match o.iter() {
        Ok(it) => it,
        Err(e) if e.matches(ExcKind::TypeError) => return Err(PyErr::type_error("arguments 1-3 must be sequences")),
        Err(e) => return Err(e),
    };
    let mut v = Vec::new();
    while let Some(x) = it.next()? {
        v.push(x);
    }
    Ok(v)
}

fn select(args: Args) -> PyResult<PyObj> {
    let sig = Signature { posonly: 4, ..Signature::simple("select", &["rlist", "wlist", "xlist", "timeout"], 3) };
    let a = args.bind(&sig)?;
    let lists = [objects_of(a[0].unwrap())?, objects_of(a[1].unwrap())?, objects_of(a[2].unwrap())?];
    let timeout = timeout_seconds(a[3], "timeout")?;
    if timeout.is_some_and(|t| t < 0.0) {
        return Err(PyErr::value_error("timeout must be non-negative"));
    }
    let wanted = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut fds = Vec::new();
    for (k, list) in lists.iter().enumerate() {
        for o in list {
            fds.push(libc::pollfd { fd: fileno_of(o)?, events: wanted[k], revents: 0 });
        }
    }
    poll_fds(&mut fds, timeout)?;
    if fds.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
        return Err(os_error(libc::EBADF));
    }
    let ready = [libc::POLLIN | libc::POLLHUP | libc::POLLERR, libc::POLLOUT | libc::POLLERR, libc::POLLPRI];
    let mut out = Vec::new();
    let mut i = 0;
    for (k, list) in lists.iter().enumerate() {
        let l = pyk_sdk::types::list_type().call(&[])?;
        for o in list {
            if fds[i].revents & ready[k] != 0 {
                l.list_append(o)?;
            }
            i += 1;
        }
        out.push(l);
    }
    tuple_of(&[&out[0], &out[1], &out[2]])
}

fn event_mask(o: Option<&PyAny>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => {
            if !o.is_int() {
                return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
            }
            o.to_i64()
        }
    }
}

// ---------------------------------------------------------------- poll

struct Poll {
    fds: PyMutex<Vec<(i32, i16)>>,
}

static POLL: NativeType<Poll> = NativeType::new();

fn poll_register(p: &Poll, args: Args) -> PyResult<()> {
    let sig = Signature { posonly: 2, ..Signature::simple("register", &["fd", "eventmask"], 1) };
    let a = args.bind(&sig)?;
    let fd = fileno_of(a[0].unwrap())?;
    let mask = event_mask(a[1], (libc::POLLIN | libc::POLLPRI | libc::POLLOUT) as i64)?;
    let mask = u16::try_from(mask).map_err(|_| PyErr::overflow_error("Python int too large for C unsigned short"))? as i16;
    let mut fds = p.fds.lock()?;
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(())
}

fn poll_modify(p: &Poll, args: Args) -> PyResult<()> {
    let sig = Signature { posonly: 2, ..Signature::simple("modify", &["fd", "eventmask"], 2) };
    let a = args.bind(&sig)?;
    let fd = fileno_of(a[0].unwrap())?;
    let mask = event_mask(a[1], 0)?;
    let mask = u16::try_from(mask).map_err(|_| PyErr::overflow_error("Python int too large for C unsigned short"))? as i16;
    let mut fds = p.fds.lock()?;
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => {
            e.1 = mask;
            Ok(())
        }
        None => Err(os_error(libc::ENOENT)),
    }
}

fn poll_unregister(p: &Poll, args: Args) -> PyResult<()> {
    let o = args.one()?;
    let fd = fileno_of(o)?;
    let mut fds = p.fds.lock()?;
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(())
        }
        None => {
            drop(fds);
            Err(PyErr::from_instance(builtin("KeyError")?.call(&[&*PyObj::from(fd as i64)])?))
        }
    }
}

fn poll_poll(p: &Poll, args: Args) -> PyResult<PyObj> {
    let sig = Signature { posonly: 1, ..Signature::simple("poll", &["timeout"], 0) };
    let a = args.bind(&sig)?;
    // Milliseconds; None or negative waits for ever.
    let timeout = match a[0].filter(|o| !o.is_none()) {
        None => None,
        Some(o) if o.is_int() || o.is_float() => {
            let ms = o.to_f64()?;
            if ms < 0.0 {
                None
            } else {
                Some(ms / 1000.0)
            }
        }
        Some(_) => return Err(PyErr::type_error("timeout must be an integer or None")),
    };
    let mut fds: Vec<libc::pollfd> = p.fds.lock()?.iter().map(|&(fd, ev)| libc::pollfd { fd, events: ev, revents: 0 }).collect();
    poll_fds(&mut fds, timeout)?;
    let out = pyk_sdk::types::list_type().call(&[])?;
    for f in &fds {
        if f.revents != 0 {
            let t = tuple_of(&[&*PyObj::from(f.fd as i64), &*PyObj::from(f.revents as u16 as i64)])?;
            out.list_append(&t)?;
        }
    }
    Ok(out)
}

impl NativeClass for Poll {
    const NAME: &'static str = "select.poll";
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Poll, "register", poll_register, "Register a file descriptor with the polling object."),
        native_method!(Poll, "modify", poll_modify, "Modify an already registered file descriptor."),
        native_method!(Poll, "unregister", poll_unregister, "Remove a file descriptor being tracked by the polling object."),
        native_method!(Poll, "poll", poll_poll, "Polls the set of registered file descriptors."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &POLL
    }
}

fn poll(args: Args) -> PyResult<PyObj> {
    args.none()?;
    POLL.wrap(Poll { fds: PyMutex::new(Vec::new()) })
}

// ---------------------------------------------------------------- epoll

struct Epoll {
    /// -1 once closed.
    fd: AtomicI32,
}

static EPOLL: NativeType<Epoll> = NativeType::new();

impl Drop for Epoll {
    fn drop(&mut self) {
        let fd = self.fd.swap(-1, Ordering::AcqRel);
        if fd >= 0 {
            // SAFETY: the descriptor is owned by this object and closed once.
            unsafe { libc::close(fd) };
        }
    }
}

impl Epoll {
    fn open_fd(&self) -> PyResult<i32> {
        let fd = self.fd.load(Ordering::Acquire);
        if fd < 0 {
            return Err(PyErr::value_error("I/O operation on closed epoll object"));
        }
        Ok(fd)
    }

    fn ctl(&self, op: i32, fd: i32, events: u32) -> PyResult<()> {
        let epfd = self.open_fd()?;
        let mut ev = libc::epoll_event { events, u64: fd as u32 as u64 };
        // SAFETY: `ev` is a valid epoll_event for the call; the kernel checks the descriptors.
        if unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) } < 0 {
            return Err(last_error());
        }
        Ok(())
    }
}

fn epoll_mask(o: Option<&PyAny>, default: u32) -> PyResult<u32> {
    let m = event_mask(o, default as i64)?;
    u32::try_from(m).map_err(|_| PyErr::overflow_error("Python int too large to convert to C unsigned int"))
}

fn ep_register(e: &Epoll, args: Args) -> PyResult<()> {
    let sig = Signature::simple("register", &["fd", "eventmask"], 1);
    let a = args.bind(&sig)?;
    let fd = fileno_of(a[0].unwrap())?;
    let mask = epoll_mask(a[1], (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as u32)?;
    e.ctl(libc::EPOLL_CTL_ADD, fd, mask)
}

fn ep_modify(e: &Epoll, args: Args) -> PyResult<()> {
    let sig = Signature::simple("modify", &["fd", "eventmask"], 2);
    let a = args.bind(&sig)?;
    let fd = fileno_of(a[0].unwrap())?;
    let mask = epoll_mask(a[1], 0)?;
    e.ctl(libc::EPOLL_CTL_MOD, fd, mask)
}

fn ep_unregister(e: &Epoll, args: Args) -> PyResult<()> {
    let sig = Signature::simple("unregister", &["fd"], 1);
    let a = args.bind(&sig)?;
    let fd = fileno_of(a[0].unwrap())?;
    e.ctl(libc::EPOLL_CTL_DEL, fd, 0)
}

fn ep_poll(e: &Epoll, args: Args) -> PyResult<PyObj> {
    let sig = Signature::simple("poll", &["timeout", "maxevents"], 0);
    let a = args.bind(&sig)?;
    let timeout = match timeout_seconds(a[0], "timeout")? {
        Some(t) if t < 0.0 => None,
        t => t,
    };
    let maxevents = match a[1] {
        None => -1,
        Some(m) => m.to_i64()?,
    };
    let maxevents = if maxevents == -1 {
        1023
    } else if maxevents < 1 {
        return Err(PyErr::value_error(format!("maxevents must be greater than 0, got {maxevents}")));
    } else {
        maxevents.min(1 << 20) as usize
    };
    let epfd = e.open_fd()?;
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents];
    let deadline = timeout.map(|t| now() + t);
    let n = loop {
        let ms = poll_ms(deadline.map(|d| d - now()));
        let n = blocking(|| {
            // SAFETY: `evs` has room for `maxevents` events.
            unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), evs.len() as i32, ms) }
        });
        if n >= 0 {
            break n as usize;
        }
        let err = errno();
        if err != libc::EINTR {
            return Err(os_error(err));
        }
    };
    let out = pyk_sdk::types::list_type().call(&[])?;
    for ev in &evs[..n] {
        let (events, data) = (ev.events, ev.u64);
        let t = tuple_of(&[&*PyObj::from(data as u32 as i32 as i64), &*PyObj::from(events as i64)])?;
        out.list_append(&t)?;
    }
    Ok(out)
}

fn ep_close(e: &Epoll, args: Args) -> PyResult<()> {
    args.none()?;
    let fd = e.fd.swap(-1, Ordering::AcqRel);
    // SAFETY: the descriptor is owned by this object and closed once.
    if fd >= 0 && unsafe { libc::close(fd) } < 0 {
        return Err(last_error());
    }
    Ok(())
}

fn ep_fileno(e: &Epoll, args: Args) -> PyResult<i64> {
    args.none()?;
    Ok(e.open_fd()? as i64)
}

fn ep_closed(e: &Epoll, _s: &PyAny) -> PyResult<bool> {
    Ok(e.fd.load(Ordering::Acquire) < 0)
}

fn ep_enter(e: &Epoll, args: Args) -> PyResult<PyObj> {
    args.none()?;
    e.open_fd()?;
    Ok(args.slf().to_owned())
}

fn ep_exit(e: &Epoll, args: Args) -> PyResult<()> {
    let _ = args.varargs()?;
    let fd = e.fd.swap(-1, Ordering::AcqRel);
    if fd >= 0 {
        // SAFETY: the descriptor is owned by this object and closed once.
        unsafe { libc::close(fd) };
    }
    Ok(())
}

impl NativeClass for Epoll {
    const NAME: &'static str = "select.epoll";
    const DOC: &'static str = "select.epoll(sizehint=-1, flags=0)\n\nMake an epoll object for watching fds";
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Epoll, "register", ep_register, "Start watching fd; OSError when it is watched already."),
        native_method!(Epoll, "modify", ep_modify, "Change the events watched for a registered fd."),
        native_method!(Epoll, "unregister", ep_unregister, "Stop watching fd."),
        native_method!(Epoll, "poll", ep_poll, "Block until watched fds have events (or timeout passes)."),
        native_method!(Epoll, "close", ep_close, "Release the epoll descriptor."),
        native_method!(Epoll, "fileno", ep_fileno, "Give the number of the epoll descriptor."),
        native_method!(Epoll, "__enter__", ep_enter, ""),
        native_method!(Epoll, "__exit__", ep_exit, ""),
    ];
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(Epoll, "closed", ep_closed)];
    fn native_type() -> &'static NativeType<Self> {
        &EPOLL
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let sig = Signature::simple("epoll", &["sizehint", "flags"], 0);
        let a = args.bind(&sig)?;
        let sizehint = match a[0] {
            Some(s) => s.to_i64()?,
            None => -1,
        };
        let flags = match a[1] {
            Some(f) => f.to_i64()?,
            None => 0,
        };
        if sizehint == 0 || sizehint < -1 {
            return Err(PyErr::value_error("negative sizehint"));
        }
        if flags != 0 && flags != libc::EPOLL_CLOEXEC as i64 {
            return Err(PyErr::new(ExcKind::OSError, "invalid flags"));
        }
        // SAFETY: plain system call.
        let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        if fd < 0 {
            return Err(last_error());
        }
        Ok(Epoll { fd: AtomicI32::new(fd) })
    }
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "select", select, "Block until some of the given fds are ready for reading or writing, or have an exceptional condition."),
    native_fn!(MODULE, "poll", poll, "Make a poll() object for watching fds."),
];

pub fn create() -> PyResult<PyObj> {
    let mut b = ModuleBuilder::new(MODULE, "Wait for several file descriptors at once: select(), poll() and, on\nLinux, epoll.")?
        .functions(FUNCTIONS)?
        .class::<Epoll>()?
        .object("error", &*builtin("OSError")?)?
        .constant("PIPE_BUF", libc::PIPE_BUF as i64)?;
    let consts: &[(&str, i64)] = &[
        ("POLLIN", libc::POLLIN as i64),
        ("POLLPRI", libc::POLLPRI as i64),
        ("POLLOUT", libc::POLLOUT as i64),
        ("POLLERR", libc::POLLERR as i64),
        ("POLLHUP", libc::POLLHUP as i64),
        ("POLLNVAL", libc::POLLNVAL as i64),
        ("POLLRDNORM", libc::POLLRDNORM as i64),
        ("POLLRDBAND", libc::POLLRDBAND as i64),
        ("POLLWRNORM", libc::POLLWRNORM as i64),
        ("POLLWRBAND", libc::POLLWRBAND as i64),
        ("POLLMSG", 0x400),
        ("POLLRDHUP", libc::POLLRDHUP as i64),
        ("EPOLLIN", libc::EPOLLIN as i64),
        ("EPOLLOUT", libc::EPOLLOUT as i64),
        ("EPOLLPRI", libc::EPOLLPRI as i64),
        ("EPOLLERR", libc::EPOLLERR as i64),
        ("EPOLLHUP", libc::EPOLLHUP as i64),
        ("EPOLLET", libc::EPOLLET as u32 as i64),
        ("EPOLLONESHOT", libc::EPOLLONESHOT as i64),
        ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
        ("EPOLLRDHUP", libc::EPOLLRDHUP as i64),
        ("EPOLLRDNORM", libc::EPOLLRDNORM as i64),
        ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
        ("EPOLLWRNORM", libc::EPOLLWRNORM as i64),
        ("EPOLLWRBAND", libc::EPOLLWRBAND as i64),
        ("EPOLLMSG", libc::EPOLLMSG as i64),
        ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
    ];
    for &(n, v) in consts {
        b = b.constant(n, v)?;
    }
    b.finish()
}
