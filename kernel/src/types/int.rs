//! `int`: tagged small ints with num-bigint behind them. Every int in the
//! small range is tagged (never a heap IntObject), so small-int equality is
//! word equality.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::float::new_float;
use crate::types::singletons::{bool_obj, not_implemented, BoolObject, BOOL_TYPE};
use crate::types::str::new_str;
use crate::types::typeobj::{GetSetDef, MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct IntObject {
    pub header: ObjHeader,
    pub value: BigInt,
}

/// Modulus of CPython's numeric hash (2**61 - 1).
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn from_i64(i: i64) -> Obj {
    match Obj::small_int(i) {
        Some(o) => o,
        None => alloc(IntObject { header: new_header(&INT_TYPE), value: BigInt::from(i) }),
    }
}

pub fn from_bigint(b: BigInt) -> Obj {
    if let Some(i) = b.to_i64() {
        if let Some(o) = Obj::small_int(i) {
            return o;
        }
    }
    alloc(IntObject { header: new_header(&INT_TYPE), value: b })
}

/// An int operand: small (including bool) or big.
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntVal<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntVal::Small(i) => BigInt::from(*i),
            IntVal::Big(b) => (*b).clone(),
        }
    }
}

/// The int value of `o` when it is an int or bool (exactly or a builtin subclass).
#[inline(always)]
pub fn int_val(o: &Obj) -> Option<IntVal<'_>> {
    let v = o.value();
    if v.is_small_int() {
        return Some(IntVal::Small(v.as_small_int()));
    }
    if let Some(i) = o.downcast::<IntObject>(&INT_TYPE) {
        return Some(IntVal::Big(&i.value));
    }
    if let Some(b) = o.downcast::<BoolObject>(&BOOL_TYPE) {
        return Some(IntVal::Small(b.value as i64));
    }
    None
}

pub fn is_int(o: &Obj) -> bool {
    int_val(o).is_some()
}

/// The value as i64, or None when it is not an int or does not fit.
pub fn as_i64(o: &Obj) -> Option<i64> {
    match int_val(o)? {
        IntVal::Small(i) => Some(i),
        IntVal::Big(b) => b.to_i64(),
    }
}

pub fn as_bigint(o: &Obj) -> Option<BigInt> {
    int_val(o).map(|v| v.to_big())
}

fn big_binop(a: &Obj, b: &Obj, f: impl FnOnce(BigInt, BigInt) -> PyResult) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => f(x.to_big(), y.to_big()),
        _ => Ok(not_implemented()),
    }
}

macro_rules! small_pair {
    ($a:expr, $b:expr) => {{
        let (va, vb) = ($a.value(), $b.value());
        if va.is_small_int() && vb.is_small_int() { Some((va.as_small_int(), vb.as_small_int())) } else { None }
    }};
}

pub fn int_add(a: &Obj, b: &Obj) -> PyResult {
    if let Some((x, y)) = small_pair!(a, b) {
        return Ok(from_i64(x + y)); // cannot overflow i64: both are 63-bit
    }
    big_binop(a, b, |x, y| Ok(from_bigint(x + y)))
}

pub fn int_sub(a: &Obj, b: &Obj) -> PyResult {
    if let Some((x, y)) = small_pair!(a, b) {
        return Ok(from_i64(x - y));
    }
    big_binop(a, b, |x, y| Ok(from_bigint(x - y)))
}

pub fn int_mul(a: &Obj, b: &Obj) -> PyResult {
    if let Some((x, y)) = small_pair!(a, b) {
        if let Some(r) = x.checked_mul(y) {
            return Ok(from_i64(r));
        }
    }
    big_binop(a, b, |x, y| Ok(from_bigint(x * y)))
}

