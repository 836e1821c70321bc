//! `_struct`: converting between Python values and C structs packed in
//! bytes, with CPython 3.13's format language, results and error messages
//! (the `struct` module is CPython's pure-Python re-export of this one).
//!
//! A format is parsed once into a [`Layout`] (byte order, total size, one
//! [`Field`] per code with its offset), kept in a small cache keyed by the
//! format's bytes as CPython keeps its Struct cache. Native sizes and
//! alignments are those of the 64-bit Unix targets pyk builds for (LP64).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_exception_type};

const MODULE: &str = "_struct";

/// How many formats the cache keeps before it starts again (CPython's MAXCACHE).
const MAXCACHE: usize = 100;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Order {
    /// `@` (or nothing): native order, sizes and alignment.
    Native,
    /// `<` and `=`: little-endian, standard sizes, no alignment.
    Little,
    /// `>` and `!`.
    Big,
}

/// One code of a format with its repeat count folded in: `4s` is one field
/// of 4 bytes; `3i` is three fields.
#[derive(Copy, Clone, Debug)]
struct Field {
    code: u8,
    offset: usize,
    /// Bytes of the field (the string length for `s` and `p`).
    size: usize,
}

#[derive(Debug)]
struct Layout {
    format: String,
    order: Order,
    size: usize,
    fields: Vec<Field>,
}

/// `struct.error`, looked up in the module (errors are rare: no cache needed).
fn error_type() -> PyResult<PyObj> {
    import(MODULE)?.getattr("error")
}

fn struct_error(msg: impl Into<String>) -> PyErr {
    match error_type() {
        Ok(t) => PyErr::with_type(t, msg.into()),
        Err(e) => e,
    }
}

/// Size and alignment of a code in native mode (`@`).
fn native_size(c: u8) -> Option<(usize, usize)> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => (8, 8),
        _ => return None,
    })
}

/// Size of a code in the standard modes (`= < > !`).
fn standard_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn parse(fmt: &[u8]) -> PyResult<Layout> {
    let too_long = || struct_error("total struct size too long");
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'<' | b'=') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut fields = Vec::new();
    let mut size: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            let mut n: usize = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(struct_error("repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                n = n.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)).ok_or_else(too_long)?;
            }
            count = n;
        }
        let (itemsize, align) = match order {
            Order::Native => native_size(c),
            _ => standard_size(c).map(|s| (s, 1)),
        }
        .ok_or_else(|| struct_error("bad char in struct format"))?;
        if align > 1 {
            size = size.checked_add(align - 1).ok_or_else(too_long)? / align * align;
        }
        match c {
            b's' | b'p' => {
                fields.push(Field { code: c, offset: size, size: count });
                size = size.checked_add(count).ok_or_else(too_long)?;
            }
            b'x' => size = size.checked_add(count).ok_or_else(too_long)?,
            _ => {
                let total = count.checked_mul(itemsize).ok_or_else(too_long)?;
                let end = size.checked_add(total).ok_or_else(too_long)?;
                if end > isize::MAX as usize {
                    return Err(too_long());
                }
                fields.try_reserve(count).map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
                for k in 0..count {
                    fields.push(Field { code: c, offset: size + k * itemsize, size: itemsize });
                }
                size = end;
            }
        }
        if size > isize::MAX as usize {
            return Err(too_long());
        }
    }
    let format = String::from_utf8_lossy(fmt).into_owned();
    Ok(Layout { format, order, size, fields })
}

/// The formats parsed so far (a pure-Rust cache of immutable layouts).
static CACHE: Mutex<Option<HashMap<Vec<u8>, Arc<Layout>>>> = Mutex::new(None);

/// The bytes of a format argument: str (ASCII expected) or bytes.
fn format_bytes(o: &PyAny) -> PyResult<Vec<u8>> {
    let b = if o.is_str() {
        o.as_str()?.as_bytes().to_vec()
    } else if let Ok(b) = o.as_bytes() {
        b.to_vec()
    } else {
        return Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", o.type_name()?)));
    };
    if b.contains(&0) {
        return Err(struct_error("embedded null character"));
    }
    Ok(b)
}

