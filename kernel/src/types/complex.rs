//! `complex`: pairs of IEEE doubles with CPython 3.13's arithmetic (operands
//! widened to complex first, Smith's division, integer powers by repeated
//! squaring), repr, hash and constructor rules.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyErr, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::float::{self, as_f64, float_repr_str, hash_f64, new_float};
use crate::types::int::{self, int_val};
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::str::{as_str, new_string};
use crate::types::typeobj::{GetSetDef, MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct ComplexObject {
    pub header: ObjHeader,
    pub re: f64,
    pub im: f64,
}

/// A (real, imaginary) pair.
type C = (f64, f64);

pub fn new_complex(re: f64, im: f64) -> Obj {
    alloc(ComplexObject { header: new_header(&COMPLEX_TYPE), re, im })
}

/// The value of a complex (or an instance of a Python subclass of complex).
pub fn as_complex(o: &Obj) -> Option<C> {
    o.downcast::<ComplexObject>(&COMPLEX_TYPE).map(|c| (c.re, c.im))
}

/// An arithmetic operand widened to complex: complex, float or int (an int
/// too large for a float raises OverflowError); None for anything else.
fn operand(o: &Obj) -> Option<PyResult<C>> {
    if let Some(c) = as_complex(o) {
        return Some(Ok(c));
    }
    if let Some(f) = as_f64(o) {
        return Some(Ok((f, 0.0)));
    }
    int_val(o).map(|v| int::to_f64(&v).map(|f| (f, 0.0)))
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` (None when b is zero), scaling by the larger part of the divisor
/// (3.13 does not recover infinities that come out as NaNs, as 3.14 does).
fn quot(a: C, b: C) -> Option<C> {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    let r = if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    Some(r)
}

/// How a power went wrong, as libm's errno would have said.
enum PowErr {
    /// Zero to a negative or complex power (or a division by zero).
    Domain,
    /// A part of the result is infinite.
    Range,
}

/// `x ** n` for a non-negative integer n, by repeated squaring.
fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask <= n {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` through polar form.
fn pow_general(a: C, b: C) -> Result<C, PowErr> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowErr::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // cos and sin of an infinite angle are domain errors in libm.
    if phase.is_infinite() {
        return Err(PowErr::Domain);
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn pow_raw(a: C, b: C) -> Result<C, PowErr> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n as u64)
        } else {
            quot((1.0, 0.0), powu(a, n.unsigned_abs())).ok_or(PowErr::Domain)?
        }
    } else {
        pow_general(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PowErr::Range);
    }
    Ok(r)
}

/// `a ** b` for complex values, with CPython's errors.
pub fn pow_values(a: C, b: C) -> PyResult {
    match pow_raw(a, b) {
        Ok((re, im)) => Ok(new_complex(re, im)),
        Err(PowErr::Domain) => Err(zero_division_error("0.0 to a negative or complex power")),
        Err(PowErr::Range) => Err(overflow_error("complex exponentiation")),
    }
}

macro_rules! complex_binop {
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

complex_binop!(complex_add, |x, y| Ok(new_complex(x.0 + y.0, x.1 + y.1)));
complex_binop!(complex_sub, |x, y| Ok(new_complex(x.0 - y.0, x.1 - y.1)));
complex_binop!(complex_mul, |x, y| {
    let (re, im) = prod(x, y);
    Ok(new_complex(re, im))
});
complex_binop!(complex_truediv, |x, y| match quot(x, y) {
    Some((re, im)) => Ok(new_complex(re, im)),
    None => Err(zero_division_error("complex division by zero")),
});
complex_binop!(complex_pow, |x, y| pow_values(x, y));

fn value_of(a: &Obj) -> PyResult<C> {
    as_complex(a).ok_or_else(|| type_error(format!("descriptor requires a 'complex' object but received a '{}'", a.type_obj().name())))
}

fn complex_neg(a: &Obj) -> PyResult {
    let (re, im) = value_of(a)?;
    Ok(new_complex(-re, -im))
}

/// A new reference when `a` is exactly complex, else an exact copy.
fn exact(a: &Obj) -> PyResult {
    if std::ptr::eq(a.type_ptr(), &COMPLEX_TYPE) {
        return Ok(a.clone());
    }
    let (re, im) = value_of(a)?;
    Ok(new_complex(re, im))
}

fn complex_bool(a: &Obj) -> PyResult<bool> {
    let (re, im) = value_of(a)?;
    Ok(re != 0.0 || im != 0.0)
}

/// `abs(z)`: infinite when either part is, NaN when a part is NaN.
fn abs_value(z: C) -> PyResult<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// CPython's numeric hash: hash(real) + 1000003 * hash(imag), wrapping.
fn complex_hash(a: &Obj) -> PyResult<i64> {
    let (re, im) = value_of(a)?;
    let part = |f: f64| if f.is_nan() { (a.value().0 >> 4) as i64 } else { hash_f64(f) };
    let h = part(re).wrapping_add(part(im).wrapping_mul(1_000_003));
    Ok(if h == -1 { -2 } else { h })
}

fn complex_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let (re, im) = value_of(a)?;
    let equal = if let Some(iv) = int_val(b) {
        im == 0.0 && float::compare_int_float(&iv, re) == Some(std::cmp::Ordering::Equal)
    } else if let Some(f) = as_f64(b) {
        re == f && im == 0.0
    } else if let Some((bre, bim)) = as_complex(b) {
        re == bre && im == bim
    } else {
        return Ok(not_implemented());
    };
    Ok(bool_obj(equal == (op == CompareOp::Eq)))
}

