//! `bytes`: an immutable byte string (first slice: literals, repr, compare,
//! hash, concatenation, indexing, slicing, iteration, len, decode).

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{index_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::int::{self, cmp_result};
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::str::new_string;
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct BytesObject {
    pub header: ObjHeader,
    hash: AtomicI64,
    pub data: Box<[u8]>,
}

pub fn new_bytes(b: &[u8]) -> Obj {
    if b.is_empty() {
        return empty_bytes();
    }
    fresh_bytes(b)
}

/// A bytes object that takes over `v`'s storage (no copy when the vector's
/// capacity is its length).
pub fn new_bytes_vec(v: Vec<u8>) -> Obj {
    if v.is_empty() {
        return empty_bytes();
    }
    alloc(BytesObject { header: new_header(&BYTES_TYPE), hash: AtomicI64::new(-1), data: v.into_boxed_slice() })
}

/// A bytes object of its own (subclass instances are made from one).
fn fresh_bytes(b: &[u8]) -> Obj {
    alloc(BytesObject { header: new_header(&BYTES_TYPE), hash: AtomicI64::new(-1), data: b.into() })
}

/// The one empty bytes object (`bytes() is b''`, as in CPython), immortal.
fn empty_bytes() -> Obj {
    static EMPTY: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let v = *EMPTY.get_or_init(|| {
        let o = fresh_bytes(&[]);
        // SAFETY: a freshly allocated bytes object nobody else holds; making
        // it immortal means it is never freed, which EMPTY relies on.
        unsafe { (*o.value().as_ptr()).refcnt = std::sync::atomic::AtomicIsize::new(pyk_abi::value::IMMORTAL_REFCNT) };
        o.into_raw().0
    });
    Obj::from_borrowed(pyk_abi::Value(v))
}

pub fn as_bytes(o: &Obj) -> Option<&[u8]> {
    o.downcast::<BytesObject>(&BYTES_TYPE).map(|b| &*b.data)
}

/// Python's repr of a bytes value.
pub fn repr_bytes(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(q);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == q => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(q);
    s
}

fn this(o: &Obj) -> PyResult<&[u8]> {
    as_bytes(o).ok_or_else(|| type_error("bytes expected"))
}

fn bytes_repr(o: &Obj) -> PyResult {
    Ok(new_string(repr_bytes(this(o)?)))
}

fn bytes_hash(o: &Obj) -> PyResult<i64> {
    let b = o.downcast::<BytesObject>(&BYTES_TYPE).ok_or_else(|| type_error("bytes expected"))?;
    let h = b.hash.load(Ordering::Relaxed);
    if h != -1 {
        return Ok(h);
    }
    let h = if b.data.is_empty() { 0 } else { crate::types::str::hash_bytes(&b.data) };
    b.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn bytes_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (as_bytes(a), as_bytes(b)) {
        (Some(x), Some(y)) => Ok(bool_obj(cmp_result(x.cmp(y), op))),
        _ => Ok(not_implemented()),
    }
}

fn bytes_len(o: &Obj) -> PyResult<usize> {
    Ok(this(o)?.len())
}

fn bytes_getitem(o: &Obj, k: &Obj) -> PyResult {
    let b = this(o)?;
    if let Some(i) = int::as_i64(k) {
        return crate::types::tuple::normalize_index(i, b.len())
            .map(|j| int::from_i64(b[j] as i64))
            .ok_or_else(|| index_error("index out of range"));
    }
    if int::is_int(k) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        let (start, stop, step, len) = sl.adjust(b.len() as i64)?;
        if step == 1 {
            // A contiguous run: one copy (the common `data[i:j]`).
            return Ok(new_bytes(if len > 0 { &b[start as usize..stop as usize] } else { &[] }));
        }
        let idx = sl.indices(b.len())?;
        return Ok(new_bytes(&idx.into_iter().map(|j| b[j]).collect::<Vec<u8>>()));
    }
    if let Some(i) = crate::abstract_::custom_index(k) {
        return bytes_getitem(o, &i?);
    }
    Err(type_error(format!("byte indices must be integers or slices, not {}", k.type_obj().name())))
}

