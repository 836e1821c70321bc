//! `time`: a time of day with an optional tzinfo and a fold.

use std::cmp::Ordering;

use pyk_sdk::prelude::*;

use super::calc::Delta;
use super::tz::{call_offset, call_tzname};
use super::{as_time, bind, c_int, check_time, check_tzinfo, iso, new_delta, new_time_cls, not_implemented, type_repr_name, Dt, Tm};
use crate::dt_method;

const PARAMS: &[&str] = &["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/// The bytes of a pickled state, from bytes or (old pickles) a latin-1 str.
pub fn state_bytes(o: &PyAny, what: &str) -> PyResult<Option<Vec<u8>>> {
    if let Ok(b) = o.as_bytes() {
        return Ok(Some(b.to_vec()));
    }
    if o.is_str() {
        let s = o.as_str()?;
        let mut out = vec![];
        for ch in s.chars() {
            if (ch as u32) > 255 {
                return Err(PyErr::value_error(format!(
                    "Failed to encode latin1 string when unpickling a {what} object. pickle.load(data, encoding='latin1') is assumed."
                )));
            }
            out.push(ch as u32 as u8);
        }
        return Ok(Some(out));
    }
    Ok(None)
}

fn clear_err() {
    let _ = PyErr::take();
}

pub fn time_new(args: Args) -> PyResult<Dt> {
    let pos = args.positional();
    if (1..=2).contains(&pos.len()) && args.keywords().is_empty() {
        let first = &pos[0];
        let is_text = first.is_str() || first.as_bytes().is_ok();
        clear_err();
        if is_text {
            let len_ok = if first.is_str() { first.as_str()?.chars().count() == 6 } else { first.as_bytes()?.len() == 6 };
            let h0 = if first.is_str() { first.as_str()?.chars().next().map(|c| c as u32).unwrap_or(0) } else { first.as_bytes()?.first().copied().unwrap_or(0) as u32 };
            if len_ok && (h0 & 0x7f) < 24 {
                let b = state_bytes(first, "time")?.unwrap_or_default();
                let tz = match pos.get(1) {
                    Some(t) if !t.is_none() && !super::is_tzinfo(t) => return Err(PyErr::type_error("bad tzinfo state arg")),
                    Some(t) => check_tzinfo(t)?,
                    None => None,
                };
                let us = ((b[3] as i64) << 16) | ((b[4] as i64) << 8) | b[5] as i64;
                return Ok(Dt::Time(Tm { h: (b[0] & 0x7f) as i64, mi: b[1] as i64, s: b[2] as i64, us, fold: (b[0] >> 7) as i64, tz }));
            }
        }
    }
    let a = super::bind_ctor(&args, &Signature { name: "time", params: PARAMS, posonly: 0, kwonly: 5, required: 0, required_kwonly: 0 }, 4)?;
    let g = |i: usize| -> PyResult<i64> { a[i].map(c_int).unwrap_or(Ok(0)) };
    let (h, mi, s, us, fold) = (g(0)?, g(1)?, g(2)?, g(3)?, g(5)?);
    check_time(h, mi, s, us, fold)?;
    let tz = match a[4] {
        Some(t) => check_tzinfo(t)?,
        None => None,
    };
    Ok(Dt::Time(Tm { h, mi, s, us, fold, tz }))
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a Tm> {
    as_time(args.slf()).ok_or_else(|| PyErr::type_error("descriptor requires a 'datetime.time' object"))
}

fn hour(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.h)
}
fn minute(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.mi)
}
fn second(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.s)
}
fn microsecond(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.us)
}
fn fold(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.fold)
}
fn tzinfo(args: Args) -> PyResult<PyObj> {
    Ok(me(&args)?.tz_obj())
}

pub fn time_fields_repr(t: &Tm) -> String {
    if t.us != 0 {
        format!("{}, {}, {}, {}", t.h, t.mi, t.s, t.us)
    } else if t.s != 0 {
        format!("{}, {}, {}", t.h, t.mi, t.s)
    } else {
        format!("{}, {}", t.h, t.mi)
    }
}

/// Appends `, fold=1` and `, tzinfo=...` as CPython's reprs do.
pub fn repr_tail(t: &Tm) -> PyResult<String> {
    let mut s = String::new();
    if t.fold != 0 {
        s += ", fold=1";
    }
    if let Some(tz) = &t.tz {
        s += &format!(", tzinfo={}", tz.repr()?);
    }
    Ok(s)
}

fn repr(args: Args) -> PyResult<String> {
    args.none()?;
    let t = me(&args)?;
    Ok(format!("{}({}{})", type_repr_name(args.slf())?, time_fields_repr(t), repr_tail(t)?))
}

