//! `date` and `datetime`.

use std::cmp::Ordering;

use pyk_sdk::prelude::*;

use super::calc::{self, Delta, EPOCH_SECONDS, MAX_ORDINAL, US_PER_DAY};
use super::time::{bytes_obj, ord_matches, repr_tail, state_bytes, time_fields_repr};
use super::tz::{call_offset, call_tzname, format_offset};
use super::{
    as_date, as_datetime, as_delta, as_time, bind, c_int, check_date, check_time, check_tzinfo, data, iso, k, new_date_cls, new_datetime_cls, new_delta,
    not_implemented, type_repr_name, wrap, Dt, Tm, Ymd,
};
use crate::dt_method;

const DATE_PARAMS: &[&str] = &["year", "month", "day"];
const DT_PARAMS: &[&str] = &["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];
const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn out_of_range() -> PyErr {
    PyErr::overflow_error("date value out of range")
}

/// The pickled state of `text` when the arguments are one, of `size`
/// bytes, whose byte 2 (masked) is a month.
fn pickled(pos: &[PyAny], max_args: usize, size: usize) -> PyResult<Option<Vec<u8>>> {
    if pos.is_empty() || pos.len() > max_args {
        return Ok(None);
    }
    let first = &pos[0];
    let (len, b2) = if let Ok(b) = first.as_bytes() {
        (b.len(), b.get(2).copied().unwrap_or(0) as u32)
    } else {
        let _ = PyErr::take();
        if !first.is_str() {
            return Ok(None);
        }
        let s = first.as_str()?;
        (s.chars().count(), s.chars().nth(2).map(|c| c as u32).unwrap_or(0))
    };
    let month = if size == 10 { b2 & 0x7f } else { b2 };
    if len != size || !(1..=12).contains(&month) {
        return Ok(None);
    }
    state_bytes(first, if size == 4 { "date" } else { "datetime" })
}

pub fn date_new(args: Args) -> PyResult<Dt> {
    if args.keywords().is_empty() {
        if let Some(b) = pickled(args.positional(), 1, 4)? {
            return Ok(Dt::Date(Ymd { y: (b[0] as i64) * 256 + b[1] as i64, m: b[2] as i64, d: b[3] as i64 }));
        }
    }
    let a = super::bind_ctor(&args, &Signature::simple("date", DATE_PARAMS, 3), 3)?;
    let (y, m, d) = (c_int(a[0].unwrap())?, c_int(a[1].unwrap())?, c_int(a[2].unwrap())?);
    check_date(y, m, d)?;
    Ok(Dt::Date(Ymd { y, m, d }))
}

pub fn datetime_new(args: Args) -> PyResult<Dt> {
    if args.keywords().is_empty() {
        if let Some(b) = pickled(args.positional(), 2, 10)? {
            let tz = match args.positional().get(1) {
                Some(t) if !t.is_none() && !super::is_tzinfo(t) => return Err(PyErr::type_error("bad tzinfo state arg")),
                Some(t) => check_tzinfo(t)?,
                None => None,
            };
            let ymd = Ymd { y: (b[0] as i64) * 256 + b[1] as i64, m: (b[2] & 0x7f) as i64, d: b[3] as i64 };
            let us = ((b[7] as i64) << 16) | ((b[8] as i64) << 8) | b[9] as i64;
            let t = Tm { h: b[4] as i64, mi: b[5] as i64, s: b[6] as i64, us, fold: (b[2] >> 7) as i64, tz };
            return Ok(Dt::DateTime(ymd, t));
        }
    }
    let a = super::bind_ctor(&args, &Signature { name: "datetime", params: DT_PARAMS, posonly: 0, kwonly: 8, required: 3, required_kwonly: 0 }, 7)?;
    let g = |i: usize| -> PyResult<i64> { a[i].map(c_int).unwrap_or(Ok(0)) };
    let (y, m, d) = (g(0)?, g(1)?, g(2)?);
    let (h, mi, s, us, fold) = (g(3)?, g(4)?, g(5)?, g(6)?, g(8)?);
    check_date(y, m, d)?;
    check_time(h, mi, s, us, fold)?;
    let tz = match a[7] {
        Some(t) => check_tzinfo(t)?,
        None => None,
    };
    Ok(Dt::DateTime(Ymd { y, m, d }, Tm { h, mi, s, us, fold, tz }))
}

fn me(args: &Args) -> PyResult<Ymd> {
    as_date(args.slf()).ok_or_else(|| PyErr::type_error("descriptor requires a 'datetime.date' object"))
}

fn me_dt<'a>(args: &Args<'a>) -> PyResult<(Ymd, &'a Tm)> {
    as_datetime(args.slf()).ok_or_else(|| PyErr::type_error("descriptor requires a 'datetime.datetime' object"))
}

fn year(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.y)
}
fn month(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.m)
}
fn day(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.d)
}

fn date_repr(args: Args) -> PyResult<String> {
    args.none()?;
    let d = me(&args)?;
    Ok(format!("{}({}, {}, {})", type_repr_name(args.slf())?, d.y, d.m, d.d))
}

pub fn iso_date(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.y, d.m, d.d)
}

fn date_isoformat(args: Args) -> PyResult<String> {
    args.none()?;
    Ok(iso_date(me(&args)?))
}

fn ctime_of(d: Ymd, h: i64, mi: i64, s: i64) -> String {
    let wd = calc::weekday(d.y, d.m, d.d) as usize;
    format!("{} {} {:2} {:02}:{:02}:{:02} {:04}", DAY_NAMES[wd], MONTH_NAMES[(d.m - 1) as usize], d.d, h, mi, s, d.y)
}

