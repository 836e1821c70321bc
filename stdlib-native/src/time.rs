//! `time`: the clocks and `sleep`, with CPython 3.13's names, results and
//! errors. The clocks are read with `clock_gettime` (the clock ids CPython
//! uses on Linux); the broken-down time functions (`gmtime`, `localtime`,
//! `strftime`, `struct_time`…) are not provided yet.

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
];

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "Clocks and sleeping.")?
        .functions(FUNCTIONS)?
        .constant("CLOCK_REALTIME", CLOCK_REALTIME as i64)?
        .constant("CLOCK_MONOTONIC", CLOCK_MONOTONIC as i64)?
        .constant("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID as i64)?
        .constant("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID as i64)?
        .finish()
}