fn isoformat_of(t: &Tm, timespec: &str) -> PyResult<String> {
    let mut s = iso::format_time(t.h, t.mi, t.s, t.us, timespec)?;
    if let Some(off) = call_offset(&t.tz_obj(), "utcoffset", &PyObj::none())? {
        s += &super::tz::format_offset(off, ":");
    }
    Ok(s)
}

fn isoformat(args: Args) -> PyResult<String> {
    let a = bind(&args, "isoformat", &["timespec"], 1)?;
    let ts = match a[0] {
        Some(v) => v.as_str().map_err(|_| PyErr::type_error(format!("isoformat() argument 1 must be str, not {}", super::arg_name(v).unwrap_or_default())))?.to_owned(),
        None => "auto".to_owned(),
    };
    isoformat_of(me(&args)?, &ts)
}

fn str_(args: Args) -> PyResult<String> {
    args.none()?;
    isoformat_of(me(&args)?, "auto")
}

fn strftime(args: Args) -> PyResult<PyObj> {
    let a = args.bind(&Signature::simple("strftime", &["format"], 1))?;
    let f = a[0].expect("required");
    if !f.is_str() {
        return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", super::arg_name(f)?)));
    }
    let t = me(&args)?;
    let tt = iso::struct_time(&[1900, 1, 1, t.h, t.mi, t.s, 0, 1, -1])?;
    iso::wrap_strftime(f.as_str()?, &tt, &t.tz_obj(), &PyObj::none(), t.us)
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

fn utcoffset(args: Args) -> PyResult<PyObj> {
    args.none()?;
    match call_offset(&me(&args)?.tz_obj(), "utcoffset", &PyObj::none())? {
        Some(d) => new_delta(d),
        None => Ok(PyObj::none()),
    }
}
fn dst(args: Args) -> PyResult<PyObj> {
    args.none()?;
    match call_offset(&me(&args)?.tz_obj(), "dst", &PyObj::none())? {
        Some(d) => new_delta(d),
        None => Ok(PyObj::none()),
    }
}
fn tzname(args: Args) -> PyResult<PyObj> {
    args.none()?;
    call_tzname(&me(&args)?.tz_obj(), &PyObj::none())
}

fn replace(args: Args) -> PyResult<PyObj> {
    let a = bind(&args, "replace", PARAMS, 5)?;
    let t = me(&args)?;
    let g = |i: usize, cur: i64| -> PyResult<i64> { a[i].map(c_int).unwrap_or(Ok(cur)) };
    let n = Tm {
        h: g(0, t.h)?,
        mi: g(1, t.mi)?,
        s: g(2, t.s)?,
        us: g(3, t.us)?,
        fold: g(5, t.fold)?,
        tz: match a[4] {
            Some(z) => check_tzinfo(z)?,
            None => t.tz.clone(),
        },
    };
    check_time(n.h, n.mi, n.s, n.us, n.fold)?;
    new_time_cls(&args.slf().get_type(), n)
}

pub fn state(t: &Tm, proto: i64) -> PyResult<PyObj> {
    let mut h = t.h as u8;
    if t.fold != 0 && proto > 3 {
        h |= 0x80;
    }
    let b = [h, t.mi as u8, t.s as u8, (t.us >> 16) as u8, (t.us >> 8) as u8, t.us as u8];
    bytes_obj(&b)
}

pub fn bytes_obj(b: &[u8]) -> PyResult<PyObj> {
    PyObj::bytes(b)
}

/// The hash CPython gives an aware value: that of the timedelta
/// (days, seconds, microseconds) of `total` microseconds.
pub fn delta_tuple_hash(total: i128) -> PyResult<i64> {
    let day = super::calc::US_PER_DAY as i128;
    let days = total.div_euclid(day);
    let rest = total.rem_euclid(day) as i64;
    (int_from_i128(days)?, rest / 1_000_000, rest % 1_000_000).into_py()?.hash()
}

fn reduce_ex(args: Args) -> PyResult<PyObj> {
    let proto = c_int(args.one()?)?;
    reduce_with(&args, proto)
}
fn reduce(args: Args) -> PyResult<PyObj> {
    args.none()?;
    reduce_with(&args, 2)
}
fn reduce_with(args: &Args, proto: i64) -> PyResult<PyObj> {
    let t = me(args)?;
    let st = state(t, proto)?;
    let ty = args.slf().get_type();
    let inner = match &t.tz {
        Some(z) => tuple_of(&[&st, z])?,
        None => tuple_of(&[&st])?,
    };
    tuple_of(&[&ty, &inner])
}

/// Microseconds since midnight minus the UTC offset (None: naive).
fn utc_us(t: &Tm) -> PyResult<(i128, Option<Delta>)> {
    let local = ((t.h * 3600 + t.mi * 60 + t.s) as i128) * 1_000_000 + t.us as i128;
    let off = call_offset(&t.tz_obj(), "utcoffset", &PyObj::none())?;
    Ok((local - off.map(|d| d.to_us()).unwrap_or(0), off))
}

fn hash(args: Args) -> PyResult<i64> {
    args.none()?;
    let t = me(&args)?;
    let (u, off) = utc_us(t)?;
    match off {
        None => state(&Tm { fold: 0, ..t.clone() }, 2)?.hash(),
        Some(_) => delta_tuple_hash(u),
    }
}

fn compare(args: &Args, op: u32) -> PyResult<PyObj> {
    let other = args.one()?;
    let a = me(args)?;
    let Some(b) = as_time(other) else { return not_implemented() };
    let key = |t: &Tm| (t.h, t.mi, t.s, t.us);
    let ord = if a.tz_obj().is(&b.tz_obj()) {
        key(a).cmp(&key(b))
    } else {
        let (ua, oa) = utc_us(a)?;
        let (ub, ob) = utc_us(b)?;
        match (oa, ob) {
            (None, None) => key(a).cmp(&key(b)),
            (Some(x), Some(y)) if x == y => key(a).cmp(&key(b)),
            (Some(_), Some(_)) => ua.cmp(&ub),
            _ => {
                return match op {
                    ops::EQ => Ok(PyObj::from(false)),
                    ops::NE => Ok(PyObj::from(true)),
                    _ => Err(PyErr::type_error("can't compare offset-naive and offset-aware times")),
                }
            }
        }
    };
    Ok(PyObj::from(ord_matches(ord, op)))
}

pub fn ord_matches(o: Ordering, op: u32) -> bool {
    match op {
        ops::EQ => o.is_eq(),
        ops::NE => o.is_ne(),
        ops::LT => o.is_lt(),
        ops::LE => o.is_le(),
        ops::GT => o.is_gt(),
        _ => o.is_ge(),
    }
}

fn eq(args: Args) -> PyResult<PyObj> {
    compare(&args, ops::EQ)
}
fn ne(args: Args) -> PyResult<PyObj> {
    compare(&args, ops::NE)
}
fn lt(args: Args) -> PyResult<PyObj> {
    compare(&args, ops::LT)
}
fn le(args: Args) -> PyResult<PyObj> {
    compare(&args, ops::LE)
}
fn gt(args: Args) -> PyResult<PyObj> {
    compare(&args, ops::GT)
}
fn ge(args: Args) -> PyResult<PyObj> {
    compare(&args, ops::GE)
}

fn fromisoformat(args: Args) -> PyResult<PyObj> {
    let pos = args.positional();
    if pos.len() != 2 || !args.keywords().is_empty() {
        return Err(PyErr::type_error(format!("fromisoformat() takes exactly one argument ({} given)", pos.len().saturating_sub(1))));
    }
    let (cls, s) = (&pos[0], &pos[1]);
    if !s.is_str() {
        return Err(PyErr::type_error("fromisoformat: argument must be str"));
    }
    let text = s.as_str()?;
    let bad = || -> PyResult<PyErr> { Ok(PyErr::value_error(format!("Invalid isoformat string: {}", s.repr()?))) };
    let parsed = iso::parse_time_with_tz(text).ok_or_else(|| bad().unwrap_or_else(|e| e))?;
    let tz = iso::tz_from_parsed(parsed.tz)?;
    check_time(parsed.h, parsed.mi, parsed.s, parsed.us, 0)?;
    let t = Tm { h: parsed.h, mi: parsed.mi, s: parsed.s, us: parsed.us, fold: 0, tz };
    new_time_cls(cls, t)
}

pub const GETTERS: &[NativeFnDef] = &[
    dt_method!("hour", hour),
    dt_method!("minute", minute),
    dt_method!("second", second),
    dt_method!("microsecond", microsecond),
    dt_method!("tzinfo", tzinfo),
    dt_method!("fold", fold),
];

pub const METHODS: &[NativeFnDef] = &[
    dt_method!("time", "__repr__", repr),
    dt_method!("time", "__str__", str_),
    dt_method!("time", "isoformat", isoformat),
    dt_method!("time", "strftime", strftime),
    dt_method!("time", "__format__", format),
    dt_method!("time", "utcoffset", utcoffset),
    dt_method!("time", "dst", dst),
    dt_method!("time", "tzname", tzname),
    dt_method!("time", "replace", replace),
    dt_method!("time", "__replace__", replace),
    dt_method!("time", "__reduce_ex__", reduce_ex),
    dt_method!("time", "__reduce__", reduce),
    dt_method!("time", "__hash__", hash),
    dt_method!("time", "__eq__", eq),
    dt_method!("time", "__ne__", ne),
    dt_method!("time", "__lt__", lt),
    dt_method!("time", "__le__", le),
    dt_method!("time", "__gt__", gt),
    dt_method!("time", "__ge__", ge),
];

pub const CLASSMETHODS: &[NativeFnDef] = &[dt_method!("fromisoformat", fromisoformat)];
