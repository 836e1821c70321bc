//! `marshal`: CPython 3.13's value serialisation format (format version 4),
//! written from the format's documented and observed behaviour.
//!
//! Records are one type byte (bit 0x80 is `FLAG_REF`: "remember this object
//! so a later `r` record can point back at it") followed by a payload in
//! little-endian order: `N`/`F`/`T`/`.`/`S` singletons, `i` int32, `l` ints
//! as 15-bit digits, `g`/`y` binary floats and complexes (`f`/`x` text ones
//! below version 2), `s` bytes, `z`/`Z`/`a`/`A` ASCII strings (short,
//! interned), `u`/`t` UTF-8 strings, `)`/`(` tuples, `[` lists, `{` dicts
//! ended by `0`, `<`/`>` sets (elements sorted by their own marshal bytes,
//! as CPython does for reproducible output), `r` references.
//!
//! What differs from CPython, and why:
//! - CPython sets `FLAG_REF` on an object unless its reference count is 1
//!   (interned strings always get it). pyk asks `sys.getrefcount`, whose
//!   counts follow CPython's for most values (a fresh list has 1, a constant
//!   or a variable's value more), but pyk's small ints are tagged words with
//!   no count: they are always treated as shared, so `[int('1000')]` gets the
//!   flag where CPython's fresh int object would not. The items of a shared
//!   tuple are written as shared: CPython's constant tuples hold items its
//!   compiler also keeps elsewhere, pyk's hold them alone (a tuple built at
//!   run time and shared holds fresh items CPython writes without the flag,
//!   and pyk with it). pyk's compiler does not
//!   merge equal constants (`(1.5, 1.5)` holds two floats), so such values
//!   are written twice where CPython writes one and a reference.
//! - A str counts as interned when pyk interned it (immortal) or it is one
//!   Latin-1 character (CPython's cached one-character strings). CPython also
//!   interns every identifier-like constant; pyk does so only for short ones.
//! - Code objects: pyk's are not CPython's. A `c` record holds pyk's own
//!   (`pyk_abi::code::MarshalHeader`: the `PKCO` tag where CPython's record
//!   has its argument count, the code format's version, the producer stamp,
//!   the length and the code wire body), made and checked by the kernel
//!   (`KernelApi::code_marshal`/`code_unmarshal`). Loading CPython's record
//!   raises ValueError("bad marshal data (pyk cannot load CPython code
//!   objects)"), and pyk code of another format version says so too.
//! - A tuple or frozenset that contains a reference to itself (CPython can
//!   build one for a tuple) is "bad marshal data (invalid reference)": pyk's
//!   tuples are complete when made.
//! - `load` reads with the file's `readinto` as CPython does; pyk's own binary
//!   files have no `readinto`, so for those (type module `_io`) it uses `read`.
//!
//! Nesting deeper than CPython's 2000 levels raises CPython's ValueError
//! ("object too deeply nested to marshal" / "recursion limit exceeded"), so
//! the recursion here is bounded.

use std::collections::HashMap;

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, code_marshal, code_unmarshal, import};

/// The format version `dumps` writes by default (CPython 3.13's `marshal.version`).
const VERSION: i64 = 4;
/// CPython's MAX_MARSHAL_STACK_DEPTH.
const MAX_DEPTH: usize = 2000;
const FLAG_REF: u8 = 0x80;
/// pyk's immortal objects report a count near 2**60.
const IMMORTAL: i64 = 1 << 40;

const DOC: &str = "Serialise and restore Python values in pyk's implementation of the marshal\nbinary format (versions 0 to 4, as CPython 3.13 writes them).\n\nSupported values: None, bool, int, float, complex, str, bytes, bytearray,\ntuple, list, set, frozenset, dict, Ellipsis, StopIteration and code objects; containers\nonly when everything inside them is supported.\n\nversion: the newest format version this module writes.\n\ndump(value, file), load(file), dumps(value), loads(data): see each function.\n\npyk: code objects are written in pyk's own code record; CPython's code\nrecords cannot be loaded (ValueError: bad marshal data).";

fn eof_error(msg: &'static str) -> PyErr {
    match builtin("EOFError") {
        Ok(t) => PyErr::with_type(t, msg),
        Err(e) => e,
    }
}

fn bad_data(what: &str) -> PyErr {
    PyErr::value_error(format!("bad marshal data ({what})"))
}

