//! ISO 8601 formatting and parsing (CPython 3.13's `fromisoformat` rules,
//! which work on the UTF-8 bytes), and `strftime`'s substitutions.

use pyk_sdk::prelude::*;

use super::calc;
use super::calc::Delta;

pub fn format_time(h: i64, mi: i64, s: i64, us: i64, timespec: &str) -> PyResult<String> {
    Ok(match timespec {
        "auto" if us != 0 => format!("{h:02}:{mi:02}:{s:02}.{us:06}"),
        "auto" | "seconds" => format!("{h:02}:{mi:02}:{s:02}"),
        "hours" => format!("{h:02}"),
        "minutes" => format!("{h:02}:{mi:02}"),
        "milliseconds" => format!("{h:02}:{mi:02}:{s:02}.{:03}", us / 1000),
        "microseconds" => format!("{h:02}:{mi:02}:{s:02}.{us:06}"),
        _ => return Err(PyErr::value_error("Unknown timespec value")),
    })
}

/// `time.struct_time(items)`.
pub fn struct_time(items: &[i64]) -> PyResult<PyObj> {
    let objs: Vec<PyObj> = items.iter().map(|v| PyObj::from(*v)).collect();
    let t = tuple_of(&objs.iter().map(|o| &**o).collect::<Vec<_>>())?;
    pyk_sdk::types::import("time")?.getattr("struct_time")?.call(&[&t])
}

/// `time.strftime` after replacing `%z`, `%:z`, `%Z` and `%f` as CPython's
/// `wrap_strftime` does. `tz` gives the offset and name, asked with `tzarg`.
pub fn wrap_strftime(fmt: &str, timetuple: &PyAny, tz: &PyAny, tzarg: &PyAny, us: i64) -> PyResult<PyObj> {
    let mut out = String::with_capacity(fmt.len() + 8);
    let mut chars = fmt.chars().peekable();
    let mut zreplace: Option<Option<Delta>> = None;
    let offset = |zr: &mut Option<Option<Delta>>| -> PyResult<Option<Delta>> {
        if zr.is_none() {
            *zr = Some(super::tz::call_offset(tz, "utcoffset", tzarg)?);
        }
        Ok(zr.unwrap())
    };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            None => out.push('%'),
            Some('z') => {
                if let Some(off) = offset(&mut zreplace)? {
                    out += &super::tz::format_offset(off, "");
                }
            }
            Some(':') if chars.peek() == Some(&'z') => {
                chars.next();
                if let Some(off) = offset(&mut zreplace)? {
                    out += &super::tz::format_offset(off, ":");
                }
            }
            Some('Z') => {
                let name = super::tz::call_tzname(tz, tzarg)?;
                if !name.is_none() {
                    let r = name.call_method("replace", &[&PyObj::from("%"), &PyObj::from("%%")])?;
                    if !r.is_str() {
                        return Err(PyErr::type_error("tzname.replace() did not return a string"));
                    }
                    // A lone surrogate cannot be encoded for the C library (UnicodeEncodeError).
                    r.call_method("encode", &[&PyObj::from("utf-8")])?;
                    out += r.as_str()?;
                }
            }
            Some('f') => out += &format!("{us:06}"),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
        }
    }
    let time = pyk_sdk::types::import("time")?;
    time.getattr("strftime")?.call(&[&PyObj::from(out.as_str()), timetuple])
}