pub fn int_floordiv(a: &Obj, b: &Obj) -> PyResult {
    if let Some((x, y)) = small_pair!(a, b) {
        if y == 0 {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        return Ok(from_i64(Integer::div_floor(&x, &y)));
    }
    big_binop(a, b, |x, y| {
        if y.is_zero() {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        Ok(from_bigint(Integer::div_floor(&x, &y)))
    })
}

pub fn int_rem(a: &Obj, b: &Obj) -> PyResult {
    if let Some((x, y)) = small_pair!(a, b) {
        if y == 0 {
            return Err(zero_division_error("integer modulo by zero"));
        }
        return Ok(from_i64(x.mod_floor(&y)));
    }
    big_binop(a, b, |x, y| {
        if y.is_zero() {
            return Err(zero_division_error("integer modulo by zero"));
        }
        Ok(from_bigint(x.mod_floor(&y)))
    })
}

pub fn int_truediv(a: &Obj, b: &Obj) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => {
            let (xf, yf) = match (&x, &y) {
                (IntVal::Small(p), IntVal::Small(q)) if p.abs() < (1 << 53) && q.abs() < (1 << 53) => (*p as f64, *q as f64),
                _ => {
                    let (bx, by) = (x.to_big(), y.to_big());
                    if by.is_zero() {
                        return Err(zero_division_error("division by zero"));
                    }
                    return big_truediv(&bx, &by).map(new_float);
                }
            };
            if yf == 0.0 {
                return Err(zero_division_error("division by zero"));
            }
            Ok(new_float(xf / yf))
        }
        _ => Ok(not_implemented()),
    }
}

/// `m * 2**e` for an `m` that fits in 53 bits and a result that is
/// representable (or infinite): exact, by steps that never leave the range.
fn ldexp(m: f64, mut e: i64) -> f64 {
    let mut r = m;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e as i32)
}

/// `a / b` rounded once to the nearest double (ties to even), as CPython's
/// int true division; `None` when the result is too large for a float.
pub fn big_ratio_to_f64(a: &BigInt, b: &BigInt) -> Option<f64> {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    // q = floor(a * 2**shift / b) has at least 55 significant bits.
    let shift = 55 - diff;
    let (num, den) = if shift > 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let top = q.bits() as i64 - 1 - shift;
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let drop = (lsb + shift) as usize; // at least 2
    let mut m = &q >> drop;
    let rem = &q - (&m << drop);
    let half = BigInt::one() << (drop - 1);
    let odd = m.is_odd();
    if rem > half || (rem == half && (!r.is_zero() || odd)) {
        m += 1;
    }
    let mf = m.to_f64().unwrap_or(0.0);
    let f = ldexp(mf, lsb);
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}

fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    big_ratio_to_f64(a, b).ok_or_else(|| overflow_error("integer division result too large for a float"))
}

/// `pow(base, exp, modulus)` for ints, with a negative exponent meaning the
/// modular inverse (3.8+).
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult {
    if modulus.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    let mut base = base.mod_floor(&m);
    let mut exp = exp.clone();
    if exp.is_negative() {
        let g = base.extended_gcd(&m);
        if !g.gcd.is_one() {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&m);
        exp = -exp;
    }
    let mut r = if m.is_one() { BigInt::zero() } else { base.modpow(&exp, &m) };
    if modulus.is_negative() && !r.is_zero() {
        r += modulus;
    }
    Ok(from_bigint(r))
}

pub fn int_pow(a: &Obj, b: &Obj) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => {
            let e = y.to_big();
            if e.is_negative() {
                let base = to_f64(&x)?;
                if base == 0.0 {
                    return Err(zero_division_error("0.0 cannot be raised to a negative power"));
                }
                return Ok(new_float(base.powf(e.to_f64().unwrap_or(f64::NEG_INFINITY))));
            }
            let base = x.to_big();
            if let IntVal::Small(b @ -1..=1) = x {
                // 0, 1 and -1 to any power, however large.
                let odd = e.is_odd();
                return Ok(from_i64(if b == -1 && !odd { 1 } else if e.is_zero() { 1 } else { b }));
            }
            let e = e.to_u64().ok_or_else(|| overflow_error("exponent too large"))?;
            if let (IntVal::Small(bs), true) = (&x, e < 64) {
                if let Some(r) = bs.checked_pow(e as u32) {
                    return Ok(from_i64(r));
                }
            }
            if e > u32::MAX as u64 && base.abs() > BigInt::one() {
                return Err(crate::error::memory_error(""));
            }
            Ok(from_bigint(num_traits::pow(base, e as usize)))
        }
        _ => Ok(not_implemented()),
    }
}

pub fn to_f64(v: &IntVal) -> PyResult<f64> {
    match v {
        IntVal::Small(i) => Ok(*i as f64),
        IntVal::Big(b) => {
            big_ratio_to_f64(b, &BigInt::one()).ok_or_else(|| overflow_error("int too large to convert to float"))
        }
    }
}

fn shift_count(y: &IntVal) -> PyResult<u64> {
    match y {
        IntVal::Small(i) if *i < 0 => Err(value_error("negative shift count")),
        IntVal::Small(i) => Ok(*i as u64),
        IntVal::Big(b) if b.is_negative() => Err(value_error("negative shift count")),
        IntVal::Big(_) => Ok(u64::MAX),
    }
}

