//! `tzinfo` (the abstract base) and `timezone` (fixed offsets), and the
//! protocol the other types use to ask a tzinfo for offsets and names.

use pyk_sdk::prelude::*;

use super::calc::Delta;
use super::{as_datetime, as_delta, data, k, new_delta, not_implemented, type_repr_name, Dt};
use crate::dt_method;

fn offset_out_of_range(o: &PyAny) -> PyResult<PyErr> {
    Ok(PyErr::value_error(format!(
        "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
        o.repr()?
    )))
}

fn in_day(d: Delta) -> bool {
    !(d.days < -1 || d.days >= 1 || (d.days == -1 && d.secs == 0 && d.us < 1))
}

/// `tz.utcoffset(arg)` (or `dst`), checked: None or a timedelta strictly
/// within a day. `tz` may be None.
pub fn call_offset(tz: &PyAny, name: &str, arg: &PyAny) -> PyResult<Option<Delta>> {
    if tz.is_none() {
        return Ok(None);
    }
    if let Some(Dt::Timezone { off, .. }) = data(tz) {
        return Ok(if name == "utcoffset" { Some(*off) } else { None });
    }
    let r = tz.call_method(name, &[arg])?;
    if r.is_none() {
        return Ok(None);
    }
    match as_delta(&r) {
        Some(d) if in_day(d) => Ok(Some(d)),
        Some(_) => Err(PyErr::value_error("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")),
        None => Err(PyErr::type_error(format!("tzinfo.{name}() must return None or timedelta, not '{}'", super::tp_name(&r)?))),
    }
}

/// `tz.tzname(arg)`, checked: None or a str.
pub fn call_tzname(tz: &PyAny, arg: &PyAny) -> PyResult<PyObj> {
    if tz.is_none() {
        return Ok(PyObj::none());
    }
    let r = tz.call_method("tzname", &[arg])?;
    if r.is_none() || r.is_str() {
        return Ok(r);
    }
    Err(PyErr::type_error(format!("tzinfo.tzname() must return None or a string, not '{}'", super::tp_name(&r)?)))
}

/// `+HH<sep>MM[<sep>SS[.ffffff]]`.
pub fn format_offset(off: Delta, sep: &str) -> String {
    let (sign, off) = if off.days < 0 { ('-', Delta::from_us(-off.to_us()).unwrap_or(Delta::ZERO)) } else { ('+', off) };
    let (hh, mm, ss) = (off.secs / 3600, off.secs / 60 % 60, off.secs % 60);
    if off.us != 0 {
        format!("{sign}{hh:02}{sep}{mm:02}{sep}{ss:02}.{:06}", off.us)
    } else if ss != 0 {
        format!("{sign}{hh:02}{sep}{mm:02}{sep}{ss:02}")
    } else {
        format!("{sign}{hh:02}{sep}{mm:02}")
    }
}

// ------------------------------------------------------------------ tzinfo

fn abstract_(args: &Args, name: &str) -> PyResult<PyObj> {
    args.one()?;
    Err(PyErr::new(ExcKind::NotImplementedError, format!("a tzinfo subclass must implement {name}()")))
}
fn tzinfo_tzname(args: Args) -> PyResult<PyObj> {
    abstract_(&args, "tzname")
}
fn tzinfo_utcoffset(args: Args) -> PyResult<PyObj> {
    abstract_(&args, "utcoffset")
}
fn tzinfo_dst(args: Args) -> PyResult<PyObj> {
    abstract_(&args, "dst")
}

fn tzinfo_fromutc(args: Args) -> PyResult<PyObj> {
    let dt = args.one()?;
    let slf = args.slf();
    let Some((_, t)) = as_datetime(dt) else {
        return Err(PyErr::type_error("fromutc: argument must be a datetime"));
    };
    if !t.tz_obj().is(slf) {
        return Err(PyErr::value_error("fromutc: dt.tzinfo is not self"));
    }
    let Some(off) = call_offset(slf, "utcoffset", dt)? else {
        return Err(PyErr::value_error("fromutc: non-None utcoffset() result required"));
    };
    let Some(dst) = call_offset(slf, "dst", dt)? else {
        return Err(PyErr::value_error("fromutc: non-None dst() result required"));
    };
    let delta = off.to_us() - dst.to_us();
    let mut dt = dt.to_owned();
    if delta != 0 {
        dt = dt.binary_op(&*super::delta_from_us(delta)?, ops::ADD)?;
        let Some(dst2) = call_offset(slf, "dst", &dt)? else {
            return Err(PyErr::value_error("fromutc: tz.dst() gave inconsistent results; cannot convert"));
        };
        return dt.binary_op(&*new_delta(dst2)?, ops::ADD);
    }
    dt.binary_op(&*new_delta(dst)?, ops::ADD)
}

fn tzinfo_reduce(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let slf = args.slf();
    let init = match slf.getattr("__getinitargs__") {
        Ok(f) => f.call(&[])?,
        Err(e) if e.matches(ExcKind::AttributeError) => tuple_of(&[])?,
        Err(e) => return Err(e),
    };
    let state = slf.call_method("__getstate__", &[])?;
    tuple_of(&[&slf.get_type(), &init, &state])
}

pub const TZINFO_METHODS: &[NativeFnDef] = &[
    dt_method!("tzinfo", "tzname", tzinfo_tzname),
    dt_method!("tzinfo", "utcoffset", tzinfo_utcoffset),
    dt_method!("tzinfo", "dst", tzinfo_dst),
    dt_method!("tzinfo", "fromutc", tzinfo_fromutc),
    dt_method!("tzinfo", "__reduce__", tzinfo_reduce),
];

