//! The methods `bytes` and `bytearray` share (search, split, strip, case,
//! padding, predicates, join, replace, translate, fromhex/hex…). Each is
//! written once, generic over the receiver kind, so that a bytearray's
//! results are bytearrays and a bytes' results are bytes. Case mapping and
//! the predicates are ASCII-only, as in CPython.

use crate::abstract_ as ab;
use crate::builtins::split_kwargs;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::Obj;
use crate::types::bytearray::{as_bytearray, bytes_like, new_bytearray};
use crate::types::bytes::new_bytes;
use crate::types::int;
use crate::types::singletons::{bool_obj, none};
use crate::types::str::{as_str, new_string};
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::MethodDef;

/// The receiver kind: how to read it and how to build a result of its type.
pub trait Kind {
    const NAME: &'static str;
    fn data(o: &Obj) -> PyResult<Vec<u8>>;
    fn make(v: Vec<u8>) -> Obj;
}

pub struct Bytes;
pub struct ByteArray;

impl Kind for Bytes {
    const NAME: &'static str = "bytes";
    fn data(o: &Obj) -> PyResult<Vec<u8>> {
        crate::types::bytes::as_bytes(o).map(|b| b.to_vec()).ok_or_else(|| type_error("descriptor requires a 'bytes' object"))
    }
    fn make(v: Vec<u8>) -> Obj {
        new_bytes(&v)
    }
}

impl Kind for ByteArray {
    const NAME: &'static str = "bytearray";
    fn data(o: &Obj) -> PyResult<Vec<u8>> {
        as_bytearray(o).map(|b| b.snapshot()).ok_or_else(|| type_error("descriptor requires a 'bytearray' object"))
    }
    fn make(v: Vec<u8>) -> Obj {
        new_bytearray(v)
    }
}

const WS: &[u8] = b" \t\n\r\x0b\x0c";

fn is_ws(c: u8) -> bool {
    WS.contains(&c)
}

/// A bytes-like argument, or CPython's TypeError.
pub fn arg_bytes(o: &Obj) -> PyResult<Vec<u8>> {
    bytes_like(o).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", o.type_obj().name())))
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(o: &Obj) -> PyResult<Vec<u8>> {
    if int::is_int(o) {
        let i = int::as_i64(o).unwrap_or(-1);
        if !(0..256).contains(&i) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![i as u8]);
    }
    bytes_like(o).ok_or_else(|| type_error(format!("argument should be integer or bytes-like object, not '{}'", o.type_obj().name())))
}

fn no_kwargs(name: &str, k: Option<&Obj>) -> PyResult<()> {
    crate::builtins::no_kwargs(name, k)
}

fn nargs(name: &str, a: &[Obj], lo: usize, hi: usize) -> PyResult<()> {
    if a.len() < lo || a.len() > hi {
        let msg = if lo == hi {
            format!("{name}() takes exactly {lo} argument{} ({} given)", if lo == 1 { "" } else { "s" }, a.len())
        } else if a.len() < lo {
            format!("{name} expected at least {lo} argument{}, got {}", if lo == 1 { "" } else { "s" }, a.len())
        } else {
            format!("{name} expected at most {hi} argument{}, got {}", if hi == 1 { "" } else { "s" }, a.len())
        };
        return Err(type_error(msg));
    }
    Ok(())
}

/// Optional slice bounds (None allowed), clamped as slicing does.
fn bounds(len: usize, start: Option<&Obj>, end: Option<&Obj>) -> PyResult<(i64, i64)> {
    let get = |o: Option<&Obj>, dflt: i64| -> PyResult<i64> {
        match o {
            None => Ok(dflt),
            Some(o) if crate::types::is_none(o) => Ok(dflt),
            Some(o) => {
                let i = ab::slice_index(o)?;
                Ok(int::as_i64(&i).unwrap_or(if int::as_bigint(&i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) { i64::MIN / 4 } else { i64::MAX / 4 }))
            }
        }
    };
    let n = len as i64;
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let s = get(start, 0)?;
    let e = get(end, n)?;
    // A start past the end stays past it (so find(b"", 5) on 3 bytes is -1).
    Ok((if s < 0 { (s + n).max(0) } else { s }, fix(e)))
}

