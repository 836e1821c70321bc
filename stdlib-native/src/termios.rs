//! `termios`: POSIX terminal control over the C library (`tcgetattr`,
//! `tcsetattr`, `tcsendbreak`, `tcdrain`, `tcflush`, `tcflow`,
//! `tcgetwinsize`, `tcsetwinsize`), with CPython 3.13's argument rules,
//! messages and Linux constants; errors are `termios.error(errno, msg)`.

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_exception_type};

use crate::sysutil::{errno, fileno_of, strerror};

const MODULE: &str = "termios";

/// `termios.error(errno, strerror(errno))`.
fn term_error(e: i32) -> PyErr {
    let made = import(MODULE)
        .and_then(|m| m.getattr("error"))
        .and_then(|t| t.call(&[&*PyObj::from(e as i64), &*strerror(e).as_str().into_py()?]));
    match made {
        Ok(exc) => PyErr::from_instance(exc),
        Err(err) => err,
    }
}

fn check(r: libc::c_int) -> PyResult<()> {
    if r == -1 {
        Err(term_error(errno()))
    } else {
        Ok(())
    }
}

fn int_arg(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    o.to_i64()
}

fn c_int(o: &PyAny) -> PyResult<libc::c_int> {
    let v = int_arg(o)?;
    libc::c_int::try_from(v).map_err(|_| PyErr::overflow_error(if v < 0 { "signed integer is less than minimum" } else { "signed integer is greater than maximum" }))
}

fn get_attr(fd: i32) -> PyResult<libc::termios> {
    // SAFETY: a zeroed termios is a valid value for tcgetattr to fill.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid termios the call writes.
    check(unsafe { libc::tcgetattr(fd, &mut t) })?;
    Ok(t)
}

/// `tcgetattr(fd)`: `[iflag, oflag, cflag, lflag, ispeed, ospeed, cc]`; the
/// control characters are 1-byte bytes, except VMIN and VTIME (ints) when
/// the terminal is not in canonical mode.
fn tcgetattr(args: Args) -> PyResult<PyObj> {
    let fd = fileno_of(args.one()?)?;
    let t = get_attr(fd)?;
    // SAFETY: `t` is a valid termios.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    let list = pyk_sdk::types::list_type().call(&[])?;
    for v in [t.c_iflag as i64, t.c_oflag as i64, t.c_cflag as i64, t.c_lflag as i64, ispeed as i64, ospeed as i64] {
        list.list_append(&*PyObj::from(v))?;
    }
    let cc = pyk_sdk::types::list_type().call(&[])?;
    let canonical = t.c_lflag & libc::ICANON != 0;
    for (i, &c) in t.c_cc.iter().enumerate() {
        if !canonical && (i == libc::VMIN || i == libc::VTIME) {
            cc.list_append(&*PyObj::from(c as i64))?;
        } else {
            cc.list_append(&*PyObj::bytes(&[c])?)?;
        }
    }
    list.list_append(&cc)?;
    Ok(list)
}

/// `tcsetattr(fd, when, attributes)`: `attributes` as tcgetattr returns.
fn tcsetattr(args: Args) -> PyResult<PyObj> {
    let a = args.range(3, 3)?;
    let fd = fileno_of(&a[0])?;
    let when = c_int(&a[1])?;
    let attrs = &a[2];
    let list_t = pyk_sdk::types::list_type();
    if !attrs.isinstance(&list_t)? || attrs.len()? != 7 {
        return Err(PyErr::type_error("tcsetattr, arg 3: must be 7 element list"));
    }
    let item = |i: i64| attrs.getitem(&*PyObj::from(i));
    let mut t = get_attr(fd)?;
    t.c_iflag = int_arg(&*item(0)?)? as libc::tcflag_t;
    t.c_oflag = int_arg(&*item(1)?)? as libc::tcflag_t;
    t.c_cflag = int_arg(&*item(2)?)? as libc::tcflag_t;
    t.c_lflag = int_arg(&*item(3)?)? as libc::tcflag_t;
    let ispeed = int_arg(&*item(4)?)? as libc::speed_t;
    let ospeed = int_arg(&*item(5)?)? as libc::speed_t;
    let cc = item(6)?;
    if !cc.isinstance(&list_t)? || cc.len()? != libc::NCCS {
        return Err(PyErr::type_error(format!("tcsetattr: attributes[6] must be {} element list", libc::NCCS)));
    }
    for i in 0..libc::NCCS {
        let v = cc.getitem(&*PyObj::from(i as i64))?;
        let b = v.as_bytes().ok().map(|b| b.to_vec());
        t.c_cc[i] = match b {
            Some(b) if b.len() == 1 => b[0],
            _ if v.is_int() => v.to_i64()? as libc::cc_t,
            _ => return Err(PyErr::type_error("tcsetattr: elements of attributes must be characters or integers")),
        };
    }
    // SAFETY: `t` is a valid termios throughout.
    check(unsafe { libc::cfsetispeed(&mut t, ispeed) })?;
    // SAFETY: as above.
    check(unsafe { libc::cfsetospeed(&mut t, ospeed) })?;
    // SAFETY: as above.
    check(unsafe { libc::tcsetattr(fd, when, &t) })?;
    Ok(PyObj::none())
}

