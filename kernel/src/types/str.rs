//! `str`: immutable UTF-8 text with a cached hash and character count.
//! Names used by code (identifiers) are interned and immortal.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicIsize, Ordering};
use std::sync::{Mutex, OnceLock};

use pyk_abi::opcode::CompareOp;
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
    let max = t.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(t.len() * 2);
    for c in t.chars() {
        let u = c as u32;
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
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(q);
    out
}

/// Approximation of Python's `str.isprintable` for repr: control, format,
/// separator (other than space) and unassigned characters are escaped.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20 || (0x7f..0xa0).contains(&u) || u == 0xad || (0x2028..=0x2029).contains(&u)
        || (0x200b..=0x200f).contains(&u) || (0xd800..0xe000).contains(&u) || u == 0xfeff
        || (0x2060..=0x2064).contains(&u) || u == 0xa0 || u == 0x1680 || (0x2000..=0x200a).contains(&u)
        || u == 0x202f || u == 0x205f || u == 0x3000 || (0xfff9..=0xfffb).contains(&u))
}

fn str_repr(o: &Obj) -> PyResult {
    Ok(new_string(repr_str(as_str(o).unwrap_or(""))))
}

fn str_str(o: &Obj) -> PyResult {
    Ok(o.clone())
}

fn str_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => Ok(bool_obj(cmp_result(x.cmp(y), op))),
        _ => Ok(not_implemented()),
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
    if (s.len() as u128) * (n as u128) > (isize::MAX as u128) / 2 {
        return Err(crate::error::memory_error(""));
    }
    Ok(new_string(s.repeat(n as usize)))
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

fn str_getitem(o: &Obj, k: &Obj) -> PyResult {
    let so = as_str_obj(o).ok_or_else(|| type_error("str expected"))?;
    let s = &*so.data;
    if let Some(i) = int::as_i64(k) {
        let n = so.nchars as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("string index out of range"));
        }
        let c = if s.len() == so.nchars { s[j as usize..j as usize + 1].chars().next() } else { s.chars().nth(j as usize) };
        return Ok(new_string(c.map(String::from).unwrap_or_default()));
    }
    Err(type_error(format!("string indices must be integers, not '{}'", k.type_obj().name())))
}

fn str_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("str", kw)?;
    match args {
        [] => Ok(new_str("")),
        [x] => crate::abstract_::str(x),
        _ => Err(type_error("str() with encoding arguments is not supported yet")),
    }
}

fn m_join(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let sep = as_str(s).unwrap_or("");
    let [it] = a else { return Err(type_error(format!("str.join() takes exactly one argument ({} given)", a.len()))) };
    let items = crate::abstract_::collect(it)?;
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

fn m_upper(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_string(as_str(s).unwrap_or("").to_uppercase()))
}
fn m_lower(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_string(as_str(s).unwrap_or("").to_lowercase()))
}
fn m_strip(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_str(s).unwrap_or("");
    match a.first().and_then(as_str) {
        Some(chars) => Ok(new_str(t.trim_matches(|c| chars.contains(c)))),
        None => Ok(new_str(t.trim())),
    }
}
fn m_split(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_str(s).unwrap_or("");
    let parts: Vec<Obj> = match a.first().filter(|x| !crate::types::is_none(x)) {
        Some(sep) => {
            let sep = as_str(sep).ok_or_else(|| type_error("must be str or None"))?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            t.split(sep).map(new_str).collect()
        }
        None => t.split_whitespace().map(new_str).collect(),
    };
    Ok(crate::types::list::new_list(parts))
}
fn m_startswith(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_str(s).unwrap_or("");
    let p = a.first().and_then(as_str).ok_or_else(|| type_error("startswith first arg must be str or a tuple of str"))?;
    Ok(bool_obj(t.starts_with(p)))
}
fn m_endswith(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_str(s).unwrap_or("");
    let p = a.first().and_then(as_str).ok_or_else(|| type_error("endswith first arg must be str or a tuple of str"))?;
    Ok(bool_obj(t.ends_with(p)))
}
fn m_replace(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_str(s).unwrap_or("");
    match a {
        [x, y] => match (as_str(x), as_str(y)) {
            (Some(x), Some(y)) => Ok(new_string(t.replace(x, y))),
            _ => Err(type_error("replace() argument must be str")),
        },
        _ => Err(type_error(format!("replace expected at least 2 arguments, got {}", a.len()))),
    }
}

static STR_METHODS: [MethodDef; 8] = [
    MethodDef { name: "join", func: m_join, doc: "" },
    MethodDef { name: "upper", func: m_upper, doc: "" },
    MethodDef { name: "lower", func: m_lower, doc: "" },
    MethodDef { name: "strip", func: m_strip, doc: "" },
    MethodDef { name: "split", func: m_split, doc: "" },
    MethodDef { name: "startswith", func: m_startswith, doc: "" },
    MethodDef { name: "endswith", func: m_endswith, doc: "" },
    MethodDef { name: "replace", func: m_replace, doc: "" },
];

pub static STR_TYPE: TypeObject = TypeObject {
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
    number: NumberSlots { add: Some(str_add), mul: Some(str_mul), bool: Some(str_bool), ..NumberSlots::EMPTY },
    ..TypeObject::builtin("str", &crate::types::object::OBJECT_TYPE, dealloc_box::<StrObject>)
};