pub fn int_lshift(a: &Obj, b: &Obj) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => {
            let n = shift_count(&y)?;
            if let IntVal::Small(xs) = x {
                if xs == 0 {
                    return Ok(from_i64(0));
                }
                if n < 62 && xs.abs() < (1i64 << (62 - n)) {
                    return Ok(from_i64(xs << n));
                }
            }
            // CPython's limits: more 30-bit digits than a size can count is
            // OverflowError; a result no allocation can hold is MemoryError
            // (a probe reservation, released at once, asks the allocator).
            if y.to_big() / 30 >= BigInt::from(i64::MAX / 4) {
                return Err(overflow_error("too many digits in integer"));
            }
            if n > 1 << 24 {
                let words = usize::try_from(n / 64 + 1).map_err(|_| crate::error::memory_error(""))?;
                let mut probe: Vec<u64> = Vec::new();
                crate::error::reserve(&mut probe, words)?;
            }
            Ok(from_bigint(x.to_big() << n as usize))
        }
        _ => Ok(not_implemented()),
    }
}

pub fn int_rshift(a: &Obj, b: &Obj) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => {
            let n = shift_count(&y)?;
            if let IntVal::Small(xs) = x {
                return Ok(from_i64(if n >= 63 { if xs < 0 { -1 } else { 0 } } else { xs >> n }));
            }
            let v = x.to_big();
            if n >= v.bits() {
                return Ok(from_i64(if v.is_negative() { -1 } else { 0 }));
            }
            Ok(from_bigint(v >> n as usize))
        }
        _ => Ok(not_implemented()),
    }
}

macro_rules! bitop {
    ($name:ident, $op:tt) => {
        pub fn $name(a: &Obj, b: &Obj) -> PyResult {
            if a.type_ptr() == &BOOL_TYPE as *const _ && b.type_ptr() == &BOOL_TYPE as *const _ {
                let (x, y) = (as_i64(a).unwrap_or(0), as_i64(b).unwrap_or(0));
                return Ok(bool_obj((x $op y) != 0));
            }
            match (int_val(a), int_val(b)) {
                (Some(IntVal::Small(x)), Some(IntVal::Small(y))) => Ok(from_i64(x $op y)),
                (Some(x), Some(y)) => Ok(from_bigint(x.to_big() $op y.to_big())),
                _ => Ok(not_implemented()),
            }
        }
    };
}
bitop!(int_and, &);
bitop!(int_or, |);
bitop!(int_xor, ^);

fn int_neg(a: &Obj) -> PyResult {
    match int_val(a) {
        Some(IntVal::Small(x)) => Ok(from_i64(-x)),
        Some(IntVal::Big(b)) => Ok(from_bigint(-b.clone())),
        None => Ok(not_implemented()),
    }
}
fn int_pos(a: &Obj) -> PyResult {
    Ok(from_bigint(as_bigint(a).unwrap_or_default()))
}
pub(crate) fn int_invert(a: &Obj) -> PyResult {
    match int_val(a) {
        Some(IntVal::Small(x)) => Ok(from_i64(!x)),
        Some(IntVal::Big(b)) => Ok(from_bigint(-b.clone() - 1)),
        None => Ok(not_implemented()),
    }
}
fn int_bool(a: &Obj) -> PyResult<bool> {
    Ok(match int_val(a) {
        Some(IntVal::Small(x)) => x != 0,
        Some(IntVal::Big(b)) => !b.is_zero(),
        None => true,
    })
}
fn int_index(a: &Obj) -> PyResult {
    int_pos(a)
}
fn int_float(a: &Obj) -> PyResult {
    Ok(new_float(to_f64(&int_val(a).ok_or_else(|| type_error("int expected"))?)?))
}

pub fn int_hash_val(v: &IntVal) -> i64 {
    let h = match v {
        IntVal::Small(i) => {
            let m = i.unsigned_abs() % (HASH_MODULUS as u64);
            let h = m as i64;
            if *i < 0 { -h } else { h }
        }
        IntVal::Big(b) => {
            let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
            if b.is_negative() { -m } else { m }
        }
    };
    if h == -1 { -2 } else { h }
}

fn int_hash(a: &Obj) -> PyResult<i64> {
    Ok(int_hash_val(&int_val(a).ok_or_else(|| type_error("int expected"))?))
}

