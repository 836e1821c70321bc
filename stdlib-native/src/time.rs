//! `time`: the clocks, `sleep` and the broken-down time functions, with
//! CPython 3.13's names, results and errors. The clocks are read with
//! `clock_gettime` (the clock ids CPython uses on Linux); `gmtime`,
//! `localtime`, `mktime` and `strftime` are the C library's; `struct_time`
//! is a tuple subclass written in Python (`STRUCT_TIME_SRC`, run once when
//! the module is created, as `posix` builds `os.stat_result`); `strptime`
//! calls the pure-Python `_strptime._strptime_time`, as CPython does.

use std::ffi::c_int;
use std::time::Duration;

use pyk_sdk::prelude::*;

const MODULE: &str = "time";

mod ffi {
    use std::ffi::{c_int, c_long};

    /// `struct timespec` of the C library (`time_t` and `long` are both
    /// the platform's `long` on the Unix targets pyk builds for).
    #[repr(C)]
    pub struct Timespec {
        pub tv_sec: c_long,
        pub tv_nsec: c_long,
    }

    extern "C" {
        pub fn clock_gettime(clock: c_int, tp: *mut Timespec) -> c_int;
        pub fn clock_getres(clock: c_int, tp: *mut Timespec) -> c_int;
    }
}

/// The clock ids of Linux's `<time.h>`.
const CLOCK_REALTIME: c_int = 0;
const CLOCK_MONOTONIC: c_int = 1;
const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;
const CLOCK_THREAD_CPUTIME_ID: c_int = 3;

/// Nanoseconds of `clock`, or OSError when the C library refuses the clock.
fn clock_ns(clock: c_int) -> PyResult<i128> {
    let mut ts = ffi::Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call;
    // clock_gettime only writes it.
    let rc = unsafe { ffi::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return Err(PyErr::new(ExcKind::OSError, std::io::Error::last_os_error().to_string()));
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

/// Resolution of `clock` in seconds.
fn clock_res(clock: c_int) -> f64 {
    let mut ts = ffi::Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: as in clock_ns: a valid, writable timespec for the call.
    let rc = unsafe { ffi::clock_getres(clock, &mut ts) };
    if rc != 0 {
        return 1e-9;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Seconds as CPython converts a nanosecond count to float.
fn secs(ns: i128) -> f64 {
    ns as f64 / 1e9
}

fn time(args: Args) -> PyResult<f64> {
    args.none()?;
    Ok(secs(clock_ns(CLOCK_REALTIME)?))
}
fn time_ns(args: Args) -> PyResult<i128> {
    args.none()?;
    clock_ns(CLOCK_REALTIME)
}
fn monotonic(args: Args) -> PyResult<f64> {
    args.none()?;
    Ok(secs(clock_ns(CLOCK_MONOTONIC)?))
}
fn monotonic_ns(args: Args) -> PyResult<i128> {
    args.none()?;
    clock_ns(CLOCK_MONOTONIC)
}
fn process_time(args: Args) -> PyResult<f64> {
    args.none()?;
    Ok(secs(clock_ns(CLOCK_PROCESS_CPUTIME_ID)?))
}
fn process_time_ns(args: Args) -> PyResult<i128> {
    args.none()?;
    clock_ns(CLOCK_PROCESS_CPUTIME_ID)
}
fn thread_time(args: Args) -> PyResult<f64> {
    args.none()?;
    Ok(secs(clock_ns(CLOCK_THREAD_CPUTIME_ID)?))
}
fn thread_time_ns(args: Args) -> PyResult<i128> {
    args.none()?;
    clock_ns(CLOCK_THREAD_CPUTIME_ID)
}

/// A duration in seconds (int or float) as nanoseconds, with CPython's
/// conversion errors (`_PyTime_FromSecondsObject`, rounding up as timeouts do).
fn seconds_to_ns(o: &PyAny) -> PyResult<i64> {
    const TOO_LARGE: &str = "timestamp too large to convert to C PyTime_t";
    if o.is_float() {
        let d = o.to_f64()?;
        if d.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        let ns = (d * 1e9).ceil();
        // i64::MAX is not exactly representable: the bound is 2**63.
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
            return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(ns as i64);
    }
    if !o.is_int() {
        // Objects with __index__ are accepted, as by CPython.
        let index = o.get_type().getattr("__index__").ok();
        let Some(index) = index else {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
        };
        let i = index.call(&[o])?;
        return seconds_to_ns(&i);
    }
    let s = match o.to_i64() {
        Ok(s) => s,
        Err(e) if e.matches(ExcKind::OverflowError) => return Err(PyErr::overflow_error(TOO_LARGE)),
        Err(e) => return Err(e),
    };
    s.checked_mul(1_000_000_000).ok_or_else(|| PyErr::overflow_error(TOO_LARGE))
}

fn sleep(args: Args) -> PyResult<()> {
    let ns = seconds_to_ns(args.one()?)?;
    if ns < 0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let api = pyk_sdk::kernel::api();
    // Other threads run while this one sleeps: it leaves the runtime (drops
    // the GIL) for the duration and touches no object meanwhile.
    (api.thread_detach)();
    std::thread::sleep(Duration::from_nanos(ns as u64));
    (api.thread_attach)();
    Ok(())
}

fn get_clock_info(args: Args) -> PyResult<PyObj> {
    // A PyArg_ParseTuple function: its own messages, with the bare name.
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error("get_clock_info() takes no keyword arguments"));
    }
    let name = match args.positional() {
        [name] => name,
        pos => return Err(PyErr::type_error(format!("get_clock_info() takes exactly 1 argument ({} given)", pos.len()))),
    };
    if !name.is_str() {
        return Err(PyErr::type_error(format!("get_clock_info() argument 1 must be str, not {}", name.type_name()?)));
    }
    let name = name.as_str()?;
    if name.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    let (implementation, clock, monotonic, adjustable) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false),
        _ => return Err(PyErr::value_error("unknown clock")),
    };
    // types.SimpleNamespace, reached without importing the `types` module.
    let namespace = pyk_sdk::types::import("sys")?.getattr("implementation")?.get_type();
    let implementation = PyObj::from(implementation);
    let monotonic = PyObj::from(monotonic);
    let adjustable = PyObj::from(adjustable);
    let resolution = PyObj::from(clock_res(clock));
    namespace.call_kw(
        &[],
        &[
            ("implementation", &implementation),
            ("monotonic", &monotonic),
            ("adjustable", &adjustable),
            ("resolution", &resolution),
        ],
    )
}


