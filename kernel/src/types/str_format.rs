//! Text formatting for `str`: `str.format` / `str.format_map` (the
//! replacement-field syntax) and printf-style `%` formatting.
//!
//! Format specs themselves (`{:>10.3f}`) are the builtin `format()`'s job
//! (`builtins::format_value`); this file parses the surrounding syntax,
//! looks fields up and applies conversions.

use crate::abstract_ as ab;
use crate::error::{index_error, key_error, overflow_error, type_error, value_error, PyResult};
use crate::object::Obj;
use crate::types::int;
use crate::types::str::{as_str, istr, new_str, new_string};
use crate::types::tuple::as_tuple;

// ---- str.format ---------------------------------------------------------------

/// How the fields of one format call are numbered: `{}` counts up, `{0}`
/// names an index; the two may not be mixed.
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct FormatCtx<'a> {
    /// None for format_map, which takes no positional values.
    args: Option<&'a [Obj]>,
    /// The keyword mapping (str.format's keywords, or format_map's mapping).
    kw: Option<&'a Obj>,
    numbering: Numbering,
}

/// `fmt.format(*args, **kw)` (`args` None: `fmt.format_map(kw)`); `kw` is
/// any mapping (looked up with `[]`).
pub fn format(fmt: &str, args: Option<&[Obj]>, kw: Option<&Obj>) -> PyResult<String> {
    let mut ctx = FormatCtx { args, kw, numbering: Numbering::Unset };
    let chars: Vec<char> = fmt.chars().collect();
    render(&chars, &mut ctx, 2)
}

/// A replacement field, as positions into the format string's characters.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_has_fields: bool,
}

fn render(c: &[char], ctx: &mut FormatCtx, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        if ch != '{' && ch != '}' {
            out.push(ch);
            continue;
        }
        let at_end = i >= c.len();
        if ch == '}' {
            if at_end || c[i] != '}' {
                return Err(value_error("Single '}' encountered in format string"));
            }
            out.push('}');
            i += 1;
            continue;
        }
        if at_end {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if c[i] == '{' {
            out.push('{');
            i += 1;
            continue;
        }
        let (field, next) = parse_field(c, i)?;
        i = next;
        let value = lookup_field(c, &field, ctx)?;
        let value = match field.conversion {
            None => value,
            Some('r') => ab::repr(&value)?,
            Some('s') => ab::str(&value)?,
            Some('a') => crate::builtins::ascii(&value)?,
            Some(x) => {
                return Err(value_error(if (' '..='~').contains(&x) {
                    format!("Unknown conversion specifier {x}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", x as u32)
                }))
            }
        };
        let spec_chars = &c[field.spec.0..field.spec.1];
        let spec: String = if field.spec_has_fields { render(spec_chars, ctx, depth - 1)? } else { spec_chars.iter().collect() };
        out.push_str(&format_obj(&value, &spec)?);
    }
    Ok(out)
}