pub fn cmp_result(ord: std::cmp::Ordering, op: CompareOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareOp::Lt => ord == Less,
        CompareOp::Le => ord != Greater,
        CompareOp::Eq => ord == Equal,
        CompareOp::Ne => ord != Equal,
        CompareOp::Gt => ord == Greater,
        CompareOp::Ge => ord != Less,
    }
}

pub fn int_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(IntVal::Small(x)), Some(IntVal::Small(y))) => Ok(bool_obj(cmp_result(x.cmp(&y), op))),
        (Some(x), Some(y)) => Ok(bool_obj(cmp_result(x.to_big().cmp(&y.to_big()), op))),
        // int against float is float's reflected comparison, as in CPython
        // (`(7).__eq__(7.0)` is NotImplemented).
        _ => Ok(not_implemented()),
    }
}

pub fn int_to_string(v: &IntVal) -> String {
    match v {
        IntVal::Small(i) => i.to_string(),
        IntVal::Big(b) => b.to_string(),
    }
}

/// CPython's default limit on int<->str conversions (sys.int_info.default_max_str_digits).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// `sys.set_int_max_str_digits`: the current limit, 0 for none.
static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);
/// Below this many digits the limit is never checked (sys.int_info.str_digits_check_threshold).
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

/// The int<->str conversion limit in digits; 0 means unlimited.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`.
pub fn set_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < STR_DIGITS_CHECK_THRESHOLD as i64 {
        return Err(value_error(format!("maxdigits must be 0 or larger than {STR_DIGITS_CHECK_THRESHOLD}")));
    }
    MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

