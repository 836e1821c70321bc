//! `str`: immutable UTF-8 text with a cached hash and character count.
//! Names used by code (identifiers) are interned and immortal.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicIsize, Ordering};
use std::sync::{Mutex, OnceLock};

use pyk_abi::opcode::CompareOp;
use pyk_abi::surrogate::code_point;
use pyk_abi::value::{ObjHeader, IMMORTAL_REFCNT};

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::int::{self, cmp_result};
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct StrObject {
    pub header: ObjHeader,
    /// -1 until computed.
    pub hash: AtomicI64,
    pub nchars: usize,
    pub data: Box<str>,
}

pub fn new_str(s: &str) -> Obj {
    alloc(StrObject { header: new_header(&STR_TYPE), hash: AtomicI64::new(-1), nchars: s.chars().count(), data: s.into() })
}

pub fn new_string(s: String) -> Obj {
    let nchars = s.chars().count();
    alloc(StrObject { header: new_header(&STR_TYPE), hash: AtomicI64::new(-1), nchars, data: s.into_boxed_str() })
}

static INTERNED: OnceLock<Mutex<HashMap<Box<str>, usize>>> = OnceLock::new();

/// The interned (immortal, unique) str for `s`.
pub fn intern(s: &str) -> Obj {
    let map = INTERNED.get_or_init(|| Mutex::new(HashMap::new()));
    let mut m = map.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&v) = m.get(s) {
        return Obj::from_borrowed(pyk_abi::Value(v));
    }
    let o = new_str(s);
    // SAFETY: freshly allocated str we own; making it immortal means it is
    // never freed, which the interning table relies on.
    unsafe { (*o.value().as_ptr()).refcnt = AtomicIsize::new(IMMORTAL_REFCNT) };
    m.insert(s.into(), o.value().0);
    o
}

/// `sys.intern(o)` for an exact str `o`: the interned equal string, or `o`
/// itself, made immortal and entered in the table, when none is yet (as
/// CPython, which interns the object it is given).
pub fn intern_obj(o: &Obj, s: &str) -> Obj {
    let map = INTERNED.get_or_init(|| Mutex::new(HashMap::new()));
    let mut m = map.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&v) = m.get(s) {
        return Obj::from_borrowed(pyk_abi::Value(v));
    }
    // SAFETY: `o` is a live str; adding IMMORTAL_REFCNT atomically keeps
    // every concurrent count change and leaves the count at or above the
    // immortal threshold, so the object is never freed, which the table's
    // borrowed entry relies on.
    unsafe { (*o.value().as_ptr()).refcnt.fetch_add(IMMORTAL_REFCNT, std::sync::atomic::Ordering::Relaxed) };
    m.insert(s.into(), o.value().0);
    o.clone()
}

const STATIC_NAMES_SIZE: usize = 256;

thread_local! {
    static STATIC_NAMES: std::cell::RefCell<[(usize, usize); STATIC_NAMES_SIZE]> =
        const { std::cell::RefCell::new([(0, 0); STATIC_NAMES_SIZE]) };
}

/// `intern` for string literals, cached per thread by the literal's address
/// (no global lock on the hot paths that look up dunder names).
#[inline]
pub fn istr(s: &'static str) -> Obj {
    let key = s.as_ptr() as usize ^ (s.len() << 48);
    let idx = (key >> 3) % STATIC_NAMES_SIZE;
    let hit = STATIC_NAMES.with(|m| {
        let e = m.borrow()[idx];
        if e.0 == key { Some(e.1) } else { None }
    });
    let v = match hit {
        Some(v) => v,
        None => {
            let v = intern(s).value().0;
            STATIC_NAMES.with(|m| m.borrow_mut()[idx] = (key, v));
            v
        }
    };
    // SAFETY: interned strings are immortal, so no count is owned.
    unsafe { Obj::from_raw(pyk_abi::Value(v)) }
}

#[inline(always)]
pub fn as_str_obj(o: &Obj) -> Option<&StrObject> {
    o.downcast::<StrObject>(&STR_TYPE)
}

#[inline(always)]
pub fn as_str(o: &Obj) -> Option<&str> {
    as_str_obj(o).map(|s| &*s.data)
}

static HASH_KEYS: OnceLock<std::hash::RandomState> = OnceLock::new();
static FIXED_SEED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Seeds string hashing: `true` (PYTHONHASHSEED=0) makes hashes the same in
/// every process; otherwise the keys are random per process.
pub fn init_hash(fixed: bool) {
    FIXED_SEED.store(fixed, Ordering::Relaxed);
    let _ = HASH_KEYS.set(std::hash::RandomState::new());
}

/// SipHash-1-3 of `b` with the process's keys.
pub fn hash_bytes(b: &[u8]) -> i64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = if FIXED_SEED.load(Ordering::Relaxed) {
        std::hash::DefaultHasher::new()
    } else {
        HASH_KEYS.get_or_init(std::hash::RandomState::new).build_hasher()
    };
    h.write(b);
    let v = h.finish() as i64;
    if v == -1 { -2 } else { v }
}

/// The hash of text as CPython computes it: SipHash over the string's
/// canonical storage (Latin-1, UCS-2 or UCS-4 code units); "" hashes to 0.
pub fn hash_text(t: &str) -> i64 {
    if t.is_empty() {
        return 0;
    }
    if t.is_ascii() {
        return hash_bytes(t.as_bytes());
    }
    let max = t.chars().map(code_point).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(t.len() * 2);
    for c in t.chars() {
        let u = code_point(c);
        if max < 0x100 {
            buf.push(u as u8);
        } else if max < 0x10000 {
            buf.extend_from_slice(&(u as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&u.to_le_bytes());
        }
    }
    hash_bytes(&buf)
}

#[inline(always)]
pub fn str_hash_of(s: &StrObject) -> i64 {
    let h = s.hash.load(Ordering::Relaxed);
    if h != -1 {
        return h;
    }
    let h = hash_text(&s.data);
    s.hash.store(h, Ordering::Relaxed);
    h
}

fn str_hash(o: &Obj) -> PyResult<i64> {
    Ok(str_hash_of(as_str_obj(o).ok_or_else(|| type_error("str expected"))?))
}

/// Python's repr of a str.
pub fn repr_str(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if py_isprintable(c) => out.push(c),
            c => out.push_str(&char_escape(c)),
        }
    }
    out.push(q);
    out
}

fn str_repr(o: &Obj) -> PyResult {
    Ok(new_string(repr_str(as_str(o).unwrap_or(""))))
}

fn str_str(o: &Obj) -> PyResult {
    Ok(o.clone())
}

fn str_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => Ok(bool_obj(cmp_result(cmp_text(x, y), op))),
        _ => Ok(not_implemented()),
    }
}

/// Code-point order of two texts. UTF-8 byte order is code-point order
/// except where a lone surrogate's stand-in (U+DD800..) meets a character
/// between U+E000 and U+DD7FF, so only the first differing character is
/// looked at again.
pub fn cmp_text(x: &str, y: &str) -> std::cmp::Ordering {
    let o = x.cmp(y);
    if o == std::cmp::Ordering::Equal {
        return o;
    }
    let Some(i) = x.bytes().zip(y.bytes()).position(|(a, b)| a != b) else { return o };
    let mut s = i;
    while !x.is_char_boundary(s) {
        s -= 1;
    }
    match (x[s..].chars().next(), y[s..].chars().next()) {
        (Some(cx), Some(cy)) if pyk_abi::surrogate::is_surrogate(cx) || pyk_abi::surrogate::is_surrogate(cy) => code_point(cx).cmp(&code_point(cy)),
        _ => o,
    }
}

fn str_add(a: &Obj, b: &Obj) -> PyResult {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(new_string(s))
        }
        (Some(_), None) => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.type_obj().name()
        ))),
        _ => Ok(not_implemented()),
    }
}

fn str_mul(a: &Obj, b: &Obj) -> PyResult {
    let (s, n) = match (as_str(a), as_str(b)) {
        (Some(s), None) => (s, b),
        (None, Some(s)) => (s, a),
        _ => return Ok(not_implemented()),
    };
    let n = match int::as_i64(n) {
        Some(n) => n,
        None if int::is_int(n) => return Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
        None => return Ok(not_implemented()),
    };
    if n <= 0 {
        return Ok(new_str(""));
    }
    // An exact str repeated once is itself, as in CPython.
    let seq = if as_str(a).is_some() { a } else { b };
    if n == 1 && seq.type_ptr() == &STR_TYPE as *const _ {
        return Ok(seq.clone());
    }
    if (s.len() as u128) * (n as u128) > (isize::MAX as u128) / 2 {
        return Err(crate::error::memory_error(""));
    }
    let mut out = String::new();
    crate::error::reserve_str(&mut out, s.len() * n as usize)?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(new_string(out))
}

fn str_len(o: &Obj) -> PyResult<usize> {
    Ok(as_str_obj(o).map(|s| s.nchars).unwrap_or(0))
}

fn str_bool(o: &Obj) -> PyResult<bool> {
    Ok(!as_str(o).unwrap_or("").is_empty())
}

fn str_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    match as_str(x) {
        Some(n) => Ok(as_str(o).unwrap_or("").contains(n)),
        None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", x.type_obj().name()))),
    }
}

/// A str's text with its character count, for char-indexed operations.
#[derive(Clone, Copy)]
struct Text<'a> {
    s: &'a str,
    n: usize,
}

impl<'a> Text<'a> {
    fn of(o: &'a Obj) -> Text<'a> {
        match as_str_obj(o) {
            Some(so) => Text { s: &so.data, n: so.nchars },
            None => Text { s: "", n: 0 },
        }
    }

    fn ascii(&self) -> bool {
        self.s.len() == self.n
    }

    /// Byte offset of character `ci` (the end when `ci >= n`).
    fn off(&self, ci: usize) -> usize {
        if ci >= self.n {
            self.s.len()
        } else if self.ascii() {
            ci
        } else {
            self.s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }

    /// Characters `a..b` (clamped) as a str slice.
    fn slice(&self, a: usize, b: usize) -> &'a str {
        if a >= b {
            return "";
        }
        let x = self.off(a);
        let y = if self.ascii() { b.min(self.n) } else { x + self.s[x..].char_indices().nth(b - a).map(|(i, _)| i).unwrap_or(self.s.len() - x) };
        &self.s[x..y]
    }
}

fn this(o: &Obj) -> &str {
    as_str(o).unwrap_or("")
}

fn str_getitem(o: &Obj, k: &Obj) -> PyResult {
    let t = Text::of(o);
    if let Some(i) = int::as_i64(k) {
        let n = t.n as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("string index out of range"));
        }
        return Ok(new_str(t.slice(j as usize, j as usize + 1)));
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        if crate::types::is_none(&sl.step) || int::as_i64(&sl.step) == Some(1) {
            let (a, b) = sl.bounds(t.n)?;
            return Ok(new_str(t.slice(a, b)));
        }
        let idx = sl.indices(t.n)?;
        if t.ascii() {
            let b = t.s.as_bytes();
            return Ok(new_string(idx.into_iter().map(|j| b[j] as char).collect()));
        }
        let chars: Vec<char> = t.s.chars().collect();
        return Ok(new_string(idx.into_iter().map(|j| chars[j]).collect()));
    }
    if int::is_int(k) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(f) = k.type_obj().number.index {
        let i = f(k)?;
        return str_getitem(o, &i);
    }
    Err(type_error(format!("string indices must be integers, not '{}'", k.type_obj().name())))
}

fn str_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let npos = args.len() - kw.and_then(crate::types::tuple::as_tuple).map_or(0, |k| k.len());
    if npos > 3 {
        return Err(type_error(format!("str expected at most 3 arguments, got {npos}")));
    }
    let p = crate::types::int::bind_args("str", args, kw, &["object", "encoding", "errors"], 3, 0)?;
    let Some(x) = p[0] else { return Ok(new_str("")) };
    if p[1].is_none() && p[2].is_none() {
        return crate::abstract_::str(x);
    }
    let utf8 = new_str("utf-8");
    let (enc, errors) = crate::types::bytes::codec_args("str", p[1].unwrap_or(&utf8), p[2])?;
    match crate::types::bytearray::bytes_like(x) {
        Some(b) => crate::types::bytes::decode_to_str(&b, enc, errors),
        None if as_str(x).is_some() => Err(type_error("decoding str is not supported")),
        None => Err(type_error(format!("decoding to str: need a bytes-like object, {} found", x.type_obj().name()))),
    }
}

// ---- argument handling -------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn has_kwargs(k: Option<&Obj>) -> bool {
    k.and_then(crate::types::tuple::as_tuple).is_some_and(|t| !t.is_empty())
}

/// Positional-only arguments, `min..=max` of them ("find expected at least 1 argument, got 0").
fn pos_args<'a>(name: &str, a: &'a [Obj], k: Option<&Obj>, min: usize, max: usize) -> PyResult<&'a [Obj]> {
    if has_kwargs(k) {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    if a.len() < min {
        return Err(type_error(format!("{name} expected at least {min} argument{}, got {}", plural(min), a.len())));
    }
    if a.len() > max {
        return Err(type_error(format!("{name} expected at most {max} argument{}, got {}", plural(max), a.len())));
    }
    Ok(a)
}

fn no_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    if has_kwargs(k) {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    if !a.is_empty() {
        return Err(type_error(format!("str.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

fn one_arg<'a>(name: &str, a: &'a [Obj], k: Option<&Obj>) -> PyResult<&'a Obj> {
    if has_kwargs(k) {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    match a {
        [x] => Ok(x),
        _ => Err(type_error(format!("str.{name}() takes exactly one argument ({} given)", a.len()))),
    }
}

/// Arguments of a method that accepts keywords: `names[..npos]` are
/// positional-only, `min` are required.
/// Binds positional and keyword arguments to `names` (the first `npos` are
/// positional-only; at least `min` must be given positionally), with
/// CPython's argument errors.
pub(crate) fn kw_args<'a>(fname: &str, a: &'a [Obj], k: Option<&'a Obj>, names: &[&str], npos: usize, min: usize) -> PyResult<Vec<Option<&'a Obj>>> {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let total = pos.len() + kws.len();
    if total > names.len() {
        return Err(type_error(format!("{fname}() takes at most {} argument{} ({total} given)", names.len(), plural(names.len()))));
    }
    if pos.len() < min {
        return Err(type_error(format!("{fname}() takes at least {min} positional argument{} ({} given)", plural(min), pos.len())));
    }
    let mut out: Vec<Option<&Obj>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (name, v) in kws {
        match names.iter().position(|n| *n == name) {
            Some(i) if i >= npos => {
                if out[i].is_some() {
                    return Err(type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
                }
                out[i] = Some(v);
            }
            _ => return Err(crate::error::unexpected_kwarg(fname, name, &names[npos..])),
        }
    }
    Ok(out)
}

/// An index-sized integer (`__index__`), as CPython's Py_ssize_t arguments.
fn ssize_arg(o: &Obj) -> PyResult<i64> {
    let i = crate::abstract_::index(o)?;
    int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))
}

fn str_arg(o: &Obj, what: impl FnOnce() -> String) -> PyResult<&str> {
    as_str(o).ok_or_else(|| {
        let what = what();
        // Argument Clinic's messages ("f() argument ...") name None itself rather than its type.
        let name = if crate::types::is_none(o) && what.contains("() argument") { "None" } else { o.type_obj().name() };
        type_error(format!("{what}, not {name}"))
    })
}

fn slice_index(o: Option<&Obj>) -> PyResult<Option<i64>> {
    let Some(o) = o else { return Ok(None) };
    if crate::types::is_none(o) {
        return Ok(None);
    }
    let err = || type_error("slice indices must be integers or None or have an __index__ method");
    if o.type_obj().number.index.is_none() && !o.value().is_small_int() {
        return Err(err());
    }
    let i = crate::abstract_::index(o)?;
    Ok(Some(match int::as_i64(&i) {
        Some(v) => v,
        None => match int::as_bigint(&i) {
            Some(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
            _ => i64::MAX,
        },
    }))
}

/// CPython's start/end adjustment for find, count, startswith and friends.
/// The start may end up beyond `n`.
fn adjust(start: Option<&Obj>, end: Option<&Obj>, n: usize) -> PyResult<(i64, i64)> {
    let n = n as i64;
    let mut s = slice_index(start)?.unwrap_or(0);
    let mut e = slice_index(end)?.unwrap_or(n);
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e.saturating_add(n)).max(0);
    }
    if s < 0 {
        s = (s.saturating_add(n)).max(0);
    }
    Ok((s, e))
}

// ---- searching -----------------------------------------------------------

/// find/rfind over `a`: (sub, start, end) -> char index or -1.
fn find_impl(o: &Obj, name: &str, a: &[Obj], k: Option<&Obj>, rev: bool) -> PyResult<i64> {
    let a = pos_args(name, a, k, 1, 3)?;
    let sub = str_arg(&a[0], || format!("{name}() argument 1 must be str"))?;
    let t = Text::of(o);
    let (s, e) = adjust(a.get(1), a.get(2), t.n)?;
    let sublen = sub.chars().count() as i64;
    if e - s < sublen {
        return Ok(-1);
    }
    let hay = t.slice(s as usize, e as usize);
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(b) => s + if t.ascii() { b as i64 } else { hay[..b].chars().count() as i64 },
        None => -1,
    })
}

fn m_find(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    Ok(int::from_i64(find_impl(s, "find", a, k, false)?))
}
fn m_rfind(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    Ok(int::from_i64(find_impl(s, "rfind", a, k, true)?))
}
fn m_index(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    match find_impl(s, "index", a, k, false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(int::from_i64(i)),
    }
}
fn m_rindex(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    match find_impl(s, "rindex", a, k, true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(int::from_i64(i)),
    }
}
fn m_count(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let a = pos_args("count", a, k, 1, 3)?;
    let sub = str_arg(&a[0], || "count() argument 1 must be str".into())?;
    let t = Text::of(o);
    let (s, e) = adjust(a.get(1), a.get(2), t.n)?;
    let sublen = sub.chars().count() as i64;
    if e - s < sublen {
        return Ok(int::from_i64(0));
    }
    if sub.is_empty() {
        return Ok(int::from_i64(e - s + 1));
    }
    Ok(int::from_i64(t.slice(s as usize, e as usize).matches(sub).count() as i64))
}

/// The prefix/suffix test of startswith/endswith for one candidate.
fn tail_match(t: &Text, sub: &str, s: i64, e: i64, suffix: bool) -> bool {
    let sublen = sub.chars().count() as i64;
    if e - sublen < s {
        return false;
    }
    let hay = t.slice(s as usize, e as usize);
    if suffix { hay.ends_with(sub) } else { hay.starts_with(sub) }
}

fn starts_ends(o: &Obj, name: &str, a: &[Obj], k: Option<&Obj>, suffix: bool) -> PyResult {
    let a = pos_args(name, a, k, 1, 3)?;
    let t = Text::of(o);
    let (s, e) = adjust(a.get(1), a.get(2), t.n)?;
    if let Some(items) = crate::types::tuple::as_tuple(&a[0]) {
        for x in items {
            let sub = str_arg(x, || format!("tuple for {name} must only contain str"))?;
            if tail_match(&t, sub, s, e, suffix) {
                return Ok(bool_obj(true));
            }
        }
        return Ok(bool_obj(false));
    }
    let sub = str_arg(&a[0], || format!("{name} first arg must be str or a tuple of str"))?;
    Ok(bool_obj(tail_match(&t, sub, s, e, suffix)))
}
fn m_startswith(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    starts_ends(s, "startswith", a, k, false)
}
fn m_endswith(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    starts_ends(s, "endswith", a, k, true)
}

