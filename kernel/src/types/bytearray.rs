//! `bytearray` (mutable bytes): construction, repr, comparison, len,
//! indexing and slicing (get and set), iteration, the bytes methods,
//! `+`, containment; resizing is refused while memoryviews export it
//! (memoryview itself lives in memoryview.rs).

use std::cell::UnsafeCell;

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj, ObjLock};
use crate::types::int::{self, cmp_result};
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::new_string;
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

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
    /// Counts an export held by a memoryview's managed buffer.
    pub(crate) fn export_raw(&self) {
        self.exports.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    /// Gives back an export counted by `export_raw`.
    pub(crate) fn unexport(&self) {
        self.exports.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
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
        return crate::types::memoryview::view_bytes(o).ok();
    }
    if let Some(b) = crate::types::native::buffer_bytes(o) {
        return Some(b);
    }
    crate::types::memoryview::python_buffer_bytes(o)
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
static BA_METHODS: [MethodDef; 17] = [
    MethodDef { name: "__buffer__", func: m_buffer, doc: "Give a memoryview of the object's memory." },
    MethodDef { name: "__release_buffer__", func: crate::types::memoryview::m_release_buffer, doc: "Release a memoryview made by __buffer__." },
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

pub use crate::types::memoryview::{MemoryView, MEMORYVIEW_TYPE};
pub(crate) use crate::types::memoryview::m_buffer;
