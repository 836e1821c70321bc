//! `array`: compact arrays of numbers and characters, with CPython 3.13's
//! typecodes, methods, errors and pickling.
//!
//! An array keeps its items as raw native-endian bytes in a [`PyMutex`];
//! items are converted at the edges. The lock is never held while Python
//! code runs (comparisons and conversions work on a copy or one item).
//! The storage is lent to memoryviews (and every bytes-like consumer)
//! through the kernel's native buffer protocol (`type_set_buffer`): while a
//! view exports it, the storage neither changes size nor moves (CPython's
//! "cannot resize an array that is exporting buffers").

use pyk_sdk::convert::{int_from_i128, int_to_decimal};
use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import};

const MODULE: &str = "array";
const TYPECODES: &str = "bBuwhHiIlLqQfd";

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' | b'w' => 4,
        _ => 8,
    }
}

fn is_int_code(code: u8) -> bool {
    matches!(code, b'b' | b'B' | b'h' | b'H' | b'i' | b'I' | b'l' | b'L' | b'q' | b'Q')
}

fn is_char_code(code: u8) -> bool {
    code == b'u' || code == b'w'
}

/// Range and CPython's overflow messages (too small, too big) of an integer code.
fn int_range(code: u8) -> (i128, i128, &'static str, &'static str) {
    match code {
        b'b' => (-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
        b'B' => (0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
        b'h' => (-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum"),
        b'H' => (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
        b'i' => (i32::MIN as i128, i32::MAX as i128, "signed integer is less than minimum", "signed integer is greater than maximum"),
        b'I' => (0, u32::MAX as i128, "can't convert negative value to unsigned int", "unsigned int is greater than maximum"),
        b'l' => (i64::MIN as i128, i64::MAX as i128, "Python int too large to convert to C long", "Python int too large to convert to C long"),
        b'q' => (i64::MIN as i128, i64::MAX as i128, "int too big to convert", "int too big to convert"),
        b'L' => (0, u64::MAX as i128, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"),
        _ => (0, u64::MAX as i128, "can't convert negative int to unsigned", "int too big to convert"),
    }
}

fn int_of(o: &PyAny) -> PyResult<Option<i128>> {
    if let Ok(v) = o.to_i64() {
        return Ok(Some(v as i128));
    }
    Ok(int_to_decimal(o)?.parse::<i128>().ok())
}

/// Appends the bytes of item `o` for `code`.
fn encode(code: u8, o: &PyAny, out: &mut Vec<u8>) -> PyResult<()> {
    if is_int_code(code) {
        if !o.is_int() {
            // An object with __index__ converts as CPython's integer parsing does.
            if o.get_type().getattr("__index__").is_ok() {
                let i = import("operator")?.getattr("index")?.call(&[o])?;
                return encode(code, &i, out);
            }
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
        }
        let (lo, hi, small, big) = int_range(code);
        // Beyond C long, the narrow codes fail in CPython's first conversion.
        let huge = match code {
            b'b' | b'B' | b'h' | b'H' | b'i' => Some("Python int too large to convert to C long"),
            b'I' => Some("Python int too large to convert to C unsigned long"),
            _ => None,
        };
        let v = match int_of(o)? {
            Some(v) => v,
            None => return Err(PyErr::overflow_error(huge.unwrap_or(if int_to_decimal(o)?.starts_with('-') { small } else { big }))),
        };
        if let Some(h) = huge {
            if v < i64::MIN as i128 || v > if code == b'I' { u64::MAX as i128 } else { i64::MAX as i128 } {
                return Err(PyErr::overflow_error(h));
            }
        }
        if v < lo {
            return Err(PyErr::overflow_error(small));
        }
        if v > hi {
            return Err(PyErr::overflow_error(big));
        }
        let bytes = (v as u64).to_ne_bytes();
        let n = itemsize(code);
        if cfg!(target_endian = "little") {
            out.extend_from_slice(&bytes[..n]);
        } else {
            out.extend_from_slice(&bytes[8 - n..]);
        }
        return Ok(());
    }
    if is_char_code(code) {
        let c = if o.is_str() {
            let s = o.as_str()?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(PyErr::type_error("array item must be unicode character")),
            }
        } else {
            return Err(PyErr::type_error("array item must be unicode character"));
        };
        out.extend_from_slice(&pyk_abi::surrogate::code_point(c).to_ne_bytes());
        return Ok(());
    }
    if !(o.is_float() || o.is_int()) && o.get_type().getattr("__float__").is_err() && o.get_type().getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("must be real number, not {}", o.type_name()?)));
    }
    let f = o.to_f64()?;
    if code == b'f' {
        out.extend_from_slice(&(f as f32).to_ne_bytes());
    } else {
        out.extend_from_slice(&f.to_ne_bytes());
    }
    Ok(())
}

/// The item stored in `b` (exactly one item's bytes).
fn decode(code: u8, b: &[u8]) -> PyResult<PyObj> {
    let mut w = [0u8; 8];
    let signed = |n: usize| -> i64 {
        let mut x = [0u8; 8];
        x[..n].copy_from_slice(&b[..n]);
        let u = u64::from_ne_bytes(x);
        let shift = 64 - 8 * n as u32;
        ((u << shift) as i64) >> shift
    };
    Ok(match code {
        b'b' | b'h' | b'i' | b'l' | b'q' => PyObj::from(signed(itemsize(code))),
        b'B' | b'H' | b'I' | b'L' | b'Q' => {
            let n = itemsize(code);
            w[..n].copy_from_slice(&b[..n]);
            int_from_i128(u64::from_ne_bytes(w) as i128)?
        }
        b'f' => PyObj::from(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => PyObj::from(f64::from_ne_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])),
        _ => {
            let u = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
            match pyk_abi::surrogate::char_for(u) {
                Some(c) => c.to_string().into_py()?,
                None => return Err(PyErr::value_error(format!("character U+{u:x} is not in range [U+0000; U+10ffff]"))),
            }
        }
    })
}