fn ctime(args: Args) -> PyResult<String> {
    args.none()?;
    let d = me(&args)?;
    Ok(match as_datetime(args.slf()) {
        Some((_, t)) => ctime_of(d, t.h, t.mi, t.s),
        None => ctime_of(d, 0, 0, 0),
    })
}

fn tuple_items(d: Ymd, h: i64, mi: i64, s: i64, dst: i64) -> [i64; 9] {
    let yday = calc::days_before_month(d.y, d.m) + d.d;
    [d.y, d.m, d.d, h, mi, s, calc::weekday(d.y, d.m, d.d), yday, dst]
}

fn date_timetuple(args: Args) -> PyResult<PyObj> {
    args.none()?;
    iso::struct_time(&tuple_items(me(&args)?, 0, 0, 0, -1))
}

fn strftime_arg<'a>(args: &Args<'a>) -> PyResult<&'a PyAny> {
    let a = args.bind(&Signature::simple("strftime", &["format"], 1))?;
    let f = a[0].expect("required");
    if !f.is_str() {
        return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", super::arg_name(f)?)));
    }
    Ok(f)
}

fn date_strftime(args: Args) -> PyResult<PyObj> {
    let f = strftime_arg(&args)?;
    let slf = args.slf();
    let tt = slf.call_method("timetuple", &[])?;
    iso::wrap_strftime(f.as_str()?, &tt, &PyObj::none(), slf, 0)
}

fn format(args: Args) -> PyResult<PyObj> {
    let f = args.one()?;
    if !f.is_str() {
        return Err(PyErr::type_error(format!("__format__() argument 1 must be str, not {}", super::arg_name(f)?)));
    }
    if f.as_str()?.is_empty() {
        return Ok(PyObj::from(args.slf().str()?.as_str()));
    }
    args.slf().call_method("strftime", &[f])
}

fn toordinal(args: Args) -> PyResult<i64> {
    args.none()?;
    Ok(me(&args)?.ord())
}
fn weekday(args: Args) -> PyResult<i64> {
    args.none()?;
    let d = me(&args)?;
    Ok(calc::weekday(d.y, d.m, d.d))
}
fn isoweekday(args: Args) -> PyResult<i64> {
    args.none()?;
    let d = me(&args)?;
    Ok(calc::weekday(d.y, d.m, d.d) + 1)
}
fn isocalendar(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let d = me(&args)?;
    let (y, w, wd) = calc::iso_calendar(d.y, d.m, d.d);
    k().isocal.call(&[&PyObj::from(y), &PyObj::from(w), &PyObj::from(wd)])
}

fn date_replace(args: Args) -> PyResult<PyObj> {
    let a = bind(&args, "replace", DATE_PARAMS, 3)?;
    let d = me(&args)?;
    let g = |i: usize, cur: i64| -> PyResult<i64> { a[i].map(c_int).unwrap_or(Ok(cur)) };
    let n = Ymd { y: g(0, d.y)?, m: g(1, d.m)?, d: g(2, d.d)? };
    check_date(n.y, n.m, n.d)?;
    new_date_cls(&args.slf().get_type(), n)
}

fn date_reduce(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let d = me(&args)?;
    let st = bytes_obj(&[(d.y >> 8) as u8, d.y as u8, d.m as u8, d.d as u8])?;
    tuple_of(&[&args.slf().get_type(), &*tuple_of(&[&st])?])
}

fn date_hash(args: Args) -> PyResult<i64> {
    args.none()?;
    let d = me(&args)?;
    bytes_obj(&[(d.y >> 8) as u8, d.y as u8, d.m as u8, d.d as u8])?.hash()
}

fn date_cmp(args: &Args, op: u32) -> PyResult<PyObj> {
    let other = args.one()?;
    let a = me(args)?;
    match data(other) {
        Some(Dt::Date(b)) if !matches!(data(args.slf()), Some(Dt::DateTime(..))) => Ok(PyObj::from(ord_matches(a.cmp(b), op))),
        _ => not_implemented(),
    }
}
fn date_eq(args: Args) -> PyResult<PyObj> {
    date_cmp(&args, ops::EQ)
}
fn date_ne(args: Args) -> PyResult<PyObj> {
    date_cmp(&args, ops::NE)
}
fn date_lt(args: Args) -> PyResult<PyObj> {
    date_cmp(&args, ops::LT)
}
fn date_le(args: Args) -> PyResult<PyObj> {
    date_cmp(&args, ops::LE)
}
fn date_gt(args: Args) -> PyResult<PyObj> {
    date_cmp(&args, ops::GT)
}
fn date_ge(args: Args) -> PyResult<PyObj> {
    date_cmp(&args, ops::GE)
}

fn add_days(slf: &PyAny, d: Ymd, days: i64) -> PyResult<PyObj> {
    let o = d.ord() + days;
    if !(1..=MAX_ORDINAL).contains(&o) {
        return Err(out_of_range());
    }
    new_date_cls(&slf.get_type(), Ymd::from_ord(o))
}

fn date_add(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let slf = args.slf();
    if as_datetime(slf).is_some() || as_datetime(other).is_some() {
        return not_implemented();
    }
    match as_delta(other) {
        Some(td) => add_days(slf, me(&args)?, td.days),
        None => not_implemented(),
    }
}

fn date_sub(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let slf = args.slf();
    if as_datetime(slf).is_some() || as_datetime(other).is_some() {
        return not_implemented();
    }
    let d = me(&args)?;
    if let Some(b) = as_date(other) {
        return new_delta(Delta { days: d.ord() - b.ord(), secs: 0, us: 0 });
    }
    match as_delta(other) {
        Some(td) => add_days(slf, d, -td.days),
        None => not_implemented(),
    }
}

// ------------------------------------------------------------ classmethods