/// Substring search in linear time (Knuth-Morris-Pratt), forwards or
/// backwards, so that `find`, `count`, `split`, `replace`, `partition` and
/// `in` on bytes stay O(n + m) for any input, as CPython's searches do.
pub(crate) struct Searcher<'a> {
    needle: &'a [u8],
    /// `fail[q]`: the longest proper border of the needle's first q+1 bytes
    /// (taken from its end when searching backwards).
    fail: Vec<usize>,
    rev: bool,
}

impl<'a> Searcher<'a> {
    /// A searcher for a non-empty needle.
    pub(crate) fn new(needle: &'a [u8], rev: bool) -> Self {
        let mut s = Searcher { needle, fail: vec![0; needle.len()], rev };
        let mut k = 0;
        for q in 1..needle.len() {
            while k > 0 && s.at(k) != s.at(q) {
                k = s.fail[k - 1];
            }
            if s.at(k) == s.at(q) {
                k += 1;
            }
            s.fail[q] = k;
        }
        s
    }

    fn at(&self, i: usize) -> u8 {
        if self.rev { self.needle[self.needle.len() - 1 - i] } else { self.needle[i] }
    }

    fn step(&self, q: &mut usize, c: u8) -> bool {
        while *q > 0 && self.at(*q) != c {
            *q = self.fail[*q - 1];
        }
        if self.at(*q) == c {
            *q += 1;
        }
        *q == self.needle.len()
    }

    /// Forwards: the start of the first match within `h[from..]`.
    /// Backwards: the start of the last match within `h[..from]`.
    pub(crate) fn search(&self, h: &[u8], from: usize) -> Option<usize> {
        let m = self.needle.len();
        if m == 1 {
            let c = self.needle[0];
            return if self.rev { h[..from].iter().rposition(|&b| b == c) } else { h[from..].iter().position(|&b| b == c).map(|i| i + from) };
        }
        let mut q = 0;
        if self.rev {
            (0..from).rev().find(|&i| self.step(&mut q, h[i]))
        } else {
            (from..h.len()).find(|&i| self.step(&mut q, h[i])).map(|i| i + 1 - m)
        }
    }
}

/// Whether `n` occurs in `h`.
pub(crate) fn contains(h: &[u8], n: &[u8]) -> bool {
    n.is_empty() || (n.len() <= h.len() && Searcher::new(n, false).search(h, 0).is_some())
}

fn find_in(h: &[u8], n: &[u8], s: i64, e: i64, rev: bool) -> Option<usize> {
    if s > h.len() as i64 || e < s {
        return None;
    }
    let (s, e) = (s as usize, e as usize);
    if e - s < n.len() {
        return None;
    }
    if n.is_empty() {
        return Some(if rev { e } else { s });
    }
    let hay = &h[s..e];
    Searcher::new(n, rev).search(hay, if rev { hay.len() } else { 0 }).map(|i| i + s)
}

fn find_common<K: Kind>(name: &str, s: &Obj, a: &[Obj], k: Option<&Obj>, rev: bool) -> PyResult<Option<usize>> {
    no_kwargs(name, k)?;
    nargs(name, a, 1, 3)?;
    let h = K::data(s)?;
    let n = needle(&a[0])?;
    let (st, en) = bounds(h.len(), a.get(1), a.get(2))?;
    Ok(find_in(&h, &n, st, en, rev))
}

fn m_find<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    Ok(int::from_i64(find_common::<K>("find", s, a, k, false)?.map_or(-1, |i| i as i64)))
}
fn m_rfind<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    Ok(int::from_i64(find_common::<K>("rfind", s, a, k, true)?.map_or(-1, |i| i as i64)))
}
fn m_index<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    match find_common::<K>("index", s, a, k, false)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}
fn m_rindex<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    match find_common::<K>("rindex", s, a, k, true)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn m_count<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("count", k)?;
    nargs("count", a, 1, 3)?;
    let h = K::data(s)?;
    let n = needle(&a[0])?;
    let (st, en) = bounds(h.len(), a.get(1), a.get(2))?;
    if st > h.len() as i64 || en < st {
        return Ok(int::from_i64(0));
    }
    let hay = &h[st as usize..en as usize];
    if n.is_empty() {
        return Ok(int::from_i64(hay.len() as i64 + 1));
    }
    let (mut i, mut c) = (0, 0);
    let finder = Searcher::new(&n, false);
    while let Some(at) = finder.search(hay, i) {
        c += 1;
        i = at + n.len();
    }
    Ok(int::from_i64(c))
}