/// A part of a complex repr: the shortest float repr without a trailing
/// ".0"; NaN never shows a sign.
fn part_repr(f: f64, sign: bool) -> String {
    let mut s = if f.is_nan() { "nan".to_string() } else { float_repr_str(f) };
    if let Some(t) = s.strip_suffix(".0") {
        s = t.to_string();
    }
    if sign && !s.starts_with('-') {
        s.insert(0, '+');
    }
    s
}

/// `repr(complex)`: `<imag>j` when the real part is +0.0, else `(<real><±imag>j)`.
pub fn complex_repr_str(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part_repr(im, false))
    } else {
        format!("({}{}j)", part_repr(re, false), part_repr(im, true))
    }
}

fn complex_repr(a: &Obj) -> PyResult {
    let (re, im) = value_of(a)?;
    Ok(new_string(complex_repr_str(re, im)))
}

// ---- constructor ---------------------------------------------------------

fn malformed() -> PyErr {
    value_error("complex() arg is a malformed string")
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The longest prefix of `s[i..]` that reads as a float (sign, digits with
/// an optional point and exponent, or inf/infinity/nan): (value, end).
fn scan_float(s: &[u8], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let neg = match s.get(j) {
        Some(b'-') => { j += 1; true }
        Some(b'+') => { j += 1; false }
        _ => false,
    };
    let lower = |k: usize, w: &[u8]| s.len() >= k + w.len() && s[k..k + w.len()].eq_ignore_ascii_case(w);
    let signed = |v: f64| if neg { -v } else { v };
    if lower(j, b"inf") {
        let end = if lower(j + 3, b"inity") { j + 8 } else { j + 3 };
        return Some((signed(f64::INFINITY), end));
    }
    if lower(j, b"nan") {
        return Some((signed(f64::NAN), j + 3));
    }
    let start = j;
    let digits = |k: &mut usize| {
        let from = *k;
        while s.get(*k).is_some_and(|c| c.is_ascii_digit()) {
            *k += 1;
        }
        *k - from
    };
    let mut n = digits(&mut j);
    if s.get(j) == Some(&b'.') {
        j += 1;
        n += digits(&mut j);
    }
    if n == 0 {
        return None;
    }
    if matches!(s.get(j), Some(b'e' | b'E')) {
        let mut k = j + 1;
        if matches!(s.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        if digits(&mut k) > 0 {
            j = k;
        }
    }
    let text = std::str::from_utf8(&s[start..j]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((signed(v), j))
}

/// Parses the ASCII text of `complex(s)` (underscores already removed).
fn parse_complex(s: &[u8]) -> PyResult<C> {
    let mut i = 0;
    while s.get(i).copied().is_some_and(is_space) {
        i += 1;
    }
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        while s.get(i).copied().is_some_and(is_space) {
            i += 1;
        }
    }
    let is_j = |k: usize| matches!(s.get(k), Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, end)) = scan_float(s, i) {
        i = end;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            x = z;
            match scan_float(s, i) {
                Some((v, e)) => { y = v; i = e; }
                None => { y = if s[i] == b'+' { 1.0 } else { -1.0 }; i += 1; }
            }
            if !is_j(i) {
                return Err(malformed());
            }
            i += 1;
        } else if is_j(i) {
            y = z;
            i += 1;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            if s[i] == b'-' {
                y = -1.0;
            }
            i += 1;
        }
        if !is_j(i) {
            return Err(malformed());
        }
        i += 1;
    }
    while s.get(i).copied().is_some_and(is_space) {
        i += 1;
    }
    if bracket {
        if s.get(i) != Some(&b')') {
            return Err(malformed());
        }
        i += 1;
        while s.get(i).copied().is_some_and(is_space) {
            i += 1;
        }
    }
    if i != s.len() {
        return Err(malformed());
    }
    Ok((x, y))
}

/// `complex(str)`: Unicode whitespace and decimal digits become ASCII first
/// (other non-ASCII characters cannot match); underscores must sit between
/// digits.
fn complex_from_str(text: &str) -> PyResult<C> {
    let mut ascii = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else if crate::types::str::py_isspace(c) {
            ascii.push(b' ');
        } else if crate::types::str::py_isdecimal(c) {
            // Decimal digits come in runs of ten starting at a zero.
            ascii.push(b'0' + ((c as u32 - decimal_zero(c)) % 10) as u8);
        } else {
            ascii.push(b'?');
        }
    }
    if !ascii.contains(&b'_') {
        return parse_complex(&ascii);
    }
    let bad = || value_error(format!("could not convert string to complex: {}", crate::types::str::repr_str(text)));
    let mut clean = Vec::with_capacity(ascii.len());
    let mut prev = 0u8;
    for &c in &ascii {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(bad());
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(bad());
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' || clean.contains(&0) {
        return Err(bad());
    }
    parse_complex(&clean)
}