struct Array {
    code: u8,
    data: PyMutex<Vec<u8>>,
    /// Live buffer exports (memoryviews): while any exists the storage may
    /// neither change size nor move.
    exports: std::sync::atomic::AtomicUsize,
}

static ARRAY: NativeType<Array> = NativeType::new();

fn array_of(o: &PyAny) -> Option<&Array> {
    ARRAY.data(o)
}

impl Array {
    fn size(&self) -> usize {
        itemsize(self.code)
    }

    fn snapshot(&self) -> PyResult<Vec<u8>> {
        Ok(self.data.lock()?.clone())
    }

    /// CPython's BufferError when the size would change while exported.
    fn check_resize(&self) -> PyResult<()> {
        if self.exports.load(std::sync::atomic::Ordering::Relaxed) > 0 {
            return Err(crate::sysutil::builtin_exc("BufferError", &[&*PyObj::from("cannot resize an array that is exporting buffers")]));
        }
        Ok(())
    }

    /// Appends raw item bytes (refused while exported unless empty).
    fn append_bytes(&self, b: &[u8]) -> PyResult<()> {
        if !b.is_empty() {
            self.check_resize()?;
        }
        self.data.lock()?.extend_from_slice(b);
        Ok(())
    }

    /// Replaces the storage: in place when the size is unchanged (an
    /// exported buffer keeps its address), else only when not exported.
    fn replace_data(&self, new: Vec<u8>) -> PyResult<()> {
        let mut d = self.data.lock()?;
        if d.len() == new.len() {
            d.copy_from_slice(&new);
            return Ok(());
        }
        drop(d);
        self.check_resize()?;
        *self.data.lock()? = new;
        Ok(())
    }

    fn len(&self) -> PyResult<usize> {
        Ok(self.data.lock()?.len() / self.size())
    }

    fn items(&self) -> PyResult<Vec<PyObj>> {
        let bytes = self.snapshot()?;
        bytes.chunks_exact(self.size()).map(|c| decode(self.code, c)).collect()
    }

    fn item(&self, i: usize) -> PyResult<PyObj> {
        let n = self.size();
        let d = self.data.lock()?;
        decode(self.code, &d[i * n..(i + 1) * n])
    }

    /// Encodes every item of an iterable (all or nothing).
    fn encode_iter(&self, it: &PyAny) -> PyResult<Vec<u8>> {
        let iter = it.iter()?;
        let mut out = Vec::new();
        while let Some(x) = iter.next()? {
            encode(self.code, &x, &mut out)?;
        }
        Ok(out)
    }

    fn new_like(&self, cls: &PyAny, bytes: Vec<u8>) -> PyResult<PyObj> {
        ARRAY.wrap_in(cls, Array { code: self.code, data: PyMutex::new(bytes), exports: Default::default() })
    }
}

fn index_of(o: &PyAny, len: usize, what: &str) -> PyResult<usize> {
    if !o.is_int() {
        return Err(PyErr::type_error("array indices must be integers"));
    }
    let i = o.to_i64().map_err(|_| PyErr::index_error(format!("cannot fit 'int' into an index-sized integer")))?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::index_error(what.to_owned()));
    }
    Ok(j as usize)
}

fn is_slice(o: &PyAny) -> PyResult<bool> {
    o.isinstance(&*builtin("slice")?)
}

/// `slice.indices(len)`.
fn slice_indices(s: &PyAny, len: usize) -> PyResult<(i64, i64, i64)> {
    let t = s.call_method("indices", &[&*PyObj::from(len)])?.tuple_items()?;
    // A step beyond i64 (1 << 333) leaves the range in one step either way.
    let step = match t[2].to_i64() {
        Ok(v) => v,
        Err(_) => {
            if int_to_decimal(&t[2])?.starts_with('-') { i64::MIN + 1 } else { i64::MAX }
        }
    };
    Ok((t[0].to_i64()?, t[1].to_i64()?, step))
}

fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut v = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        v.push(i as usize);
        match i.checked_add(step) {
            Some(next) => i = next,
            None => break,
        }
    }
    v
}