// ---- clocks by id ----

const CLOCK_MONOTONIC_RAW: c_int = 4;
const CLOCK_BOOTTIME: c_int = 7;
const CLOCK_TAI: c_int = 11;

/// A clock id argument, with CPython's message for a non-int.
fn clock_id(o: &PyAny) -> PyResult<c_int> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("clk_id should be integer, not {}", o.type_name()?)));
    }
    let v = o.to_i64()?;
    c_int::try_from(v).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

fn clock_gettime_any(clk: &PyAny) -> PyResult<i128> {
    let clk = clock_id(clk)?;
    let mut ts = ffi::Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid, writable timespec for the call.
    if unsafe { ffi::clock_gettime(clk, &mut ts) } != 0 {
        return Err(crate::sysutil::last_error());
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

fn clock_gettime(args: Args) -> PyResult<f64> {
    let clk = args.one()?;
    Ok(secs(clock_gettime_any(clk)?))
}
fn clock_gettime_ns(args: Args) -> PyResult<i128> {
    let clk = args.one()?;
    clock_gettime_any(clk)
}
fn clock_getres(args: Args) -> PyResult<f64> {
    let clk = args.one()?;
    let clk = clock_id(clk)?;
    let mut ts = ffi::Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid, writable timespec for the call.
    if unsafe { ffi::clock_getres(clk, &mut ts) } != 0 {
        return Err(crate::sysutil::last_error());
    }
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

fn settime(clk: c_int, ns: i128) -> PyResult<()> {
    let ts = libc::timespec { tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: ns.rem_euclid(1_000_000_000) as _ };
    // SAFETY: `ts` is a valid timespec; clock_settime only reads it.
    if unsafe { libc::clock_settime(clk, &ts) } != 0 {
        return Err(crate::sysutil::last_error());
    }
    Ok(())
}
/// The two arguments of clock_settime(_ns), as `PyArg_ParseTuple` checks them.
fn two_args<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a PyAny, &'a PyAny)> {
    args.no_kwargs()?;
    match args.positional() {
        [a, b] => Ok((a, b)),
        p => Err(PyErr::type_error(format!("{name}() takes exactly 2 arguments ({} given)", p.len()))),
    }
}
fn clock_settime(args: Args) -> PyResult<()> {
    let (clk, t) = two_args(&args, "clock_settime")?;
    let clk = clock_id(clk)?;
    settime(clk, seconds_to_ns(t)? as i128)
}
fn clock_settime_ns(args: Args) -> PyResult<()> {
    let (clk, t) = two_args(&args, "clock_settime_ns")?;
    let clk = clock_id(clk)?;
    if !t.is_int() {
        return Err(PyErr::type_error(format!("expect int, got {}", t.type_name()?)));
    }
    let ns = t.to_i64().map_err(|_| PyErr::overflow_error("timestamp too large to convert to C PyTime_t"))?;
    settime(clk, ns as i128)
}

// ---- broken-down time ----

const STRUCT_TIME_SRC: &str = r#"class struct_time(tuple):
    """A broken-down time: what gmtime(), localtime() and strptime() give
 and what asctime(), mktime() and strftime() take. It is a tuple of
 nine ints with named fields.

 The values follow Python's conventions rather than C's struct tm:
 tm_year is the full year and tm_mon counts from 1, for example."""
    __module__ = 'time'
    # A struct sequence of the kernel's: nine items, two attributes only.
    _pyk_structseq_ = (9, (
        ('tm_year', 'full year, e.g. 2024'),
        ('tm_mon', 'month, 1 (January) to 12'),
        ('tm_mday', 'day of the month, 1 to 31'),
        ('tm_hour', 'hours, range [0, 23]'),
        ('tm_min', 'minutes, range [0, 59]'),
        ('tm_sec', 'seconds, range [0, 61])'),
        ('tm_wday', 'weekday, 0 (Monday) to 6 (Sunday)'),
        ('tm_yday', 'day of the year, 1 to 366'),
        ('tm_isdst', 'daylight saving time: 1 yes, 0 no, -1 not known'),
        ('tm_zone', 'short name of the time zone'),
        ('tm_gmtoff', 'seconds east of UTC'),
    ))

"#;

/// `time.struct_time`, kept in the module's namespace.
fn struct_time_type(module: &PyAny) -> PyResult<PyObj> {
    module.getattr("struct_time")
}

/// One optional positional argument, as `PyArg_ParseTuple(args, "|O:name")` checks it.
fn opt_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<Option<&'a PyAny>> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.positional() {
        [] => Ok(None),
        [x] => Ok(Some(x)),
        p => Err(PyErr::type_error(format!("{name}() takes at most 1 argument ({} given)", p.len()))),
    }
}

