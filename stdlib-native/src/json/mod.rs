//! `_json`: the accelerator under CPython's pure-Python `json` package.
//!
//! `json.decoder`, `json.scanner` and `json.encoder` import from it
//! `scanstring`, `make_scanner` (the type `_json.Scanner`), `make_encoder`
//! (the type `_json.Encoder`), `encode_basestring_ascii` and
//! `encode_basestring`, with CPython 3.13's signatures, results and error
//! messages.
//!
//! Positions: Python indexes strings by code point, pyk's `str` is UTF-8.
//! The scanner works on bytes (every JSON delimiter is ASCII) and converts
//! a position to a code-point index only where one is reported — the end
//! index it returns, `StopIteration(idx)` and `JSONDecodeError.pos` — by
//! counting the characters after the starting point ([`Positions`]).
//! Lone surrogates are pyk's stand-in characters (`pyk_abi::surrogate`):
//! they pass through decoding and `ensure_ascii=False` unchanged, and are
//! written as `\udXXX` escapes by `encode_basestring_ascii`.
//!
//! Recursion: both directions recurse in Rust on nested containers. A depth
//! of [`MAX_DEPTH`] (CPython 3.13's C recursion limit) or a thread stack
//! within [`STACK_MARGIN`] of its end raises CPython's RecursionError.

mod decoder;
mod encoder;

use std::cell::Cell;

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, builtin_type, import};

const MODULE: &str = "_json";

/// Nesting deeper than this raises RecursionError (CPython 3.13's
/// `Py_C_RECURSION_LIMIT` on Linux).
const MAX_DEPTH: usize = 10_000;

/// Stack left untouched below the deepest nested container: more than the
/// kernel's own 512 KiB reserve, so the kernel's calls made from that depth
/// (object hooks, `default`) still have room to raise their own error.
const STACK_MARGIN: usize = 640 * 1024;

/// Builtin objects looked up once per scanner or encoder. Types are
/// immortal, so holding them is free of lifetime questions.
struct Builtins {
    str_: PyObj,
    int: PyObj,
    float: PyObj,
    list: PyObj,
    tuple: PyObj,
    dict: PyObj,
    /// `dict.values`, called on exact dicts without an attribute lookup.
    dict_values: PyObj,
    none: PyObj,
    true_: PyObj,
    false_: PyObj,
}

impl Builtins {
    fn get() -> PyResult<Builtins> {
        let dict = builtin_type("dict");
        Ok(Builtins {
            str_: builtin_type("str"),
            int: builtin_type("int"),
            float: builtin_type("float"),
            list: builtin_type("list"),
            tuple: builtin_type("tuple"),
            dict_values: dict.getattr("values")?,
            dict,
            none: PyObj::none(),
            true_: PyObj::from(true),
            false_: PyObj::from(false),
        })
    }

    /// `isinstance(o, t)` with the exact-type case answered without a call.
    fn is(&self, o: &PyAny, t: &PyAny) -> PyResult<bool> {
        if o.is_exact_instance(t) {
            return Ok(true);
        }
        o.isinstance(t)
    }
}

/// Converting byte offsets into a string to code-point indexes, given a
/// starting point known in both (`byte0` is the offset of character `char0`).
struct Positions<'a> {
    bytes: &'a [u8],
    byte0: usize,
    char0: usize,
}

impl Positions<'_> {
    /// The code-point index of byte offset `byte` (at or after `byte0`).
    fn char_index(&self, byte: usize) -> usize {
        let byte = byte.clamp(self.byte0, self.bytes.len());
        self.char0 + char_count(&self.bytes[self.byte0..byte])
    }
}