fn check_typecode_arg(o: &PyAny, what: &str) -> PyResult<u8> {
    if !o.is_str() {
        return Err(PyErr::type_error(format!("{what} argument 1 must be a unicode character, not {}", o.type_name()?)));
    }
    let s = o.as_str()?;
    if s.chars().count() != 1 {
        return Err(PyErr::type_error(format!("{what} argument 1 must be a unicode character, not str")));
    }
    match s.as_bytes() {
        [c] if TYPECODES.as_bytes().contains(c) => Ok(*c),
        _ => Err(PyErr::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")),
    }
}

// ---------------------------------------------------------------- methods

fn a_append(a: &Array, args: Args) -> PyResult<()> {
    let x = args.one()?;
    let mut b = Vec::new();
    encode(a.code, x, &mut b)?;
    a.append_bytes(&b)?;
    Ok(())
}

/// `extend`: an array of the same kind at once; any other iterable item by
/// item (what was appended before a bad item stays, as in CPython).
fn extend_from(a: &Array, x: &PyAny) -> PyResult<()> {
    if let Some(other) = array_of(x) {
        if other.code != a.code {
            return Err(PyErr::type_error("can only extend with array of same kind"));
        }
        let bytes = other.snapshot()?;
        a.append_bytes(&bytes)?;
        return Ok(());
    }
    let iter = x.iter()?;
    while let Some(item) = iter.next()? {
        let mut b = Vec::new();
        encode(a.code, &item, &mut b)?;
        a.append_bytes(&b)?;
    }
    Ok(())
}

fn a_extend(a: &Array, args: Args) -> PyResult<()> {
    extend_from(a, args.one()?)
}

fn a_frombytes(a: &Array, args: Args) -> PyResult<()> {
    let x = args.one()?;
    if x.is_str() {
        return Err(PyErr::type_error("a bytes-like object is required, not 'str'"));
    }
    let b = x.bytes_like()?;
    if b.len() % a.size() != 0 {
        return Err(PyErr::value_error("bytes length not a multiple of item size"));
    }
    a.append_bytes(&b)?;
    Ok(())
}

fn a_tobytes(a: &Array, args: Args) -> PyResult<PyObj> {
    args.none()?;
    PyObj::bytes(&a.snapshot()?)
}

/// `__buffer__(flags)`: a memoryview of the array's own storage (writable,
/// with the array's format), which blocks resizing while it lives.
fn a_buffer(a: &Array, args: Args) -> PyResult<PyObj> {
    let flags = args.one()?;
    if !flags.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", flags.type_name()?)));
    }
    if !LENDS_BUFFER.load(std::sync::atomic::Ordering::Relaxed) {
        // A kernel older than ABI 0.7.0: a read-only copy.
        return builtin("memoryview")?.call(&[&*PyObj::bytes(&a.snapshot()?)?]);
    }
    builtin("memoryview")?.call(&[args.slf()])
}

/// The kernel took the buffer procs (it has `type_set_buffer`).
static LENDS_BUFFER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `__release_buffer__(view)`: ends a view made by `__buffer__`.
fn a_release_buffer(_a: &Array, args: Args) -> PyResult<()> {
    let view = args.one()?;
    if !view.isinstance(&*builtin("memoryview")?)? {
        return Err(PyErr::type_error("expected a memoryview object"));
    }
    view.call_method("release", &[])?;
    Ok(())
}

/// The struct format of an item (the 'u' code's wchar_t is 'w' as in CPython).
fn buffer_format(code: u8) -> &'static str {
    match code {
        b'b' => "b",
        b'B' => "B",
        b'u' | b'w' => "w",
        b'h' => "h",
        b'H' => "H",
        b'i' => "i",
        b'I' => "I",
        b'l' => "l",
        b'L' => "L",
        b'q' => "q",
        b'Q' => "Q",
        b'f' => "f",
        _ => "d",
    }
}

/// bf_getbuffer: lends the storage and counts the export.
unsafe extern "C" fn buffer_get(slf: pyk_abi::value::Value, out: *mut pyk_abi::api::NativeBuffer) -> bool {
    // SAFETY: the kernel passes a live instance, borrowed for the call.
    let o = unsafe { PyAny::from_raw(&slf) };
    let Some(a) = array_of(o) else {
        PyErr::type_error("array expected").restore();
        return false;
    };
    let mut d = match a.data.lock() {
        Ok(d) => d,
        Err(e) => {
            e.restore();
            return false;
        }
    };
    a.exports.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let buf = pyk_abi::api::NativeBuffer {
        ptr: d.as_mut_ptr(),
        len: d.len(),
        itemsize: itemsize(a.code),
        format: pyk_abi::abi_stable::std_types::RStr::from_str(buffer_format(a.code)),
        readonly: false,
    };
    // SAFETY: the kernel gives a valid place to write the buffer into.
    unsafe { out.write(buf) };
    true
}