/// The builtin objects marshal dispatches on, looked up once per call.
struct Ctx {
    none: PyObj,
    true_: PyObj,
    false_: PyObj,
    ellipsis: PyObj,
    stop_iteration: PyObj,
    int_t: PyObj,
    float_t: PyObj,
    complex_t: PyObj,
    str_t: PyObj,
    bytes_t: PyObj,
    bytearray_t: PyObj,
    memoryview_t: PyObj,
    tuple_t: PyObj,
    list_t: PyObj,
    dict_t: PyObj,
    set_t: PyObj,
    frozenset_t: PyObj,
    sys: PyObj,
}

impl Ctx {
    fn new() -> PyResult<Ctx> {
        Ok(Ctx {
            none: PyObj::none(),
            true_: PyObj::from(true),
            false_: PyObj::from(false),
            ellipsis: builtin("Ellipsis")?,
            stop_iteration: builtin("StopIteration")?,
            int_t: builtin("int")?,
            float_t: builtin("float")?,
            complex_t: builtin("complex")?,
            str_t: builtin("str")?,
            bytes_t: builtin("bytes")?,
            bytearray_t: builtin("bytearray")?,
            memoryview_t: builtin("memoryview")?,
            tuple_t: builtin("tuple")?,
            list_t: builtin("list")?,
            dict_t: builtin("dict")?,
            set_t: builtin("set")?,
            frozenset_t: builtin("frozenset")?,
            sys: import("sys")?,
        })
    }
}

/// Reference counts as CPython's `Py_REFCNT` would see them: `sys.getrefcount`
/// minus what the call itself adds (measured on an object only we hold).
struct RefCounter {
    getrefcount: PyObj,
    overhead: i64,
}

impl RefCounter {
    fn new(ctx: &Ctx) -> PyResult<RefCounter> {
        let getrefcount = ctx.sys.getattr("getrefcount")?;
        let probe = list_of(&[])?;
        let seen = getrefcount.call(&[&probe])?.to_i64()?;
        Ok(RefCounter { getrefcount, overhead: seen - 1 })
    }

    /// The count of `o`, less `held` references the writer itself holds.
    /// Tagged small ints have no count: they read as immortal.
    /// Returns the count that decides `FLAG_REF` and the one that decides
    /// whether a tuple's items count as shared (see [`Held`]).
    fn count(&self, o: &PyAny, held: Held, mutable: bool) -> PyResult<(i64, i64)> {
        if o.as_raw().is_small_int() {
            return Ok((i64::MAX, i64::MAX));
        }
        let n = self.getrefcount.call(&[o])?.to_i64()? - self.overhead;
        Ok(match held {
            Held::Refs(h) => (n - h, n - h),
            Held::Shared if mutable => (n - 1, n - 1),
            // At least 2, but an immortal count stays visible.
            Held::Shared => (n.max(2), n.max(2)),
            Held::SetItem => (n, n - 1),
        })
    }
}

// ---------------------------------------------------------------- writing

/// What the writer knows about the references to an object it writes.
#[derive(Copy, Clone)]
enum Held {
    /// The writer holds this many references itself (they are not sharing).
    Refs(i64),
    /// An immutable item of a shared tuple: counted as shared whatever its
    /// count. CPython's tuple constants hold items that its compiler also
    /// keeps elsewhere (their count is above 1, so they get `FLAG_REF`),
    /// while pyk's hold their items alone. (A list, dict, set or bytearray
    /// is never in a constant, so it keeps its own count.)
    Shared,
    /// A set element: the writer holds one reference, which stands for the
    /// one CPython adds while it sorts the elements (so it counts for the
    /// flag, but does not make a tuple's items shared).
    SetItem,
}

struct Writer<'c> {
    ctx: &'c Ctx,
    rc: &'c RefCounter,
    out: Vec<u8>,
    version: i64,
    allow_code: bool,
    /// Object identity -> reference index (version 3 and later).
    refs: HashMap<usize, u32>,
    /// Keeps every remembered object alive, so no identity is reused.
    kept: Vec<PyObj>,
    depth: usize,
}

impl<'c> Writer<'c> {
    fn new(ctx: &'c Ctx, rc: &'c RefCounter, version: i64, allow_code: bool) -> Self {
        Writer { ctx, rc, out: Vec::new(), version, allow_code, refs: HashMap::new(), kept: Vec::new(), depth: 0 }
    }

    fn u32(&mut self, n: u32) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    /// A 32-bit length, as CPython's `W_SIZE` (longer objects cannot be written).
    fn size(&mut self, n: usize) -> PyResult<()> {
        let n = u32::try_from(n).ok().filter(|&n| n <= i32::MAX as u32).ok_or_else(|| PyErr::value_error("unmarshallable object"))?;
        self.u32(n);
        Ok(())
    }

