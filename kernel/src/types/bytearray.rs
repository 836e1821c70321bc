//! `bytearray` (mutable bytes) and `memoryview` over bytes-like objects —
//! a first slice: construction, repr, comparison, len, indexing and slicing
//! (get and set), iteration, append/extend/pop/clear/copy, decode, hex,
//! `+`, containment; memoryview: len, indexing, tobytes, tolist, release.

use std::cell::UnsafeCell;

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj, ObjLock};
use crate::types::int::{self, cmp_result};
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::new_string;
use crate::types::typeobj::{GetSetDef, MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct ByteArrayObject {
    pub header: ObjHeader,
    lock: ObjLock,
    data: UnsafeCell<Vec<u8>>,
    /// Live (unreleased) memoryviews over this buffer: while any exists,
    /// the size may not change (CPython's ob_exports).
    exports: std::sync::atomic::AtomicUsize,
}

impl ByteArrayObject {
    /// Fails with CPython's BufferError when a resize is asked for while
    /// memoryviews export the buffer.
    pub fn check_resize(&self) -> PyResult<()> {
        if self.exports.load(std::sync::atomic::Ordering::Relaxed) > 0 {
            return Err(crate::error::PyErr::new(&crate::types::exceptions::BUFFER_ERROR, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }
    /// `check_resize` when the length goes from `old` to `new`.
    fn check_len(&self, old: usize, new: usize) -> PyResult<()> {
        if old != new { self.check_resize() } else { Ok(()) }
    }
    fn len(&self) -> usize {
        self.with(|v| v.len())
    }
    /// Holds an export of the buffer (no resizing) until the guard drops,
    /// as CPython's methods that keep a buffer while running Python code.
    pub fn export(&self) -> ExportGuard<'_> {
        self.exports.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        ExportGuard(self)
    }
    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        // SAFETY: exclusive access under the lock (free-threaded) or the GIL;
        // closures run no Python code.
        self.lock.with(|| f(unsafe { &mut *self.data.get() }))
    }
    pub fn snapshot(&self) -> Vec<u8> {
        self.with(|v| v.clone())
    }
}

/// An export of a bytearray's buffer, released on drop.
pub struct ExportGuard<'a>(&'a ByteArrayObject);

impl Drop for ExportGuard<'_> {
    fn drop(&mut self) {
        self.0.exports.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
}

pub fn new_bytearray(b: Vec<u8>) -> Obj {
    alloc(ByteArrayObject { header: crate::object::new_header(&BYTEARRAY_TYPE), lock: ObjLock::new(), data: UnsafeCell::new(b), exports: std::sync::atomic::AtomicUsize::new(0) })
}

pub fn as_bytearray(o: &Obj) -> Option<&ByteArrayObject> {
    o.downcast::<ByteArrayObject>(&BYTEARRAY_TYPE)
}

/// The bytes of any bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(o: &Obj) -> Option<Vec<u8>> {
    if let Some(b) = crate::types::bytes::as_bytes(o) {
        return Some(b.to_vec());
    }
    if let Some(b) = as_bytearray(o) {
        return Some(b.snapshot());
    }
    if o.downcast::<MemoryView>(&MEMORYVIEW_TYPE).is_some() {
        return mv_data(o).ok();
    }
    crate::types::native::buffer_bytes(o)
}

fn this(o: &Obj) -> PyResult<&ByteArrayObject> {
    as_bytearray(o).ok_or_else(|| type_error("bytearray expected"))
}

