//! `_codecs`: the codec registry, the error-handler registry and the codec
//! functions that `Lib/encodings/*.py` call. The registry, the argument
//! checking and the error-handler loop are Python (CODECS_SOURCE, compiled
//! on first import, like `_collections`); the byte loops are Rust builtins
//! exposed to that source as `_decode_chunk`, `_encode_chunk`,
//! `_charmap_decode_chunk`, `_escape_decode` and `_escape_encode`.
//!
//! A chunk function converts as far as it can and reports where it stopped
//! and why, as `(result, stop, error_end, reason)`; `reason` is None when it
//! stopped at the end (or, when not final, before an incomplete sequence).
//! The Python side builds the UnicodeError, calls the handler and resumes,
//! so every handler (including ones registered from Python) sees CPython's
//! exception object, and the error-free case is one Rust call.
//!
//! Lone surrogates are the stand-ins of `pyk_abi::surrogate`: the encoders
//! here read code points through it (so the UTFs stop at a surrogate with
//! "surrogates not allowed") and `surrogateescape`/`surrogatepass` are
//! ordinary handlers in the Python part.

use crate::error::{type_error, value_error, PyResult};
use crate::object::Obj;
use crate::types::bytes::new_bytes;
use crate::types::int::{as_i64, from_i64};
use crate::types::str::{as_str, new_string};
use crate::types::tuple::new_tuple;
use crate::types::{is_none, none};

fn arg_bytes(o: &Obj) -> PyResult<Vec<u8>> {
    crate::types::bytearray::bytes_like(o).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", o.type_obj().name())))
}

fn arg_str<'a>(o: &'a Obj, what: &str) -> PyResult<&'a str> {
    as_str(o).ok_or_else(|| type_error(format!("{what} must be str, not {}", o.type_obj().name())))
}

fn arg_usize(o: &Obj) -> PyResult<usize> {
    as_i64(o).filter(|v| *v >= 0).map(|v| v as usize).ok_or_else(|| value_error("position out of range"))
}

fn args4<'a>(name: &str, a: &'a [Obj]) -> PyResult<&'a [Obj]> {
    if a.len() != 4 {
        return Err(type_error(format!("{name}() takes exactly 4 arguments ({} given)", a.len())));
    }
    Ok(a)
}

/// The chunk result tuple.
fn report(out: Obj, stop: usize, err: Option<(usize, &str)>) -> PyResult {
    let (end, reason) = match err {
        Some((e, r)) => (from_i64(e as i64), new_string(r.to_string())),
        None => (from_i64(stop as i64), none()),
    };
    Ok(new_tuple(vec![out, from_i64(stop as i64), end, reason]))
}