fn bytes_iter(o: &Obj) -> PyResult {
    this(o)?;
    Ok(new_byte_iter(o, &BYTES_ITER_TYPE))
}

/// `bytes_iterator` and `bytearray_iterator`: a position in the sequence
/// (`usize::MAX` once exhausted, as CPython drops the sequence then). A
/// bytearray's iterator reads the live contents, so it sees appended bytes.
#[repr(C)]
pub struct ByteIter {
    header: ObjHeader,
    /// Released once exhausted (as CPython).
    seq: crate::types::function::ObjLockCell,
    index: AtomicUsize,
}

const EXHAUSTED: usize = usize::MAX;

pub fn new_byte_iter(seq: &Obj, t: &'static TypeObject) -> Obj {
    alloc(ByteIter { header: new_header(t), seq: crate::types::function::ObjLockCell::new(Some(seq.clone())), index: AtomicUsize::new(0) })
}

fn byte_iter_of(o: &Obj) -> PyResult<&ByteIter> {
    o.downcast::<ByteIter>(&BYTES_ITER_TYPE)
        .or_else(|| o.downcast::<ByteIter>(&BYTEARRAY_ITER_TYPE))
        .ok_or_else(|| type_error("iterator expected"))
}

fn seq_len(seq: &Obj) -> usize {
    match as_bytes(seq) {
        Some(b) => b.len(),
        None => crate::types::bytearray::as_bytearray(seq).map_or(0, |b| b.with(|v| v.len())),
    }
}

fn byte_iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let it = byte_iter_of(o)?;
    let i = it.index.load(Ordering::Relaxed);
    if i == EXHAUSTED {
        return Ok(None);
    }
    let Some(seq) = it.seq.get() else { return Ok(None) };
    let c = match as_bytes(&seq) {
        Some(b) => b.get(i).copied(),
        None => crate::types::bytearray::as_bytearray(&seq).and_then(|b| b.with(|v| v.get(i).copied())),
    };
    drop(seq);
    it.index.store(if c.is_some() { i + 1 } else { EXHAUSTED }, Ordering::Relaxed);
    if c.is_none() {
        let old = it.seq.set(None);
        drop(old);
    }
    Ok(c.map(|c| int::from_i64(c as i64)))
}

fn byte_iter_length_hint(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = byte_iter_of(o)?;
    let i = it.index.load(Ordering::Relaxed);
    let n = match it.seq.get() {
        Some(seq) if i != EXHAUSTED => seq_len(&seq).saturating_sub(i),
        _ => 0,
    };
    Ok(int::from_i64(n as i64))
}

/// `__reduce__`: `(iter, (seq,), index)`, or `(iter, ((),))` once exhausted.
fn byte_iter_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = byte_iter_of(o)?;
    let iter = crate::types::list::builtin_fn("iter")?;
    let i = it.index.load(Ordering::Relaxed);
    let tuple = crate::types::tuple::new_tuple;
    let Some(seq) = it.seq.get().filter(|_| i != EXHAUSTED) else {
        return Ok(tuple(vec![iter, tuple(vec![tuple(vec![])])]));
    };
    Ok(tuple(vec![iter, tuple(vec![seq]), int::from_i64(i as i64)]))
}

/// `__setstate__(index)`, clamped to the sequence.
fn byte_iter_setstate(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = byte_iter_of(o)?;
    let [n] = a else { return Err(type_error(format!("__setstate__() takes exactly one argument ({} given)", a.len()))) };
    let n = crate::abstract_::index(n)?;
    let n = int::as_i64(&n).unwrap_or(if int::as_bigint(&n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) { 0 } else { i64::MAX });
    if let Some(seq) = it.seq.get().filter(|_| it.index.load(Ordering::Relaxed) != EXHAUSTED) {
        it.index.store((n.max(0) as u64).min(seq_len(&seq) as u64) as usize, Ordering::Relaxed);
    }
    Ok(crate::types::none())
}

fn byte_iter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(it) = byte_iter_of(o) {
        it.seq.with_ref(|s| {
            if let Some(s) = s {
                visit(s);
            }
        });
    }
}

static BYTE_ITER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__length_hint__", func: byte_iter_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: byte_iter_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__setstate__", func: byte_iter_setstate, doc: "Restore the position saved by __reduce__." },
];