/// The class and the remaining arguments of a classmethod.
fn cls_args<'a>(args: &Args<'a>, name: &'static str) -> PyResult<(&'a PyAny, Args<'a>)> {
    let pos = args.positional();
    let Some(cls) = pos.first() else {
        return Err(PyErr::type_error(format!("{name}() needs a class")));
    };
    Ok((cls, Args::new("", name, cls, &pos[1..], args.keywords().to_vec())))
}

fn time_time() -> PyResult<PyObj> {
    pyk_sdk::types::import("time")?.call_method("time", &[])
}

fn today(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "today")?;
    a.none()?;
    cls.call_method("fromtimestamp", &[&*time_time()?])
}

/// Seconds and microseconds of a timestamp, rounded half to even (or down).
fn timestamp_parts(o: &PyAny, floor: bool) -> PyResult<(i64, i64)> {
    let range = || PyErr::overflow_error("timestamp out of range for platform time_t");
    if o.is_float() {
        let d = o.to_f64()?;
        if d.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        if floor {
            let f = d.floor();
            if !(-9.2e18..9.2e18).contains(&f) {
                return Err(range());
            }
            return Ok((f as i64, 0));
        }
        let mut ip = d.trunc();
        let mut fp = (d - ip) * 1e6;
        let r = fp.round();
        fp = if (fp - r).abs() == 0.5 { 2.0 * (fp / 2.0).round() } else { r };
        if fp >= 1e6 {
            fp -= 1e6;
            ip += 1.0;
        } else if fp < 0.0 {
            fp += 1e6;
            ip -= 1.0;
        }
        if !(-9.2e18..9.2e18).contains(&ip) {
            return Err(range());
        }
        return Ok((ip as i64, fp as i64));
    }
    if o.is_int() {
        return Ok((o.to_i64().map_err(|_| range())?, 0));
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", super::tp_name(o)?)))
}

fn broken_down(t: i64, local: bool) -> PyResult<libc::tm> {
    let tt: libc::time_t = t;
    // SAFETY: an all-zero `struct tm` is a valid value (ints and a null zone pointer).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; the *_r functions only write `tm`.
    let r = unsafe { if local { libc::localtime_r(&tt, &mut tm) } else { libc::gmtime_r(&tt, &mut tm) } };
    if r.is_null() {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EOVERFLOW) {
            return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
        }
        return Err(PyErr::new(ExcKind::OSError, e.to_string()));
    }
    Ok(tm)
}

fn utc_to_seconds(y: i64, m: i64, d: i64, h: i64, mi: i64, s: i64) -> i64 {
    ((calc::ymd_to_ord(y, m, d) * 24 + h) * 60 + mi) * 60 + s
}

/// Local wall time (as seconds from 0001-01-01) of `u` (same scale, UTC).
fn local(u: i64) -> PyResult<i64> {
    let tm = broken_down(u - EPOCH_SECONDS, true)?;
    Ok(utc_to_seconds(tm.tm_year as i64 + 1900, tm.tm_mon as i64 + 1, tm.tm_mday as i64, tm.tm_hour as i64, tm.tm_min as i64, tm.tm_sec as i64))
}

const MAX_FOLD_SECONDS: i64 = 24 * 3600;

/// The UTC seconds (from 0001-01-01) of a local wall time, choosing by `fold`.
fn local_to_seconds(d: Ymd, h: i64, mi: i64, s: i64, fold: i64) -> PyResult<i64> {
    let t = utc_to_seconds(d.y, d.m, d.d, h, mi, s);
    let mut lt = local(t)?;
    let a = lt - t;
    let u1 = t - a;
    let t1 = local(u1)?;
    let b;
    if t1 == t {
        let u2 = if fold != 0 { u1 + MAX_FOLD_SECONDS } else { u1 - MAX_FOLD_SECONDS };
        lt = local(u2)?;
        b = lt - u2;
        if a == b {
            return Ok(u1);
        }
    } else {
        b = t1 - u1;
    }
    let u2 = t - b;
    let t2 = local(u2)?;
    if t2 == t {
        return Ok(u2);
    }
    if t1 == t {
        return Ok(u1);
    }
    Ok(if fold != 0 { u1.min(u2) } else { u1.max(u2) })
}

/// A datetime of `cls` from a timestamp split into seconds and microseconds.
fn from_timet(cls: &PyAny, timet: i64, us: i64, tz: &PyAny, local_time: bool) -> PyResult<PyObj> {
    let tm = broken_down(timet, local_time)?;
    let (y, m, d) = (tm.tm_year as i64 + 1900, tm.tm_mon as i64 + 1, tm.tm_mday as i64);
    let (h, mi) = (tm.tm_hour as i64, tm.tm_min as i64);
    let s = (tm.tm_sec as i64).min(59);
    let mut fold = 0;
    if local_time && tz.is_none() {
        let result = utc_to_seconds(y, m, d, h, mi, s);
        let probe = local(EPOCH_SECONDS + timet - MAX_FOLD_SECONDS)?;
        let transition = result - probe - MAX_FOLD_SECONDS;
        if transition < 0 {
            let probe = local(EPOCH_SECONDS + timet + transition)?;
            if probe == result {
                fold = 1;
            }
        }
    }
    check_date(y, m, d)?;
    let tzv = if tz.is_none() { None } else { Some(tz.to_owned()) };
    new_datetime_cls(cls, Ymd { y, m, d }, Tm { h, mi, s, us, fold, tz: tzv })
}

fn date_fromtimestamp(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "fromtimestamp")?;
    let t = a.one()?;
    let (secs, _) = timestamp_parts(t, true)?;
    let tm = broken_down(secs, true)?;
    let (y, m, d) = (tm.tm_year as i64 + 1900, tm.tm_mon as i64 + 1, tm.tm_mday as i64);
    check_date(y, m, d)?;
    new_date_cls(cls, Ymd { y, m, d })
}