/// Seconds since the Epoch as a `time_t` (CPython's `_PyTime_ObjectToTime_t`,
/// rounding floats toward minus infinity); None is now.
fn object_to_time_t(o: Option<&PyAny>) -> PyResult<libc::time_t> {
    const RANGE: &str = "timestamp out of range for platform time_t";
    let Some(o) = o.filter(|o| !o.is_none()) else {
        return Ok(clock_ns(CLOCK_REALTIME)?.div_euclid(1_000_000_000) as libc::time_t);
    };
    if o.is_float() {
        let d = o.to_f64()?;
        if d.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        let d = d.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
            return Err(PyErr::overflow_error(RANGE));
        }
        return Ok(d as libc::time_t);
    }
    match o.to_i64() {
        Ok(v) => Ok(v as libc::time_t),
        Err(e) if e.matches(ExcKind::OverflowError) => Err(PyErr::overflow_error(RANGE)),
        Err(e) => Err(e),
    }
}

/// A zeroed `struct tm`.
fn zero_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain data (ints, a long and a nullable
    // pointer): all-zero bytes are a valid value.
    unsafe { std::mem::zeroed() }
}

/// `time_t` to broken-down time, UTC or local.
fn broken_down(t: libc::time_t, local: bool) -> PyResult<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: `t` and `tm` are valid for the call; the _r variants write only `tm`.
    let r = unsafe { if local { libc::localtime_r(&t, &mut tm) } else { libc::gmtime_r(&t, &mut tm) } };
    if r.is_null() {
        let e = crate::sysutil::errno();
        return Err(crate::sysutil::os_error(if e == 0 { libc::EINVAL } else { e }));
    }
    Ok(tm)
}