fn byte_value(o: &Obj) -> PyResult<u8> {
    let i = int::as_i64(&crate::abstract_::index(o)?).unwrap_or(-1);
    if !(0..256).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

fn from_iterable(x: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(x) {
        return Ok(b);
    }
    if crate::types::str::as_str(x).is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if int::is_int(x) {
        let n = int::as_i64(x).ok_or_else(|| crate::error::overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut v = Vec::new();
        crate::error::reserve(&mut v, n as usize)?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if let Some(i) = crate::abstract_::custom_index(x) {
        return from_iterable(&i?);
    }
    if x.type_obj().iter.is_none() && x.type_obj().getitem.is_none() {
        return Err(type_error(format!("cannot convert '{}' object to bytearray", x.type_obj().name())));
    }
    let it = crate::abstract_::iter(x)?;
    let mut out = Vec::new();
    while let Some(item) = crate::abstract_::next(&it)? {
        out.push(byte_value(&item)?);
    }
    Ok(out)
}

fn ba_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    Ok(new_bytearray(init_data(a, k)?))
}

/// `bytearray.__init__(source, encoding, errors)`: a subclass instance
/// starts empty and is filled here (the exact type fills in `ba_new`).
fn m_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let data = init_data(a, k)?;
    let b = this(s)?;
    // (not while a memoryview exports the buffer)
    b.check_len(b.len(), data.len())?;
    let old = b.with(|v| std::mem::replace(v, data));
    drop(old);
    Ok(none())
}

/// The contents `bytearray(source, encoding, errors)` starts with.
fn init_data(a: &[Obj], k: Option<&Obj>) -> PyResult<Vec<u8>> {
    let p = int::bind_args("bytearray", a, k, &["source", "encoding", "errors"], 3, 0)?;
    let is_str = |o: &Obj| crate::types::str::as_str(o).is_some();
    match (p[0], p[1], p[2]) {
        (None, None, None) => Ok(vec![]),
        (None, Some(_), _) => Err(type_error("encoding without a string argument")),
        (None, None, Some(_)) => Err(type_error("errors without a string argument")),
        (Some(x), None, None) => from_iterable(x),
        (Some(x), None, Some(_)) => Err(type_error(if is_str(x) { "string argument without an encoding" } else { "errors without a string argument" })),
        (Some(s), Some(e), er) => {
            if !is_str(s) {
                return Err(type_error("encoding without a string argument"));
            }
            let (enc, errors) = crate::types::bytes::codec_args("bytearray", e, er)?;
            let b = crate::types::str::encode_with(s, enc, errors)?;
            Ok(bytes_like(&b).unwrap_or_default())
        }
    }
}

fn ba_repr(o: &Obj) -> PyResult {
    let b = this(o)?.snapshot();
    let r = crate::types::bytes::repr_bytes(&b);
    // CPython's bytearray repr escapes a single quote even inside double quotes.
    let r = match r.strip_prefix("b\"").and_then(|x| x.strip_suffix('"')) {
        Some(inner) => format!("b\"{}\"", inner.replace('\'', "\\'")),
        None => r,
    };
    Ok(new_string(format!("{}({})", o.type_obj().name(), r)))
}

fn ba_len(o: &Obj) -> PyResult<usize> {
    Ok(this(o)?.with(|v| v.len()))
}

fn ba_getitem(o: &Obj, k: &Obj) -> PyResult {
    let b = this(o)?;
    if let Some(i) = int::as_i64(k) {
        return b
            .with(|v| crate::types::tuple::normalize_index(i, v.len()).map(|j| v[j]))
            .map(|c| int::from_i64(c as i64))
            .ok_or_else(|| index_error("bytearray index out of range"));
    }
    if int::is_int(k) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        let data = b.snapshot();
        let idx = sl.indices(data.len())?;
        return Ok(new_bytearray(idx.into_iter().map(|j| data[j]).collect()));
    }
    if let Some(i) = crate::abstract_::custom_index(k) {
        return ba_getitem(o, &i?);
    }
    Err(type_error(format!("bytearray indices must be integers or slices, not {}", k.type_obj().name())))
}

fn ba_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let b = this(o)?;
    if let Some(i) = int::as_i64(k) {
        let val = match v {
            Some(x) => Some(byte_value(x)?),
            None => None,
        };
        if val.is_none() && crate::types::tuple::normalize_index(i, b.len()).is_some() {
            b.check_resize()?;
        }
        let ok = b.with(|d| match crate::types::tuple::normalize_index(i, d.len()) {
            Some(j) => {
                match val {
                    Some(c) => d[j] = c,
                    None => {
                        d.remove(j);
                    }
                }
                true
            }
            None => false,
        });
        return if ok { Ok(()) } else { Err(index_error("bytearray index out of range")) };
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        let items = match v {
            Some(x) if int::is_int(x) || crate::types::str::as_str(x).is_some() => {
                return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            Some(x) => Some(from_iterable(x)?),
            None => None,
        };
        let n = b.with(|d| d.len());
        let step_one = crate::types::is_none(&sl.step) || int::as_i64(&sl.step) == Some(1);
        if step_one {
            let (start, stop) = sl.bounds(n)?;
            let stop = stop.max(start);
            b.check_len(stop.min(n) - start.min(n), items.as_ref().map_or(0, Vec::len))?;
            b.with(|d| {
                d.splice(start.min(d.len())..stop.min(d.len()), items.unwrap_or_default());
            });
            return Ok(());
        }
        let idx = sl.indices(n)?;
        return match items {
            Some(items) if items.len() == idx.len() => {
                b.with(|d| idx.iter().zip(items).for_each(|(&i, c)| d[i] = c));
                Ok(())
            }
            Some(items) => Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                idx.len()
            ))),
            None => {
                b.check_len(idx.len(), 0)?;
                let mut sorted = idx;
                sorted.sort_unstable();
                b.with(|d| sorted.iter().rev().for_each(|&i| {
                    d.remove(i);
                }));
                Ok(())
            }
        };
    }
    if let Some(i) = crate::abstract_::custom_index(k) {
        return ba_setitem(o, &i?, v);
    }
    Err(type_error(format!("bytearray indices must be integers or slices, not {}", k.type_obj().name())))
}

fn ba_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (as_bytearray(a).map(|x| x.snapshot()), bytes_like(b)) {
        (Some(x), Some(y)) => Ok(bool_obj(cmp_result(x.cmp(&y), op))),
        _ => Ok(not_implemented()),
    }
}

/// A live iterator: it sees bytes appended while iterating.
fn ba_iter(o: &Obj) -> PyResult {
    this(o)?;
    Ok(crate::types::bytes::new_byte_iter(o, &crate::types::bytes::BYTEARRAY_ITER_TYPE))
}

fn ba_add(a: &Obj, b: &Obj) -> PyResult {
    match (as_bytearray(a), bytes_like(b)) {
        (Some(x), Some(y)) => {
            let mut v = x.snapshot();
            v.extend(y);
            Ok(new_bytearray(v))
        }
        (Some(_), None) => Err(type_error(format!("can't concat {} to bytearray", b.type_obj().name()))),
        _ => Ok(not_implemented()),
    }
}