fn fromordinal(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "fromordinal")?;
    let n = c_int(a.one()?)?;
    if n < 1 {
        return Err(PyErr::value_error("ordinal must be >= 1"));
    }
    let d = Ymd::from_ord(n);
    check_date(d.y, d.m, d.d)?;
    new_date_cls(cls, d)
}

fn str_arg<'a>(a: &Args<'a>) -> PyResult<&'a PyAny> {
    let s = a.one()?;
    if !s.is_str() {
        return Err(PyErr::type_error("fromisoformat: argument must be str"));
    }
    Ok(s)
}

fn invalid(s: &PyAny) -> PyResult<PyErr> {
    Ok(PyErr::value_error(format!("Invalid isoformat string: {}", s.repr()?)))
}

fn date_fromisoformat(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "fromisoformat")?;
    let s = str_arg(&a)?;
    let b = s.as_str()?.as_bytes();
    let parsed = if matches!(b.len(), 7 | 8 | 10) { iso::parse_date(b, b.len()) } else { None };
    let Some((y, m, d)) = parsed else { return Err(invalid(s)?) };
    check_date(y, m, d)?;
    new_date_cls(cls, Ymd { y, m, d })
}

fn fromisocalendar(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "fromisocalendar")?;
    let v = a.bind(&Signature::simple("fromisocalendar", &["year", "week", "day"], 3))?;
    let comp = |o: &PyAny| {
        c_int(o).map_err(|e| if e.matches(ExcKind::OverflowError) { PyErr::value_error("ISO calendar component out of range") } else { e })
    };
    let (y, w, d) = (comp(v[0].unwrap())?, comp(v[1].unwrap())?, comp(v[2].unwrap())?);
    let ord = calc::iso_to_ord(y, w, d).map_err(PyErr::value_error)?;
    let ymd = Ymd::from_ord(ord);
    check_date(ymd.y, ymd.m, ymd.d)?;
    new_date_cls(cls, ymd)
}

pub const DATE_GETTERS: &[NativeFnDef] = &[dt_method!("year", year), dt_method!("month", month), dt_method!("day", day)];

pub const DATE_METHODS: &[NativeFnDef] = &[
    dt_method!("date", "__repr__", date_repr),
    dt_method!("date", "__str__", date_isoformat),
    dt_method!("date", "isoformat", date_isoformat),
    dt_method!("date", "ctime", ctime),
    dt_method!("date", "timetuple", date_timetuple),
    dt_method!("date", "strftime", date_strftime),
    dt_method!("date", "__format__", format),
    dt_method!("date", "toordinal", toordinal),
    dt_method!("date", "weekday", weekday),
    dt_method!("date", "isoweekday", isoweekday),
    dt_method!("date", "isocalendar", isocalendar),
    dt_method!("date", "replace", date_replace),
    dt_method!("date", "__replace__", date_replace),
    dt_method!("date", "__reduce__", date_reduce),
    dt_method!("date", "__hash__", date_hash),
    dt_method!("date", "__eq__", date_eq),
    dt_method!("date", "__ne__", date_ne),
    dt_method!("date", "__lt__", date_lt),
    dt_method!("date", "__le__", date_le),
    dt_method!("date", "__gt__", date_gt),
    dt_method!("date", "__ge__", date_ge),
    dt_method!("date", "__add__", date_add),
    dt_method!("date", "__radd__", date_add),
    dt_method!("date", "__sub__", date_sub),
];

pub const DATE_CLASSMETHODS: &[NativeFnDef] = &[
    dt_method!("today", today),
    dt_method!("fromtimestamp", date_fromtimestamp),
    dt_method!("fromordinal", fromordinal),
    dt_method!("fromisoformat", date_fromisoformat),
    dt_method!("fromisocalendar", fromisocalendar),
];

// ---------------------------------------------------------------- datetime

fn hour(args: Args) -> PyResult<i64> {
    Ok(me_dt(&args)?.1.h)
}
fn minute(args: Args) -> PyResult<i64> {
    Ok(me_dt(&args)?.1.mi)
}
fn second(args: Args) -> PyResult<i64> {
    Ok(me_dt(&args)?.1.s)
}
fn microsecond(args: Args) -> PyResult<i64> {
    Ok(me_dt(&args)?.1.us)
}
fn fold(args: Args) -> PyResult<i64> {
    Ok(me_dt(&args)?.1.fold)
}
fn tzinfo(args: Args) -> PyResult<PyObj> {
    Ok(me_dt(&args)?.1.tz_obj())
}

fn dt_repr(args: Args) -> PyResult<String> {
    args.none()?;
    let (d, t) = me_dt(&args)?;
    Ok(format!("{}({}, {}, {}, {}{})", type_repr_name(args.slf())?, d.y, d.m, d.d, time_fields_repr(t), repr_tail(t)?))
}

fn utcoffset_of(slf: &PyAny, t: &Tm) -> PyResult<Option<Delta>> {
    call_offset(&t.tz_obj(), "utcoffset", slf)
}

fn dt_isoformat_of(slf: &PyAny, d: Ymd, t: &Tm, sep: &str, timespec: &str) -> PyResult<String> {
    let mut s = format!("{}{}{}", iso_date(d), sep, iso::format_time(t.h, t.mi, t.s, t.us, timespec)?);
    if let Some(off) = utcoffset_of(slf, t)? {
        s += &format_offset(off, ":");
    }
    Ok(s)
}