/// The zone abbreviation a `struct tm` points to.
fn tm_zone(tm: &libc::tm) -> Option<String> {
    if tm.tm_zone.is_null() {
        return None;
    }
    // SAFETY: a non-null tm_zone set by the C library points to a
    // NUL-terminated string in its static zone data (or to our own CString,
    // alive while `tm` is used).
    let z = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
    Some(String::from_utf8_lossy(z.to_bytes()).into_owned())
}

/// A `struct_time` from a `struct tm`.
fn to_struct_time(module: &PyAny, tm: &libc::tm) -> PyResult<PyObj> {
    let ints = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let mut items: Vec<PyObj> = ints.iter().map(|&v| PyObj::from(v)).collect();
    items.push(tm_zone(tm).into_py()?);
    items.push(PyObj::from(tm.tm_gmtoff as i64));
    let seq = tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?;
    struct_time_type(module)?.call(&[&seq])
}

fn gmtime(args: Args) -> PyResult<PyObj> {
    let t = object_to_time_t(opt_arg(&args, "gmtime")?)?;
    to_struct_time(args.slf(), &broken_down(t, false)?)
}

fn localtime(args: Args) -> PyResult<PyObj> {
    let t = object_to_time_t(opt_arg(&args, "localtime")?)?;
    to_struct_time(args.slf(), &broken_down(t, true)?)
}

/// A C `int` from a time-tuple item (`PyArg_ParseTuple`'s "i").
fn c_int_item(o: &PyAny) -> PyResult<c_int> {
    if o.is_float() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = o.to_i64()?;
    if v > c_int::MAX as i64 {
        return Err(PyErr::overflow_error("signed integer is greater than maximum"));
    }
    if v < c_int::MIN as i64 {
        return Err(PyErr::overflow_error("signed integer is less than minimum"));
    }
    Ok(v as c_int)
}