/// bf_releasebuffer: ends an export counted by `buffer_get`.
unsafe extern "C" fn buffer_release(slf: pyk_abi::value::Value) {
    // SAFETY: as in buffer_get.
    let o = unsafe { PyAny::from_raw(&slf) };
    if let Some(a) = array_of(o) {
        a.exports.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
}

static BUFFER_PROCS: pyk_abi::api::NativeBufferProcs = pyk_abi::api::NativeBufferProcs { get: buffer_get, release: buffer_release };

fn a_fromlist(a: &Array, args: Args) -> PyResult<()> {
    let x = args.one()?;
    if !x.isinstance(&*pyk_sdk::types::list_type())? {
        return Err(PyErr::type_error("arg must be list"));
    }
    let b = a.encode_iter(x)?;
    a.append_bytes(&b)?;
    Ok(())
}

fn a_tolist(a: &Array, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let l = pyk_sdk::types::list_type().call(&[])?;
    for x in a.items()? {
        l.list_append(&x)?;
    }
    Ok(l)
}

fn a_fromunicode(a: &Array, args: Args) -> PyResult<()> {
    let x = args.one()?;
    if !x.is_str() {
        return Err(PyErr::type_error(format!("fromunicode() argument must be str, not {}", x.type_name()?)));
    }
    if !is_char_code(a.code) {
        return Err(PyErr::value_error("fromunicode() may only be called on unicode type arrays ('u' or 'w')"));
    }
    let mut b = Vec::new();
    for c in x.as_str()?.chars() {
        b.extend_from_slice(&pyk_abi::surrogate::code_point(c).to_ne_bytes());
    }
    a.append_bytes(&b)?;
    Ok(())
}

fn tounicode(a: &Array) -> PyResult<String> {
    let mut s = String::new();
    for c in a.snapshot()?.chunks_exact(4) {
        let u = u32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
        s.push(pyk_abi::surrogate::char_for(u).ok_or_else(|| PyErr::value_error(format!("character U+{u:x} is not in range [U+0000; U+10ffff]")))?);
    }
    Ok(s)
}

fn a_tounicode(a: &Array, args: Args) -> PyResult<String> {
    args.none()?;
    if !is_char_code(a.code) {
        return Err(PyErr::value_error("tounicode() may only be called on unicode type arrays ('u' or 'w')"));
    }
    tounicode(a)
}

fn a_byteswap(a: &Array, args: Args) -> PyResult<()> {
    args.none()?;
    let n = a.size();
    for c in a.data.lock()?.chunks_exact_mut(n) {
        c.reverse();
    }
    Ok(())
}

fn a_buffer_info(a: &Array, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let d = a.data.lock()?;
    let (addr, n) = (d.as_ptr() as usize, d.len() / a.size());
    drop(d);
    tuple_of(&[&*PyObj::from(addr), &*PyObj::from(n)])
}

fn a_count(a: &Array, args: Args) -> PyResult<i64> {
    let x = args.one()?;
    let mut n = 0;
    for it in a.items()? {
        if it.compare(x, 2)? {
            n += 1;
        }
    }
    Ok(n)
}

fn a_index(a: &Array, args: Args) -> PyResult<i64> {
    let p = args.range(1, 3)?;
    let items = a.items()?;
    let len = items.len() as i64;
    let clamp = |o: Option<&PyAny>, d: i64| -> PyResult<i64> {
        let v = match o {
            Some(o) => o.to_i64().unwrap_or(if int_to_decimal(o)?.starts_with('-') { i64::MIN } else { i64::MAX }),
            None => d,
        };
        Ok(if v < 0 { (v + len).max(0) } else { v.min(len) })
    };
    let start = clamp(p.get(1), 0)?;
    let stop = clamp(p.get(2), len)?;
    for i in start..stop {
        if items[i as usize].compare(&p[0], 2)? {
            return Ok(i);
        }
    }
    Err(PyErr::value_error("array.index(x): x not in array"))
}

fn a_insert(a: &Array, args: Args) -> PyResult<()> {
    let [i, x] = args.exact::<2>()?;
    if !i.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name()?)));
    }
    let mut b = Vec::new();
    encode(a.code, x, &mut b)?;
    let n = a.size();
    a.check_resize()?;
    let mut d = a.data.lock()?;
    let len = (d.len() / n) as i64;
    let i = i.to_i64().unwrap_or(if int_to_decimal(i)?.starts_with('-') { i64::MIN } else { i64::MAX });
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    d.splice(pos * n..pos * n, b);
    Ok(())
}