fn dt_isoformat(args: Args) -> PyResult<String> {
    let a = bind(&args, "isoformat", &["sep", "timespec"], 2)?;
    let sep = match a[0] {
        Some(v) if v.is_str() && v.as_str()?.chars().count() == 1 => v.as_str()?.to_owned(),
        Some(v) => {
            let what = super::tp_name(v)?;
            return Err(PyErr::type_error(format!("isoformat() argument 1 must be a unicode character, not {what}")));
        }
        None => "T".to_owned(),
    };
    let ts = match a[1] {
        Some(v) if v.is_str() => v.as_str()?.to_owned(),
        Some(v) => return Err(PyErr::type_error(format!("isoformat() argument 2 must be str, not {}", super::arg_name(v)?))),
        None => "auto".to_owned(),
    };
    let (d, t) = me_dt(&args)?;
    dt_isoformat_of(args.slf(), d, t, &sep, &ts)
}

fn dt_str(args: Args) -> PyResult<String> {
    args.none()?;
    let (d, t) = me_dt(&args)?;
    dt_isoformat_of(args.slf(), d, t, " ", "auto")
}

fn dt_timetuple(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let (d, t) = me_dt(&args)?;
    let dst = match call_offset(&t.tz_obj(), "dst", args.slf())? {
        None => -1,
        Some(x) => i64::from(!x.is_zero()),
    };
    iso::struct_time(&tuple_items(d, t.h, t.mi, t.s, dst))
}

fn dt_utctimetuple(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let (d, t) = me_dt(&args)?;
    let (d, h, mi, s) = match utcoffset_of(args.slf(), t)? {
        Some(off) if !off.is_zero() => {
            let (nd, nt) = shift(d, t, -off.to_us())?;
            (nd, nt.h, nt.mi, nt.s)
        }
        _ => (d, t.h, t.mi, t.s),
    };
    iso::struct_time(&tuple_items(d, h, mi, s, 0))
}

fn dt_strftime(args: Args) -> PyResult<PyObj> {
    let f = strftime_arg(&args)?;
    let slf = args.slf();
    let (_, t) = me_dt(&args)?;
    let tt = slf.call_method("timetuple", &[])?;
    iso::wrap_strftime(f.as_str()?, &tt, &t.tz_obj(), slf, t.us)
}

/// Moves a date and time by `us` microseconds; OverflowError outside 1..9999.
fn shift(d: Ymd, t: &Tm, us: i128) -> PyResult<(Ymd, Tm)> {
    let day_us = ((t.h * 3600 + t.mi * 60 + t.s) as i128) * 1_000_000 + t.us as i128;
    let total = d.ord() as i128 * US_PER_DAY as i128 + day_us + us;
    let ord = total.div_euclid(US_PER_DAY as i128);
    if ord < 1 || ord > MAX_ORDINAL as i128 {
        return Err(out_of_range());
    }
    let rest = total.rem_euclid(US_PER_DAY as i128) as i64;
    let secs = rest / 1_000_000;
    let nt = Tm { h: secs / 3600, mi: secs / 60 % 60, s: secs % 60, us: rest % 1_000_000, fold: 0, tz: t.tz.clone() };
    Ok((Ymd::from_ord(ord as i64), nt))
}

fn add_delta(slf: &PyAny, td: Delta, sign: i128) -> PyResult<PyObj> {
    let (d, t) = as_datetime(slf).ok_or_else(|| PyErr::type_error("datetime expected"))?;
    let (nd, nt) = shift(d, t, sign * td.to_us())?;
    new_datetime_cls(&slf.get_type(), nd, nt)
}

fn dt_add(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    me_dt(&args)?;
    match as_delta(other) {
        Some(td) => add_delta(args.slf(), td, 1),
        None => not_implemented(),
    }
}

/// Microseconds from 0001-01-01 of the wall time.
fn wall_us(d: Ymd, t: &Tm) -> i128 {
    d.ord() as i128 * US_PER_DAY as i128 + (((t.h * 3600 + t.mi * 60 + t.s) as i128) * 1_000_000 + t.us as i128)
}

fn dt_sub(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let (d1, t1) = me_dt(&args)?;
    if let Some((d2, t2)) = as_datetime(other) {
        let mut diff = wall_us(d1, t1) - wall_us(d2, t2);
        if !t1.tz_obj().is(&t2.tz_obj()) {
            let o1 = utcoffset_of(args.slf(), t1)?;
            let o2 = utcoffset_of(other, t2)?;
            match (o1, o2) {
                (Some(a), Some(b)) => diff -= a.to_us() - b.to_us(),
                (None, None) => {}
                _ => return Err(PyErr::type_error("can't subtract offset-naive and offset-aware datetimes")),
            }
        }
        return super::delta_from_us(diff);
    }
    match as_delta(other) {
        Some(td) => add_delta(args.slf(), td, -1),
        None => not_implemented(),
    }
}

/// A copy of the datetime with its fold flipped (only to ask its tzinfo).
fn with_fold(slf: &PyAny, d: Ymd, t: &Tm, fold: i64) -> PyResult<PyObj> {
    let mut nt = t.clone();
    nt.fold = fold;
    wrap(&slf.get_type(), Dt::DateTime(d, nt))
}

fn flip_offset(slf: &PyAny, d: Ymd, t: &Tm) -> PyResult<Option<Delta>> {
    let flipped = with_fold(slf, d, t, 1 - t.fold)?;
    call_offset(&t.tz_obj(), "utcoffset", &flipped)
}