fn layout_of(o: &PyAny) -> PyResult<Arc<Layout>> {
    let key = format_bytes(o)?;
    if let Some(l) = CACHE.lock().unwrap_or_else(|p| p.into_inner()).as_ref().and_then(|m| m.get(&key)) {
        return Ok(l.clone());
    }
    let l = Arc::new(parse(&key)?);
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    let map = cache.get_or_insert_with(HashMap::new);
    if map.len() >= MAXCACHE {
        map.clear();
    }
    map.insert(key, l.clone());
    Ok(l)
}

// --- values to bytes ---

/// An integer argument as an i128; `None` when it does not fit in 128 bits
/// (out of range for every code). Non-integers raise "required argument is
/// not an integer".
fn get_int(v: &PyAny) -> PyResult<Option<i128>> {
    let idx;
    let v = if v.is_int() {
        v
    } else if v.get_type().getattr("__index__").is_ok() {
        idx = v.call_method("__index__", &[])?;
        &*idx
    } else {
        return Err(struct_error("required argument is not an integer"));
    };
    match v.to_i64() {
        Ok(i) => return Ok(Some(i as i128)),
        Err(e) if e.matches(ExcKind::OverflowError) => {}
        Err(e) => return Err(e),
    }
    let signed = PyObj::from(true);
    match v.getattr("to_bytes")?.call_kw(&[&PyObj::from(16i64), &PyObj::from("little")], &[("signed", &signed)]) {
        Ok(b) => {
            let b: [u8; 16] = b.as_bytes()?.try_into().map_err(|_| PyErr::system_error("int.to_bytes gave a wrong length"))?;
            Ok(Some(i128::from_le_bytes(b)))
        }
        Err(e) if e.matches(ExcKind::OverflowError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A float argument as `PyFloat_AsDouble` reads it: a float, an int, or an
/// object with `__float__` or `__index__`.
fn get_float(v: &PyAny) -> PyResult<f64> {
    let not_float = || struct_error("required argument is not a float");
    if v.is_float() || v.is_int() {
        return v.to_f64().map_err(|_| not_float());
    }
    let t = v.get_type();
    if t.getattr("__float__").is_ok() {
        return v.to_f64().map_err(|_| not_float());
    }
    if t.getattr("__index__").is_ok() {
        return v.call_method("__index__", &[])?.to_f64().map_err(|_| not_float());
    }
    Err(not_float())
}

/// The range of an integer code: (min, max, size in bytes).
fn int_range(code: u8, size: usize) -> (i128, i128) {
    let bits = size as u32 * 8;
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
        _ => (0, (1i128 << bits) - 1),
    }
}

fn put_uint(out: &mut [u8], order: Order, v: u128) {
    let le = v.to_le_bytes();
    let n = out.len();
    match order {
        Order::Big => {
            for (k, b) in out.iter_mut().enumerate() {
                *b = le[n - 1 - k];
            }
        }
        Order::Little => out.copy_from_slice(&le[..n]),
        Order::Native => {
            if cfg!(target_endian = "big") {
                put_uint(out, Order::Big, v)
            } else {
                out.copy_from_slice(&le[..n])
            }
        }
    }
}

fn get_uint(b: &[u8], order: Order) -> u128 {
    let big = order == Order::Big || (order == Order::Native && cfg!(target_endian = "big"));
    let mut v: u128 = 0;
    if big {
        for &x in b {
            v = v << 8 | x as u128;
        }
    } else {
        for &x in b.iter().rev() {
            v = v << 8 | x as u128;
        }
    }
    v
}

/// IEEE 754 binary16 bits of `x`, rounded to nearest even; `None` on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Zero or an f64 subnormal: far below half the smallest binary16 subnormal.
        return Some(sign);
    }
    let e = exp - 1023;
    if e > 15 {
        return None;
    }
    let m: u64 = (bits & ((1 << 52) - 1)) | (1 << 52);
    // Bits of the 53-bit significand dropped to reach 11 (normal) or fewer
    // (subnormal: units of 2**-24).
    let shift = if e >= -14 { 42 } else { 42 + (-14 - e) as u32 };
    if shift >= 64 {
        return Some(sign);
    }
    let mut q = m >> shift;
    let rem = m & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    let r = if e >= -14 { (((e + 15) as u64) << 10) + q - 1024 } else { q };
    if r >= 0x7c00 {
        return None;
    }
    Some(sign | r as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let mag = match e {
        0 => f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    };
    sign * mag
}

fn too_large_float(v: &PyAny, code: char) -> PyErr {
    if v.is_int() {
        struct_error("int too large to convert")
    } else {
        PyErr::overflow_error(format!("float too large to pack with {code} format"))
    }
}

fn pack_field(f: &Field, order: Order, v: &PyAny, out: &mut [u8]) -> PyResult<()> {
    let out = &mut out[f.offset..f.offset + f.size];
    match f.code {
        b's' | b'p' => {
            let data = if let Ok(b) = v.as_bytes() {
                b.to_vec()
            } else if v.isinstance(&*builtin("bytearray")?)? {
                v.bytes_like()?
            } else {
                return Err(struct_error(format!("argument for '{}' must be a bytes object", f.code as char)));
            };
            if f.code == b's' {
                let n = data.len().min(f.size);
                out[..n].copy_from_slice(&data[..n]);
            } else if f.size > 0 {
                let n = data.len().min(f.size - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'c' => match v.as_bytes() {
            Ok([b]) => out[0] = *b,
            _ => return Err(struct_error("char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = v.is_true()? as u8,
        b'e' => {
            let x = get_float(v)?;
            let h = f64_to_half(x).ok_or_else(|| too_large_float(v, 'e'))?;
            put_uint(out, order, h as u128);
        }
        b'f' => {
            let x = get_float(v)?;
            let y = x as f32;
            if order != Order::Native && y.is_infinite() && x.is_finite() {
                return Err(too_large_float(v, 'f'));
            }
            put_uint(out, order, y.to_bits() as u128);
        }
        b'd' => {
            let x = get_float(v)?;
            put_uint(out, order, x.to_bits() as u128);
        }
        b'P' => {
            let i = get_int(v)?;
            match i {
                Some(i) if (i64::MIN as i128..=u64::MAX as i128).contains(&i) => put_uint(out, order, i as u64 as u128),
                _ => return Err(struct_error("int too large to convert")),
            }
        }
        code => {
            let i = get_int(v)?;
            let (lo, hi) = int_range(code, f.size);
            match i {
                Some(i) if (lo..=hi).contains(&i) => put_uint(out, order, i as u128 & ((1u128 << (f.size * 8)) - 1)),
                _ => {
                    return Err(struct_error(format!("'{}' format requires {lo} <= number <= {hi}", code as char)));
                }
            }
        }
    }
    Ok(())
}

fn pack_values(l: &Layout, what: &str, values: &[PyAny], out: &mut [u8]) -> PyResult<()> {
    if values.len() != l.fields.len() {
        return Err(struct_error(format!("{what} expected {} items for packing (got {})", l.fields.len(), values.len())));
    }
    for (f, v) in l.fields.iter().zip(values) {
        pack_field(f, l.order, v, out)?;
    }
    Ok(())
}

fn pack_bytes(l: &Layout, values: &[PyAny]) -> PyResult<PyObj> {
    let mut out = Vec::new();
    out.try_reserve_exact(l.size).map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
    out.resize(l.size, 0);
    pack_values(l, "pack", values, &mut out)?;
    PyObj::bytes(&out)
}

// --- bytes to values ---

fn unpack_field(f: &Field, order: Order, b: &[u8]) -> PyResult<PyObj> {
    let b = &b[f.offset..f.offset + f.size];
    Ok(match f.code {
        b's' => PyObj::bytes(b)?,
        b'p' => {
            if b.is_empty() {
                PyObj::bytes(b"")?
            } else {
                let n = (b[0] as usize).min(b.len() - 1);
                PyObj::bytes(&b[1..1 + n])?
            }
        }
        b'c' => PyObj::bytes(b)?,
        b'?' => PyObj::from(b[0] != 0),
        b'e' => PyObj::from(half_to_f64(get_uint(b, order) as u16)),
        b'f' => PyObj::from(f32::from_bits(get_uint(b, order) as u32) as f64),
        b'd' => PyObj::from(f64::from_bits(get_uint(b, order) as u64)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let u = get_uint(b, order);
            let bits = f.size * 8;
            let v = if u >> (bits - 1) & 1 == 1 { u as i128 - (1i128 << bits) } else { u as i128 };
            int_from_i128(v)?
        }
        _ => int_from_i128(get_uint(b, order) as i128)?,
    })
}

fn unpack_at(l: &Layout, b: &[u8]) -> PyResult<PyObj> {
    let items = l.fields.iter().map(|f| unpack_field(f, l.order, b)).collect::<PyResult<Vec<_>>>()?;
    tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())
}

fn unpack(l: &Layout, buf: &PyAny) -> PyResult<PyObj> {
    let b = buf.bytes_like()?;
    if b.len() != l.size {
        return Err(struct_error(format!("unpack requires a buffer of {} bytes", l.size)));
    }
    unpack_at(l, &b)
}

/// An offset argument (an index), with CPython's TypeError otherwise.
fn ssize(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() && o.get_type().getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    match o.to_i64() {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::OverflowError) => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        Err(e) => Err(e),
    }
}

fn unpack_from(l: &Layout, buf: &PyAny, offset: Option<&PyAny>) -> PyResult<PyObj> {
    let b = buf.bytes_like()?;
    let len = b.len() as i64;
    let mut off = match offset {
        Some(o) => ssize(o)?,
        None => 0,
    };
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(format!("offset {off} out of range for {len}-byte buffer")));
        }
        off += len;
    }
    if len - off < l.size as i64 {
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {len})",
            l.size as i64 + off,
            l.size
        )));
    }
    unpack_at(l, &b[off as usize..])
}

