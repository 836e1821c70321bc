//! `float`: IEEE doubles with Python's repr, hash and division semantics.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::int::{self, cmp_result, int_val, IntVal, HASH_MODULUS};
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::str::new_str;
use crate::types::typeobj::{GetSetDef, MethodDef, NumberSlots, TypeObject};

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
    // (+-0)**-inf is inf, as C's pow says; only a finite negative power fails.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        // A negative number to a fractional power is complex.
        return crate::types::complex::pow_values((x, 0.0), (y, 0.0));
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
    float_to_int(as_f64(a).unwrap_or(0.0))
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
    // `{:e}` gives the shortest round-trip digits: d.ddddde<exp>. When the
    // exact value lies halfway between two such digit strings it rounds the
    // tie up where Python rounds it to even; `{:.Ne}` rounds exactly (ties
    // to even), so take that when it still round-trips. Ties need about 16
    // digits, so shorter results are final.
    let mut s = format!("{:e}", f);
    let ndigits = s.bytes().take_while(|&b| b != b'e').filter(u8::is_ascii_digit).count();
    if ndigits >= 15 {
        let even = crate::types::float::fmt_exp_any(f, ndigits - 1);
        if even != s && even.parse::<f64>() == Ok(f) {
            s = even;
        }
    }
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
            // PyNumber_Float: anything but an exact float with __float__
            // (a float or str subclass's own included) is asked first.
            if x.type_ptr() != &FLOAT_TYPE as *const _ {
                if let Some(f) = x.type_obj().number.float {
                    let r = f(x)?;
                    if r.type_ptr() == &FLOAT_TYPE as *const _ {
                        return Ok(r);
                    }
                    let Some(v) = as_f64(&r) else {
                        return Err(type_error(format!("{}.__float__ returned non-float (type {})", x.type_obj().name(), r.type_obj().name())));
                    };
                    crate::warningsmod::warn(
                        &crate::types::exceptions::DEPRECATION_WARNING,
                        &format!("{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", x.type_obj().name(), r.type_obj().name()),
                        1,
                    )?;
                    return Ok(new_float(v));
                }
            }
            if let Some(s) = crate::types::str::as_str(x) {
                return parse_float(s).map(new_float).ok_or_else(|| {
                    value_error(format!("could not convert string to float: {}", crate::types::str::repr_str(s)))
                });
            }
            if let Some(b) = crate::types::bytearray::bytes_like(x) {
                let s = String::from_utf8_lossy(&b).into_owned();
                return parse_float(&s).map(new_float).ok_or_else(|| value_error(format!("could not convert string to float: {}", crate::abstract_::repr_string(x).unwrap_or_default())));
            }
            crate::abstract_::to_float(x).map(new_float).map_err(|e| {
                if e.is_instance(&crate::types::exceptions::TYPE_ERROR) && crate::types::exceptions::exc_str_string(&e.0).is_ok_and(|m| m.starts_with("must be real number")) {
                    type_error(format!("float() argument must be a string or a real number, not '{}'", x.type_obj().name()))
                } else {
                    e
                }
            })
        }
        _ => Err(type_error(format!("float expected at most 1 argument, got {}", args.len()))),
    }
}

/// Parses the text of `float(s)`: surrounding whitespace, a sign, "inf",
/// "infinity" or "nan" in any case, or a decimal literal whose underscores
/// each sit between two digits.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = crate::types::int::ascii_number_text(s);
    let t = s.trim_matches(|c: char| c.is_ascii() && crate::types::str::py_isspace(c));
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'_' => {
                let digit_before = i > 0 && b[i - 1].is_ascii_digit();
                let digit_after = b.get(i + 1).is_some_and(|d| d.is_ascii_digit());
                if !digit_before || !digit_after {
                    return None;
                }
            }
            b'0'..=b'9' | b'.' | b'e' | b'E' => clean.push(c as char),
            b'+' | b'-' if i > 0 && matches!(b[i - 1], b'e' | b'E') => clean.push(c as char),
            _ => return None,
        }
    }
    // Rust's parser accepts exactly Python's remaining grammar (digits with
    // an optional point and exponent) for this character set.
    let v: f64 = clean.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// The exact value of a finite float as `m * 2**e` with an odd `m` (or 0).
