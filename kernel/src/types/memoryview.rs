//! `memoryview`: N-dimensional views of another object's memory (PEP 3118).
//!
//! As in CPython, two objects are involved. A `ManagedBuffer` holds one
//! export of the exporter's memory (bytes, a bytearray whose resizing it
//! blocks, a native type's buffer such as array.array's, or a memoryview's
//! own buffer for `m.__buffer__`); every view made from it (slices, casts,
//! `memoryview(m)`) shares it, so the export ends when the last view is
//! released or dies. A `MemoryView` is a layout over that memory: format,
//! itemsize, shape, strides (in bytes) and the byte offset of its first
//! item. Suboffsets (PIL-style indirect arrays) are never produced: no pyk
//! exporter has them, so `suboffsets` is always `()`.
//!
//! The memory is read through on every access (no pointer is cached for
//! bytearray, whose vector the kernel may move; native exporters promise a
//! stable pointer while exported). Conversions that may run Python code
//! (`__index__`, `__float__`, `__bool__`) happen before the view's memory is
//! reached, and the view is checked for release after them.

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Mutex;

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::{ObjHeader, Value};

use crate::error::{index_error, type_error, value_error, PyErr, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::bytearray::as_bytearray;
use crate::types::exceptions::{BUFFER_ERROR, NOT_IMPLEMENTED_ERROR};
use crate::types::int;
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::new_string;
use crate::types::typeobj::{GetSetDef, MethodDef, TypeObject};

/// Where a managed buffer's memory lives.
enum Source {
    /// An immutable `bytes` object (the exporter itself).
    Bytes,
    /// A bytearray whose export count this buffer holds.
    ByteArray,
    /// A native type's memory, stable until `release` is called.
    Native { ptr: *mut u8, len: usize, release: unsafe extern "C" fn(Value) },
    /// Another view's memory (`m.__buffer__`): the exporter is that view,
    /// whose export count this buffer holds.
    View(Obj),
    /// The view a Python class's `__buffer__` returned (PEP 688); its
    /// `__release_buffer__` gets it back when the export ends.
    Python(Obj),
    /// A read-only copy (objects that can only give their bytes).
    Copy(Vec<u8>),
}

/// One export of an object's memory, shared by the views made from it.
#[repr(C)]
pub struct ManagedBuffer {
    header: ObjHeader,
    /// The exporter and its memory; None once the buffer was cleared by
    /// the collector.
    state: Mutex<Option<(Obj, Source)>>,
}

impl ManagedBuffer {
    fn give_back(&self) {
        let taken = self.state.lock().map(|mut s| s.take()).unwrap_or(None);
        if let Some((obj, src)) = taken {
            match src {
                Source::ByteArray => {
                    if let Some(b) = as_bytearray(&obj) {
                        b.unexport();
                    }
                }
                // SAFETY: `release` is the exporter's own function, called
                // once for the one `get` that filled this source.
                Source::Native { release, .. } => unsafe { release(obj.value()) },
                Source::View(v) => {
                    if let Some(m) = v.downcast::<MemoryView>(&MEMORYVIEW_TYPE) {
                        m.exports.fetch_sub(1, Ordering::Relaxed);
                    }
                }
                // The class's __release_buffer__ decides the returned view's
                // fate (it may keep it); without one the view just dies.
                Source::Python(inner) => {
                    if let Some(f) = python_method(&obj, "__release_buffer__") {
                        if let Err(e) = crate::abstract_::call(&f, &[obj.clone(), inner.clone()], None) {
                            crate::traceback::print_unraisable("Exception ignored in __release_buffer__", &e);
                        }
                    }
                }
                Source::Bytes | Source::Copy(_) => {}
            }
        }
    }

    fn exporter(&self) -> Option<Obj> {
        self.state.lock().ok()?.as_ref().map(|(o, _)| o.clone())
    }

    /// Runs `f` over the whole memory (read-only). `f` runs no Python code.
    fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
        let g = self.state.lock().map_err(|_| released_error())?;
        let Some((obj, src)) = g.as_ref() else { return Err(released_error()) };
        Ok(match src {
            Source::Bytes => f(crate::types::bytes::as_bytes(obj).unwrap_or(&[])),
            Source::ByteArray => match as_bytearray(obj) {
                Some(b) => b.with(|v| f(v)),
                None => f(&[]),
            },
            // SAFETY: the exporter keeps `len` bytes at `ptr` until released,
            // which happens only in give_back (not while this lock is held).
            Source::Native { ptr, len, .. } => f(if *len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(*ptr, *len) } }),
            Source::View(v) | Source::Python(v) => {
                let v = v.clone();
                drop(g);
                let inner = v.downcast::<MemoryView>(&MEMORYVIEW_TYPE).ok_or_else(released_error)?;
                let mb = inner.mbuf()?;
                return managed(&mb).read(f);
            }
            Source::Copy(c) => f(c),
        })
    }

    /// Runs `f` over the whole memory for writing; TypeError when it is read-only.
    fn write<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        let g = self.state.lock().map_err(|_| released_error())?;
        let Some((obj, src)) = g.as_ref() else { return Err(released_error()) };
        Ok(match src {
            Source::ByteArray => match as_bytearray(obj) {
                Some(b) => b.with(|v| f(v)),
                None => return Err(readonly_error()),
            },
            // SAFETY: as in `read`; the exporter said the memory is writable
            // (views over a read-only export are read-only and never get here).
            Source::Native { ptr, len, .. } => f(if *len == 0 { &mut [] } else { unsafe { std::slice::from_raw_parts_mut(*ptr, *len) } }),
            Source::View(v) | Source::Python(v) => {
                let v = v.clone();
                drop(g);
                let inner = v.downcast::<MemoryView>(&MEMORYVIEW_TYPE).ok_or_else(released_error)?;
                let mb = inner.mbuf()?;
                return managed(&mb).write(f);
            }
            Source::Bytes | Source::Copy(_) => return Err(readonly_error()),
        })
    }
}