fn pack_into(l: &Layout, buf: &PyAny, offset: &PyAny, values: &[PyAny]) -> PyResult<()> {
    let writable = buf.isinstance(&*builtin("bytearray")?)?
        || (buf.isinstance(&*builtin("memoryview")?)? && !buf.getattr("readonly")?.is_true()?);
    if !writable {
        return Err(PyErr::type_error(format!("argument must be read-write bytes-like object, not {}", buf.type_name()?)));
    }
    let mut out = vec![0u8; l.size];
    pack_values(l, "pack_into", values, &mut out)?;
    let mut off = ssize(offset)?;
    let len = if buf.isinstance(&*builtin("memoryview")?)? { buf.getattr("nbytes")?.to_i64()? } else { buf.len()? as i64 };
    let size = l.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(struct_error(format!("no space to pack {size} bytes at offset {off}")));
        }
        if off + len < 0 {
            return Err(struct_error(format!("offset {off} out of range for {len}-byte buffer")));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
            size + off
        )));
    }
    let slice = builtin("slice")?.call(&[&PyObj::from(off), &PyObj::from(off + size)])?;
    buf.setitem(&slice, &*PyObj::bytes(&out)?)
}

fn iter_unpack(l: &Arc<Layout>, buf: &PyAny) -> PyResult<PyObj> {
    if l.size == 0 {
        return Err(struct_error("cannot iteratively unpack with a struct of length 0"));
    }
    let b = buf.bytes_like()?;
    if b.len() % l.size != 0 {
        return Err(struct_error(format!("iterative unpacking requires a buffer of a multiple of {} bytes", l.size)));
    }
    UNPACK_ITER.wrap(UnpackIter { layout: l.clone(), buf: b, pos: PyMutex::new(0) })
}