// ---------------------------------------------------------------- timezone

/// `timezone(offset, name=None)`, installed as the class's `__new__`.
pub fn timezone_new(args: Args) -> PyResult<PyObj> {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(PyErr::type_error("timezone.__new__(): not enough arguments"));
    }
    let inner = Args::new("", "timezone", &pos[0], &pos[1..], args.keywords().to_vec());
    let a = inner.bind(&Signature { name: "timezone", params: &["offset", "name"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let offset = a[0].expect("required");
    let Some(off) = as_delta(offset) else {
        return Err(PyErr::type_error(format!("timezone() argument 1 must be datetime.timedelta, not {}", super::arg_name(offset)?)));
    };
    let name = match a[1] {
        Some(n) if n.is_str() => Some(n.to_owned()),
        Some(n) => return Err(PyErr::type_error(format!("timezone() argument 2 must be str, not {}", super::arg_name(n)?))),
        None => None,
    };
    new_timezone(off, name, offset)
}

pub fn new_timezone(off: Delta, name: Option<PyObj>, off_obj: &PyAny) -> PyResult<PyObj> {
    if name.is_none() && off.is_zero() {
        return Ok(k().utc.clone());
    }
    if !in_day(off) {
        return Err(offset_out_of_range(off_obj)?);
    }
    super::wrap(&k().timezone, Dt::Timezone { off, name })
}

fn tz_me(args: &Args) -> PyResult<(Delta, Option<PyObj>)> {
    match data(args.slf()) {
        Some(Dt::Timezone { off, name }) => Ok((*off, name.clone())),
        _ => Err(PyErr::type_error("descriptor requires a 'datetime.timezone' object")),
    }
}

fn check_dt_arg(o: &PyAny, what: &str) -> PyResult<()> {
    if o.is_none() || as_datetime(o).is_some() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{what}(dt) argument must be a datetime instance or None, not {}", super::tp_name(o)?)))
    }
}

pub fn utc_name(off: Delta) -> String {
    if off.is_zero() {
        "UTC".to_owned()
    } else {
        format!("UTC{}", format_offset(off, ":"))
    }
}

fn tz_tzname(args: Args) -> PyResult<PyObj> {
    check_dt_arg(args.one()?, "tzname")?;
    let (off, name) = tz_me(&args)?;
    Ok(name.unwrap_or_else(|| PyObj::from(utc_name(off).as_str())))
}

fn tz_str(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let (off, name) = tz_me(&args)?;
    Ok(name.unwrap_or_else(|| PyObj::from(utc_name(off).as_str())))
}

fn tz_utcoffset(args: Args) -> PyResult<PyObj> {
    check_dt_arg(args.one()?, "utcoffset")?;
    new_delta(tz_me(&args)?.0)
}

fn tz_dst(args: Args) -> PyResult<PyObj> {
    check_dt_arg(args.one()?, "dst")?;
    tz_me(&args)?;
    Ok(PyObj::none())
}

fn tz_fromutc(args: Args) -> PyResult<PyObj> {
    let dt = args.one()?;
    let (off, _) = tz_me(&args)?;
    let Some((_, t)) = as_datetime(dt) else {
        return Err(PyErr::type_error("fromutc: argument must be a datetime"));
    };
    if !t.tz_obj().is(args.slf()) {
        return Err(PyErr::value_error("fromutc: dt.tzinfo is not self"));
    }
    dt.binary_op(&*new_delta(off)?, ops::ADD)
}

fn tz_eq(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let (a, _) = tz_me(&args)?;
    match data(other) {
        Some(Dt::Timezone { off, .. }) => Ok(PyObj::from(a == *off)),
        _ => not_implemented(),
    }
}

fn tz_hash(args: Args) -> PyResult<i64> {
    args.none()?;
    let (off, _) = tz_me(&args)?;
    (off.days, off.secs, off.us).into_py()?.hash()
}

fn tz_repr(args: Args) -> PyResult<String> {
    args.none()?;
    let slf = args.slf();
    let tn = type_repr_name(slf)?;
    if slf.is(&k().utc) {
        return Ok(format!("{tn}.utc"));
    }
    let (off, name) = tz_me(&args)?;
    let offr = super::delta::repr_of(&*new_delta(off)?, off)?;
    match name {
        None => Ok(format!("{tn}({offr})")),
        Some(n) => Ok(format!("{tn}({offr}, {})", n.repr()?)),
    }
}

fn tz_getinitargs(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let (off, name) = tz_me(&args)?;
    let o = new_delta(off)?;
    match name {
        None => tuple_of(&[&o]),
        Some(n) => tuple_of(&[&o, &n]),
    }
}

pub static TIMEZONE_NEW: NativeFnDef = dt_method!("__new__", timezone_new);

pub const TIMEZONE_METHODS: &[NativeFnDef] = &[
    dt_method!("timezone", "tzname", tz_tzname),
    dt_method!("timezone", "__str__", tz_str),
    dt_method!("timezone", "utcoffset", tz_utcoffset),
    dt_method!("timezone", "dst", tz_dst),
    dt_method!("timezone", "fromutc", tz_fromutc),
    dt_method!("timezone", "__eq__", tz_eq),
    dt_method!("timezone", "__hash__", tz_hash),
    dt_method!("timezone", "__repr__", tz_repr),
    dt_method!("timezone", "__getinitargs__", tz_getinitargs),
];