    /// Writes `o`; `held` says which of its references are the writer's own.
    fn write(&mut self, o: &PyAny, held: Held) -> PyResult<()> {
        self.depth += 1;
        let r = if self.depth > MAX_DEPTH {
            Err(PyErr::value_error("object too deeply nested to marshal"))
        } else {
            self.write_inner(o, held)
        };
        self.depth -= 1;
        r
    }

    fn write_inner(&mut self, o: &PyAny, held: Held) -> PyResult<()> {
        let c = self.ctx;
        for (single, code) in [(&c.none, b'N'), (&c.stop_iteration, b'S'), (&c.ellipsis, b'.'), (&c.false_, b'F'), (&c.true_, b'T')] {
            if o.is(single) {
                self.out.push(code);
                return Ok(());
            }
        }
        let is_str = o.is_exact_instance(&c.str_t);
        let mut flag = 0;
        let mut interned = false;
        let mut shared_items = false;
        if self.version >= 3 {
            let id = o.as_raw().0;
            if let Some(&i) = self.refs.get(&id) {
                self.out.push(b'r');
                self.u32(i);
                return Ok(());
            }
            let mutable = [&c.list_t, &c.dict_t, &c.set_t, &c.bytearray_t].iter().any(|t| o.is_exact_instance(t));
            let (count, own) = self.rc.count(o, held, mutable)?;
            shared_items = own > 1;
            interned = is_str && (count >= IMMORTAL || one_latin1_char(o.as_str()?));
            if interned || count > 1 {
                flag = FLAG_REF;
                self.refs.insert(id, self.kept.len() as u32);
                self.kept.push(o.to_owned());
            }
        }
        if o.as_raw().is_small_int() || o.is_exact_instance(&c.int_t) {
            return self.write_int(o, flag);
        }
        if o.is_exact_instance(&c.float_t) {
            let x = o.to_f64()?;
            return self.write_float(x, b'g', b'f', flag);
        }
        if o.is_exact_instance(&c.complex_t) {
            let re = o.getattr("real")?.to_f64()?;
            let im = o.getattr("imag")?.to_f64()?;
            if self.version > 1 {
                self.out.push(b'y' | flag);
                self.out.extend_from_slice(&re.to_le_bytes());
                self.out.extend_from_slice(&im.to_le_bytes());
            } else {
                self.out.push(b'x' | flag);
                self.float_text(re);
                self.float_text(im);
            }
            return Ok(());
        }
        if is_str {
            return self.write_str(o, interned, flag);
        }
        if o.is_exact_instance(&c.tuple_t) {
            let items = o.tuple_items()?;
            if self.version >= 4 && items.len() < 256 {
                self.out.push(b')' | flag);
                self.out.push(items.len() as u8);
            } else {
                self.out.push(b'(' | flag);
                self.size(items.len())?;
            }
            return self.write_items(&items, if shared_items { Held::Shared } else { Held::Refs(1) });
        }
        if o.is_exact_instance(&c.list_t) {
            let items = o.iter_items()?;
            self.out.push(b'[' | flag);
            self.size(items.len())?;
            return self.write_items(&items, Held::Refs(1));
        }
        if o.is_exact_instance(&c.dict_t) {
            self.out.push(b'{' | flag);
            for k in o.iter_items()? {
                let v = o.getitem(&k)?;
                self.write(&k, Held::Refs(1))?;
                self.write(&v, Held::Refs(1))?;
            }
            self.out.push(b'0');
            return Ok(());
        }
        let set = o.is_exact_instance(&c.set_t);
        if set || o.is_exact_instance(&c.frozenset_t) {
            return self.write_set(o, if set { b'<' } else { b'>' }, flag);
        }
        if o.get_type().getattr("__name__")?.as_str()? == "code" && o.get_type().getattr("__module__")?.as_str()? == "builtins" {
            if !self.allow_code {
                return Err(PyErr::value_error("marshalling code objects is disallowed"));
            }
            let record = code_marshal(o)?;
            self.out.push(b'c' | flag);
            self.out.extend_from_slice(record.as_bytes()?);
            return Ok(());
        }
        // Any object with the buffer protocol is written as bytes (for pyk:
        // the builtin buffers and types with `__buffer__`, such as array).
        let buffer = o.isinstance(&c.bytes_t)? || o.isinstance(&c.bytearray_t)? || o.isinstance(&c.memoryview_t)? || o.get_type().getattr("__buffer__").is_ok();
        if buffer {
            let data = if o.is_exact_instance(&c.bytes_t) { o.as_bytes()?.to_vec() } else { c.bytes_t.call(&[&*c.memoryview_t.call(&[o])?])?.as_bytes()?.to_vec() };
            self.out.push(b's' | flag);
            self.size(data.len())?;
            self.out.extend_from_slice(&data);
            return Ok(());
        }
        Err(PyErr::value_error("unmarshallable object"))
    }