// --- the Struct type ---

struct Struct {
    layout: Arc<Layout>,
}

static STRUCT: NativeType<Struct> = NativeType::new();

fn s_pack(this: &Struct, args: Args) -> PyResult<PyObj> {
    args.no_kwargs()?;
    pack_bytes(&this.layout, args.positional())
}
fn s_unpack(this: &Struct, args: Args) -> PyResult<PyObj> {
    let [buf] = args.exact::<1>()?;
    unpack(&this.layout, buf)
}
fn s_unpack_from(this: &Struct, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("unpack_from", &["buffer", "offset"], 1))?;
    unpack_from(&this.layout, v[0].expect("required"), v[1])
}
fn s_pack_into(this: &Struct, args: Args) -> PyResult<()> {
    args.no_kwargs()?;
    match args.positional() {
        [] => Err(struct_error("pack_into expected buffer argument")),
        [_] => Err(struct_error("pack_into expected offset argument")),
        [buf, off, values @ ..] => pack_into(&this.layout, buf, off, values),
    }
}
fn s_iter_unpack(this: &Struct, args: Args) -> PyResult<PyObj> {
    let [buf] = args.exact::<1>()?;
    iter_unpack(&this.layout, buf)
}
fn s_sizeof(this: &Struct, args: Args) -> PyResult<usize> {
    args.none()?;
    Ok(std::mem::size_of::<Struct>() + std::mem::size_of::<Layout>() + this.layout.fields.len() * std::mem::size_of::<Field>())
}
fn s_format(this: &Struct, _slf: &PyAny) -> PyResult<String> {
    Ok(this.layout.format.clone())
}
fn s_size(this: &Struct, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.layout.size)
}

