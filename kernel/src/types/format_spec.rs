//! The format-specification mini-language (`format(v, spec)`,
//! `str.format`, f-strings) for the builtin str, int, float and complex:
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//!
//! A number is laid out as CPython lays it out: sign, prefix (`0x`),
//! integer digits (grouped), the rest (fraction, exponent, `%`); padding
//! goes left, right, around or (`=`) between the prefix and the digits.
//! With a `0` fill and `=` alignment the padding is made of digits, so
//! grouping separators run through it (`format(1234, '08,')` is
//! `'0,001,234'`).

use crate::error::{overflow_error, value_error, PyResult};
use crate::object::Obj;
use crate::types::int;

/// A parsed format specification.
pub struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    no_neg_0: bool,
    alt: bool,
    width: usize,
    /// The separator (`,` or `_`) and how many digits it separates.
    grouping: Option<(char, usize)>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn number_error(sep: char, ty: Option<char>) -> crate::error::PyErr {
    let t = ty.unwrap_or('\0');
    if (t as u32) > 32 && (t as u32) < 128 {
        value_error(format!("Cannot specify '{sep}' with '{t}'."))
    } else {
        value_error(format!("Cannot specify '{sep}' with '\\x{:x}'.", t as u32))
    }
}

/// Parses `spec` for an object of type `tyname` whose default alignment is
/// `default_align` (`<` for strings, `>` for numbers).
pub fn parse(spec: &str, tyname: &str, default_align: char) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut sp = Spec { fill: ' ', align: None, sign: None, no_neg_0: false, alt: false, width: 0, grouping: None, precision: None, ty: None };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    let mut fill_given = false;
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = c[0];
        sp.align = Some(c[1]);
        fill_given = true;
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.no_neg_0 = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if !fill_given && i < c.len() && c[i] == '0' {
        sp.fill = '0';
        if sp.align.is_none() && default_align == '>' {
            sp.align = Some('=');
        }
        i += 1;
    }
    let digits = |i: &mut usize| -> PyResult<Option<usize>> {
        let st = *i;
        while *i < c.len() && c[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i == st {
            return Ok(None);
        }
        // at most Py_ssize_t's maximum, as CPython
        c[st..*i].iter().collect::<String>().parse::<isize>().map(|n| Some(n as usize)).map_err(|_| value_error("Too many decimal digits in format string"))
    };
    sp.width = digits(&mut i)?.unwrap_or(0);
    // A width no allocation can hold is CPython's MemoryError, not an abort.
    if sp.width > 0 && Vec::<u8>::new().try_reserve(sp.width.saturating_mul(4)).is_err() {
        return Err(crate::error::PyErr::new(&crate::types::exceptions::MEMORY_ERROR, ""));
    }
    let mut sep = None;
    if i < c.len() && c[i] == ',' {
        sep = Some(',');
        i += 1;
    }
    if i < c.len() && c[i] == '_' {
        if sep.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        sep = Some('_');
        i += 1;
    }
    if i < c.len() && c[i] == ',' && sep == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        sp.precision = Some(digits(&mut i)?.ok_or_else(|| value_error("Format specifier missing precision"))?);
    }
    if c.len() - i > 1 {
        return Err(value_error(format!("Invalid format specifier '{spec}' for object of type '{tyname}'")));
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
    }
    if let Some(s) = sep {
        sp.grouping = match sp.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Some((s, 3)),
            Some('b' | 'o' | 'x' | 'X') if s == '_' => Some((s, 4)),
            t => return Err(number_error(s, t)),
        };
    }
    Ok(sp)
}

fn unknown_code(ty: char, tyname: &str) -> crate::error::PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        value_error(format!("Unknown format code '{ty}' for object of type '{tyname}'"))
    } else {
        value_error(format!("Unknown format code '\\x{:x}' for object of type '{tyname}'", ty as u32))
    }
}

fn fill_str(fill: char, n: usize) -> String {
    std::iter::repeat_n(fill, n).collect()
}

/// Pads `body` to `width` (`<`, `>` or `^`).
fn pad(body: String, width: usize, fill: char, align: char) -> String {
    let n = body.chars().count();
    if n >= width {
        return body;
    }
    let k = width - n;
    match align {
        '<' => body + &fill_str(fill, k),
        '^' => format!("{}{body}{}", fill_str(fill, k / 2), fill_str(fill, k - k / 2)),
        _ => fill_str(fill, k) + &body,
    }
}