fn affix<K: Kind>(name: &str, s: &Obj, a: &[Obj], k: Option<&Obj>, end: bool) -> PyResult {
    no_kwargs(name, k)?;
    nargs(name, a, 1, 3)?;
    let h = K::data(s)?;
    let (st, en) = bounds(h.len(), a.get(1), a.get(2))?;
    let test = |p: &[u8]| -> bool {
        if st > h.len() as i64 || en < st {
            return false;
        }
        let w = &h[st as usize..en as usize];
        if end {
            w.ends_with(p)
        } else {
            w.starts_with(p)
        }
    };
    let bad = |o: &Obj| type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", o.type_obj().name()));
    if let Some(t) = as_tuple(&a[0]) {
        for p in t.iter() {
            let p = bytes_like(p).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", p.type_obj().name())))?;
            if test(&p) {
                return Ok(bool_obj(true));
            }
        }
        return Ok(bool_obj(false));
    }
    let p = bytes_like(&a[0]).ok_or_else(|| bad(&a[0]))?;
    Ok(bool_obj(test(&p)))
}
fn m_startswith<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    affix::<K>("startswith", s, a, k, false)
}
fn m_endswith<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    affix::<K>("endswith", s, a, k, true)
}

/// (sep, maxsplit) of split/rsplit, positional or by keyword.
fn split_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<(Option<Vec<u8>>, i64)> {
    let (pos, kws) = split_kwargs(a, k);
    if pos.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut sep = pos.first().cloned();
    let mut maxsplit = pos.get(1).cloned();
    for (n, v) in kws {
        match n {
            "sep" if sep.is_none() => sep = Some(v.clone()),
            "maxsplit" if maxsplit.is_none() => maxsplit = Some(v.clone()),
            "sep" | "maxsplit" => return Err(type_error(format!("argument for {name}() given by name ('{n}') and position"))),
            _ => return Err(crate::error::unexpected_kwarg(name, n, &["sep", "maxsplit"])),
        }
    }
    let sep = match sep {
        Some(o) if !crate::types::is_none(&o) => {
            let b = arg_bytes(&o)?;
            if b.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(b)
        }
        _ => None,
    };
    let maxsplit = match maxsplit {
        Some(o) => int::as_i64(&ab::index(&o)?).unwrap_or(i64::MAX),
        None => -1,
    };
    Ok((sep, if maxsplit < 0 { i64::MAX } else { maxsplit }))
}