impl NativeClass for Struct {
    const NAME: &'static str = "_struct.Struct";
    const DOC: &'static str = "Struct(format)\n--\n\nCreate a compiled struct object.";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const HAS_REPR: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Struct, "pack", s_pack, "Return a bytes object containing values packed according to the format."),
        native_method!(Struct, "unpack", s_unpack, "Return a tuple containing values unpacked according to the format."),
        native_method!(Struct, "unpack_from", s_unpack_from, "Decode buffer by this format, giving a tuple."),
        native_method!(Struct, "pack_into", s_pack_into, "Pack values and write the packed bytes into the buffer."),
        native_method!(Struct, "iter_unpack", s_iter_unpack, "Iterate over buffer, decoding one record per step."),
        native_method!(Struct, "__sizeof__", s_sizeof, "S.__sizeof__() -> size of S in memory, in bytes"),
    ];
    const GETTERS: &'static [NativeFnDef] =
        &[native_getter!(Struct, "format", s_format), native_getter!(Struct, "size", s_size)];
    fn native_type() -> &'static NativeType<Self> {
        &STRUCT
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("Struct", &["format"], 1))?;
        let fmt = v[0].expect("required");
        let layout = Arc::new(parse(&format_bytes(fmt)?)?);
        Ok(Struct { layout })
    }
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        Ok(format!("Struct({})", PyObj::from(self.layout.format.as_str()).repr()?))
    }
}

// --- the iterator of iter_unpack ---

struct UnpackIter {
    layout: Arc<Layout>,
    buf: Vec<u8>,
    pos: PyMutex<usize>,
}

static UNPACK_ITER: NativeType<UnpackIter> = NativeType::new();

fn it_length_hint(this: &UnpackIter, args: Args) -> PyResult<usize> {
    args.none()?;
    let pos = *this.pos.lock()?;
    Ok((this.buf.len() - pos) / this.layout.size)
}

impl NativeClass for UnpackIter {
    const NAME: &'static str = "_struct.unpack_iterator";
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    const METHODS: &'static [NativeFnDef] = &[native_method!(UnpackIter, "__length_hint__", it_length_hint, "")];
    fn native_type() -> &'static NativeType<Self> {
        &UNPACK_ITER
    }
    fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
        let mut pos = self.pos.lock()?;
        if *pos + self.layout.size > self.buf.len() {
            return Ok(None);
        }
        let t = unpack_at(&self.layout, &self.buf[*pos..])?;
        *pos += self.layout.size;
        Ok(Some(t))
    }
}

// --- module functions ---