impl Drop for ManagedBuffer {
    fn drop(&mut self) {
        self.give_back();
    }
}

fn managed(o: &Obj) -> &ManagedBuffer {
    o.downcast::<ManagedBuffer>(&MANAGED_BUFFER_TYPE).expect("a managed buffer")
}

fn mbuf_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let Some(m) = o.downcast::<ManagedBuffer>(&MANAGED_BUFFER_TYPE) else { return };
    if let Ok(g) = m.state.lock() {
        if let Some((obj, src)) = g.as_ref() {
            visit(obj);
            if let Source::View(v) | Source::Python(v) = src {
                if !v.is(obj) {
                    visit(v);
                }
            }
        }
    }
}

fn mbuf_clear(o: &Obj) {
    if let Some(m) = o.downcast::<ManagedBuffer>(&MANAGED_BUFFER_TYPE) {
        m.give_back();
    }
}

pub static MANAGED_BUFFER_TYPE: TypeObject = TypeObject {
    traverse: Some(mbuf_traverse),
    clear: Some(mbuf_clear),
    ..TypeObject::builtin("managedbuffer", &crate::types::object::OBJECT_TYPE, dealloc_box::<ManagedBuffer>)
};

/// `name` when a Python class in `o`'s MRO defines it before any builtin
/// class does (a Python-level buffer protocol, PEP 688).
fn python_method(o: &Obj, name: &'static str) -> Option<Obj> {
    let key = crate::types::str::istr(name);
    for &c in o.type_obj().mro() {
        // SAFETY: MRO entries are live (immortal) type objects.
        let c: &'static TypeObject = unsafe { &*c };
        if c.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
            return None;
        }
        if let Some(f) = crate::types::dict::get_str(c.dict(), &key) {
            return Some(f);
        }
    }
    None
}

/// The exporter's side of a new managed buffer: (source, format, itemsize, readonly, length in bytes).
struct Export {
    src: Source,
    format: String,
    itemsize: usize,
    readonly: bool,
    len: usize,
}

fn new_mbuf(obj: Obj, src: Source) -> Obj {
    alloc(ManagedBuffer { header: crate::object::new_header_tracked(&MANAGED_BUFFER_TYPE), state: Mutex::new(Some((obj, src))) })
}

/// A view of `obj`'s memory through the buffer protocol, or None when it
/// exports none (errors while exporting propagate).
fn export(obj: &Obj) -> PyResult<Option<Export>> {
    if let Some(b) = crate::types::bytes::as_bytes(obj) {
        return Ok(Some(Export { src: Source::Bytes, format: "B".into(), itemsize: 1, readonly: true, len: b.len() }));
    }
    if let Some(b) = as_bytearray(obj) {
        b.export_raw();
        return Ok(Some(Export { src: Source::ByteArray, format: "B".into(), itemsize: 1, readonly: false, len: b.with(|v| v.len()) }));
    }
    if let Some(nb) = crate::types::native::get_buffer(obj)? {
        return Ok(Some(Export {
            src: Source::Native { ptr: nb.0.ptr, len: nb.0.len, release: nb.1 },
            format: nb.0.format.as_str().to_string(),
            itemsize: nb.0.itemsize.max(1),
            readonly: nb.0.readonly,
            len: nb.0.len,
        }));
    }
    if let Some(b) = crate::types::native::buffer_bytes(obj) {
        let n = b.len();
        return Ok(Some(Export { src: Source::Copy(b), format: "B".into(), itemsize: 1, readonly: true, len: n }));
    }
    Ok(None)
}

/// A memoryview: a layout over a managed buffer.
#[repr(C)]
pub struct MemoryView {
    pub header: ObjHeader,
    /// The managed buffer; None once released.
    mbuf: Mutex<Option<Obj>>,
    /// The format as shown (`B`, `@i`, `w`…).
    format: String,
    itemsize: usize,
    shape: Vec<usize>,
    /// In bytes, per dimension.
    strides: Vec<isize>,
    /// Byte offset of the first item in the buffer.
    offset: isize,
    readonly: bool,
    /// The hash once computed (-1 before): a released view keeps answering it.
    hash: AtomicI64,
    /// Views made by `__buffer__` of this view (they block `release`).
    exports: AtomicUsize,
}

/// The shape of a new view.
struct Layout {
    format: String,
    itemsize: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    offset: isize,
    readonly: bool,
}

fn new_view(mbuf: Obj, l: Layout) -> Obj {
    alloc(MemoryView {
        header: crate::object::new_header_tracked(&MEMORYVIEW_TYPE),
        mbuf: Mutex::new(Some(mbuf)),
        format: l.format,
        itemsize: l.itemsize,
        shape: l.shape,
        strides: l.strides,
        offset: l.offset,
        readonly: l.readonly,
        hash: AtomicI64::new(-1),
        exports: AtomicUsize::new(0),
    })
}