fn m_replace(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = kw_args("replace", a, k, &["old", "new", "count"], 2, 2)?;
    let old = str_arg(v[0].unwrap_or(s), || "replace() argument 1 must be str".into())?;
    let new = str_arg(v[1].unwrap_or(s), || "replace() argument 2 must be str".into())?;
    let count = match v[2] {
        Some(c) => ssize_arg(c)?,
        None => -1,
    };
    let t = this(s);
    Ok(new_string(if count < 0 { t.replace(old, new) } else { t.replacen(old, new, count as usize) }))
}

/// The receiver itself when it is an exact str, else a plain str of its value.
fn exact_copy(s: &Obj) -> Obj {
    if s.type_ptr() == &STR_TYPE as *const _ { s.clone() } else { new_str(this(s)) }
}

fn m_removeprefix(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = str_arg(one_arg("removeprefix", a, k)?, || "removeprefix() argument must be str".into())?;
    match this(s).strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(exact_copy(s)),
    }
}
fn m_removesuffix(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = str_arg(one_arg("removesuffix", a, k)?, || "removesuffix() argument must be str".into())?;
    match this(s).strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(exact_copy(s)),
    }
}

// ---- splitting -----------------------------------------------------------

/// Python's str.isspace for one character: Unicode White_Space plus the
/// information separators U+001C..U+001F (bidi class B/S).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn split_args<'a>(name: &str, a: &'a [Obj], k: Option<&'a Obj>) -> PyResult<(Option<&'a str>, i64)> {
    let v = kw_args(name, a, k, &["sep", "maxsplit"], 0, 0)?;
    let sep = match v[0] {
        Some(x) if !crate::types::is_none(x) => {
            let s = str_arg(x, || "must be str or None".into())?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match v[1] {
        Some(m) => ssize_arg(m)?,
        None => -1,
    };
    Ok((sep, if max < 0 { i64::MAX } else { max }))
}

fn str_list<'a>(parts: impl Iterator<Item = &'a str>) -> Obj {
    crate::types::list::new_list(parts.map(new_str).collect())
}

fn m_split(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (sep, max) = split_args("split", a, k)?;
    let t = this(s);
    if let Some(sep) = sep {
        return Ok(str_list(t.splitn(usize::try_from(max.saturating_add(1)).unwrap_or(usize::MAX), sep)));
    }
    let mut out = Vec::new();
    let mut rest = t.trim_start_matches(py_isspace);
    while !rest.is_empty() {
        if out.len() as i64 == max {
            out.push(rest);
            break;
        }
        match rest.find(py_isspace) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(py_isspace);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    Ok(str_list(out.into_iter()))
}

fn m_rsplit(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (sep, max) = split_args("rsplit", a, k)?;
    let t = this(s);
    let mut out: Vec<&str> = Vec::new();
    if let Some(sep) = sep {
        out.extend(t.rsplitn(usize::try_from(max.saturating_add(1)).unwrap_or(usize::MAX), sep));
    } else {
        let mut rest = t.trim_end_matches(py_isspace);
        while !rest.is_empty() {
            if out.len() as i64 == max {
                out.push(rest);
                break;
            }
            match rest.rfind(py_isspace) {
                Some(i) => {
                    let w = rest[i..].chars().next().map(char::len_utf8).unwrap_or(1);
                    out.push(&rest[i + w..]);
                    rest = rest[..i].trim_end_matches(py_isspace);
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
    }
    out.reverse();
    Ok(str_list(out.into_iter()))
}

fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn m_splitlines(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = kw_args("splitlines", a, k, &["keepends"], 0, 0)?;
    let keep = match v[0] {
        Some(x) => crate::abstract_::is_true(x)?,
        None => false,
    };
    let t = this(s);
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().map(|p| p.1) == Some('\n') {
            it.next();
            end += 1;
        }
        out.push(&t[start..if keep { end } else { i }]);
        start = end;
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    Ok(str_list(out.into_iter()))
}

fn partition_impl(s: &Obj, name: &str, a: &[Obj], k: Option<&Obj>, rev: bool) -> PyResult {
    let sep = str_arg(one_arg(name, a, k)?, || "must be str".into())?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let t = this(s);
    let found = if rev { t.rfind(sep) } else { t.find(sep) };
    let parts = match found {
        Some(i) => [new_str(&t[..i]), a[0].clone(), new_str(&t[i + sep.len()..])],
        None if rev => [new_str(""), new_str(""), s.clone()],
        None => [s.clone(), new_str(""), new_str("")],
    };
    Ok(crate::types::tuple::new_tuple(parts.into()))
}
fn m_partition(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    partition_impl(s, "partition", a, k, false)
}
fn m_rpartition(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    partition_impl(s, "rpartition", a, k, true)
}

fn strip_impl(s: &Obj, name: &str, a: &[Obj], k: Option<&Obj>, left: bool, right: bool) -> PyResult {
    let a = pos_args(name, a, k, 0, 1)?;
    let t = this(s);
    let r = match a.first().filter(|x| !crate::types::is_none(x)) {
        Some(x) => {
            let chars = as_str(x).ok_or_else(|| type_error(format!("{name} arg must be None or str")))?;
            let f = |c: char| chars.contains(c);
            match (left, right) {
                (true, true) => t.trim_matches(f),
                (true, false) => t.trim_start_matches(f),
                _ => t.trim_end_matches(f),
            }
        }
        None => match (left, right) {
            (true, true) => t.trim_matches(py_isspace),
            (true, false) => t.trim_start_matches(py_isspace),
            _ => t.trim_end_matches(py_isspace),
        },
    };
    if r.len() == t.len() { Ok(exact_copy(s)) } else { Ok(new_str(r)) }
}
fn m_strip(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    strip_impl(s, "strip", a, k, true, true)
}
fn m_lstrip(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    strip_impl(s, "lstrip", a, k, true, false)
}
fn m_rstrip(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    strip_impl(s, "rstrip", a, k, false, true)
}

fn m_join(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let sep = this(s);
    let it = one_arg("join", a, k)?;
    let items = match crate::types::list::as_list(it) {
        Some(l) => l.snapshot(),
        None => match crate::types::tuple::as_tuple(it) {
            Some(t) => t.to_vec(),
            None => {
                let iter = crate::abstract_::iter(it).map_err(|e| {
                    if e.is_instance(&crate::types::exceptions::TYPE_ERROR) { type_error("can only join an iterable") } else { e }
                })?;
                crate::abstract_::collect(&iter)?
            }
        },
    };
    // Joining one exact str gives that str itself, as in CPython.
    if let [only] = items.as_slice() {
        if only.type_ptr() == &STR_TYPE as *const _ {
            return Ok(only.clone());
        }
    }
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(x) {
            Some(t) => out.push_str(t),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    x.type_obj().name()
                )))
            }
        }
    }
    Ok(new_string(out))
}

// ---- case ----------------------------------------------------------------

/// Titlecase letters (category Lt), which are neither upper nor lower case.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// Characters that Rust's (newer) Unicode tables give case mappings or a
/// different case than Unicode 15.1, CPython 3.13's version: for them every
/// case mapping is the identity and only a few count as lowercase.
fn case_frozen(c: char) -> bool {
    (c as u32) >= 0x19b && in_table(&tables::CASE_FROZEN, c)
}

fn is_upper(c: char) -> bool {
    c.is_uppercase() && !case_frozen(c)
}

fn is_lower(c: char) -> bool {
    if case_frozen(c) {
        matches!(c as u32, 0x19b | 0x264 | 0x295 | 0xa7d3 | 0xa7d5)
    } else {
        c.is_lowercase()
    }
}

fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

fn push_upper(out: &mut String, c: char) {
    if case_frozen(c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// A mapping from a sorted exceptions table.
fn special(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&(c as u32), |e| e.0).ok().map(|i| table[i].1)
}

/// The full titlecase mapping of `c`: the uppercase mapping except where the
/// TITLE table says otherwise.
fn push_title(out: &mut String, c: char) {
    match special(&tables::TITLE, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

/// Lowercase of `c` at char position `i` of `chars`, with the Greek final
/// sigma rule (Σ at the end of a word becomes ς).
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        let cased_before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x)).is_some_and(|&x| is_cased(x));
        let cased_after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x)).is_some_and(|&x| is_cased(x));
        out.push(if cased_before && !cased_after { 'ς' } else { 'σ' });
    } else if case_frozen(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// An approximation of the Case_Ignorable property (apostrophes, periods,
/// colons, modifier letters and combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}' | '\u{2018}' | '\u{2024}' | '\u{2027}')
        || matches!(c as u32, 0x300..=0x36f | 0x2b0..=0x2ff | 0x483..=0x489 | 0x591..=0x5bd | 0x200b..=0x200f)
}