fn format_arg<'a>(args: &Args<'a>) -> PyResult<(Arc<Layout>, &'a [PyAny])> {
    args.no_kwargs()?;
    match args.positional() {
        [] => Err(PyErr::type_error("missing format argument")),
        [f, rest @ ..] => Ok((layout_of(f)?, rest)),
    }
}

fn pack(args: Args) -> PyResult<PyObj> {
    let (l, values) = format_arg(&args)?;
    pack_bytes(&l, values)
}
fn pack_into_fn(args: Args) -> PyResult<()> {
    let (l, rest) = format_arg(&args)?;
    match rest {
        [] => Err(struct_error("pack_into expected buffer argument")),
        [_] => Err(struct_error("pack_into expected offset argument")),
        [buf, off, values @ ..] => pack_into(&l, buf, off, values),
    }
}
fn unpack_fn(args: Args) -> PyResult<PyObj> {
    let [f, buf] = args.exact::<2>()?;
    unpack(&*layout_of(f)?, buf)
}
fn unpack_from_fn(args: Args) -> PyResult<PyObj> {
    let sig = Signature { name: "unpack_from", params: &["format", "buffer", "offset"], posonly: 1, kwonly: 3, required: 2, required_kwonly: 0 };
    let v = args.bind(&sig)?;
    unpack_from(&*layout_of(v[0].expect("required"))?, v[1].expect("required"), v[2])
}
fn iter_unpack_fn(args: Args) -> PyResult<PyObj> {
    let [f, buf] = args.exact::<2>()?;
    iter_unpack(&layout_of(f)?, buf)
}
fn calcsize(args: Args) -> PyResult<usize> {
    let f = args.one()?;
    Ok(layout_of(f)?.size)
}
fn clearcache(args: Args) -> PyResult<()> {
    args.none()?;
    *CACHE.lock().unwrap_or_else(|p| p.into_inner()) = None;
    Ok(())
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "pack", pack, "pack(format, v1, v2, ...) -> bytes"),
    native_fn!(MODULE, "pack_into", pack_into_fn, "pack_into(format, buffer, offset, v1, v2, ...)"),
    native_fn!(MODULE, "unpack", unpack_fn, "Decode buffer by the format, giving a tuple."),
    native_fn!(MODULE, "unpack_from", unpack_from_fn, "Decode buffer by the format, giving a tuple."),
    native_fn!(MODULE, "iter_unpack", iter_unpack_fn, "Return an iterator yielding tuples unpacked from the buffer."),
    native_fn!(MODULE, "calcsize", calcsize, "Count the bytes that the format packs into."),
    native_fn!(MODULE, "_clearcache", clearcache, "Forget the compiled formats kept for reuse."),
];

pub fn create() -> PyResult<PyObj> {
    let error = new_exception_type("struct", "error", &*builtin("Exception")?, None)?;
    ModuleBuilder::new(MODULE, "Packing Python values into binary records and back.")?
        .functions(FUNCTIONS)?
        .class::<Struct>()?
        .class::<UnpackIter>()?
        .object("error", &error)?
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_to_nearest_even() {
        assert_eq!(f64_to_half(1.0), Some(0x3c00));
        assert_eq!(f64_to_half(-2.0), Some(0xc000));
        assert_eq!(f64_to_half(65504.0), Some(0x7bff));
        assert_eq!(f64_to_half(65519.99), Some(0x7bff));
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(1.0 / 3.0), Some(0x3555));
        assert_eq!(f64_to_half(5.960464477539063e-08), Some(1));
        assert_eq!(f64_to_half(5.960464477539063e-08 / 2.0), Some(0));
        assert_eq!(f64_to_half(5.960464477539063e-08 * 0.51), Some(1));
        assert_eq!(f64_to_half(6.097555160522461e-05), Some(0x3ff));
        for h in [0u16, 1, 0x3ff, 0x400, 0x3c00, 0x7bff, 0x8001, 0xfbff] {
            assert_eq!(f64_to_half(half_to_f64(h)), Some(h));
        }
    }
}