    fn write_items(&mut self, items: &[PyObj], held: Held) -> PyResult<()> {
        for it in items {
            self.write(it, held)?;
        }
        Ok(())
    }

    fn write_int(&mut self, o: &PyAny, flag: u8) -> PyResult<()> {
        if let Ok(v) = o.to_i64() {
            if let Ok(small) = i32::try_from(v) {
                self.out.push(b'i' | flag);
                self.out.extend_from_slice(&small.to_le_bytes());
                return Ok(());
            }
            let mut a = v.unsigned_abs();
            let mut digits = Vec::new();
            while a > 0 {
                digits.push((a & 0x7fff) as u16);
                a >>= 15;
            }
            return self.write_long(&digits, v < 0, flag);
        }
        // Beyond i64: the magnitude's bytes, regrouped into 15-bit digits.
        let zero = PyObj::from(0i64);
        let negative = o.compare(&zero, ops::LT)?;
        let magnitude = o.call_method("__abs__", &[])?;
        let bits = magnitude.call_method("bit_length", &[])?.to_i64()?;
        let nbytes = PyObj::from((bits + 7) / 8);
        let bytes = magnitude.call_method("to_bytes", &[&nbytes, &PyObj::from("little")])?;
        let mut digits = Vec::new();
        let (mut acc, mut nbits) = (0u32, 0u32);
        for &b in bytes.as_bytes()? {
            acc |= (b as u32) << nbits;
            nbits += 8;
            while nbits >= 15 {
                digits.push((acc & 0x7fff) as u16);
                acc >>= 15;
                nbits -= 15;
            }
        }
        if nbits > 0 {
            digits.push(acc as u16);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        self.write_long(&digits, negative, flag)
    }

    fn write_long(&mut self, digits: &[u16], negative: bool, flag: u8) -> PyResult<()> {
        self.out.push(b'l' | flag);
        let n = i32::try_from(digits.len()).map_err(|_| PyErr::value_error("unmarshallable object"))?;
        self.out.extend_from_slice(&(if negative { -n } else { n }).to_le_bytes());
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
        Ok(())
    }

    fn write_float(&mut self, x: f64, binary: u8, text: u8, flag: u8) -> PyResult<()> {
        if self.version > 1 {
            self.out.push(binary | flag);
            self.out.extend_from_slice(&x.to_le_bytes());
        } else {
            self.out.push(text | flag);
            self.float_text(x);
        }
        Ok(())
    }

    /// A float as version 0/1 writes it: one length byte, then `%.17g`.
    fn float_text(&mut self, x: f64) {
        let s = format_g17(x);
        self.out.push(s.len() as u8);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn write_str(&mut self, o: &PyAny, interned: bool, flag: u8) -> PyResult<()> {
        let owned;
        let data: &[u8] = match o.as_str() {
            Ok(s) if !pyk_abi::surrogate::has_surrogates(s) => s.as_bytes(),
            _ => {
                owned = o.call_method("encode", &[&PyObj::from("utf-8"), &PyObj::from("surrogatepass")])?;
                owned.as_bytes()?
            }
        };
        if self.version >= 4 && data.is_ascii() {
            if data.len() < 256 {
                self.out.push(if interned { b'Z' } else { b'z' } | flag);
                self.out.push(data.len() as u8);
            } else {
                self.out.push(if interned { b'A' } else { b'a' } | flag);
                self.size(data.len())?;
            }
        } else {
            self.out.push(if interned && self.version >= 3 { b't' } else { b'u' } | flag);
            self.size(data.len())?;
        }
        self.out.extend_from_slice(data);
        Ok(())
    }

    /// Sets are written with their elements ordered by each element's own
    /// marshal bytes (what CPython does, so equal sets give equal bytes).
    fn write_set(&mut self, o: &PyAny, code: u8, flag: u8) -> PyResult<()> {
        let items = o.iter_items()?;
        self.out.push(code | flag);
        self.size(items.len())?;
        let mut keyed = Vec::with_capacity(items.len());
        for it in items {
            let mut w = Writer::new(self.ctx, self.rc, self.version, self.allow_code);
            w.write(&it, Held::SetItem)?;
            keyed.push((w.out, it));
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, it) in &keyed {
            self.write(it, Held::SetItem)?;
        }
        Ok(())
    }
}

fn one_latin1_char(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if (c as u32) < 256)
}

/// C's `%.17g`: 17 significant digits, trailing zeros dropped, exponent form
/// below 1e-4 and from 1e17.
fn format_g17(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0");
    }
    let sci = format!("{:.16e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let trim = |s: String| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            s
        }
    };
    if !(-4..17).contains(&exp) {
        let m = trim(format!("{}.{}", &digits[..1], &digits[1..]));
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    } else if exp >= 0 {
        let point = exp as usize + 1;
        format!("{sign}{}", trim(format!("{}.{}", &digits[..point], &digits[point..])))
    } else {
        let zeros = "0".repeat((-exp - 1) as usize);
        format!("{sign}{}", trim(format!("0.{zeros}{digits}")))
    }
}