/// The decimal digits of `b`, or CPython's ValueError when there are more
/// than `sys.get_int_max_str_digits()`.
pub fn decimal_string(b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    // Cheap bound first: bits * log10(2) estimates the digit count.
    // A number of `bits` bits has at most floor(bits * log10(2)) + 1 digits.
    if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 + 1.0 > limit as f64 {
        // CPython's fuzzy check on the size in 30-bit digits refuses a
        // number clearly over the limit before converting it (the
        // conversion is the costly part).
        let size = b.bits().div_ceil(30);
        if size >= 10 * 640 / 90 + 2 && (limit as u64) / 90 <= (size - 11) / 10 {
            return Err(value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        // Past 1000 digits CPython converts through _pylong, which checks
        // nothing more.
        if size > 1000 {
            return Ok(b.to_string());
        }
        let s = b.to_string();
        if s.trim_start_matches('-').len() > limit {
            return Err(value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

fn int_repr(a: &Obj) -> PyResult {
    let v = int_val(a).ok_or_else(|| type_error("int expected"))?;
    if let IntVal::Big(b) = &v {
        return Ok(new_str(&decimal_string(b)?));
    }
    Ok(new_str(&int_to_string(&v)))
}

enum ParseIntError {
    Invalid,
    TooManyDigits(usize),
}

/// The text of a number as int() and float() read it: Unicode whitespace
/// and decimal digits become their ASCII forms, other non-ASCII characters
/// a `?` that matches nothing.
pub(crate) fn ascii_number_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let map = |c: char| {
        if c.is_ascii() {
            c
        } else if crate::types::str::py_isspace(c) {
            ' '
        } else if crate::types::str::py_isdecimal(c) {
            (b'0' + ((c as u32 - crate::types::complex::decimal_zero(c)) % 10) as u8) as char
        } else {
            '?'
        }
    };
    std::borrow::Cow::Owned(s.chars().map(map).collect())
}

/// Parses the text of `int(s, base)` (base 0: taken from the prefix) by
/// Python's rules: surrounding whitespace, one sign, an optional prefix that
/// matches the base, single underscores between digits (and right after a
/// prefix), and the limit on decimal-like strings.
fn parse_int_text(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    let auto = base == 0;
    let s = ascii_number_text(s);
    let t = s.trim_matches(|c: char| c.is_ascii() && crate::types::str::py_isspace(c));
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let b = t.as_bytes();
    let prefix_base = if b.len() >= 2 && b[0] == b'0' {
        match b[1].to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        }
    } else {
        0
    };
    let (base, digits, had_prefix) = if prefix_base != 0 && (base == 0 || base == prefix_base) {
        (prefix_base, &t[2..], true)
    } else if base == 0 {
        (10, t, false)
    } else {
        (base, t, false)
    };
    let mut clean = Vec::with_capacity(digits.len());
    let mut prev_underscore = false;
    for (i, c) in digits.chars().enumerate() {
        if c == '_' {
            if prev_underscore || (i == 0 && !had_prefix) {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
            continue;
        }
        match c.to_digit(36) {
            Some(d) if d < base => clean.push(c as u8),
            _ => return Err(ParseIntError::Invalid),
        }
        prev_underscore = false;
    }
    if clean.is_empty() || prev_underscore {
        return Err(ParseIntError::Invalid);
    }
    // Base 0 decimal: no leading zeros except in zero itself.
    if auto && !had_prefix && clean[0] == b'0' && clean.iter().any(|&c| c != b'0') {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && max_str_digits() > 0 && clean.len() > max_str_digits() {
        return Err(ParseIntError::TooManyDigits(clean.len()));
    }
    let v = BigInt::parse_bytes(&clean, base).ok_or(ParseIntError::Invalid)?;
    Ok(if neg { -v } else { v })
}

/// Parses a Python int literal/str in `base` (0: auto from prefix).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_text(s, base).ok()
}

/// `int(s, base)` for a str (or bytes, decoded as ASCII): the value or
/// CPython's ValueError.
pub fn int_from_str(s: &str, base: u32) -> PyResult {
    match parse_int_text(s, base) {
        Ok(v) => Ok(from_bigint(v)),
        Err(ParseIntError::TooManyDigits(n)) => Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits()
        ))),
        Err(ParseIntError::Invalid) => {
            let r: String = crate::types::str::repr_str(s).chars().take(200).collect();
            Err(value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn int_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(args, kw);
    if pos.len() > 2 {
        return Err(type_error(format!("int expected at most 2 arguments, got {}", pos.len())));
    }
    if pos.len() + kws.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", pos.len() + kws.len())));
    }
    let mut base = pos.get(1);
    for (n, v) in kws {
        if n != "base" {
            return Err(crate::error::unexpected_kwarg("int", n, &["base"]));
        }
        if base.is_some() {
            return Err(type_error("argument for int() given by name ('base') and position (2)"));
        }
        base = Some(v);
    }
    let Some(x) = pos.first() else {
        return match base {
            Some(_) => Err(type_error("int() missing string argument")),
            None => Ok(from_i64(0)),
        };
    };
    let Some(base) = base else {
        if let Some(s) = crate::types::str::as_str(x) {
            return int_from_str(s, 10);
        }
        if let Some(b) = crate::types::bytes::as_bytes(x) {
            return int_from_bytes_text(b, 10);
        }
        return crate::abstract_::to_int(x);
    };
    let base = as_i64(&crate::abstract_::index(base)?).unwrap_or(-1);
    if base != 0 && !(2..=36).contains(&base) {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    if let Some(s) = crate::types::str::as_str(x) {
        return int_from_str(s, base as u32);
    }
    if let Some(b) = crate::types::bytes::as_bytes(x) {
        return int_from_bytes_text(b, base as u32);
    }
    // With a base, only str, bytes and bytearray are text (not other buffers).
    if let Some(b) = crate::types::bytearray::as_bytearray(x) {
        return int_from_bytes_text(&b.snapshot(), base as u32);
    }
    Err(type_error("int() can't convert non-string with explicit base"))
}

pub(crate) fn int_from_bytes_text(b: &[u8], base: u32) -> PyResult {
    match std::str::from_utf8(b).ok().map(|s| parse_int_text(s, base)) {
        Some(Ok(v)) => Ok(from_bigint(v)),
        Some(Err(ParseIntError::TooManyDigits(n))) => Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits()
        ))),
        _ => Err(value_error(format!("invalid literal for int() with base {base}: {}", crate::types::bytes::repr_bytes(b)))),
    }
}

/// Binds `args`/`kwnames` to `names` by CPython's argument-clinic rules:
/// the first `npos` parameters may be given by position (the rest are
/// keyword-only), the first `required` must be given. Used by the methods
/// of int, float, list, tuple, dict and range.
pub(crate) fn bind_args<'a>(
    fname: &str,
    args: &'a [Obj],
    kw: Option<&'a Obj>,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<&'a Obj>>> {
    let (pos, kws) = crate::builtins::split_kwargs(args, kw);
    if pos.len() + kws.len() > names.len() {
        let n = names.len();
        return Err(type_error(format!(
            "{fname}() takes at most {n} {}argument{} ({} given)",
            if pos.is_empty() { "keyword " } else { "" },
            if n == 1 { "" } else { "s" },
            pos.len() + kws.len()
        )));
    }
    if pos.len() > npos {
        return Err(type_error(if npos == 0 {
            format!("{fname}() takes no positional arguments")
        } else if required == npos && kws.is_empty() {
            format!("{fname}() takes exactly {npos} positional argument{} ({} given)", if npos == 1 { "" } else { "s" }, pos.len())
        } else {
            format!("{fname}() takes at most {npos} positional argument{} ({} given)", if npos == 1 { "" } else { "s" }, pos.len())
        }));
    }
    let mut out: Vec<Option<&Obj>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    // A keyword that matches no free parameter is reported after a missing
    // required argument, as CPython's argument parser does.
    let mut bad = None;
    for (n, v) in kws {
        match names.iter().position(|x| *x == n) {
            Some(i) if i < pos.len() => {
                bad = bad.or_else(|| Some(type_error(format!("argument for {fname}() given by name ('{n}') and position ({})", i + 1))));
            }
            Some(i) => out[i] = Some(v),
            None => bad = bad.or_else(|| Some(crate::error::unexpected_kwarg(fname, n, names))),
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(if i < npos {
                format!("{fname}() missing required argument '{name}' (pos {})", i + 1)
            } else {
                format!("{fname}() missing required keyword-only argument '{name}'")
            }));
        }
    }
    match bad {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// CPython's "takes no arguments" check for a method of a builtin type.
pub(crate) fn no_args(qualname: &str, args: &[Obj]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{qualname}() takes no arguments ({} given)", args.len())))
    }
}

/// The int value of `o` through `__index__`, as a BigInt.
pub(crate) fn index_big(o: &Obj) -> PyResult<BigInt> {
    Ok(as_bigint(&crate::abstract_::index(o)?).unwrap_or_default())
}

fn self_big(s: &Obj) -> PyResult<BigInt> {
    as_bigint(s).ok_or_else(|| type_error(format!("descriptor requires a 'int' object but received a '{}'", s.type_obj().name())))
}

fn m_bit_length(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("int.bit_length", a)?;
    Ok(from_i64(self_big(s)?.bits() as i64))
}

fn m_bit_count(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("int.bit_count", a)?;
    let b = self_big(s)?;
    let n: u64 = b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(from_i64(n as i64))
}

fn byteorder_arg(fname: &str, o: Option<&Obj>) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    match crate::types::str::as_str(o) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!("{fname}() argument 'byteorder' must be str, not {}", o.type_obj().name()))),
    }
}