/// A `struct tm` read from a 9-tuple or a `struct_time` (CPython's
/// `gettmarg`), and the zone string its `tm_zone` points to.
fn gettmarg(module: &PyAny, o: &PyAny, fname: &str) -> PyResult<(libc::tm, Option<std::ffi::CString>)> {
    if !o.is_tuple() {
        return Err(PyErr::type_error("Tuple or struct_time argument required"));
    }
    let items = o.tuple_items()?;
    if items.len() != 9 {
        return Err(PyErr::type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut v = [0 as c_int; 9];
    for (slot, item) in v.iter_mut().zip(&items) {
        *slot = c_int_item(item)?;
    }
    let mut tm = zero_tm();
    tm.tm_year = v[0].wrapping_sub(1900);
    tm.tm_mon = v[1].wrapping_sub(1);
    tm.tm_mday = v[2];
    tm.tm_hour = v[3];
    tm.tm_min = v[4];
    tm.tm_sec = v[5];
    tm.tm_wday = (v[6].wrapping_add(1)) % 7;
    tm.tm_yday = v[7].wrapping_sub(1);
    tm.tm_isdst = v[8];
    let mut zone = None;
    let st = struct_time_type(module)?;
    if o.get_type().is(&st) {
        let z = o.getattr("tm_zone")?;
        if !z.is_none() {
            let c = std::ffi::CString::new(z.as_str()?).map_err(|_| PyErr::value_error("embedded null character"))?;
            zone = Some(c);
        }
        let off = o.getattr("tm_gmtoff")?;
        if !off.is_none() {
            tm.tm_gmtoff = off.to_i64()? as libc::c_long;
        }
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// CPython's `checktm`, with the normalizations of 0 month, day and yday.
fn checktm(tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(PyErr::value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(PyErr::value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(PyErr::value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(PyErr::value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(PyErr::value_error("seconds out of range"));
    }
    // tm_wday was taken modulo 7, so only a negative value is out of range.
    if tm.tm_wday < 0 {
        return Err(PyErr::value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(PyErr::value_error("day of year out of range"));
    }
    Ok(())
}

/// The current local time as a `struct tm`.
fn now_local() -> PyResult<libc::tm> {
    broken_down(object_to_time_t(None)?, true)
}

/// `asctime`'s fixed format: `Sun Sep  9 03:46:40 2001`.
fn format_asctime(tm: &libc::tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

fn asctime(args: Args) -> PyResult<String> {
    // PyArg_UnpackTuple's messages.
    args.no_kwargs()?;
    if args.positional().len() > 1 {
        return Err(PyErr::type_error(format!("asctime expected at most 1 argument, got {}", args.positional().len())));
    }
    let tm = match args.positional().first() {
        None => now_local()?,
        Some(o) => {
            let (mut tm, _zone) = gettmarg(args.slf(), o, "asctime")?;
            checktm(&mut tm)?;
            tm
        }
    };
    Ok(format_asctime(&tm))
}

fn ctime(args: Args) -> PyResult<String> {
    let t = object_to_time_t(opt_arg(&args, "ctime")?)?;
    Ok(format_asctime(&broken_down(t, true)?))
}

fn mktime(args: Args) -> PyResult<f64> {
    let o = args.one()?;
    let (mut tm, _zone) = gettmarg(args.slf(), o, "mktime")?;
    // A sentinel mktime overwrites on success (-1 is also a valid result).
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid struct tm; mktime reads and normalizes it.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow_error("mktime argument out of range"));
    }
    Ok(t as f64)
}

fn strftime(args: Args) -> PyResult<String> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error("strftime() takes no keyword arguments"));
    }
    let (fmt, tup) = match args.positional() {
        [f] => (f, None),
        [f, t] => (f, Some(t)),
        p if p.is_empty() => return Err(PyErr::type_error("strftime() takes at least 1 argument (0 given)")),
        p => return Err(PyErr::type_error(format!("strftime() takes at most 2 arguments ({} given)", p.len()))),
    };
    if !fmt.is_str() {
        return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", fmt.type_name()?)));
    }
    let (mut tm, _zone) = match tup {
        None => (now_local()?, None),
        Some(t) => gettmarg(args.slf(), t, "strftime")?,
    };
    checktm(&mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let fmt = fmt.as_str()?;
    if fmt.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    if fmt.is_empty() {
        return Ok(String::new());
    }
    let cfmt = std::ffi::CString::new(fmt).map_err(|_| PyErr::value_error("embedded null character"))?;
    // strftime returns 0 both for "too small" and for an empty result:
    // grow the buffer up to 256 bytes per format byte, then take it as empty.
    let mut cap = 1024usize;
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: `buf` has `cap` writable bytes, `cfmt` is NUL-terminated,
        // `tm` is a valid struct tm whose tm_zone (if set) outlives the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), cap, cfmt.as_ptr(), &tm) };
        if n > 0 || cap >= 256 * fmt.len() {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        cap *= 2;
    }
}

fn strptime(args: Args) -> PyResult<PyObj> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error("strptime() takes no keyword arguments"));
    }
    let f = pyk_sdk::types::import("_strptime")?.getattr("_strptime_time")?;
    f.call(&args.positional().iter().collect::<Vec<_>>())
}

extern "C" {
    fn tzset();
}

/// `timezone`, `altzone`, `daylight` and `tzname` from the local time of
/// January and July of the current year, as CPython computes them.
fn init_timezone(module: &PyAny) -> PyResult<()> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = object_to_time_t(None)? as i64;
    let t = (now / YEAR) * YEAR;
    let jan = broken_down(t as libc::time_t, true)?;
    let jul = broken_down((t + YEAR / 2) as libc::time_t, true)?;
    let (janzone, julzone) = (-(jan.tm_gmtoff as i64), -(jul.tm_gmtoff as i64));
    let (janname, julname) = (tm_zone(&jan).unwrap_or_default(), tm_zone(&jul).unwrap_or_default());
    let (timezone, altzone, names) = if janzone < julzone {
        // The southern hemisphere: daylight time in January.
        (julzone, janzone, (julname, janname))
    } else {
        (janzone, julzone, (janname, julname))
    };
    module.setattr("timezone", &PyObj::from(timezone))?;
    module.setattr("altzone", &PyObj::from(altzone))?;
    module.setattr("daylight", &PyObj::from((janzone != julzone) as i64))?;
    let names = names.into_py()?;
    module.setattr("tzname", &names)?;
    Ok(())
}

fn tzset_fn(args: Args) -> PyResult<()> {
    args.none()?;
    // SAFETY: tzset reads TZ and updates the C library's zone data; it takes
    // no arguments.
    unsafe { tzset() };
    init_timezone(args.slf())
}

const DOC_TIME: &str = "time() -> float: seconds since the Epoch (CLOCK_REALTIME).";
const DOC_TIME_NS: &str = "time_ns() -> int: nanoseconds since the Epoch.";
const DOC_MONOTONIC: &str = "monotonic() -> float: seconds of a clock that never goes backward.";
const DOC_MONOTONIC_NS: &str = "monotonic_ns() -> int: nanoseconds of a clock that never goes backward.";
const DOC_PERF_COUNTER: &str = "perf_counter() -> float: seconds of the clock for timing code.";
const DOC_PERF_COUNTER_NS: &str = "perf_counter_ns() -> int: nanoseconds of the clock for timing code.";
const DOC_PROCESS_TIME: &str = "process_time() -> float: CPU seconds used by this process (user + system).";
const DOC_PROCESS_TIME_NS: &str = "process_time_ns() -> int: CPU nanoseconds used by this process (user + system).";
const DOC_THREAD_TIME: &str = "thread_time() -> float: CPU seconds used by this thread (user + system).";
const DOC_THREAD_TIME_NS: &str = "thread_time_ns() -> int: CPU nanoseconds used by this thread (user + system).";
const DOC_SLEEP: &str = "sleep(seconds): waits that many seconds (int or float) while other threads run.";
const DOC_GET_CLOCK_INFO: &str = "get_clock_info(name) -> namespace describing the clock behind the named function.";

const DOC_CLOCK_GETTIME: &str = "clock_gettime(clk_id) -> float: the time of the given clock.";
const DOC_CLOCK_GETTIME_NS: &str = "clock_gettime_ns(clk_id) -> int: the time of the given clock in nanoseconds.";
const DOC_CLOCK_GETRES: &str = "clock_getres(clk_id) -> float: the resolution of the given clock.";
const DOC_CLOCK_SETTIME: &str = "clock_settime(clk_id, time): sets the time of the given clock.";
const DOC_CLOCK_SETTIME_NS: &str = "clock_settime_ns(clk_id, time): sets the time of the given clock in nanoseconds.";
const DOC_GMTIME: &str = "gmtime([seconds]) -> struct_time: UTC time of seconds since the Epoch (now by default).";
const DOC_LOCALTIME: &str = "localtime([seconds]) -> struct_time: local time of seconds since the Epoch (now by default).";
const DOC_ASCTIME: &str = "asctime([tuple]) -> string: e.g. 'Sat Jun 06 16:26:11 1998'.";
const DOC_CTIME: &str = "ctime([seconds]) -> string: asctime(localtime(seconds)).";
const DOC_MKTIME: &str = "mktime(tuple) -> float: seconds since the Epoch of a local time tuple.";
const DOC_STRFTIME: &str = "strftime(format[, tuple]) -> string: the time tuple formatted by the C library's strftime.";
const DOC_STRPTIME: &str = "strptime(string, format) -> struct_time: parses a string to a time tuple.";
const DOC_TZSET: &str = "tzset(): re-reads the TZ environment variable and resets timezone, altzone, daylight and tzname.";

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "time", time, DOC_TIME),
    native_fn!(MODULE, "time_ns", time_ns, DOC_TIME_NS),
    native_fn!(MODULE, "monotonic", monotonic, DOC_MONOTONIC),
    native_fn!(MODULE, "monotonic_ns", monotonic_ns, DOC_MONOTONIC_NS),
    native_fn!(MODULE, "perf_counter", monotonic, DOC_PERF_COUNTER),
    native_fn!(MODULE, "perf_counter_ns", monotonic_ns, DOC_PERF_COUNTER_NS),
    native_fn!(MODULE, "process_time", process_time, DOC_PROCESS_TIME),
    native_fn!(MODULE, "process_time_ns", process_time_ns, DOC_PROCESS_TIME_NS),
    native_fn!(MODULE, "thread_time", thread_time, DOC_THREAD_TIME),
    native_fn!(MODULE, "thread_time_ns", thread_time_ns, DOC_THREAD_TIME_NS),
    native_fn!(MODULE, "sleep", sleep, DOC_SLEEP),
    native_fn!(MODULE, "get_clock_info", get_clock_info, DOC_GET_CLOCK_INFO),
    native_fn!(MODULE, "clock_gettime", clock_gettime, DOC_CLOCK_GETTIME),
    native_fn!(MODULE, "clock_gettime_ns", clock_gettime_ns, DOC_CLOCK_GETTIME_NS),
    native_fn!(MODULE, "clock_getres", clock_getres, DOC_CLOCK_GETRES),
    native_fn!(MODULE, "clock_settime", clock_settime, DOC_CLOCK_SETTIME),
    native_fn!(MODULE, "clock_settime_ns", clock_settime_ns, DOC_CLOCK_SETTIME_NS),
    native_fn!(MODULE, "gmtime", gmtime, DOC_GMTIME),
    native_fn!(MODULE, "localtime", localtime, DOC_LOCALTIME),
    native_fn!(MODULE, "asctime", asctime, DOC_ASCTIME),
    native_fn!(MODULE, "ctime", ctime, DOC_CTIME),
    native_fn!(MODULE, "mktime", mktime, DOC_MKTIME),
    native_fn!(MODULE, "strftime", strftime, DOC_STRFTIME),
    native_fn!(MODULE, "strptime", strptime, DOC_STRPTIME),
    native_fn!(MODULE, "tzset", tzset_fn, DOC_TZSET),
];