fn m_upper(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("upper", a, k)?;
    let t = this(s);
    if t.is_ascii() {
        return Ok(new_string(t.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        push_upper(&mut out, c);
    }
    Ok(new_string(out))
}
fn m_lower(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("lower", a, k)?;
    let t = this(s);
    if t.is_ascii() {
        return Ok(new_string(t.to_ascii_lowercase()));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    Ok(new_string(out))
}
fn m_casefold(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("casefold", a, k)?;
    let mut out = String::new();
    for c in this(s).chars() {
        match special(&tables::CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None if case_frozen(c) => out.push(c),
            None => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_string(out))
}
fn m_swapcase(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("swapcase", a, k)?;
    let chars: Vec<char> = this(s).chars().collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(new_string(out))
}
fn m_title(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("title", a, k)?;
    let chars: Vec<char> = this(s).chars().collect();
    let mut out = String::with_capacity(chars.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_string(out))
}
fn m_capitalize(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("capitalize", a, k)?;
    let chars: Vec<char> = this(s).chars().collect();
    let mut out = String::with_capacity(chars.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    Ok(new_string(out))
}

// ---- padding ---------------------------------------------------------------

fn pad_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<(i64, char)> {
    let a = pos_args(name, a, k, 1, 2)?;
    let width = ssize_arg(&a[0])?;
    let fill = match a.get(1) {
        Some(f) => {
            let f = str_arg(f, || "The fill character must be a unicode character".into())?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    Ok((width, fill))
}

fn padded(s: &Obj, left: usize, right: usize, fill: char) -> PyResult {
    if left == 0 && right == 0 {
        return Ok(exact_copy(s));
    }
    let t = this(s);
    let mut out = String::new();
    let extra = left.checked_add(right).and_then(|x| x.checked_mul(fill.len_utf8())).and_then(|x| x.checked_add(t.len()));
    crate::error::reserve_str(&mut out, extra.unwrap_or(usize::MAX))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(t);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_string(out))
}

fn m_center(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (w, fill) = pad_args("center", a, k)?;
    let n = Text::of(s).n as i64;
    if w <= n {
        return Ok(exact_copy(s));
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    padded(s, left as usize, (marg - left) as usize, fill)
}
fn m_ljust(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (w, fill) = pad_args("ljust", a, k)?;
    let n = Text::of(s).n as i64;
    padded(s, 0, (w - n).max(0) as usize, fill)
}
fn m_rjust(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (w, fill) = pad_args("rjust", a, k)?;
    let n = Text::of(s).n as i64;
    padded(s, (w - n).max(0) as usize, 0, fill)
}
fn m_zfill(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let w = ssize_arg(one_arg("zfill", a, k)?)?;
    let t = this(s);
    let n = Text::of(s).n as i64;
    if w <= n {
        return Ok(exact_copy(s));
    }
    let mut zeros = String::new();
    crate::error::reserve_str(&mut zeros, (w - n) as usize)?;
    zeros.extend(std::iter::repeat_n('0', (w - n) as usize));
    Ok(new_string(match t.as_bytes().first() {
        Some(b'+' | b'-') => format!("{}{}{}", &t[..1], zeros, &t[1..]),
        _ => format!("{zeros}{t}"),
    }))
}
fn m_expandtabs(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = kw_args("expandtabs", a, k, &["tabsize"], 0, 0)?;
    let tab = match v[0] {
        Some(x) => ssize_arg(x)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in this(s).chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

// ---- predicates --------------------------------------------------------------

/// Unicode property tables (Unicode 15.1, the version of CPython 3.13).
/// The range tables are sorted inclusive code point ranges, generated by a
/// scan over all code points recording the maximal runs where a predicate
/// holds: str.isdecimal, isdigit, isnumeric, isprintable, isalpha, and for
/// XID_START / XID_CONTINUE `c.isidentifier()` / `('a' + c).isidentifier()`.
/// CASEFOLD lists the characters whose full case folding differs from their
/// lowercase mapping, TITLE those whose titlecase differs from uppercase
/// (sorted by code point). CASE_FROZEN lists the code points where the
/// case predicates and mappings of Rust's char methods (Unicode 16 in rustc
/// 1.95) differ from Unicode 15.1: found by comparing every code point.
#[rustfmt::skip]
mod tables {
    pub(super) static DECIMAL: [(u32, u32); 64] = [
        (0x30, 0x39), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9), (0x966, 0x96f), (0x9e6, 0x9ef),
        (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef), (0xc66, 0xc6f), (0xce6, 0xcef),
        (0xd66, 0xd6f), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf29), (0x1040, 0x1049),
        (0x1090, 0x1099), (0x17e0, 0x17e9), (0x1810, 0x1819), (0x1946, 0x194f), (0x19d0, 0x19d9),
        (0x1a80, 0x1a89), (0x1a90, 0x1a99), (0x1b50, 0x1b59), (0x1bb0, 0x1bb9), (0x1c40, 0x1c49),
        (0x1c50, 0x1c59), (0xa620, 0xa629), (0xa8d0, 0xa8d9), (0xa900, 0xa909), (0xa9d0, 0xa9d9),
        (0xa9f0, 0xa9f9), (0xaa50, 0xaa59), (0xabf0, 0xabf9), (0xff10, 0xff19), (0x104a0, 0x104a9),
        (0x10d30, 0x10d39), (0x11066, 0x1106f), (0x110f0, 0x110f9), (0x11136, 0x1113f), (0x111d0, 0x111d9),
        (0x112f0, 0x112f9), (0x11450, 0x11459), (0x114d0, 0x114d9), (0x11650, 0x11659), (0x116c0, 0x116c9),
        (0x11730, 0x11739), (0x118e0, 0x118e9), (0x11950, 0x11959), (0x11c50, 0x11c59), (0x11d50, 0x11d59),
        (0x11da0, 0x11da9), (0x11f50, 0x11f59), (0x16a60, 0x16a69), (0x16ac0, 0x16ac9), (0x16b50, 0x16b59),
        (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149), (0x1e2f0, 0x1e2f9), (0x1e4f0, 0x1e4f9), (0x1e950, 0x1e959),
        (0x1fbf0, 0x1fbf9),
    ];
    pub(super) static DIGIT: [(u32, u32); 83] = [
        (0x30, 0x39), (0xb2, 0xb3), (0xb9, 0xb9), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9), (0x966, 0x96f),
        (0x9e6, 0x9ef), (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef), (0xc66, 0xc6f),
        (0xce6, 0xcef), (0xd66, 0xd6f), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf29),
        (0x1040, 0x1049), (0x1090, 0x1099), (0x1369, 0x1371), (0x17e0, 0x17e9), (0x1810, 0x1819),
        (0x1946, 0x194f), (0x19d0, 0x19da), (0x1a80, 0x1a89), (0x1a90, 0x1a99), (0x1b50, 0x1b59),
        (0x1bb0, 0x1bb9), (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0x2070, 0x2070), (0x2074, 0x2079),
        (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247c), (0x2488, 0x2490), (0x24ea, 0x24ea),
        (0x24f5, 0x24fd), (0x24ff, 0x24ff), (0x2776, 0x277e), (0x2780, 0x2788), (0x278a, 0x2792),
        (0xa620, 0xa629), (0xa8d0, 0xa8d9), (0xa900, 0xa909), (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9),
        (0xaa50, 0xaa59), (0xabf0, 0xabf9), (0xff10, 0xff19), (0x104a0, 0x104a9), (0x10a40, 0x10a43),
        (0x10d30, 0x10d39), (0x10e60, 0x10e68), (0x11052, 0x1105a), (0x11066, 0x1106f), (0x110f0, 0x110f9),
        (0x11136, 0x1113f), (0x111d0, 0x111d9), (0x112f0, 0x112f9), (0x11450, 0x11459), (0x114d0, 0x114d9),
        (0x11650, 0x11659), (0x116c0, 0x116c9), (0x11730, 0x11739), (0x118e0, 0x118e9), (0x11950, 0x11959),
        (0x11c50, 0x11c59), (0x11d50, 0x11d59), (0x11da0, 0x11da9), (0x11f50, 0x11f59), (0x16a60, 0x16a69),
        (0x16ac0, 0x16ac9), (0x16b50, 0x16b59), (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149), (0x1e2f0, 0x1e2f9),
        (0x1e4f0, 0x1e4f9), (0x1e950, 0x1e959), (0x1f100, 0x1f10a), (0x1fbf0, 0x1fbf9),
    ];
    pub(super) static NUMERIC: [(u32, u32); 219] = [
        (0x30, 0x39), (0xb2, 0xb3), (0xb9, 0xb9), (0xbc, 0xbe), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9),
        (0x966, 0x96f), (0x9e6, 0x9ef), (0x9f4, 0x9f9), (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f),
        (0xb72, 0xb77), (0xbe6, 0xbf2), (0xc66, 0xc6f), (0xc78, 0xc7e), (0xce6, 0xcef), (0xd58, 0xd5e),
        (0xd66, 0xd78), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf33), (0x1040, 0x1049),
        (0x1090, 0x1099), (0x1369, 0x137c), (0x16ee, 0x16f0), (0x17e0, 0x17e9), (0x17f0, 0x17f9),
        (0x1810, 0x1819), (0x1946, 0x194f), (0x19d0, 0x19da), (0x1a80, 0x1a89), (0x1a90, 0x1a99),
        (0x1b50, 0x1b59), (0x1bb0, 0x1bb9), (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0x2070, 0x2070),
        (0x2074, 0x2079), (0x2080, 0x2089), (0x2150, 0x2182), (0x2185, 0x2189), (0x2460, 0x249b),
        (0x24ea, 0x24ff), (0x2776, 0x2793), (0x2cfd, 0x2cfd), (0x3007, 0x3007), (0x3021, 0x3029),
        (0x3038, 0x303a), (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x324f), (0x3251, 0x325f),
        (0x3280, 0x3289), (0x32b1, 0x32bf), (0x3405, 0x3405), (0x3483, 0x3483), (0x382a, 0x382a),
        (0x3b4d, 0x3b4d), (0x4e00, 0x4e00), (0x4e03, 0x4e03), (0x4e07, 0x4e07), (0x4e09, 0x4e09),
        (0x4e24, 0x4e24), (0x4e5d, 0x4e5d), (0x4e8c, 0x4e8c), (0x4e94, 0x4e94), (0x4e96, 0x4e96),
        (0x4eac, 0x4eac), (0x4ebf, 0x4ec0), (0x4edf, 0x4edf), (0x4ee8, 0x4ee8), (0x4f0d, 0x4f0d),
        (0x4f70, 0x4f70), (0x4fe9, 0x4fe9), (0x5006, 0x5006), (0x5104, 0x5104), (0x5146, 0x5146),
        (0x5169, 0x5169), (0x516b, 0x516b), (0x516d, 0x516d), (0x5341, 0x5341), (0x5343, 0x5345),
        (0x534c, 0x534c), (0x53c1, 0x53c4), (0x56db, 0x56db), (0x58f1, 0x58f1), (0x58f9, 0x58f9),
        (0x5e7a, 0x5e7a), (0x5efe, 0x5eff), (0x5f0c, 0x5f0e), (0x5f10, 0x5f10), (0x62d0, 0x62d0),
        (0x62fe, 0x62fe), (0x634c, 0x634c), (0x67d2, 0x67d2), (0x6d1e, 0x6d1e), (0x6f06, 0x6f06),
        (0x7396, 0x7396), (0x767e, 0x767e), (0x7695, 0x7695), (0x79ed, 0x79ed), (0x8086, 0x8086),
        (0x842c, 0x842c), (0x8cae, 0x8cae), (0x8cb3, 0x8cb3), (0x8d30, 0x8d30), (0x920e, 0x920e),
        (0x94a9, 0x94a9), (0x9621, 0x9621), (0x9646, 0x9646), (0x964c, 0x964c), (0x9678, 0x9678),
        (0x96f6, 0x96f6), (0xa620, 0xa629), (0xa6e6, 0xa6ef), (0xa830, 0xa835), (0xa8d0, 0xa8d9),
        (0xa900, 0xa909), (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9), (0xaa50, 0xaa59), (0xabf0, 0xabf9),
        (0xf96b, 0xf96b), (0xf973, 0xf973), (0xf978, 0xf978), (0xf9b2, 0xf9b2), (0xf9d1, 0xf9d1),
        (0xf9d3, 0xf9d3), (0xf9fd, 0xf9fd), (0xff10, 0xff19), (0x10107, 0x10133), (0x10140, 0x10178),
        (0x1018a, 0x1018b), (0x102e1, 0x102fb), (0x10320, 0x10323), (0x10341, 0x10341), (0x1034a, 0x1034a),
        (0x103d1, 0x103d5), (0x104a0, 0x104a9), (0x10858, 0x1085f), (0x10879, 0x1087f), (0x108a7, 0x108af),
        (0x108fb, 0x108ff), (0x10916, 0x1091b), (0x109bc, 0x109bd), (0x109c0, 0x109cf), (0x109d2, 0x109ff),
        (0x10a40, 0x10a48), (0x10a7d, 0x10a7e), (0x10a9d, 0x10a9f), (0x10aeb, 0x10aef), (0x10b58, 0x10b5f),
        (0x10b78, 0x10b7f), (0x10ba9, 0x10baf), (0x10cfa, 0x10cff), (0x10d30, 0x10d39), (0x10e60, 0x10e7e),
        (0x10f1d, 0x10f26), (0x10f51, 0x10f54), (0x10fc5, 0x10fcb), (0x11052, 0x1106f), (0x110f0, 0x110f9),
        (0x11136, 0x1113f), (0x111d0, 0x111d9), (0x111e1, 0x111f4), (0x112f0, 0x112f9), (0x11450, 0x11459),
        (0x114d0, 0x114d9), (0x11650, 0x11659), (0x116c0, 0x116c9), (0x11730, 0x1173b), (0x118e0, 0x118f2),
        (0x11950, 0x11959), (0x11c50, 0x11c6c), (0x11d50, 0x11d59), (0x11da0, 0x11da9), (0x11f50, 0x11f59),
        (0x11fc0, 0x11fd4), (0x12400, 0x1246e), (0x16a60, 0x16a69), (0x16ac0, 0x16ac9), (0x16b50, 0x16b59),
        (0x16b5b, 0x16b61), (0x16e80, 0x16e96), (0x1d2c0, 0x1d2d3), (0x1d2e0, 0x1d2f3), (0x1d360, 0x1d378),
        (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149), (0x1e2f0, 0x1e2f9), (0x1e4f0, 0x1e4f9), (0x1e8c7, 0x1e8cf),
        (0x1e950, 0x1e959), (0x1ec71, 0x1ecab), (0x1ecad, 0x1ecaf), (0x1ecb1, 0x1ecb4), (0x1ed01, 0x1ed2d),
        (0x1ed2f, 0x1ed3d), (0x1f100, 0x1f10c), (0x1fbf0, 0x1fbf9), (0x20001, 0x20001), (0x20064, 0x20064),
        (0x200e2, 0x200e2), (0x20121, 0x20121), (0x2092a, 0x2092a), (0x20983, 0x20983), (0x2098c, 0x2098c),
        (0x2099c, 0x2099c), (0x20aea, 0x20aea), (0x20afd, 0x20afd), (0x20b19, 0x20b19), (0x22390, 0x22390),
        (0x22998, 0x22998), (0x23b1b, 0x23b1b), (0x2626d, 0x2626d), (0x2f890, 0x2f890),
    ];
    pub(super) static PRINTABLE: [(u32, u32); 712] = [
        (0x20, 0x7e), (0xa1, 0xac), (0xae, 0x377), (0x37a, 0x37f), (0x384, 0x38a), (0x38c, 0x38c), (0x38e, 0x3a1),
        (0x3a3, 0x52f), (0x531, 0x556), (0x559, 0x58a), (0x58d, 0x58f), (0x591, 0x5c7), (0x5d0, 0x5ea),
        (0x5ef, 0x5f4), (0x606, 0x61b), (0x61d, 0x6dc), (0x6de, 0x70d), (0x710, 0x74a), (0x74d, 0x7b1),
        (0x7c0, 0x7fa), (0x7fd, 0x82d), (0x830, 0x83e), (0x840, 0x85b), (0x85e, 0x85e), (0x860, 0x86a),
        (0x870, 0x88e), (0x898, 0x8e1), (0x8e3, 0x983), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8),
        (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bc, 0x9c4), (0x9c7, 0x9c8), (0x9cb, 0x9ce),
        (0x9d7, 0x9d7), (0x9dc, 0x9dd), (0x9df, 0x9e3), (0x9e6, 0x9fe), (0xa01, 0xa03), (0xa05, 0xa0a),
        (0xa0f, 0xa10), (0xa13, 0xa28), (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39),
        (0xa3c, 0xa3c), (0xa3e, 0xa42), (0xa47, 0xa48), (0xa4b, 0xa4d), (0xa51, 0xa51), (0xa59, 0xa5c),
        (0xa5e, 0xa5e), (0xa66, 0xa76), (0xa81, 0xa83), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8),
        (0xaaa, 0xab0), (0xab2, 0xab3), (0xab5, 0xab9), (0xabc, 0xac5), (0xac7, 0xac9), (0xacb, 0xacd),
        (0xad0, 0xad0), (0xae0, 0xae3), (0xae6, 0xaf1), (0xaf9, 0xaff), (0xb01, 0xb03), (0xb05, 0xb0c),
        (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3c, 0xb44),
        (0xb47, 0xb48), (0xb4b, 0xb4d), (0xb55, 0xb57), (0xb5c, 0xb5d), (0xb5f, 0xb63), (0xb66, 0xb77),
        (0xb82, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90), (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c),
        (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa), (0xbae, 0xbb9), (0xbbe, 0xbc2), (0xbc6, 0xbc8),
        (0xbca, 0xbcd), (0xbd0, 0xbd0), (0xbd7, 0xbd7), (0xbe6, 0xbfa), (0xc00, 0xc0c), (0xc0e, 0xc10),
        (0xc12, 0xc28), (0xc2a, 0xc39), (0xc3c, 0xc44), (0xc46, 0xc48), (0xc4a, 0xc4d), (0xc55, 0xc56),
        (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc63), (0xc66, 0xc6f), (0xc77, 0xc8c), (0xc8e, 0xc90),
        (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbc, 0xcc4), (0xcc6, 0xcc8), (0xcca, 0xccd),
        (0xcd5, 0xcd6), (0xcdd, 0xcde), (0xce0, 0xce3), (0xce6, 0xcef), (0xcf1, 0xcf3), (0xd00, 0xd0c),
        (0xd0e, 0xd10), (0xd12, 0xd44), (0xd46, 0xd48), (0xd4a, 0xd4f), (0xd54, 0xd63), (0xd66, 0xd7f),
        (0xd81, 0xd83), (0xd85, 0xd96), (0xd9a, 0xdb1), (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6),
        (0xdca, 0xdca), (0xdcf, 0xdd4), (0xdd6, 0xdd6), (0xdd8, 0xddf), (0xde6, 0xdef), (0xdf2, 0xdf4),
        (0xe01, 0xe3a), (0xe3f, 0xe5b), (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3),
        (0xea5, 0xea5), (0xea7, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xec8, 0xece), (0xed0, 0xed9),
        (0xedc, 0xedf), (0xf00, 0xf47), (0xf49, 0xf6c), (0xf71, 0xf97), (0xf99, 0xfbc), (0xfbe, 0xfcc),
        (0xfce, 0xfda), (0x1000, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd), (0x10d0, 0x1248), (0x124a, 0x124d),
        (0x1250, 0x1256), (0x1258, 0x1258), (0x125a, 0x125d), (0x1260, 0x1288), (0x128a, 0x128d),
        (0x1290, 0x12b0), (0x12b2, 0x12b5), (0x12b8, 0x12be), (0x12c0, 0x12c0), (0x12c2, 0x12c5),
        (0x12c8, 0x12d6), (0x12d8, 0x1310), (0x1312, 0x1315), (0x1318, 0x135a), (0x135d, 0x137c),
        (0x1380, 0x1399), (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1400, 0x167f), (0x1681, 0x169c),
        (0x16a0, 0x16f8), (0x1700, 0x1715), (0x171f, 0x1736), (0x1740, 0x1753), (0x1760, 0x176c),
        (0x176e, 0x1770), (0x1772, 0x1773), (0x1780, 0x17dd), (0x17e0, 0x17e9), (0x17f0, 0x17f9),
        (0x1800, 0x180d), (0x180f, 0x1819), (0x1820, 0x1878), (0x1880, 0x18aa), (0x18b0, 0x18f5),
        (0x1900, 0x191e), (0x1920, 0x192b), (0x1930, 0x193b), (0x1940, 0x1940), (0x1944, 0x196d),
        (0x1970, 0x1974), (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x19d0, 0x19da), (0x19de, 0x1a1b),
        (0x1a1e, 0x1a5e), (0x1a60, 0x1a7c), (0x1a7f, 0x1a89), (0x1a90, 0x1a99), (0x1aa0, 0x1aad),
        (0x1ab0, 0x1ace), (0x1b00, 0x1b4c), (0x1b50, 0x1b7e), (0x1b80, 0x1bf3), (0x1bfc, 0x1c37),
        (0x1c3b, 0x1c49), (0x1c4d, 0x1c88), (0x1c90, 0x1cba), (0x1cbd, 0x1cc7), (0x1cd0, 0x1cfa),
        (0x1d00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45), (0x1f48, 0x1f4d), (0x1f50, 0x1f57),
        (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4),
        (0x1fb6, 0x1fc4), (0x1fc6, 0x1fd3), (0x1fd6, 0x1fdb), (0x1fdd, 0x1fef), (0x1ff2, 0x1ff4),
        (0x1ff6, 0x1ffe), (0x2010, 0x2027), (0x2030, 0x205e), (0x2070, 0x2071), (0x2074, 0x208e),
        (0x2090, 0x209c), (0x20a0, 0x20c0), (0x20d0, 0x20f0), (0x2100, 0x218b), (0x2190, 0x2426),
        (0x2440, 0x244a), (0x2460, 0x2b73), (0x2b76, 0x2b95), (0x2b97, 0x2cf3), (0x2cf9, 0x2d25),
        (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67), (0x2d6f, 0x2d70), (0x2d7f, 0x2d96),
        (0x2da0, 0x2da6), (0x2da8, 0x2dae), (0x2db0, 0x2db6), (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6),
        (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x2de0, 0x2e5d), (0x2e80, 0x2e99),
        (0x2e9b, 0x2ef3), (0x2f00, 0x2fd5), (0x2ff0, 0x2fff), (0x3001, 0x303f), (0x3041, 0x3096),
        (0x3099, 0x30ff), (0x3105, 0x312f), (0x3131, 0x318e), (0x3190, 0x31e3), (0x31ef, 0x321e),
        (0x3220, 0xa48c), (0xa490, 0xa4c6), (0xa4d0, 0xa62b), (0xa640, 0xa6f7), (0xa700, 0xa7ca),
        (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9), (0xa7f2, 0xa82c), (0xa830, 0xa839),
        (0xa840, 0xa877), (0xa880, 0xa8c5), (0xa8ce, 0xa8d9), (0xa8e0, 0xa953), (0xa95f, 0xa97c),
        (0xa980, 0xa9cd), (0xa9cf, 0xa9d9), (0xa9de, 0xa9fe), (0xaa00, 0xaa36), (0xaa40, 0xaa4d),
        (0xaa50, 0xaa59), (0xaa5c, 0xaac2), (0xaadb, 0xaaf6), (0xab01, 0xab06), (0xab09, 0xab0e),
        (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e), (0xab30, 0xab6b), (0xab70, 0xabed),
        (0xabf0, 0xabf9), (0xac00, 0xd7a3), (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d),
        (0xfa70, 0xfad9), (0xfb00, 0xfb06), (0xfb13, 0xfb17), (0xfb1d, 0xfb36), (0xfb38, 0xfb3c),
        (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44), (0xfb46, 0xfbc2), (0xfbd3, 0xfd8f),
        (0xfd92, 0xfdc7), (0xfdcf, 0xfdcf), (0xfdf0, 0xfe19), (0xfe20, 0xfe52), (0xfe54, 0xfe66),
        (0xfe68, 0xfe6b), (0xfe70, 0xfe74), (0xfe76, 0xfefc), (0xff01, 0xffbe), (0xffc2, 0xffc7),
        (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc), (0xffe0, 0xffe6), (0xffe8, 0xffee),
        (0xfffc, 0xfffd), (0x10000, 0x1000b), (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d),
        (0x1003f, 0x1004d), (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10100, 0x10102), (0x10107, 0x10133),
        (0x10137, 0x1018e), (0x10190, 0x1019c), (0x101a0, 0x101a0), (0x101d0, 0x101fd), (0x10280, 0x1029c),
        (0x102a0, 0x102d0), (0x102e0, 0x102fb), (0x10300, 0x10323), (0x1032d, 0x1034a), (0x10350, 0x1037a),
        (0x10380, 0x1039d), (0x1039f, 0x103c3), (0x103c8, 0x103d5), (0x10400, 0x1049d), (0x104a0, 0x104a9),
        (0x104b0, 0x104d3), (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563), (0x1056f, 0x1057a),
        (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1), (0x105a3, 0x105b1),
        (0x105b3, 0x105b9), (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767),
        (0x10780, 0x10785), (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808),
        (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c), (0x1083f, 0x10855), (0x10857, 0x1089e),
        (0x108a7, 0x108af), (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x108fb, 0x1091b), (0x1091f, 0x10939),
        (0x1093f, 0x1093f), (0x10980, 0x109b7), (0x109bc, 0x109cf), (0x109d2, 0x10a03), (0x10a05, 0x10a06),
        (0x10a0c, 0x10a13), (0x10a15, 0x10a17), (0x10a19, 0x10a35), (0x10a38, 0x10a3a), (0x10a3f, 0x10a48),
        (0x10a50, 0x10a58), (0x10a60, 0x10a9f), (0x10ac0, 0x10ae6), (0x10aeb, 0x10af6), (0x10b00, 0x10b35),
        (0x10b39, 0x10b55), (0x10b58, 0x10b72), (0x10b78, 0x10b91), (0x10b99, 0x10b9c), (0x10ba9, 0x10baf),
        (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10cfa, 0x10d27), (0x10d30, 0x10d39),
        (0x10e60, 0x10e7e), (0x10e80, 0x10ea9), (0x10eab, 0x10ead), (0x10eb0, 0x10eb1), (0x10efd, 0x10f27),
        (0x10f30, 0x10f59), (0x10f70, 0x10f89), (0x10fb0, 0x10fcb), (0x10fe0, 0x10ff6), (0x11000, 0x1104d),
        (0x11052, 0x11075), (0x1107f, 0x110bc), (0x110be, 0x110c2), (0x110d0, 0x110e8), (0x110f0, 0x110f9),
        (0x11100, 0x11134), (0x11136, 0x11147), (0x11150, 0x11176), (0x11180, 0x111df), (0x111e1, 0x111f4),
        (0x11200, 0x11211), (0x11213, 0x11241), (0x11280, 0x11286), (0x11288, 0x11288), (0x1128a, 0x1128d),
        (0x1128f, 0x1129d), (0x1129f, 0x112a9), (0x112b0, 0x112ea), (0x112f0, 0x112f9), (0x11300, 0x11303),
        (0x11305, 0x1130c), (0x1130f, 0x11310), (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333),
        (0x11335, 0x11339), (0x1133b, 0x11344), (0x11347, 0x11348), (0x1134b, 0x1134d), (0x11350, 0x11350),
        (0x11357, 0x11357), (0x1135d, 0x11363), (0x11366, 0x1136c), (0x11370, 0x11374), (0x11400, 0x1145b),
        (0x1145d, 0x11461), (0x11480, 0x114c7), (0x114d0, 0x114d9), (0x11580, 0x115b5), (0x115b8, 0x115dd),
        (0x11600, 0x11644), (0x11650, 0x11659), (0x11660, 0x1166c), (0x11680, 0x116b9), (0x116c0, 0x116c9),
        (0x11700, 0x1171a), (0x1171d, 0x1172b), (0x11730, 0x11746), (0x11800, 0x1183b), (0x118a0, 0x118f2),
        (0x118ff, 0x11906), (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916), (0x11918, 0x11935),
        (0x11937, 0x11938), (0x1193b, 0x11946), (0x11950, 0x11959), (0x119a0, 0x119a7), (0x119aa, 0x119d7),
        (0x119da, 0x119e4), (0x11a00, 0x11a47), (0x11a50, 0x11aa2), (0x11ab0, 0x11af8), (0x11b00, 0x11b09),
        (0x11c00, 0x11c08), (0x11c0a, 0x11c36), (0x11c38, 0x11c45), (0x11c50, 0x11c6c), (0x11c70, 0x11c8f),
        (0x11c92, 0x11ca7), (0x11ca9, 0x11cb6), (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d36),
        (0x11d3a, 0x11d3a), (0x11d3c, 0x11d3d), (0x11d3f, 0x11d47), (0x11d50, 0x11d59), (0x11d60, 0x11d65),
        (0x11d67, 0x11d68), (0x11d6a, 0x11d8e), (0x11d90, 0x11d91), (0x11d93, 0x11d98), (0x11da0, 0x11da9),
        (0x11ee0, 0x11ef8), (0x11f00, 0x11f10), (0x11f12, 0x11f3a), (0x11f3e, 0x11f59), (0x11fb0, 0x11fb0),
        (0x11fc0, 0x11ff1), (0x11fff, 0x12399), (0x12400, 0x1246e), (0x12470, 0x12474), (0x12480, 0x12543),
        (0x12f90, 0x12ff2), (0x13000, 0x1342f), (0x13440, 0x13455), (0x14400, 0x14646), (0x16800, 0x16a38),
        (0x16a40, 0x16a5e), (0x16a60, 0x16a69), (0x16a6e, 0x16abe), (0x16ac0, 0x16ac9), (0x16ad0, 0x16aed),
        (0x16af0, 0x16af5), (0x16b00, 0x16b45), (0x16b50, 0x16b59), (0x16b5b, 0x16b61), (0x16b63, 0x16b77),
        (0x16b7d, 0x16b8f), (0x16e40, 0x16e9a), (0x16f00, 0x16f4a), (0x16f4f, 0x16f87), (0x16f8f, 0x16f9f),
        (0x16fe0, 0x16fe4), (0x16ff0, 0x16ff1), (0x17000, 0x187f7), (0x18800, 0x18cd5), (0x18d00, 0x18d08),
        (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe), (0x1b000, 0x1b122), (0x1b132, 0x1b132),
        (0x1b150, 0x1b152), (0x1b155, 0x1b155), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb), (0x1bc00, 0x1bc6a),
        (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99), (0x1bc9c, 0x1bc9f), (0x1cf00, 0x1cf2d),
        (0x1cf30, 0x1cf46), (0x1cf50, 0x1cfc3), (0x1d000, 0x1d0f5), (0x1d100, 0x1d126), (0x1d129, 0x1d172),
        (0x1d17b, 0x1d1ea), (0x1d200, 0x1d245), (0x1d2c0, 0x1d2d3), (0x1d2e0, 0x1d2f3), (0x1d300, 0x1d356),
        (0x1d360, 0x1d378), (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2),
        (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb), (0x1d4bd, 0x1d4c3),
        (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a), (0x1d50d, 0x1d514), (0x1d516, 0x1d51c), (0x1d51e, 0x1d539),
        (0x1d53b, 0x1d53e), (0x1d540, 0x1d544), (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5),
        (0x1d6a8, 0x1d7cb), (0x1d7ce, 0x1da8b), (0x1da9b, 0x1da9f), (0x1daa1, 0x1daaf), (0x1df00, 0x1df1e),
        (0x1df25, 0x1df2a), (0x1e000, 0x1e006), (0x1e008, 0x1e018), (0x1e01b, 0x1e021), (0x1e023, 0x1e024),
        (0x1e026, 0x1e02a), (0x1e030, 0x1e06d), (0x1e08f, 0x1e08f), (0x1e100, 0x1e12c), (0x1e130, 0x1e13d),
        (0x1e140, 0x1e149), (0x1e14e, 0x1e14f), (0x1e290, 0x1e2ae), (0x1e2c0, 0x1e2f9), (0x1e2ff, 0x1e2ff),
        (0x1e4d0, 0x1e4f9), (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe),
        (0x1e800, 0x1e8c4), (0x1e8c7, 0x1e8d6), (0x1e900, 0x1e94b), (0x1e950, 0x1e959), (0x1e95e, 0x1e95f),
        (0x1ec71, 0x1ecb4), (0x1ed01, 0x1ed3d), (0x1ee00, 0x1ee03), (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22),
        (0x1ee24, 0x1ee24), (0x1ee27, 0x1ee27), (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39),
        (0x1ee3b, 0x1ee3b), (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b),
        (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57), (0x1ee59, 0x1ee59),
        (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64),
        (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72), (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e),
        (0x1ee80, 0x1ee89), (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb),
        (0x1eef0, 0x1eef1), (0x1f000, 0x1f02b), (0x1f030, 0x1f093), (0x1f0a0, 0x1f0ae), (0x1f0b1, 0x1f0bf),
        (0x1f0c1, 0x1f0cf), (0x1f0d1, 0x1f0f5), (0x1f100, 0x1f1ad), (0x1f1e6, 0x1f202), (0x1f210, 0x1f23b),
        (0x1f240, 0x1f248), (0x1f250, 0x1f251), (0x1f260, 0x1f265), (0x1f300, 0x1f6d7), (0x1f6dc, 0x1f6ec),
        (0x1f6f0, 0x1f6fc), (0x1f700, 0x1f776), (0x1f77b, 0x1f7d9), (0x1f7e0, 0x1f7eb), (0x1f7f0, 0x1f7f0),
        (0x1f800, 0x1f80b), (0x1f810, 0x1f847), (0x1f850, 0x1f859), (0x1f860, 0x1f887), (0x1f890, 0x1f8ad),
        (0x1f8b0, 0x1f8b1), (0x1f900, 0x1fa53), (0x1fa60, 0x1fa6d), (0x1fa70, 0x1fa7c), (0x1fa80, 0x1fa88),
        (0x1fa90, 0x1fabd), (0x1fabf, 0x1fac5), (0x1face, 0x1fadb), (0x1fae0, 0x1fae8), (0x1faf0, 0x1faf8),
        (0x1fb00, 0x1fb92), (0x1fb94, 0x1fbca), (0x1fbf0, 0x1fbf9), (0x20000, 0x2a6df), (0x2a700, 0x2b739),
        (0x2b740, 0x2b81d), (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0), (0x2ebf0, 0x2ee5d), (0x2f800, 0x2fa1d),
        (0x30000, 0x3134a), (0x31350, 0x323af), (0xe0100, 0xe01ef),
    ];
    pub(super) static ALPHA: [(u32, u32); 660] = [
        (0x41, 0x5a), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xba, 0xba), (0xc0, 0xd6), (0xd8, 0xf6),
        (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee), (0x370, 0x374),
        (0x376, 0x377), (0x37a, 0x37d), (0x37f, 0x37f), (0x386, 0x386), (0x388, 0x38a), (0x38c, 0x38c),
        (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481), (0x48a, 0x52f), (0x531, 0x556), (0x559, 0x559),
        (0x560, 0x588), (0x5d0, 0x5ea), (0x5ef, 0x5f2), (0x620, 0x64a), (0x66e, 0x66f), (0x671, 0x6d3),
        (0x6d5, 0x6d5), (0x6e5, 0x6e6), (0x6ee, 0x6ef), (0x6fa, 0x6fc), (0x6ff, 0x6ff), (0x710, 0x710),
        (0x712, 0x72f), (0x74d, 0x7a5), (0x7b1, 0x7b1), (0x7ca, 0x7ea), (0x7f4, 0x7f5), (0x7fa, 0x7fa),
        (0x800, 0x815), (0x81a, 0x81a), (0x824, 0x824), (0x828, 0x828), (0x840, 0x858), (0x860, 0x86a),
        (0x870, 0x887), (0x889, 0x88e), (0x8a0, 0x8c9), (0x904, 0x939), (0x93d, 0x93d), (0x950, 0x950),
        (0x958, 0x961), (0x971, 0x980), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8), (0x9aa, 0x9b0),
        (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bd, 0x9bd), (0x9ce, 0x9ce), (0x9dc, 0x9dd), (0x9df, 0x9e1),
        (0x9f0, 0x9f1), (0x9fc, 0x9fc), (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28), (0xa2a, 0xa30),
        (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39), (0xa59, 0xa5c), (0xa5e, 0xa5e), (0xa72, 0xa74),
        (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3), (0xab5, 0xab9),
        (0xabd, 0xabd), (0xad0, 0xad0), (0xae0, 0xae1), (0xaf9, 0xaf9), (0xb05, 0xb0c), (0xb0f, 0xb10),
        (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3d, 0xb3d), (0xb5c, 0xb5d),
        (0xb5f, 0xb61), (0xb71, 0xb71), (0xb83, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90), (0xb92, 0xb95),
        (0xb99, 0xb9a), (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa), (0xbae, 0xbb9),
        (0xbd0, 0xbd0), (0xc05, 0xc0c), (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39), (0xc3d, 0xc3d),
        (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc61), (0xc80, 0xc80), (0xc85, 0xc8c), (0xc8e, 0xc90),
        (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbd, 0xcbd), (0xcdd, 0xcde), (0xce0, 0xce1),
        (0xcf1, 0xcf2), (0xd04, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd3a), (0xd3d, 0xd3d), (0xd4e, 0xd4e),
        (0xd54, 0xd56), (0xd5f, 0xd61), (0xd7a, 0xd7f), (0xd85, 0xd96), (0xd9a, 0xdb1), (0xdb3, 0xdbb),
        (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xe01, 0xe30), (0xe32, 0xe33), (0xe40, 0xe46), (0xe81, 0xe82),
        (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xeb0), (0xeb2, 0xeb3),
        (0xebd, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xedc, 0xedf), (0xf00, 0xf00), (0xf40, 0xf47),
        (0xf49, 0xf6c), (0xf88, 0xf8c), (0x1000, 0x102a), (0x103f, 0x103f), (0x1050, 0x1055), (0x105a, 0x105d),
        (0x1061, 0x1061), (0x1065, 0x1066), (0x106e, 0x1070), (0x1075, 0x1081), (0x108e, 0x108e),
        (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd), (0x10d0, 0x10fa), (0x10fc, 0x1248),
        (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258), (0x125a, 0x125d), (0x1260, 0x1288),
        (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5), (0x12b8, 0x12be), (0x12c0, 0x12c0),
        (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310), (0x1312, 0x1315), (0x1318, 0x135a),
        (0x1380, 0x138f), (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1401, 0x166c), (0x166f, 0x167f),
        (0x1681, 0x169a), (0x16a0, 0x16ea), (0x16f1, 0x16f8), (0x1700, 0x1711), (0x171f, 0x1731),
        (0x1740, 0x1751), (0x1760, 0x176c), (0x176e, 0x1770), (0x1780, 0x17b3), (0x17d7, 0x17d7),
        (0x17dc, 0x17dc), (0x1820, 0x1878), (0x1880, 0x1884), (0x1887, 0x18a8), (0x18aa, 0x18aa),
        (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1950, 0x196d), (0x1970, 0x1974), (0x1980, 0x19ab),
        (0x19b0, 0x19c9), (0x1a00, 0x1a16), (0x1a20, 0x1a54), (0x1aa7, 0x1aa7), (0x1b05, 0x1b33),
        (0x1b45, 0x1b4c), (0x1b83, 0x1ba0), (0x1bae, 0x1baf), (0x1bba, 0x1be5), (0x1c00, 0x1c23),
        (0x1c4d, 0x1c4f), (0x1c5a, 0x1c7d), (0x1c80, 0x1c88), (0x1c90, 0x1cba), (0x1cbd, 0x1cbf),
        (0x1ce9, 0x1cec), (0x1cee, 0x1cf3), (0x1cf5, 0x1cf6), (0x1cfa, 0x1cfa), (0x1d00, 0x1dbf),
        (0x1e00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45), (0x1f48, 0x1f4d), (0x1f50, 0x1f57),
        (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4),
        (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4), (0x1fc6, 0x1fcc), (0x1fd0, 0x1fd3),
        (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffc), (0x2071, 0x2071),
        (0x207f, 0x207f), (0x2090, 0x209c), (0x2102, 0x2102), (0x2107, 0x2107), (0x210a, 0x2113),
        (0x2115, 0x2115), (0x2119, 0x211d), (0x2124, 0x2124), (0x2126, 0x2126), (0x2128, 0x2128),
        (0x212a, 0x212d), (0x212f, 0x2139), (0x213c, 0x213f), (0x2145, 0x2149), (0x214e, 0x214e),
        (0x2183, 0x2184), (0x2c00, 0x2ce4), (0x2ceb, 0x2cee), (0x2cf2, 0x2cf3), (0x2d00, 0x2d25),
        (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67), (0x2d6f, 0x2d6f), (0x2d80, 0x2d96),
        (0x2da0, 0x2da6), (0x2da8, 0x2dae), (0x2db0, 0x2db6), (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6),
        (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x2e2f, 0x2e2f), (0x3005, 0x3006),
        (0x3031, 0x3035), (0x303b, 0x303c), (0x3041, 0x3096), (0x309d, 0x309f), (0x30a1, 0x30fa),
        (0x30fc, 0x30ff), (0x3105, 0x312f), (0x3131, 0x318e), (0x31a0, 0x31bf), (0x31f0, 0x31ff),
        (0x3400, 0x4dbf), (0x4e00, 0xa48c), (0xa4d0, 0xa4fd), (0xa500, 0xa60c), (0xa610, 0xa61f),
        (0xa62a, 0xa62b), (0xa640, 0xa66e), (0xa67f, 0xa69d), (0xa6a0, 0xa6e5), (0xa717, 0xa71f),
        (0xa722, 0xa788), (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9),
        (0xa7f2, 0xa801), (0xa803, 0xa805), (0xa807, 0xa80a), (0xa80c, 0xa822), (0xa840, 0xa873),
        (0xa882, 0xa8b3), (0xa8f2, 0xa8f7), (0xa8fb, 0xa8fb), (0xa8fd, 0xa8fe), (0xa90a, 0xa925),
        (0xa930, 0xa946), (0xa960, 0xa97c), (0xa984, 0xa9b2), (0xa9cf, 0xa9cf), (0xa9e0, 0xa9e4),
        (0xa9e6, 0xa9ef), (0xa9fa, 0xa9fe), (0xaa00, 0xaa28), (0xaa40, 0xaa42), (0xaa44, 0xaa4b),
        (0xaa60, 0xaa76), (0xaa7a, 0xaa7a), (0xaa7e, 0xaaaf), (0xaab1, 0xaab1), (0xaab5, 0xaab6),
        (0xaab9, 0xaabd), (0xaac0, 0xaac0), (0xaac2, 0xaac2), (0xaadb, 0xaadd), (0xaae0, 0xaaea),
        (0xaaf2, 0xaaf4), (0xab01, 0xab06), (0xab09, 0xab0e), (0xab11, 0xab16), (0xab20, 0xab26),
        (0xab28, 0xab2e), (0xab30, 0xab5a), (0xab5c, 0xab69), (0xab70, 0xabe2), (0xac00, 0xd7a3),
        (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9), (0xfb00, 0xfb06),
        (0xfb13, 0xfb17), (0xfb1d, 0xfb1d), (0xfb1f, 0xfb28), (0xfb2a, 0xfb36), (0xfb38, 0xfb3c),
        (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44), (0xfb46, 0xfbb1), (0xfbd3, 0xfd3d),
        (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdfb), (0xfe70, 0xfe74), (0xfe76, 0xfefc),
        (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xffbe), (0xffc2, 0xffc7), (0xffca, 0xffcf),
        (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b), (0x1000d, 0x10026), (0x10028, 0x1003a),
        (0x1003c, 0x1003d), (0x1003f, 0x1004d), (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10280, 0x1029c),
        (0x102a0, 0x102d0), (0x10300, 0x1031f), (0x1032d, 0x10340), (0x10342, 0x10349), (0x10350, 0x10375),
        (0x10380, 0x1039d), (0x103a0, 0x103c3), (0x103c8, 0x103cf), (0x10400, 0x1049d), (0x104b0, 0x104d3),
        (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563), (0x10570, 0x1057a), (0x1057c, 0x1058a),
        (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1), (0x105a3, 0x105b1), (0x105b3, 0x105b9),
        (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
        (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080a, 0x10835),
        (0x10837, 0x10838), (0x1083c, 0x1083c), (0x1083f, 0x10855), (0x10860, 0x10876), (0x10880, 0x1089e),
        (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x10900, 0x10915), (0x10920, 0x10939), (0x10980, 0x109b7),
        (0x109be, 0x109bf), (0x10a00, 0x10a00), (0x10a10, 0x10a13), (0x10a15, 0x10a17), (0x10a19, 0x10a35),
        (0x10a60, 0x10a7c), (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7), (0x10ac9, 0x10ae4), (0x10b00, 0x10b35),
        (0x10b40, 0x10b55), (0x10b60, 0x10b72), (0x10b80, 0x10b91), (0x10c00, 0x10c48), (0x10c80, 0x10cb2),
        (0x10cc0, 0x10cf2), (0x10d00, 0x10d23), (0x10e80, 0x10ea9), (0x10eb0, 0x10eb1), (0x10f00, 0x10f1c),
        (0x10f27, 0x10f27), (0x10f30, 0x10f45), (0x10f70, 0x10f81), (0x10fb0, 0x10fc4), (0x10fe0, 0x10ff6),
        (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075), (0x11083, 0x110af), (0x110d0, 0x110e8),
        (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147), (0x11150, 0x11172), (0x11176, 0x11176),
        (0x11183, 0x111b2), (0x111c1, 0x111c4), (0x111da, 0x111da), (0x111dc, 0x111dc), (0x11200, 0x11211),
        (0x11213, 0x1122b), (0x1123f, 0x11240), (0x11280, 0x11286), (0x11288, 0x11288), (0x1128a, 0x1128d),
        (0x1128f, 0x1129d), (0x1129f, 0x112a8), (0x112b0, 0x112de), (0x11305, 0x1130c), (0x1130f, 0x11310),
        (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339), (0x1133d, 0x1133d),
        (0x11350, 0x11350), (0x1135d, 0x11361), (0x11400, 0x11434), (0x11447, 0x1144a), (0x1145f, 0x11461),
        (0x11480, 0x114af), (0x114c4, 0x114c5), (0x114c7, 0x114c7), (0x11580, 0x115ae), (0x115d8, 0x115db),
        (0x11600, 0x1162f), (0x11644, 0x11644), (0x11680, 0x116aa), (0x116b8, 0x116b8), (0x11700, 0x1171a),
        (0x11740, 0x11746), (0x11800, 0x1182b), (0x118a0, 0x118df), (0x118ff, 0x11906), (0x11909, 0x11909),
        (0x1190c, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192f), (0x1193f, 0x1193f), (0x11941, 0x11941),
        (0x119a0, 0x119a7), (0x119aa, 0x119d0), (0x119e1, 0x119e1), (0x119e3, 0x119e3), (0x11a00, 0x11a00),
        (0x11a0b, 0x11a32), (0x11a3a, 0x11a3a), (0x11a50, 0x11a50), (0x11a5c, 0x11a89), (0x11a9d, 0x11a9d),
        (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c2e), (0x11c40, 0x11c40), (0x11c72, 0x11c8f),
        (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d30), (0x11d46, 0x11d46), (0x11d60, 0x11d65),
        (0x11d67, 0x11d68), (0x11d6a, 0x11d89), (0x11d98, 0x11d98), (0x11ee0, 0x11ef2), (0x11f02, 0x11f02),
        (0x11f04, 0x11f10), (0x11f12, 0x11f33), (0x11fb0, 0x11fb0), (0x12000, 0x12399), (0x12480, 0x12543),
        (0x12f90, 0x12ff0), (0x13000, 0x1342f), (0x13441, 0x13446), (0x14400, 0x14646), (0x16800, 0x16a38),
        (0x16a40, 0x16a5e), (0x16a70, 0x16abe), (0x16ad0, 0x16aed), (0x16b00, 0x16b2f), (0x16b40, 0x16b43),
        (0x16b63, 0x16b77), (0x16b7d, 0x16b8f), (0x16e40, 0x16e7f), (0x16f00, 0x16f4a), (0x16f50, 0x16f50),
        (0x16f93, 0x16f9f), (0x16fe0, 0x16fe1), (0x16fe3, 0x16fe3), (0x17000, 0x187f7), (0x18800, 0x18cd5),
        (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe), (0x1b000, 0x1b122),
        (0x1b132, 0x1b132), (0x1b150, 0x1b152), (0x1b155, 0x1b155), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb),
        (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99), (0x1d400, 0x1d454),
        (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2), (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac),
        (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb), (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a),
        (0x1d50d, 0x1d514), (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544),
        (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0), (0x1d6c2, 0x1d6da),
        (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714), (0x1d716, 0x1d734), (0x1d736, 0x1d74e), (0x1d750, 0x1d76e),
        (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8), (0x1d7aa, 0x1d7c2), (0x1d7c4, 0x1d7cb), (0x1df00, 0x1df1e),
        (0x1df25, 0x1df2a), (0x1e030, 0x1e06d), (0x1e100, 0x1e12c), (0x1e137, 0x1e13d), (0x1e14e, 0x1e14e),
        (0x1e290, 0x1e2ad), (0x1e2c0, 0x1e2eb), (0x1e4d0, 0x1e4eb), (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb),
        (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe), (0x1e800, 0x1e8c4), (0x1e900, 0x1e943), (0x1e94b, 0x1e94b),
        (0x1ee00, 0x1ee03), (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24), (0x1ee27, 0x1ee27),
        (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b), (0x1ee42, 0x1ee42),
        (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b), (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52),
        (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57), (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d),
        (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72),
        (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89), (0x1ee8b, 0x1ee9b),
        (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb), (0x20000, 0x2a6df), (0x2a700, 0x2b739),
        (0x2b740, 0x2b81d), (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0), (0x2ebf0, 0x2ee5d), (0x2f800, 0x2fa1d),
        (0x30000, 0x3134a), (0x31350, 0x323af),
    ];
    pub(super) static XID_START: [(u32, u32); 668] = [
        (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xba, 0xba), (0xc0, 0xd6),
        (0xd8, 0xf6), (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee),
        (0x370, 0x374), (0x376, 0x377), (0x37b, 0x37d), (0x37f, 0x37f), (0x386, 0x386), (0x388, 0x38a),
        (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481), (0x48a, 0x52f), (0x531, 0x556),
        (0x559, 0x559), (0x560, 0x588), (0x5d0, 0x5ea), (0x5ef, 0x5f2), (0x620, 0x64a), (0x66e, 0x66f),
        (0x671, 0x6d3), (0x6d5, 0x6d5), (0x6e5, 0x6e6), (0x6ee, 0x6ef), (0x6fa, 0x6fc), (0x6ff, 0x6ff),
        (0x710, 0x710), (0x712, 0x72f), (0x74d, 0x7a5), (0x7b1, 0x7b1), (0x7ca, 0x7ea), (0x7f4, 0x7f5),
        (0x7fa, 0x7fa), (0x800, 0x815), (0x81a, 0x81a), (0x824, 0x824), (0x828, 0x828), (0x840, 0x858),
        (0x860, 0x86a), (0x870, 0x887), (0x889, 0x88e), (0x8a0, 0x8c9), (0x904, 0x939), (0x93d, 0x93d),
        (0x950, 0x950), (0x958, 0x961), (0x971, 0x980), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8),
        (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bd, 0x9bd), (0x9ce, 0x9ce), (0x9dc, 0x9dd),
        (0x9df, 0x9e1), (0x9f0, 0x9f1), (0x9fc, 0x9fc), (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28),
        (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39), (0xa59, 0xa5c), (0xa5e, 0xa5e),
        (0xa72, 0xa74), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3),
        (0xab5, 0xab9), (0xabd, 0xabd), (0xad0, 0xad0), (0xae0, 0xae1), (0xaf9, 0xaf9), (0xb05, 0xb0c),
        (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3d, 0xb3d),
        (0xb5c, 0xb5d), (0xb5f, 0xb61), (0xb71, 0xb71), (0xb83, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90),
        (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa),
        (0xbae, 0xbb9), (0xbd0, 0xbd0), (0xc05, 0xc0c), (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39),
        (0xc3d, 0xc3d), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc61), (0xc80, 0xc80), (0xc85, 0xc8c),
        (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbd, 0xcbd), (0xcdd, 0xcde),
        (0xce0, 0xce1), (0xcf1, 0xcf2), (0xd04, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd3a), (0xd3d, 0xd3d),
        (0xd4e, 0xd4e), (0xd54, 0xd56), (0xd5f, 0xd61), (0xd7a, 0xd7f), (0xd85, 0xd96), (0xd9a, 0xdb1),
        (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xe01, 0xe30), (0xe32, 0xe32), (0xe40, 0xe46),
        (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xeb0),
        (0xeb2, 0xeb2), (0xebd, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xedc, 0xedf), (0xf00, 0xf00),
        (0xf40, 0xf47), (0xf49, 0xf6c), (0xf88, 0xf8c), (0x1000, 0x102a), (0x103f, 0x103f), (0x1050, 0x1055),
        (0x105a, 0x105d), (0x1061, 0x1061), (0x1065, 0x1066), (0x106e, 0x1070), (0x1075, 0x1081),
        (0x108e, 0x108e), (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd), (0x10d0, 0x10fa),
        (0x10fc, 0x1248), (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258), (0x125a, 0x125d),
        (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5), (0x12b8, 0x12be),
        (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310), (0x1312, 0x1315),
        (0x1318, 0x135a), (0x1380, 0x138f), (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1401, 0x166c),
        (0x166f, 0x167f), (0x1681, 0x169a), (0x16a0, 0x16ea), (0x16ee, 0x16f8), (0x1700, 0x1711),
        (0x171f, 0x1731), (0x1740, 0x1751), (0x1760, 0x176c), (0x176e, 0x1770), (0x1780, 0x17b3),
        (0x17d7, 0x17d7), (0x17dc, 0x17dc), (0x1820, 0x1878), (0x1880, 0x18a8), (0x18aa, 0x18aa),
        (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1950, 0x196d), (0x1970, 0x1974), (0x1980, 0x19ab),
        (0x19b0, 0x19c9), (0x1a00, 0x1a16), (0x1a20, 0x1a54), (0x1aa7, 0x1aa7), (0x1b05, 0x1b33),
        (0x1b45, 0x1b4c), (0x1b83, 0x1ba0), (0x1bae, 0x1baf), (0x1bba, 0x1be5), (0x1c00, 0x1c23),
        (0x1c4d, 0x1c4f), (0x1c5a, 0x1c7d), (0x1c80, 0x1c88), (0x1c90, 0x1cba), (0x1cbd, 0x1cbf),
        (0x1ce9, 0x1cec), (0x1cee, 0x1cf3), (0x1cf5, 0x1cf6), (0x1cfa, 0x1cfa), (0x1d00, 0x1dbf),
        (0x1e00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45), (0x1f48, 0x1f4d), (0x1f50, 0x1f57),
        (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4),
        (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4), (0x1fc6, 0x1fcc), (0x1fd0, 0x1fd3),
        (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffc), (0x2071, 0x2071),
        (0x207f, 0x207f), (0x2090, 0x209c), (0x2102, 0x2102), (0x2107, 0x2107), (0x210a, 0x2113),
        (0x2115, 0x2115), (0x2118, 0x211d), (0x2124, 0x2124), (0x2126, 0x2126), (0x2128, 0x2128),
        (0x212a, 0x2139), (0x213c, 0x213f), (0x2145, 0x2149), (0x214e, 0x214e), (0x2160, 0x2188),
        (0x2c00, 0x2ce4), (0x2ceb, 0x2cee), (0x2cf2, 0x2cf3), (0x2d00, 0x2d25), (0x2d27, 0x2d27),
        (0x2d2d, 0x2d2d), (0x2d30, 0x2d67), (0x2d6f, 0x2d6f), (0x2d80, 0x2d96), (0x2da0, 0x2da6),
        (0x2da8, 0x2dae), (0x2db0, 0x2db6), (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce),
        (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x3005, 0x3007), (0x3021, 0x3029), (0x3031, 0x3035),
        (0x3038, 0x303c), (0x3041, 0x3096), (0x309d, 0x309f), (0x30a1, 0x30fa), (0x30fc, 0x30ff),
        (0x3105, 0x312f), (0x3131, 0x318e), (0x31a0, 0x31bf), (0x31f0, 0x31ff), (0x3400, 0x4dbf),
        (0x4e00, 0xa48c), (0xa4d0, 0xa4fd), (0xa500, 0xa60c), (0xa610, 0xa61f), (0xa62a, 0xa62b),
        (0xa640, 0xa66e), (0xa67f, 0xa69d), (0xa6a0, 0xa6ef), (0xa717, 0xa71f), (0xa722, 0xa788),
        (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9), (0xa7f2, 0xa801),
        (0xa803, 0xa805), (0xa807, 0xa80a), (0xa80c, 0xa822), (0xa840, 0xa873), (0xa882, 0xa8b3),
        (0xa8f2, 0xa8f7), (0xa8fb, 0xa8fb), (0xa8fd, 0xa8fe), (0xa90a, 0xa925), (0xa930, 0xa946),
        (0xa960, 0xa97c), (0xa984, 0xa9b2), (0xa9cf, 0xa9cf), (0xa9e0, 0xa9e4), (0xa9e6, 0xa9ef),
        (0xa9fa, 0xa9fe), (0xaa00, 0xaa28), (0xaa40, 0xaa42), (0xaa44, 0xaa4b), (0xaa60, 0xaa76),
        (0xaa7a, 0xaa7a), (0xaa7e, 0xaaaf), (0xaab1, 0xaab1), (0xaab5, 0xaab6), (0xaab9, 0xaabd),
        (0xaac0, 0xaac0), (0xaac2, 0xaac2), (0xaadb, 0xaadd), (0xaae0, 0xaaea), (0xaaf2, 0xaaf4),
        (0xab01, 0xab06), (0xab09, 0xab0e), (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e),
        (0xab30, 0xab5a), (0xab5c, 0xab69), (0xab70, 0xabe2), (0xac00, 0xd7a3), (0xd7b0, 0xd7c6),
        (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9), (0xfb00, 0xfb06), (0xfb13, 0xfb17),
        (0xfb1d, 0xfb1d), (0xfb1f, 0xfb28), (0xfb2a, 0xfb36), (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e),
        (0xfb40, 0xfb41), (0xfb43, 0xfb44), (0xfb46, 0xfbb1), (0xfbd3, 0xfc5d), (0xfc64, 0xfd3d),
        (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdf9), (0xfe71, 0xfe71), (0xfe73, 0xfe73),
        (0xfe77, 0xfe77), (0xfe79, 0xfe79), (0xfe7b, 0xfe7b), (0xfe7d, 0xfe7d), (0xfe7f, 0xfefc),
        (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xff9d), (0xffa0, 0xffbe), (0xffc2, 0xffc7),
        (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b), (0x1000d, 0x10026),
        (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d), (0x10050, 0x1005d), (0x10080, 0x100fa),
        (0x10140, 0x10174), (0x10280, 0x1029c), (0x102a0, 0x102d0), (0x10300, 0x1031f), (0x1032d, 0x1034a),
        (0x10350, 0x10375), (0x10380, 0x1039d), (0x103a0, 0x103c3), (0x103c8, 0x103cf), (0x103d1, 0x103d5),
        (0x10400, 0x1049d), (0x104b0, 0x104d3), (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563),
        (0x10570, 0x1057a), (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1),
        (0x105a3, 0x105b1), (0x105b3, 0x105b9), (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755),
        (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805),
        (0x10808, 0x10808), (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c), (0x1083f, 0x10855),
        (0x10860, 0x10876), (0x10880, 0x1089e), (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x10900, 0x10915),
        (0x10920, 0x10939), (0x10980, 0x109b7), (0x109be, 0x109bf), (0x10a00, 0x10a00), (0x10a10, 0x10a13),
        (0x10a15, 0x10a17), (0x10a19, 0x10a35), (0x10a60, 0x10a7c), (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7),
        (0x10ac9, 0x10ae4), (0x10b00, 0x10b35), (0x10b40, 0x10b55), (0x10b60, 0x10b72), (0x10b80, 0x10b91),
        (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10d00, 0x10d23), (0x10e80, 0x10ea9),
        (0x10eb0, 0x10eb1), (0x10f00, 0x10f1c), (0x10f27, 0x10f27), (0x10f30, 0x10f45), (0x10f70, 0x10f81),
        (0x10fb0, 0x10fc4), (0x10fe0, 0x10ff6), (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075),
        (0x11083, 0x110af), (0x110d0, 0x110e8), (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147),
        (0x11150, 0x11172), (0x11176, 0x11176), (0x11183, 0x111b2), (0x111c1, 0x111c4), (0x111da, 0x111da),
        (0x111dc, 0x111dc), (0x11200, 0x11211), (0x11213, 0x1122b), (0x1123f, 0x11240), (0x11280, 0x11286),
        (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d), (0x1129f, 0x112a8), (0x112b0, 0x112de),
        (0x11305, 0x1130c), (0x1130f, 0x11310), (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333),
        (0x11335, 0x11339), (0x1133d, 0x1133d), (0x11350, 0x11350), (0x1135d, 0x11361), (0x11400, 0x11434),
        (0x11447, 0x1144a), (0x1145f, 0x11461), (0x11480, 0x114af), (0x114c4, 0x114c5), (0x114c7, 0x114c7),
        (0x11580, 0x115ae), (0x115d8, 0x115db), (0x11600, 0x1162f), (0x11644, 0x11644), (0x11680, 0x116aa),
        (0x116b8, 0x116b8), (0x11700, 0x1171a), (0x11740, 0x11746), (0x11800, 0x1182b), (0x118a0, 0x118df),
        (0x118ff, 0x11906), (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192f),
        (0x1193f, 0x1193f), (0x11941, 0x11941), (0x119a0, 0x119a7), (0x119aa, 0x119d0), (0x119e1, 0x119e1),
        (0x119e3, 0x119e3), (0x11a00, 0x11a00), (0x11a0b, 0x11a32), (0x11a3a, 0x11a3a), (0x11a50, 0x11a50),
        (0x11a5c, 0x11a89), (0x11a9d, 0x11a9d), (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c2e),
        (0x11c40, 0x11c40), (0x11c72, 0x11c8f), (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d30),
        (0x11d46, 0x11d46), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d89), (0x11d98, 0x11d98),
        (0x11ee0, 0x11ef2), (0x11f02, 0x11f02), (0x11f04, 0x11f10), (0x11f12, 0x11f33), (0x11fb0, 0x11fb0),
        (0x12000, 0x12399), (0x12400, 0x1246e), (0x12480, 0x12543), (0x12f90, 0x12ff0), (0x13000, 0x1342f),
        (0x13441, 0x13446), (0x14400, 0x14646), (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a70, 0x16abe),
        (0x16ad0, 0x16aed), (0x16b00, 0x16b2f), (0x16b40, 0x16b43), (0x16b63, 0x16b77), (0x16b7d, 0x16b8f),
        (0x16e40, 0x16e7f), (0x16f00, 0x16f4a), (0x16f50, 0x16f50), (0x16f93, 0x16f9f), (0x16fe0, 0x16fe1),
        (0x16fe3, 0x16fe3), (0x17000, 0x187f7), (0x18800, 0x18cd5), (0x18d00, 0x18d08), (0x1aff0, 0x1aff3),
        (0x1aff5, 0x1affb), (0x1affd, 0x1affe), (0x1b000, 0x1b122), (0x1b132, 0x1b132), (0x1b150, 0x1b152),
        (0x1b155, 0x1b155), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb), (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c),
        (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99), (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f),
        (0x1d4a2, 0x1d4a2), (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb),
        (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a), (0x1d50d, 0x1d514), (0x1d516, 0x1d51c),
        (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544), (0x1d546, 0x1d546), (0x1d54a, 0x1d550),
        (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0), (0x1d6c2, 0x1d6da), (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714),
        (0x1d716, 0x1d734), (0x1d736, 0x1d74e), (0x1d750, 0x1d76e), (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8),
        (0x1d7aa, 0x1d7c2), (0x1d7c4, 0x1d7cb), (0x1df00, 0x1df1e), (0x1df25, 0x1df2a), (0x1e030, 0x1e06d),
        (0x1e100, 0x1e12c), (0x1e137, 0x1e13d), (0x1e14e, 0x1e14e), (0x1e290, 0x1e2ad), (0x1e2c0, 0x1e2eb),
        (0x1e4d0, 0x1e4eb), (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe),
        (0x1e800, 0x1e8c4), (0x1e900, 0x1e943), (0x1e94b, 0x1e94b), (0x1ee00, 0x1ee03), (0x1ee05, 0x1ee1f),
        (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24), (0x1ee27, 0x1ee27), (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37),
        (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b), (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49),
        (0x1ee4b, 0x1ee4b), (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57),
        (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62),
        (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72), (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c),
        (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89), (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9),
        (0x1eeab, 0x1eebb), (0x20000, 0x2a6df), (0x2a700, 0x2b739), (0x2b740, 0x2b81d), (0x2b820, 0x2cea1),
        (0x2ceb0, 0x2ebe0), (0x2ebf0, 0x2ee5d), (0x2f800, 0x2fa1d), (0x30000, 0x3134a), (0x31350, 0x323af),
    ];
    pub(super) static XID_CONTINUE: [(u32, u32); 776] = [
        (0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xb7, 0xb7),
        (0xba, 0xba), (0xc0, 0xd6), (0xd8, 0xf6), (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec),
        (0x2ee, 0x2ee), (0x300, 0x374), (0x376, 0x377), (0x37b, 0x37d), (0x37f, 0x37f), (0x386, 0x38a),
        (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481), (0x483, 0x487), (0x48a, 0x52f),
        (0x531, 0x556), (0x559, 0x559), (0x560, 0x588), (0x591, 0x5bd), (0x5bf, 0x5bf), (0x5c1, 0x5c2),
        (0x5c4, 0x5c5), (0x5c7, 0x5c7), (0x5d0, 0x5ea), (0x5ef, 0x5f2), (0x610, 0x61a), (0x620, 0x669),
        (0x66e, 0x6d3), (0x6d5, 0x6dc), (0x6df, 0x6e8), (0x6ea, 0x6fc), (0x6ff, 0x6ff), (0x710, 0x74a),
        (0x74d, 0x7b1), (0x7c0, 0x7f5), (0x7fa, 0x7fa), (0x7fd, 0x7fd), (0x800, 0x82d), (0x840, 0x85b),
        (0x860, 0x86a), (0x870, 0x887), (0x889, 0x88e), (0x898, 0x8e1), (0x8e3, 0x963), (0x966, 0x96f),
        (0x971, 0x983), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8), (0x9aa, 0x9b0), (0x9b2, 0x9b2),
        (0x9b6, 0x9b9), (0x9bc, 0x9c4), (0x9c7, 0x9c8), (0x9cb, 0x9ce), (0x9d7, 0x9d7), (0x9dc, 0x9dd),
        (0x9df, 0x9e3), (0x9e6, 0x9f1), (0x9fc, 0x9fc), (0x9fe, 0x9fe), (0xa01, 0xa03), (0xa05, 0xa0a),
        (0xa0f, 0xa10), (0xa13, 0xa28), (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39),
        (0xa3c, 0xa3c), (0xa3e, 0xa42), (0xa47, 0xa48), (0xa4b, 0xa4d), (0xa51, 0xa51), (0xa59, 0xa5c),
        (0xa5e, 0xa5e), (0xa66, 0xa75), (0xa81, 0xa83), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8),
        (0xaaa, 0xab0), (0xab2, 0xab3), (0xab5, 0xab9), (0xabc, 0xac5), (0xac7, 0xac9), (0xacb, 0xacd),
        (0xad0, 0xad0), (0xae0, 0xae3), (0xae6, 0xaef), (0xaf9, 0xaff), (0xb01, 0xb03), (0xb05, 0xb0c),
        (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3c, 0xb44),
        (0xb47, 0xb48), (0xb4b, 0xb4d), (0xb55, 0xb57), (0xb5c, 0xb5d), (0xb5f, 0xb63), (0xb66, 0xb6f),
        (0xb71, 0xb71), (0xb82, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90), (0xb92, 0xb95), (0xb99, 0xb9a),
        (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa), (0xbae, 0xbb9), (0xbbe, 0xbc2),
        (0xbc6, 0xbc8), (0xbca, 0xbcd), (0xbd0, 0xbd0), (0xbd7, 0xbd7), (0xbe6, 0xbef), (0xc00, 0xc0c),
        (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39), (0xc3c, 0xc44), (0xc46, 0xc48), (0xc4a, 0xc4d),
        (0xc55, 0xc56), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc63), (0xc66, 0xc6f), (0xc80, 0xc83),
        (0xc85, 0xc8c), (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbc, 0xcc4),
        (0xcc6, 0xcc8), (0xcca, 0xccd), (0xcd5, 0xcd6), (0xcdd, 0xcde), (0xce0, 0xce3), (0xce6, 0xcef),
        (0xcf1, 0xcf3), (0xd00, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd44), (0xd46, 0xd48), (0xd4a, 0xd4e),
        (0xd54, 0xd57), (0xd5f, 0xd63), (0xd66, 0xd6f), (0xd7a, 0xd7f), (0xd81, 0xd83), (0xd85, 0xd96),
        (0xd9a, 0xdb1), (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xdca, 0xdca), (0xdcf, 0xdd4),
        (0xdd6, 0xdd6), (0xdd8, 0xddf), (0xde6, 0xdef), (0xdf2, 0xdf3), (0xe01, 0xe3a), (0xe40, 0xe4e),
        (0xe50, 0xe59), (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3), (0xea5, 0xea5),
        (0xea7, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xec8, 0xece), (0xed0, 0xed9), (0xedc, 0xedf),
        (0xf00, 0xf00), (0xf18, 0xf19), (0xf20, 0xf29), (0xf35, 0xf35), (0xf37, 0xf37), (0xf39, 0xf39),
        (0xf3e, 0xf47), (0xf49, 0xf6c), (0xf71, 0xf84), (0xf86, 0xf97), (0xf99, 0xfbc), (0xfc6, 0xfc6),
        (0x1000, 0x1049), (0x1050, 0x109d), (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd),
        (0x10d0, 0x10fa), (0x10fc, 0x1248), (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258),
        (0x125a, 0x125d), (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5),
        (0x12b8, 0x12be), (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310),
        (0x1312, 0x1315), (0x1318, 0x135a), (0x135d, 0x135f), (0x1369, 0x1371), (0x1380, 0x138f),
        (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1401, 0x166c), (0x166f, 0x167f), (0x1681, 0x169a),
        (0x16a0, 0x16ea), (0x16ee, 0x16f8), (0x1700, 0x1715), (0x171f, 0x1734), (0x1740, 0x1753),
        (0x1760, 0x176c), (0x176e, 0x1770), (0x1772, 0x1773), (0x1780, 0x17d3), (0x17d7, 0x17d7),
        (0x17dc, 0x17dd), (0x17e0, 0x17e9), (0x180b, 0x180d), (0x180f, 0x1819), (0x1820, 0x1878),
        (0x1880, 0x18aa), (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1920, 0x192b), (0x1930, 0x193b),
        (0x1946, 0x196d), (0x1970, 0x1974), (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x19d0, 0x19da),
        (0x1a00, 0x1a1b), (0x1a20, 0x1a5e), (0x1a60, 0x1a7c), (0x1a7f, 0x1a89), (0x1a90, 0x1a99),
        (0x1aa7, 0x1aa7), (0x1ab0, 0x1abd), (0x1abf, 0x1ace), (0x1b00, 0x1b4c), (0x1b50, 0x1b59),
        (0x1b6b, 0x1b73), (0x1b80, 0x1bf3), (0x1c00, 0x1c37), (0x1c40, 0x1c49), (0x1c4d, 0x1c7d),
        (0x1c80, 0x1c88), (0x1c90, 0x1cba), (0x1cbd, 0x1cbf), (0x1cd0, 0x1cd2), (0x1cd4, 0x1cfa),
        (0x1d00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45), (0x1f48, 0x1f4d), (0x1f50, 0x1f57),
        (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4),
        (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4), (0x1fc6, 0x1fcc), (0x1fd0, 0x1fd3),
        (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffc), (0x200c, 0x200d),
        (0x203f, 0x2040), (0x2054, 0x2054), (0x2071, 0x2071), (0x207f, 0x207f), (0x2090, 0x209c),
        (0x20d0, 0x20dc), (0x20e1, 0x20e1), (0x20e5, 0x20f0), (0x2102, 0x2102), (0x2107, 0x2107),
        (0x210a, 0x2113), (0x2115, 0x2115), (0x2118, 0x211d), (0x2124, 0x2124), (0x2126, 0x2126),
        (0x2128, 0x2128), (0x212a, 0x2139), (0x213c, 0x213f), (0x2145, 0x2149), (0x214e, 0x214e),
        (0x2160, 0x2188), (0x2c00, 0x2ce4), (0x2ceb, 0x2cf3), (0x2d00, 0x2d25), (0x2d27, 0x2d27),
        (0x2d2d, 0x2d2d), (0x2d30, 0x2d67), (0x2d6f, 0x2d6f), (0x2d7f, 0x2d96), (0x2da0, 0x2da6),
        (0x2da8, 0x2dae), (0x2db0, 0x2db6), (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce),
        (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x2de0, 0x2dff), (0x3005, 0x3007), (0x3021, 0x302f),
        (0x3031, 0x3035), (0x3038, 0x303c), (0x3041, 0x3096), (0x3099, 0x309a), (0x309d, 0x309f),
        (0x30a1, 0x30ff), (0x3105, 0x312f), (0x3131, 0x318e), (0x31a0, 0x31bf), (0x31f0, 0x31ff),
        (0x3400, 0x4dbf), (0x4e00, 0xa48c), (0xa4d0, 0xa4fd), (0xa500, 0xa60c), (0xa610, 0xa62b),
        (0xa640, 0xa66f), (0xa674, 0xa67d), (0xa67f, 0xa6f1), (0xa717, 0xa71f), (0xa722, 0xa788),
        (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9), (0xa7f2, 0xa827),
        (0xa82c, 0xa82c), (0xa840, 0xa873), (0xa880, 0xa8c5), (0xa8d0, 0xa8d9), (0xa8e0, 0xa8f7),
        (0xa8fb, 0xa8fb), (0xa8fd, 0xa92d), (0xa930, 0xa953), (0xa960, 0xa97c), (0xa980, 0xa9c0),
        (0xa9cf, 0xa9d9), (0xa9e0, 0xa9fe), (0xaa00, 0xaa36), (0xaa40, 0xaa4d), (0xaa50, 0xaa59),
        (0xaa60, 0xaa76), (0xaa7a, 0xaac2), (0xaadb, 0xaadd), (0xaae0, 0xaaef), (0xaaf2, 0xaaf6),
        (0xab01, 0xab06), (0xab09, 0xab0e), (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e),
        (0xab30, 0xab5a), (0xab5c, 0xab69), (0xab70, 0xabea), (0xabec, 0xabed), (0xabf0, 0xabf9),
        (0xac00, 0xd7a3), (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9),
        (0xfb00, 0xfb06), (0xfb13, 0xfb17), (0xfb1d, 0xfb28), (0xfb2a, 0xfb36), (0xfb38, 0xfb3c),
        (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44), (0xfb46, 0xfbb1), (0xfbd3, 0xfc5d),
        (0xfc64, 0xfd3d), (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdf9), (0xfe00, 0xfe0f),
        (0xfe20, 0xfe2f), (0xfe33, 0xfe34), (0xfe4d, 0xfe4f), (0xfe71, 0xfe71), (0xfe73, 0xfe73),
        (0xfe77, 0xfe77), (0xfe79, 0xfe79), (0xfe7b, 0xfe7b), (0xfe7d, 0xfe7d), (0xfe7f, 0xfefc),
        (0xff10, 0xff19), (0xff21, 0xff3a), (0xff3f, 0xff3f), (0xff41, 0xff5a), (0xff65, 0xffbe),
        (0xffc2, 0xffc7), (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b),
        (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d), (0x10050, 0x1005d),
        (0x10080, 0x100fa), (0x10140, 0x10174), (0x101fd, 0x101fd), (0x10280, 0x1029c), (0x102a0, 0x102d0),
        (0x102e0, 0x102e0), (0x10300, 0x1031f), (0x1032d, 0x1034a), (0x10350, 0x1037a), (0x10380, 0x1039d),
        (0x103a0, 0x103c3), (0x103c8, 0x103cf), (0x103d1, 0x103d5), (0x10400, 0x1049d), (0x104a0, 0x104a9),
        (0x104b0, 0x104d3), (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563), (0x10570, 0x1057a),
        (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1), (0x105a3, 0x105b1),
        (0x105b3, 0x105b9), (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767),
        (0x10780, 0x10785), (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808),
        (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c), (0x1083f, 0x10855), (0x10860, 0x10876),
        (0x10880, 0x1089e), (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x10900, 0x10915), (0x10920, 0x10939),
        (0x10980, 0x109b7), (0x109be, 0x109bf), (0x10a00, 0x10a03), (0x10a05, 0x10a06), (0x10a0c, 0x10a13),
        (0x10a15, 0x10a17), (0x10a19, 0x10a35), (0x10a38, 0x10a3a), (0x10a3f, 0x10a3f), (0x10a60, 0x10a7c),
        (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7), (0x10ac9, 0x10ae6), (0x10b00, 0x10b35), (0x10b40, 0x10b55),
        (0x10b60, 0x10b72), (0x10b80, 0x10b91), (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2),
        (0x10d00, 0x10d27), (0x10d30, 0x10d39), (0x10e80, 0x10ea9), (0x10eab, 0x10eac), (0x10eb0, 0x10eb1),
        (0x10efd, 0x10f1c), (0x10f27, 0x10f27), (0x10f30, 0x10f50), (0x10f70, 0x10f85), (0x10fb0, 0x10fc4),
        (0x10fe0, 0x10ff6), (0x11000, 0x11046), (0x11066, 0x11075), (0x1107f, 0x110ba), (0x110c2, 0x110c2),
        (0x110d0, 0x110e8), (0x110f0, 0x110f9), (0x11100, 0x11134), (0x11136, 0x1113f), (0x11144, 0x11147),
        (0x11150, 0x11173), (0x11176, 0x11176), (0x11180, 0x111c4), (0x111c9, 0x111cc), (0x111ce, 0x111da),
        (0x111dc, 0x111dc), (0x11200, 0x11211), (0x11213, 0x11237), (0x1123e, 0x11241), (0x11280, 0x11286),
        (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d), (0x1129f, 0x112a8), (0x112b0, 0x112ea),
        (0x112f0, 0x112f9), (0x11300, 0x11303), (0x11305, 0x1130c), (0x1130f, 0x11310), (0x11313, 0x11328),
        (0x1132a, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339), (0x1133b, 0x11344), (0x11347, 0x11348),
        (0x1134b, 0x1134d), (0x11350, 0x11350), (0x11357, 0x11357), (0x1135d, 0x11363), (0x11366, 0x1136c),
        (0x11370, 0x11374), (0x11400, 0x1144a), (0x11450, 0x11459), (0x1145e, 0x11461), (0x11480, 0x114c5),
        (0x114c7, 0x114c7), (0x114d0, 0x114d9), (0x11580, 0x115b5), (0x115b8, 0x115c0), (0x115d8, 0x115dd),
        (0x11600, 0x11640), (0x11644, 0x11644), (0x11650, 0x11659), (0x11680, 0x116b8), (0x116c0, 0x116c9),
        (0x11700, 0x1171a), (0x1171d, 0x1172b), (0x11730, 0x11739), (0x11740, 0x11746), (0x11800, 0x1183a),
        (0x118a0, 0x118e9), (0x118ff, 0x11906), (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916),
        (0x11918, 0x11935), (0x11937, 0x11938), (0x1193b, 0x11943), (0x11950, 0x11959), (0x119a0, 0x119a7),
        (0x119aa, 0x119d7), (0x119da, 0x119e1), (0x119e3, 0x119e4), (0x11a00, 0x11a3e), (0x11a47, 0x11a47),
        (0x11a50, 0x11a99), (0x11a9d, 0x11a9d), (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c36),
        (0x11c38, 0x11c40), (0x11c50, 0x11c59), (0x11c72, 0x11c8f), (0x11c92, 0x11ca7), (0x11ca9, 0x11cb6),
        (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d36), (0x11d3a, 0x11d3a), (0x11d3c, 0x11d3d),
        (0x11d3f, 0x11d47), (0x11d50, 0x11d59), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d8e),
        (0x11d90, 0x11d91), (0x11d93, 0x11d98), (0x11da0, 0x11da9), (0x11ee0, 0x11ef6), (0x11f00, 0x11f10),
        (0x11f12, 0x11f3a), (0x11f3e, 0x11f42), (0x11f50, 0x11f59), (0x11fb0, 0x11fb0), (0x12000, 0x12399),
        (0x12400, 0x1246e), (0x12480, 0x12543), (0x12f90, 0x12ff0), (0x13000, 0x1342f), (0x13440, 0x13455),
        (0x14400, 0x14646), (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a60, 0x16a69), (0x16a70, 0x16abe),
        (0x16ac0, 0x16ac9), (0x16ad0, 0x16aed), (0x16af0, 0x16af4), (0x16b00, 0x16b36), (0x16b40, 0x16b43),
        (0x16b50, 0x16b59), (0x16b63, 0x16b77), (0x16b7d, 0x16b8f), (0x16e40, 0x16e7f), (0x16f00, 0x16f4a),
        (0x16f4f, 0x16f87), (0x16f8f, 0x16f9f), (0x16fe0, 0x16fe1), (0x16fe3, 0x16fe4), (0x16ff0, 0x16ff1),
        (0x17000, 0x187f7), (0x18800, 0x18cd5), (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb),
        (0x1affd, 0x1affe), (0x1b000, 0x1b122), (0x1b132, 0x1b132), (0x1b150, 0x1b152), (0x1b155, 0x1b155),
        (0x1b164, 0x1b167), (0x1b170, 0x1b2fb), (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88),
        (0x1bc90, 0x1bc99), (0x1bc9d, 0x1bc9e), (0x1cf00, 0x1cf2d), (0x1cf30, 0x1cf46), (0x1d165, 0x1d169),
        (0x1d16d, 0x1d172), (0x1d17b, 0x1d182), (0x1d185, 0x1d18b), (0x1d1aa, 0x1d1ad), (0x1d242, 0x1d244),
        (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2), (0x1d4a5, 0x1d4a6),
        (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb), (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505),
        (0x1d507, 0x1d50a), (0x1d50d, 0x1d514), (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e),
        (0x1d540, 0x1d544), (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0),
        (0x1d6c2, 0x1d6da), (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714), (0x1d716, 0x1d734), (0x1d736, 0x1d74e),
        (0x1d750, 0x1d76e), (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8), (0x1d7aa, 0x1d7c2), (0x1d7c4, 0x1d7cb),
        (0x1d7ce, 0x1d7ff), (0x1da00, 0x1da36), (0x1da3b, 0x1da6c), (0x1da75, 0x1da75), (0x1da84, 0x1da84),
        (0x1da9b, 0x1da9f), (0x1daa1, 0x1daaf), (0x1df00, 0x1df1e), (0x1df25, 0x1df2a), (0x1e000, 0x1e006),
        (0x1e008, 0x1e018), (0x1e01b, 0x1e021), (0x1e023, 0x1e024), (0x1e026, 0x1e02a), (0x1e030, 0x1e06d),
        (0x1e08f, 0x1e08f), (0x1e100, 0x1e12c), (0x1e130, 0x1e13d), (0x1e140, 0x1e149), (0x1e14e, 0x1e14e),
        (0x1e290, 0x1e2ae), (0x1e2c0, 0x1e2f9), (0x1e4d0, 0x1e4f9), (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb),
        (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe), (0x1e800, 0x1e8c4), (0x1e8d0, 0x1e8d6), (0x1e900, 0x1e94b),
        (0x1e950, 0x1e959), (0x1ee00, 0x1ee03), (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24),
        (0x1ee27, 0x1ee27), (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b),
        (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b), (0x1ee4d, 0x1ee4f),
        (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57), (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b),
        (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a),
        (0x1ee6c, 0x1ee72), (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89),
        (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb), (0x1fbf0, 0x1fbf9),
        (0x20000, 0x2a6df), (0x2a700, 0x2b739), (0x2b740, 0x2b81d), (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0),
        (0x2ebf0, 0x2ee5d), (0x2f800, 0x2fa1d), (0x30000, 0x3134a), (0x31350, 0x323af), (0xe0100, 0xe01ef),
    ];
    pub(super) static CASEFOLD: [(u32, &str); 297] = [
        (0xb5, "\u{3bc}"), (0xdf, "\u{73}\u{73}"), (0x149, "\u{2bc}\u{6e}"), (0x17f, "\u{73}"),
        (0x1f0, "\u{6a}\u{30c}"), (0x345, "\u{3b9}"), (0x390, "\u{3b9}\u{308}\u{301}"),
        (0x3b0, "\u{3c5}\u{308}\u{301}"), (0x3c2, "\u{3c3}"), (0x3d0, "\u{3b2}"), (0x3d1, "\u{3b8}"),
        (0x3d5, "\u{3c6}"), (0x3d6, "\u{3c0}"), (0x3f0, "\u{3ba}"), (0x3f1, "\u{3c1}"), (0x3f5, "\u{3b5}"),
        (0x587, "\u{565}\u{582}"), (0x13a0, "\u{13a0}"), (0x13a1, "\u{13a1}"), (0x13a2, "\u{13a2}"),
        (0x13a3, "\u{13a3}"), (0x13a4, "\u{13a4}"), (0x13a5, "\u{13a5}"), (0x13a6, "\u{13a6}"),
        (0x13a7, "\u{13a7}"), (0x13a8, "\u{13a8}"), (0x13a9, "\u{13a9}"), (0x13aa, "\u{13aa}"),
        (0x13ab, "\u{13ab}"), (0x13ac, "\u{13ac}"), (0x13ad, "\u{13ad}"), (0x13ae, "\u{13ae}"),
        (0x13af, "\u{13af}"), (0x13b0, "\u{13b0}"), (0x13b1, "\u{13b1}"), (0x13b2, "\u{13b2}"),
        (0x13b3, "\u{13b3}"), (0x13b4, "\u{13b4}"), (0x13b5, "\u{13b5}"), (0x13b6, "\u{13b6}"),
        (0x13b7, "\u{13b7}"), (0x13b8, "\u{13b8}"), (0x13b9, "\u{13b9}"), (0x13ba, "\u{13ba}"),
        (0x13bb, "\u{13bb}"), (0x13bc, "\u{13bc}"), (0x13bd, "\u{13bd}"), (0x13be, "\u{13be}"),
        (0x13bf, "\u{13bf}"), (0x13c0, "\u{13c0}"), (0x13c1, "\u{13c1}"), (0x13c2, "\u{13c2}"),
        (0x13c3, "\u{13c3}"), (0x13c4, "\u{13c4}"), (0x13c5, "\u{13c5}"), (0x13c6, "\u{13c6}"),
        (0x13c7, "\u{13c7}"), (0x13c8, "\u{13c8}"), (0x13c9, "\u{13c9}"), (0x13ca, "\u{13ca}"),
        (0x13cb, "\u{13cb}"), (0x13cc, "\u{13cc}"), (0x13cd, "\u{13cd}"), (0x13ce, "\u{13ce}"),
        (0x13cf, "\u{13cf}"), (0x13d0, "\u{13d0}"), (0x13d1, "\u{13d1}"), (0x13d2, "\u{13d2}"),
        (0x13d3, "\u{13d3}"), (0x13d4, "\u{13d4}"), (0x13d5, "\u{13d5}"), (0x13d6, "\u{13d6}"),
        (0x13d7, "\u{13d7}"), (0x13d8, "\u{13d8}"), (0x13d9, "\u{13d9}"), (0x13da, "\u{13da}"),
        (0x13db, "\u{13db}"), (0x13dc, "\u{13dc}"), (0x13dd, "\u{13dd}"), (0x13de, "\u{13de}"),
        (0x13df, "\u{13df}"), (0x13e0, "\u{13e0}"), (0x13e1, "\u{13e1}"), (0x13e2, "\u{13e2}"),
        (0x13e3, "\u{13e3}"), (0x13e4, "\u{13e4}"), (0x13e5, "\u{13e5}"), (0x13e6, "\u{13e6}"),
        (0x13e7, "\u{13e7}"), (0x13e8, "\u{13e8}"), (0x13e9, "\u{13e9}"), (0x13ea, "\u{13ea}"),
        (0x13eb, "\u{13eb}"), (0x13ec, "\u{13ec}"), (0x13ed, "\u{13ed}"), (0x13ee, "\u{13ee}"),
        (0x13ef, "\u{13ef}"), (0x13f0, "\u{13f0}"), (0x13f1, "\u{13f1}"), (0x13f2, "\u{13f2}"),
        (0x13f3, "\u{13f3}"), (0x13f4, "\u{13f4}"), (0x13f5, "\u{13f5}"), (0x13f8, "\u{13f0}"),
        (0x13f9, "\u{13f1}"), (0x13fa, "\u{13f2}"), (0x13fb, "\u{13f3}"), (0x13fc, "\u{13f4}"),
        (0x13fd, "\u{13f5}"), (0x1c80, "\u{432}"), (0x1c81, "\u{434}"), (0x1c82, "\u{43e}"), (0x1c83, "\u{441}"),
        (0x1c84, "\u{442}"), (0x1c85, "\u{442}"), (0x1c86, "\u{44a}"), (0x1c87, "\u{463}"), (0x1c88, "\u{a64b}"),
        (0x1e96, "\u{68}\u{331}"), (0x1e97, "\u{74}\u{308}"), (0x1e98, "\u{77}\u{30a}"),
        (0x1e99, "\u{79}\u{30a}"), (0x1e9a, "\u{61}\u{2be}"), (0x1e9b, "\u{1e61}"), (0x1e9e, "\u{73}\u{73}"),
        (0x1f50, "\u{3c5}\u{313}"), (0x1f52, "\u{3c5}\u{313}\u{300}"), (0x1f54, "\u{3c5}\u{313}\u{301}"),
        (0x1f56, "\u{3c5}\u{313}\u{342}"), (0x1f80, "\u{1f00}\u{3b9}"), (0x1f81, "\u{1f01}\u{3b9}"),
        (0x1f82, "\u{1f02}\u{3b9}"), (0x1f83, "\u{1f03}\u{3b9}"), (0x1f84, "\u{1f04}\u{3b9}"),
        (0x1f85, "\u{1f05}\u{3b9}"), (0x1f86, "\u{1f06}\u{3b9}"), (0x1f87, "\u{1f07}\u{3b9}"),
        (0x1f88, "\u{1f00}\u{3b9}"), (0x1f89, "\u{1f01}\u{3b9}"), (0x1f8a, "\u{1f02}\u{3b9}"),
        (0x1f8b, "\u{1f03}\u{3b9}"), (0x1f8c, "\u{1f04}\u{3b9}"), (0x1f8d, "\u{1f05}\u{3b9}"),
        (0x1f8e, "\u{1f06}\u{3b9}"), (0x1f8f, "\u{1f07}\u{3b9}"), (0x1f90, "\u{1f20}\u{3b9}"),
        (0x1f91, "\u{1f21}\u{3b9}"), (0x1f92, "\u{1f22}\u{3b9}"), (0x1f93, "\u{1f23}\u{3b9}"),
        (0x1f94, "\u{1f24}\u{3b9}"), (0x1f95, "\u{1f25}\u{3b9}"), (0x1f96, "\u{1f26}\u{3b9}"),
        (0x1f97, "\u{1f27}\u{3b9}"), (0x1f98, "\u{1f20}\u{3b9}"), (0x1f99, "\u{1f21}\u{3b9}"),
        (0x1f9a, "\u{1f22}\u{3b9}"), (0x1f9b, "\u{1f23}\u{3b9}"), (0x1f9c, "\u{1f24}\u{3b9}"),
        (0x1f9d, "\u{1f25}\u{3b9}"), (0x1f9e, "\u{1f26}\u{3b9}"), (0x1f9f, "\u{1f27}\u{3b9}"),
        (0x1fa0, "\u{1f60}\u{3b9}"), (0x1fa1, "\u{1f61}\u{3b9}"), (0x1fa2, "\u{1f62}\u{3b9}"),
        (0x1fa3, "\u{1f63}\u{3b9}"), (0x1fa4, "\u{1f64}\u{3b9}"), (0x1fa5, "\u{1f65}\u{3b9}"),
        (0x1fa6, "\u{1f66}\u{3b9}"), (0x1fa7, "\u{1f67}\u{3b9}"), (0x1fa8, "\u{1f60}\u{3b9}"),
        (0x1fa9, "\u{1f61}\u{3b9}"), (0x1faa, "\u{1f62}\u{3b9}"), (0x1fab, "\u{1f63}\u{3b9}"),
        (0x1fac, "\u{1f64}\u{3b9}"), (0x1fad, "\u{1f65}\u{3b9}"), (0x1fae, "\u{1f66}\u{3b9}"),
        (0x1faf, "\u{1f67}\u{3b9}"), (0x1fb2, "\u{1f70}\u{3b9}"), (0x1fb3, "\u{3b1}\u{3b9}"),
        (0x1fb4, "\u{3ac}\u{3b9}"), (0x1fb6, "\u{3b1}\u{342}"), (0x1fb7, "\u{3b1}\u{342}\u{3b9}"),
        (0x1fbc, "\u{3b1}\u{3b9}"), (0x1fbe, "\u{3b9}"), (0x1fc2, "\u{1f74}\u{3b9}"), (0x1fc3, "\u{3b7}\u{3b9}"),
        (0x1fc4, "\u{3ae}\u{3b9}"), (0x1fc6, "\u{3b7}\u{342}"), (0x1fc7, "\u{3b7}\u{342}\u{3b9}"),
        (0x1fcc, "\u{3b7}\u{3b9}"), (0x1fd2, "\u{3b9}\u{308}\u{300}"), (0x1fd3, "\u{3b9}\u{308}\u{301}"),
        (0x1fd6, "\u{3b9}\u{342}"), (0x1fd7, "\u{3b9}\u{308}\u{342}"), (0x1fe2, "\u{3c5}\u{308}\u{300}"),
        (0x1fe3, "\u{3c5}\u{308}\u{301}"), (0x1fe4, "\u{3c1}\u{313}"), (0x1fe6, "\u{3c5}\u{342}"),
        (0x1fe7, "\u{3c5}\u{308}\u{342}"), (0x1ff2, "\u{1f7c}\u{3b9}"), (0x1ff3, "\u{3c9}\u{3b9}"),
        (0x1ff4, "\u{3ce}\u{3b9}"), (0x1ff6, "\u{3c9}\u{342}"), (0x1ff7, "\u{3c9}\u{342}\u{3b9}"),
        (0x1ffc, "\u{3c9}\u{3b9}"), (0xab70, "\u{13a0}"), (0xab71, "\u{13a1}"), (0xab72, "\u{13a2}"),
        (0xab73, "\u{13a3}"), (0xab74, "\u{13a4}"), (0xab75, "\u{13a5}"), (0xab76, "\u{13a6}"),
        (0xab77, "\u{13a7}"), (0xab78, "\u{13a8}"), (0xab79, "\u{13a9}"), (0xab7a, "\u{13aa}"),
        (0xab7b, "\u{13ab}"), (0xab7c, "\u{13ac}"), (0xab7d, "\u{13ad}"), (0xab7e, "\u{13ae}"),
        (0xab7f, "\u{13af}"), (0xab80, "\u{13b0}"), (0xab81, "\u{13b1}"), (0xab82, "\u{13b2}"),
        (0xab83, "\u{13b3}"), (0xab84, "\u{13b4}"), (0xab85, "\u{13b5}"), (0xab86, "\u{13b6}"),
        (0xab87, "\u{13b7}"), (0xab88, "\u{13b8}"), (0xab89, "\u{13b9}"), (0xab8a, "\u{13ba}"),
        (0xab8b, "\u{13bb}"), (0xab8c, "\u{13bc}"), (0xab8d, "\u{13bd}"), (0xab8e, "\u{13be}"),
        (0xab8f, "\u{13bf}"), (0xab90, "\u{13c0}"), (0xab91, "\u{13c1}"), (0xab92, "\u{13c2}"),
        (0xab93, "\u{13c3}"), (0xab94, "\u{13c4}"), (0xab95, "\u{13c5}"), (0xab96, "\u{13c6}"),
        (0xab97, "\u{13c7}"), (0xab98, "\u{13c8}"), (0xab99, "\u{13c9}"), (0xab9a, "\u{13ca}"),
        (0xab9b, "\u{13cb}"), (0xab9c, "\u{13cc}"), (0xab9d, "\u{13cd}"), (0xab9e, "\u{13ce}"),
        (0xab9f, "\u{13cf}"), (0xaba0, "\u{13d0}"), (0xaba1, "\u{13d1}"), (0xaba2, "\u{13d2}"),
        (0xaba3, "\u{13d3}"), (0xaba4, "\u{13d4}"), (0xaba5, "\u{13d5}"), (0xaba6, "\u{13d6}"),
        (0xaba7, "\u{13d7}"), (0xaba8, "\u{13d8}"), (0xaba9, "\u{13d9}"), (0xabaa, "\u{13da}"),
        (0xabab, "\u{13db}"), (0xabac, "\u{13dc}"), (0xabad, "\u{13dd}"), (0xabae, "\u{13de}"),
        (0xabaf, "\u{13df}"), (0xabb0, "\u{13e0}"), (0xabb1, "\u{13e1}"), (0xabb2, "\u{13e2}"),
        (0xabb3, "\u{13e3}"), (0xabb4, "\u{13e4}"), (0xabb5, "\u{13e5}"), (0xabb6, "\u{13e6}"),
        (0xabb7, "\u{13e7}"), (0xabb8, "\u{13e8}"), (0xabb9, "\u{13e9}"), (0xabba, "\u{13ea}"),
        (0xabbb, "\u{13eb}"), (0xabbc, "\u{13ec}"), (0xabbd, "\u{13ed}"), (0xabbe, "\u{13ee}"),
        (0xabbf, "\u{13ef}"), (0xfb00, "\u{66}\u{66}"), (0xfb01, "\u{66}\u{69}"), (0xfb02, "\u{66}\u{6c}"),
        (0xfb03, "\u{66}\u{66}\u{69}"), (0xfb04, "\u{66}\u{66}\u{6c}"), (0xfb05, "\u{73}\u{74}"),
        (0xfb06, "\u{73}\u{74}"), (0xfb13, "\u{574}\u{576}"), (0xfb14, "\u{574}\u{565}"),
        (0xfb15, "\u{574}\u{56b}"), (0xfb16, "\u{57e}\u{576}"), (0xfb17, "\u{574}\u{56d}"),
    ];
    pub(super) static TITLE: [(u32, &str); 135] = [
        (0xdf, "\u{53}\u{73}"), (0x1c4, "\u{1c5}"), (0x1c5, "\u{1c5}"), (0x1c6, "\u{1c5}"), (0x1c7, "\u{1c8}"),
        (0x1c8, "\u{1c8}"), (0x1c9, "\u{1c8}"), (0x1ca, "\u{1cb}"), (0x1cb, "\u{1cb}"), (0x1cc, "\u{1cb}"),
        (0x1f1, "\u{1f2}"), (0x1f2, "\u{1f2}"), (0x1f3, "\u{1f2}"), (0x587, "\u{535}\u{582}"),
        (0x10d0, "\u{10d0}"), (0x10d1, "\u{10d1}"), (0x10d2, "\u{10d2}"), (0x10d3, "\u{10d3}"),
        (0x10d4, "\u{10d4}"), (0x10d5, "\u{10d5}"), (0x10d6, "\u{10d6}"), (0x10d7, "\u{10d7}"),
        (0x10d8, "\u{10d8}"), (0x10d9, "\u{10d9}"), (0x10da, "\u{10da}"), (0x10db, "\u{10db}"),
        (0x10dc, "\u{10dc}"), (0x10dd, "\u{10dd}"), (0x10de, "\u{10de}"), (0x10df, "\u{10df}"),
        (0x10e0, "\u{10e0}"), (0x10e1, "\u{10e1}"), (0x10e2, "\u{10e2}"), (0x10e3, "\u{10e3}"),
        (0x10e4, "\u{10e4}"), (0x10e5, "\u{10e5}"), (0x10e6, "\u{10e6}"), (0x10e7, "\u{10e7}"),
        (0x10e8, "\u{10e8}"), (0x10e9, "\u{10e9}"), (0x10ea, "\u{10ea}"), (0x10eb, "\u{10eb}"),
        (0x10ec, "\u{10ec}"), (0x10ed, "\u{10ed}"), (0x10ee, "\u{10ee}"), (0x10ef, "\u{10ef}"),
        (0x10f0, "\u{10f0}"), (0x10f1, "\u{10f1}"), (0x10f2, "\u{10f2}"), (0x10f3, "\u{10f3}"),
        (0x10f4, "\u{10f4}"), (0x10f5, "\u{10f5}"), (0x10f6, "\u{10f6}"), (0x10f7, "\u{10f7}"),
        (0x10f8, "\u{10f8}"), (0x10f9, "\u{10f9}"), (0x10fa, "\u{10fa}"), (0x10fd, "\u{10fd}"),
        (0x10fe, "\u{10fe}"), (0x10ff, "\u{10ff}"), (0x1f80, "\u{1f88}"), (0x1f81, "\u{1f89}"),
        (0x1f82, "\u{1f8a}"), (0x1f83, "\u{1f8b}"), (0x1f84, "\u{1f8c}"), (0x1f85, "\u{1f8d}"),
        (0x1f86, "\u{1f8e}"), (0x1f87, "\u{1f8f}"), (0x1f88, "\u{1f88}"), (0x1f89, "\u{1f89}"),
        (0x1f8a, "\u{1f8a}"), (0x1f8b, "\u{1f8b}"), (0x1f8c, "\u{1f8c}"), (0x1f8d, "\u{1f8d}"),
        (0x1f8e, "\u{1f8e}"), (0x1f8f, "\u{1f8f}"), (0x1f90, "\u{1f98}"), (0x1f91, "\u{1f99}"),
        (0x1f92, "\u{1f9a}"), (0x1f93, "\u{1f9b}"), (0x1f94, "\u{1f9c}"), (0x1f95, "\u{1f9d}"),
        (0x1f96, "\u{1f9e}"), (0x1f97, "\u{1f9f}"), (0x1f98, "\u{1f98}"), (0x1f99, "\u{1f99}"),
        (0x1f9a, "\u{1f9a}"), (0x1f9b, "\u{1f9b}"), (0x1f9c, "\u{1f9c}"), (0x1f9d, "\u{1f9d}"),
        (0x1f9e, "\u{1f9e}"), (0x1f9f, "\u{1f9f}"), (0x1fa0, "\u{1fa8}"), (0x1fa1, "\u{1fa9}"),
        (0x1fa2, "\u{1faa}"), (0x1fa3, "\u{1fab}"), (0x1fa4, "\u{1fac}"), (0x1fa5, "\u{1fad}"),
        (0x1fa6, "\u{1fae}"), (0x1fa7, "\u{1faf}"), (0x1fa8, "\u{1fa8}"), (0x1fa9, "\u{1fa9}"),
        (0x1faa, "\u{1faa}"), (0x1fab, "\u{1fab}"), (0x1fac, "\u{1fac}"), (0x1fad, "\u{1fad}"),
        (0x1fae, "\u{1fae}"), (0x1faf, "\u{1faf}"), (0x1fb2, "\u{1fba}\u{345}"), (0x1fb3, "\u{1fbc}"),
        (0x1fb4, "\u{386}\u{345}"), (0x1fb7, "\u{391}\u{342}\u{345}"), (0x1fbc, "\u{1fbc}"),
        (0x1fc2, "\u{1fca}\u{345}"), (0x1fc3, "\u{1fcc}"), (0x1fc4, "\u{389}\u{345}"),
        (0x1fc7, "\u{397}\u{342}\u{345}"), (0x1fcc, "\u{1fcc}"), (0x1ff2, "\u{1ffa}\u{345}"),
        (0x1ff3, "\u{1ffc}"), (0x1ff4, "\u{38f}\u{345}"), (0x1ff7, "\u{3a9}\u{342}\u{345}"), (0x1ffc, "\u{1ffc}"),
        (0xfb00, "\u{46}\u{66}"), (0xfb01, "\u{46}\u{69}"), (0xfb02, "\u{46}\u{6c}"),
        (0xfb03, "\u{46}\u{66}\u{69}"), (0xfb04, "\u{46}\u{66}\u{6c}"), (0xfb05, "\u{53}\u{74}"),
        (0xfb06, "\u{53}\u{74}"), (0xfb13, "\u{544}\u{576}"), (0xfb14, "\u{544}\u{565}"),
        (0xfb15, "\u{544}\u{56b}"), (0xfb16, "\u{54e}\u{576}"), (0xfb17, "\u{544}\u{56d}"),
    ];
    pub(super) static CASE_FROZEN: [(u32, u32); 12] = [
        (0x19b, 0x19b), (0x264, 0x264), (0x295, 0x295), (0x1c89, 0x1c8a), (0xa7cb, 0xa7cf), (0xa7d2, 0xa7d5),
        (0xa7da, 0xa7dc), (0xa7f1, 0xa7f1), (0x10d50, 0x10d65), (0x10d70, 0x10d85), (0x16ea0, 0x16eb8),
        (0x16ebb, 0x16ed3),
    ];
}

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    table.binary_search_by(|&(lo, hi)| if hi < u { std::cmp::Ordering::Less } else if lo > u { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok()
}

pub fn py_isdecimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(&tables::DECIMAL, c))
}
pub fn py_isdigit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(&tables::DIGIT, c))
}
pub fn py_isnumeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(&tables::NUMERIC, c))
}
pub fn py_isalpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && in_table(&tables::ALPHA, c))
}
pub fn py_isprintable(c: char) -> bool {
    if c.is_ascii() { (' '..='~').contains(&c) } else { in_table(&tables::PRINTABLE, c) }
}
fn py_isalnum(c: char) -> bool {
    py_isalpha(c) || py_isnumeric(c)
}