/// The code point of the zero of the run of decimal digits holding `c`.
pub(crate) fn decimal_zero(c: char) -> u32 {
    let mut u = c as u32;
    while u > 0 && char::from_u32(u - 1).is_some_and(crate::types::str::py_isdecimal) {
        u -= 1;
    }
    u
}

fn has_method(o: &Obj, name: &'static str) -> bool {
    o.type_obj().lookup(&crate::types::str::istr(name)).is_some()
}

fn call_method(o: &Obj, name: &'static str) -> PyResult<Option<Obj>> {
    match o.type_obj().lookup(&crate::types::str::istr(name)) {
        Some(m) if !crate::types::is_none(&m) => {
            let bound = crate::types::class::bind(&m, Some(o), o.type_obj(), &crate::types::str::istr(name))?;
            crate::abstract_::call0(&bound).map(Some)
        }
        _ => Ok(None),
    }
}

/// `float(o)` for a number argument of complex(): `__float__` (which must
/// return a float), else `__index__`.
fn real_part(o: &Obj) -> PyResult<f64> {
    let heap = o.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0;
    if !heap {
        if let Some(f) = as_f64(o) {
            return Ok(f);
        }
        if let Some(v) = int_val(o) {
            return int::to_f64(&v);
        }
    }
    if let Some(r) = call_method(o, "__float__")? {
        return as_f64(&r).ok_or_else(|| {
            type_error(format!("{}.__float__ returned non-float (type {})", o.type_obj().name(), r.type_obj().name()))
        });
    }
    let i = crate::abstract_::index(o)?;
    int::to_f64(&int_val(&i).ok_or_else(|| type_error("__index__ returned non-int"))?)
}

fn is_number(o: &Obj) -> bool {
    as_complex(o).is_some() || has_method(o, "__float__") || has_method(o, "__index__")
}