/// `str.__format__`.
pub fn format_str(s: &str, spec: &str, tyname: &str) -> PyResult<String> {
    let sp = parse(spec, tyname, '<')?;
    match sp.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, tyname)),
    }
    if let Some((sep, _)) = sp.grouping {
        return Err(number_error(sep, Some('s')));
    }
    match sp.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if sp.no_neg_0 {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if sp.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(body, sp.width, sp.fill, sp.align.unwrap_or('<')))
}

/// Inserts `sep` every `every` digits from the right; when `min_width` is
/// more than the result, zeros (and separators) are added in front until
/// it is reached.
fn group_digits(digits: &str, sep: char, every: usize, min_width: isize) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let mut pos = d.len();
    let mut rev: Vec<char> = Vec::new();
    let mut first = true;
    loop {
        let len = every as isize;
        let l = len.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if !first {
            rev.push(sep);
        }
        first = false;
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(d[pos]);
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.iter().rev().collect()
}

/// Lays a number out: `sign`, `prefix`, integer `digits`, `rest`.
fn layout(sp: &Spec, sign: &str, prefix: &str, digits: &str, rest: &str) -> String {
    let fixed = sign.chars().count() + prefix.chars().count() + rest.chars().count();
    let zero_fill = sp.fill == '0' && sp.align == Some('=');
    let min_width = if zero_fill { sp.width as isize - fixed as isize } else { 0 };
    let grouped = match sp.grouping {
        Some((sep, every)) if !digits.is_empty() => group_digits(digits, sep, every, min_width),
        _ => digits.to_string(),
    };
    let total = fixed + grouped.chars().count();
    let align = sp.align.unwrap_or('>');
    if total >= sp.width {
        return format!("{sign}{prefix}{grouped}{rest}");
    }
    let k = sp.width - total;
    if align == '=' {
        return format!("{sign}{prefix}{}{grouped}{rest}", fill_str(sp.fill, k));
    }
    pad(format!("{sign}{prefix}{grouped}{rest}"), sp.width, sp.fill, align)
}

