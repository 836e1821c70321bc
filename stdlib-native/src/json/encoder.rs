//! The encoding half of `_json`: `encode_basestring_ascii`,
//! `encode_basestring` and `_json.Encoder` (`make_encoder`), which
//! `json.encoder.JSONEncoder.iterencode(o, _one_shot=True)` calls as
//! `encoder(obj, _current_indent_level)` for a 1-tuple holding the text.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hasher};

use pyk_abi::surrogate;
use pyk_abi::Value;
use pyk_sdk::prelude::*;

use super::{plain_word, recursion_error, ssize, word, Builtins, Depth};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `\uXXXX` for a code point below U+10000.
fn push_u(out: &mut String, cp: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((cp >> shift) & 0xF) as usize] as char);
    }
}

/// The escape of an ASCII character that cannot appear as itself.
fn push_ascii_escape(out: &mut String, c: u8) {
    match c {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => push_u(out, c as u32),
    }
}

/// `"s"` with everything outside printable ASCII escaped: characters past
/// U+FFFF as a surrogate pair, lone surrogates as themselves (`\ud800`).
fn escape_ascii(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if i + 8 <= b.len() && plain_word(word(&b[i..]), true) {
            i += 8;
            continue;
        }
        let c = b[i];
        if (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        if c < 0x80 {
            push_ascii_escape(out, c);
            i += 1;
        } else {
            // `i` is a character boundary: ASCII bytes and whole characters are skipped.
            let ch = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            let cp = surrogate::code_point(ch);
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_u(out, 0xD800 | (v >> 10));
                push_u(out, 0xDC00 | (v & 0x3FF));
            } else {
                push_u(out, cp);
            }
            i += ch.len_utf8();
        }
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// `"s"` with only `"`, `\` and the control characters escaped.
fn escape_unicode(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if i + 8 <= b.len() && plain_word(word(&b[i..]), false) {
            i += 8;
            continue;
        }
        let c = b[i];
        i += 1;
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.push_str(&s[start..i - 1]);
        push_ascii_escape(out, c);
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn escape(out: &mut String, s: &str, ascii: bool) {
    if ascii {
        escape_ascii(out, s)
    } else {
        escape_unicode(out, s)
    }
}

/// `float.__repr__` of a finite float: the shortest digits that read back
/// as the same float, in exponent form when the decimal point would sit
/// more than 16 places right or 4 places left of the first digit.
fn push_float_repr(out: &mut String, scratch: &mut String, f: f64) {
    if f == 0.0 {
        out.push_str(if f.is_sign_negative() { "-0.0" } else { "0.0" });
        return;
    }
    scratch.clear();
    // Rust's `{:e}` is the shortest round-tripping mantissa: "-1.2345e-5".
    let _ = write!(scratch, "{f:e}");
    // Where the float lies exactly halfway between two shortest digit
    // strings (which takes 15 digits or more), `{:e}` rounds the tie up and
    // Python to even; `{:.Ne}` rounds exactly, ties to even: take it when
    // it differs and still reads back as the same float.
    let nd = scratch.bytes().take_while(|&c| c != b'e').filter(u8::is_ascii_digit).count();
    if nd >= 15 {
        let even = format!("{:.*e}", nd - 1, f);
        if even != *scratch && even.parse::<f64>() == Ok(f) {
            *scratch = even;
        }
    }
    let (mant, exp) = scratch.split_once('e').unwrap_or((scratch.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let mut digits = [0u8; 24];
    let mut nd = 0;
    for &d in mant.as_bytes() {
        if d != b'.' && nd < digits.len() {
            digits[nd] = d;
            nd += 1;
        }
    }
    let digits = &digits[..nd];
    let as_str = |d: &[u8]| d.iter().map(|&x| x as char).collect::<String>();
    if neg {
        out.push('-');
    }
    // The value is 0.DIGITS * 10**decpt.
    let decpt = exp + 1;
    if !(-4 < decpt && decpt <= 16) {
        out.push(digits[0] as char);
        if nd > 1 {
            out.push('.');
            out.push_str(&as_str(&digits[1..]));
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.unsigned_abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(&as_str(digits));
    } else if decpt as usize >= nd {
        out.push_str(&as_str(digits));
        for _ in nd..decpt as usize {
            out.push('0');
        }
        out.push_str(".0");
    } else {
        out.push_str(&as_str(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&as_str(&digits[decpt as usize..]));
    }
}

fn string_arg<'a>(args: &Args<'a>) -> PyResult<&'a PyAny> {
    let s = args.one()?;
    if !s.is_str() {
        return Err(PyErr::type_error(format!("first argument must be a string, not {}", s.type_name()?)));
    }
    Ok(s)
}

/// `encode_basestring_ascii(string) -> str`.
pub fn encode_basestring_ascii(args: Args) -> PyResult<PyObj> {
    let s = string_arg(&args)?.as_str()?;
    let mut out = String::with_capacity(s.len() + 2);
    escape_ascii(&mut out, s);
    Ok(PyObj::from(out.as_str()))
}

/// `encode_basestring(string) -> str`.
pub fn encode_basestring(args: Args) -> PyResult<PyObj> {
    let s = string_arg(&args)?.as_str()?;
    let mut out = String::with_capacity(s.len() + 2);
    escape_unicode(&mut out, s);
    Ok(PyObj::from(out.as_str()))
}

/// `_json.Encoder`: the settings of one `iterencode(o, _one_shot=True)`.
pub struct Encoder {
    markers: PyObj,
    default: PyObj,
    encoder: PyObj,
    indent: PyObj,
    key_separator: PyObj,
    item_separator: PyObj,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// `Some(ensure_ascii)` when `encoder` is this module's own function,
    /// whose work is then done here without a call.
    fast: Option<bool>,
    key_sep: String,
    item_sep: String,
    /// The indent when it is a str (3.13's `json` passes a str or None).
    indent_str: Option<String>,
    b: Builtins,
}

static ENCODER: NativeType<Encoder> = NativeType::new();

const DEPTH_MSG: &str = "maximum recursion depth exceeded while encoding a JSON object";

/// Whether `f` is `_json.encode_basestring_ascii` (Some(true)) or
/// `_json.encode_basestring` (Some(false)).
fn own_function(f: &PyAny) -> Option<bool> {
    if f.type_name().ok()? != "builtin_function_or_method" {
        return None;
    }
    if f.getattr("__module__").ok()?.as_str().ok()? != super::MODULE {
        return None;
    }
    match f.getattr("__name__").ok()?.as_str().ok()? {
        "encode_basestring_ascii" => Some(true),
        "encode_basestring" => Some(false),
        _ => None,
    }
}

/// The type of `o`, as a word to compare with a type's (no reference taken).
fn type_word(o: &PyAny) -> Value {
    // SAFETY: `o` is live for the call; type_of returns its type without a
    // new reference, and only the word is kept (types are immortal).
    unsafe { (pyk_sdk::kernel::api().type_of)(o.as_raw()) }
}

/// The text of a dict key.
enum KeyText {
    Str(PyObj),
    Text(String),
}

fn circular() -> PyErr {
    PyErr::value_error("Circular reference detected")
}

/// Where the containers being encoded are recorded, to find cycles.
enum Ids {
    /// `markers` is None: no check.
    Off,
    /// `markers` was an empty dict (json.encoder makes a new one for each
    /// `iterencode`): the ids are kept here instead, which nothing but this
    /// call could see, saving a dict insertion and deletion per container.
    Private(HashSet<usize, BuildHasherDefault<AddrHasher>>),
    /// `markers` is a dict that already holds ids: used as CPython does.
    Dict,
}

/// What `unmark` forgets.
enum Mark {
    None,
    Private(usize),
    Dict(PyObj),
}

/// A hasher for object addresses (not chosen by the data being encoded).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

/// One call of an encoder.
struct Run<'e> {
    e: &'e Encoder,
    ids: Ids,
    out: String,
    depth: Depth,
    /// The call's `_current_indent_level`.
    level0: i64,
    /// Newline and indentation for each nesting level below the call's.
    indents: Vec<String>,
    scratch: String,
}

impl Run<'_> {
    fn newline(&mut self, k: usize) -> PyResult<()> {
        let Some(unit) = &self.e.indent_str else {
            return Err(self.bad_indent());
        };
        while self.indents.len() <= k {
            let next = match self.indents.last() {
                Some(prev) => {
                    let mut s = String::new();
                    s.try_reserve(prev.len() + unit.len()).map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
                    s.push_str(prev);
                    s.push_str(unit);
                    s
                }
                None => {
                    let n = (self.level0.max(0) as usize)
                        .checked_mul(unit.len())
                        .and_then(|n| n.checked_add(1))
                        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
                    let mut s = String::new();
                    s.try_reserve(n).map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
                    s.push('\n');
                    for _ in 0..self.level0.max(0) {
                        s.push_str(unit);
                    }
                    s
                }
            };
            self.indents.push(next);
        }
        self.out.push_str(&self.indents[k]);
        Ok(())
    }

    /// The error of an indent that is not a str (CPython's C encoder joins
    /// it to a str).
    fn bad_indent(&self) -> PyErr {
        match self.e.indent.type_name() {
            Ok(t) => PyErr::type_error(format!("can only concatenate str (not \"{t}\") to str")),
            Err(e) => e,
        }
    }

    fn enter(&mut self) -> PyResult<()> {
        if self.depth.enter() {
            Ok(())
        } else {
            Err(recursion_error(DEPTH_MSG))
        }
    }

    /// Records a container being encoded: ValueError when it already is
    /// (a cycle). What `unmark` needs to forget it is returned.
    fn mark(&mut self, obj: &PyAny) -> PyResult<Mark> {
        let id = obj.as_raw().0;
        match &mut self.ids {
            Ids::Off => Ok(Mark::None),
            Ids::Private(set) => {
                if !set.insert(id) {
                    return Err(circular());
                }
                Ok(Mark::Private(id))
            }
            Ids::Dict => {
                // The key is id(obj), as CPython's.
                let markers = &self.e.markers;
                let ident = PyObj::from(id as i64);
                let before = markers.len()?;
                markers.setitem(&ident, obj)?;
                if markers.len()? == before {
                    return Err(circular());
                }
                Ok(Mark::Dict(ident))
            }
        }
    }

    fn unmark(&mut self, mark: Mark) -> PyResult<()> {
        match (mark, &mut self.ids) {
            (Mark::Private(id), Ids::Private(set)) => {
                set.remove(&id);
                Ok(())
            }
            (Mark::Dict(ident), _) => self.e.markers.delitem(&ident),
            _ => Ok(()),
        }
    }

    /// A str through the encoder function.
    fn string(&mut self, s: &PyAny) -> PyResult<()> {
        match self.e.fast {
            Some(ascii) => escape(&mut self.out, s.as_str()?, ascii),
            None => {
                let r = self.e.encoder.call(&[s])?;
                if !self.e.b.is(&r, &self.e.b.str_)? {
                    return Err(PyErr::type_error(format!("encoder() must return a string, not {}", r.type_name()?)));
                }
                self.out.push_str(r.as_str()?);
            }
        }
        Ok(())
    }

    fn float(&mut self, obj: &PyAny) -> PyResult<()> {
        let f = obj.to_f64()?;
        if f.is_finite() {
            push_float_repr(&mut self.out, &mut self.scratch, f);
            return Ok(());
        }
        self.out.push_str(&self.float_special(obj, f)?);
        Ok(())
    }

    /// `NaN`, `Infinity` or `-Infinity`, when `allow_nan` lets them out.
    fn float_special(&self, obj: &PyAny, f: f64) -> PyResult<String> {
        if !self.e.allow_nan {
            return Err(PyErr::value_error(format!("Out of range float values are not JSON compliant: {}", obj.repr()?)));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_owned())
    }

    /// `int.__repr__(obj)` appended to `out`.
    fn int(&mut self, obj: &PyAny) -> PyResult<()> {
        let raw = obj.as_raw();
        if raw.is_small_int() {
            let _ = write!(self.out, "{}", raw.as_small_int());
        } else if obj.is_exact_instance(&self.e.b.int) {
            self.out.push_str(&obj.repr()?);
        } else {
            // A subclass (IntEnum...): int's own repr, not the subclass's.
            let r = self.e.b.int.getattr("__repr__")?.call(&[obj])?;
            self.out.push_str(r.as_str()?);
        }
        Ok(())
    }

    fn encode(&mut self, obj: &PyAny, k: usize) -> PyResult<()> {
        let e: &Encoder = self.e;
        let b = &e.b;
        if obj.as_raw().is_small_int() {
            return self.int(obj);
        }
        let t = type_word(obj);
        if obj.is(&b.none) {
            self.out.push_str("null");
        } else if obj.is(&b.true_) {
            self.out.push_str("true");
        } else if obj.is(&b.false_) {
            self.out.push_str("false");
        } else if t == b.str_.as_raw() {
            self.string(obj)?;
        } else if t == b.float.as_raw() {
            self.float(obj)?;
        } else if t == b.list.as_raw() || t == b.tuple.as_raw() {
            self.list(obj, k)?;
        } else if t == b.dict.as_raw() {
            self.dict(obj, k, true)?;
        } else if t == b.int.as_raw() {
            self.int(obj)?;
        } else if obj.isinstance(&b.str_)? {
            self.string(obj)?;
        } else if obj.isinstance(&b.int)? {
            self.int(obj)?;
        } else if obj.isinstance(&b.float)? {
            self.float(obj)?;
        } else if obj.isinstance(&b.list)? || obj.isinstance(&b.tuple)? {
            self.list(obj, k)?;
        } else if obj.isinstance(&b.dict)? {
            self.dict(obj, k, false)?;
        } else {
            let ident = self.mark(obj)?;
            let new = e.default.call(&[obj])?;
            self.enter()?;
            self.encode(&new, k)?;
            self.depth.leave();
            self.unmark(ident)?;
        }
        Ok(())
    }

    /// A list or tuple; a subclass is iterated (as `PySequence_Fast` does).
    /// A list is read as it is while encoding, so a `default` that shrinks
    /// it shortens the output, as in CPython.
    fn list(&mut self, seq: &PyAny, k: usize) -> PyResult<()> {
        let e: &Encoder = self.e;
        let (items, live) = if seq.is_exact_instance(&e.b.tuple) {
            (seq.tuple_items()?, None)
        } else if seq.is_exact_instance(&e.b.list) {
            (Vec::new(), if seq.len()? == 0 { None } else { Some(seq.iter()?) })
        } else {
            (seq.iter_items()?, None)
        };
        if items.is_empty() && live.is_none() {
            self.out.push_str("[]");
            return Ok(());
        }
        let ident = self.mark(seq)?;
        self.enter()?;
        let indent = !e.indent.is_none();
        self.out.push('[');
        if indent {
            self.newline(k + 1)?;
        }
        let mut i = 0;
        let mut items = items.into_iter();
        loop {
            let item = match &live {
                Some(it) => it.next()?,
                None => items.next(),
            };
            let Some(item) = item else { break };
            if i > 0 {
                self.out.push_str(&e.item_sep);
                if indent {
                    self.newline(k + 1)?;
                }
            }
            self.encode(&item, k + 1)?;
            i += 1;
        }
        if indent {
            self.newline(k)?;
        }
        self.out.push(']');
        self.depth.leave();
        self.unmark(ident)
    }

    /// `dct.items()` as a list (sorted with `sort_keys`).
    fn items(&self, dct: &PyAny) -> PyResult<Vec<PyObj>> {
        let r = dct.call_method("items", &[])?;
        let it = match r.iter() {
            Ok(it) => it,
            Err(e) if e.matches(ExcKind::TypeError) => {
                return Err(PyErr::type_error(format!(
                    "{}.items() returned a non-iterable (type {})",
                    dct.type_name()?,
                    r.type_name()?
                )))
            }
            Err(e) => return Err(e),
        };
        let mut items = Vec::new();
        while let Some(v) = it.next()? {
            items.push(v);
        }
        if self.e.sort_keys {
            let list = list_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?;
            list.call_method("sort", &[])?;
            items = list.iter_items()?;
        }
        Ok(items)
    }

    /// The text of a key, or None when `skipkeys` drops it.
    fn key_text(&mut self, key: &PyAny) -> PyResult<Option<KeyText>> {
        let e: &Encoder = self.e;
        let b = &e.b;
        if key.is_exact_instance(&b.str_) {
            return Ok(Some(KeyText::Str(key.to_owned())));
        }
        if key.as_raw().is_small_int() {
            return Ok(Some(KeyText::Text(key.as_raw().as_small_int().to_string())));
        }
        if b.is(key, &b.str_)? {
            Ok(Some(KeyText::Str(key.to_owned())))
        } else if b.is(key, &b.float)? {
            let f = key.to_f64()?;
            let mut s = String::new();
            if f.is_finite() {
                push_float_repr(&mut s, &mut self.scratch, f);
            } else {
                s = self.float_special(key, f)?;
            }
            Ok(Some(KeyText::Text(s)))
        } else if key.is(&b.true_) {
            Ok(Some(KeyText::Text("true".into())))
        } else if key.is(&b.false_) {
            Ok(Some(KeyText::Text("false".into())))
        } else if key.is(&b.none) {
            Ok(Some(KeyText::Text("null".into())))
        } else if b.is(key, &b.int)? {
            let saved = std::mem::take(&mut self.out);
            let r = self.int(key);
            let text = std::mem::replace(&mut self.out, saved);
            r?;
            Ok(Some(KeyText::Text(text)))
        } else if e.skipkeys {
            Ok(None)
        } else {
            Err(PyErr::type_error(format!("keys must be str, int, float, bool or None, not {}", key.type_name()?)))
        }
    }

    /// `sort_keys` for a dict whose keys are all exact strs without lone
    /// surrogates, sorted here: their UTF-8 order is their code-point order,
    /// and keys are distinct, so sorting the items would never compare
    /// values. False (nothing done) for any other dict.
    fn sort_str_keys(&self, keys: &mut Vec<PyObj>, values: &mut Vec<PyObj>) -> PyResult<bool> {
        let str_t = self.e.b.str_.as_raw();
        let mut texts = Vec::with_capacity(keys.len());
        for key in keys.iter() {
            if type_word(key) != str_t {
                return Ok(false);
            }
            let t = key.as_str()?;
            if surrogate::has_surrogates(t) {
                return Ok(false);
            }
            texts.push(t);
        }
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_unstable_by(|&a, &b| texts[a].cmp(texts[b]));
        let mut k: Vec<Option<PyObj>> = std::mem::take(keys).into_iter().map(Some).collect();
        let mut v: Vec<Option<PyObj>> = std::mem::take(values).into_iter().map(Some).collect();
        for i in order {
            keys.extend(k[i].take());
            values.extend(v[i].take());
        }
        Ok(true)
    }

    fn dict(&mut self, dct: &PyAny, k: usize, exact: bool) -> PyResult<()> {
        // The dict's own size, whatever a subclass's `__len__` says.
        let size = if exact { dct.len()? } else { self.e.b.dict.getattr("__len__")?.call(&[dct])?.to_i64()? as usize };
        if size == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        let ident = self.mark(dct)?;
        self.enter()?;
        // A snapshot of the pairs: an exact dict's keys and values side by
        // side (both views walk the same entries; no tuple per item), or
        // the items of `dct.items()`, checked one by one as they are used.
        let (mut keys, mut values) = if exact {
            (dct.iter_items()?, self.e.b.dict_values.call(&[dct])?.iter_items()?)
        } else {
            (self.items(dct)?, Vec::new())
        };
        if exact && self.e.sort_keys && !self.sort_str_keys(&mut keys, &mut values)? {
            keys = self.items(dct)?;
            values = Vec::new();
        }
        let split = !values.is_empty();
        let indent = !self.e.indent.is_none();
        self.out.push('{');
        if indent {
            self.newline(k + 1)?;
        }
        let mut first = true;
        for (i, item) in keys.iter().enumerate() {
            let pair;
            let (key, value) = if split {
                (item, &values[i])
            } else {
                pair = if self.e.b.is(item, &self.e.b.tuple)? { item.tuple_items()? } else { Vec::new() };
                match pair.as_slice() {
                    [key, value] => (key, value),
                    _ => return Err(PyErr::value_error("items must return 2-tuples")),
                }
            };
            let Some(text) = self.key_text(key)? else {
                continue;
            };
            if !first {
                self.out.push_str(&self.e.item_sep);
                if indent {
                    self.newline(k + 1)?;
                }
            }
            first = false;
            match text {
                KeyText::Str(s) => self.string(&s)?,
                KeyText::Text(t) => match self.e.fast {
                    Some(ascii) => escape(&mut self.out, &t, ascii),
                    None => self.string(&PyObj::from(t.as_str()))?,
                },
            }
            self.out.push_str(&self.e.key_sep);
            self.encode(value, k + 1)?;
        }
        if indent {
            self.newline(k)?;
        }
        self.out.push('}');
        self.depth.leave();
        self.unmark(ident)
    }
}

fn e_markers(this: &Encoder, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.markers.clone())
}
fn e_default(this: &Encoder, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.default.clone())
}
fn e_encoder(this: &Encoder, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.encoder.clone())
}
fn e_indent(this: &Encoder, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.indent.clone())
}
fn e_key_separator(this: &Encoder, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.key_separator.clone())
}
fn e_item_separator(this: &Encoder, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.item_separator.clone())
}
fn e_sort_keys(this: &Encoder, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.sort_keys)
}
fn e_skipkeys(this: &Encoder, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.skipkeys)
}