fn pred_all(s: &Obj, name: &str, a: &[Obj], k: Option<&Obj>, f: fn(char) -> bool, empty: bool) -> PyResult {
    no_args(name, a, k)?;
    let t = this(s);
    Ok(bool_obj(if t.is_empty() { empty } else { t.chars().all(f) }))
}
fn m_isalpha(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pred_all(s, "isalpha", a, k, py_isalpha, false)
}
fn m_isdigit(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pred_all(s, "isdigit", a, k, py_isdigit, false)
}
fn m_isdecimal(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pred_all(s, "isdecimal", a, k, py_isdecimal, false)
}
fn m_isnumeric(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pred_all(s, "isnumeric", a, k, py_isnumeric, false)
}
fn m_isalnum(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pred_all(s, "isalnum", a, k, py_isalnum, false)
}
fn m_isspace(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pred_all(s, "isspace", a, k, py_isspace, false)
}
fn m_isprintable(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    pred_all(s, "isprintable", a, k, py_isprintable, true)
}
/// `str.__sizeof__()`: CPython's layout (a compact object: a 40-byte
/// header for ASCII, 56 otherwise, then one, two or four bytes per
/// character by the widest, plus the terminator; 64 bytes for a subclass's
/// instance), so sys.getsizeof agrees with it.
fn m_sizeof(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__sizeof__", a, k)?;
    let text: &str = this(s);
    let (n, widest) = if text.is_ascii() {
        (text.len(), 0x7f)
    } else {
        pyk_abi::surrogate::code_points(text).fold((0usize, 0u32), |(n, m), c| (n + 1, m.max(c)))
    };
    let kind = if widest < 0x100 { 1 } else if widest < 0x10000 { 2 } else { 4 };
    let header = if !std::ptr::eq(s.type_obj(), &STR_TYPE) { 64 } else if widest < 0x80 { 40 } else { 56 };
    Ok(crate::types::int::from_i64((header + (n + 1) * kind) as i64))
}
fn m_isascii(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("isascii", a, k)?;
    Ok(bool_obj(this(s).is_ascii()))
}
fn m_isupper(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("isupper", a, k)?;
    let mut cased = false;
    for c in this(s).chars() {
        if is_lower(c) || is_titlecase(c) {
            return Ok(bool_obj(false));
        }
        cased |= is_upper(c);
    }
    Ok(bool_obj(cased))
}
fn m_islower(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("islower", a, k)?;
    let mut cased = false;
    for c in this(s).chars() {
        if is_upper(c) || is_titlecase(c) {
            return Ok(bool_obj(false));
        }
        cased |= is_lower(c);
    }
    Ok(bool_obj(cased))
}
fn m_istitle(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("istitle", a, k)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in this(s).chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return Ok(bool_obj(false));
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(bool_obj(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(bool_obj(cased))
}

/// Identifier test: XID_Start (or '_') then XID_Continue characters.
pub fn py_isidentifier(t: &str) -> bool {
    let mut it = t.chars();
    let Some(first) = it.next() else { return false };
    let start = |c: char| c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && in_table(&tables::XID_START, c));
    start(first) && it.all(|c| c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && in_table(&tables::XID_CONTINUE, c)))
}
fn m_isidentifier(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("isidentifier", a, k)?;
    Ok(bool_obj(py_isidentifier(this(s))))
}