fn split_ws(h: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = h.len();
    while i < n {
        while i < n && is_ws(h[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if out.len() as i64 == maxsplit {
            // The rest, trailing whitespace included.
            out.push(h[i..].to_vec());
            break;
        }
        let st = i;
        while i < n && !is_ws(h[i]) {
            i += 1;
        }
        out.push(h[st..i].to_vec());
    }
    out
}

fn rsplit_ws(h: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = h.len();
    while i > 0 {
        while i > 0 && is_ws(h[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if out.len() as i64 == maxsplit {
            // The rest, leading whitespace included.
            out.push(h[..i].to_vec());
            break;
        }
        let e = i;
        while i > 0 && !is_ws(h[i - 1]) {
            i -= 1;
        }
        out.push(h[i..e].to_vec());
    }
    out.reverse();
    out
}

fn split_sep(h: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let finder = Searcher::new(sep, false);
    while (out.len() as i64) < maxsplit {
        let Some(i) = finder.search(h, start) else { break };
        out.push(h[start..i].to_vec());
        start = i + sep.len();
    }
    out.push(h[start..].to_vec());
    out
}

fn rsplit_sep(h: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut end = h.len();
    let finder = Searcher::new(sep, true);
    while (out.len() as i64) < maxsplit {
        let Some(i) = finder.search(h, end) else { break };
        out.push(h[i + sep.len()..end].to_vec());
        end = i;
    }
    out.push(h[..end].to_vec());
    out.reverse();
    out
}

fn list_of<K: Kind>(parts: Vec<Vec<u8>>) -> Obj {
    crate::types::list::new_list(parts.into_iter().map(K::make).collect())
}

fn m_split<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (sep, max) = split_args("split", a, k)?;
    let h = K::data(s)?;
    Ok(list_of::<K>(match sep {
        None => split_ws(&h, max),
        Some(sep) => split_sep(&h, &sep, max),
    }))
}
fn m_rsplit<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (sep, max) = split_args("rsplit", a, k)?;
    let h = K::data(s)?;
    Ok(list_of::<K>(match sep {
        None => rsplit_ws(&h, max),
        Some(sep) => rsplit_sep(&h, &sep, max),
    }))
}

fn m_splitlines<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    if pos.len() + kws.len() > 1 {
        return Err(type_error(format!("splitlines() takes at most 1 argument ({} given)", pos.len() + kws.len())));
    }
    let mut keep = pos.first().cloned();
    for (n, v) in kws {
        if n == "keepends" {
            keep = Some(v.clone());
        } else {
            return Err(type_error(format!("splitlines() got an unexpected keyword argument '{n}'")));
        }
    }
    let keep = match keep {
        Some(o) => ab::is_true(&o)?,
        None => false,
    };
    let h = K::data(s)?;
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < h.len() {
        let eol = match h[i] {
            b'\r' if h.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        out.push(h[start..if keep { i + eol } else { i }].to_vec());
        i += eol;
        start = i;
    }
    if start < h.len() {
        out.push(h[start..].to_vec());
    }
    Ok(list_of::<K>(out))
}

fn partition<K: Kind>(name: &str, s: &Obj, a: &[Obj], k: Option<&Obj>, rev: bool) -> PyResult {
    no_kwargs(name, k)?;
    nargs(name, a, 1, 1)?;
    let h = K::data(s)?;
    let sep = arg_bytes(&a[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match find_in(&h, &sep, 0, h.len() as i64, rev) {
        Some(i) => [h[..i].to_vec(), sep.clone(), h[i + sep.len()..].to_vec()],
        None if rev => [vec![], vec![], h.clone()],
        None => [h.clone(), vec![], vec![]],
    };
    Ok(new_tuple(parts.into_iter().map(K::make).collect()))
}
fn m_partition<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    partition::<K>("partition", s, a, k, false)
}
fn m_rpartition<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    partition::<K>("rpartition", s, a, k, true)
}

fn strip<K: Kind>(name: &str, s: &Obj, a: &[Obj], k: Option<&Obj>, left: bool, right: bool) -> PyResult {
    no_kwargs(name, k)?;
    nargs(name, a, 0, 1)?;
    let h = K::data(s)?;
    let chars = match a.first() {
        Some(o) if !crate::types::is_none(o) => arg_bytes(o)?,
        _ => WS.to_vec(),
    };
    let mut st = 0;
    let mut en = h.len();
    if left {
        while st < en && chars.contains(&h[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && chars.contains(&h[en - 1]) {
            en -= 1;
        }
    }
    Ok(K::make(h[st..en].to_vec()))
}
fn m_strip<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    strip::<K>("strip", s, a, k, true, true)
}
fn m_lstrip<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    strip::<K>("lstrip", s, a, k, true, false)
}
fn m_rstrip<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    strip::<K>("rstrip", s, a, k, false, true)
}

fn map_bytes<K: Kind>(name: &str, s: &Obj, a: &[Obj], k: Option<&Obj>, f: impl FnOnce(&[u8]) -> Vec<u8>) -> PyResult {
    no_kwargs(name, k)?;
    nargs(name, a, 0, 0)?;
    Ok(K::make(f(&K::data(s)?)))
}
fn m_upper<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    map_bytes::<K>("upper", s, a, k, |h| h.to_ascii_uppercase())
}
fn m_lower<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    map_bytes::<K>("lower", s, a, k, |h| h.to_ascii_lowercase())
}
fn m_swapcase<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    map_bytes::<K>("swapcase", s, a, k, |h| {
        h.iter().map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
    })
}
fn m_capitalize<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    map_bytes::<K>("capitalize", s, a, k, |h| {
        h.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}
fn m_title<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    map_bytes::<K>("title", s, a, k, |h| {
        let mut prev_cased = false;
        h.iter()
            .map(|&c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate<K: Kind>(name: &str, s: &Obj, a: &[Obj], k: Option<&Obj>, f: impl FnOnce(&[u8]) -> bool) -> PyResult {
    no_kwargs(name, k)?;
    nargs(name, a, 0, 0)?;
    Ok(bool_obj(f(&K::data(s)?)))
}
fn m_isdigit<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("isdigit", s, a, k, |h| !h.is_empty() && h.iter().all(u8::is_ascii_digit))
}
fn m_isalpha<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("isalpha", s, a, k, |h| !h.is_empty() && h.iter().all(u8::is_ascii_alphabetic))
}
fn m_isalnum<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("isalnum", s, a, k, |h| !h.is_empty() && h.iter().all(u8::is_ascii_alphanumeric))
}
fn m_isspace<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("isspace", s, a, k, |h| !h.is_empty() && h.iter().all(|&c| is_ws(c)))
}
fn m_isascii<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("isascii", s, a, k, |h| h.is_ascii())
}
fn m_islower<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("islower", s, a, k, |h| h.iter().any(u8::is_ascii_lowercase) && !h.iter().any(u8::is_ascii_uppercase))
}
fn m_isupper<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("isupper", s, a, k, |h| h.iter().any(u8::is_ascii_uppercase) && !h.iter().any(u8::is_ascii_lowercase))
}
fn m_istitle<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    predicate::<K>("istitle", s, a, k, |h| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in h {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn fill_arg(name: &str, a: &[Obj]) -> PyResult<(usize, u8)> {
    nargs(name, a, 1, 2)?;
    let w = int::as_i64(&ab::index(&a[0])?).unwrap_or(0).max(0) as usize;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => match bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    f.type_obj().name()
                )))
            }
        },
    };
    Ok((w, fill))
}
fn pad<K: Kind>(name: &str, s: &Obj, a: &[Obj], k: Option<&Obj>, left_share: fn(usize, usize) -> usize) -> PyResult {
    no_kwargs(name, k)?;
    let (w, fill) = fill_arg(name, a)?;
    let h = K::data(s)?;
    if w <= h.len() {
        return Ok(K::make(h));
    }
    let total = w - h.len();
    let left = left_share(total, w);
    let mut v = Vec::new();
    crate::error::reserve(&mut v, w)?;
    v.resize(left, fill);
    v.extend_from_slice(&h);
    v.resize(w, fill);
    Ok(K::make(v))
}
fn m_center<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    // The odd fill byte goes left when both the padding and the width are odd.
    pad::<K>("center", s, a, k, |total, width| total / 2 + (total & width & 1))
}
fn m_ljust<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pad::<K>("ljust", s, a, k, |_, _| 0)
}
fn m_rjust<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pad::<K>("rjust", s, a, k, |total, _| total)
}
fn m_zfill<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("zfill", k)?;
    nargs("zfill", a, 1, 1)?;
    let w = int::as_i64(&ab::index(&a[0])?).unwrap_or(0).max(0) as usize;
    let h = K::data(s)?;
    if w <= h.len() {
        return Ok(K::make(h));
    }
    let sign = matches!(h.first(), Some(b'+') | Some(b'-'));
    let mut v = Vec::new();
    crate::error::reserve(&mut v, w)?;
    if sign {
        v.push(h[0]);
    }
    v.resize(v.len() + (w - h.len()), b'0');
    v.extend_from_slice(&h[sign as usize..]);
    Ok(K::make(v))
}
fn m_expandtabs<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    if pos.len() + kws.len() > 1 {
        return Err(type_error(format!("expandtabs() takes at most 1 argument ({} given)", pos.len() + kws.len())));
    }
    let mut ts = pos.first().cloned();
    for (n, v) in kws {
        if n == "tabsize" {
            ts = Some(v.clone());
        } else {
            return Err(type_error(format!("expandtabs() got an unexpected keyword argument '{n}'")));
        }
    }
    let ts = match ts {
        Some(o) => int::as_i64(&ab::index(&o)?).unwrap_or(8),
        None => 8,
    };
    let h = K::data(s)?;
    let mut v = Vec::with_capacity(h.len());
    let mut col = 0i64;
    for &c in &h {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    v.resize(v.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                v.push(c);
                col = 0;
            }
            _ => {
                v.push(c);
                col += 1;
            }
        }
    }
    Ok(K::make(v))
}