fn dt_cmp(args: &Args, op: u32) -> PyResult<PyObj> {
    let other = args.one()?;
    let slf = args.slf();
    let (d1, t1) = me_dt(args)?;
    let Some((d2, t2)) = as_datetime(other) else { return not_implemented() };
    let base = || (d1, t1.h, t1.mi, t1.s, t1.us).cmp(&(d2, t2.h, t2.mi, t2.s, t2.us));
    if t1.tz_obj().is(&t2.tz_obj()) {
        return Ok(PyObj::from(ord_matches(base(), op)));
    }
    let o1 = utcoffset_of(slf, t1)?;
    let o2 = utcoffset_of(other, t2)?;
    let eqop = op == ops::EQ || op == ops::NE;
    let pep495 = || -> PyResult<bool> { Ok(flip_offset(slf, d1, t1)? != o1 || flip_offset(other, d2, t2)? != o2) };
    let ord = match (o1, o2) {
        (a, b) if a == b => {
            let mut o = base();
            if eqop && o == Ordering::Equal && pep495()? {
                o = Ordering::Less;
            }
            o
        }
        (Some(a), Some(b)) => {
            let diff = (wall_us(d1, t1) - a.to_us()) - (wall_us(d2, t2) - b.to_us());
            let mut o = diff.cmp(&0);
            if eqop && o == Ordering::Equal && pep495()? {
                o = Ordering::Less;
            }
            o
        }
        _ => {
            return match op {
                ops::EQ => Ok(PyObj::from(false)),
                ops::NE => Ok(PyObj::from(true)),
                _ => Err(PyErr::type_error("can't compare offset-naive and offset-aware datetimes")),
            }
        }
    };
    Ok(PyObj::from(ord_matches(ord, op)))
}
fn dt_eq(args: Args) -> PyResult<PyObj> {
    dt_cmp(&args, ops::EQ)
}
fn dt_ne(args: Args) -> PyResult<PyObj> {
    dt_cmp(&args, ops::NE)
}
fn dt_lt(args: Args) -> PyResult<PyObj> {
    dt_cmp(&args, ops::LT)
}
fn dt_le(args: Args) -> PyResult<PyObj> {
    dt_cmp(&args, ops::LE)
}
fn dt_gt(args: Args) -> PyResult<PyObj> {
    dt_cmp(&args, ops::GT)
}
fn dt_ge(args: Args) -> PyResult<PyObj> {
    dt_cmp(&args, ops::GE)
}

fn dt_hash(args: Args) -> PyResult<i64> {
    args.none()?;
    let slf = args.slf();
    let (d, t) = me_dt(&args)?;
    let off = if t.fold != 0 { call_offset(&t.tz_obj(), "utcoffset", &*with_fold(slf, d, t, 0)?)? } else { utcoffset_of(slf, t)? };
    match off {
        None => dt_state(d, &Tm { fold: 0, ..t.clone() }, 2)?.hash(),
        Some(o) => super::time::delta_tuple_hash(wall_us(d, t) - o.to_us()),
    }
}

fn dt_state(d: Ymd, t: &Tm, proto: i64) -> PyResult<PyObj> {
    let mut m = d.m as u8;
    if t.fold != 0 && proto > 3 {
        m |= 0x80;
    }
    bytes_obj(&[(d.y >> 8) as u8, d.y as u8, m, d.d as u8, t.h as u8, t.mi as u8, t.s as u8, (t.us >> 16) as u8, (t.us >> 8) as u8, t.us as u8])
}

fn dt_reduce_with(args: &Args, proto: i64) -> PyResult<PyObj> {
    let (d, t) = me_dt(args)?;
    let st = dt_state(d, t, proto)?;
    let inner = match &t.tz {
        Some(z) => tuple_of(&[&st, z])?,
        None => tuple_of(&[&st])?,
    };
    tuple_of(&[&args.slf().get_type(), &inner])
}
fn dt_reduce_ex(args: Args) -> PyResult<PyObj> {
    let proto = c_int(args.one()?)?;
    dt_reduce_with(&args, proto)
}
fn dt_reduce(args: Args) -> PyResult<PyObj> {
    args.none()?;
    dt_reduce_with(&args, 2)
}

fn dt_date(args: Args) -> PyResult<PyObj> {
    args.none()?;
    wrap(&k().date, Dt::Date(me_dt(&args)?.0))
}
fn dt_time(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let t = me_dt(&args)?.1;
    wrap(&k().time, Dt::Time(Tm { tz: None, ..t.clone() }))
}
fn dt_timetz(args: Args) -> PyResult<PyObj> {
    args.none()?;
    wrap(&k().time, Dt::Time(me_dt(&args)?.1.clone()))
}

fn dt_utcoffset(args: Args) -> PyResult<PyObj> {
    args.none()?;
    match utcoffset_of(args.slf(), me_dt(&args)?.1)? {
        Some(d) => new_delta(d),
        None => Ok(PyObj::none()),
    }
}
fn dt_dst(args: Args) -> PyResult<PyObj> {
    args.none()?;
    match call_offset(&me_dt(&args)?.1.tz_obj(), "dst", args.slf())? {
        Some(d) => new_delta(d),
        None => Ok(PyObj::none()),
    }
}
fn dt_tzname(args: Args) -> PyResult<PyObj> {
    args.none()?;
    call_tzname(&me_dt(&args)?.1.tz_obj(), args.slf())
}

fn dt_replace(args: Args) -> PyResult<PyObj> {
    let a = bind(&args, "replace", DT_PARAMS, 8)?;
    let (d, t) = me_dt(&args)?;
    let g = |i: usize, cur: i64| -> PyResult<i64> { a[i].map(c_int).unwrap_or(Ok(cur)) };
    let nd = Ymd { y: g(0, d.y)?, m: g(1, d.m)?, d: g(2, d.d)? };
    let nt = Tm {
        h: g(3, t.h)?,
        mi: g(4, t.mi)?,
        s: g(5, t.s)?,
        us: g(6, t.us)?,
        fold: g(8, t.fold)?,
        tz: match a[7] {
            Some(z) => check_tzinfo(z)?,
            None => t.tz.clone(),
        },
    };
    check_date(nd.y, nd.m, nd.d)?;
    check_time(nt.h, nt.mi, nt.s, nt.us, nt.fold)?;
    new_datetime_cls(&args.slf().get_type(), nd, nt)
}

