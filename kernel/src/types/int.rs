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
use crate::types::float::{new_float, FLOAT_TYPE};
use crate::types::singletons::{bool_obj, not_implemented, BoolObject, BOOL_TYPE};
use crate::types::str::new_str;
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

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

/// Correctly rounded big-int division (as CPython: exact quotient rounded once).
fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has at least 55 significant bits, then round.
    let abits = a.bits() as i64;
    let bbits = b.bits() as i64;
    let shift = 55 - (abits - bbits);
    let (num, den) = if shift > 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1; // sticky bit
    }
    let exp = -shift;
    let f = (q as f64) * 2f64.powi(exp.clamp(-1100, 1100) as i32);
    if f.is_infinite() || exp > 1100 {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -f } else { f })
}

pub fn int_pow(a: &Obj, b: &Obj) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => {
            let e = y.to_big();
            if e.is_negative() {
                let base = to_f64(&x)?;
                if base == 0.0 {
                    return Err(zero_division_error("zero to a negative power"));
                }
                return Ok(new_float(base.powf(e.to_f64().unwrap_or(f64::NEG_INFINITY))));
            }
            let base = x.to_big();
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
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                Err(overflow_error("int too large to convert to float"))
            } else {
                Ok(f)
            }
        }
    }
}

fn shift_count(y: &IntVal) -> PyResult<u64> {
    match y {
        IntVal::Small(i) if *i < 0 => Err(value_error("negative shift count")),
        IntVal::Small(i) => Ok(*i as u64),
        IntVal::Big(b) if b.is_negative() => Err(value_error("negative shift count")),
        IntVal::Big(_) => Err(overflow_error("too many digits in integer")),
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
            Ok(from_bigint(x.to_big() >> n as usize))
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
fn int_invert(a: &Obj) -> PyResult {
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

fn int_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (int_val(a), int_val(b)) {
        (Some(IntVal::Small(x)), Some(IntVal::Small(y))) => Ok(bool_obj(cmp_result(x.cmp(&y), op))),
        (Some(x), Some(y)) => Ok(bool_obj(cmp_result(x.to_big().cmp(&y.to_big()), op))),
        (Some(x), None) if b.type_ptr() == &FLOAT_TYPE as *const _ => {
            let f = crate::types::float::as_f64(b).unwrap_or(0.0);
            match crate::types::float::compare_int_float(&x, f) {
                Some(ord) => Ok(bool_obj(cmp_result(ord, op))),
                None => Ok(bool_obj(op == CompareOp::Ne)),
            }
        }
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
pub const MAX_STR_DIGITS: usize = 4300;

fn int_repr(a: &Obj) -> PyResult {
    let v = int_val(a).ok_or_else(|| type_error("int expected"))?;
    if let IntVal::Big(b) = &v {
        // Cheap bound first: bits * log10(2) estimates the digit count.
        if b.bits() as f64 * std::f64::consts::LOG10_2 > MAX_STR_DIGITS as f64 + 1.0 {
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > MAX_STR_DIGITS {
                return Err(value_error(format!(
                    "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            return Ok(new_str(&s));
        }
    }
    Ok(new_str(&int_to_string(&v)))
}

/// Parses a Python int literal/str in `base` (0: auto from prefix).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = if base == 0 || base == 16 || base == 8 || base == 2 {
        if let Some(r) = lower.strip_prefix("0x").filter(|_| base == 0 || base == 16) {
            (16, r.to_string())
        } else if let Some(r) = lower.strip_prefix("0o").filter(|_| base == 0 || base == 8) {
            (8, r.to_string())
        } else if let Some(r) = lower.strip_prefix("0b").filter(|_| base == 0 || base == 2) {
            (2, r.to_string())
        } else if base == 0 {
            if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, lower.clone())
        } else {
            (base, lower.clone())
        }
    } else {
        (base, lower.clone())
    };
    let digits = digits.strip_prefix('_').filter(|_| lower.len() != digits.len()).unwrap_or(&digits).to_string();
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

fn int_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("int", kw)?;
    match args {
        [] => Ok(from_i64(0)),
        [x] => crate::abstract_::to_int(x),
        [x, base] => {
            let base = as_i64(base).ok_or_else(|| type_error("'str' object cannot be interpreted as an integer"))?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = crate::types::str::as_str(x).ok_or_else(|| type_error("int() can't convert non-string with explicit base"))?;
            parse_int(s, base as u32).map(from_bigint).ok_or_else(|| {
                value_error(format!("invalid literal for int() with base {}: {}", base, crate::types::str::repr_str(s)))
            })
        }
        _ => Err(type_error(format!("int() takes at most 2 arguments ({} given)", args.len()))),
    }
}

fn m_bit_length(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let b = as_bigint(s).unwrap_or_default();
    Ok(from_i64(b.bits() as i64))
}

static INT_METHODS: [MethodDef; 1] = [MethodDef { name: "bit_length", func: m_bit_length, doc: "" }];

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

pub static INT_TYPE: TypeObject = TypeObject {
    repr: Some(int_repr),
    hash: Some(int_hash),
    richcompare: Some(int_richcompare),
    new: Some(int_new),
    number: INT_NUMBER_SLOTS,
    methods: &INT_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    ..TypeObject::builtin("int", &crate::types::object::OBJECT_TYPE, dealloc_box::<IntObject>)
};