// ---- encode, translate -------------------------------------------------------

pub fn char_escape(c: char) -> String {
    let u = code_point(c);
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

fn m_encode(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = kw_args("encode", a, k, &["encoding", "errors"], 0, 0)?;
    let encoding = match v[0] {
        Some(e) => str_arg(e, || "encode() argument 'encoding' must be str".into())?,
        None => "utf-8",
    };
    let errors = match v[1] {
        Some(e) => str_arg(e, || "encode() argument 'errors' must be str".into())?,
        None => "strict",
    };
    encode_with(s, encoding, errors)
}

/// `s.encode(encoding, errors)`: UTF-8, ASCII and Latin-1 here, anything
/// else (or an error handler not known here) through the codec registry.
pub fn encode_with(s: &Obj, encoding: &str, errors: &str) -> PyResult {
    crate::codecsmod::dev_check(Some(encoding), Some(errors))?;
    let norm: String = encoding.trim().to_ascii_lowercase().chars().map(|c| if c == '_' || c == ' ' { '-' } else { c }).collect();
    let (codec, limit) = match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" if !pyk_abi::surrogate::has_surrogates(this(s)) => {
            return Ok(crate::types::bytes::new_bytes(this(s).as_bytes()));
        }
        "ascii" | "us-ascii" | "646" | "us" => ("ascii", 0x80u32),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => ("latin-1", 0x100u32),
        _ => return crate::codecsmod::via_registry("_encode_text", s.clone(), encoding, errors),
    };
    let chars: Vec<char> = this(s).chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                let _ = c;
                let text: String = chars.iter().collect();
                let e = crate::types::exceptions::unicode_error(
                    &crate::types::exceptions::UNICODE_ENCODE_ERROR,
                    codec,
                    new_string(text),
                    i,
                    j,
                    &format!("ordinal not in range({limit})"),
                );
                // CPython serves only these names itself; for an alias
                // ("l1", "646") the codec registry's note is there.
                if !matches!(norm.as_str(), "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1") {
                    let r = crate::abstract_::repr_string(&new_str(encoding))?;
                    let add = crate::abstract_::getattr_str(&e.0, "add_note")?;
                    crate::abstract_::call(&add, &[new_string(format!("encoding with {r} codec failed"))], None)?;
                }
                return Err(e);
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", code_point(c)).as_bytes());
                }
            }
            _ => return crate::codecsmod::via_registry("_encode_text", s.clone(), encoding, errors),
        }
        i = j;
    }
    Ok(crate::types::bytes::new_bytes(&out))
}