pub static BYTES_ITER_TYPE: TypeObject = TypeObject {
    methods: &BYTE_ITER_METHODS,
    traverse: Some(byte_iter_traverse),
    iter: Some(crate::types::list::self_iter),
    next: Some(byte_iter_next),
    ..TypeObject::builtin("bytes_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<ByteIter>)
};

pub static BYTEARRAY_ITER_TYPE: TypeObject = TypeObject {
    methods: &BYTE_ITER_METHODS,
    traverse: Some(byte_iter_traverse),
    iter: Some(crate::types::list::self_iter),
    next: Some(byte_iter_next),
    ..TypeObject::builtin("bytearray_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<ByteIter>)
};

fn bytes_add(a: &Obj, b: &Obj) -> PyResult {
    let Some(x) = as_bytes(a) else { return Ok(not_implemented()) };
    // Built once at its final size: no intermediate copies of either side.
    let join = |y: &[u8]| {
        let mut v = Vec::with_capacity(x.len() + y.len());
        v.extend_from_slice(x);
        v.extend_from_slice(y);
        new_bytes_vec(v)
    };
    if let Some(y) = as_bytes(b) {
        return Ok(join(y));
    }
    match crate::types::bytearray::bytes_like(b) {
        Some(y) => Ok(join(&y)),
        None => Err(type_error(format!("can't concat {} to bytes", b.type_obj().name()))),
    }
}

fn bytes_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    let b = this(o)?;
    if int::is_int(x) {
        return match int::as_i64(x) {
            Some(i) if (0..256).contains(&i) => Ok(b.contains(&(i as u8))),
            _ => Err(crate::error::value_error("byte must be in range(0, 256)")),
        };
    }
    match crate::types::bytearray::bytes_like(x) {
        Some(n) => Ok(crate::types::bytes_methods::contains(b, &n)),
        None => Err(type_error(format!("a bytes-like object is required, not '{}'", x.type_obj().name()))),
    }
}

fn bytes_bool(o: &Obj) -> PyResult<bool> {
    Ok(!this(o)?.is_empty())
}

fn m_decode(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = crate::types::str::kw_args("decode", a, k, &["encoding", "errors"], 0, 0)?;
    let arg = |i: usize, name: &str, default: &'static str| -> PyResult<String> {
        match v[i] {
            None => Ok(default.to_string()),
            Some(o) => crate::types::str::as_str(o)
                .map(str::to_string)
                .ok_or_else(|| type_error(format!("decode() argument '{name}' must be str, not {}", o.type_obj().name()))),
        }
    };
    let enc = arg(0, "encoding", "utf-8")?;
    let errors = arg(1, "errors", "strict")?;
    crate::codecsmod::dev_check(Some(&enc), Some(&errors))?;
    if errors == "strict" && fast_codec(&enc) {
        return decode_text(this(s)?, &enc).map(new_string);
    }
    crate::codecsmod::via_registry("_decode_text", s.clone(), &enc, &errors)
}

/// `str(b, encoding, errors)`: the kernel's decoder when it knows the
/// codec, the codec registry otherwise.
pub fn decode_to_str(b: &[u8], enc: &str, errors: &str) -> PyResult {
    crate::codecsmod::dev_check(Some(enc), Some(errors))?;
    if errors == "strict" && fast_codec(enc) {
        return decode_text(b, enc).map(new_string);
    }
    crate::codecsmod::via_registry("_decode_text", new_bytes(b), enc, errors)
}

/// The (encoding, errors) arguments of `bytes(s, ...)`/`bytearray(s, ...)`/`str(b, ...)`.
pub fn codec_args<'a>(fname: &str, e: &'a Obj, er: Option<&'a Obj>) -> PyResult<(&'a str, &'a str)> {
    let arg = |o: &'a Obj, what: &str| crate::types::str::as_str(o).ok_or_else(|| type_error(format!("{fname}() argument '{what}' must be str, not {}", o.type_obj().name())));
    Ok((arg(e, "encoding")?, er.map(|o| arg(o, "errors")).transpose()?.unwrap_or("strict")))
}

/// Whether `decode_text` knows `enc` (otherwise the codec registry does).
pub fn fast_codec(enc: &str) -> bool {
    matches!(enc.to_ascii_lowercase().replace('_', "-").as_str(), "utf-8" | "utf8" | "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1")
}