fn byte(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn digits(s: &[u8], p: usize, n: usize) -> Option<(i64, usize)> {
    let mut v = 0i64;
    for i in 0..n {
        let c = byte(s, p + i);
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
    }
    Some((v, p + n))
}

/// A date from its ISO form (the first `len` bytes); None when malformed.
/// The year/month/day may still be out of range.
pub fn parse_date(s: &[u8], len: usize) -> Option<(i64, i64, i64)> {
    let (year, mut p) = digits(s, 0, 4)?;
    let sep = byte(s, p) == b'-';
    if sep {
        p += 1;
    }
    if byte(s, p) == b'W' {
        p += 1;
        let (week, q) = digits(s, p, 2)?;
        p = q;
        let day = if p < len {
            if sep {
                if byte(s, p) != b'-' {
                    return None;
                }
                p += 1;
            }
            digits(s, p, 1)?.0
        } else {
            1
        };
        let ord = calc::iso_to_ord_unchecked(year, week, day)?;
        return Some(calc::ord_to_ymd(ord));
    }
    let (month, q) = digits(s, p, 2)?;
    p = q;
    if sep {
        if byte(s, p) != b'-' {
            return None;
        }
        p += 1;
    }
    let (day, _) = digits(s, p, 2)?;
    Some((year, month, day))
}

pub struct ParsedTime {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    /// The UTC offset in seconds and microseconds, when one was given.
    pub tz: Option<(i64, i64)>,
}

/// `[HH[:?MM[:?SS[.ffffff]]]]` between `start` and `end`: the fields and
/// whether anything follows (CPython's `parse_hh_mm_ss_ff`).
fn hh_mm_ss_ff(s: &[u8], start: usize, end: usize) -> Result<([i64; 4], bool), ()> {
    let mut vals = [0i64; 4];
    let mut p = start;
    let mut has_sep = true;
    let mut frac = false;
    for (i, val) in vals.iter_mut().take(3).enumerate() {
        let (v, q) = digits(s, p, 2).ok_or(())?;
        *val = v;
        p = q;
        let c = byte(s, p);
        p += 1;
        if i == 0 {
            has_sep = c == b':';
        }
        if p >= end {
            return Ok((vals, c != 0));
        } else if has_sep && c == b':' {
            continue;
        } else if c == b'.' || c == b',' {
            frac = true;
            break;
        } else if !has_sep {
            p -= 1;
        } else {
            return Err(());
        }
    }
    let _ = frac;
    let remains = end.saturating_sub(p);
    let n = remains.min(6);
    let (mut us, q) = digits(s, p, n).ok_or(())?;
    p = q;
    if n == 0 {
        return Err(());
    }
    if n < 6 {
        us *= [100_000, 10_000, 1_000, 100, 10][n - 1];
    }
    vals[3] = us;
    while byte(s, p).is_ascii_digit() {
        p += 1;
    }
    Ok((vals, byte(s, p) != 0))
}

/// A time with an optional UTC offset (CPython's `parse_isoformat_time`).
pub fn parse_time(s: &[u8], start: usize) -> Option<ParsedTime> {
    let end = s.len();
    let mut tzpos = start;
    loop {
        let c = byte(s, tzpos);
        if c == b'Z' || c == b'+' || c == b'-' {
            break;
        }
        tzpos += 1;
        if tzpos >= end {
            break;
        }
    }
    let (v, more) = hh_mm_ss_ff(s, start, tzpos).ok()?;
    let mut t = ParsedTime { h: v[0], mi: v[1], s: v[2], us: v[3], tz: None };
    if tzpos >= end {
        return if more { None } else { Some(t) };
    }
    if byte(s, tzpos) == b'Z' {
        if byte(s, tzpos + 1) != 0 {
            return None;
        }
        t.tz = Some((0, 0));
        return Some(t);
    }
    let sign = if byte(s, tzpos) == b'-' { -1 } else { 1 };
    let r = hh_mm_ss_ff(s, tzpos + 1, end);
    let (z, more) = match r {
        Ok(x) => x,
        Err(()) => ([0; 4], true),
    };
    if r.is_err() || more {
        return None;
    }
    t.tz = Some((sign * (z[0] * 3600 + z[1] * 60 + z[2]), sign * z[3]));
    Some(t)
}

/// `time.fromisoformat`'s input: an optional leading `T`.
pub fn parse_time_with_tz(text: &str) -> Option<ParsedTime> {
    let b = text.as_bytes();
    let start = usize::from(byte(b, 0) == b'T');
    if start >= b.len() {
        return None;
    }
    parse_time(b, start)
}

/// Where the date part of an ISO datetime string ends (CPython's
/// `_find_isoformat_datetime_separator`); None when it cannot.
pub fn find_separator(s: &[u8]) -> Option<usize> {
    let len = s.len();
    if len == 7 {
        return Some(7);
    }
    if byte(s, 4) == b'-' {
        if byte(s, 5) == b'W' {
            if len < 8 {
                return None;
            }
            if len > 8 && byte(s, 8) == b'-' {
                if len == 9 {
                    return None;
                }
                if len > 10 && byte(s, 10).is_ascii_digit() {
                    return Some(8);
                }
                return Some(10);
            }
            return Some(8);
        }
        return Some(10);
    }
    if byte(s, 4) == b'W' {
        let mut idx = 7;
        while idx < len && byte(s, idx).is_ascii_digit() {
            idx += 1;
        }
        if idx < 9 {
            return Some(idx);
        }
        return Some(if idx % 2 == 0 { 7 } else { 8 });
    }
    Some(8)
}

/// A fixed-offset tzinfo for parsed offset fields (UTC for zero seconds).
pub fn tz_from_parsed(tz: Option<(i64, i64)>) -> PyResult<Option<PyObj>> {
    match tz {
        None => Ok(None),
        Some((0, _)) => Ok(Some(super::k().utc.clone())),
        Some((secs, us)) => {
            let total = secs as i128 * 1_000_000 + us as i128;
            let d = Delta::from_us(total).ok_or_else(|| PyErr::overflow_error("offset out of range"))?;
            let obj = super::new_delta(d)?;
            Ok(Some(super::tz::new_timezone(d, None, &obj)?))
        }
    }
}