/// `str.maketrans(x[, y[, z]])` with the arguments after the class.
pub fn maketrans(a: &[Obj]) -> PyResult {
    let d = crate::types::dict::new_dict();
    let dict = crate::types::dict::as_dict(&d).ok_or_else(|| type_error("dict expected"))?;
    match a {
        [] => return Err(type_error("maketrans expected at least 1 argument, got 0")),
        [x] => {
            let src = crate::types::dict::as_dict(x)
                .ok_or_else(|| type_error("if you give only one argument to maketrans it must be a dict"))?;
            for (key, v) in src.items() {
                if let Some(ks) = as_str(&key) {
                    let mut it = ks.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => dict.set(int::from_i64(code_point(c) as i64), v)?,
                        _ => return Err(value_error("string keys in translate table must be of length 1")),
                    }
                } else if int::is_int(&key) {
                    dict.set(key, v)?;
                } else {
                    return Err(type_error("keys in translate table must be strings or integers"));
                }
            }
        }
        [x, y, rest @ ..] => {
            if rest.len() > 1 {
                return Err(type_error(format!("maketrans expected at most 3 arguments, got {}", a.len())));
            }
            let y = str_arg(y, || "maketrans() argument 2 must be str".into())?;
            let z = match rest.first() {
                Some(z) => Some(str_arg(z, || "maketrans() argument 3 must be str".into())?),
                None => None,
            };
            let x = as_str(x).ok_or_else(|| type_error("first maketrans argument must be a string if there is a second argument"))?;
            if x.chars().count() != y.chars().count() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (cx, cy) in x.chars().zip(y.chars()) {
                dict.set(int::from_i64(code_point(cx) as i64), int::from_i64(code_point(cy) as i64))?;
            }
            for cz in z.unwrap_or("").chars() {
                dict.set(int::from_i64(code_point(cz) as i64), crate::types::none())?;
            }
        }
    }
    Ok(d)
}