fn epoch_us() -> i128 {
    EPOCH_SECONDS as i128 * 1_000_000
}

fn dt_timestamp(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let (d, t) = me_dt(&args)?;
    match utcoffset_of(args.slf(), t)? {
        Some(off) => {
            let us = wall_us(d, t) - off.to_us() - epoch_us();
            int_from_i128(us)?.binary_op(&PyObj::from(1_000_000i64), ops::TRUEDIV)
        }
        None => {
            let secs = local_to_seconds(d, t.h, t.mi, t.s, t.fold)?;
            Ok(PyObj::from((secs - EPOCH_SECONDS) as f64 + t.us as f64 / 1e6))
        }
    }
}

/// `timezone(timedelta(seconds=gmtoff), zone)` of the local time at `ts`.
fn local_timezone_at(ts: i64) -> PyResult<PyObj> {
    let tm = broken_down(ts, true)?;
    let off = Delta::from_us(tm.tm_gmtoff as i128 * 1_000_000).ok_or_else(out_of_range)?;
    let name = if tm.tm_zone.is_null() {
        None
    } else {
        // SAFETY: a non-null tm_zone points to a NUL-terminated string owned by the C library.
        let c = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        Some(PyObj::from(c.to_string_lossy().as_ref()))
    };
    let offobj = new_delta(off)?;
    super::tz::new_timezone(off, name, &offobj)
}

fn local_timezone_from_local(d: Ymd, t: &Tm) -> PyResult<PyObj> {
    let mut secs = local_to_seconds(d, t.h, t.mi, t.s, t.fold)?;
    let secs2 = local_to_seconds(d, t.h, t.mi, t.s, 1 - t.fold)?;
    // In a gap, the offset from before it for fold=0 (after it for fold=1).
    if secs2 != secs && (secs2 > secs) == (t.fold != 0) {
        secs = secs2;
    }
    local_timezone_at(secs - EPOCH_SECONDS)
}

fn astimezone(args: Args) -> PyResult<PyObj> {
    let a = bind(&args, "astimezone", &["tz"], 1)?;
    let slf = args.slf();
    let (d, t) = me_dt(&args)?;
    let target = match a[0] {
        Some(z) if !z.is_none() => {
            if !super::is_tzinfo(z) {
                return Err(PyErr::type_error(format!("tzinfo argument must be None or of a tzinfo subclass, not type '{}'", super::tp_name(z)?)));
            }
            Some(z.to_owned())
        }
        _ => None,
    };
    let mut self_tz = match &t.tz {
        Some(z) => z.clone(),
        None => local_timezone_from_local(d, t)?,
    };
    if let Some(tgt) = &target {
        if self_tz.is(tgt) {
            return Ok(slf.to_owned());
        }
    }
    let mut off = call_offset(&self_tz, "utcoffset", slf)?;
    if off.is_none() {
        self_tz = local_timezone_from_local(d, t)?;
        if let Some(tgt) = &target {
            if self_tz.is(tgt) {
                return Ok(slf.to_owned());
            }
        }
        off = call_offset(&self_tz, "utcoffset", slf)?;
    }
    let off = off.unwrap_or(Delta::ZERO);
    let (ud, mut ut) = shift(d, t, -off.to_us())?;
    let tz = match target {
        Some(z) => z,
        None => {
            let us = wall_us(ud, &ut) - epoch_us();
            local_timezone_at(us.div_euclid(1_000_000) as i64)?
        }
    };
    ut.tz = Some(tz.clone());
    let utc = new_datetime_cls(&slf.get_type(), ud, ut)?;
    tz.call_method("fromutc", &[&utc])
}

fn dt_fromtimestamp(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "fromtimestamp")?;
    let v = a.bind(&Signature::simple("fromtimestamp", &["timestamp", "tz"], 1))?;
    let tz = v[1].map(|z| z.to_owned()).unwrap_or_else(PyObj::none);
    check_tzinfo(&tz)?;
    let (secs, us) = timestamp_parts(v[0].unwrap(), false)?;
    let r = from_timet(cls, secs, us, &tz, tz.is_none())?;
    if tz.is_none() {
        Ok(r)
    } else {
        tz.call_method("fromutc", &[&r])
    }
}

fn warn_deprecated(msg: &str) -> PyResult<()> {
    let warnings = pyk_sdk::types::import("warnings")?;
    let cat = pyk_sdk::types::builtin("DeprecationWarning")?;
    warnings.call_method("warn", &[&PyObj::from(msg), &cat, &PyObj::from(1i64)])?;
    Ok(())
}

fn utcfromtimestamp(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "utcfromtimestamp")?;
    let t = a.one()?;
    warn_deprecated(
        "datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
    )?;
    let (secs, us) = timestamp_parts(t, false)?;
    from_timet(cls, secs, us, &PyObj::none(), false)
}

fn now_parts() -> (i64, i64) {
    let now = std::time::SystemTime::now();
    match now.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_micros() as i64),
        Err(e) => {
            let d = e.duration();
            let total = -(d.as_micros() as i64);
            (total.div_euclid(1_000_000), total.rem_euclid(1_000_000))
        }
    }
}