fn ba_iadd(a: &Obj, b: &Obj) -> PyResult {
    let Some(x) = as_bytearray(a) else { return Ok(not_implemented()) };
    let y = bytes_like(b).ok_or_else(|| type_error(format!("can't concat {} to bytearray", b.type_obj().name())))?;
    x.check_len(0, y.len())?;
    x.with(|v| v.extend(y));
    Ok(a.clone())
}

fn m_iadd(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [b] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    ba_iadd(s, b)
}

fn ba_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    let b = this(o)?.snapshot();
    if int::is_int(x) {
        return Ok(b.contains(&byte_value(x)?));
    }
    let n = bytes_like(x).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", x.type_obj().name())))?;
    Ok(crate::types::bytes_methods::contains(&b, &n))
}

fn ba_bool(o: &Obj) -> PyResult<bool> {
    Ok(this(o)?.with(|v| !v.is_empty()))
}

fn m_append(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("bytearray.append() takes exactly one argument ({} given)", a.len()))) };
    let c = byte_value(x)?;
    this(s)?.check_resize()?;
    this(s)?.with(|v| v.push(c));
    Ok(none())
}
fn m_extend(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("bytearray.extend() takes exactly one argument ({} given)", a.len()))) };
    if crate::types::str::as_str(x).is_some() {
        return Err(type_error(format!("expected iterable of integers; got: '{}'", x.type_obj().name())));
    }
    if bytes_like(x).is_none() && x.type_obj().iter.is_none() && x.type_obj().getitem.is_none() {
        return Err(type_error(format!("can't extend bytearray with {}", x.type_obj().name())));
    }
    let items = from_iterable(x)?;
    this(s)?.check_len(0, items.len())?;
    this(s)?.with(|v| v.extend(items));
    Ok(none())
}
fn m_pop(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let i = match a.first() {
        Some(i) => int::as_i64(&crate::abstract_::index(i)?).ok_or_else(|| crate::error::PyErr::new(&crate::types::exceptions::OVERFLOW_ERROR, "Python int too large to convert to C ssize_t"))?,
        None => -1,
    };
    let b = this(s)?;
    let n = b.len();
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let j = crate::types::tuple::normalize_index(i, n).ok_or_else(|| index_error("pop index out of range"))?;
    b.check_resize()?;
    let r = b.with(|v| if j < v.len() { Ok(v.remove(j)) } else { Err(index_error("pop index out of range")) })?;
    Ok(int::from_i64(r as i64))
}
fn m_clear(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.check_len(this(s)?.len(), 0)?;
    this(s)?.with(|v| v.clear());
    Ok(none())
}
fn m_copy(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_bytearray(this(s)?.snapshot()))
}
fn m_decode(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let b = crate::types::bytes::new_bytes(&this(s)?.snapshot());
    let m = crate::abstract_::getattr_str(&b, "decode")?;
    crate::abstract_::call(&m, a, k)
}
/// `bytearray % values`.
fn ba_mod(a: &Obj, b: &Obj) -> PyResult {
    let Some(fmt) = as_bytearray(a).map(|x| x.snapshot()) else { return Ok(not_implemented()) };
    Ok(new_bytearray(crate::types::str_format::bytes_percent_format(&fmt, b)?))
}

fn ba_mul(a: &Obj, b: &Obj) -> PyResult {
    crate::types::bytes_methods::repeat::<crate::types::bytes_methods::ByteArray>(a, b)
}

fn m_insert(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("insert", k)?;
    let [i, x] = a else { return Err(type_error(format!("insert expected 2 arguments, got {}", a.len()))) };
    let i = int::as_i64(&crate::abstract_::index(i)?).unwrap_or(i64::MAX);
    let x = byte_value(x)?;
    this(s)?.check_resize()?;
    this(s)?.with(|v| {
        let n = v.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, x);
    });
    Ok(none())
}
fn m_remove(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("remove", k)?;
    let [x] = a else { return Err(type_error(format!("bytearray.remove() takes exactly one argument ({} given)", a.len()))) };
    let x = byte_value(x)?;
    let b = this(s)?;
    if b.with(|v| v.contains(&x)) {
        b.check_resize()?;
    }
    b.with(|v| match v.iter().position(|&c| c == x) {
        Some(p) => {
            v.remove(p);
            Ok(())
        }
        None => Err(value_error("value not found in bytearray")),
    })?;
    Ok(none())
}
fn m_reverse(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("bytearray.reverse", a)?;
    this(s)?.with(|v| v.reverse());
    Ok(none())
}
fn m_alloc(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("bytearray.__alloc__", a)?;
    Ok(int::from_i64(this(s)?.with(|v| v.capacity().max(v.len() + 1)) as i64))
}
fn ba_imul(a: &Obj, b: &Obj) -> PyResult {
    if as_bytearray(a).is_none() || crate::types::tuple::repeat_count(b).is_none() {
        return Ok(not_implemented());
    }
    m_imul(a, std::slice::from_ref(b), None)
}