/// The instance form (`''.maketrans(...)`) and, until the type dict gets a
/// static method (see `ready_extras`), `str.maketrans(...)` through the
/// method descriptor, which passes the first argument as self: when self
/// cannot be the receiver of a well-formed call it is taken as the first
/// argument.
fn m_maketrans(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if has_kwargs(k) {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    let as_first = match a {
        [] => true,
        [y] => as_str(y).is_some(),
        [x, _] => as_str(x).is_some_and(|x| x.chars().count() == Text::of(s).n),
        _ => false,
    };
    if as_first {
        let mut v = vec![s.clone()];
        v.extend_from_slice(a);
        return maketrans(&v);
    }
    maketrans(a)
}

fn b_maketrans(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("maketrans", k)?;
    maketrans(a)
}

/// Makes `str.maketrans` static: a builtin function in the type dict is
/// returned unbound from both the type and its instances. To be called once
/// the types are ready (from `types::ready_extras`); until then the method
/// form above stands in.
pub fn ready_extras() {
    let f = crate::types::function::new_builtin("maketrans", b_maketrans, crate::types::none(), None);
    crate::types::dict::set_item_str(STR_TYPE.dict(), "maketrans", f);
}

fn m_translate(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let table = one_arg("translate", a, k)?;
    let mut out = String::new();
    let mut cache: HashMap<char, Option<String>> = HashMap::new();
    for c in this(s).chars() {
        if let Some(r) = cache.get(&c) {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        let mapped = match crate::abstract_::getitem(table, &int::from_i64(code_point(c) as i64)) {
            Ok(v) => {
                if crate::types::is_none(&v) {
                    None
                } else if let Some(t) = as_str(&v) {
                    Some(t.to_string())
                } else if let Some(i) = int::as_i64(&v) {
                    match u32::try_from(i).ok().and_then(pyk_abi::surrogate::char_for) {
                        Some(ch) => Some(ch.to_string()),
                        None => return Err(value_error("character mapping must be in range(0x110000)")),
                    }
                } else if int::is_int(&v) {
                    return Err(value_error("character mapping must be in range(0x110000)"));
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.is_instance(&crate::types::exceptions::LOOKUP_ERROR) => Some(c.to_string()),
            Err(e) => return Err(e),
        };
        if let Some(r) = &mapped {
            out.push_str(r);
        }
        cache.insert(c, mapped);
    }
    Ok(new_string(out))
}

// ---- formatting --------------------------------------------------------------

fn m_format(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let kw = if kws.is_empty() {
        None
    } else {
        let d = crate::types::dict::new_dict();
        if let Some(dd) = crate::types::dict::as_dict(&d) {
            for (name, v) in kws {
                dd.set(new_str(name), v.clone())?;
            }
        }
        Some(d)
    };
    Ok(new_string(crate::types::str_format::format(this(s), Some(pos), kw.as_ref())?))
}

fn m_format_map(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let m = one_arg("format_map", a, k)?;
    Ok(new_string(crate::types::str_format::format(this(s), None, Some(m))?))
}

/// `__format__` of str, int, float and complex: the built-in format-spec mini-language.
pub(crate) fn m_dunder_format(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let spec = one_arg("__format__", a, k)?;
    let spec = str_arg(spec, || "__format__() argument must be str".into())?;
    crate::builtins::format_value(s, spec)
}

fn m_dunder_getnewargs(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__getnewargs__", a, k)?;
    Ok(crate::types::tuple::new_tuple(vec![new_str(this(s))]))
}

static STR_METHODS: [MethodDef; 54] = [
    MethodDef { name: "join", func: m_join, doc: "" },
    MethodDef { name: "find", func: m_find, doc: "" },
    MethodDef { name: "rfind", func: m_rfind, doc: "" },
    MethodDef { name: "index", func: m_index, doc: "" },
    MethodDef { name: "rindex", func: m_rindex, doc: "" },
    MethodDef { name: "count", func: m_count, doc: "" },
    MethodDef { name: "replace", func: m_replace, doc: "" },
    MethodDef { name: "split", func: m_split, doc: "" },
    MethodDef { name: "rsplit", func: m_rsplit, doc: "" },
    MethodDef { name: "splitlines", func: m_splitlines, doc: "" },
    MethodDef { name: "partition", func: m_partition, doc: "" },
    MethodDef { name: "rpartition", func: m_rpartition, doc: "" },
    MethodDef { name: "strip", func: m_strip, doc: "" },
    MethodDef { name: "lstrip", func: m_lstrip, doc: "" },
    MethodDef { name: "rstrip", func: m_rstrip, doc: "" },
    MethodDef { name: "startswith", func: m_startswith, doc: "" },
    MethodDef { name: "endswith", func: m_endswith, doc: "" },
    MethodDef { name: "upper", func: m_upper, doc: "" },
    MethodDef { name: "lower", func: m_lower, doc: "" },
    MethodDef { name: "casefold", func: m_casefold, doc: "" },
    MethodDef { name: "title", func: m_title, doc: "" },
    MethodDef { name: "capitalize", func: m_capitalize, doc: "" },
    MethodDef { name: "swapcase", func: m_swapcase, doc: "" },
    MethodDef { name: "center", func: m_center, doc: "" },
    MethodDef { name: "ljust", func: m_ljust, doc: "" },
    MethodDef { name: "rjust", func: m_rjust, doc: "" },
    MethodDef { name: "zfill", func: m_zfill, doc: "" },
    MethodDef { name: "expandtabs", func: m_expandtabs, doc: "" },
    MethodDef { name: "isalpha", func: m_isalpha, doc: "" },
    MethodDef { name: "isdigit", func: m_isdigit, doc: "" },
    MethodDef { name: "isdecimal", func: m_isdecimal, doc: "" },
    MethodDef { name: "isnumeric", func: m_isnumeric, doc: "" },
    MethodDef { name: "isalnum", func: m_isalnum, doc: "" },
    MethodDef { name: "isspace", func: m_isspace, doc: "" },
    MethodDef { name: "isupper", func: m_isupper, doc: "" },
    MethodDef { name: "islower", func: m_islower, doc: "" },
    MethodDef { name: "istitle", func: m_istitle, doc: "" },
    MethodDef { name: "isidentifier", func: m_isidentifier, doc: "" },
    MethodDef { name: "isprintable", func: m_isprintable, doc: "" },
    MethodDef { name: "isascii", func: m_isascii, doc: "" },
    MethodDef { name: "removeprefix", func: m_removeprefix, doc: "" },
    MethodDef { name: "removesuffix", func: m_removesuffix, doc: "" },
    MethodDef { name: "encode", func: m_encode, doc: "" },
    MethodDef { name: "format", func: m_format, doc: "" },
    MethodDef { name: "format_map", func: m_format_map, doc: "" },
    MethodDef { name: "maketrans", func: m_maketrans, doc: "" },
    MethodDef { name: "translate", func: m_translate, doc: "" },
    MethodDef { name: "__format__", func: m_dunder_format, doc: "" },
    MethodDef { name: "__getnewargs__", func: m_dunder_getnewargs, doc: "" },
    MethodDef { name: "__sizeof__", func: m_sizeof, doc: "" },
    MethodDef { name: "__mod__", func: m_dunder_mod, doc: "" },
    MethodDef { name: "__rmod__", func: m_dunder_rmod, doc: "" },
    MethodDef { name: "__getitem__", func: m_dunder_getitem, doc: "" },
    MethodDef { name: "__len__", func: m_dunder_len, doc: "" },
];

fn m_dunder_mod(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let x = one_arg("__mod__", a, k)?;
    crate::types::str_format::str_mod(s, x)
}
fn m_dunder_rmod(_s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    one_arg("__rmod__", a, k)?;
    Ok(not_implemented())
}
fn m_dunder_getitem(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    str_getitem(s, one_arg("__getitem__", a, k)?)
}
fn m_dunder_len(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__len__", a, k)?;
    Ok(int::from_i64(Text::of(s).n as i64))
}

/// Subclass instances need their own string (`str(s)` may return `s`, or an interned string).
fn str_rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    let o = if o.refcnt() != 1 { new_str(as_str(&o).unwrap_or("")) } else { o };
    crate::object::rewrap::<StrObject>(o, t)
}

pub static STR_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::types::typeobj::SubclassInfo { rewrap: str_rewrap, ..crate::object::subclass_info::<StrObject>(true) }),
    repr: Some(str_repr),
    str: Some(str_str),
    hash: Some(str_hash),
    richcompare: Some(str_richcompare),
    len: Some(str_len),
    contains: Some(str_contains),
    getitem: Some(str_getitem),
    iter: Some(crate::types::list::seq_iter),
    new: Some(str_new),
    methods: &STR_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots {
        add: Some(str_add),
        mul: Some(str_mul),
        rem: Some(crate::types::str_format::str_mod),
        bool: Some(str_bool),
        ..NumberSlots::EMPTY
    },
    ..TypeObject::builtin("str", &crate::types::object::OBJECT_TYPE, dealloc_box::<StrObject>)
};

// ---- lone surrogates (see pyk_abi::surrogate) --------------------------------

/// The UTF-8 bytes of `t` for a strict encoder: CPython's
/// UnicodeEncodeError "surrogates not allowed" over the first run of lone
/// surrogates, naming `codec`.
pub fn utf8_strict<'a>(t: &'a str, codec: &str) -> PyResult<&'a [u8]> {
    if !pyk_abi::surrogate::has_surrogates(t) {
        return Ok(t.as_bytes());
    }
    let is_sur = pyk_abi::surrogate::is_surrogate;
    let start = t.chars().position(is_sur).unwrap_or(0);
    let end = start + t.chars().skip(start).take_while(|&c| is_sur(c)).count();
    Err(crate::types::exceptions::unicode_error(
        &crate::types::exceptions::UNICODE_ENCODE_ERROR,
        codec,
        new_str(t),
        start,
        end,
        "surrogates not allowed",
    ))
}