fn now(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "now")?;
    let v = a.bind(&Signature::simple("now", &["tz"], 0))?;
    let tz = v[0].map(|z| z.to_owned()).unwrap_or_else(PyObj::none);
    check_tzinfo(&tz)?;
    let (secs, us) = now_parts();
    let r = from_timet(cls, secs, us, &tz, tz.is_none())?;
    if tz.is_none() {
        Ok(r)
    } else {
        tz.call_method("fromutc", &[&r])
    }
}

fn utcnow(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "utcnow")?;
    a.none()?;
    warn_deprecated(
        "datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
    )?;
    let (secs, us) = now_parts();
    from_timet(cls, secs, us, &PyObj::none(), false)
}

fn combine(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "combine")?;
    let v = a.bind(&Signature::simple("combine", &["date", "time", "tzinfo"], 2))?;
    let (dobj, tobj) = (v[0].unwrap(), v[1].unwrap());
    let Some(d) = as_date(dobj) else {
        return Err(PyErr::type_error(format!("combine() argument 1 must be datetime.date, not {}", super::arg_name(dobj)?)));
    };
    let Some(t) = as_time(tobj) else {
        return Err(PyErr::type_error(format!("combine() argument 2 must be datetime.time, not {}", super::arg_name(tobj)?)));
    };
    let mut nt = t.clone();
    if let Some(z) = v[2] {
        nt.tz = check_tzinfo(z)?;
    }
    new_datetime_cls(cls, d, nt)
}

fn dt_fromisoformat(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "fromisoformat")?;
    let s = str_arg(&a)?;
    let text = s.as_str()?;
    if text.chars().count() < 7 {
        return Err(invalid(s)?);
    }
    let b = text.as_bytes();
    let Some(sep) = iso::find_separator(b) else { return Err(invalid(s)?) };
    let Some((y, m, dd)) = iso::parse_date(b, sep) else { return Err(invalid(s)?) };
    let mut t = iso::ParsedTime { h: 0, mi: 0, s: 0, us: 0, tz: None };
    if sep < b.len() {
        // The separator may be any one character, of any UTF-8 length.
        let width = text.get(sep..).and_then(|r| r.chars().next()).map(char::len_utf8).unwrap_or(1);
        match iso::parse_time(b, sep + width) {
            Some(p) => t = p,
            None => return Err(invalid(s)?),
        }
    }
    let tz = iso::tz_from_parsed(t.tz)?;
    check_date(y, m, dd)?;
    check_time(t.h, t.mi, t.s, t.us, 0)?;
    new_datetime_cls(cls, Ymd { y, m, d: dd }, Tm { h: t.h, mi: t.mi, s: t.s, us: t.us, fold: 0, tz })
}

fn strptime(args: Args) -> PyResult<PyObj> {
    let (cls, a) = cls_args(&args, "strptime")?;
    a.no_kwargs()?;
    let [s, f] = match a.positional() {
        [s, f] => [s, f],
        p => return Err(PyErr::type_error(format!("strptime() takes exactly 2 arguments ({} given)", p.len()))),
    };
    for (i, x) in [s, f].iter().enumerate() {
        if !x.is_str() {
            return Err(PyErr::type_error(format!("strptime() argument {} must be str, not {}", i + 1, super::arg_name(x)?)));
        }
    }
    pyk_sdk::types::import("_strptime")?.call_method("_strptime_datetime", &[cls, s, f])
}

pub const DATETIME_GETTERS: &[NativeFnDef] = &[
    dt_method!("hour", hour),
    dt_method!("minute", minute),
    dt_method!("second", second),
    dt_method!("microsecond", microsecond),
    dt_method!("tzinfo", tzinfo),
    dt_method!("fold", fold),
];

pub const DATETIME_METHODS: &[NativeFnDef] = &[
    dt_method!("datetime", "__repr__", dt_repr),
    dt_method!("datetime", "__str__", dt_str),
    dt_method!("datetime", "isoformat", dt_isoformat),
    dt_method!("datetime", "timetuple", dt_timetuple),
    dt_method!("datetime", "utctimetuple", dt_utctimetuple),
    dt_method!("datetime", "strftime", dt_strftime),
    dt_method!("datetime", "timestamp", dt_timestamp),
    dt_method!("datetime", "date", dt_date),
    dt_method!("datetime", "time", dt_time),
    dt_method!("datetime", "timetz", dt_timetz),
    dt_method!("datetime", "utcoffset", dt_utcoffset),
    dt_method!("datetime", "dst", dt_dst),
    dt_method!("datetime", "tzname", dt_tzname),
    dt_method!("datetime", "replace", dt_replace),
    dt_method!("datetime", "__replace__", dt_replace),
    dt_method!("datetime", "astimezone", astimezone),
    dt_method!("datetime", "__reduce_ex__", dt_reduce_ex),
    dt_method!("datetime", "__reduce__", dt_reduce),
    dt_method!("datetime", "__hash__", dt_hash),
    dt_method!("datetime", "__eq__", dt_eq),
    dt_method!("datetime", "__ne__", dt_ne),
    dt_method!("datetime", "__lt__", dt_lt),
    dt_method!("datetime", "__le__", dt_le),
    dt_method!("datetime", "__gt__", dt_gt),
    dt_method!("datetime", "__ge__", dt_ge),
    dt_method!("datetime", "__add__", dt_add),
    dt_method!("datetime", "__radd__", dt_add),
    dt_method!("datetime", "__sub__", dt_sub),
];

pub const DATETIME_CLASSMETHODS: &[NativeFnDef] = &[
    dt_method!("fromtimestamp", dt_fromtimestamp),
    dt_method!("utcfromtimestamp", utcfromtimestamp),
    dt_method!("now", now),
    dt_method!("utcnow", utcnow),
    dt_method!("combine", combine),
    dt_method!("fromisoformat", dt_fromisoformat),
    dt_method!("strptime", strptime),
];