fn a_pop(a: &Array, args: Args) -> PyResult<PyObj> {
    let p = args.range(0, 1)?;
    let n = a.size();
    let mut d = a.data.lock()?;
    let len = d.len() / n;
    if len == 0 {
        return Err(PyErr::index_error("pop from empty array"));
    }
    let i = match p.first() {
        Some(i) => {
            if !i.is_int() {
                return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", i.type_name()?)));
            }
            let v = i.to_i64().map_err(|_| PyErr::index_error("pop index out of range"))?;
            let j = if v < 0 { v + len as i64 } else { v };
            if j < 0 || j >= len as i64 {
                return Err(PyErr::index_error("pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    a.check_resize()?;
    let item: Vec<u8> = d.drain(i * n..(i + 1) * n).collect();
    drop(d);
    decode(a.code, &item)
}

fn a_remove(a: &Array, args: Args) -> PyResult<()> {
    let x = args.one()?;
    let items = a.items()?;
    for (i, it) in items.iter().enumerate() {
        if it.compare(x, 2)? {
            let n = a.size();
            a.check_resize()?;
            let mut d = a.data.lock()?;
            if (i + 1) * n <= d.len() {
                d.drain(i * n..(i + 1) * n);
            }
            return Ok(());
        }
    }
    Err(PyErr::value_error("array.remove(x): x not in array"))
}

/// `clear()` (new in 3.13): empties the array (refused while exported).
fn a_clear(a: &Array, args: Args) -> PyResult<()> {
    args.none()?;
    a.replace_data(Vec::new())
}

fn a_reverse(a: &Array, args: Args) -> PyResult<()> {
    args.none()?;
    let n = a.size();
    let mut d = a.data.lock()?;
    let items: Vec<Vec<u8>> = d.chunks_exact(n).rev().map(<[u8]>::to_vec).collect();
    d.copy_from_slice(&items.concat());
    Ok(())
}

fn a_fromfile(a: &Array, args: Args) -> PyResult<()> {
    let [f, n] = args.exact::<2>()?;
    let n = n.to_i64()?;
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let want = (n as usize).checked_mul(a.size()).ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
    let data = f.call_method("read", &[&*PyObj::from(want)])?;
    let b = data.as_bytes().map_err(|_| PyErr::type_error("read() didn't return bytes"))?.to_vec();
    let whole = b.len() / a.size() * a.size();
    a.append_bytes(&b[..whole])?;
    if b.len() != want {
        return Err(crate::sysutil::builtin_exc("EOFError", &[&*PyObj::from("read() didn't return enough bytes")]));
    }
    Ok(())
}

fn a_tofile(a: &Array, args: Args) -> PyResult<()> {
    let f = args.one()?;
    let b = a.snapshot()?;
    for chunk in b.chunks(64 * 1024) {
        f.call_method("write", &[&*PyObj::bytes(chunk)?])?;
    }
    Ok(())
}

fn a_len(a: &Array, args: Args) -> PyResult<usize> {
    args.none()?;
    a.len()
}

fn a_getitem(a: &Array, args: Args) -> PyResult<PyObj> {
    let k = args.one()?;
    if is_slice(k)? {
        let n = a.size();
        let d = a.snapshot()?;
        let (start, stop, step) = slice_indices(k, d.len() / n)?;
        let mut out = Vec::new();
        for i in slice_positions(start, stop, step) {
            out.extend_from_slice(&d[i * n..(i + 1) * n]);
        }
        return a.new_like(ARRAY.get()?, out);
    }
    let i = index_of(k, a.len()?, "array index out of range")?;
    a.item(i)
}

fn a_setitem(a: &Array, args: Args) -> PyResult<()> {
    let [k, v] = args.exact::<2>()?;
    let n = a.size();
    if is_slice(k)? {
        let Some(other) = array_of(v) else {
            return Err(PyErr::type_error(format!("can only assign array (not \"{}\") to array slice", v.type_name()?)));
        };
        if other.code != a.code {
            return Err(PyErr::type_error("bad argument type for built-in operation"));
        }
        let src = other.snapshot()?;
        let mut d = a.data.lock()?;
        let (start, stop, step) = slice_indices(k, d.len() / n)?;
        if step == 1 {
            let stop = stop.max(start);
            if (stop - start) as usize * n != src.len() {
                a.check_resize()?;
            }
            d.splice(start as usize * n..stop as usize * n, src);
            return Ok(());
        }
        let pos = slice_positions(start, stop, step);
        if pos.len() * n != src.len() {
            return Err(PyErr::value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                src.len() / n,
                pos.len()
            )));
        }
        for (j, i) in pos.into_iter().enumerate() {
            d[i * n..(i + 1) * n].copy_from_slice(&src[j * n..(j + 1) * n]);
        }
        return Ok(());
    }
    let mut b = Vec::new();
    let len = a.len()?;
    let i = index_of(k, len, "array assignment index out of range")?;
    encode(a.code, v, &mut b)?;
    let mut d = a.data.lock()?;
    if (i + 1) * n <= d.len() {
        d[i * n..(i + 1) * n].copy_from_slice(&b);
    }
    Ok(())
}

fn a_delitem(a: &Array, args: Args) -> PyResult<()> {
    let k = args.one()?;
    let n = a.size();
    if is_slice(k)? {
        let mut d = a.data.lock()?;
        let (start, stop, step) = slice_indices(k, d.len() / n)?;
        let mut pos = slice_positions(start, stop, step);
        if !pos.is_empty() {
            a.check_resize()?;
        }
        pos.sort_unstable();
        for i in pos.into_iter().rev() {
            d.drain(i * n..(i + 1) * n);
        }
        return Ok(());
    }
    let i = index_of(k, a.len()?, "array assignment index out of range")?;
    a.check_resize()?;
    let mut d = a.data.lock()?;
    if (i + 1) * n <= d.len() {
        d.drain(i * n..(i + 1) * n);
    }
    Ok(())
}

fn a_contains(a: &Array, args: Args) -> PyResult<bool> {
    let x = args.one()?;
    for it in a.items()? {
        if it.compare(x, 2)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn a_add(a: &Array, args: Args) -> PyResult<PyObj> {
    let x = args.one()?;
    let Some(other) = array_of(x) else {
        return Err(PyErr::type_error(format!("can only append array (not \"{}\") to array", x.type_name()?)));
    };
    if other.code != a.code {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    }
    let mut d = a.snapshot()?;
    d.extend_from_slice(&other.snapshot()?);
    a.new_like(ARRAY.get()?, d)
}

fn a_iadd(a: &Array, args: Args) -> PyResult<PyObj> {
    let x = args.one()?;
    let Some(other) = array_of(x) else {
        return Err(PyErr::type_error(format!("can only extend array with array (not \"{}\")", x.type_name()?)));
    };
    if other.code != a.code {
        return Err(PyErr::type_error("can only extend with array of same kind"));
    }
    let o = other.snapshot()?;
    a.append_bytes(&o)?;
    Ok(args.slf().to_owned())
}

fn repeat_count(x: &PyAny) -> PyResult<Option<usize>> {
    if !x.is_int() {
        return Ok(None);
    }
    let n = x.to_i64().unwrap_or(if int_to_decimal(x)?.starts_with('-') { 0 } else { i64::MAX });
    Ok(Some(n.max(0) as usize))
}

fn repeated(a: &Array, n: usize) -> PyResult<Vec<u8>> {
    let d = a.snapshot()?;
    if d.len().checked_mul(n).is_none_or(|t| t > isize::MAX as usize / 2) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(d.repeat(n))
}

fn a_mul(a: &Array, args: Args) -> PyResult<PyObj> {
    let x = args.one()?;
    match repeat_count(x)? {
        Some(n) => a.new_like(ARRAY.get()?, repeated(a, n)?),
        None => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", x.type_name()?))),
    }
}

fn a_imul(a: &Array, args: Args) -> PyResult<PyObj> {
    let x = args.one()?;
    match repeat_count(x)? {
        Some(n) => {
            let d = repeated(a, n)?;
            a.replace_data(d)?;
            Ok(args.slf().to_owned())
        }
        None => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", x.type_name()?))),
    }
}

/// Rich comparison of two arrays as sequences of their Python values.
fn compare(a: &Array, args: &Args, op: u32) -> PyResult<PyObj> {
    let x = args.one()?;
    let Some(b) = array_of(x) else { return builtin("NotImplemented") };
    let (la, lb) = (a.len()?, b.len()?);
    if (op == 2 || op == 3) && la != lb {
        return Ok(PyObj::from(op == 3));
    }
    if a.code == b.code && (op == 2 || op == 3) && !matches!(a.code, b'f' | b'd') {
        return Ok(PyObj::from((a.snapshot()? == b.snapshot()?) == (op == 2)));
    }
    let (xa, xb) = (a.items()?, b.items()?);
    for (p, q) in xa.iter().zip(xb.iter()) {
        if !p.compare(q, 2)? {
            if op == 2 {
                return Ok(PyObj::from(false));
            }
            if op == 3 {
                return Ok(PyObj::from(true));
            }
            return p.richcompare(q, op);
        }
    }
    let r = match op {
        0 => la < lb,
        1 => la <= lb,
        2 => la == lb,
        3 => la != lb,
        4 => la > lb,
        _ => la >= lb,
    };
    Ok(PyObj::from(r))
}

fn a_lt(a: &Array, args: Args) -> PyResult<PyObj> {
    compare(a, &args, 0)
}
fn a_le(a: &Array, args: Args) -> PyResult<PyObj> {
    compare(a, &args, 1)
}
fn a_eq(a: &Array, args: Args) -> PyResult<PyObj> {
    compare(a, &args, 2)
}
fn a_ne(a: &Array, args: Args) -> PyResult<PyObj> {
    compare(a, &args, 3)
}
fn a_gt(a: &Array, args: Args) -> PyResult<PyObj> {
    compare(a, &args, 4)
}
fn a_ge(a: &Array, args: Args) -> PyResult<PyObj> {
    compare(a, &args, 5)
}

/// The machine format code CPython's pickles name for our layout.
fn mformat(code: u8) -> i64 {
    let le = cfg!(target_endian = "little");
    let base = match code {
        b'B' => return 0,
        b'b' => return 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    };
    if le {
        base
    } else {
        base + 1
    }
}

fn a_reduce_ex(a: &Array, args: Args) -> PyResult<PyObj> {
    let proto = args.one()?.to_i64()?;
    let slf = args.slf();
    let cls = slf.get_type();
    let dict = match slf.getattr("__dict__") {
        Ok(d) if d.len()? > 0 => d,
        _ => PyObj::none(),
    };
    let code = (a.code as char).to_string().into_py()?;
    if proto < 3 {
        let list = a_tolist(a, Args::new(MODULE, "tolist", slf, &[], Vec::new()))?;
        let inner = tuple_of(&[&code, &list])?;
        return tuple_of(&[&cls, &inner, &dict]);
    }
    let recon = import(MODULE)?.getattr("_array_reconstructor")?;
    let inner = tuple_of(&[&cls, &code, &*PyObj::from(mformat(a.code)), &*PyObj::bytes(&a.snapshot()?)?])?;
    tuple_of(&[&recon, &inner, &dict])
}

fn a_copy(a: &Array, args: Args) -> PyResult<PyObj> {
    let _ = args.range(0, 1)?;
    a.new_like(ARRAY.get()?, a.snapshot()?)
}

/// `array[int]`: called with the class (a function, not a method of instances).
fn class_getitem(args: Args) -> PyResult<PyObj> {
    let item = args.one()?;
    import("types")?.getattr("GenericAlias")?.call(&[args.slf(), item])
}

fn g_typecode(a: &Array, _s: &PyAny) -> PyResult<String> {
    Ok((a.code as char).to_string())
}
fn g_itemsize(a: &Array, _s: &PyAny) -> PyResult<usize> {
    Ok(a.size())
}

impl NativeClass for Array {
    const NAME: &'static str = "array.array";
    const DOC: &'static str = "array(typecode [, initializer]) -> array\n\nA new array of the machine type named by typecode, filled from initializer\n(a list, bytes-like object, str for 'u'/'w', or any iterable of items).";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const HAS_ITER: bool = true;
    const HAS_REPR: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Array, "append", a_append, "Add v as the new last item."),
        native_method!(Array, "extend", a_extend, "Add the items of iterable at the end."),
        native_method!(Array, "frombytes", a_frombytes, "Appends items from the string, interpreting it as an array of machine values."),
        native_method!(Array, "tobytes", a_tobytes, "Give the raw machine representation of the items as bytes."),
        native_method!(Array, "fromlist", a_fromlist, "Add the items of list at the end."),
        native_method!(Array, "tolist", a_tolist, "Give the items as a list."),
        native_method!(Array, "fromunicode", a_fromunicode, "Add the characters of ustr at the end (typecode 'u' or 'w' only)."),
        native_method!(Array, "tounicode", a_tounicode, "Add the characters of ustr at the end (typecode 'u' or 'w' only)."),
        native_method!(Array, "byteswap", a_byteswap, "Reverse the byte order of every item, in place."),
        native_method!(Array, "buffer_info", a_buffer_info, "Give (address, item count) of the array's current storage."),
        native_method!(Array, "count", a_count, "Count the items equal to v."),
        native_method!(Array, "index", a_index, "Give the position of the first item equal to v."),
        native_method!(Array, "insert", a_insert, "Put v in at position i, shifting later items up."),
        native_method!(Array, "pop", a_pop, "Take out the item at position i and give it back."),
        native_method!(Array, "remove", a_remove, "Delete the first item equal to v."),
        native_method!(Array, "reverse", a_reverse, "Put the items in the opposite order, in place."),
        native_method!(Array, "clear", a_clear, "Remove every item."),
        native_method!(Array, "fromfile", a_fromfile, "Read n items' worth of bytes from file f and add them at the end."),
        native_method!(Array, "tofile", a_tofile, "Write the raw machine representation of the items to file f."),
        native_method!(Array, "__len__", a_len, ""),
        native_method!(Array, "__getitem__", a_getitem, ""),
        native_method!(Array, "__setitem__", a_setitem, ""),
        native_method!(Array, "__delitem__", a_delitem, ""),
        native_method!(Array, "__contains__", a_contains, ""),
        native_method!(Array, "__add__", a_add, ""),
        native_method!(Array, "__iadd__", a_iadd, ""),
        native_method!(Array, "__mul__", a_mul, ""),
        native_method!(Array, "__rmul__", a_mul, ""),
        native_method!(Array, "__imul__", a_imul, ""),
        native_method!(Array, "__lt__", a_lt, ""),
        native_method!(Array, "__le__", a_le, ""),
        native_method!(Array, "__eq__", a_eq, ""),
        native_method!(Array, "__ne__", a_ne, ""),
        native_method!(Array, "__gt__", a_gt, ""),
        native_method!(Array, "__ge__", a_ge, ""),
        native_method!(Array, "__buffer__", a_buffer, "Give a memoryview of the array's memory."),
        native_method!(Array, "__release_buffer__", a_release_buffer, "Release a memoryview made by __buffer__."),
        native_method!(Array, "__reduce_ex__", a_reduce_ex, "Give pickle the data to rebuild this object."),
        native_method!(Array, "__copy__", a_copy, "Give a new array with the same items."),
        native_method!(Array, "__deepcopy__", a_copy, "Give a new array with the same items."),
        native_fn!(MODULE, "__class_getitem__", class_getitem, "See PEP 585"),
    ];
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(Array, "typecode", g_typecode), native_getter!(Array, "itemsize", g_itemsize)];
    fn native_type() -> &'static NativeType<Self> {
        &ARRAY
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        if cls.is(ARRAY.get()?) && !args.keywords().is_empty() {
            return Err(PyErr::type_error("array.array() takes no keyword arguments"));
        }
        let p = args.positional();
        if p.is_empty() {
            return Err(PyErr::type_error("array() takes at least 1 argument (0 given)"));
        }
        if p.len() > 2 {
            return Err(PyErr::type_error(format!("array() takes at most 2 arguments ({} given)", p.len())));
        }
        let code = check_typecode_arg(&p[0], "array()")?;
        if code == b'u' {
            let warnings = pyk_sdk::types::import("warnings")?;
            let cat = pyk_sdk::types::builtin("DeprecationWarning")?;
            let msg = PyObj::from("The 'u' type code is deprecated and will be removed in Python 3.16");
            warnings.call_method("warn", &[&msg, &cat, &PyObj::from(1i64)])?;
        }
        let a = Array { code, data: PyMutex::new(Vec::new()), exports: Default::default() };
        if let Some(init) = p.get(1) {
            if init.is_str() {
                if !is_char_code(code) {
                    return Err(PyErr::type_error(format!(
                        "cannot use a str to initialize an array with typecode '{}'",
                        code as char
                    )));
                }
                a_fromunicode(&a, Args::new(MODULE, "fromunicode", init, std::slice::from_ref(init), Vec::new()))?;
            } else if let Some(other) = array_of(init) {
                if is_char_code(other.code) && !is_char_code(code) {
                    return Err(PyErr::type_error(format!(
                        "cannot use a unicode array to initialize an array with typecode '{}'",
                        code as char
                    )));
                }
                if other.code == code {
                    *a.data.lock()? = other.snapshot()?;
                } else {
                    extend_from(&a, &*builtin("list")?.call(&[init])?)?;
                }
            } else if init.as_bytes().is_ok() || init.isinstance(&*builtin("bytearray")?)? {
                let b = init.bytes_like()?;
                if b.len() % a.size() != 0 {
                    return Err(PyErr::value_error("bytes length not a multiple of item size"));
                }
                *a.data.lock()? = b;
            } else {
                extend_from(&a, init)?;
            }
        }
        Ok(a)
    }
    fn iter(&self, slf: &PyAny) -> PyResult<PyObj> {
        ITER.wrap(ArrayIter { array: slf.to_owned(), pos: PyMutex::new(0) })
    }
    fn repr(&self, slf: &PyAny) -> PyResult<String> {
        let name = slf.get_type().getattr("__name__")?.str()?;
        let code = self.code as char;
        if self.len()? == 0 {
            return Ok(format!("{name}('{code}')"));
        }
        if is_char_code(self.code) {
            return Ok(format!("{name}('{code}', {})", tounicode(self)?.as_str().into_py()?.repr()?));
        }
        let list = a_tolist(self, Args::new(MODULE, "tolist", slf, &[], Vec::new()))?;
        Ok(format!("{name}('{code}', {})", list.repr()?))
    }
}

// ---------------------------------------------------------------- iterator

struct ArrayIter {
    array: PyObj,
    pos: PyMutex<usize>,
}

static ITER: NativeType<ArrayIter> = NativeType::new();

fn it_reduce(it: &ArrayIter, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let pos = *it.pos.lock()?;
    let iter = builtin("iter")?;
    tuple_of(&[&iter, &*tuple_of(&[&it.array])?, &*PyObj::from(pos)])
}

impl NativeClass for ArrayIter {
    const NAME: &'static str = "array.arrayiterator";
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    const METHODS: &'static [NativeFnDef] = &[native_method!(ArrayIter, "__reduce__", it_reduce, "Give pickle the data to rebuild this object.")];
    fn native_type() -> &'static NativeType<Self> {
        &ITER
    }
    fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
        let Some(a) = array_of(&self.array) else { return Ok(None) };
        let mut pos = self.pos.lock()?;
        if *pos >= a.len()? {
            *pos = usize::MAX / 2;
            return Ok(None);
        }
        let v = a.item(*pos)?;
        *pos += 1;
        Ok(Some(v))
    }
}