/// How many characters UTF-8 bytes hold (the bytes that do not continue
/// one), eight bytes at a time.
fn char_count(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = b.chunks_exact(8);
    let mut continuing = 0;
    for w in &mut words {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        let x = u64::from_ne_bytes(a);
        // A continuation byte is 10xxxxxx: bit 7 set, bit 6 (moved to bit 7) clear.
        continuing += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    continuing += words.remainder().iter().filter(|&&x| x & 0xC0 == 0x80).count();
    b.len() - continuing
}

/// The byte offset of character `idx` of `s`; `None` past the end (the
/// offset of `len(s)` is `s.len()`).
fn byte_of_char(s: &str, idx: usize) -> Option<usize> {
    let b = s.as_bytes();
    if idx <= b.len() && b[..idx].is_ascii() {
        return Some(idx);
    }
    let mut n = 0;
    for (i, _) in s.char_indices() {
        if n == idx {
            return Some(i);
        }
        n += 1;
    }
    (n == idx).then_some(b.len())
}

/// Eight bytes as one word (SWAR: several bytes tested at once).
#[inline]
fn word(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_le_bytes(a)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `x` equals `c`.
#[inline]
fn has_byte(x: u64, c: u8) -> bool {
    let v = x ^ (ONES * c as u64);
    v.wrapping_sub(ONES) & !v & HIGHS != 0
}

/// Whether any byte of `x` is below 0x20 (a control character).
#[inline]
fn has_control(x: u64) -> bool {
    x.wrapping_sub(ONES * 0x20) & !x & HIGHS != 0
}

/// Whether a JSON string can hold these eight bytes as they are: no quote,
/// no backslash, no control character (and, for `ascii`, nothing past
/// 0x7e).
#[inline]
fn plain_word(x: u64, ascii: bool) -> bool {
    !(has_byte(x, b'"') || has_byte(x, b'\\') || has_control(x) || (ascii && (x & HIGHS != 0 || has_byte(x, 0x7f))))
}

/// A `Py_ssize_t` argument: `__index__`, with CPython's messages.
fn ssize(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() && o.getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    match o.to_i64() {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::OverflowError) => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        Err(e) => Err(e),
    }
}

/// `RecursionError(msg)`.
fn recursion_error(msg: &'static str) -> PyErr {
    match builtin("RecursionError") {
        Ok(t) => PyErr::with_type(t, msg),
        Err(e) => e,
    }
}

/// `StopIteration(idx)`: what the scanner raises where no value starts.
fn stop_iteration(idx: usize) -> PyErr {
    match builtin("StopIteration").and_then(|t| t.call(&[&PyObj::from(idx)])) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, looked up when raised
/// (as CPython's `_json` does, which must not import `json` at load).
fn decode_error(msg: &str, doc: &PyAny, pos: i64) -> PyErr {
    let make = || -> PyResult<PyObj> {
        let cls = import("json.decoder")?.getattr("JSONDecodeError")?;
        cls.call(&[&PyObj::from(msg), doc, &PyObj::from(pos)])
    };
    match make() {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

thread_local! {
    /// The lowest address of this thread's stack (0: unknown), found once
    /// per thread. A cache of what the OS reports, not interpreter state.
    static STACK_LOW: Cell<Option<usize>> = const { Cell::new(None) };
}

/// The lowest usable address of the calling thread's stack, or 0 when the
/// system does not say.
fn stack_low() -> usize {
    STACK_LOW.with(|c| match c.get() {
        Some(v) => v,
        None => {
            let v = query_stack_low();
            c.set(Some(v));
            v
        }
    })
}

fn query_stack_low() -> usize {
    // SAFETY: pthread_attr_t is plain data that pthread_getattr_np fills;
    // it is destroyed once, after a successful getattr, and the out places
    // given to pthread_attr_getstack are valid locals.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let r = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if r != 0 {
            0
        } else {
            addr as usize
        }
    }
}

/// Depth bookkeeping shared by the scanner and the encoder.
struct Depth {
    depth: usize,
    low: usize,
}

impl Depth {
    fn new() -> Depth {
        Depth { depth: 0, low: stack_low() }
    }

    /// One level deeper; false when that is too deep (the caller raises).
    #[inline]
    fn enter(&mut self) -> bool {
        self.depth += 1;
        let here = 0u8;
        let addr = std::hint::black_box(&here) as *const u8 as usize;
        self.depth <= MAX_DEPTH && (self.low == 0 || addr > self.low.saturating_add(STACK_MARGIN))
    }

    #[inline]
    fn leave(&mut self) {
        self.depth -= 1;
    }
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(
        MODULE,
        "scanstring",
        decoder::scanstring,
        "scanstring(string, end, strict=True) -> (string, end)\n\nDecode the JSON string literal whose opening quote is just before index end\nof string: escapes are resolved and bad escapes raise ValueError; with\nstrict=False raw control characters are accepted.\n\nReturn the decoded text and the index just after the closing quote."
    ),
    native_fn!(
        MODULE,
        "encode_basestring_ascii",
        encoder::encode_basestring_ascii,
        "encode_basestring_ascii(string) -> string\n\nQuote a str as a JSON string literal using ASCII only"
    ),
    native_fn!(
        MODULE,
        "encode_basestring",
        encoder::encode_basestring,
        "encode_basestring(string) -> string\n\nQuote a str as a JSON string literal"
    ),
];

pub fn create() -> PyResult<PyObj> {
    let b = ModuleBuilder::new(MODULE, "json speedups\n")?.functions(FUNCTIONS)?;
    let scanner = decoder::Scanner::native_type().get()?;
    let encoder = encoder::Encoder::native_type().get()?;
    b.object("make_scanner", scanner)?.object("make_encoder", encoder)?.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters() {
        for s in ["", "abc", "é", "aé☃𝄞b", "0123456789abcdefé☃𝄞é☃𝄞é☃𝄞xyz", "\u{10ffff}\u{dd800}aaaaaaaaaaaaaaaaaaaaa"] {
            assert_eq!(char_count(s.as_bytes()), s.chars().count(), "{s}");
        }
        assert_eq!(byte_of_char("aé☃b", 3), Some(6));
        assert_eq!(byte_of_char("aé☃b", 4), Some(7));
        assert_eq!(byte_of_char("aé☃b", 5), None);
    }

    #[test]
    fn plain_words() {
        assert!(plain_word(word(b"abcdefgh"), true));
        assert!(plain_word(word(b"~ !#[]{}"), true));
        for bad in [b"abc\"efgh", b"abc\\efgh", b"\x1fbcdefgh", b"abcdefg\n", b"abcdefg\x7f", b"\x80bcdefgh"] {
            assert!(!plain_word(word(bad), true), "{bad:?}");
        }
        assert!(plain_word(word(b"ab\x7f\x80\xffcde"), false));
        assert!(!plain_word(word(b"ab\x7f\x80\xff\x00de"), false));
    }
}