fn m_to_bytes(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = bind_args("to_bytes", a, k, &["length", "byteorder", "signed"], 2, 0)?;
    let length = match p[0] {
        Some(l) => {
            let l = index_big(l)?;
            if l.is_negative() {
                return Err(value_error("length argument must be non-negative"));
            }
            l.to_usize().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?
        }
        None => 1,
    };
    let little = byteorder_arg("to_bytes", p[1])?;
    let signed = match p[2] {
        Some(x) => crate::abstract_::is_true(x)?,
        None => false,
    };
    let v = self_big(s)?;
    if v.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
    // Zero, and -1 when signed (its sign extension is all ones), fit in no bytes.
    if v.is_zero() || signed && bytes == [0xff] {
        bytes.clear();
    }
    // Minimal two's complement (signed) or magnitude (unsigned) must fit.
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::types::bytes::new_bytes(&bytes))
}

/// The bytes of a bytes-like object or of an iterable of ints in range(256).
fn bytes_of(o: &Obj) -> PyResult<Vec<u8>> {
    let dunder = crate::types::str::istr("__bytes__");
    if let Some(f) = o.type_obj().lookup(&dunder) {
        let r = crate::abstract_::call0(&crate::types::class::bind(&f, Some(o), o.type_obj(), &dunder)?)?;
        return match crate::types::bytes::as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(type_error(format!("__bytes__ returned non-bytes (type {})", r.type_obj().name()))),
        };
    }
    if let Some(b) = crate::types::bytes::as_bytes(o) {
        return Ok(b.to_vec());
    }
    if crate::types::str::as_str(o).is_some() || o.type_obj().iter.is_none() && o.type_obj().getitem.is_none() {
        return Err(type_error(format!("cannot convert '{}' object to bytes", o.type_obj().name())));
    }
    let mut out = Vec::new();
    for x in crate::abstract_::collect(o)? {
        let v = index_big(&x)?;
        match v.to_u8() {
            Some(b) => out.push(b),
            None => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (bound to the int type).
fn int_from_bytes(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some((cls, a)) = a.split_first() else { return Err(type_error("from_bytes() needs a class")) };
    let p = bind_args("from_bytes", a, k, &["bytes", "byteorder", "signed"], 2, 1)?;
    let little = byteorder_arg("from_bytes", p[1])?;
    let signed = match p[2] {
        Some(x) => crate::abstract_::is_true(x)?,
        None => false,
    };
    let mut b = bytes_of(p[0].expect("required"))?;
    if !little {
        b.reverse();
    }
    let v = if signed { BigInt::from_signed_bytes_le(&b) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &b) };
    crate::types::function::classmethod_result(cls, &INT_TYPE, from_bigint(v))
}

fn m_as_integer_ratio(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("int.as_integer_ratio", a)?;
    Ok(crate::types::tuple::new_tuple(vec![from_bigint(self_big(s)?), from_i64(1)]))
}

fn m_is_integer(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("int.is_integer", a)?;
    self_big(s)?;
    Ok(bool_obj(true))
}

/// The value as an exact int (bools become ints): conjugate, __trunc__,
/// __floor__, __ceil__, __int__, __index__.
fn m_as_int(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("expected 0 arguments, got {}", a.len())));
    }
    Ok(from_bigint(self_big(s)?))
}