/// `t` with each lone surrogate written as `\udXXX` (the `backslashreplace`
/// spelling), for text bound for a byte stream that must not fail.
pub fn escape_surrogates(t: &str) -> std::borrow::Cow<'_, str> {
    if !pyk_abi::surrogate::has_surrogates(t) {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len() + 8);
    for c in t.chars() {
        if pyk_abi::surrogate::is_surrogate(c) {
            out.push_str(&char_escape(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The file-system encoding (UTF-8 with `surrogateescape`, as CPython's on
/// a UTF-8 locale): the bytes of a path or environment string.
pub fn fs_encode(t: &str) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    if !pyk_abi::surrogate::has_surrogates(t) {
        return Ok(std::borrow::Cow::Borrowed(t.as_bytes()));
    }
    let mut out = Vec::with_capacity(t.len());
    for (i, c) in t.chars().enumerate() {
        let u = code_point(c);
        if pyk_abi::surrogate::is_surrogate(c) {
            if !(0xDC80..=0xDCFF).contains(&u) {
                return Err(crate::types::exceptions::unicode_error(
                    &crate::types::exceptions::UNICODE_ENCODE_ERROR,
                    "utf-8",
                    new_str(t),
                    i,
                    i + 1,
                    "surrogates not allowed",
                ));
            }
            out.push((u - 0xDC00) as u8);
        } else {
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
    Ok(std::borrow::Cow::Owned(out))
}

/// The inverse of [`fs_encode`]: bytes that are not UTF-8 become the lone
/// surrogates U+DC80..U+DCFF.
pub fn fs_decode(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len());
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        for &x in chunk.invalid() {
            out.push(pyk_abi::surrogate::char_for(0xDC00 + x as u32).unwrap_or('\u{FFFD}'));
        }
    }
    out
}