fn m_imul(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    let n = int::as_i64(&crate::abstract_::index(n)?).unwrap_or(i64::MAX).max(0) as usize;
    let cur = this(s)?.snapshot();
    let mut out = Vec::new();
    crate::error::reserve(&mut out, cur.len().saturating_mul(n))?;
    for _ in 0..n {
        out.extend_from_slice(&cur);
    }
    this(s)?.check_len(cur.len(), out.len())?;
    this(s)?.with(|v| *v = out);
    Ok(s.clone())
}

/// CPython's `_common_reduce`: `(type, (latin-1 text, 'latin-1'), state)`
/// below protocol 3, `(type, (bytes,), state)` from 3 on, `(type, (), state)`
/// when empty; the state is `__getstate__()` (the instance dict, slots).
fn common_reduce(s: &Obj, proto: i64) -> PyResult {
    let data = this(s)?.snapshot();
    let getstate = crate::abstract_::getattr_str(s, "__getstate__")?;
    let state = crate::abstract_::call(&getstate, &[], None)?;
    let tuple = crate::types::tuple::new_tuple;
    let args = if data.is_empty() {
        tuple(vec![])
    } else if proto < 3 {
        let text: String = data.iter().map(|&b| b as char).collect();
        tuple(vec![crate::types::str::new_string(text), crate::types::str::new_str("latin-1")])
    } else {
        tuple(vec![crate::types::bytes::new_bytes(&data)])
    };
    Ok(tuple(vec![s.type_obj().as_obj(), args, state]))
}

fn m_reduce(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__reduce__", k)?;
    if !a.is_empty() {
        return Err(type_error(format!("bytearray.__reduce__() takes no arguments ({} given)", a.len())));
    }
    common_reduce(s, 0)
}

fn m_reduce_ex(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__reduce_ex__", k)?;
    let proto = match a {
        [] => 0,
        [p] => int::as_i64(&crate::abstract_::index(p)?).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))?,
        _ => return Err(type_error(format!("__reduce_ex__ expected at most 1 argument, got {}", a.len()))),
    };
    common_reduce(s, proto)
}