/// `round(x, ndigits)` for an int: x itself when ndigits >= 0, otherwise
/// rounded half to even to a multiple of 10**-ndigits.
pub fn int_round(x: &BigInt, ndigits: &BigInt) -> Obj {
    if !ndigits.is_negative() {
        return from_bigint(x.clone());
    }
    let Some(n) = (-ndigits).to_u32().filter(|n| (*n as u64) <= x.bits() / 3 + 2) else {
        return from_i64(0);
    };
    let p = num_traits::pow(BigInt::from(10), n as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    from_bigint(q * p)
}

fn m_round(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let x = self_big(s)?;
    match a {
        [] => Ok(from_bigint(x)),
        [n] => Ok(int_round(&x, &index_big(n)?)),
        _ => Err(type_error(format!("__round__ expected at most 1 argument, got {}", a.len()))),
    }
}

fn m_pow(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    match a {
        [e] => int_pow(s, e),
        [e, m] if crate::types::is_none(m) => int_pow(s, e),
        [e, m] => match (as_bigint(e), as_bigint(m)) {
            (Some(e), Some(m)) => int_pow_mod(&self_big(s)?, &e, &m),
            _ => Ok(not_implemented()),
        },
        _ => Err(type_error(format!("expected 1 or 2 arguments, got {}", a.len()))),
    }
}

fn m_rdivmod(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [b] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    m_divmod(b, std::slice::from_ref(s), None)
}

fn m_divmod(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [b] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    let q = int_floordiv(s, b)?;
    if crate::types::is_not_implemented(&q) {
        return Ok(q);
    }
    Ok(crate::types::tuple::new_tuple(vec![q, int_rem(s, b)?]))
}

fn m_getnewargs(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("int.__getnewargs__", a)?;
    Ok(crate::types::tuple::new_tuple(vec![from_bigint(self_big(s)?)]))
}

static INT_METHODS: [MethodDef; 18] = [
    MethodDef { name: "__getnewargs__", func: m_getnewargs, doc: "" },
    MethodDef { name: "__format__", func: crate::types::str::m_dunder_format, doc: "" },
    MethodDef { name: "__abs__", func: m_abs, doc: "abs(self)" },
    MethodDef { name: "bit_length", func: m_bit_length, doc: "How many binary digits the absolute value needs (sign and leading zeros excluded).\n\n>>> (8).bit_length()\n4\n>>> (-255).bit_length()\n8" },
    MethodDef { name: "bit_count", func: m_bit_count, doc: "How many bits are set in the absolute value.\n\n>>> (13).bit_count()\n3\n>>> (-13).bit_count()\n3" },
    MethodDef { name: "to_bytes", func: m_to_bytes, doc: "Encode the value as bytes." },
    MethodDef { name: "as_integer_ratio", func: m_as_integer_ratio, doc: "Give (self, 1): the value as a fraction.\n\n>>> (-7).as_integer_ratio()\n(-7, 1)" },
    MethodDef { name: "is_integer", func: m_is_integer, doc: "Always True; mirrors float.is_integer so either type can be used." },
    MethodDef { name: "conjugate", func: m_as_int, doc: "An int is its own conjugate: gives the value unchanged." },
    MethodDef { name: "__trunc__", func: m_as_int, doc: "An int has nothing to truncate: gives the value unchanged." },
    MethodDef { name: "__floor__", func: m_as_int, doc: "An int is its own floor." },
    MethodDef { name: "__ceil__", func: m_as_int, doc: "An int is its own ceiling." },
    MethodDef { name: "__int__", func: m_as_int, doc: "int(self)" },
    MethodDef { name: "__index__", func: m_as_int, doc: "Give the value as an int, for use as a sequence index." },
    MethodDef { name: "__round__", func: m_round, doc: "Round to ndigits; without it the int comes back as is." },
    MethodDef { name: "__pow__", func: m_pow, doc: "pow(self, value, mod)." },
    MethodDef { name: "__divmod__", func: m_divmod, doc: "divmod(self, value)." },
    MethodDef { name: "__rdivmod__", func: m_rdivmod, doc: "divmod(value, self)." },
];

fn g_real(s: &Obj) -> PyResult {
    Ok(from_bigint(self_big(s)?))
}
fn g_zero(_s: &Obj) -> PyResult {
    Ok(from_i64(0))
}
fn g_one(_s: &Obj) -> PyResult {
    Ok(from_i64(1))
}

static INT_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "real", get: g_real },
    GetSetDef { name: "imag", get: g_zero },
    GetSetDef { name: "numerator", get: g_real },
    GetSetDef { name: "denominator", get: g_one },
];