/// Parses the field starting just after its `{`; returns it and the index
/// after its closing `}`.
fn parse_field(c: &[char], mut i: usize) -> PyResult<(Field, usize)> {
    let start = i;
    let mut stop = None;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        match ch {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while i < c.len() && c[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(ch);
                break;
            }
            _ => {}
        }
    }
    let mut field = Field { name: (start, i), conversion: None, spec: (i, i), spec_has_fields: false };
    match stop {
        Some('}') => {
            field.name.1 = i - 1;
            Ok((field, i))
        }
        Some(ch) => {
            field.name.1 = i - 1;
            if ch == '!' {
                if i >= c.len() {
                    return Err(value_error("end of string while looking for conversion specifier"));
                }
                field.conversion = Some(c[i]);
                i += 1;
                if i < c.len() {
                    let n = c[i];
                    i += 1;
                    if n == '}' {
                        field.spec = (i, i);
                        return Ok((field, i));
                    }
                    if n != ':' {
                        return Err(value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = i;
            let mut depth = 1;
            while i < c.len() {
                let ch = c[i];
                i += 1;
                match ch {
                    '{' => {
                        field.spec_has_fields = true;
                        depth += 1;
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            field.spec = (spec_start, i - 1);
                            return Ok((field, i));
                        }
                    }
                    _ => {}
                }
            }
            Err(value_error("unmatched '{' in format spec"))
        }
        None => Err(value_error("expected '}' before end of string")),
    }
}

/// A non-empty run of ASCII digits as a number (None: not all digits).
fn parse_index(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(*c as usize - '0' as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

fn lookup_field(c: &[char], field: &Field, ctx: &mut FormatCtx) -> PyResult<Obj> {
    let name = &c[field.name.0..field.name.1];
    let first_end = name.iter().position(|&ch| ch == '.' || ch == '[').unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        let n = match ctx.numbering {
            Numbering::Manual => {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"))
            }
            Numbering::Unset => 0,
            Numbering::Auto(n) => n,
        };
        ctx.numbering = Numbering::Auto(n + 1);
        positional(ctx, n)?
    } else if let Some(n) = parse_index(first)? {
        if let Numbering::Auto(_) = ctx.numbering {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        ctx.numbering = Numbering::Manual;
        positional(ctx, n)?
    } else {
        let key = new_string(first.iter().collect());
        match ctx.kw {
            Some(m) => ab::getitem(m, &key)?,
            None => return Err(key_error(key)),
        }
    };
    let mut i = first_end;
    while i < name.len() {
        let ch = name[i];
        i += 1;
        if ch == '.' {
            let st = i;
            while i < name.len() && name[i] != '.' && name[i] != '[' {
                i += 1;
            }
            if i == st {
                return Err(value_error("Empty attribute in format string"));
            }
            let attr: String = name[st..i].iter().collect();
            obj = ab::getattr(&obj, &new_string(attr))?;
        } else {
            let st = i;
            while i < name.len() && name[i] != ']' {
                i += 1;
            }
            if i >= name.len() {
                return Err(value_error("Missing ']' in format string"));
            }
            if i == st {
                return Err(value_error("Empty attribute in format string"));
            }
            let key = match parse_index(&name[st..i])? {
                Some(n) => int::from_i64(n as i64),
                None => new_string(name[st..i].iter().collect()),
            };
            i += 1;
            if i < name.len() && name[i] != '.' && name[i] != '[' {
                return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
            obj = ab::getitem(&obj, &key)?;
        }
    }
    Ok(obj)
}

fn positional(ctx: &FormatCtx, n: usize) -> PyResult<Obj> {
    let Some(args) = ctx.args else { return Err(value_error("Format string contains positional fields")) };
    args.get(n)
        .cloned()
        .ok_or_else(|| index_error(format!("Replacement index {n} out of range for positional args tuple")))
}

/// `format(value, spec)`: a `__format__` defined in Python wins; builtin
/// types go through the format mini-language.
pub fn format_obj(v: &Obj, spec: &str) -> PyResult<String> {
    if let Some(f) = v.type_obj().lookup(&istr("__format__")) {
        if crate::types::function::as_method_descr(&f).is_none() {
            let bound = ab::getattr_str(v, "__format__")?;
            let r = ab::call(&bound, &[new_str(spec)], None)?;
            return match as_str(&r) {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!("__format__ must return a str, not {}", r.type_obj().name()))),
            };
        }
    }
    let r = crate::builtins::format_value(v, spec)?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

// ---- printf-style % -------------------------------------------------------------

/// Where the values of a `%` format come from.
struct PercentArgs {
    /// The right operand, or the value looked up by the last `%(key)`.
    args: Obj,
    /// Number of positional values; -1 when `args` is a single value.
    len: i64,
    idx: i64,
    /// The mapping for `%(key)` lookups.
    dict: Option<Obj>,
}

impl PercentArgs {
    fn next(&mut self) -> PyResult<Obj> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.args.clone());
            }
            if let Some(t) = as_tuple(&self.args) {
                return Ok(t[(self.idx - 1) as usize].clone());
            }
        }
        Err(type_error("not enough arguments for format string"))
    }
}

#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// The `rem` slot of str: `fmt % args`.
pub fn str_mod(a: &Obj, b: &Obj) -> PyResult {
    let Some(fmt) = as_str(a) else { return Ok(crate::types::not_implemented()) };
    Ok(new_string(percent_format(fmt, b)?))
}

/// printf-style formatting of `fmt` with the right operand `values`.
pub fn percent_format(fmt: &str, values: &Obj) -> PyResult<String> {
    percent_format_mode(fmt, values, false)
}