fn sign_of(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `int.__format__` (also bool).
pub fn format_int(v: &Obj, spec: &str, tyname: &str) -> PyResult<String> {
    let sp = parse(spec, tyname, '>')?;
    match sp.ty {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            check_precision(&sp)?;
            let f = crate::abstract_::to_float(v)?;
            return float_body(f, &sp);
        }
        Some(t) => return Err(unknown_code(t, tyname)),
    }
    if sp.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if sp.no_neg_0 {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let i = int::as_bigint(v).unwrap_or_default();
    if sp.ty == Some('c') {
        if sp.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if sp.alt {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let x = int::as_i64(v).ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        let ch = u32::try_from(x).ok().filter(|&x| x <= 0x10ffff).and_then(pyk_abi::surrogate::char_for).ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(layout(&sp, "", "", &ch.to_string(), ""));
    }
    let neg = i.sign() == num_bigint::Sign::Minus;
    let mag = num_traits::Signed::abs(&i);
    let (prefix, digits) = match sp.ty {
        Some('x') => ("0x", mag.to_str_radix(16)),
        Some('X') => ("0X", mag.to_str_radix(16).to_uppercase()),
        Some('o') => ("0o", mag.to_str_radix(8)),
        Some('b') => ("0b", mag.to_str_radix(2)),
        _ => ("", int::decimal_string(&mag)?),
    };
    let prefix = if sp.alt { prefix } else { "" };
    Ok(layout(&sp, sign_of(neg, sp.sign), prefix, &digits, ""))
}

/// The digits of a non-negative float: `ty` is `r` (repr), `e`, `f` or
/// `g`; `add_dot_0` keeps a `.0` on integral fixed-point results (format
/// without a type), `alt` is the `#` flag.
fn float_digits(a: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> String {
    if a.is_nan() {
        return "nan".into();
    }
    if a.is_infinite() {
        return "inf".into();
    }
    let mut s = match ty {
        'f' | 'e' => crate::types::str_format::fmt_float(a, ty, prec, alt),
        'g' => {
            let p = prec.max(1);
            let x = if a == 0.0 {
                0
            } else {
                let e = crate::types::float::fmt_exp_any(a, p - 1);
                e.split_once('e').and_then(|(_, e)| e.parse::<i32>().ok()).unwrap_or(0)
            };
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let strip = |s: String| if !alt && s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
            if x < -4 || x >= limit {
                let s = crate::types::str_format::fmt_float(a, 'e', p - 1, alt);
                let (m, e) = s.split_once('e').unwrap_or((&s, ""));
                format!("{}e{}", strip(m.to_string()), e)
            } else {
                strip(crate::types::str_format::fmt_float(a, 'f', (p as i32 - 1 - x).max(0) as usize, alt))
            }
        }
        _ => {
            let s = crate::types::float::float_repr_str(a);
            if add_dot_0 {
                s
            } else {
                s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
            }
        }
    };
    if add_dot_0 && !s.contains(['.', 'e']) {
        s.push_str(".0");
    }
    if alt && !s.contains('.') {
        match s.find('e') {
            Some(p) => s.insert(p, '.'),
            None => s.push('.'),
        }
    }
    s
}

/// Splits formatted float digits into the integer digits and the rest.
fn split_number(s: &str) -> (&str, &str) {
    let p = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    (&s[..p], &s[p..])
}

/// One float formatted per `sp` (its type already checked), without padding
/// when `with_padding` is false. Returns (sign, digits, rest).
fn float_parts(f: f64, sp: &Spec, default_ty: char, add_dot_0: bool) -> (String, String) {
    let mut ty = sp.ty.unwrap_or(default_ty);
    let mut val = f;
    let mut pct = false;
    if ty == 'n' {
        ty = 'g';
    }
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        pct = true;
    }
    let prec = match (sp.precision, ty) {
        (Some(p), 'r') => {
            ty = 'g';
            p
        }
        (Some(p), _) => p,
        (None, 'r') => 0,
        (None, _) => 6,
    };
    let lower = ty.to_ascii_lowercase();
    let mut neg = val.is_sign_negative() && !val.is_nan();
    let mut body = float_digits(val.abs(), lower, prec, sp.alt, add_dot_0);
    if ty.is_ascii_uppercase() {
        body = body.to_uppercase();
    }
    if pct {
        body.push('%');
    }
    if neg && sp.no_neg_0 && !body.chars().any(|c| c.is_ascii_digit() && c != '0') && !body.contains(['i', 'n', 'I', 'N']) {
        neg = false;
    }
    (sign_of(neg, sp.sign).to_string(), body)
}

fn float_body(f: f64, sp: &Spec) -> PyResult<String> {
    let add_dot_0 = sp.ty.is_none();
    let (sign, body) = float_parts(f, sp, 'r', add_dot_0);
    let (digits, rest) = split_number(&body);
    Ok(layout(sp, &sign, "", digits, rest))
}

/// `float.__format__`.
/// CPython refuses float precisions past a C int.
fn check_precision(sp: &Spec) -> PyResult<()> {
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    Ok(())
}

pub fn format_float(f: f64, spec: &str, tyname: &str) -> PyResult<String> {
    let sp = parse(spec, tyname, '>')?;
    check_precision(&sp)?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, tyname)),
    }
    float_body(f, &sp)
}

/// `complex.__format__`.
pub fn format_complex(re: f64, im: f64, spec: &str, tyname: &str) -> PyResult<String> {
    let mut sp = parse(spec, tyname, '>')?;
    check_precision(&sp)?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, tyname)),
    }
    if sp.fill == '0' {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (skip_re, parens) = if sp.ty.is_none() {
        let skip = re == 0.0 && re.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    let (width, fill, align) = (sp.width, sp.fill, sp.align.unwrap_or('>'));
    sp.width = 0;
    let part = |x: f64, sp: &Spec| -> String {
        let (sign, body) = float_parts(x, sp, 'r', false);
        let (digits, rest) = split_number(&body);
        layout(sp, &sign, "", digits, rest)
    };
    let re_s = if skip_re { String::new() } else { part(re, &sp) };
    if !skip_re {
        sp.sign = Some('+');
    }
    let im_s = part(im, &sp);
    let body = if parens { format!("({re_s}{im_s}j)") } else { format!("{re_s}{im_s}j") };
    Ok(pad(body, width, fill, align))
}