/// Type-dict entries that are not instance methods (`int.from_bytes`, a
/// classmethod). Called once from `types::ready_all`.
pub fn ready_extra() {
    let f = crate::types::function::builtin_classmethod("from_bytes", int_from_bytes, &INT_TYPE);
    crate::types::dict::set_item_str(INT_TYPE.dict(), "from_bytes", f);
}

pub const INT_NUMBER_SLOTS: NumberSlots = NumberSlots {
    add: Some(int_add),
    sub: Some(int_sub),
    mul: Some(int_mul),
    truediv: Some(int_truediv),
    floordiv: Some(int_floordiv),
    rem: Some(int_rem),
    pow: Some(int_pow),
    lshift: Some(int_lshift),
    rshift: Some(int_rshift),
    and: Some(int_and),
    or: Some(int_or),
    xor: Some(int_xor),
    neg: Some(int_neg),
    pos: Some(int_pos),
    invert: Some(int_invert),
    index: Some(int_index),
    float: Some(int_float),
    int: Some(int_pos),
    bool: Some(int_bool),
    ..NumberSlots::EMPTY
};

/// Subclass instances are always heap ints (never tagged), holding the value.
fn int_rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    let v = as_bigint(&o).ok_or_else(|| type_error("int expected"))?;
    let fresh = alloc(IntObject { header: new_header(&INT_TYPE), value: v });
    crate::object::rewrap::<IntObject>(fresh, t)
}

const INT_DOC: &str = "int(x=0) -> int\nint(x, base=10) -> int\n\n\
An integer of any size. int(x) converts a number (a float is truncated toward \
zero) or reads a str, bytes or bytearray; int(x, base) reads x in that base \
(2 to 36, or 0 to take the base from a prefix such as '0x').\n\n\
>>> int(' -42 ')\n-42\n>>> int('ff', 16)\n255\n>>> int('0o17', 0)\n15\n>>> int(7.9)\n7";

pub static INT_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::types::typeobj::SubclassInfo { rewrap: int_rewrap, ..crate::object::subclass_info::<IntObject>(true) }),
    repr: Some(int_repr),
    hash: Some(int_hash),
    richcompare: Some(int_richcompare),
    new: Some(int_new),
    number: INT_NUMBER_SLOTS,
    methods: &INT_METHODS,
    getsets: &INT_GETSETS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    doc: INT_DOC,
    ..TypeObject::builtin("int", &crate::types::object::OBJECT_TYPE, dealloc_box::<IntObject>)
};


fn m_abs(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(crate::error::type_error(format!("expected 0 arguments, got {}", a.len())));
    }
    Ok(match int_val(s).ok_or_else(|| crate::error::type_error("descriptor '__abs__' requires an 'int' object"))? {
        IntVal::Small(i) => from_i64(i.abs()),
        IntVal::Big(b) => from_bigint(num_traits::Signed::abs(b)),
    })
}