/// `bytes % values`: the format and the result are Latin-1 text (one char
/// per byte); `%s`/`%b` take bytes-like objects or `__bytes__`, `%r` is `%a`.
pub fn bytes_percent_format(fmt: &[u8], values: &Obj) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_format_mode(&text, values, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn percent_format_mode(fmt: &str, values: &Obj, bytes: bool) -> PyResult<String> {
    let is_tuple = as_tuple(values).is_some();
    let textlike = as_str(values).is_some() || (bytes && crate::types::bytearray::bytes_like(values).is_some());
    let dict = if !is_tuple && !textlike && values.type_obj().getitem.is_some() { Some(values.clone()) } else { None };
    let mut st = PercentArgs {
        args: values.clone(),
        len: as_tuple(values).map(|t| t.len() as i64).unwrap_or(-1),
        idx: if is_tuple { 0 } else { -2 },
        dict,
    };
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < c.len() && c[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        if i < c.len() && c[i] == '(' {
            let Some(d) = st.dict.clone() else { return Err(type_error("format requires a mapping")) };
            i += 1;
            let ks = i;
            let mut depth = 1;
            while i < c.len() {
                match c[i] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if i >= c.len() {
                return Err(value_error("incomplete format key"));
            }
            let key = if bytes {
                crate::types::bytes::new_bytes(&c[ks..i].iter().map(|&ch| ch as u32 as u8).collect::<Vec<u8>>())
            } else {
                new_string(c[ks..i].iter().collect())
            };
            i += 1;
            st.args = ab::getitem(&d, &key)?;
            st.len = -1;
            st.idx = -2;
        }
        let mut fl = Flags::default();
        while i < c.len() {
            match c[i] {
                '-' => fl.left = true,
                '+' => fl.plus = true,
                ' ' => fl.space = true,
                '#' => fl.alt = true,
                '0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: usize = 0;
        if i < c.len() && c[i] == '*' {
            i += 1;
            let w = star_arg(&mut st)?;
            if w < 0 {
                fl.left = true;
            }
            width = w.unsigned_abs() as usize;
        } else {
            while i < c.len() && c[i].is_ascii_digit() {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(c[i] as usize - '0' as usize))
                    .filter(|&w| w <= isize::MAX as usize)
                    .ok_or_else(|| value_error("width too big"))?;
                i += 1;
            }
        }
        let mut prec: Option<usize> = None;
        if i < c.len() && c[i] == '.' {
            i += 1;
            if i < c.len() && c[i] == '*' {
                i += 1;
                prec = Some(star_arg(&mut st)?.max(0) as usize);
            } else {
                let mut p: usize = 0;
                while i < c.len() && c[i].is_ascii_digit() {
                    p = p
                        .checked_mul(10)
                        .and_then(|x| x.checked_add(c[i] as usize - '0' as usize))
                        .filter(|&x| x <= i32::MAX as usize)
                        .ok_or_else(|| value_error("precision too big"))?;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while i < c.len() && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= c.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = c[i];
        let conv_at = i;
        i += 1;
        let v = st.next()?;
        let piece = if bytes { convert_bytes(&v, conv, conv_at, &mut fl, prec)? } else { convert(&v, conv, conv_at, &mut fl, prec)? };
        pad(&mut out, &piece, width, &fl);
    }
    if st.idx < st.len && st.dict.is_none() {
        return Err(type_error(if bytes { "not all arguments converted during bytes formatting" } else { "not all arguments converted during string formatting" }));
    }
    Ok(out)
}

fn star_arg(st: &mut PercentArgs) -> PyResult<i64> {
    let v = st.next()?;
    if !int::is_int(&v) {
        return Err(type_error("* wants int"));
    }
    int::as_i64(&v).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// A converted value before padding: `sign` and `prefix` go before any
/// zero padding, `body` after it; `numeric` allows zero padding.
struct Piece {
    sign: &'static str,
    prefix: &'static str,
    body: String,
    numeric: bool,
}

fn text_piece(s: String, prec: Option<usize>) -> Piece {
    let body = match prec {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    };
    Piece { sign: "", prefix: "", body, numeric: false }
}

fn convert(v: &Obj, conv: char, at: usize, fl: &mut Flags, prec: Option<usize>) -> PyResult<Piece> {
    match conv {
        's' => Ok(text_piece(ab::str_string(v)?, prec)),
        'r' => Ok(text_piece(ab::repr_string(v)?, prec)),
        'a' => Ok(text_piece(as_str(&crate::builtins::ascii(v)?).unwrap_or("").to_string(), prec)),
        'c' => {
            if let Some(s) = as_str(v) {
                let mut it = s.chars();
                if let (Some(ch), None) = (it.next(), it.next()) {
                    return Ok(text_piece(ch.to_string(), None));
                }
            } else if int::is_int(v) || has_slot(v, "__index__") {
                let i = ab::index(v)?;
                let ch = int::as_i64(&i).and_then(|i| u32::try_from(i).ok()).and_then(pyk_abi::surrogate::char_for);
                return match ch {
                    Some(ch) => Ok(text_piece(ch.to_string(), None)),
                    None => Err(overflow_error("%c arg not in range(0x110000)")),
                };
            }
            Err(type_error("%c requires int or char"))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = if int::is_int(v) {
                v.clone()
            } else {
                match conv {
                    // %d/%i/%u convert as int(v) does (__int__ before __index__).
                    'd' | 'i' | 'u' if has_slot(v, "__int__") || has_slot(v, "__index__") || crate::types::float::as_f64(v).is_some() => ab::to_int(v)?,
                    _ if has_slot(v, "__index__") => ab::index(v)?,
                    'd' | 'i' | 'u' => {
                        return Err(type_error(format!("%{conv} format: a real number is required, not {}", v.type_obj().name())))
                    }
                    _ => {
                        return Err(type_error(format!("%{conv} format: an integer is required, not {}", v.type_obj().name())))
                    }
                }
            };
            let big = int::as_bigint(&n).unwrap_or_default();
            let neg = big.sign() == num_bigint::Sign::Minus;
            let mag = num_traits::Signed::abs(&big);
            let mut digits = match conv {
                'x' => mag.to_str_radix(16),
                'X' => mag.to_str_radix(16).to_uppercase(),
                'o' => mag.to_str_radix(8),
                _ => int::decimal_string(&mag)?,
            };
            if let Some(p) = prec {
                if digits.len() < p {
                    digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
                }
            }
            let prefix = match conv {
                'x' if fl.alt => "0x",
                'X' if fl.alt => "0X",
                'o' if fl.alt => "0o",
                _ => "",
            };
            Ok(Piece { sign: sign(neg, fl), prefix, body: digits, numeric: true })
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = to_float(v)?;
            let neg = f.is_sign_negative() && !f.is_nan();
            let body = fmt_float(f.abs(), conv, prec.unwrap_or(6), fl.alt);
            Ok(Piece { sign: sign(neg, fl), prefix: "", body, numeric: true })
        }
        _ => {
            let shown = if (' '..='~').contains(&conv) { conv.to_string() } else { "?".to_string() };
            Err(value_error(format!("unsupported format character '{shown}' (0x{:x}) at index {at}", conv as u32)))
        }
    }
}

/// A conversion in bytes formatting: text conversions differ, numbers are
/// as for str.
fn convert_bytes(v: &Obj, conv: char, at: usize, fl: &mut Flags, prec: Option<usize>) -> PyResult<Piece> {
    let latin1 = |b: &[u8]| -> String { b.iter().map(|&x| x as char).collect() };
    match conv {
        's' | 'b' => {
            if let Some(b) = crate::types::bytearray::bytes_like(v) {
                return Ok(text_piece(latin1(&b), prec));
            }
            if let Some(f) = v.type_obj().lookup(&crate::types::str::istr("__bytes__")) {
                let r = ab::call(&f, std::slice::from_ref(v), None)?;
                let b = crate::types::bytes::as_bytes(&r)
                    .ok_or_else(|| type_error(format!("__bytes__ returned non-bytes (type {})", r.type_obj().name())))?;
                return Ok(text_piece(latin1(b), prec));
            }
            Err(type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                v.type_obj().name()
            )))
        }
        'r' | 'a' => Ok(text_piece(as_str(&crate::builtins::ascii(v)?).unwrap_or("").to_string(), prec)),
        'c' => {
            if let Some(b) = crate::types::bytearray::bytes_like(v) {
                if b.len() == 1 {
                    return Ok(text_piece(latin1(&b), None));
                }
            } else if int::is_int(v) || has_slot(v, "__index__") {
                let i = ab::index(v)?;
                return match int::as_i64(&i).filter(|i| (0..256).contains(i)) {
                    Some(i) => Ok(text_piece((i as u8 as char).to_string(), None)),
                    None => Err(overflow_error("%c arg not in range(256)")),
                };
            }
            Err(type_error("%c requires an integer in range(256) or a single byte"))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => convert(v, conv, at, fl, prec).map_err(|e| {
            if e.is_instance(&crate::types::exceptions::TYPE_ERROR) && !has_slot(v, "__float__") && !has_slot(v, "__index__") && !int::is_int(v) {
                type_error(format!("float argument required, not {}", v.type_obj().name()))
            } else {
                e
            }
        }),
        _ => convert(v, conv, at, fl, prec),
    }
}

/// Whether `v` implements the number protocol method `name`: for classes
/// defined in Python, whether the class (or a base) defines it.
fn has_slot(v: &Obj, name: &'static str) -> bool {
    let t = v.type_obj();
    if t.flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
        return t.lookup(&istr(name)).is_some();
    }
    let n = &t.number;
    match name {
        "__index__" => n.index.is_some(),
        "__int__" => n.int.is_some(),
        _ => n.float.is_some(),
    }
}

/// A float for `%e`/`%f`/`%g`: `__float__`, else `__index__`.
fn to_float(v: &Obj) -> PyResult<f64> {
    if crate::types::float::as_f64(v).is_some() || int::is_int(v) || has_slot(v, "__float__") {
        return ab::to_float(v);
    }
    if has_slot(v, "__index__") {
        return ab::to_float(&ab::index(v)?);
    }
    Err(type_error(format!("must be real number, not {}", v.type_obj().name())))
}

fn sign(neg: bool, fl: &Flags) -> &'static str {
    if neg {
        "-"
    } else if fl.plus {
        "+"
    } else if fl.space {
        " "
    } else {
        ""
    }
}

fn pad(out: &mut String, p: &Piece, width: usize, fl: &Flags) {
    let len = p.sign.len() + p.prefix.len() + p.body.chars().count();
    let fill = width.saturating_sub(len);
    if fl.left {
        out.push_str(p.sign);
        out.push_str(p.prefix);
        out.push_str(&p.body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if fl.zero && p.numeric {
        out.push_str(p.sign);
        out.push_str(p.prefix);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(&p.body);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(p.sign);
        out.push_str(p.prefix);
        out.push_str(&p.body);
    }
}

/// A non-negative float in printf style (`e`, `f`, `g` and their capitals),
/// `alt` being the `#` flag.
pub fn fmt_float(a: f64, conv: char, prec: usize, alt: bool) -> String {
    let upper = conv.is_ascii_uppercase();
    let s = if a.is_nan() {
        "nan".to_string()
    } else if a.is_infinite() {
        "inf".to_string()
    } else {
        match conv.to_ascii_lowercase() {
            'f' => fixed(a, prec, alt),
            'e' => exp(a, prec, alt),
            _ => {
                let p = prec.max(1);
                let x = decimal_exponent(a, p);
                if (-4..p as i32).contains(&x) {
                    let s = fixed(a, (p as i32 - 1 - x) as usize, alt);
                    if alt { s } else { strip_zeros(&s) }
                } else {
                    let s = exp(a, p - 1, alt);
                    if alt {
                        s
                    } else {
                        let (m, e) = s.split_once('e').unwrap_or((&s, ""));
                        format!("{}e{}", strip_zeros(m), e)
                    }
                }
            }
        }
    };
    if upper { s.to_uppercase() } else { s }
}

fn fixed(a: f64, prec: usize, alt: bool) -> String {
    let s = crate::types::float::fmt_fixed_any(a, prec);
    if alt && prec == 0 { s + "." } else { s }
}

fn exp(a: f64, prec: usize, alt: bool) -> String {
    let s = crate::types::float::fmt_exp_any(a, prec);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{}{}e{}{:02}", m, if alt && prec == 0 { "." } else { "" }, if e < 0 { '-' } else { '+' }, e.abs())
}

/// The decimal exponent of `a` once rounded to `p` significant digits.
fn decimal_exponent(a: f64, p: usize) -> i32 {
    if a == 0.0 {
        return 0;
    }
    let s = crate::types::float::fmt_exp_any(a, p - 1);
    s.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0)
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}