fn complex_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(args, kw);
    if args.len() > 2 {
        return Err(type_error(format!("complex() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut slots: [Option<&Obj>; 2] = [pos.first(), pos.get(1)];
    for (name, v) in kws {
        let k = match name {
            "real" => 0,
            "imag" => 1,
            _ => return Err(type_error(format!("complex() got an unexpected keyword argument '{name}'"))),
        };
        if slots[k].is_some() {
            return Err(type_error(format!("argument for complex() given by name ('{name}') and position ({})", k + 1)));
        }
        slots[k] = Some(v);
    }
    let [r, i] = slots;
    let zero = int::from_i64(0);
    let r = r.unwrap_or(&zero);
    if i.is_none() && std::ptr::eq(r.type_ptr(), &COMPLEX_TYPE) {
        return Ok(r.clone());
    }
    if let Some(s) = as_str(r) {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = complex_from_str(s)?;
        return Ok(new_complex(re, im));
    }
    if i.is_some_and(|i| as_str(i).is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let special = match call_method(r, "__complex__")? {
        Some(c) if std::ptr::eq(c.type_ptr(), &COMPLEX_TYPE) => Some(c),
        Some(c) if as_complex(&c).is_some() => {
            crate::warningsmod::warn(
                &crate::types::exceptions::DEPRECATION_WARNING,
                &format!(
                    "__complex__ returned non-complex (type {}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.",
                    c.type_obj().name()
                ),
                1,
            )?;
            Some(c)
        }
        Some(c) => return Err(type_error(format!("__complex__ returned non-complex (type {})", c.type_obj().name()))),
        None => None,
    };
    let r = special.as_ref().unwrap_or(r);
    if !is_number(r) {
        return Err(type_error(format!("complex() first argument must be a string or a number, not '{}'", r.type_obj().name())));
    }
    if let Some(i) = i {
        if !is_number(i) {
            return Err(type_error(format!("complex() second argument must be a number, not '{}'", i.type_obj().name())));
        }
    }
    let (cr, r_is_complex) = match as_complex(r) {
        Some(c) => (c, true),
        None => ((real_part(r)?, 0.0), false),
    };
    let (ci, i_is_complex) = match i {
        None => ((cr.1, 0.0), false),
        Some(i) => match as_complex(i) {
            Some(c) => (c, true),
            None => ((real_part(i)?, 0.0), false),
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if i_is_complex {
        re -= ci.1;
    }
    if r_is_complex && i.is_some() {
        im += cr.1;
    }
    Ok(new_complex(re, im))
}

/// Subclass instances are built from a fresh exact complex (the
/// constructor may return its argument itself).
fn rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    let o = if o.refcnt() != 1 {
        let (re, im) = value_of(&o)?;
        new_complex(re, im)
    } else {
        o
    };
    crate::object::rewrap::<ComplexObject>(o, t)
}

// ---- methods -------------------------------------------------------------

fn m_conjugate(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("complex.conjugate", a)?;
    let (re, im) = value_of(s)?;
    Ok(new_complex(re, -im))
}

fn m_complex(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("complex.__complex__", a)?;
    exact(s)
}

fn m_getnewargs(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("complex.__getnewargs__", a)?;
    let (re, im) = value_of(s)?;
    Ok(crate::types::tuple::new_tuple(vec![new_float(re), new_float(im)]))
}

fn m_abs(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("expected 0 arguments, got {}", a.len())));
    }
    Ok(new_float(abs_value(value_of(s)?)?))
}

static COMPLEX_METHODS: [MethodDef; 5] = [
    MethodDef { name: "__format__", func: crate::types::str::m_dunder_format, doc: "" },
    MethodDef { name: "__abs__", func: m_abs, doc: "abs(self)" },
    MethodDef { name: "conjugate", func: m_conjugate, doc: "Give the number with its imaginary part negated, e.g. (1+2j) -> (1-2j)." },
    MethodDef { name: "__complex__", func: m_complex, doc: "Give this value as a plain complex object." },
    MethodDef { name: "__getnewargs__", func: m_getnewargs, doc: "" },
];

fn g_real(s: &Obj) -> PyResult {
    Ok(new_float(value_of(s)?.0))
}
fn g_imag(s: &Obj) -> PyResult {
    Ok(new_float(value_of(s)?.1))
}

static COMPLEX_GETSETS: [GetSetDef; 2] = [GetSetDef { name: "real", get: g_real }, GetSetDef { name: "imag", get: g_imag }];

pub static COMPLEX_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::types::typeobj::SubclassInfo { rewrap, ..crate::object::subclass_info::<ComplexObject>(true) }),
    repr: Some(complex_repr),
    hash: Some(complex_hash),
    richcompare: Some(complex_richcompare),
    new: Some(complex_new),
    methods: &COMPLEX_METHODS,
    getsets: &COMPLEX_GETSETS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    doc: "Make a complex number.\n\nFrom one string: parse it ('1+2j', '3j', '-4.5').\nFrom one number: convert it.\nFrom real and/or imag: real + imag*1j.",
    number: NumberSlots {
        add: Some(complex_add),
        sub: Some(complex_sub),
        mul: Some(complex_mul),
        truediv: Some(complex_truediv),
        pow: Some(complex_pow),
        neg: Some(complex_neg),
        pos: Some(exact),
        bool: Some(complex_bool),
        ..NumberSlots::EMPTY
    },
    ..TypeObject::builtin("complex", &crate::types::object::OBJECT_TYPE, dealloc_box::<ComplexObject>)
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        for (re, im, s) in [
            (0.0, 1.0, "1j"), (1.0, 2.0, "(1+2j)"), (-0.0, -0.0, "(-0-0j)"), (1.0, f64::NAN, "(1+nanj)"),
            (0.0, f64::INFINITY, "infj"), (1e300, 1e-300, "(1e+300+1e-300j)"), (0.0, -0.0, "-0j"), (1.5, -2.25, "(1.5-2.25j)"),
        ] {
            assert_eq!(complex_repr_str(re, im), s);
        }
    }

    #[test]
    fn parses_strings() {
        for (s, v) in [("1+2j", (1.0, 2.0)), (" (1-2j) ", (1.0, -2.0)), ("j", (0.0, 1.0)), ("-1.5e3J", (0.0, -1500.0)), ("1+j", (1.0, 1.0)), ("-j", (0.0, -1.0))] {
            assert_eq!(parse_complex(s.as_bytes()).ok(), Some(v));
        }
        for s in ["", "()", "1+", "1 + 2j", "1ej", ".j", "+-1j", "1j1"] {
            assert!(parse_complex(s.as_bytes()).is_err(), "{s}");
        }
    }

    #[test]
    fn integer_powers_square() {
        assert_eq!(pow_raw((0.0, 1.0), (2.0, 0.0)).ok(), Some((-1.0, 0.0)));
        assert!(matches!(pow_raw((0.0, 0.0), (-1.0, 0.0)), Err(PowErr::Domain)));
    }
}