/// Mutating methods and decode; the methods shared with bytes are in bytes_methods.rs.
static BA_METHODS: [MethodDef; 16] = [
    MethodDef { name: "__buffer__", func: m_buffer, doc: "Give a memoryview of the object's memory." },
    MethodDef { name: "__init__", func: m_init, doc: "Set up a new instance; help(type(self)) shows the arguments." },
    MethodDef { name: "__reduce__", func: m_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__reduce_ex__", func: m_reduce_ex, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "insert", func: m_insert, doc: "" },
    MethodDef { name: "remove", func: m_remove, doc: "" },
    MethodDef { name: "reverse", func: m_reverse, doc: "" },
    MethodDef { name: "__alloc__", func: m_alloc, doc: "" },
    MethodDef { name: "__imul__", func: m_imul, doc: "" },
    MethodDef { name: "__iadd__", func: m_iadd, doc: "Implement self+=value." },
    MethodDef { name: "append", func: m_append, doc: "" },
    MethodDef { name: "extend", func: m_extend, doc: "" },
    MethodDef { name: "pop", func: m_pop, doc: "" },
    MethodDef { name: "clear", func: m_clear, doc: "" },
    MethodDef { name: "copy", func: m_copy, doc: "" },
    MethodDef { name: "decode", func: m_decode, doc: "" },
];

pub static BYTEARRAY_TYPE: TypeObject = TypeObject {
    new: Some(ba_new),
    repr: Some(ba_repr),
    len: Some(ba_len),
    getitem: Some(ba_getitem),
    setitem: Some(ba_setitem),
    richcompare: Some(ba_richcompare),
    iter: Some(ba_iter),
    contains: Some(ba_contains),
    methods: &BA_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    subclass: Some(crate::object::subclass_info::<ByteArrayObject>(false)),
    number: NumberSlots { add: Some(ba_add), mul: Some(ba_mul), rem: Some(ba_mod), inplace_add: Some(ba_iadd), inplace_mul: Some(ba_imul), bool: Some(ba_bool), ..NumberSlots::EMPTY },
    doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\n\
A mutable sequence of bytes (ints from 0 to 255), built as bytes is; it can grow, shrink \
and be changed in place.",
    ..TypeObject::builtin("bytearray", &crate::types::object::OBJECT_TYPE, dealloc_box::<ByteArrayObject>)
};

/// A view of a bytes-like object's bytes (read through on every access):
/// `count` items of `format` starting `offset` bytes into the exporter's
/// buffer, `step` items apart (slicing makes views of the same exporter).
#[repr(C)]
pub struct MemoryView {
    pub header: ObjHeader,
    /// The exporter (never itself a memoryview).
    pub obj: Obj,
    /// The item format (struct syntax, native sizes): "B" unless cast.
    pub format: &'static str,
    offset: usize,
    step: isize,
    count: usize,
    readonly: bool,
    /// The format was given as '@X' to cast (shown back by `.format`).
    at: bool,
    released: std::sync::atomic::AtomicBool,
    /// The hash once computed (-1 before): a released view keeps answering it, as CPython's.
    hash: std::sync::atomic::AtomicI64,
}

impl MemoryView {
    /// Marks the view released and gives its export back (once).
    fn release(&self) {
        if !self.released.swap(true, std::sync::atomic::Ordering::Relaxed) {
            if let Some(b) = as_bytearray(&self.obj) {
                b.exports.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

/// Item size of a 1-D native format `memoryview.cast` accepts.
fn format_size(f: &str) -> Option<usize> {
    Some(match f {
        "B" | "b" | "c" | "?" => 1,
        "H" | "h" | "e" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "N" | "n" | "P" | "d" => 8,
        _ => return None,
    })
}

/// One item of `format` from its native-endian bytes.
fn unpack_item(f: &str, b: &[u8]) -> Obj {
    let u = |n: usize| -> u64 {
        let mut x = [0u8; 8];
        x[..n].copy_from_slice(&b[..n]);
        u64::from_ne_bytes(x)
    };
    match f {
        "B" => int::from_i64(b[0] as i64),
        "b" => int::from_i64(b[0] as i8 as i64),
        "c" => crate::types::bytes::new_bytes(&b[..1]),
        "?" => bool_obj(b[0] != 0),
        "H" => int::from_i64(u(2) as u16 as i64),
        "h" => int::from_i64(u(2) as u16 as i16 as i64),
        "I" => int::from_i64(u(4) as u32 as i64),
        "i" => int::from_i64(u(4) as u32 as i32 as i64),
        "f" => crate::types::float::new_float(f32::from_bits(u(4) as u32) as f64),
        "d" => crate::types::float::new_float(f64::from_bits(u(8))),
        "e" => crate::types::float::new_float(half_to_f64(u(2) as u16)),
        "L" | "Q" | "N" | "P" => crate::types::int::from_bigint(num_bigint::BigInt::from(u(8))),
        _ => int::from_i64(u(8) as i64),
    }
}

/// The native bytes of `v` as one item of `format`, with CPython's
/// "invalid type" (TypeError) and "invalid value" (ValueError) errors.
fn pack_item(format: &str, v: &Obj) -> PyResult<Vec<u8>> {
    let bad_value = || value_error(format!("memoryview: invalid value for format '{format}'"));
    let bad_type = || type_error(format!("memoryview: invalid type for format '{format}'"));
    let float_of = |v: &Obj| crate::abstract_::to_float(v).map_err(|_| bad_type());
    Ok(match format {
        "?" => vec![crate::abstract_::is_true(v)? as u8],
        "c" => match crate::types::bytes::as_bytes(v) {
            Some(b) if b.len() == 1 => b.to_vec(),
            Some(_) => return Err(bad_value()),
            None => return Err(bad_type()),
        },
        "f" => (float_of(v)? as f32).to_ne_bytes().to_vec(),
        "d" => float_of(v)?.to_ne_bytes().to_vec(),
        "e" => f64_to_half(float_of(v)?).ok_or_else(bad_value)?.to_ne_bytes().to_vec(),
        _ => {
            use num_traits::ToPrimitive;
            let x = int::index_big(v).map_err(|_| bad_type())?;
            let size = format_size(format).unwrap_or(8);
            if matches!(format, "B" | "H" | "I" | "L" | "Q" | "N" | "P") {
                let u = x.to_u64().filter(|u| size == 8 || *u >> (size * 8) == 0).ok_or_else(bad_value)?;
                u.to_ne_bytes()[..size].to_vec()
            } else {
                let i = x.to_i64().filter(|i| size == 8 || (*i >= -(1i64 << (size * 8 - 1)) && *i < 1i64 << (size * 8 - 1))).ok_or_else(bad_value)?;
                if cfg!(target_endian = "little") { i.to_le_bytes()[..size].to_vec() } else { i.to_be_bytes()[8 - size..].to_vec() }
            }
        }
    })
}

/// f64 to IEEE 754 binary16, rounding half to even; None when too large.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < 2f64.powi(-14) {
        // Subnormal (1024 rounds up to the smallest normal's encoding).
        return Some(sign | (a * 2f64.powi(24)).round_ties_even() as u16);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut n = (a / 2f64.powi(e) * 1024.0).round_ties_even() as u32;
    if n == 2048 {
        n = 1024;
        e += 1;
    }
    if e >= 16 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | (n - 1024) as u16)
}

/// IEEE 754 binary16 to f64.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

struct ViewSpec {
    at: bool,
    format: &'static str,
    offset: usize,
    step: isize,
    count: usize,
    readonly: bool,
}

fn new_view(obj: Obj, v: ViewSpec) -> Obj {
    if let Some(b) = as_bytearray(&obj) {
        b.exports.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    alloc(MemoryView {
        header: crate::object::new_header(&MEMORYVIEW_TYPE),
        obj,
        format: v.format,
        offset: v.offset,
        step: v.step,
        count: v.count,
        readonly: v.readonly,
        at: v.at,
        released: std::sync::atomic::AtomicBool::new(false),
        hash: std::sync::atomic::AtomicI64::new(-1),
    })
}

fn mv(o: &Obj) -> PyResult<&MemoryView> {
    o.downcast::<MemoryView>(&MEMORYVIEW_TYPE).ok_or_else(|| type_error("memoryview expected"))
}

fn released_error() -> crate::error::PyErr {
    value_error("operation forbidden on released memoryview object")
}

/// The view, failing once it was released.
fn live(o: &Obj) -> PyResult<&MemoryView> {
    let m = mv(o)?;
    if m.released.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(released_error());
    }
    Ok(m)
}

fn mv_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = int::bind_args("memoryview", a, k, &["object"], 1, 1)?;
    let x = p[0].expect("required");
    if let Some(m) = x.downcast::<MemoryView>(&MEMORYVIEW_TYPE) {
        live(x)?;
        return Ok(new_view(m.obj.clone(), ViewSpec { at: m.at, format: m.format, offset: m.offset, step: m.step, count: m.count, readonly: m.readonly }));
    }
    let Some(b) = bytes_like(x) else {
        return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", x.type_obj().name())));
    };
    Ok(new_view(x.clone(), ViewSpec { at: false, format: "B", offset: 0, step: 1, count: b.len(), readonly: as_bytearray(x).is_none() }))
}

/// The byte range of item `i` of the view.
fn item_range(m: &MemoryView, i: usize) -> std::ops::Range<usize> {
    let n = format_size(m.format).unwrap_or(1) as isize;
    let st = m.offset as isize + i as isize * m.step * n;
    let st = st.max(0) as usize;
    st..st + n as usize
}

/// The bytes the view covers, in order.
fn mv_data(o: &Obj) -> PyResult<Vec<u8>> {
    let m = live(o)?;
    let base = bytes_like(&m.obj).ok_or_else(released_error)?;
    let mut out = Vec::with_capacity(m.count * format_size(m.format).unwrap_or(1));
    for i in 0..m.count {
        // A bytearray shrunk under the view (pyk does not lock exports yet).
        let piece = base.get(item_range(m, i)).ok_or_else(|| index_error("memoryview: underlying buffer was resized"))?;
        out.extend_from_slice(piece);
    }
    Ok(out)
}

fn itemsize(o: &Obj) -> PyResult<usize> {
    Ok(format_size(mv(o)?.format).unwrap_or(1))
}

fn mv_len(o: &Obj) -> PyResult<usize> {
    Ok(live(o)?.count)
}

/// The items of the view, decoded by its format.
fn mv_items(o: &Obj) -> PyResult<Vec<Obj>> {
    let f = mv(o)?.format;
    let n = itemsize(o)?;
    Ok(mv_data(o)?.chunks_exact(n).map(|c| unpack_item(f, c)).collect())
}

fn mv_getitem(o: &Obj, k: &Obj) -> PyResult {
    let m = live(o)?;
    if let Some(sl) = crate::types::range::as_slice(k) {
        let (start, _stop, step, len) = sl.adjust(m.count as i64)?;
        let n = format_size(m.format).unwrap_or(1) as isize;
        let offset = m.offset as isize + start as isize * m.step * n;
        let spec = ViewSpec { at: m.at, format: m.format, offset: offset.max(0) as usize, step: m.step * step as isize, count: len.max(0) as usize, readonly: m.readonly };
        return Ok(new_view(m.obj.clone(), spec));
    }
    if crate::abstract_::custom_index(k).is_some() || int::is_int(k) {
        let i = int::as_i64(&crate::abstract_::index(k)?).unwrap_or(i64::MAX);
        let j = crate::types::tuple::normalize_index(i, m.count).ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
        let d = mv_data(o)?;
        let n = format_size(m.format).unwrap_or(1);
        return Ok(unpack_item(m.format, &d[j * n..j * n + n]));
    }
    if crate::types::is_none(k) {
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if let Some(t) = crate::types::tuple::as_tuple(k) {
        // CPython's multi-index rules for a one-dimensional view.
        let is_index = |x: &Obj| int::is_int(x) || crate::abstract_::custom_index(x).is_some();
        if t.iter().all(is_index) {
            return match t {
                [] => Err(crate::error::PyErr::new(&crate::types::exceptions::NOT_IMPLEMENTED_ERROR, "sub-views are not implemented")),
                [i] => mv_getitem(o, i),
                _ => Err(type_error(format!("cannot index 1-dimension view with {}-element tuple", t.len()))),
            };
        }
        if t.iter().all(|x| crate::types::range::as_slice(x).is_some()) {
            return Err(crate::error::PyErr::new(&crate::types::exceptions::NOT_IMPLEMENTED_ERROR, "multi-dimensional slicing is not implemented"));
        }
    }
    Err(type_error("memoryview: invalid slice key"))
}

/// Writes `bytes` over item positions `items` of the view's exporter.
fn write_items(m: &MemoryView, items: &[usize], bytes: &[u8]) -> PyResult<()> {
    let ba = as_bytearray(&m.obj).ok_or_else(|| type_error("cannot modify read-only memory"))?;
    let n = format_size(m.format).unwrap_or(1);
    ba.with(|v| {
        for (k, &i) in items.iter().enumerate() {
            let r = item_range(m, i);
            if r.end > v.len() {
                return Err(index_error("memoryview: underlying buffer was resized"));
            }
            v[r].copy_from_slice(&bytes[k * n..k * n + n]);
        }
        Ok(())
    })
}

fn mv_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let m = live(o)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(v) = v else { return Err(type_error("cannot delete memory")) };
    if let Some(sl) = crate::types::range::as_slice(k) {
        let idx = sl.indices(m.count)?;
        let src = bytes_like(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.type_obj().name())))?;
        if src.len() != idx.len() * format_size(m.format).unwrap_or(1) {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        return write_items(m, &idx, &src);
    }
    let i = int::as_i64(&crate::abstract_::index(k).map_err(|_| type_error("memoryview: invalid slice key"))?).unwrap_or(i64::MAX);
    let j = crate::types::tuple::normalize_index(i, m.count).ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
    let bytes = pack_item(m.format, v)?;
    write_items(m, &[j], &bytes)
}

fn mv_iter(o: &Obj) -> PyResult {
    crate::types::list::seq_iter(&crate::types::tuple::new_tuple(mv_items(o)?))
}

/// `memoryview.cast(format)`: the same bytes seen as items of a 1-D native format.
fn m_cast(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let mut format = pos.first().cloned();
    let mut shape = pos.get(1).cloned();
    for (n, v) in kws {
        match n {
            "format" => format = Some(v.clone()),
            "shape" => shape = Some(v.clone()),
            other => return Err(type_error(format!("cast() got an unexpected keyword argument '{other}'"))),
        }
    }
    let Some(format) = format else { return Err(type_error("cast() missing required argument 'format' (pos 1)")) };
    let fs = crate::types::str::as_str(&format).ok_or_else(|| type_error(format!("cast() argument 'format' must be str, not {}", format.type_obj().name())))?;
    let at_prefix = fs.starts_with('@');
    let fs = fs.strip_prefix('@').unwrap_or(fs);
    let Some(size) = format_size(fs) else {
        return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let mut dim0 = None;
    if let Some(sh) = shape.filter(|x| !crate::types::is_none(x)) {
        let dims = crate::abstract_::collect(&sh)?;
        if dims.len() != 1 {
            return Err(value_error("memoryview: pyk casts to one dimension only"));
        }
        dim0 = Some(int::as_i64(&crate::abstract_::index(&dims[0])?).unwrap_or(i64::MAX));
    }
    let m = live(s)?;
    if m.step != 1 {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let cur = m.format;
    if cur != "B" && cur != "b" && cur != "c" && size != 1 {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.count * format_size(cur).unwrap_or(1);
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(d) = dim0 {
        if d <= 0 {
            return Err(value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        if d.checked_mul(size as i64) != Some(nbytes as i64) {
            return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    const FORMATS: [&str; 17] = ["B", "b", "c", "?", "H", "h", "e", "I", "i", "f", "L", "l", "Q", "q", "N", "n", "d"];
    let f: &'static str = FORMATS.iter().find(|x| **x == fs).copied().unwrap_or("P");
    Ok(new_view(m.obj.clone(), ViewSpec { at: at_prefix, format: f, offset: m.offset, step: 1, count: nbytes / size, readonly: m.readonly }))
}

fn mv_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    if a.is(b) {
        return Ok(bool_obj(op == CompareOp::Eq));
    }
    let released = |o: &Obj| o.downcast::<MemoryView>(&MEMORYVIEW_TYPE).is_some_and(|m| m.released.load(std::sync::atomic::Ordering::Relaxed));
    if released(a) || released(b) {
        return Ok(bool_obj(op == CompareOp::Ne));
    }
    let equal = match b.downcast::<MemoryView>(&MEMORYVIEW_TYPE) {
        Some(_) => crate::abstract_::eq(&crate::types::list::new_list(mv_items(a)?), &crate::types::list::new_list(mv_items(b)?))?,
        None => match bytes_like(b) {
            Some(y) if matches!(mv(a)?.format, "B" | "b" | "c") => {
                let x = mv_data(a)?;
                if mv(a)?.format == "b" { x.len() == y.len() && x.iter().zip(&y).all(|(p, q)| *p == *q && *p < 128) } else { x == y }
            }
            Some(y) => crate::abstract_::eq(&crate::types::list::new_list(mv_items(a)?), &crate::types::list::new_list(y.iter().map(|&c| int::from_i64(c as i64)).collect()))?,
            None => return Ok(not_implemented()),
        },
    };
    Ok(bool_obj(equal == (op == CompareOp::Eq)))
}

fn mv_repr(o: &Obj) -> PyResult {
    let released = mv(o)?.released.load(std::sync::atomic::Ordering::Relaxed);
    Ok(new_string(format!("<{}memory at {:#x}>", if released { "released " } else { "" }, o.value().0)))
}

fn mv_hash(o: &Obj) -> PyResult<i64> {
    let h = mv(o)?.hash.load(std::sync::atomic::Ordering::Relaxed);
    if h != -1 {
        return Ok(h);
    }
    let m = live(o)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format, "B" | "b" | "c") {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let h = crate::abstract_::hash(&crate::types::bytes::new_bytes(&mv_data(o)?))?;
    m.hash.store(h, std::sync::atomic::Ordering::Relaxed);
    Ok(h)
}

fn m_tobytes(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::bytes::new_bytes(&mv_data(s)?))
}
fn m_hex(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let b = crate::types::bytes::new_bytes(&mv_data(s)?);
    let f = crate::abstract_::getattr_str(&b, "hex")?;
    crate::abstract_::call(&f, a, k)
}
fn m_tolist(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::list::new_list(mv_items(s)?))
}
fn m_toreadonly(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let m = live(s)?;
    Ok(new_view(m.obj.clone(), ViewSpec { at: m.at, format: m.format, offset: m.offset, step: m.step, count: m.count, readonly: true }))
}
fn m_release(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    mv(s)?.release();
    Ok(none())
}
fn m_enter(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    live(s)?;
    Ok(s.clone())
}
fn g_obj(o: &Obj) -> PyResult {
    Ok(live(o)?.obj.clone())
}
fn g_nbytes(o: &Obj) -> PyResult {
    let m = live(o)?;
    Ok(int::from_i64((m.count * format_size(m.format).unwrap_or(1)) as i64))
}
fn g_readonly(o: &Obj) -> PyResult {
    Ok(bool_obj(live(o)?.readonly))
}
fn g_format(o: &Obj) -> PyResult {
    let m = live(o)?;
    if m.at {
        return Ok(new_string(format!("@{}", m.format)));
    }
    Ok(crate::types::str::new_str(m.format))
}
fn g_itemsize(o: &Obj) -> PyResult {
    live(o)?;
    Ok(int::from_i64(itemsize(o)? as i64))
}
fn g_ndim(o: &Obj) -> PyResult {
    live(o)?;
    Ok(int::from_i64(1))
}
fn g_shape(o: &Obj) -> PyResult {
    Ok(crate::types::tuple::new_tuple(vec![int::from_i64(mv_len(o)? as i64)]))
}
fn g_strides(o: &Obj) -> PyResult {
    let m = live(o)?;
    Ok(crate::types::tuple::new_tuple(vec![int::from_i64(m.step as i64 * itemsize(o)? as i64)]))
}
fn g_contiguous(o: &Obj) -> PyResult {
    let m = live(o)?;
    Ok(bool_obj(m.step == 1 || m.count <= 1))
}
fn g_suboffsets(o: &Obj) -> PyResult {
    live(o)?;
    Ok(crate::types::tuple::new_tuple(vec![]))
}
fn g_released(o: &Obj) -> PyResult {
    Ok(bool_obj(mv(o)?.released.load(std::sync::atomic::Ordering::Relaxed)))
}

/// `__buffer__(flags, /)` of bytes, bytearray and memoryview: a new
/// memoryview of the object (what `collections.abc.Buffer` looks for).
pub(crate) fn m_buffer(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    // CPython's slot-wrapper messages (with their leading space).
    crate::builtins::no_kwargs("wrapper __buffer__", k)?;
    let [flags] = a else { return Err(type_error(format!(" expected 1 argument, got {}", a.len()))) };
    let f = crate::abstract_::index(flags).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", flags.type_obj().name())))?;
    if int::as_i64(&f).and_then(|v| i32::try_from(v).ok()).is_none() {
        return Err(crate::error::overflow_error("Python int too large to convert to C int"));
    }
    mv_new(&MEMORYVIEW_TYPE, std::slice::from_ref(s), None)
}

static MV_METHODS: [MethodDef; 9] = [
    MethodDef { name: "__buffer__", func: m_buffer, doc: "Give a memoryview of the object's memory." },
    MethodDef { name: "cast", func: m_cast, doc: "Reinterpret the memory with another format and/or shape." },
    MethodDef { name: "tobytes", func: m_tobytes, doc: "" },
    MethodDef { name: "hex", func: m_hex, doc: crate::types::bytes_methods::MEMORYVIEW_HEX_DOC },
    MethodDef { name: "tolist", func: m_tolist, doc: "" },
    MethodDef { name: "toreadonly", func: m_toreadonly, doc: "" },
    MethodDef { name: "release", func: m_release, doc: "" },
    MethodDef { name: "__enter__", func: m_enter, doc: "" },
    MethodDef { name: "__exit__", func: m_release, doc: "" },
];
static MV_GETSETS: [GetSetDef; 13] = [
    GetSetDef { name: "ndim", get: g_ndim },
    GetSetDef { name: "shape", get: g_shape },
    GetSetDef { name: "strides", get: g_strides },
    GetSetDef { name: "suboffsets", get: g_suboffsets },
    GetSetDef { name: "c_contiguous", get: g_contiguous },
    GetSetDef { name: "f_contiguous", get: g_contiguous },
    GetSetDef { name: "contiguous", get: g_contiguous },
    GetSetDef { name: "obj", get: g_obj },
    GetSetDef { name: "nbytes", get: g_nbytes },
    GetSetDef { name: "readonly", get: g_readonly },
    GetSetDef { name: "format", get: g_format },
    GetSetDef { name: "itemsize", get: g_itemsize },
    GetSetDef { name: "released", get: g_released },
];

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject {
    new: Some(mv_new),
    repr: Some(mv_repr),
    len: Some(mv_len),
    getitem: Some(mv_getitem),
    setitem: Some(mv_setitem),
    hash: Some(mv_hash),
    iter: Some(mv_iter),
    richcompare: Some(mv_richcompare),
    methods: &MV_METHODS,
    getsets: &MV_GETSETS,
    ..TypeObject::builtin("memoryview", &crate::types::object::OBJECT_TYPE, dealloc_box::<MemoryView>)
};