fn fd_and_int(args: &Args) -> PyResult<(i32, libc::c_int)> {
    let a = args.range(2, 2)?;
    Ok((fileno_of(&a[0])?, c_int(&a[1])?))
}

fn tcsendbreak(args: Args) -> PyResult<PyObj> {
    let (fd, duration) = fd_and_int(&args)?;
    // SAFETY: plain system call on a descriptor number.
    check(unsafe { libc::tcsendbreak(fd, duration) })?;
    Ok(PyObj::none())
}

fn tcdrain(args: Args) -> PyResult<PyObj> {
    let fd = fileno_of(args.one()?)?;
    // SAFETY: plain system call on a descriptor number; it may block.
    check(crate::sysutil::blocking(|| unsafe { libc::tcdrain(fd) }))?;
    Ok(PyObj::none())
}

fn tcflush(args: Args) -> PyResult<PyObj> {
    let (fd, queue) = fd_and_int(&args)?;
    // SAFETY: plain system call on a descriptor number.
    check(unsafe { libc::tcflush(fd, queue) })?;
    Ok(PyObj::none())
}

fn tcflow(args: Args) -> PyResult<PyObj> {
    let (fd, action) = fd_and_int(&args)?;
    // SAFETY: plain system call on a descriptor number.
    check(unsafe { libc::tcflow(fd, action) })?;
    Ok(PyObj::none())
}

/// `tcgetwinsize(fd)`: `(rows, columns)`.
fn tcgetwinsize(args: Args) -> PyResult<PyObj> {
    let fd = fileno_of(args.one()?)?;
    // SAFETY: a zeroed winsize is valid for the ioctl to fill.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one struct winsize.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w as *mut libc::winsize) })?;
    pyk_sdk::convert::tuple_of(&[&*PyObj::from(w.ws_row as i64), &*PyObj::from(w.ws_col as i64)])
}

/// `tcsetwinsize(fd, winsize)`: a two-item sequence `(rows, columns)`.
fn tcsetwinsize(args: Args) -> PyResult<PyObj> {
    let a = args.range(2, 2)?;
    let fd = fileno_of(&a[0])?;
    let ws = &a[1];
    let seq = builtin("tuple")?.call(&[ws]).ok().filter(|t| t.len().ok() == Some(2));
    let Some(seq) = seq.filter(|_| ws.getattr("__getitem__").is_ok()) else {
        return Err(PyErr::type_error("tcsetwinsize, arg 2: must be a two-item sequence"));
    };
    let dim = |i: i64| -> PyResult<u16> {
        let v = int_arg(&*seq.getitem(&*PyObj::from(i))?)?;
        u16::try_from(v).map_err(|_| PyErr::overflow_error("winsize value(s) out of range."))
    };
    // SAFETY: as tcgetwinsize; the current size keeps the pixel fields.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one struct winsize.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w as *mut libc::winsize) })?;
    w.ws_row = dim(0)?;
    w.ws_col = dim(1)?;
    // SAFETY: TIOCSWINSZ reads one struct winsize.
    check(unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &w as *const libc::winsize) })?;
    Ok(PyObj::none())
}