const MAKE_ENCODER: Signature = Signature::simple(
    "make_encoder",
    &["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"],
    9,
);
const ITERENCODE: Signature = Signature::simple("_iterencode", &["obj", "_current_indent_level"], 2);

impl NativeClass for Encoder {
    const NAME: &'static str = "_json.Encoder";
    const DOC: &'static str =
        "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)";
    const HAS_NEW: bool = true;
    const HAS_CALL: bool = true;
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Encoder, "markers", e_markers),
        native_getter!(Encoder, "default", e_default),
        native_getter!(Encoder, "encoder", e_encoder),
        native_getter!(Encoder, "indent", e_indent),
        native_getter!(Encoder, "key_separator", e_key_separator),
        native_getter!(Encoder, "item_separator", e_item_separator),
        native_getter!(Encoder, "sort_keys", e_sort_keys),
        native_getter!(Encoder, "skipkeys", e_skipkeys),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &ENCODER
    }

    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let a = args.bind(&MAKE_ENCODER)?;
        let mut v = Vec::with_capacity(9);
        for slot in &a {
            match slot {
                Some(o) => v.push(*o),
                None => return Err(PyErr::system_error("make_encoder: argument not bound")),
            }
        }
        let [markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan] = v[..] else {
            return Err(PyErr::system_error("make_encoder: argument not bound"));
        };
        let b = Builtins::get()?;
        for (n, sep) in [(5, key_separator), (6, item_separator)] {
            if !b.is(sep, &b.str_)? {
                return Err(PyErr::type_error(format!("make_encoder() argument {n} must be str, not {}", sep.type_name()?)));
            }
        }
        let sort_keys = sort_keys.is_true()?;
        let skipkeys = skipkeys.is_true()?;
        let allow_nan = allow_nan.is_true()?;
        if !markers.is_none() && !b.is(markers, &b.dict)? {
            return Err(PyErr::type_error(format!(
                "make_encoder() argument 1 must be dict or None, not {}",
                markers.type_name()?
            )));
        }
        let indent_str = if b.is(indent, &b.str_)? { Some(indent.as_str()?.to_owned()) } else { None };
        Ok(Encoder {
            markers: markers.to_owned(),
            default: default.to_owned(),
            encoder: encoder.to_owned(),
            indent: indent.to_owned(),
            key_separator: key_separator.to_owned(),
            item_separator: item_separator.to_owned(),
            sort_keys,
            skipkeys,
            allow_nan,
            fast: own_function(encoder),
            key_sep: key_separator.as_str()?.to_owned(),
            item_sep: item_separator.as_str()?.to_owned(),
            indent_str,
            b,
        })
    }

    /// `encoder(obj, _current_indent_level)`: a 1-tuple holding the JSON text.
    fn call(&self, args: Args) -> PyResult<PyObj> {
        let a = args.bind(&ITERENCODE)?;
        let (Some(obj), Some(level)) = (a[0], a[1]) else {
            return Err(PyErr::system_error("_iterencode: arguments not bound"));
        };
        let level0 = ssize(level)?;
        let ids = if self.markers.is_none() {
            Ids::Off
        } else if self.markers.len()? == 0 {
            Ids::Private(HashSet::default())
        } else {
            Ids::Dict
        };
        let mut run = Run { e: self, ids, out: String::new(), depth: Depth::new(), level0, indents: Vec::new(), scratch: String::new() };
        run.encode(obj, 0)?;
        tuple_of(&[&PyObj::from(run.out.as_str())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repr(f: f64) -> String {
        let mut out = String::new();
        push_float_repr(&mut out, &mut String::new(), f);
        out
    }

    #[test]
    fn float_reprs_match_cpython() {
        // Each expectation is CPython 3.13's repr().
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123.0, "123.0"),
            (1e22, "1e+22"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (-0.0, "-0.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5, "1.5"),
            (-2.5e-7, "-2.5e-07"),
            (123456.789, "123456.789"),
            (1059438285926254.2, "1059438285926254.2"),
            (1.2345678901234567e-4, "0.00012345678901234567"),
        ];
        for &(f, want) in cases {
            assert_eq!(repr(f), want, "{f:e}");
        }
    }

    #[test]
    fn string_escapes() {
        let mut out = String::new();
        escape_ascii(&mut out, "a\"\\\n\u{7f}é\u{1d11e}");
        assert_eq!(out, "\"a\\\"\\\\\\n\\u007f\\u00e9\\ud834\\udd1e\"");
        out.clear();
        escape_unicode(&mut out, "a\"\u{1}é");
        assert_eq!(out, "\"a\\\"\\u0001é\"");
    }
}