// ---------------------------------------------------------------- reading

/// Where `loads`/`load` read from.
enum Source<'a> {
    Bytes { data: &'a [u8], pos: usize },
    /// A file object, read with `readinto` (or `read` for pyk's own files).
    File { readinto: Option<PyObj>, read: Option<PyObj>, bytearray: PyObj },
}

impl Source<'_> {
    /// Exactly `n` bytes, or EOFError.
    fn take(&mut self, n: usize) -> PyResult<Vec<u8>> {
        match self {
            Source::Bytes { data, pos } => {
                if data.len() - *pos < n {
                    *pos = data.len();
                    return Err(eof_error("marshal data too short"));
                }
                let out = data[*pos..*pos + n].to_vec();
                *pos += n;
                Ok(out)
            }
            Source::File { readinto, read, bytearray } => {
                if n == 0 {
                    return Ok(Vec::new());
                }
                let got = if let Some(readinto) = readinto {
                    let buf = bytearray.call(&[&PyObj::from(n)])?;
                    let count = readinto.call(&[&buf])?;
                    let count = if count.is_none() { 0 } else { count.to_i64()? };
                    if count < 0 || count as usize > n {
                        return Err(PyErr::value_error(format!("read() returned too much data: {n} bytes requested, {count} returned")));
                    }
                    let mut b = buf.bytes_like()?;
                    b.truncate(count as usize);
                    b
                } else if let Some(read) = read {
                    let b = read.call(&[&PyObj::from(n)])?.bytes_like()?;
                    if b.len() > n {
                        return Err(PyErr::value_error(format!("read() returned too much data: {n} bytes requested, {} returned", b.len())));
                    }
                    b
                } else {
                    Vec::new()
                };
                if got.len() < n {
                    return Err(eof_error("EOF read where not expected"));
                }
                Ok(got)
            }
        }
    }

    /// One byte, or `None` at the end.
    fn byte(&mut self) -> PyResult<Option<u8>> {
        if let Source::Bytes { data, pos } = self {
            let b = data.get(*pos).copied();
            if b.is_some() {
                *pos += 1;
            }
            return Ok(b);
        }
        match self.take(1) {
            Ok(b) => Ok(b.first().copied()),
            Err(e) if e.is_instance_of(&*builtin("EOFError")?) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

struct Reader<'a, 'c> {
    ctx: &'c Ctx,
    src: Source<'a>,
    /// Remembered objects; `None` for a slot reserved by an unfinished
    /// tuple or frozenset.
    refs: Vec<Option<PyObj>>,
    depth: usize,
    allow_code: bool,
}

impl Reader<'_, '_> {
    fn i32(&mut self) -> PyResult<i32> {
        let b = self.src.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f64(&mut self) -> PyResult<f64> {
        let b = self.src.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(&b);
        Ok(f64::from_le_bytes(a))
    }

    /// A length that must be in 0..2**31.
    fn size(&mut self, what: &str) -> PyResult<usize> {
        let n = self.i32()?;
        usize::try_from(n).map_err(|_| bad_data(&format!("{what} size out of range")))
    }

    fn remember(&mut self, flag: bool, v: PyObj) -> PyObj {
        if flag {
            self.refs.push(Some(v.clone()));
        }
        v
    }

    /// Reserves a reference slot for an object built after its contents.
    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn fill(&mut self, slot: Option<usize>, v: &PyObj) {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
    }

    /// One object; `None` for a NULL (`0`) record.
    fn read(&mut self) -> PyResult<Option<PyObj>> {
        let Some(code) = self.src.byte()? else {
            return Err(eof_error("EOF read where object expected"));
        };
        self.depth += 1;
        let r = if self.depth > MAX_DEPTH { Err(PyErr::value_error("recursion limit exceeded")) } else { self.read_typed(code) };
        self.depth -= 1;
        r
    }

    /// One object that must not be NULL (`for` names the container in the error).
    fn read_item(&mut self, container: &str) -> PyResult<PyObj> {
        self.read()?.ok_or_else(|| PyErr::type_error(format!("NULL object in marshal data for {container}")))
    }

    fn float_text(&mut self) -> PyResult<f64> {
        let Some(n) = self.src.byte()? else {
            return Err(eof_error("EOF read where not expected"));
        };
        let text: String = self.src.take(n as usize)?.iter().map(|&b| b as char).collect();
        text.parse::<f64>().or_else(|_| {
            let r = PyObj::from(text.as_str()).repr()?;
            Err(PyErr::value_error(format!("could not convert string to float: {r}")))
        })
    }

    fn read_typed(&mut self, code: u8) -> PyResult<Option<PyObj>> {
        let flag = code & FLAG_REF != 0;
        let c = self.ctx;
        let v = match code & !FLAG_REF {
            b'0' => return Ok(None),
            b'N' => c.none.clone(),
            b'F' => c.false_.clone(),
            b'T' => c.true_.clone(),
            b'.' => c.ellipsis.clone(),
            b'S' => c.stop_iteration.clone(),
            b'i' => {
                let v = PyObj::from(self.i32()? as i64);
                self.remember(flag, v)
            }
            b'I' => {
                let b = self.src.take(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(&b);
                let v = PyObj::from(i64::from_le_bytes(a));
                self.remember(flag, v)
            }
            b'l' => {
                let v = self.read_long()?;
                self.remember(flag, v)
            }
            b'f' => {
                let v = PyObj::from(self.float_text()?);
                self.remember(flag, v)
            }
            b'g' => {
                let v = PyObj::from(self.f64()?);
                self.remember(flag, v)
            }
            b'x' | b'y' => {
                let (re, im) = if code & !FLAG_REF == b'y' { (self.f64()?, self.f64()?) } else { (self.float_text()?, self.float_text()?) };
                let v = c.complex_t.call(&[&PyObj::from(re), &PyObj::from(im)])?;
                self.remember(flag, v)
            }
            b's' => {
                let n = self.size("bytes object")?;
                let v = PyObj::bytes(&self.src.take(n)?)?;
                self.remember(flag, v)
            }
            t @ (b'u' | b't') => {
                let n = self.size("string")?;
                let data = self.src.take(n)?;
                let mut v = match std::str::from_utf8(&data) {
                    Ok(s) => PyObj::from(s),
                    Err(_) => PyObj::bytes(&data)?.call_method("decode", &[&PyObj::from("utf-8"), &PyObj::from("surrogatepass")])?,
                };
                if t == b't' {
                    v = c.sys.call_method("intern", &[&v])?;
                }
                self.remember(flag, v)
            }
            t @ (b'a' | b'A' | b'z' | b'Z') => {
                let n = if t == b'z' || t == b'Z' {
                    self.src.byte()?.ok_or_else(|| eof_error("EOF read where not expected"))? as usize
                } else {
                    self.size("string")?
                };
                let text: String = self.src.take(n)?.iter().map(|&b| b as char).collect();
                let mut v = PyObj::from(text.as_str());
                if t == b'A' || t == b'Z' {
                    v = c.sys.call_method("intern", &[&v])?;
                }
                self.remember(flag, v)
            }
            t @ (b')' | b'(') => {
                let n = if t == b')' {
                    self.src.byte()?.ok_or_else(|| eof_error("EOF read where not expected"))? as usize
                } else {
                    self.size("tuple")?
                };
                let slot = self.reserve(flag);
                let mut items = Vec::with_capacity(n.min(4096));
                for _ in 0..n {
                    items.push(self.read_item("tuple")?);
                }
                let v = tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?;
                self.fill(slot, &v);
                v
            }
            b'[' => {
                let n = self.size("list")?;
                let v = self.remember(flag, list_of(&[])?);
                for _ in 0..n {
                    let item = self.read_item("list")?;
                    v.list_append(&item)?;
                }
                v
            }
            b'{' => {
                let v = self.remember(flag, pyk_sdk::types::new_dict()?);
                loop {
                    let Some(key) = self.read()? else { break };
                    let Some(val) = self.read()? else { break };
                    v.setitem(&key, &val)?;
                }
                v
            }
            t @ (b'<' | b'>') => {
                let n = self.size("set")?;
                if t == b'<' {
                    let v = self.remember(flag, c.set_t.call(&[])?);
                    for _ in 0..n {
                        let item = self.read_item("set")?;
                        v.call_method("add", &[&item])?;
                    }
                    v
                } else {
                    let slot = self.reserve(flag);
                    let items = list_of(&[])?;
                    for _ in 0..n {
                        let item = self.read_item("set")?;
                        items.list_append(&item)?;
                    }
                    let v = c.frozenset_t.call(&[&items])?;
                    self.fill(slot, &v);
                    v
                }
            }
            b'r' => {
                let n = self.i32()?;
                let found = usize::try_from(n).ok().and_then(|i| self.refs.get(i)).and_then(|o| o.clone());
                found.ok_or_else(|| bad_data("invalid reference"))?
            }
            b'c' => {
                if !self.allow_code {
                    return Err(PyErr::value_error("unmarshalling code objects is disallowed"));
                }
                let slot = self.reserve(flag);
                let mut record = self.src.take(4)?;
                if record[..] != pyk_abi::code::CODE_MAGIC[..] {
                    // CPython's record has the code's argument count here.
                    return Err(bad_data("pyk cannot load CPython code objects"));
                }
                record.extend(self.src.take(pyk_abi::code::MARSHAL_HEADER_LEN - 4)?);
                let header = pyk_abi::code::marshal_header(&record).map_err(|e| bad_data(&e.to_string()))?;
                record.extend(self.src.take(header.body_len)?);
                let v = code_unmarshal(&record)?;
                self.fill(slot, &v);
                v
            }
            _ => return Err(bad_data("unknown type code")),
        };
        Ok(Some(v))
    }

    /// `l`: a signed count of 15-bit digits, least significant first.
    fn read_long(&mut self) -> PyResult<PyObj> {
        let n = self.i32()?;
        let count = n.unsigned_abs() as usize;
        let mut digits = Vec::with_capacity(count.min(4096));
        for _ in 0..count {
            let b = self.src.take(2)?;
            let d = u16::from_le_bytes([b[0], b[1]]);
            if d >= 0x8000 {
                return Err(bad_data("digit out of range in long"));
            }
            digits.push(d);
        }
        if digits.last() == Some(&0) {
            return Err(bad_data("unnormalized long data"));
        }
        if count <= 4 {
            let mut v: i64 = 0;
            for &d in digits.iter().rev() {
                v = (v << 15) | d as i64;
            }
            return Ok(PyObj::from(if n < 0 { -v } else { v }));
        }
        let mut bytes = Vec::with_capacity(count * 2);
        let (mut acc, mut nbits) = (0u32, 0u32);
        for &d in &digits {
            acc |= (d as u32) << nbits;
            nbits += 15;
            while nbits >= 8 {
                bytes.push(acc as u8);
                acc >>= 8;
                nbits -= 8;
            }
        }
        if nbits > 0 {
            bytes.push(acc as u8);
        }
        let bytes = PyObj::bytes(&bytes)?;
        let v = self.ctx.int_t.call_method("from_bytes", &[&bytes, &PyObj::from("little")])?;
        if n < 0 {
            PyObj::from(0i64).binary_op(&v, ops::SUB)
        } else {
            Ok(v)
        }
    }
}

// ---------------------------------------------------------------- functions

fn version_arg(v: Option<&PyAny>) -> PyResult<i64> {
    match v {
        None => Ok(VERSION),
        Some(v) => {
            let n = v.to_i64()?;
            i32::try_from(n).map(i64::from).map_err(|_| PyErr::overflow_error(if n < 0 { "signed integer is less than minimum" } else { "signed integer is greater than maximum" }))
        }
    }
}

fn flag_arg(v: Option<&PyAny>) -> PyResult<bool> {
    v.map_or(Ok(true), |v| v.is_true())
}

fn marshal_to_bytes(value: &PyAny, version: i64, allow_code: bool) -> PyResult<Vec<u8>> {
    let ctx = Ctx::new()?;
    let rc = RefCounter::new(&ctx)?;
    let mut w = Writer::new(&ctx, &rc, version, allow_code);
    w.write(value, Held::Refs(0))?;
    Ok(w.out)
}

fn unmarshal(src: Source<'_>, allow_code: bool) -> PyResult<PyObj> {
    let ctx = Ctx::new()?;
    let mut r = Reader { ctx: &ctx, src, refs: Vec::new(), depth: 0, allow_code };
    r.read()?.ok_or_else(|| PyErr::type_error("NULL object in marshal data for object"))
}

fn dumps(args: Args) -> PyResult<PyObj> {
    let a = args.bind(&Signature { name: "dumps", params: &["value", "version", "allow_code"], posonly: 2, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let value = a[0].ok_or_else(|| PyErr::type_error("dumps() missing value"))?;
    let out = marshal_to_bytes(value, version_arg(a[1])?, flag_arg(a[2])?)?;
    PyObj::bytes(&out)
}

fn dump(args: Args) -> PyResult<PyObj> {
    let a = args.bind(&Signature { name: "dump", params: &["value", "file", "version", "allow_code"], posonly: 3, kwonly: 3, required: 2, required_kwonly: 0 })?;
    let (Some(value), Some(file)) = (a[0], a[1]) else { return Err(PyErr::type_error("dump() missing arguments")) };
    let out = marshal_to_bytes(value, version_arg(a[2])?, flag_arg(a[3])?)?;
    let out = PyObj::bytes(&out)?;
    file.call_method("write", &[&out])
}

fn loads(args: Args) -> PyResult<PyObj> {
    let a = args.bind(&Signature { name: "loads", params: &["bytes", "allow_code"], posonly: 1, kwonly: 1, required: 1, required_kwonly: 0 })?;
    let data = a[0].ok_or_else(|| PyErr::type_error("loads() missing bytes"))?.bytes_like()?;
    unmarshal(Source::Bytes { data: &data, pos: 0 }, flag_arg(a[1])?)
}

fn load(args: Args) -> PyResult<PyObj> {
    let a = args.bind(&Signature { name: "load", params: &["file", "allow_code"], posonly: 1, kwonly: 1, required: 1, required_kwonly: 0 })?;
    let file = a[0].ok_or_else(|| PyErr::type_error("load() missing file"))?;
    let allow_code = flag_arg(a[1])?;
    // As CPython: a read of 0 bytes first checks that the file is binary.
    let probe = file.call_method("read", &[&PyObj::from(0i64)])?;
    if probe.as_bytes().is_err() {
        return Err(PyErr::type_error(format!("file.read() returned not bytes but {}", probe.type_name()?)));
    }
    let (readinto, read) = match file.getattr("readinto") {
        Ok(r) => (Some(r), None),
        Err(e) => {
            // pyk's binary files (`_io.Buffered*`) have `read` but not yet `readinto`.
            let module = file.get_type().getattr("__module__")?;
            match (module.as_str(), file.getattr("read")) {
                (Ok("_io"), Ok(read)) => (None, Some(read)),
                _ => return Err(e),
            }
        }
    };
    unmarshal(Source::File { readinto, read, bytearray: builtin("bytearray")? }, allow_code)
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!("marshal", "dump", dump, "dump($module, value, file, version=version, /, *, allow_code=True)\n--\n\nSerialise value and write the bytes to the binary file object file.\n\nversion selects the format; allow_code=False refuses code objects.\nAn unsupported value raises ValueError (bytes already written stay written)."),
    native_fn!("marshal", "load", load, "load($module, file, /, *, allow_code=True)\n--\n\nRead one serialised value from the binary file object file and return it.\n\nallow_code=False refuses code objects. Data that is not a valid record\nraises EOFError, ValueError or TypeError."),
    native_fn!("marshal", "dumps", dumps, "dumps($module, value, version=version, /, *, allow_code=True)\n--\n\nSerialise value and return the bytes (what dump() would write).\n\nversion selects the format; allow_code=False refuses code objects.\nAn unsupported value raises ValueError."),
    native_fn!("marshal", "loads", loads, "loads($module, bytes, /, *, allow_code=True)\n--\n\nRestore the value serialised at the start of a bytes-like object.\n\nallow_code=False refuses code objects; bytes after the record are ignored.\nData that is not a valid record raises EOFError, ValueError or TypeError."),
];

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new("marshal", DOC)?.functions(FUNCTIONS)?.constant("version", VERSION)?.finish()
}

#[cfg(test)]
mod tests {
    use super::format_g17;

    #[test]
    fn g17_matches_c() {
        // Each expectation is CPython's marshal.dumps(x, 1) text.
        for (x, want) in [
            (1.5, "1.5"),
            (-1.5, "-1.5"),
            (1e-5, "1.0000000000000001e-05"),
            (1e16, "10000000000000000"),
            (1e17, "1e+17"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.1, "0.10000000000000001"),
            (-0.0, "-0"),
            (0.0, "0"),
            (5e-324, "4.9406564584124654e-324"),
            (1e300, "1.0000000000000001e+300"),
            (1.1, "1.1000000000000001"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ] {
            assert_eq!(format_g17(x), want, "{x}");
        }
    }
}