static FUNCS: &[NativeFnDef] = &[
    native_fn!(MODULE, "tcgetattr", tcgetattr, "Read the terminal settings of fd as a list."),
    native_fn!(MODULE, "tcsetattr", tcsetattr, "Apply a list of terminal settings to fd."),
    native_fn!(MODULE, "tcsendbreak", tcsendbreak, "Transmit a break condition on terminal fd."),
    native_fn!(MODULE, "tcdrain", tcdrain, "Block until terminal fd has sent all queued output."),
    native_fn!(MODULE, "tcflush", tcflush, "Throw away pending input and/or output of terminal fd."),
    native_fn!(MODULE, "tcflow", tcflow, "Pause or restart the flow of input or output on terminal fd."),
    native_fn!(MODULE, "tcgetwinsize", tcgetwinsize, "Read the window size of terminal fd as (rows, columns)."),
    native_fn!(MODULE, "tcsetwinsize", tcsetwinsize, "Change the window size of terminal fd."),
];

/// Linux's values, as CPython 3.13's module has them.
const CONSTANTS: &[(&str, i64)] = &[
    ("B0", 0), ("B1000000", 4104), ("B110", 3), ("B115200", 4098), ("B1152000", 4105), ("B1200", 9),
    ("B134", 4), ("B150", 5), ("B1500000", 4106), ("B1800", 10), ("B19200", 14), ("B200", 6),
    ("B2000000", 4107), ("B230400", 4099), ("B2400", 11), ("B2500000", 4108), ("B300", 7), ("B3000000", 4109),
    ("B3500000", 4110), ("B38400", 15), ("B4000000", 4111), ("B460800", 4100), ("B4800", 12), ("B50", 1),
    ("B500000", 4101), ("B57600", 4097), ("B576000", 4102), ("B600", 8), ("B75", 2), ("B921600", 4103),
    ("B9600", 13), ("BRKINT", 2), ("BS0", 0), ("BS1", 8192), ("BSDLY", 8192), ("CBAUD", 4111),
    ("CBAUDEX", 4096), ("CDSUSP", 25), ("CEOF", 4), ("CEOL", 0), ("CEOT", 4), ("CERASE", 127), ("CFLUSH", 15),
    ("CIBAUD", 269418496), ("CINTR", 3), ("CKILL", 21), ("CLNEXT", 22), ("CLOCAL", 2048), ("CQUIT", 28),
    ("CR0", 0), ("CR1", 512), ("CR2", 1024), ("CR3", 1536), ("CRDLY", 1536), ("CREAD", 128), ("CRPRNT", 18),
    ("CRTSCTS", 2147483648), ("CS5", 0), ("CS6", 16), ("CS7", 32), ("CS8", 48), ("CSIZE", 48), ("CSTART", 17),
    ("CSTOP", 19), ("CSTOPB", 64), ("CSUSP", 26), ("CWERASE", 23), ("ECHO", 8), ("ECHOCTL", 512),
    ("ECHOE", 16), ("ECHOK", 32), ("ECHOKE", 2048), ("ECHONL", 64), ("ECHOPRT", 1024), ("EXTA", 14),
    ("EXTB", 15), ("EXTPROC", 65536), ("FF0", 0), ("FF1", 32768), ("FFDLY", 32768), ("FIOASYNC", 21586),
    ("FIOCLEX", 21585), ("FIONBIO", 21537), ("FIONCLEX", 21584), ("FIONREAD", 21531), ("FLUSHO", 4096),
    ("HUPCL", 1024), ("ICANON", 2), ("ICRNL", 256), ("IEXTEN", 32768), ("IGNBRK", 1), ("IGNCR", 128),
    ("IGNPAR", 4), ("IMAXBEL", 8192), ("INLCR", 64), ("INPCK", 16), ("IOCSIZE_MASK", 1073676288),
    ("IOCSIZE_SHIFT", 16), ("ISIG", 1), ("ISTRIP", 32), ("IUCLC", 512), ("IUTF8", 16384), ("IXANY", 2048),
    ("IXOFF", 4096), ("IXON", 1024), ("NCC", 8), ("NCCS", 32), ("NL0", 0), ("NL1", 256), ("NLDLY", 256),
    ("NOFLSH", 128), ("N_MOUSE", 2), ("N_PPP", 3), ("N_SLIP", 1), ("N_STRIP", 4), ("N_TTY", 0), ("OCRNL", 8),
    ("OFDEL", 128), ("OFILL", 64), ("OLCUC", 2), ("ONLCR", 4), ("ONLRET", 32), ("ONOCR", 16), ("OPOST", 1),
    ("PARENB", 256), ("PARMRK", 8), ("PARODD", 512), ("PENDIN", 16384), ("TAB0", 0), ("TAB1", 2048),
    ("TAB2", 4096), ("TAB3", 6144), ("TABDLY", 6144), ("TCFLSH", 21515), ("TCGETA", 21509), ("TCGETS", 21505),
    ("TCIFLUSH", 0), ("TCIOFF", 2), ("TCIOFLUSH", 2), ("TCION", 3), ("TCOFLUSH", 1), ("TCOOFF", 0),
    ("TCOON", 1), ("TCSADRAIN", 1), ("TCSAFLUSH", 2), ("TCSANOW", 0), ("TCSBRK", 21513), ("TCSBRKP", 21541),
    ("TCSETA", 21510), ("TCSETAF", 21512), ("TCSETAW", 21511), ("TCSETS", 21506), ("TCSETSF", 21508),
    ("TCSETSW", 21507), ("TCXONC", 21514), ("TIOCCONS", 21533), ("TIOCEXCL", 21516), ("TIOCGETD", 21540),
    ("TIOCGICOUNT", 21597), ("TIOCGLCKTRMIOS", 21590), ("TIOCGPGRP", 21519), ("TIOCGSERIAL", 21534),
    ("TIOCGSOFTCAR", 21529), ("TIOCGWINSZ", 21523), ("TIOCINQ", 21531), ("TIOCLINUX", 21532),
    ("TIOCMBIC", 21527), ("TIOCMBIS", 21526), ("TIOCMGET", 21525), ("TIOCMIWAIT", 21596), ("TIOCMSET", 21528),
    ("TIOCM_CAR", 64), ("TIOCM_CD", 64), ("TIOCM_CTS", 32), ("TIOCM_DSR", 256), ("TIOCM_DTR", 2),
    ("TIOCM_LE", 1), ("TIOCM_RI", 128), ("TIOCM_RNG", 128), ("TIOCM_RTS", 4), ("TIOCM_SR", 16),
    ("TIOCM_ST", 8), ("TIOCNOTTY", 21538), ("TIOCNXCL", 21517), ("TIOCOUTQ", 21521), ("TIOCPKT", 21536),
    ("TIOCPKT_DATA", 0), ("TIOCPKT_DOSTOP", 32), ("TIOCPKT_FLUSHREAD", 1), ("TIOCPKT_FLUSHWRITE", 2),
    ("TIOCPKT_NOSTOP", 16), ("TIOCPKT_START", 8), ("TIOCPKT_STOP", 4), ("TIOCSCTTY", 21518),
    ("TIOCSERCONFIG", 21587), ("TIOCSERGETLSR", 21593), ("TIOCSERGETMULTI", 21594), ("TIOCSERGSTRUCT", 21592),
    ("TIOCSERGWILD", 21588), ("TIOCSERSETMULTI", 21595), ("TIOCSERSWILD", 21589), ("TIOCSER_TEMT", 1),
    ("TIOCSETD", 21539), ("TIOCSLCKTRMIOS", 21591), ("TIOCSPGRP", 21520), ("TIOCSSERIAL", 21535),
    ("TIOCSSOFTCAR", 21530), ("TIOCSTI", 21522), ("TIOCSWINSZ", 21524), ("TOSTOP", 256), ("VDISCARD", 13),
    ("VEOF", 4), ("VEOL", 11), ("VEOL2", 16), ("VERASE", 2), ("VINTR", 0), ("VKILL", 3), ("VLNEXT", 15),
    ("VMIN", 6), ("VQUIT", 1), ("VREPRINT", 12), ("VSTART", 8), ("VSTOP", 9), ("VSUSP", 10), ("VSWTC", 7),
    ("VSWTCH", 7), ("VT0", 0), ("VT1", 16384), ("VTDLY", 16384), ("VTIME", 5), ("VWERASE", 14), ("XCASE", 4),
    ("XTABS", 6144), ("_POSIX_VDISABLE", 0),

];

pub fn create() -> PyResult<PyObj> {
    let error = new_exception_type(MODULE, "error", &*builtin("Exception")?, None)?;
    let mut b = ModuleBuilder::new(
        MODULE,
        "POSIX terminal control (tcgetattr, tcsetattr, tcdrain, tcflow, tcflush,\ntcsendbreak, the window size calls). Every function takes the terminal as an\nint file descriptor or an object with a fileno() method.",
    )?
    .functions(FUNCS)?
    .object("error", &error)?;
    for (n, v) in CONSTANTS {
        b = b.constant(n, *v)?;
    }
    b.finish()
}
