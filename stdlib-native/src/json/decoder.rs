//! The decoding half of `_json`: `scanstring` and `_json.Scanner`
//! (`make_scanner`), which `json.decoder.JSONDecoder` calls as
//! `scan_once(string, idx) -> (value, end)`.

use std::borrow::Cow;
use std::collections::HashMap;

use pyk_abi::surrogate;
use pyk_abi::Value;
use pyk_sdk::prelude::*;
use pyk_sdk::types::new_dict;

use super::{byte_of_char, decode_error, plain_word, word, recursion_error, ssize, stop_iteration, Builtins, Depth, Positions};

/// Why scanning stopped.
enum Fail {
    /// An exception raised by Python code (a hook, `parse_float`...) or the kernel.
    Py(PyErr),
    /// `JSONDecodeError(msg, doc, pos)` at this byte offset.
    Decode(&'static str, usize),
    /// A string whose body starts at this byte offset has no closing quote:
    /// reported at the character before it (the opening quote).
    Unterminated(usize),
    /// No value starts at this byte offset: `StopIteration(pos)`.
    Stop(usize),
    /// RecursionError with this message.
    Deep(&'static str),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

/// The Python exception for a failure, with code-point positions.
fn raise(f: Fail, doc: &PyAny, pos: &Positions) -> PyErr {
    match f {
        Fail::Py(e) => e,
        Fail::Decode(msg, at) => decode_error(msg, doc, pos.char_index(at) as i64),
        Fail::Unterminated(at) => decode_error("Unterminated string starting at", doc, pos.char_index(at) as i64 - 1),
        Fail::Stop(at) => stop_iteration(pos.char_index(at)),
        Fail::Deep(msg) => recursion_error(msg),
    }
}

/// The four hex digits after the `u` at byte offset `u`. As CPython's C
/// scanner, the escape is invalid unless a character follows the digits
/// (the closing quote at least).
fn hex4(b: &[u8], u: usize) -> Result<u32, Fail> {
    if u + 5 >= b.len() {
        return Err(Fail::Decode("Invalid \\uXXXX escape", u));
    }
    let mut v = 0;
    for &d in &b[u + 1..u + 5] {
        let x = match d {
            b'0'..=b'9' => d - b'0',
            b'a'..=b'f' => d - b'a' + 10,
            b'A'..=b'F' => d - b'A' + 10,
            _ => return Err(Fail::Decode("Invalid \\uXXXX escape", u)),
        };
        v = v * 16 + x as u32;
    }
    Ok(v)
}

/// Decodes the body of a JSON string that starts at byte offset `start`
/// (just after the opening quote): the text and the offset after the
/// closing quote. Text without escapes is borrowed from `s`.
fn scan_str(s: &str, start: usize, strict: bool) -> Result<(Cow<'_, str>, usize), Fail> {
    let b = s.as_bytes();
    let n = b.len();
    let mut out: Option<String> = None;
    let mut chunk = start;
    let mut i = start;
    loop {
        while i < n {
            if i + 8 <= n && plain_word(word(&b[i..]), false) {
                i += 8;
                continue;
            }
            let c = b[i];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c < 0x20 && strict {
                return Err(Fail::Decode("Invalid control character at", i));
            }
            i += 1;
        }
        if i >= n {
            return Err(Fail::Unterminated(start));
        }
        if b[i] == b'"' {
            let text = match out {
                None => Cow::Borrowed(&s[start..i]),
                Some(mut o) => {
                    o.push_str(&s[chunk..i]);
                    Cow::Owned(o)
                }
            };
            return Ok((text, i + 1));
        }
        // A backslash at `i`.
        let o = out.get_or_insert_with(|| String::with_capacity(i - start + 16));
        o.push_str(&s[chunk..i]);
        let Some(&e) = b.get(i + 1) else {
            return Err(Fail::Unterminated(start));
        };
        let c = match e {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\x08',
            b'f' => '\x0c',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let mut cp = hex4(b, i + 1)?;
                i += 6;
                // A high surrogate followed by an escaped low one is one
                // character; anything else leaves it alone (a lone surrogate).
                if (0xD800..0xDC00).contains(&cp) && i + 1 < n && b[i] == b'\\' && b[i + 1] == b'u' {
                    let lo = hex4(b, i + 1)?;
                    if (0xDC00..0xE000).contains(&lo) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        i += 6;
                    }
                }
                o.push(surrogate::char_for(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
                chunk = i;
                continue;
            }
            _ => return Err(Fail::Decode("Invalid \\escape", i)),
        };
        o.push(c);
        i += 2;
        chunk = i;
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// A new list holding `items`.
fn new_list(items: &[PyObj]) -> PyResult<PyObj> {
    // SAFETY: PyObj is a transparent wrapper of Value, so the slice is
    // `items.len()` live values; list_new takes its own references and
    // returns a new reference or NULL.
    unsafe { PyObj::from_result((pyk_sdk::kernel::api().list_new)(items.as_ptr() as *const Value, items.len())) }
}

/// `scanstring(string, end, strict=True) -> (str, end)`.
pub fn scanstring(args: Args) -> PyResult<PyObj> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error("scanstring() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(PyErr::type_error(format!("scanstring() takes at least 2 arguments ({} given)", pos.len())));
    }
    if pos.len() > 3 {
        return Err(PyErr::type_error(format!("scanstring() takes at most 3 arguments ({} given)", pos.len())));
    }
    let end = ssize(&pos[1])?;
    let strict = match pos.get(2) {
        Some(o) => o.is_true()?,
        None => true,
    };
    let string = &pos[0];
    if !string.is_str() {
        return Err(PyErr::type_error(format!("first argument must be a string, not {}", string.type_name()?)));
    }
    let s = string.as_str()?;
    let start = usize::try_from(end).ok().and_then(|e| byte_of_char(s, e));
    let Some(start) = start else {
        return Err(PyErr::value_error("end is out of bounds"));
    };
    let positions = Positions { bytes: s.as_bytes(), byte0: start, char0: end as usize };
    match scan_str(s, start, strict) {
        Ok((text, e)) => (PyObj::from(&*text), positions.char_index(e)).into_py(),
        Err(f) => Err(raise(f, string, &positions)),
    }
}

/// `_json.Scanner`: the settings read from a decoder when it was made.
pub struct Scanner {
    strict: bool,
    object_hook: PyObj,
    object_pairs_hook: PyObj,
    parse_float: PyObj,
    parse_int: PyObj,
    parse_constant: PyObj,
    b: Builtins,
}

static SCANNER: NativeType<Scanner> = NativeType::new();

const ARRAY_DEPTH: &str = "maximum recursion depth exceeded while decoding a JSON array from a unicode string";
const OBJECT_DEPTH: &str = "maximum recursion depth exceeded while decoding a JSON object from a unicode string";

/// One `scan_once` call.
struct Parser<'a> {
    sc: &'a Scanner,
    s: &'a str,
    b: &'a [u8],
    /// Each distinct key becomes one str object per call (CPython's memo).
    memo: HashMap<Cow<'a, str>, PyObj>,
    /// The items of the arrays (and pairs of the objects given to
    /// `object_pairs_hook`) being built, innermost last: one buffer for
    /// the whole call instead of one per container.
    stack: Vec<PyObj>,
    depth: Depth,
    float_exact: bool,
    int_exact: bool,
}

impl<'a> Parser<'a> {
    fn value(&mut self, i: usize) -> Result<(PyObj, usize), Fail> {
        let b = self.b;
        let Some(&c) = b.get(i) else {
            return Err(Fail::Stop(i));
        };
        let rest = &b[i..];
        match c {
            b'"' => {
                let (text, end) = scan_str(self.s, i + 1, self.sc.strict)?;
                Ok((PyObj::from(&*text), end))
            }
            b'{' => {
                if !self.depth.enter() {
                    return Err(Fail::Deep(OBJECT_DEPTH));
                }
                let r = self.object(i + 1);
                self.depth.leave();
                r
            }
            b'[' => {
                if !self.depth.enter() {
                    return Err(Fail::Deep(ARRAY_DEPTH));
                }
                let r = self.array(i + 1);
                self.depth.leave();
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((self.sc.b.none.clone(), i + 4)),
            b't' if rest.starts_with(b"true") => Ok((self.sc.b.true_.clone(), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((self.sc.b.false_.clone(), i + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant("NaN", i),
            b'I' if rest.starts_with(b"Infinity") => self.constant("Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => self.constant("-Infinity", i),
            _ => self.number(i),
        }
    }

    fn constant(&self, name: &'static str, i: usize) -> Result<(PyObj, usize), Fail> {
        let v = self.sc.parse_constant.call(&[&PyObj::from(name)])?;
        Ok((v, i + name.len()))
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`; a fraction or an
    /// exponent without digits is left out of the number.
    fn number(&self, start: usize) -> Result<(PyObj, usize), Fail> {
        let b = self.b;
        let n = b.len();
        let digits = |mut i: usize| {
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if i < n && b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => i = digits(i + 1),
            Some(b'0') => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i = digits(i + 2);
            is_float = true;
        }
        if i < n && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < n && (b[j] == b'-' || b[j] == b'+') {
                j += 1;
            }
            let k = digits(j);
            if k > j {
                i = k;
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            match (self.float_exact, text.parse::<f64>()) {
                (true, Ok(f)) => PyObj::from(f),
                _ => self.sc.parse_float.call(&[&PyObj::from(text)])?,
            }
        } else {
            match (self.int_exact && text.len() <= 18, text.parse::<i64>()) {
                (true, Ok(v)) => PyObj::from(v),
                // int() itself for long digit strings: CPython's digit limit and message.
                _ => self.sc.parse_int.call(&[&PyObj::from(text)])?,
            }
        };
        Ok((v, i))
    }

    /// A key (the string starting at `i`, after its quote), one object per distinct text.
    fn key(&mut self, i: usize) -> Result<(PyObj, usize), Fail> {
        let (text, end) = scan_str(self.s, i, self.sc.strict)?;
        if let Some(k) = self.memo.get(&*text) {
            return Ok((k.clone(), end));
        }
        let k = PyObj::from(&*text);
        self.memo.insert(text, k.clone());
        Ok((k, end))
    }

    /// The object whose `{` is just before `i`.
    fn object(&mut self, i: usize) -> Result<(PyObj, usize), Fail> {
        let b = self.b;
        let n = b.len();
        let sc = self.sc;
        let pairs_hook = !sc.object_pairs_hook.is_none();
        let base = self.stack.len();
        let dict = if pairs_hook { None } else { Some(new_dict()?) };
        let mut i = skip_ws(b, i);
        if i < n && b[i] == b'}' {
            i += 1;
        } else {
            loop {
                if i >= n || b[i] != b'"' {
                    return Err(Fail::Decode("Expecting property name enclosed in double quotes", i));
                }
                let (key, end) = self.key(i + 1)?;
                i = skip_ws(b, end);
                if i >= n || b[i] != b':' {
                    return Err(Fail::Decode("Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (value, end) = self.value(i)?;
                match &dict {
                    Some(d) => d.setitem(&key, &value)?,
                    None => {
                        let pair = tuple_of(&[&key, &value])?;
                        self.stack.push(pair);
                    }
                }
                i = skip_ws(b, end);
                if i < n && b[i] == b'}' {
                    i += 1;
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(Fail::Decode("Expecting ',' delimiter", i));
                }
                let comma = i;
                i = skip_ws(b, i + 1);
                if i < n && b[i] == b'}' {
                    return Err(Fail::Decode("Illegal trailing comma before end of object", comma));
                }
            }
        }
        let v = match dict {
            None => {
                let pairs = new_list(&self.stack[base..])?;
                self.stack.truncate(base);
                sc.object_pairs_hook.call(&[&pairs])?
            }
            Some(d) if !sc.object_hook.is_none() => sc.object_hook.call(&[&d])?,
            Some(d) => d,
        };
        Ok((v, i))
    }

    /// The array whose `[` is just before `i`.
    fn array(&mut self, i: usize) -> Result<(PyObj, usize), Fail> {
        let b = self.b;
        let n = b.len();
        let base = self.stack.len();
        let mut i = skip_ws(b, i);
        if i < n && b[i] == b']' {
            i += 1;
        } else {
            loop {
                let (v, end) = self.value(i)?;
                self.stack.push(v);
                i = skip_ws(b, end);
                if i < n && b[i] == b']' {
                    i += 1;
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(Fail::Decode("Expecting ',' delimiter", i));
                }
                let comma = i;
                i = skip_ws(b, i + 1);
                if i < n && b[i] == b']' {
                    return Err(Fail::Decode("Illegal trailing comma before end of array", comma));
                }
            }
        }
        let list = new_list(&self.stack[base..])?;
        self.stack.truncate(base);
        Ok((list, i))
    }
}

fn s_strict(this: &Scanner, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.strict)
}
fn s_object_hook(this: &Scanner, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.object_hook.clone())
}
fn s_object_pairs_hook(this: &Scanner, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.object_pairs_hook.clone())
}
fn s_parse_float(this: &Scanner, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.parse_float.clone())
}
fn s_parse_int(this: &Scanner, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.parse_int.clone())
}
fn s_parse_constant(this: &Scanner, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.parse_constant.clone())
}

const MAKE_SCANNER: Signature = Signature::simple("make_scanner", &["context"], 1);
const SCAN_ONCE: Signature = Signature::simple("scan_once", &["string", "idx"], 2);

impl NativeClass for Scanner {
    const NAME: &'static str = "_json.Scanner";
    const DOC: &'static str = "JSON scanner object";
    const HAS_NEW: bool = true;
    const HAS_CALL: bool = true;
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Scanner, "strict", s_strict),
        native_getter!(Scanner, "object_hook", s_object_hook),
        native_getter!(Scanner, "object_pairs_hook", s_object_pairs_hook),
        native_getter!(Scanner, "parse_float", s_parse_float),
        native_getter!(Scanner, "parse_int", s_parse_int),
        native_getter!(Scanner, "parse_constant", s_parse_constant),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &SCANNER
    }

    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let a = args.bind(&MAKE_SCANNER)?;
        let Some(ctx) = a[0] else {
            return Err(PyErr::system_error("make_scanner: context not bound"));
        };
        let strict = ctx.getattr("strict")?.is_true()?;
        Ok(Scanner {
            strict,
            object_hook: ctx.getattr("object_hook")?,
            object_pairs_hook: ctx.getattr("object_pairs_hook")?,
            parse_float: ctx.getattr("parse_float")?,
            parse_int: ctx.getattr("parse_int")?,
            parse_constant: ctx.getattr("parse_constant")?,
            b: Builtins::get()?,
        })
    }

    /// `scan_once(string, idx) -> (value, end)`; StopIteration(idx) when no
    /// value starts at `idx`.
    fn call(&self, args: Args) -> PyResult<PyObj> {
        let a = args.bind(&SCAN_ONCE)?;
        let (Some(string), Some(idx)) = (a[0], a[1]) else {
            return Err(PyErr::system_error("scan_once: arguments not bound"));
        };
        let idx = ssize(idx)?;
        if !self.b.is(string, &self.b.str_)? {
            return Err(PyErr::type_error(format!("first argument must be a string, not {}", string.type_name()?)));
        }
        if idx < 0 {
            return Err(PyErr::value_error("idx cannot be negative"));
        }
        let idx = idx as usize;
        let s = string.as_str()?;
        let Some(start) = byte_of_char(s, idx) else {
            return Err(stop_iteration(idx));
        };
        let mut p = Parser {
            sc: self,
            s,
            b: s.as_bytes(),
            memo: HashMap::new(),
            stack: Vec::new(),
            depth: super::Depth::new(),
            float_exact: self.parse_float.is(&self.b.float),
            int_exact: self.parse_int.is(&self.b.int),
        };
        let positions = Positions { bytes: s.as_bytes(), byte0: start, char0: idx };
        match p.value(start) {
            Ok((v, end)) => (v, positions.char_index(end)).into_py(),
            Err(f) => Err(raise(f, string, &positions)),
        }
    }
}