pub fn exact_parts(f: f64) -> (num_bigint::BigInt, i64) {
    if f == 0.0 {
        return (num_bigint::BigInt::from(0), 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let m = num_bigint::BigInt::from(m);
    (if f < 0.0 { -m } else { m }, e)
}

/// `round(x, ndigits)`: x rounded half to even at the exact decimal value,
/// then converted back with one correct rounding (as CPython's dtoa path).
pub fn float_round(x: f64, ndigits: i64) -> PyResult<f64> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = exact_parts(x);
    let p10 = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    // x * 10**ndigits = num / den exactly.
    let (mut num, mut den) = (m, BigInt::from(1));
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if ndigits >= 0 {
        num *= &p10;
    } else {
        den *= &p10;
    }
    let (q, r) = num.div_mod_floor(&den);
    let twice: BigInt = r * 2;
    let n = if twice > den || (twice == den && q.is_odd()) { q + 1 } else { q };
    let v = if ndigits >= 0 {
        int::big_ratio_to_f64(&n, &p10)
    } else {
        int::big_ratio_to_f64(&(n * p10), &BigInt::from(1))
    };
    match v {
        Some(v) => Ok(v.copysign(x)),
        None => Err(overflow_error("rounded value too large to represent")),
    }
}

/// `int(f)` (truncation), with CPython's errors for NaN and infinities.
pub fn float_to_int(f: f64) -> PyResult {
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

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.…p-1022`.
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{}{}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn hex_error() -> crate::error::PyErr {
    value_error("invalid hexadecimal floating-point string")
}

/// `float.fromhex(s)`, correctly rounded.
pub fn float_fromhex(s: &str) -> PyResult<f64> {
    use num_bigint::BigInt;
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |v: f64| if neg { -v } else { v };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, pexp) = match rest.split_once('p') {
        Some((m, p)) => {
            let digits = p.strip_prefix(['+', '-']).unwrap_or(p);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(hex_error());
            }
            // Huge exponents saturate: the result is 0 or an overflow anyway.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            (m, if p.starts_with('-') { -v } else { v })
        }
        None => (rest, 0),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((a, b)) => (a, b),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() || !ip.bytes().chain(fp.bytes()).all(|c| c.is_ascii_hexdigit()) {
        return Err(hex_error());
    }
    let m = BigInt::parse_bytes(format!("0{ip}{fp}").as_bytes(), 16).ok_or_else(hex_error)?;
    if m == BigInt::from(0) {
        return Ok(signed(0.0));
    }
    let e = pexp - 4 * fp.len() as i64;
    let top = m.bits() as i64 + e;
    if top > 1025 {
        return Err(overflow_error("hexadecimal value too large to represent as a float"));
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let v = if e >= 0 {
        int::big_ratio_to_f64(&(m << e as usize), &BigInt::from(1))
    } else {
        int::big_ratio_to_f64(&m, &(BigInt::from(1) << (-e) as usize))
    };
    v.map(signed).ok_or_else(|| overflow_error("hexadecimal value too large to represent as a float"))
}

fn self_f64(s: &Obj) -> PyResult<f64> {
    as_f64(s).ok_or_else(|| type_error(format!("descriptor requires a 'float' object but received a '{}'", s.type_obj().name())))
}

fn m_is_integer(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.is_integer", a)?;
    let f = self_f64(s)?;
    Ok(bool_obj(f.is_finite() && f.fract() == 0.0))
}

fn m_as_integer_ratio(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.as_integer_ratio", a)?;
    let f = self_f64(s)?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = exact_parts(f);
    let one = num_bigint::BigInt::from(1);
    let (n, d) = if e >= 0 { (m << e as usize, one) } else { (m, one << (-e) as usize) };
    Ok(crate::types::tuple::new_tuple(vec![int::from_bigint(n), int::from_bigint(d)]))
}

fn m_hex(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.hex", a)?;
    Ok(new_str(&float_hex(self_f64(s)?)))
}

fn float_fromhex_fn(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("fromhex", k)?;
    let Some((cls, a)) = a.split_first() else { return Err(type_error("fromhex() needs a class")) };
    let [x] = a else { return Err(type_error(format!("float.fromhex() takes exactly one argument ({} given)", a.len()))) };
    let s = crate::types::str::as_str(x).ok_or_else(|| type_error("bad argument type for built-in operation"))?;
    crate::types::function::classmethod_result(cls, &FLOAT_TYPE, new_float(float_fromhex(s)?))
}

fn m_conjugate(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.conjugate", a)?;
    Ok(new_float(self_f64(s)?))
}

fn m_trunc(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.__trunc__", a)?;
    float_to_int(self_f64(s)?)
}

fn m_floor(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.__floor__", a)?;
    float_to_int(self_f64(s)?.floor())
}

fn m_ceil(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.__ceil__", a)?;
    float_to_int(self_f64(s)?.ceil())
}

fn m_round(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = self_f64(s)?;
    match a {
        [] => float_to_int(f.round_ties_even()),
        [n] if crate::types::is_none(n) => float_to_int(f.round_ties_even()),
        [n] => {
            let n = int::index_big(n)?;
            let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(if n.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX });
            Ok(new_float(float_round(f, n)?))
        }
        _ => Err(type_error(format!("__round__ expected at most 1 argument, got {}", a.len()))),
    }
}

fn m_rdivmod(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [b] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    m_divmod(b, std::slice::from_ref(s), None)
}

fn m_divmod(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [b] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    let (x, y) = match (operand(s), operand(b)) {
        (Some(x), Some(y)) => (x?, y?),
        _ => return Ok(not_implemented()),
    };
    if y == 0.0 {
        return Err(zero_division_error("float divmod()"));
    }
    let (q, r) = divmod(x, y);
    Ok(crate::types::tuple::new_tuple(vec![new_float(q), new_float(r)]))
}

fn m_getnewargs(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("float.__getnewargs__", a)?;
    Ok(crate::types::tuple::new_tuple(vec![new_float(self_f64(s)?)]))
}

static FLOAT_METHODS: [MethodDef; 14] = [
    MethodDef { name: "__getnewargs__", func: m_getnewargs, doc: "" },
    MethodDef { name: "__format__", func: crate::types::str::m_dunder_format, doc: "" },
    MethodDef { name: "__abs__", func: m_abs, doc: "abs(self)" },
    MethodDef { name: "is_integer", func: m_is_integer, doc: "Tell whether the value has no fractional part." },
    MethodDef { name: "as_integer_ratio", func: m_as_integer_ratio, doc: "Give (numerator, denominator), the value as an exact fraction in lowest terms.\n\n>>> (0.75).as_integer_ratio()\n(3, 4)\n>>> (-2.5).as_integer_ratio()\n(-5, 2)" },
    MethodDef { name: "hex", func: m_hex, doc: "Write the value exactly, in hexadecimal with a binary exponent.\n\n>>> (3.0).hex()\n'0x1.8000000000000p+1'\n>>> (-0.25).hex()\n'-0x1.0000000000000p-2'" },
    MethodDef { name: "conjugate", func: m_conjugate, doc: "A float is its own conjugate: gives the value unchanged." },
    MethodDef { name: "__trunc__", func: m_trunc, doc: "Drop the fractional part, giving an int." },
    MethodDef { name: "__int__", func: m_trunc, doc: "int(self)" },
    MethodDef { name: "__floor__", func: m_floor, doc: "Largest int not above the value." },
    MethodDef { name: "__ceil__", func: m_ceil, doc: "Smallest int not below the value." },
    MethodDef { name: "__round__", func: m_round, doc: "Round to the nearest int; ties go to the even one." },
    MethodDef { name: "__divmod__", func: m_divmod, doc: "divmod(self, value)." },
    MethodDef { name: "__rdivmod__", func: m_rdivmod, doc: "divmod(value, self)." },
];

fn g_real(s: &Obj) -> PyResult {
    Ok(new_float(self_f64(s)?))
}
fn g_imag(_s: &Obj) -> PyResult {
    Ok(new_float(0.0))
}

static FLOAT_GETSETS: [GetSetDef; 2] = [GetSetDef { name: "real", get: g_real }, GetSetDef { name: "imag", get: g_imag }];

/// Type-dict entries that are not instance methods (`float.fromhex`, a
/// classmethod). Called once from `types::ready_all`.
pub fn ready_extra() {
    let f = crate::types::function::builtin_classmethod("fromhex", float_fromhex_fn, &FLOAT_TYPE);
    crate::types::dict::set_item_str(FLOAT_TYPE.dict(), "fromhex", f);
    let g = crate::types::function::new_builtin("__getformat__", float_getformat, FLOAT_TYPE.as_obj(), Some("builtins"));
    crate::types::dict::set_item_str(FLOAT_TYPE.dict(), "__getformat__", g);
}

/// `float.__getformat__(typestr)`: the storage format of 'double' and 'float'.
fn float_getformat(_cls: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__getformat__", k)?;
    let [x] = a else { return Err(type_error(format!("float.__getformat__() takes exactly one argument ({} given)", a.len()))) };
    let Some(t) = crate::types::str::as_str(x) else {
        return Err(type_error(format!("__getformat__() argument must be str, not {}", x.type_obj().name())));
    };
    match t {
        "double" | "float" => Ok(crate::types::str::new_str(if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" })),
        _ => Err(crate::error::value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

pub static FLOAT_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::object::subclass_info::<FloatObject>(true)),
    repr: Some(float_repr),
    hash: Some(float_hash),
    richcompare: Some(float_richcompare),
    new: Some(float_new),
    methods: &FLOAT_METHODS,
    getsets: &FLOAT_GETSETS,
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
            (170596485577535.125, "170596485577535.12"), (814457542896204.25, "814457542896204.2"),
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

fn m_abs(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(crate::error::type_error(format!("expected 0 arguments, got {}", a.len())));
    }
    let f = as_f64(s).ok_or_else(|| crate::error::type_error("descriptor '__abs__' requires a 'float' object"))?;
    Ok(new_float(f.abs()))
}

/// Digits after which a double's exact decimal expansion is all zeros
/// (the longest, of the smallest subnormal, has 1074 fraction digits).
const EXACT_DIGITS: usize = 1100;

/// `format!("{:.prec$}", a)` for any precision: Rust's formatter takes at
/// most 65535, and past EXACT_DIGITS the digits are zeros anyway.
pub fn fmt_fixed_any(a: f64, prec: usize) -> String {
    if prec <= EXACT_DIGITS || !a.is_finite() {
        return format!("{:.*}", prec.min(EXACT_DIGITS), a);
    }
    let mut s = format!("{:.*}", EXACT_DIGITS, a);
    s.extend(std::iter::repeat_n('0', prec - EXACT_DIGITS));
    s
}

/// `format!("{:.prec$e}", a)` for any precision (zeros past EXACT_DIGITS).
pub fn fmt_exp_any(a: f64, prec: usize) -> String {
    if prec <= EXACT_DIGITS || !a.is_finite() {
        return format!("{:.*e}", prec.min(EXACT_DIGITS), a);
    }
    let s = format!("{:.*e}", EXACT_DIGITS, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    format!("{m}{}e{e}", "0".repeat(prec - EXACT_DIGITS))
}