/// How a decoder stopped: at the end (`None`) or at an error (start, end, reason).
type Stop = Option<(usize, usize, &'static str)>;

/// `_decode_chunk(kind, data, start, final)`.
fn m_decode_chunk(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let a = args4("_decode_chunk", a)?;
    let kind = arg_str(&a[0], "kind")?;
    let data = arg_bytes(&a[1])?;
    let start = arg_usize(&a[2])?.min(data.len());
    let fin = crate::abstract_::is_true(&a[3])?;
    let mut out = String::new();
    let (pos, stop) = match kind {
        "utf-8" => dec_utf8(&data, start, fin, &mut out),
        "utf-16-le" => dec_utf16(&data, start, fin, false, &mut out),
        "utf-16-be" => dec_utf16(&data, start, fin, true, &mut out),
        "utf-32-le" => dec_utf32(&data, start, fin, false, &mut out),
        "utf-32-be" => dec_utf32(&data, start, fin, true, &mut out),
        "latin-1" => {
            out.extend(data[start..].iter().map(|&b| b as char));
            (data.len(), None)
        }
        "ascii" => match data[start..].iter().position(|&b| b >= 0x80) {
            None => {
                out.extend(data[start..].iter().map(|&b| b as char));
                (data.len(), None)
            }
            Some(p) => {
                out.extend(data[start..start + p].iter().map(|&b| b as char));
                (start + p, Some((start + p, start + p + 1, "ordinal not in range(128)")))
            }
        },
        "unicode-escape" => dec_unicode_escape(&data, start, fin, false, &mut out),
        "raw-unicode-escape" => dec_unicode_escape(&data, start, fin, true, &mut out),
        "utf-7" => dec_utf7(&data, start, fin, &mut out),
        _ => return Err(value_error(format!("unknown codec kind {kind}"))),
    };
    match stop {
        None => report(new_string(out), pos, None),
        Some((s, e, r)) => report(new_string(out), s, Some((e, r))),
    }
}

fn dec_utf8(data: &[u8], start: usize, fin: bool, out: &mut String) -> (usize, Stop) {
    let rest = &data[start..];
    match std::str::from_utf8(rest) {
        Ok(t) => {
            out.push_str(t);
            (data.len(), None)
        }
        Err(e) => {
            let good = e.valid_up_to();
            // SAFETY: from_utf8 just checked that the first `good` bytes are valid UTF-8.
            out.push_str(unsafe { std::str::from_utf8_unchecked(&rest[..good]) });
            let s = start + good;
            match e.error_len() {
                None if !fin => (s, None),
                None => (s, Some((s, data.len(), "unexpected end of data"))),
                Some(l) => {
                    let why = if (0xC2..=0xF4).contains(&data[s]) { "invalid continuation byte" } else { "invalid start byte" };
                    (s, Some((s, s + l, why)))
                }
            }
        }
    }
}

fn dec_utf16(data: &[u8], start: usize, fin: bool, be: bool, out: &mut String) -> (usize, Stop) {
    let unit = |i: usize| if be { u16::from_be_bytes([data[i], data[i + 1]]) } else { u16::from_le_bytes([data[i], data[i + 1]]) };
    let mut i = start;
    while i < data.len() {
        if i + 1 >= data.len() {
            return if fin { (i, Some((i, data.len(), "truncated data"))) } else { (i, None) };
        }
        let u = unit(i);
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            i += 2;
            continue;
        }
        if u >= 0xDC00 {
            return (i, Some((i, i + 2, "illegal encoding")));
        }
        if i + 3 >= data.len() {
            if !fin {
                return (i, None);
            }
            return (i, Some((i, data.len(), "unexpected end of data")));
        }
        let l = unit(i + 2);
        if !(0xDC00..0xE000).contains(&l) {
            return (i, Some((i, i + 2, "illegal UTF-16 surrogate")));
        }
        let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((l as u32) - 0xDC00);
        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
        i += 4;
    }
    (i, None)
}