// ---------------------------------------------------------------- module

fn array_reconstructor(args: Args) -> PyResult<PyObj> {
    let [cls, code, mf, items] = args.exact::<4>()?;
    if !cls.isinstance(&*builtin("type")?)? {
        return Err(PyErr::type_error(format!("first argument must be a type object, not {}", cls.type_name()?)));
    }
    if !builtin("issubclass")?.call(&[cls, ARRAY.get()?])?.is_true()? {
        return Err(PyErr::type_error(format!("{} is not a subtype of array.array", cls.getattr("__name__")?.str()?)));
    }
    let code = check_typecode_arg(code, "_array_reconstructor()")?;
    let mf = mf.to_i64()?;
    if !(0..=21).contains(&mf) {
        return Err(PyErr::value_error("third argument must be a valid machine format code."));
    }
    let mut b = items.as_bytes().map_err(|_| PyErr::type_error(format!("fourth argument should be bytes, not {}", items.type_name().unwrap_or_default())))?.to_vec();
    let native = mformat(code);
    if mf != native {
        // The same layout in the other byte order: swap each item.
        let other = if native % 2 == 0 { native + 1 } else { native - 1 };
        if native > 1 && mf == other {
            for c in b.chunks_exact_mut(itemsize(code)) {
                c.reverse();
            }
        } else {
            return Err(PyErr::value_error(format!("array._array_reconstructor: machine format {mf} cannot be read as typecode '{}'", code as char)));
        }
    }
    if b.len() % itemsize(code) != 0 {
        return Err(PyErr::value_error("bytes length not a multiple of item size"));
    }
    ARRAY.wrap_in(cls, Array { code, data: PyMutex::new(b), exports: Default::default() })
}

static FUNCTIONS: &[NativeFnDef] = &[native_fn!(MODULE, "_array_reconstructor", array_reconstructor, "Private helper for pickle.")];

pub fn create() -> PyResult<PyObj> {
    let m = ModuleBuilder::new(MODULE, "Compact sequences of one machine type each (characters, integers of\nseveral widths, floats): the array type, which behaves like a list\nwhose items must fit its typecode.\n")?
        .functions(FUNCTIONS)?
        .class::<Array>()?
        .object("ArrayType", ARRAY.get()?)?
        .constant("typecodes", TYPECODES)?
        .finish()?;
    let api = pyk_sdk::kernel::api();
    if api.has(std::mem::offset_of!(pyk_abi::api::KernelApi, type_set_buffer)) {
        // SAFETY: the type is live and immortal; the procs are 'static.
        if !unsafe { (api.type_set_buffer)(ARRAY.get()?.as_raw(), &BUFFER_PROCS) } {
            return Err(PyErr::fetch());
        }
        LENDS_BUFFER.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    // As CPython's module: the type counts as a MutableSequence.
    import("collections.abc")?.getattr("MutableSequence")?.call_method("register", &[&*ARRAY.get()?])?;
    Ok(m)
}