/// The text of `b` in one of the codecs pyk knows (UTF-8, ASCII, Latin-1),
/// with CPython's UnicodeDecodeError (strict) or LookupError.
pub fn decode_text(b: &[u8], enc: &str) -> PyResult<String> {
    match enc.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(t) => Ok(t.to_string()),
            Err(e) => Err(utf8_error(b, e.valid_up_to(), e.error_len().map_or(b.len(), |l| e.valid_up_to() + l))),
        },
        "ascii" | "us-ascii" => match b.iter().position(|c| *c >= 0x80) {
            None => Ok(b.iter().map(|&c| c as char).collect()),
            Some(p) => Err(unicode_decode_error("ascii", b, p, p + 1, "ordinal not in range(128)")),
        },
        "latin-1" | "latin1" | "iso-8859-1" => Ok(b.iter().map(|&c| c as char).collect()),
        _ => Err(crate::error::PyErr::new(&crate::types::exceptions::LOOKUP_ERROR, format!("unknown encoding: {enc}"))),
    }
}

fn unicode_decode_error(enc: &str, b: &[u8], start: usize, end: usize, why: &str) -> crate::error::PyErr {
    crate::types::exceptions::unicode_error(&crate::types::exceptions::UNICODE_DECODE_ERROR, enc, new_bytes(b), start, end, why)
}

/// UTF-8 failing at `start` (`end` from the decoder, the length when the
/// data ran out): a byte that cannot start a sequence, a sequence cut short
/// by a bad byte, or one cut short by the end of the data.
fn utf8_error(b: &[u8], start: usize, end: usize) -> crate::error::PyErr {
    let lead = b.get(start).copied().unwrap_or(0);
    if !(0xC2..=0xF4).contains(&lead) {
        unicode_decode_error("utf-8", b, start, start + 1, "invalid start byte")
    } else if end == b.len() && !b[start + 1..].iter().any(|&c| c & 0xC0 != 0x80) {
        unicode_decode_error("utf-8", b, start, end, "unexpected end of data")
    } else {
        unicode_decode_error("utf-8", b, start, end, "invalid continuation byte")
    }
}