fn dec_utf32(data: &[u8], start: usize, fin: bool, be: bool, out: &mut String) -> (usize, Stop) {
    let mut i = start;
    while i < data.len() {
        if i + 3 >= data.len() {
            return if fin { (i, Some((i, data.len(), "truncated data"))) } else { (i, None) };
        }
        let w = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if be { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None if c > 0x10FFFF => return (i, Some((i, i + 4, "code point not in range(0x110000)"))),
            None => return (i, Some((i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"))),
        }
        i += 4;
    }
    (i, None)
}

fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `unicodedata.lookup`, or None when the module cannot be imported.
fn unicodedata_lookup() -> Option<Obj> {
    let m = crate::import::import_module("unicodedata").ok()?;
    crate::abstract_::getattr_str(&m, "lookup").ok()
}

/// The one character `lookup(name)` names (named sequences and unknown
/// names give None).
fn lookup_char(lookup: &Obj, name: &str) -> Option<char> {
    let r = crate::abstract_::call(lookup, &[crate::types::str::new_str(name)], None).ok()?;
    let s = crate::types::str::as_str(&r)?;
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// `unicode_escape` (raw = false) and `raw_unicode_escape` (raw = true).
fn dec_unicode_escape(data: &[u8], start: usize, fin: bool, raw: bool, out: &mut String) -> (usize, Stop) {
    let mut i = start;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        // A backslash at i. In raw mode only the last of an odd run of
        // backslashes can start an escape.
        if raw {
            let run = data[i..].iter().take_while(|&&c| c == b'\\').count();
            let next = data.get(i + run).copied();
            let escapes = run % 2 == 1 && matches!(next, Some(b'u') | Some(b'U'));
            if !escapes {
                if next.is_none() && run % 2 == 1 && !fin {
                    out.extend(std::iter::repeat_n('\\', run - 1));
                    return (i + run - 1, None);
                }
                out.extend(std::iter::repeat_n('\\', run));
                i += run;
                continue;
            }
            out.extend(std::iter::repeat_n('\\', run - 1));
            i += run - 1;
        }
        let Some(&c) = data.get(i + 1) else {
            if raw {
                if !fin {
                    return (i, None);
                }
                out.push('\\');
                return (data.len(), None);
            }
            return if fin { (i, Some((i, data.len(), "\\ at end of string"))) } else { (i, None) };
        };
        let digits = match c {
            b'x' if !raw => 2,
            b'u' => 4,
            b'U' => 8,
            _ if raw => {
                out.push('\\');
                i += 1;
                continue;
            }
            b'N' => {
                // `\N{name}`, looked up in unicodedata (names and aliases;
                // named sequences are not characters), as CPython's codec.
                let Some(lookup) = unicodedata_lookup() else {
                    return (i, Some((i, (i + 2).min(data.len()), "\\N escapes not supported (can't load unicodedata module)")));
                };
                let mut j = i + 2;
                if j < data.len() && data[j] == b'{' {
                    let name_start = j + 1;
                    j = name_start;
                    while j < data.len() && data[j] != b'}' {
                        j += 1;
                    }
                    if j >= data.len() {
                        if !fin {
                            return (i, None);
                        }
                        return (i, Some((i, j, "malformed \\N character escape")));
                    }
                    if j > name_start {
                        j += 1;
                        if let Some(ch) = std::str::from_utf8(&data[name_start..j - 1]).ok().and_then(|n| lookup_char(&lookup, n)) {
                            out.push(ch);
                            i = j;
                            continue;
                        }
                        return (i, Some((i, j, "unknown Unicode character name")));
                    }
                    return (i, Some((i, j, "malformed \\N character escape")));
                }
                if j >= data.len() && !fin {
                    return (i, None);
                }
                return (i, Some((i, j.min(data.len()), "malformed \\N character escape")));
            }
            b'0'..=b'7' => {
                let mut v = 0u32;
                let mut j = i + 1;
                while j < data.len() && j < i + 4 && (b'0'..=b'7').contains(&data[j]) {
                    v = v * 8 + (data[j] - b'0') as u32;
                    j += 1;
                }
                if j == data.len() && j < i + 4 && !fin {
                    return (i, None);
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                i = j;
                continue;
            }
            _ => {
                let simple = match c {
                    b'\n' => Some(None),
                    b'\\' => Some(Some('\\')),
                    b'\'' => Some(Some('\'')),
                    b'"' => Some(Some('"')),
                    b'a' => Some(Some('\x07')),
                    b'b' => Some(Some('\x08')),
                    b'f' => Some(Some('\x0c')),
                    b'n' => Some(Some('\n')),
                    b'r' => Some(Some('\r')),
                    b't' => Some(Some('\t')),
                    b'v' => Some(Some('\x0b')),
                    _ => None,
                };
                match simple {
                    Some(ch) => out.extend(ch),
                    None => {
                        out.push('\\');
                        out.push(c as char);
                    }
                }
                i += 2;
                continue;
            }
        };
        let hs = i + 2;
        let mut v = 0u32;
        let mut j = hs;
        while j < data.len() && j < hs + digits {
            match hex_val(data[j]) {
                Some(d) => v = v * 16 + d,
                None => break,
            }
            j += 1;
        }
        if j < hs + digits {
            if j == data.len() && !fin {
                return (i, None);
            }
            let why = match c {
                b'x' => "truncated \\xXX escape",
                b'u' => "truncated \\uXXXX escape",
                _ => "truncated \\UXXXXXXXX escape",
            };
            return (i, Some((i, j, why)));
        }
        match pyk_abi::surrogate::char_for(v) {
            Some(ch) => out.push(ch),
            None if raw => return (i, Some((i, j, "\\Uxxxxxxxx out of range"))),
            None => return (i, Some((i, j, "illegal Unicode character"))),
        }
        i = j;
    }
    (i, None)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_val(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// UTF-7 (RFC 2152). A shifted run must be complete to be decoded: when not
/// final, decoding stops before an unterminated run.
fn dec_utf7(data: &[u8], start: usize, fin: bool, out: &mut String) -> (usize, Stop) {
    let mut i = start;
    while i < data.len() {
        let b = data[i];
        if b >= 0x80 {
            return (i, Some((i, i + 1, "unexpected special character")));
        }
        if b != b'+' {
            out.push(b as char);
            i += 1;
            continue;
        }
        // A shifted run from i.
        let mut j = i + 1;
        if data.get(j) == Some(&b'-') {
            out.push('+');
            i = j + 1;
            continue;
        }
        if data.get(j).is_some_and(|&c| b64_val(c).is_none()) {
            return (i, Some((i, j + 1, "ill-formed sequence")));
        }
        while j < data.len() && b64_val(data[j]).is_some() {
            j += 1;
        }
        if j == data.len() && !fin {
            return (i, None);
        }
        let (mut bits, mut nbits, mut units) = (0u32, 0u32, Vec::new());
        for &c in &data[i + 1..j] {
            bits = (bits << 6) | b64_val(c).unwrap_or(0);
            nbits += 6;
            if nbits >= 16 {
                nbits -= 16;
                units.push(((bits >> nbits) & 0xFFFF) as u16);
            }
        }
        let bad_bits = nbits >= 6 || (bits & ((1 << nbits) - 1)) != 0;
        // What the run decoded before an error stays decoded (a replacing
        // handler follows it), except a high surrogate still waiting for
        // its pair.
        let push_units = |out: &mut String, units: &[u16]| {
            for r in char::decode_utf16(units.iter().copied()) {
                out.push(r.unwrap_or_else(|e| pyk_abi::surrogate::char_for(e.unpaired_surrogate() as u32).unwrap_or('\u{FFFD}')));
            }
        };
        let complete = match units.last() {
            Some(u) if (0xD800..0xDC00).contains(u) => &units[..units.len() - 1],
            _ => &units[..],
        };
        if j == data.len() {
            // The data ends inside the run: CPython's one message for a
            // partial character, padding bits or a pending high surrogate.
            let pending_high = units.last().is_some_and(|u| (0xD800..0xDC00).contains(u));
            if bad_bits || pending_high {
                push_units(out, complete);
                return (i, Some((i, j, "unterminated shift sequence")));
            }
        } else if bad_bits {
            // The error covers the '-' that ends the run.
            let end = if data[j] == b'-' { j + 1 } else { j };
            push_units(out, complete);
            return (i, Some((i, end, if nbits >= 6 { "partial character in shift sequence" } else { "non-zero padding bits in shift sequence" })));
        }
        // Lone surrogates in a shift sequence decode as themselves.
        push_units(out, &units);
        i = if data.get(j) == Some(&b'-') { j + 1 } else { j };
    }
    (i, None)
}

/// `_encode_chunk(kind, str, start)`: positions are character indices.
fn m_encode_chunk(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if a.len() != 3 {
        return Err(type_error("_encode_chunk() takes exactly 3 arguments"));
    }
    let kind = arg_str(&a[0], "kind")?;
    let s = arg_str(&a[1], "str")?;
    let start = arg_usize(&a[2])?;
    let chars = s.chars().skip(start);
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let limit = match kind {
        "ascii" => 0x80,
        "latin-1" => 0x100,
        _ => 0x110000,
    };
    let mut n = start;
    let mut bad: Option<usize> = None;
    // The UTFs cannot encode lone surrogates (surrogatepass can).
    let utf = kind.starts_with("utf-") && kind != "utf-7";
    let mut why = if kind == "ascii" { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
    for c in chars {
        let u = pyk_abi::surrogate::code_point(c);
        if u >= limit || (utf && pyk_abi::surrogate::is_surrogate(c)) {
            if bad.is_none() && utf {
                why = "surrogates not allowed";
            }
            bad.get_or_insert(n);
            n += 1;
            if utf && kind != "utf-8" {
                // CPython's UTF-16/32 encoders report one surrogate at a time.
                break;
            }
            continue;
        }
        if bad.is_some() {
            break;
        }
        match kind {
            "utf-8" => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            "ascii" | "latin-1" => out.push(u as u8),
            "utf-16-le" | "utf-16-be" => {
                for w in c.encode_utf16(&mut [0; 2]) {
                    out.extend_from_slice(&if kind == "utf-16-le" { w.to_le_bytes() } else { w.to_be_bytes() });
                }
            }
            "utf-32-le" => out.extend_from_slice(&u.to_le_bytes()),
            "utf-32-be" => out.extend_from_slice(&u.to_be_bytes()),
            "unicode-escape" => match c {
                '\\' => out.extend_from_slice(b"\\\\"),
                '\t' => out.extend_from_slice(b"\\t"),
                '\n' => out.extend_from_slice(b"\\n"),
                '\r' => out.extend_from_slice(b"\\r"),
                ' '..='~' => out.push(u as u8),
                _ => out.extend_from_slice(escape_char(u).as_bytes()),
            },
            "raw-unicode-escape" if u < 0x100 => out.push(u as u8),
            "raw-unicode-escape" => out.extend_from_slice(escape_char(u).as_bytes()),
            "utf-7" => {}
            _ => return Err(value_error(format!("unknown codec kind {kind}"))),
        }
        n += 1;
    }
    if kind == "utf-7" {
        out = enc_utf7(&s.chars().skip(start).collect::<Vec<char>>());
    }
    match bad {
        Some(b) => report(new_bytes(&out), b, Some((n, why))),
        None => report(new_bytes(&out), n, None),
    }
}

fn escape_char(u: u32) -> String {
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// UTF-7 as CPython writes it: characters outside the directly encoded set
/// go into `+...-` runs of modified base64 over UTF-16.
fn enc_utf7(chars: &[char]) -> Vec<u8> {
    let direct = |c: char| c.is_ascii_alphanumeric() || "'(),-./:? \t\r\n!\"#$%&*;<=>@[]^_`{|}".contains(c);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '+' {
            out.extend_from_slice(b"+-");
            i += 1;
            continue;
        }
        if direct(c) {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        let mut units = Vec::new();
        while j < chars.len() && !direct(chars[j]) {
            if pyk_abi::surrogate::is_surrogate(chars[j]) {
                units.push(pyk_abi::surrogate::code_point(chars[j]) as u16);
            } else {
                units.extend(chars[j].encode_utf16(&mut [0; 2]).iter().copied());
            }
            j += 1;
        }
        out.push(b'+');
        let (mut bits, mut nbits) = (0u32, 0u32);
        for u in units {
            bits = (bits << 16) | u as u32;
            nbits += 16;
            while nbits >= 6 {
                nbits -= 6;
                out.push(B64[((bits >> nbits) & 0x3F) as usize]);
            }
        }
        if nbits > 0 {
            out.push(B64[((bits << (6 - nbits)) & 0x3F) as usize]);
        }
        // The run ended at the end or at a directly encoded (ASCII)
        // character; close it explicitly where that character could be
        // read as more base64.
        if j == chars.len() || chars[j] == '-' || b64_val(chars[j] as u8).is_some() {
            out.push(b'-');
        }
        i = j;
    }
    out
}

/// `_charmap_decode_chunk(data, start, table)`: `table` is a str indexed by
/// byte; U+FFFE or a byte beyond the table is undefined.
fn m_charmap_decode_chunk(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if a.len() != 3 {
        return Err(type_error("_charmap_decode_chunk() takes exactly 3 arguments"));
    }
    let data = arg_bytes(&a[0])?;
    let start = arg_usize(&a[1])?.min(data.len());
    let table: Vec<char> = arg_str(&a[2], "table")?.chars().collect();
    let mut out = String::new();
    for (i, &b) in data.iter().enumerate().skip(start) {
        match table.get(b as usize) {
            Some(&c) if c != '\u{FFFE}' => out.push(c),
            _ => return report(new_string(out), i, Some((i + 1, "character maps to <undefined>"))),
        }
    }
    report(new_string(out), data.len(), None)
}

/// `escape_decode(data, errors=None)`: bytes escapes (`\x`, octal, the
/// single-character ones) to bytes, as the bytes literal parser does.
fn m_escape_decode(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(format!("escape_decode expected at least 1 argument, got {}", a.len())));
    }
    let data = match as_str(&a[0]) {
        Some(s) => s.as_bytes().to_vec(),
        None => arg_bytes(&a[0])?,
    };
    let errors = match a.get(1) {
        Some(e) if !is_none(e) => arg_str(e, "escape_decode() argument 2")?.to_string(),
        _ => "strict".to_string(),
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let Some(&c) = data.get(i + 1) else { return Err(value_error("Trailing \\ in string")) };
        i += 2;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < data.len() && (b'0'..=b'7').contains(&data[i]) {
                    v = v * 8 + (data[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let hi = data.get(i).and_then(|&h| hex_val(h));
                let lo = data.get(i + 1).and_then(|&h| hex_val(h));
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => match errors.as_str() {
                        "strict" => return Err(value_error(format!("invalid \\x escape at position {}", i - 2))),
                        "replace" => {
                            out.push(b'?');
                            i += usize::from(hi.is_some());
                        }
                        "ignore" => i += usize::from(hi.is_some()),
                        other => return Err(value_error(format!("decoding error; unknown error handling code: {other}"))),
                    },
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(new_tuple(vec![new_bytes(&out), from_i64(data.len() as i64)]))
}

/// `escape_encode(data, errors=None)`: bytes to their repr's inside.
fn m_escape_encode(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(format!("escape_encode expected at least 1 argument, got {}", a.len())));
    }
    let data = crate::types::bytes::as_bytes(&a[0]).ok_or_else(|| type_error(format!("argument 1 must be bytes, not {}", a[0].type_obj().name())))?;
    let mut out = Vec::with_capacity(data.len());
    for &b in data {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    Ok(new_tuple(vec![new_bytes(&out), from_i64(data.len() as i64)]))
}

/// The registry and the codec functions, in Python over the chunk builtins.
const CODECS_SOURCE: &str = include_str!("codecsmod.py");

pub fn make_module() -> PyResult {
    let add: [(&'static str, crate::types::typeobj::MethodFn); 5] = [
        ("_decode_chunk", m_decode_chunk),
        ("_encode_chunk", m_encode_chunk),
        ("_charmap_decode_chunk", m_charmap_decode_chunk),
        ("escape_decode", m_escape_decode),
        ("escape_encode", m_escape_encode),
    ];
    let fns: Vec<(&'static str, Obj)> = add.iter().map(|(n, f)| (*n, crate::types::function::new_builtin(n, *f, none(), Some("_codecs")))).collect();
    crate::collectionsmod::module_from_source_with("_codecs", "", CODECS_SOURCE, &fns)
}

/// In development mode, CPython's early check of codec arguments: an
/// encoding or error handler that does not exist is a LookupError even when
/// encoding or decoding would not need it (the most common names are
/// trusted without a look-up, as in CPython).
pub fn dev_check(encoding: Option<&str>, errors: Option<&str>) -> PyResult<()> {
    if !crate::interp::dev_mode() {
        return Ok(());
    }
    let m = crate::import::import_module("_codecs")?;
    if let Some(e) = encoding.filter(|e| !matches!(*e, "utf-8" | "utf8" | "ascii")) {
        crate::abstract_::call(&crate::abstract_::getattr_str(&m, "lookup")?, &[new_string(e.to_string())], None)?;
    }
    if let Some(e) = errors.filter(|e| !matches!(*e, "strict" | "ignore" | "replace" | "surrogateescape" | "surrogatepass")) {
        crate::abstract_::call(&crate::abstract_::getattr_str(&m, "lookup_error")?, &[new_string(e.to_string())], None)?;
    }
    Ok(())
}

/// `str.encode`/`bytes.decode` for an encoding or error handler the
/// kernel's fast paths do not know: through the codec registry, as
/// `_codecs._encode_text`/`_decode_text` (which check for text encodings).
pub fn via_registry(func: &str, obj: Obj, encoding: &str, errors: &str) -> PyResult {
    let m = crate::import::import_module("_codecs")?;
    let f = crate::abstract_::getattr_str(&m, func)?;
    crate::abstract_::call(&f, &[obj, new_string(encoding.to_string()), new_string(errors.to_string())], None)
}
