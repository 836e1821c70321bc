//! `float`: IEEE doubles with Python's repr, hash and division semantics.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::int::{self, cmp_result, int_val, IntVal, HASH_MODULUS};
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::str::new_str;
use crate::types::typeobj::{NumberSlots, TypeObject};

#[repr(C)]
pub struct FloatObject {
    pub header: ObjHeader,
    pub value: f64,
}

pub fn new_float(f: f64) -> Obj {
    alloc(FloatObject { header: new_header(&FLOAT_TYPE), value: f })
}

pub fn as_f64(o: &Obj) -> Option<f64> {
    o.downcast::<FloatObject>(&FLOAT_TYPE).map(|f| f.value)
}

/// A float operand: float, or int converted (with OverflowError).
fn operand(o: &Obj) -> Option<PyResult<f64>> {
    if let Some(f) = as_f64(o) {
        return Some(Ok(f));
    }
    int_val(o).map(|v| int::to_f64(&v))
}

macro_rules! float_binop {
    ($name:ident, |$x:ident, $y:ident| $body:expr) => {
        fn $name(a: &Obj, b: &Obj) -> PyResult {
            let ($x, $y) = match (operand(a), operand(b)) {
                (Some(x), Some(y)) => (x?, y?),
                _ => return Ok(not_implemented()),
            };
            $body
        }
    };
}

float_binop!(float_add, |x, y| Ok(new_float(x + y)));
float_binop!(float_sub, |x, y| Ok(new_float(x - y)));
float_binop!(float_mul, |x, y| Ok(new_float(x * y)));
float_binop!(float_truediv, |x, y| {
    if y == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(new_float(x / y))
});
float_binop!(float_floordiv, |x, y| {
    if y == 0.0 {
        return Err(zero_division_error("float floor division by zero"));
    }
    Ok(new_float(divmod(x, y).0))
});
float_binop!(float_rem, |x, y| {
    if y == 0.0 {
        return Err(zero_division_error("float modulo by zero"));
    }
    Ok(new_float(divmod(x, y).1))
});
float_binop!(float_pow, |x, y| {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division_error("zero to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(value_error("complex results are not yet supported by pyk's float pow"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new_float(r))
});

/// Python's float divmod: the remainder has the sign of the divisor.
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_neg(a: &Obj) -> PyResult {
    Ok(new_float(-as_f64(a).unwrap_or(0.0)))
}
fn float_pos(a: &Obj) -> PyResult {
    Ok(new_float(as_f64(a).unwrap_or(0.0)))
}
fn float_bool(a: &Obj) -> PyResult<bool> {
    Ok(as_f64(a).unwrap_or(0.0) != 0.0)
}
fn float_int(a: &Obj) -> PyResult {
    let f = as_f64(a).unwrap_or(0.0);
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(int::from_i64(t as i64));
    }
    Ok(int::from_bigint(num_traits::FromPrimitive::from_f64(t).unwrap_or_default()))
}

/// CPython's hash of a float (consistent with ints and fractions).
pub fn hash_f64(f: f64) -> i64 {
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.is_nan() {
        return 0; // CPython hashes NaN by identity; callers that care use the object hash.
    }
    let (mut m, mut e) = frexp(f);
    let sign = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & (HASH_MODULUS as u64)) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & (HASH_MODULUS as u64)) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 { -2 } else { h }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn float_hash(a: &Obj) -> PyResult<i64> {
    let f = as_f64(a).unwrap_or(0.0);
    if f.is_nan() {
        return Ok((a.value().0 >> 4) as i64);
    }
    Ok(hash_f64(f))
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn compare_int_float(i: &IntVal, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    match i {
        IntVal::Small(x) if x.unsigned_abs() < (1 << 53) => (*x as f64).partial_cmp(&f),
        _ => {
            let fi = f.floor();
            let big: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(fi).unwrap_or_default();
            let ib = i.to_big();
            match ib.cmp(&big) {
                std::cmp::Ordering::Equal if f > fi => Some(std::cmp::Ordering::Less),
                o => Some(o),
            }
        }
    }
}

fn float_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let x = as_f64(a).unwrap_or(0.0);
    if let Some(y) = as_f64(b) {
        return Ok(bool_obj(match x.partial_cmp(&y) {
            Some(o) => cmp_result(o, op),
            None => op == CompareOp::Ne,
        }));
    }
    if let Some(iv) = int_val(b) {
        return Ok(bool_obj(match compare_int_float(&iv, x) {
            Some(o) => cmp_result(o.reverse(), op),
            None => op == CompareOp::Ne,
        }));
    }
    Ok(not_implemented())
}

/// Python's `repr(float)`: shortest round-trip digits, fixed notation for
/// exponents in [-4, 16), scientific otherwise.
pub fn float_repr_str(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // `{:e}` gives the shortest round-trip digits: d.ddddde<exp>.
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', e + 1 - digits.len()));
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
    }
    out
}

fn float_repr(a: &Obj) -> PyResult {
    Ok(new_str(&float_repr_str(as_f64(a).unwrap_or(0.0))))
}

fn float_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("float", kw)?;
    match args {
        [] => Ok(new_float(0.0)),
        [x] => {
            if let Some(s) = crate::types::str::as_str(x) {
                return parse_float(s).map(new_float).ok_or_else(|| {
                    value_error(format!("could not convert string to float: {}", crate::types::str::repr_str(s)))
                });
            }
            crate::abstract_::to_float(x).map(new_float)
        }
        _ => Err(type_error(format!("float expected at most 1 argument, got {}", args.len()))),
    }
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    if t.is_empty() || t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
        return None;
    }
    clean.parse::<f64>().ok()
}

pub static FLOAT_TYPE: TypeObject = TypeObject {
    repr: Some(float_repr),
    hash: Some(float_hash),
    richcompare: Some(float_richcompare),
    new: Some(float_new),
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots {
        add: Some(float_add),
        sub: Some(float_sub),
        mul: Some(float_mul),
        truediv: Some(float_truediv),
        floordiv: Some(float_floordiv),
        rem: Some(float_rem),
        pow: Some(float_pow),
        neg: Some(float_neg),
        pos: Some(float_pos),
        bool: Some(float_bool),
        int: Some(float_int),
        float: Some(float_pos),
        ..NumberSlots::EMPTY
    },
    ..TypeObject::builtin("float", &crate::types::object::OBJECT_TYPE, dealloc_box::<FloatObject>)
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        for (f, s) in [
            (1.0, "1.0"), (0.1, "0.1"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
            (1.5e-5, "1.5e-05"), (0.0001, "0.0001"), (-2.5, "-2.5"), (1e100, "1e+100"),
            (123456789.123, "123456789.123"), (0.1 + 0.2, "0.30000000000000004"),
        ] {
            assert_eq!(float_repr_str(f), s);
        }
    }

    #[test]
    fn hash_matches_ints() {
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(0.5), 1152921504606846976);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(2f64.powi(70)), 512);
        assert_eq!(hash_f64(-3.75), -1729382256910270467);
    }
}
