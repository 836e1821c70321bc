//! `timedelta`: days, seconds and microseconds, normalized.

use pyk_sdk::prelude::*;

use super::calc::{div_round_even, Delta, US_PER_SECOND};
use super::{as_delta, bind, delta_from_us, not_implemented, type_repr_name, Dt};
use crate::dt_method;

const PARAMS: &[&str] = &["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];

/// Adds `num * factor` microseconds to `acc`, the fractional part of a
/// float to `leftover` (CPython's `accum`).
fn accum(name: &str, acc: i128, num: &PyAny, factor: i64, leftover: &mut f64) -> PyResult<i128> {
    let too_big = || PyErr::overflow_error("Python int too large to convert to C int");
    if num.is_int() {
        let v = num.to_i64().map_err(|_| too_big())? as i128;
        return acc.checked_add(v * factor as i128).ok_or_else(too_big);
    }
    if num.is_float() {
        let f = num.to_f64()?;
        if f.is_nan() {
            return Err(PyErr::value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
        }
        let ip = f.trunc();
        let frac = f - ip;
        if ip.abs() > 1e30 {
            return Err(too_big());
        }
        let mut sum = acc.checked_add(ip as i128 * factor as i128).ok_or_else(too_big)?;
        if frac == 0.0 {
            return Ok(sum);
        }
        let scaled = factor as f64 * frac;
        let ip2 = scaled.trunc();
        sum += ip2 as i128;
        *leftover += scaled - ip2;
        return Ok(sum);
    }
    Err(PyErr::type_error(format!("unsupported type for timedelta {name} component: {}", super::tp_name(num)?)))
}

pub fn delta_new(args: Args) -> PyResult<Dt> {
    let a = bind(&args, "__new__", PARAMS, PARAMS.len())?;
    // CPython adds the components from the smallest unit up.
    let order: [(usize, i64); 7] = [
        (2, 1),
        (3, 1_000),
        (1, US_PER_SECOND),
        (4, 60 * US_PER_SECOND),
        (5, 3_600 * US_PER_SECOND),
        (0, 86_400 * US_PER_SECOND),
        (6, 7 * 86_400 * US_PER_SECOND),
    ];
    let mut x: i128 = 0;
    let mut leftover = 0.0f64;
    for (i, factor) in order {
        if let Some(v) = a[i] {
            x = accum(PARAMS[i], x, v, factor, &mut leftover)?;
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            let odd = (x & 1) as f64;
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        x += whole as i128;
    }
    match Delta::from_us(x) {
        Some(d) => Ok(Dt::Delta(d)),
        None => Err(super::days_overflow(x.div_euclid(super::calc::US_PER_DAY as i128))),
    }
}

fn me(args: &Args) -> PyResult<Delta> {
    as_delta(args.slf()).ok_or_else(|| PyErr::type_error("descriptor requires a 'datetime.timedelta' object"))
}

fn days(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.days)
}
fn seconds(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.secs)
}
fn microseconds(args: Args) -> PyResult<i64> {
    Ok(me(&args)?.us)
}

pub fn repr_of(o: &PyAny, d: Delta) -> PyResult<String> {
    let mut parts = vec![];
    if d.days != 0 {
        parts.push(format!("days={}", d.days));
    }
    if d.secs != 0 {
        parts.push(format!("seconds={}", d.secs));
    }
    if d.us != 0 {
        parts.push(format!("microseconds={}", d.us));
    }
    if parts.is_empty() {
        parts.push("0".to_owned());
    }
    Ok(format!("{}({})", type_repr_name(o)?, parts.join(", ")))
}

fn repr(args: Args) -> PyResult<String> {
    args.none()?;
    repr_of(args.slf(), me(&args)?)
}

pub fn str_of(d: Delta) -> String {
    let mut s = String::new();
    if d.days != 0 {
        s = format!("{} day{}, ", d.days, if d.days.abs() != 1 { "s" } else { "" });
    }
    s += &format!("{}:{:02}:{:02}", d.secs / 3600, d.secs / 60 % 60, d.secs % 60);
    if d.us != 0 {
        s += &format!(".{:06}", d.us);
    }
    s
}

fn str_(args: Args) -> PyResult<String> {
    args.none()?;
    Ok(str_of(me(&args)?))
}

fn hash(args: Args) -> PyResult<i64> {
    let d = me(&args)?;
    (d.days, d.secs, d.us).into_py()?.hash()
}

fn cmp(args: &Args, op: fn(std::cmp::Ordering) -> bool) -> PyResult<PyObj> {
    let other = args.one()?;
    let a = me(args)?;
    match as_delta(other) {
        Some(b) => Ok(PyObj::from(op(a.cmp(&b)))),
        None => not_implemented(),
    }
}
fn eq(args: Args) -> PyResult<PyObj> {
    cmp(&args, |o| o.is_eq())
}
fn ne(args: Args) -> PyResult<PyObj> {
    cmp(&args, |o| o.is_ne())
}
fn lt(args: Args) -> PyResult<PyObj> {
    cmp(&args, |o| o.is_lt())
}
fn le(args: Args) -> PyResult<PyObj> {
    cmp(&args, |o| o.is_le())
}
fn gt(args: Args) -> PyResult<PyObj> {
    cmp(&args, |o| o.is_gt())
}
fn ge(args: Args) -> PyResult<PyObj> {
    cmp(&args, |o| o.is_ge())
}

fn add(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let a = me(&args)?;
    match as_delta(other) {
        Some(b) => delta_from_us(a.to_us() + b.to_us()),
        None => not_implemented(),
    }
}
fn sub(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let a = me(&args)?;
    match as_delta(other) {
        Some(b) => delta_from_us(a.to_us() - b.to_us()),
        None => not_implemented(),
    }
}
fn rsub(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let a = me(&args)?;
    match as_delta(other) {
        Some(b) => delta_from_us(b.to_us() - a.to_us()),
        None => not_implemented(),
    }
}
fn neg(args: Args) -> PyResult<PyObj> {
    args.none()?;
    delta_from_us(-me(&args)?.to_us())
}
fn pos(args: Args) -> PyResult<PyObj> {
    args.none()?;
    delta_from_us(me(&args)?.to_us())
}
fn abs(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let d = me(&args)?;
    delta_from_us(d.to_us().abs())
}
fn bool_(args: Args) -> PyResult<bool> {
    args.none()?;
    Ok(!me(&args)?.is_zero())
}

fn int_obj(v: i128) -> PyResult<PyObj> {
    int_from_i128(v)
}

/// A Python int back to i128 (OverflowError beyond i64, far past any timedelta).
fn obj_i128(o: &PyAny) -> PyResult<i128> {
    o.to_i64().map(|v| v as i128).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

/// Round-half-even `a / b` of Python ints.
fn divide_nearest(a: &PyAny, b: &PyAny) -> PyResult<PyObj> {
    let qr = pyk_sdk::types::builtin("divmod")?.call(&[a, b])?.tuple_items()?;
    let (q, r) = (&qr[0], &qr[1]);
    let two = PyObj::from(2i64);
    let r2 = r.binary_op(&two, ops::MUL)?;
    let bpos = b.compare(&PyObj::from(0i64), ops::GT)?;
    // Compare |2r| with |b|; r has b's sign.
    let (r2a, ba) = if bpos { (r2, b.to_owned()) } else { (PyObj::from(0i64).binary_op(&r2, ops::SUB)?, PyObj::from(0i64).binary_op(b, ops::SUB)?) };
    let greater = r2a.compare(&ba, ops::GT)?;
    let equal = r2a.compare(&ba, ops::EQ)?;
    let odd = q.binary_op(&PyObj::from(1i64), ops::AND)?.is_true()?;
    if greater || (equal && odd) {
        q.binary_op(&PyObj::from(1i64), ops::ADD)
    } else {
        Ok(q.to_owned())
    }
}

/// `delta * num / den` rounded half to even, for a float's integer ratio.
fn scale_by_float(d: Delta, f: &PyAny, invert: bool) -> PyResult<PyObj> {
    let ratio = f.call_method("as_integer_ratio", &[])?;
    if !ratio.is_tuple() {
        return Err(PyErr::type_error(format!("unexpected return type from as_integer_ratio(): expected tuple, not '{}'", super::tp_name(&ratio)?)));
    }
    let ratio = ratio.tuple_items()?;
    if ratio.len() != 2 {
        return Err(PyErr::value_error("as_integer_ratio() must return a 2-tuple"));
    }
    let (mut num, mut den) = (ratio[0].clone(), ratio[1].clone());
    if invert {
        std::mem::swap(&mut num, &mut den);
        if !den.is_true()? {
            return Err(PyErr::zero_division_error("integer division or modulo by zero"));
        }
    }
    let us = int_obj(d.to_us())?;
    let temp = us.binary_op(&num, ops::MUL)?;
    let r = divide_nearest(&temp, &den)?;
    delta_from_us(obj_i128(&r)?)
}

fn mul(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let d = me(&args)?;
    if other.is_int() {
        let n = obj_i128(other)?;
        return match d.to_us().checked_mul(n) {
            Some(v) => delta_from_us(v),
            None => Err(PyErr::overflow_error("Python int too large to convert to C int")),
        };
    }
    if other.is_float() {
        return scale_by_float(d, other, false);
    }
    not_implemented()
}

fn truediv(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let d = me(&args)?;
    if let Some(b) = as_delta(other) {
        return int_obj(d.to_us())?.binary_op(&*int_obj(b.to_us())?, ops::TRUEDIV);
    }
    if other.is_int() {
        let Ok(n) = obj_i128(other) else {
            // Beyond i64: any timedelta divided by it rounds to 0 or ±1 µs.
            return delta_from_us(obj_i128(&*divide_nearest(&*int_obj(d.to_us())?, other)?)?);
        };
        if n == 0 {
            return Err(PyErr::zero_division_error("integer division or modulo by zero"));
        }
        return delta_from_us(div_round_even(d.to_us(), n));
    }
    if other.is_float() {
        return scale_by_float(d, other, true);
    }
    not_implemented()
}

fn floordiv(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let d = me(&args)?;
    if let Some(b) = as_delta(other) {
        if b.is_zero() {
            return Err(PyErr::zero_division_error("integer division or modulo by zero"));
        }
        return int_obj(floor_div(d.to_us(), b.to_us()));
    }
    if other.is_int() {
        let n = obj_i128(other)?;
        if n == 0 {
            return Err(PyErr::zero_division_error("integer division or modulo by zero"));
        }
        return delta_from_us(floor_div(d.to_us(), n));
    }
    not_implemented()
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn floor_mod(a: i128, b: i128) -> i128 {
    a - floor_div(a, b) * b
}

fn mod_(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let d = me(&args)?;
    match as_delta(other) {
        Some(b) => {
            if b.is_zero() {
                return Err(PyErr::zero_division_error("integer modulo by zero"));
            }
            delta_from_us(floor_mod(d.to_us(), b.to_us()))
        }
        None => not_implemented(),
    }
}

fn divmod(args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let d = me(&args)?;
    match as_delta(other) {
        Some(b) => {
            if b.is_zero() {
                return Err(PyErr::zero_division_error("integer division or modulo by zero"));
            }
            let q = int_obj(floor_div(d.to_us(), b.to_us()))?;
            let r = delta_from_us(floor_mod(d.to_us(), b.to_us()))?;
            (q, r).into_py()
        }
        None => not_implemented(),
    }
}

fn total_seconds(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let d = me(&args)?;
    int_obj(d.to_us())?.binary_op(&PyObj::from(US_PER_SECOND), ops::TRUEDIV)
}

fn reduce(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let d = me(&args)?;
    let t = args.slf().get_type();
    (t, (d.days, d.secs, d.us)).into_py()
}

pub const GETTERS: &[NativeFnDef] = &[dt_method!("days", days), dt_method!("seconds", seconds), dt_method!("microseconds", microseconds)];

pub const METHODS: &[NativeFnDef] = &[
    dt_method!("timedelta", "__repr__", repr),
    dt_method!("timedelta", "__str__", str_),
    dt_method!("timedelta", "__hash__", hash),
    dt_method!("timedelta", "__eq__", eq),
    dt_method!("timedelta", "__ne__", ne),
    dt_method!("timedelta", "__lt__", lt),
    dt_method!("timedelta", "__le__", le),
    dt_method!("timedelta", "__gt__", gt),
    dt_method!("timedelta", "__ge__", ge),
    dt_method!("timedelta", "__add__", add),
    dt_method!("timedelta", "__radd__", add),
    dt_method!("timedelta", "__sub__", sub),
    dt_method!("timedelta", "__rsub__", rsub),
    dt_method!("timedelta", "__neg__", neg),
    dt_method!("timedelta", "__pos__", pos),
    dt_method!("timedelta", "__abs__", abs),
    dt_method!("timedelta", "__bool__", bool_),
    dt_method!("timedelta", "__mul__", mul),
    dt_method!("timedelta", "__rmul__", mul),
    dt_method!("timedelta", "__truediv__", truediv),
    dt_method!("timedelta", "__floordiv__", floordiv),
    dt_method!("timedelta", "__mod__", mod_),
    dt_method!("timedelta", "__divmod__", divmod),
    dt_method!("timedelta", "total_seconds", total_seconds),
    dt_method!("timedelta", "__reduce__", reduce),
];