pub fn create() -> PyResult<PyObj> {
    let b = ModuleBuilder::new(MODULE, "Time access and conversions.")?
        .functions(FUNCTIONS)?
        .constant("CLOCK_REALTIME", CLOCK_REALTIME as i64)?
        .constant("CLOCK_MONOTONIC", CLOCK_MONOTONIC as i64)?
        .constant("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID as i64)?
        .constant("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID as i64)?
        .constant("CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW as i64)?
        .constant("CLOCK_BOOTTIME", CLOCK_BOOTTIME as i64)?
        .constant("CLOCK_TAI", CLOCK_TAI as i64)?
        .constant("_STRUCT_TM_ITEMS", 11i64)?;
    // struct_time is defined by Python source run in a namespace of its own.
    let ns = pyk_sdk::types::new_dict()?;
    ns.setitem(&PyObj::from("__name__"), &PyObj::from("time"))?;
    let builtins = pyk_sdk::types::import("builtins")?;
    ns.setitem(&PyObj::from("__builtins__"), &builtins)?;
    pyk_sdk::types::builtin("exec")?.call(&[&PyObj::from(STRUCT_TIME_SRC), &ns])?;
    let st = ns.getitem(&PyObj::from("struct_time"))?;
    let b = b.object("struct_time", &st)?;
    init_timezone(b.module())?;
    b.finish()
}