fn m_join<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("join", k)?;
    nargs("join", a, 1, 1)?;
    let sep = K::data(s)?;
    // A bytearray separator stays exported while the iterable runs.
    let _export = crate::types::bytearray::as_bytearray(s).map(|b| b.export());
    let items = ab::collect(&a[0])?;
    let mut v = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let b = bytes_like(it).ok_or_else(|| type_error(format!("sequence item {i}: expected a bytes-like object, {} found", it.type_obj().name())))?;
        if i > 0 {
            v.extend_from_slice(&sep);
        }
        v.extend_from_slice(&b);
    }
    Ok(K::make(v))
}

fn m_replace<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("replace", k)?;
    nargs("replace", a, 2, 3)?;
    let h = K::data(s)?;
    let old = arg_bytes(&a[0])?;
    let new = arg_bytes(&a[1])?;
    let mut count = match a.get(2) {
        Some(c) => int::as_i64(&ab::index(c)?).unwrap_or(i64::MAX),
        None => -1,
    };
    if count < 0 {
        count = i64::MAX;
    }
    let mut v = Vec::with_capacity(h.len());
    if old.is_empty() {
        let mut n = 0;
        for (i, &c) in h.iter().enumerate() {
            if n < count {
                v.extend_from_slice(&new);
                n += 1;
            }
            v.push(c);
            let _ = i;
        }
        if n < count {
            v.extend_from_slice(&new);
        }
        return Ok(K::make(v));
    }
    let mut i = 0;
    let mut n = 0;
    let finder = Searcher::new(&old, false);
    while n < count {
        let Some(at) = finder.search(&h, i) else { break };
        v.extend_from_slice(&h[i..at]);
        v.extend_from_slice(&new);
        i = at + old.len();
        n += 1;
    }
    v.extend_from_slice(&h[i..]);
    Ok(K::make(v))
}