impl MemoryView {
    fn mbuf(&self) -> PyResult<Obj> {
        self.mbuf.lock().ok().and_then(|g| g.clone()).ok_or_else(released_error)
    }
    fn is_released(&self) -> bool {
        self.mbuf.lock().map(|g| g.is_none()).unwrap_or(true)
    }
    fn layout(&self) -> Layout {
        Layout { format: self.format.clone(), itemsize: self.itemsize, shape: self.shape.clone(), strides: self.strides.clone(), offset: self.offset, readonly: self.readonly }
    }
    fn ndim(&self) -> usize {
        self.shape.len()
    }
    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }
    /// The exporter, while the view is live.
    pub fn exporter(&self) -> Option<Obj> {
        managed(&self.mbuf().ok()?).exporter()
    }
    fn c_contiguous(&self) -> bool {
        contiguous(&self.shape, &self.strides, self.itemsize, false)
    }
    fn f_contiguous(&self) -> bool {
        contiguous(&self.shape, &self.strides, self.itemsize, true)
    }
    /// Byte offsets of every item, in C (row-major) or Fortran order.
    fn item_offsets(&self, fortran: bool) -> Vec<isize> {
        let n: usize = self.shape.iter().product();
        let mut out = Vec::with_capacity(n);
        if n == 0 {
            return out;
        }
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        loop {
            out.push(self.offset + idx.iter().zip(&self.strides).map(|(i, s)| *i as isize * s).sum::<isize>());
            // Advance the fastest-varying index.
            let mut d = 0;
            loop {
                if d == nd {
                    return out;
                }
                let k = if fortran { d } else { nd - 1 - d };
                idx[k] += 1;
                if idx[k] < self.shape[k] {
                    break;
                }
                idx[k] = 0;
                d += 1;
            }
        }
    }
    /// The items' bytes in C or Fortran order.
    fn gather(&self, fortran: bool) -> PyResult<Vec<u8>> {
        let whole = self.nbytes();
        if whole == 0 || self.ndim() == 0 || (if fortran { self.f_contiguous() } else { self.c_contiguous() }) {
            // One run of memory in the asked order: a single copy.
            let st = self.offset.max(0) as usize;
            let n = if self.ndim() == 0 { self.itemsize } else { whole };
            let mb = self.mbuf()?;
            return managed(&mb).read(|mem| mem.get(st..st + n).map(<[u8]>::to_vec).ok_or_else(resized_error))?;
        }
        let offs = self.item_offsets(fortran);
        let n = self.itemsize;
        let mb = self.mbuf()?;
        managed(&mb).read(|mem| {
            let mut out = Vec::with_capacity(offs.len() * n);
            for &o in &offs {
                let o = o.max(0) as usize;
                out.extend_from_slice(mem.get(o..o + n).ok_or_else(resized_error)?);
            }
            Ok(out)
        })?
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if let Ok(g) = self.mbuf.get_mut() {
            g.take();
        }
    }
}

/// PyBuffer_IsContiguous for 'C' (or 'F' when `fortran`).
fn contiguous(shape: &[usize], strides: &[isize], itemsize: usize, fortran: bool) -> bool {
    if shape.iter().any(|d| *d == 0) {
        return true;
    }
    let mut sd = itemsize as isize;
    let dims: Vec<usize> = if fortran { (0..shape.len()).collect() } else { (0..shape.len()).rev().collect() };
    for i in dims {
        if shape[i] > 1 && strides[i] != sd {
            return false;
        }
        sd *= shape[i] as isize;
    }
    true
}

fn released_error() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}
fn readonly_error() -> PyErr {
    type_error("cannot modify read-only memory")
}
fn resized_error() -> PyErr {
    index_error("memoryview: underlying buffer was resized")
}
fn not_implemented_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(&NOT_IMPLEMENTED_ERROR, msg)
}

fn mv(o: &Obj) -> PyResult<&MemoryView> {
    o.downcast::<MemoryView>(&MEMORYVIEW_TYPE).ok_or_else(|| type_error("memoryview expected"))
}

pub fn as_memoryview(o: &Obj) -> Option<&MemoryView> {
    o.downcast::<MemoryView>(&MEMORYVIEW_TYPE)
}

/// The view, failing once it was released.
fn live(o: &Obj) -> PyResult<&MemoryView> {
    let m = mv(o)?;
    if m.is_released() {
        return Err(released_error());
    }
    Ok(m)
}

/// The single native struct character of a format (`@` allowed) and its size.
fn native_char(format: &str) -> Option<(u8, usize)> {
    let f = format.strip_prefix('@').unwrap_or(format).as_bytes();
    let [c] = f else { return None };
    let size = match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    };
    Some((*c, size))
}

/// CPython's adjust_fmt plus unpack_single's format check: the item
/// character of the view, or NotImplementedError.
fn item_char(m: &MemoryView) -> PyResult<u8> {
    let f = m.format.strip_prefix('@').unwrap_or(&m.format);
    if f.len() != 1 {
        return Err(not_implemented_error(format!("memoryview: unsupported format {}", m.format)));
    }
    match native_char(f) {
        Some((c, _)) => Ok(c),
        None => Err(not_implemented_error(format!("memoryview: format {f} not supported"))),
    }
}

/// One item of format character `c` from its native-endian bytes.
fn unpack_item(c: u8, b: &[u8]) -> Obj {
    let u = |n: usize| -> u64 {
        let mut x = [0u8; 8];
        x[..n].copy_from_slice(&b[..n]);
        u64::from_ne_bytes(x)
    };
    match c {
        b'B' => int::from_i64(b[0] as i64),
        b'b' => int::from_i64(b[0] as i8 as i64),
        b'c' => crate::types::bytes::new_bytes(&b[..1]),
        b'?' => bool_obj(b[0] != 0),
        b'H' => int::from_i64(u(2) as u16 as i64),
        b'h' => int::from_i64(u(2) as u16 as i16 as i64),
        b'I' => int::from_i64(u(4) as u32 as i64),
        b'i' => int::from_i64(u(4) as u32 as i32 as i64),
        b'f' => crate::types::float::new_float(f32::from_bits(u(4) as u32) as f64),
        b'd' => crate::types::float::new_float(f64::from_bits(u(8))),
        b'e' => crate::types::float::new_float(half_to_f64(u(2) as u16)),
        b'L' | b'Q' | b'N' | b'P' => int::from_bigint(num_bigint::BigInt::from(u(8))),
        _ => int::from_i64(u(8) as i64),
    }
}