fn no_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    crate::builtins::no_kwargs(name, k)?;
    if !a.is_empty() {
        return Err(type_error(format!("bytes.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

/// Subclass instances need their own object (`bytes(b)` and `__bytes__`
/// may return `b` itself).
fn bytes_rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    // Never retype a shared object (the empty one is shared by everyone).
    let o = if o.refcnt() != 1 { fresh_bytes(this(&o)?) } else { o };
    crate::object::rewrap::<BytesObject>(o, t)
}

/// `__getnewargs__()`: `(bytes(self),)`, what pickles a bytes subclass.
fn m_getnewargs(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__getnewargs__", a, k)?;
    Ok(crate::types::tuple::new_tuple(vec![new_bytes(this(s)?)]))
}

/// `__bytes__()`: the object itself when exactly bytes, else a bytes copy.
fn m_bytes(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__bytes__", a, k)?;
    if s.type_ptr() == &BYTES_TYPE as *const _ {
        return Ok(s.clone());
    }
    Ok(new_bytes(this(s)?))
}

/// `decode` here; the methods shared with bytearray are in bytes_methods.rs.
static BYTES_METHODS: [MethodDef; 4] = [
    MethodDef { name: "__buffer__", func: crate::types::bytearray::m_buffer, doc: "Give a memoryview of the object's memory." },
    MethodDef { name: "decode", func: m_decode, doc: "" },
    MethodDef { name: "__getnewargs__", func: m_getnewargs, doc: "" },
    MethodDef { name: "__bytes__", func: m_bytes, doc: "Give this value as a plain bytes object." },
];

/// `bytes % values`.
fn bytes_mod(a: &Obj, b: &Obj) -> PyResult {
    let Some(fmt) = as_bytes(a) else { return Ok(not_implemented()) };
    Ok(new_bytes(&crate::types::str_format::bytes_percent_format(fmt, b)?))
}

fn bytes_mul(a: &Obj, b: &Obj) -> PyResult {
    crate::types::bytes_methods::repeat::<crate::types::bytes_methods::Bytes>(a, b)
}

fn bytes_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = int::bind_args("bytes", a, k, &["source", "encoding", "errors"], 3, 0)?;
    let is_str = |o: &Obj| crate::types::str::as_str(o).is_some();
    match (p[0], p[1], p[2]) {
        (None, None, None) => return Ok(new_bytes(&[])),
        (None, Some(_), _) => return Err(type_error("encoding without a string argument")),
        (None, None, Some(_)) => return Err(type_error("errors without a string argument")),
        (Some(x), Some(e), er) => {
            if !is_str(x) {
                return Err(type_error("encoding without a string argument"));
            }
            let (enc, errors) = codec_args("bytes", e, er)?;
            return crate::types::str::encode_with(x, enc, errors);
        }
        (Some(x), None, Some(_)) => {
            return Err(type_error(if is_str(x) { "string argument without an encoding" } else { "errors without a string argument" }));
        }
        (Some(_), None, None) => {}
    }
    let x = p[0].expect("checked");
    if let Some(f) = x.type_obj().lookup(&crate::types::str::istr("__bytes__")) {
        let b = crate::types::class::bind(&f, Some(x), x.type_obj(), &crate::types::str::istr("__bytes__"))?;
        let r = crate::abstract_::call0(&b)?;
        if as_bytes(&r).is_none() {
            return Err(type_error(format!("__bytes__ returned non-bytes (type {})", r.type_obj().name())));
        }
        return Ok(r);
    }
    let x = match crate::abstract_::custom_index(x) {
        Some(i) => i?,
        None => x.clone(),
    };
    let a = [x];
    match &a[..] {
        [x] if int::is_int(x) => {
            let n = int::as_i64(x).ok_or_else(|| crate::error::overflow_error("cannot fit 'int' into an index-sized integer"))?;
            if n < 0 {
                return Err(crate::error::value_error("negative count"));
            }
            let mut v = Vec::new();
            crate::error::reserve(&mut v, n as usize)?;
            v.resize(n as usize, 0u8);
            Ok(new_bytes(&v))
        }
        [x] if crate::types::str::as_str(x).is_some() => Err(type_error("string argument without an encoding")),
        [x] => {
            // Buffers (bytes-like objects and native types exporting one) copy their bytes.
            if let Some(b) = crate::types::bytearray::bytes_like(x) {
                return Ok(new_bytes(&b));
            }
            if x.type_obj().iter.is_none() && x.type_obj().getitem.is_none() {
                return Err(type_error(format!("cannot convert '{}' object to bytes", x.type_obj().name())));
            }
            let mut v = vec![];
            // Iterated live: a list emptied by an item's __index__ stops there.
            let it = crate::abstract_::iter(x)?;
            while let Some(item) = crate::abstract_::next(&it)? {
                let i = int::as_i64(&crate::abstract_::index(&item)?).unwrap_or(-1);
                if !(0..256).contains(&i) {
                    return Err(crate::error::value_error("bytes must be in range(0, 256)"));
                }
                v.push(i as u8);
            }
            Ok(new_bytes(&v))
        }
        _ => Ok(new_bytes(&[])),
    }
}

pub static BYTES_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::types::typeobj::SubclassInfo { rewrap: bytes_rewrap, ..crate::object::subclass_info::<BytesObject>(true) }),
    repr: Some(bytes_repr),
    hash: Some(bytes_hash),
    richcompare: Some(bytes_richcompare),
    len: Some(bytes_len),
    getitem: Some(bytes_getitem),
    iter: Some(bytes_iter),
    contains: Some(bytes_contains),
    new: Some(bytes_new),
    methods: &BYTES_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots { add: Some(bytes_add), mul: Some(bytes_mul), rem: Some(bytes_mod), bool: Some(bytes_bool), ..NumberSlots::EMPTY },
    doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\n\
An immutable sequence of bytes (ints from 0 to 255). It is built from ints, from a str \
and the encoding that turns it into bytes, from any object that exports a buffer, or as \
that many zero bytes.",
    ..TypeObject::builtin("bytes", &crate::types::object::OBJECT_TYPE, dealloc_box::<BytesObject>)
};