fn m_removeprefix<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("removeprefix", k)?;
    nargs("removeprefix", a, 1, 1)?;
    let h = K::data(s)?;
    let p = arg_bytes(&a[0])?;
    Ok(K::make(h.strip_prefix(p.as_slice()).unwrap_or(&h).to_vec()))
}
fn m_removesuffix<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("removesuffix", k)?;
    nargs("removesuffix", a, 1, 1)?;
    let h = K::data(s)?;
    let p = arg_bytes(&a[0])?;
    Ok(K::make(h.strip_suffix(p.as_slice()).unwrap_or(&h).to_vec()))
}

fn m_translate<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    if pos.is_empty() {
        return Err(type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    nargs("translate", pos, 1, 2)?;
    let mut delete = pos.get(1).cloned();
    for (n, v) in kws {
        if n == "delete" {
            delete = Some(v.clone());
        } else {
            return Err(type_error(format!("translate() got an unexpected keyword argument '{n}'")));
        }
    }
    let table = if crate::types::is_none(&pos[0]) {
        None
    } else {
        let t = arg_bytes(&pos[0])?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => arg_bytes(&d)?,
        None => vec![],
    };
    let h = K::data(s)?;
    let v = h.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect();
    Ok(K::make(v))
}

/// `bytes.maketrans(from, to)` (a static method: the receiver is ignored).
fn s_maketrans(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("maketrans", k)?;
    if a.len() != 2 {
        return Err(type_error(format!("maketrans expected 2 arguments, got {}", a.len())));
    }
    let (f, t) = (arg_bytes(&a[0])?, arg_bytes(&a[1])?);
    if f.len() != t.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (x, y) in f.iter().zip(t.iter()) {
        table[*x as usize] = *y;
    }
    Ok(new_bytes(&table))
}

fn parse_hex(s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let digit = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        // CPython's Py_ISSPACE: the ASCII whitespace including \v.
        if b[i].is_ascii_whitespace() || b[i] == 0x0b {
            i += 1;
            continue;
        }
        let hi = digit(b[i]).ok_or_else(|| value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")))?;
        let lo = match b.get(i + 1) {
            Some(&c) => digit(c).ok_or_else(|| value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))?,
            None => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn fromhex_arg(a: &[Obj], k: Option<&Obj>) -> PyResult<Vec<u8>> {
    no_kwargs("fromhex", k)?;
    nargs("fromhex", a, 1, 1)?;
    let name = if crate::types::is_none(&a[0]) { "None" } else { a[0].type_obj().name() };
    let s = as_str(&a[0]).ok_or_else(|| type_error(format!("fromhex() argument must be str, not {name}")))?;
    parse_hex(s)
}
fn c_bytes_fromhex(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some((cls, a)) = a.split_first() else { return Err(type_error("fromhex() needs a class")) };
    crate::types::function::classmethod_result(cls, &crate::types::bytes::BYTES_TYPE, new_bytes(&fromhex_arg(a, k)?))
}
fn c_bytearray_fromhex(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some((cls, a)) = a.split_first() else { return Err(type_error("fromhex() needs a class")) };
    crate::types::function::classmethod_result(cls, &crate::types::bytearray::BYTEARRAY_TYPE, new_bytearray(fromhex_arg(a, k)?))
}

/// `hex(sep=..., bytes_per_sep=1)`: groups counted from the right for a
/// positive `bytes_per_sep`, from the left for a negative one.
fn m_hex<K: Kind>(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    if pos.len() > 2 {
        return Err(type_error(format!("hex() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut sep = pos.first().cloned();
    let mut per = pos.get(1).cloned();
    for (n, v) in kws {
        match n {
            "sep" => sep = Some(v.clone()),
            "bytes_per_sep" => per = Some(v.clone()),
            _ => return Err(type_error(format!("hex() got an unexpected keyword argument '{n}'"))),
        }
    }
    let h = K::data(s)?;
    let hex: Vec<String> = h.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep else { return Ok(new_string(hex.concat())) };
    let sep = if let Some(t) = as_str(&sep) {
        t.to_string()
    } else if let Some(b) = bytes_like(&sep) {
        String::from_utf8_lossy(&b).into_owned()
    } else {
        // CPython takes the separator's length before checking its type.
        let n = crate::abstract_::len(&sep)?;
        return Err(if n == 1 { type_error("sep must be str or bytes.") } else { value_error("sep must be length 1.") });
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(p) => int::as_i64(&ab::index(&p)?).unwrap_or(1),
        None => 1,
    };
    if per == 0 || hex.is_empty() {
        return Ok(new_string(hex.concat()));
    }
    let g = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = hex.len() % g;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        groups.extend(hex[first..].chunks(g).map(|c| c.concat()));
    } else {
        groups.extend(hex.chunks(g).map(|c| c.concat()));
    }
    Ok(new_string(groups.join(&sep)))
}

/// `bytes * n` and `n * bytes` (also for bytearray).
pub fn repeat<K: Kind>(a: &Obj, b: &Obj) -> PyResult {
    let (seq, n) = if int::is_int(b) { (a, b) } else { (b, a) };
    if !int::is_int(n) {
        return Ok(crate::types::singletons::not_implemented());
    }
    let h = K::data(seq)?;
    let n = match int::as_i64(n) {
        Some(n) => n.max(0) as usize,
        None if int::as_bigint(n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) => 0,
        None => return Err(PyErr::new(&crate::types::exceptions::OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")),
    };
    // An exact bytes repeated once is itself, as in CPython.
    if n == 1 && seq.type_ptr() == &crate::types::bytes::BYTES_TYPE as *const _ {
        return Ok(seq.clone());
    }
    if !h.is_empty() && n > (isize::MAX as usize) / h.len() {
        return Err(PyErr::empty(&crate::types::exceptions::MEMORY_ERROR));
    }
    let mut v = Vec::new();
    crate::error::reserve(&mut v, h.len() * n)?;
    for _ in 0..n {
        v.extend_from_slice(&h);
    }
    Ok(K::make(v))
}

macro_rules! shared_methods {
    ($k:ty, $hexdoc:expr) => {
        [
            MethodDef { name: "count", func: m_count::<$k>, doc: "" },
            MethodDef { name: "find", func: m_find::<$k>, doc: "" },
            MethodDef { name: "rfind", func: m_rfind::<$k>, doc: "" },
            MethodDef { name: "index", func: m_index::<$k>, doc: "" },
            MethodDef { name: "rindex", func: m_rindex::<$k>, doc: "" },
            MethodDef { name: "startswith", func: m_startswith::<$k>, doc: "" },
            MethodDef { name: "endswith", func: m_endswith::<$k>, doc: "" },
            MethodDef { name: "split", func: m_split::<$k>, doc: "" },
            MethodDef { name: "rsplit", func: m_rsplit::<$k>, doc: "" },
            MethodDef { name: "splitlines", func: m_splitlines::<$k>, doc: "" },
            MethodDef { name: "partition", func: m_partition::<$k>, doc: "" },
            MethodDef { name: "rpartition", func: m_rpartition::<$k>, doc: "" },
            MethodDef { name: "strip", func: m_strip::<$k>, doc: "" },
            MethodDef { name: "lstrip", func: m_lstrip::<$k>, doc: "" },
            MethodDef { name: "rstrip", func: m_rstrip::<$k>, doc: "" },
            MethodDef { name: "upper", func: m_upper::<$k>, doc: "" },
            MethodDef { name: "lower", func: m_lower::<$k>, doc: "" },
            MethodDef { name: "swapcase", func: m_swapcase::<$k>, doc: "" },
            MethodDef { name: "capitalize", func: m_capitalize::<$k>, doc: "" },
            MethodDef { name: "title", func: m_title::<$k>, doc: "" },
            MethodDef { name: "isdigit", func: m_isdigit::<$k>, doc: "" },
            MethodDef { name: "isalpha", func: m_isalpha::<$k>, doc: "" },
            MethodDef { name: "isalnum", func: m_isalnum::<$k>, doc: "" },
            MethodDef { name: "isspace", func: m_isspace::<$k>, doc: "" },
            MethodDef { name: "isascii", func: m_isascii::<$k>, doc: "" },
            MethodDef { name: "islower", func: m_islower::<$k>, doc: "" },
            MethodDef { name: "isupper", func: m_isupper::<$k>, doc: "" },
            MethodDef { name: "istitle", func: m_istitle::<$k>, doc: "" },
            MethodDef { name: "center", func: m_center::<$k>, doc: "" },
            MethodDef { name: "ljust", func: m_ljust::<$k>, doc: "" },
            MethodDef { name: "rjust", func: m_rjust::<$k>, doc: "" },
            MethodDef { name: "zfill", func: m_zfill::<$k>, doc: "" },
            MethodDef { name: "expandtabs", func: m_expandtabs::<$k>, doc: "" },
            MethodDef { name: "join", func: m_join::<$k>, doc: "" },
            MethodDef { name: "replace", func: m_replace::<$k>, doc: "" },
            MethodDef { name: "removeprefix", func: m_removeprefix::<$k>, doc: "" },
            MethodDef { name: "removesuffix", func: m_removesuffix::<$k>, doc: "" },
            MethodDef { name: "translate", func: m_translate::<$k>, doc: "" },
            MethodDef { name: "hex", func: m_hex::<$k>, doc: $hexdoc },
        ]
    };
}

pub const SHARED_COUNT: usize = 39;
/// `hex`'s doc: what it writes, then examples on each type (doctest runs them).
macro_rules! hex_doc {
    ($ex:literal) => {
        concat!(
            "Write each byte as two hexadecimal digits. sep (one character, str or bytes) goes between ",
            "groups of bytes_per_sep bytes, counted from the right end (from the left when bytes_per_sep ",
            "is negative).\n\n",
            $ex
        )
    };
}
pub(crate) const MEMORYVIEW_HEX_DOC: &str = hex_doc!(">>> memoryview(b'pyk').hex()\n'70796b'\n>>> memoryview(b'pyk').hex('.')\n'70.79.6b'");
pub static BYTES_SHARED: [MethodDef; SHARED_COUNT] =
    shared_methods!(Bytes, hex_doc!(">>> b'\\x01\\xab\\xff'.hex()\n'01abff'\n>>> b'\\x01\\xab\\xff'.hex(':')\n'01:ab:ff'\n>>> b'\\x01\\xab\\xff\\x10'.hex(' ', 2)\n'01ab ff10'"));
pub static BYTEARRAY_SHARED: [MethodDef; SHARED_COUNT] =
    shared_methods!(ByteArray, hex_doc!(">>> bytearray(b'\\x0f\\xf0').hex()\n'0ff0'\n>>> bytearray(b'\\x0f\\xf0\\x01').hex('-', -2)\n'0ff0-01'"));

/// Puts the class-level entries (`fromhex`, `maketrans`) in the bytes and
/// bytearray type dicts. Called once from `types::ready_all`.
pub fn ready() {
    use crate::types::bytearray::BYTEARRAY_TYPE;
    use crate::types::bytes::BYTES_TYPE;
    use crate::types::dict::set_item_str;
    use crate::types::function::new_builtin;
    for m in BYTES_SHARED.iter() {
        set_item_str(BYTES_TYPE.dict(), m.name, crate::types::function::new_method_descr(&BYTES_TYPE, m));
    }
    for m in BYTEARRAY_SHARED.iter() {
        set_item_str(BYTEARRAY_TYPE.dict(), m.name, crate::types::function::new_method_descr(&BYTEARRAY_TYPE, m));
    }
    set_item_str(BYTES_TYPE.dict(), "fromhex", crate::types::function::builtin_classmethod("fromhex", c_bytes_fromhex, &BYTES_TYPE));
    set_item_str(BYTEARRAY_TYPE.dict(), "fromhex", crate::types::function::builtin_classmethod("fromhex", c_bytearray_fromhex, &BYTEARRAY_TYPE));
    set_item_str(BYTES_TYPE.dict(), "maketrans", new_builtin("maketrans", s_maketrans, none(), Some("builtins")));
    set_item_str(BYTEARRAY_TYPE.dict(), "maketrans", new_builtin("maketrans", s_maketrans, none(), Some("builtins")));
}