/// CPython's fix_error_int: TypeError becomes "invalid type", OverflowError
/// and ValueError "invalid value"; anything else propagates.
fn fix_error(e: PyErr, f: &str) -> PyErr {
    if e.is_instance(&crate::types::exceptions::TYPE_ERROR) {
        type_error(format!("memoryview: invalid type for format '{f}'"))
    } else if e.is_instance(&crate::types::exceptions::OVERFLOW_ERROR) || e.is_instance(&crate::types::exceptions::VALUE_ERROR) {
        value_error(format!("memoryview: invalid value for format '{f}'"))
    } else {
        e
    }
}

/// The native bytes of `v` as one item of format character `c`.
fn pack_item(c: u8, v: &Obj) -> PyResult<Vec<u8>> {
    let f = (c as char).to_string();
    let bad_value = || value_error(format!("memoryview: invalid value for format '{f}'"));
    let bad_type = || type_error(format!("memoryview: invalid type for format '{f}'"));
    let float_of = |v: &Obj| crate::abstract_::to_float(v).map_err(|e| fix_error(e, &f));
    Ok(match c {
        b'?' => vec![crate::abstract_::is_true(v).map_err(|e| fix_error(e, &f))? as u8],
        b'c' => match crate::types::bytes::as_bytes(v) {
            Some(b) if b.len() == 1 => b.to_vec(),
            Some(_) => return Err(bad_value()),
            None => return Err(bad_type()),
        },
        // A plain C cast, as CPython's: too large becomes inf.
        b'f' => (float_of(v)? as f32).to_ne_bytes().to_vec(),
        b'd' => float_of(v)?.to_ne_bytes().to_vec(),
        b'e' => f64_to_half(float_of(v)?).ok_or_else(bad_value)?.to_ne_bytes().to_vec(),
        _ => {
            use num_traits::ToPrimitive;
            if c == b'P' && !int::is_int(v) {
                return Err(bad_type());
            }
            let x = int::index_big(v).map_err(|e| fix_error(e, &f))?;
            let size = native_char(&f).map(|p| p.1).unwrap_or(8);
            if matches!(c, b'B' | b'H' | b'I' | b'L' | b'Q' | b'N') || (c == b'P' && x.sign() != num_bigint::Sign::Minus) {
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

/// `memoryview(obj)`: a new view of any object that exports a buffer.
pub fn memoryview_of(x: &Obj) -> PyResult {
    // PyBUF_FULL_RO, what memoryview() and bytes() ask for.
    memoryview_with_flags(x, 284)
}

/// `memoryview(x)` asking the exporter for the PyBUF_* `flags`.
fn memoryview_with_flags(x: &Obj, flags: i64) -> PyResult {
    if let Some(m) = as_memoryview(x) {
        let mb = live(x)?.mbuf()?;
        return Ok(new_view(mb, m.layout()));
    }
    // A Python class implementing the buffer protocol (PEP 688), also
    // over a builtin buffer type it subclasses.
    if let Some(f) = python_method(x, "__buffer__") {
        let r = crate::abstract_::call(&f, &[x.clone(), int::from_i64(flags)], None)?;
        if as_memoryview(&r).is_none() {
            return Err(type_error("__buffer__ returned non-memoryview object"));
        }
        let l = live(&r)?.layout();
        return Ok(new_view(new_mbuf(x.clone(), Source::Python(r)), l));
    }
    native_view(x)
}

/// A view of a builtin exporter's memory (a Python-level `__buffer__` of
/// a subclass is not consulted: this is what the builtin `__buffer__` gives).
fn native_view(x: &Obj) -> PyResult {
    if let Some(e) = export(x)? {
        let n = e.len / e.itemsize;
        let l = Layout { format: e.format, itemsize: e.itemsize, shape: vec![n], strides: vec![e.itemsize as isize], offset: 0, readonly: e.readonly };
        return Ok(new_view(new_mbuf(x.clone(), e.src), l));
    }
    Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", x.type_obj().name())))
}

/// The bytes of a view in C order (what `bytes(m)` copies).
pub fn view_bytes(o: &Obj) -> PyResult<Vec<u8>> {
    live(o)?.gather(false)
}

fn mv_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = int::bind_args("memoryview", a, k, &["object"], 1, 1)?;
    memoryview_of(p[0].expect("required"))
}

/// `PyNumber_AsSsize_t(key, IndexError)`.
fn index_arg(k: &Obj) -> PyResult<i64> {
    let i = crate::abstract_::index(k)?;
    int::as_i64(&i).ok_or_else(|| index_error(format!("cannot fit '{}' into an index-sized integer", k.type_obj().name())))
}

fn is_index(x: &Obj) -> bool {
    int::is_int(x) || x.type_obj().number.index.is_some()
}

/// lookup_dimension: the byte offset of index `i` along dimension `dim`.
fn dim_offset(m: &MemoryView, dim: usize, i: i64) -> PyResult<isize> {
    let n = m.shape[dim] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(j as isize * m.strides[dim])
}

/// Reads the item at byte offset `off`.
fn read_item(m: &MemoryView, c: u8, off: isize) -> PyResult {
    let n = m.itemsize;
    let mb = m.mbuf()?;
    let b = managed(&mb).read(|mem| mem.get(off.max(0) as usize..off.max(0) as usize + n).map(|s| s.to_vec()))?.ok_or_else(resized_error)?;
    Ok(unpack_item(c, &b))
}

/// Writes one packed item at byte offset `off`.
fn write_item(m: &MemoryView, off: isize, bytes: &[u8]) -> PyResult<()> {
    let mb = m.mbuf()?;
    managed(&mb).write(|mem| {
        let o = off.max(0) as usize;
        mem.get_mut(o..o + bytes.len()).ok_or_else(resized_error).map(|d| d.copy_from_slice(bytes))
    })?
}

/// The byte offset of the item a tuple of indices names (converted first).
fn tuple_offset(m: &MemoryView, t: &[Obj]) -> PyResult<isize> {
    if t.len() < m.ndim() {
        return Err(not_implemented_error("sub-views are not implemented"));
    }
    if t.len() > m.ndim() {
        return Err(type_error(format!("cannot index {}-dimension view with {}-element tuple", m.ndim(), t.len())));
    }
    let mut idx = Vec::with_capacity(t.len());
    for x in t {
        idx.push(index_arg(x)?);
    }
    let m_live = !m.is_released();
    if !m_live {
        return Err(released_error());
    }
    let mut off = m.offset;
    for (d, i) in idx.into_iter().enumerate() {
        off += dim_offset(m, d, i)?;
    }
    Ok(off)
}

fn check_live(m: &MemoryView) -> PyResult<()> {
    if m.is_released() { Err(released_error()) } else { Ok(()) }
}

fn mv_getitem(o: &Obj, k: &Obj) -> PyResult {
    let m = live(o)?;
    let c = item_char(m)?;
    if m.ndim() == 0 {
        if crate::types::tuple::as_tuple(k).is_some_and(|t| t.is_empty()) {
            return read_item(m, c, m.offset);
        }
        if k.is(&crate::types::singletons::ellipsis()) {
            return Ok(o.clone());
        }
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(k) {
        let i = index_arg(k)?;
        check_live(m)?;
        if m.ndim() != 1 {
            return Err(not_implemented_error("multi-dimensional sub-views are not implemented"));
        }
        let off = m.offset + dim_offset(m, 0, i)?;
        return read_item(m, c, off);
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        // The slice shares the buffer before its bounds run any Python
        // code, so it outlives a release of this view (as in CPython).
        let mb = m.mbuf()?;
        let (start, _stop, step, len) = sl.adjust(m.shape[0] as i64)?;
        let mut l = m.layout();
        l.offset = m.offset + start as isize * m.strides[0];
        l.shape[0] = len.max(0) as usize;
        l.strides[0] = m.strides[0] * step as isize;
        return Ok(new_view(mb, l));
    }
    if let Some(t) = crate::types::tuple::as_tuple(k) {
        if t.iter().all(is_index) {
            let off = tuple_offset(m, t)?;
            return read_item(m, c, off);
        }
        if t.iter().all(|x| crate::types::range::as_slice(x).is_some()) {
            return Err(not_implemented_error("multi-dimensional slicing is not implemented"));
        }
    }
    Err(type_error("memoryview: invalid slice key"))
}

/// Formats equal after dropping '@', and equal item sizes (equiv_format).
fn same_format(a: &str, asz: usize, b: &str, bsz: usize) -> bool {
    a.strip_prefix('@').unwrap_or(a) == b.strip_prefix('@').unwrap_or(b) && asz == bsz
}

fn mv_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let m = live(o)?;
    let c = item_char(m)?;
    if m.readonly {
        return Err(readonly_error());
    }
    let Some(v) = v else { return Err(type_error("cannot delete memory")) };
    if m.ndim() == 0 {
        if k.is(&crate::types::singletons::ellipsis()) || crate::types::tuple::as_tuple(k).is_some_and(|t| t.is_empty()) {
            let bytes = pack_item(c, v)?;
            check_live(m)?;
            return write_item(m, m.offset, &bytes);
        }
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(k) {
        if m.ndim() > 1 {
            return Err(not_implemented_error("sub-views are not implemented"));
        }
        let i = index_arg(k)?;
        check_live(m)?;
        let off = m.offset + dim_offset(m, 0, i)?;
        let bytes = pack_item(c, v)?;
        check_live(m)?;
        return write_item(m, off, &bytes);
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        if m.ndim() == 1 {
            let src = memoryview_of(v).map_err(|e| {
                if e.is_instance(&crate::types::exceptions::TYPE_ERROR) && as_memoryview(v).is_none() {
                    type_error(format!("a bytes-like object is required, not '{}'", v.type_obj().name()))
                } else {
                    e
                }
            })?;
            let s = live(&src)?;
            let (start, _stop, step, len) = sl.adjust(m.shape[0] as i64)?;
            check_live(m)?;
            let len = len.max(0) as usize;
            if !same_format(&m.format, m.itemsize, &s.format, s.itemsize) || s.ndim() != 1 || s.shape[0] != len {
                return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
            let data = s.gather(false)?;
            drop(src);
            let n = m.itemsize;
            let mb = m.mbuf()?;
            return managed(&mb).write(|mem| {
                for i in 0..len {
                    let off = (m.offset + (start as isize + i as isize * step as isize) * m.strides[0]).max(0) as usize;
                    mem.get_mut(off..off + n).ok_or_else(resized_error)?.copy_from_slice(&data[i * n..i * n + n]);
                }
                Ok(())
            })?;
        }
    }
    if let Some(t) = crate::types::tuple::as_tuple(k) {
        if t.iter().all(is_index) {
            let off = tuple_offset(m, t)?;
            let bytes = pack_item(c, v)?;
            check_live(m)?;
            return write_item(m, off, &bytes);
        }
    }
    let multislice = crate::types::tuple::as_tuple(k).is_some_and(|t| t.iter().all(|x| crate::types::range::as_slice(x).is_some()));
    if crate::types::range::as_slice(k).is_some() || multislice {
        return Err(not_implemented_error("memoryview slice assignments are currently restricted to ndim = 1"));
    }
    Err(type_error("memoryview: invalid slice key"))
}

fn mv_len(o: &Obj) -> PyResult<usize> {
    let m = live(o)?;
    m.shape.first().copied().ok_or_else(|| type_error("0-dim memory has no length"))
}

fn mv_iter(o: &Obj) -> PyResult {
    let m = live(o)?;
    let c = item_char(m)?;
    if m.ndim() == 0 {
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if m.ndim() != 1 {
        return Err(not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    let n = m.itemsize;
    let items: Vec<Obj> = m.gather(false)?.chunks_exact(n).map(|b| unpack_item(c, b)).collect();
    crate::types::list::seq_iter(&crate::types::tuple::new_tuple(items))
}

/// The items of a view nested by its shape (`tolist`).
fn nested(items: &[Obj], shape: &[usize]) -> Obj {
    match shape {
        [] => items[0].clone(),
        [_] => crate::types::list::new_list(items.to_vec()),
        [n, rest @ ..] => {
            let step: usize = rest.iter().product();
            crate::types::list::new_list((0..*n).map(|i| nested(&items[i * step..(i + 1) * step], rest)).collect())
        }
    }
}

fn m_tolist(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("memoryview.tolist", a)?;
    let m = live(s)?;
    let c = item_char(m)?;
    let items: Vec<Obj> = m.gather(false)?.chunks_exact(m.itemsize).map(|b| unpack_item(c, b)).collect();
    if m.ndim() > 0 && items.is_empty() {
        return Ok(crate::types::list::new_list(vec![]));
    }
    Ok(nested(&items, &m.shape))
}

/// `order` of tobytes: true for Fortran order.
fn order_arg(m: &MemoryView, o: Option<&Obj>) -> PyResult<bool> {
    let Some(o) = o.filter(|x| !crate::types::is_none(x)) else { return Ok(false) };
    let s = crate::types::str::as_str(o).ok_or_else(|| type_error(format!("tobytes() argument 'order' must be str or None, not {}", o.type_obj().name())))?;
    match s {
        "C" => Ok(false),
        "F" => Ok(true),
        "A" => Ok(!m.c_contiguous() && m.f_contiguous()),
        _ => Err(value_error("order must be 'C', 'F' or 'A'")),
    }
}

fn m_tobytes(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = int::bind_args("tobytes", a, k, &["order"], 1, 0)?;
    let m = live(s)?;
    let f = order_arg(m, p[0])?;
    Ok(crate::types::bytes::new_bytes(&m.gather(f)?))
}

fn m_hex(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let b = crate::types::bytes::new_bytes(&live(s)?.gather(false)?);
    let f = crate::abstract_::getattr_str(&b, "hex")?;
    crate::abstract_::call(&f, a, k)
}

fn m_toreadonly(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("memoryview.toreadonly", a)?;
    let m = live(s)?;
    let mut l = m.layout();
    l.readonly = true;
    Ok(new_view(m.mbuf()?, l))
}

fn m_release(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let m = mv(s)?;
    let n = m.exports.load(Ordering::Relaxed);
    if n > 0 && !m.is_released() {
        return Err(PyErr::new(&BUFFER_ERROR, format!("memoryview has {n} exported buffer{}", if n == 1 { "" } else { "s" })));
    }
    let taken = m.mbuf.lock().map(|mut g| g.take()).unwrap_or(None);
    drop(taken);
    Ok(none())
}

fn m_enter(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    live(s)?;
    Ok(s.clone())
}

fn m_exit(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    m_release(s, &[], None)
}

/// `memoryview.cast(format, shape=...)`.
fn m_cast(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = int::bind_args("cast", a, k, &["format", "shape"], 2, 1)?;
    let format = p[0].expect("required");
    let fs = crate::types::str::as_str(format).ok_or_else(|| type_error(format!("cast() argument 'format' must be str, not {}", format.type_obj().name())))?;
    let m = live(s)?;
    if !m.c_contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = p[1];
    if (shape.is_some() || m.ndim() != 1) && m.shape.contains(&0) {
        return Err(type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let mut dims = None;
    if let Some(sh) = shape {
        let items: Vec<Obj> = if let Some(l) = crate::types::list::as_list(sh) {
            l.snapshot()
        } else if let Some(t) = crate::types::tuple::as_tuple(sh) {
            t.to_vec()
        } else {
            return Err(type_error("shape must be a list or a tuple"));
        };
        if items.len() > 64 {
            return Err(value_error("memoryview: number of dimensions must not exceed 64"));
        }
        if m.ndim() != 1 && items.len() != 1 {
            return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
        dims = Some(items);
    }
    let Some((dest, size)) = native_char(fs) else {
        return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let byte = |c: u8| matches!(c, b'b' | b'B' | b'c');
    let src_byte = native_char(&m.format).is_some_and(|(c, _)| byte(c));
    if !src_byte && !byte(dest) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut l = Layout { format: fs.to_string(), itemsize: size, shape: vec![nbytes / size], strides: vec![size as isize], offset: m.offset, readonly: m.readonly };
    if let Some(items) = dims {
        let mut shape = Vec::with_capacity(items.len());
        let mut len: usize = size;
        for x in &items {
            if !int::is_int(x) {
                return Err(type_error("memoryview.cast(): elements of shape must be integers"));
            }
            let d = int::as_i64(x).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))?;
            if d <= 0 {
                return Err(value_error("memoryview.cast(): elements of shape must be integers > 0"));
            }
            len = len.checked_mul(d as usize).filter(|v| *v <= isize::MAX as usize).ok_or_else(|| value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
            shape.push(d as usize);
        }
        if len != nbytes {
            return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        let mut strides = vec![0isize; shape.len()];
        let mut sd = size as isize;
        for i in (0..shape.len()).rev() {
            strides[i] = sd;
            sd *= shape[i] as isize;
        }
        l.shape = shape;
        l.strides = strides;
    }
    Ok(new_view(m.mbuf()?, l))
}

/// Element-wise equality of two live views of equal shape (CPython's
/// memory_richcompare: values compared after unpacking, so NaNs differ).
fn views_equal(a: &MemoryView, b: &MemoryView) -> PyResult<bool> {
    // CPython's equiv_shape: equal ndim, and equal extents up to the first zero.
    if a.ndim() != b.ndim() {
        return Ok(false);
    }
    for (x, y) in a.shape.iter().zip(&b.shape) {
        if x != y {
            return Ok(false);
        }
        if *x == 0 {
            break;
        }
    }
    let (Some((ca, _)), Some((cb, _))) = (native_char(&a.format), native_char(&b.format)) else {
        // A format struct cannot unpack: never equal.
        return Ok(false);
    };
    let (da, db) = (a.gather(false)?, b.gather(false)?);
    for (x, y) in da.chunks_exact(a.itemsize).zip(db.chunks_exact(b.itemsize)) {
        let (p, q) = (unpack_item(ca, x), unpack_item(cb, y));
        let r = crate::abstract_::richcompare(&p, &q, CompareOp::Eq)?;
        if !crate::abstract_::is_true(&r)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn mv_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let Some(ma) = as_memoryview(a) else { return Ok(not_implemented()) };
    let equal = if ma.is_released() || as_memoryview(b).is_some_and(|m| m.is_released()) {
        a.is(b)
    } else if let Some(mb) = as_memoryview(b) {
        views_equal(ma, mb)?
    } else {
        let other = match memoryview_of(b) {
            Ok(v) => v,
            Err(_) => return Ok(not_implemented()),
        };
        let r = views_equal(ma, mv(&other)?)?;
        m_release(&other, &[], None)?;
        r
    };
    Ok(bool_obj(equal == (op == CompareOp::Eq)))
}

fn mv_repr(o: &Obj) -> PyResult {
    let released = mv(o)?.is_released();
    Ok(new_string(format!("<{}memory at {:#x}>", if released { "released " } else { "" }, o.value().0)))
}

fn mv_hash(o: &Obj) -> PyResult<i64> {
    let h = mv(o)?.hash.load(Ordering::Relaxed);
    if h != -1 {
        return Ok(h);
    }
    let m = live(o)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(native_char(&m.format), Some((b'B' | b'b' | b'c', _))) {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    if let Some(x) = m.exporter() {
        crate::abstract_::hash(&x)?;
    }
    let h = crate::abstract_::hash(&crate::types::bytes::new_bytes(&m.gather(false)?))?;
    m.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn mv_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(m) = as_memoryview(o) {
        if let Ok(g) = m.mbuf.lock() {
            if let Some(b) = g.as_ref() {
                visit(b);
            }
        }
    }
}

fn mv_clear(o: &Obj) {
    if let Some(m) = as_memoryview(o) {
        let taken = m.mbuf.lock().map(|mut g| g.take()).unwrap_or(None);
        drop(taken);
    }
}

fn g_obj(o: &Obj) -> PyResult {
    let m = live(o)?;
    Ok(m.exporter().unwrap_or_else(none))
}
fn g_nbytes(o: &Obj) -> PyResult {
    Ok(int::from_i64(live(o)?.nbytes() as i64))
}
fn g_readonly(o: &Obj) -> PyResult {
    Ok(bool_obj(live(o)?.readonly))
}
fn g_format(o: &Obj) -> PyResult {
    Ok(crate::types::str::new_str(&live(o)?.format))
}
fn g_itemsize(o: &Obj) -> PyResult {
    Ok(int::from_i64(live(o)?.itemsize as i64))
}
fn g_ndim(o: &Obj) -> PyResult {
    Ok(int::from_i64(live(o)?.ndim() as i64))
}
fn g_shape(o: &Obj) -> PyResult {
    Ok(crate::types::tuple::new_tuple(live(o)?.shape.iter().map(|d| int::from_i64(*d as i64)).collect()))
}
fn g_strides(o: &Obj) -> PyResult {
    Ok(crate::types::tuple::new_tuple(live(o)?.strides.iter().map(|d| int::from_i64(*d as i64)).collect()))
}
fn g_suboffsets(o: &Obj) -> PyResult {
    live(o)?;
    Ok(crate::types::tuple::new_tuple(vec![]))
}
fn g_c_contiguous(o: &Obj) -> PyResult {
    Ok(bool_obj(live(o)?.c_contiguous()))
}
fn g_f_contiguous(o: &Obj) -> PyResult {
    Ok(bool_obj(live(o)?.f_contiguous()))
}
fn g_contiguous(o: &Obj) -> PyResult {
    let m = live(o)?;
    Ok(bool_obj(m.c_contiguous() || m.f_contiguous()))
}

/// The slot-wrapper checks of `__buffer__(flags, /)`: the flags as an int.
fn buffer_flags(a: &[Obj], k: Option<&Obj>) -> PyResult<i64> {
    // CPython's slot-wrapper messages (with their leading space).
    crate::builtins::no_kwargs("wrapper __buffer__", k)?;
    let [flags] = a else { return Err(type_error(format!(" expected 1 argument, got {}", a.len()))) };
    let f = crate::abstract_::index(flags).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", flags.type_obj().name())))?;
    int::as_i64(&f).filter(|v| i32::try_from(*v).is_ok()).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))
}

/// PyBUF_WRITABLE.
const BUF_WRITABLE: i64 = 1;

/// `__buffer__(flags, /)` of bytes and bytearray: a new memoryview of the
/// object (what `collections.abc.Buffer` looks for).
pub(crate) fn m_buffer(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let flags = buffer_flags(a, k)?;
    if flags & BUF_WRITABLE != 0 && crate::types::bytes::as_bytes(s).is_some() {
        return Err(PyErr::new(&BUFFER_ERROR, "Object is not writable."));
    }
    native_view(s)
}

/// `__release_buffer__(buffer, /)` of bytearray: releases a view made by `__buffer__`.
pub(crate) fn m_release_buffer(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("wrapper __release_buffer__", k)?;
    let [b] = a else { return Err(type_error(format!(" expected 1 argument, got {}", a.len()))) };
    let Some(m) = as_memoryview(b) else { return Err(type_error("expected a memoryview object")) };
    if !m.exporter().is_some_and(|x| x.is(s)) {
        return Err(value_error("memoryview's buffer is not this object"));
    }
    m_release(b, &[], None)
}

/// `memoryview.__buffer__(flags)`: a view whose exporter is this view.
fn m_mv_buffer(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let flags = buffer_flags(a, k)?;
    let m = live(s)?;
    if flags & BUF_WRITABLE != 0 && m.readonly {
        return Err(PyErr::new(&BUFFER_ERROR, "memoryview: underlying buffer is not writable"));
    }
    m.exports.fetch_add(1, Ordering::Relaxed);
    let mb = new_mbuf(s.clone(), Source::View(s.clone()));
    let mut l = m.layout();
    // The new buffer addresses the same memory as this view's buffer.
    l.offset = m.offset;
    Ok(new_view(mb, l))
}

fn m_mv_release_buffer(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    m_release_buffer(s, a, k)
}

static MV_METHODS: [MethodDef; 10] = [
    MethodDef { name: "__buffer__", func: m_mv_buffer, doc: "Give a memoryview whose exporter is this view." },
    MethodDef { name: "__release_buffer__", func: m_mv_release_buffer, doc: "Release a view made by __buffer__." },
    MethodDef { name: "cast", func: m_cast, doc: "cast($self, /, format, shape=<unrepresentable>)\n--\n\nSee the same memory as items of another native format, optionally with a new shape." },
    MethodDef { name: "tobytes", func: m_tobytes, doc: "tobytes($self, /, order='C')\n--\n\nCopy the items into a bytes object, in C, Fortran ('F') or memory ('A') order." },
    MethodDef { name: "hex", func: m_hex, doc: crate::types::bytes_methods::MEMORYVIEW_HEX_DOC },
    MethodDef { name: "tolist", func: m_tolist, doc: "tolist($self, /)\n--\n\nThe items as (nested) lists of Python values." },
    MethodDef { name: "toreadonly", func: m_toreadonly, doc: "toreadonly($self, /)\n--\n\nA read-only view of the same memory." },
    MethodDef { name: "release", func: m_release, doc: "release($self, /)\n--\n\nGive the memory back to its exporter; the view is unusable afterwards." },
    MethodDef { name: "__enter__", func: m_enter, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, doc: "" },
];
static MV_GETSETS: [GetSetDef; 12] = [
    GetSetDef { name: "ndim", get: g_ndim },
    GetSetDef { name: "shape", get: g_shape },
    GetSetDef { name: "strides", get: g_strides },
    GetSetDef { name: "suboffsets", get: g_suboffsets },
    GetSetDef { name: "c_contiguous", get: g_c_contiguous },
    GetSetDef { name: "f_contiguous", get: g_f_contiguous },
    GetSetDef { name: "contiguous", get: g_contiguous },
    GetSetDef { name: "obj", get: g_obj },
    GetSetDef { name: "nbytes", get: g_nbytes },
    GetSetDef { name: "readonly", get: g_readonly },
    GetSetDef { name: "format", get: g_format },
    GetSetDef { name: "itemsize", get: g_itemsize },
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
    traverse: Some(mv_traverse),
    clear: Some(mv_clear),
    methods: &MV_METHODS,
    getsets: &MV_GETSETS,
    doc: "memoryview(object)\n--\n\nA view of another object's memory, read and written in place.",
    ..TypeObject::builtin("memoryview", &crate::types::object::OBJECT_TYPE, dealloc_box::<MemoryView>)
};

/// The bytes of an instance of a Python class with `__buffer__` (PEP 688),
/// through a temporary view released at once.
pub fn python_buffer_bytes(o: &Obj) -> Option<Vec<u8>> {
    python_method(o, "__buffer__")?;
    let v = memoryview_of(o).ok()?;
    let b = view_bytes(&v).ok();
    drop(m_release(&v, &[], None));
    b
}
