//! The CJK multibyte codecs: `_multibytecodec` (the codec objects, the
//! incremental encoder and decoder, the stream reader and writer that
//! CPython's `Lib/encodings/euc_jp.py` and friends subclass) and the codec
//! families `_codecs_jp`, `_codecs_cn`, `_codecs_kr`, `_codecs_tw`,
//! `_codecs_hk` and `_codecs_iso2022`, each with `getcodec(name)`.
//!
//! A codec is a step function over its input (one character at a time,
//! with a small state for the stateful ones); the loop around it, shared
//! by every codec, handles errors the way CPython's `_multibytecodec`
//! does: "illegal multibyte sequence" for a bad sequence or an unmappable
//! character, "incomplete multibyte sequence" for a sequence cut by the end
//! of the input (kept pending by the incremental decoder and the stream
//! reader until more comes), and the error handlers (`strict`, `ignore`,
//! `replace` here, any other through `codecs.lookup_error`).

mod iso2022;
mod table;

use std::sync::OnceLock;

use pyk_abi::surrogate::{char_for, code_points};
use pyk_sdk::prelude::*;
use pyk_sdk::types::builtin;

use table::Table;

/// What one step of a codec did.
pub enum Step {
    /// Consumed this many input units (bytes or characters).
    Done(usize),
    /// The input ends inside a sequence (or a character that may pair
    /// with the next one).
    TooFew,
    /// This many input units are illegal.
    Illegal(usize),
}

/// The state of a stateful codec: CPython's eight state bytes (for
/// iso2022: the charsets designated to G0..G3 as their ISO 2022 final
/// byte, with 0x80 for a double-byte set, then the flags; for hz: whether
/// GB mode is on).
pub type State = [u8; 8];

enum Kind {
    Table(usize),
    Hz,
    Iso2022(iso2022::Variant),
}

pub struct Codec {
    pub name: &'static str,
    kind: Kind,
}

struct TableDef {
    name: &'static str,
    data: &'static [u8],
    cell: OnceLock<Table>,
}

macro_rules! tables {
    ($($name:literal),*) => {
        static TABLES: [TableDef; 16] = [$(TableDef { name: $name, data: include_bytes!(concat!("data/", $name, ".bin")), cell: OnceLock::new() }),*];
    };
}

tables!(
    "euc_jp", "shift_jis", "cp932", "euc_jis_2004", "shift_jis_2004", "euc_jisx0213", "shift_jisx0213", "gb2312", "gbk",
    "gb18030", "big5", "cp950", "big5hkscs", "euc_kr", "cp949", "johab"
);

/// The parsed table of a table-driven codec.
pub fn table(name: &str) -> &'static Table {
    let i = TABLES.iter().position(|t| t.name == name).expect("known table");
    let t = &TABLES[i];
    t.cell.get_or_init(|| Table::parse(t.data, name == "gb18030"))
}

/// Every codec: (module, codec).
static CODECS: &[(&str, Codec)] = &[
    ("_codecs_jp", Codec { name: "shift_jis", kind: Kind::Table(1) }),
    ("_codecs_jp", Codec { name: "cp932", kind: Kind::Table(2) }),
    ("_codecs_jp", Codec { name: "euc_jp", kind: Kind::Table(0) }),
    ("_codecs_jp", Codec { name: "shift_jis_2004", kind: Kind::Table(4) }),
    ("_codecs_jp", Codec { name: "shift_jisx0213", kind: Kind::Table(6) }),
    ("_codecs_jp", Codec { name: "euc_jis_2004", kind: Kind::Table(3) }),
    ("_codecs_jp", Codec { name: "euc_jisx0213", kind: Kind::Table(5) }),
    ("_codecs_cn", Codec { name: "gb2312", kind: Kind::Table(7) }),
    ("_codecs_cn", Codec { name: "gbk", kind: Kind::Table(8) }),
    ("_codecs_cn", Codec { name: "gb18030", kind: Kind::Table(9) }),
    ("_codecs_cn", Codec { name: "hz", kind: Kind::Hz }),
    ("_codecs_tw", Codec { name: "big5", kind: Kind::Table(10) }),
    ("_codecs_tw", Codec { name: "cp950", kind: Kind::Table(11) }),
    ("_codecs_hk", Codec { name: "big5hkscs", kind: Kind::Table(12) }),
    ("_codecs_kr", Codec { name: "euc_kr", kind: Kind::Table(13) }),
    ("_codecs_kr", Codec { name: "cp949", kind: Kind::Table(14) }),
    ("_codecs_kr", Codec { name: "johab", kind: Kind::Table(15) }),
    ("_codecs_iso2022", Codec { name: "iso2022_kr", kind: Kind::Iso2022(iso2022::Variant::Kr) }),
    ("_codecs_iso2022", Codec { name: "iso2022_jp", kind: Kind::Iso2022(iso2022::Variant::Jp) }),
    ("_codecs_iso2022", Codec { name: "iso2022_jp_1", kind: Kind::Iso2022(iso2022::Variant::Jp1) }),
    ("_codecs_iso2022", Codec { name: "iso2022_jp_2", kind: Kind::Iso2022(iso2022::Variant::Jp2) }),
    ("_codecs_iso2022", Codec { name: "iso2022_jp_2004", kind: Kind::Iso2022(iso2022::Variant::Jp2004) }),
    ("_codecs_iso2022", Codec { name: "iso2022_jp_3", kind: Kind::Iso2022(iso2022::Variant::Jp3) }),
    ("_codecs_iso2022", Codec { name: "iso2022_jp_ext", kind: Kind::Iso2022(iso2022::Variant::JpExt) }),
];

impl Codec {
    fn table(&self, i: usize) -> &'static Table {
        let t = &TABLES[i];
        t.cell.get_or_init(|| Table::parse(t.data, t.name == "gb18030"))
    }

    fn enc_init(&self) -> State {
        match self.kind {
            Kind::Iso2022(_) => iso2022::ENC_INIT,
            _ => [0; 8],
        }
    }

    fn dec_init(&self) -> State {
        match self.kind {
            Kind::Iso2022(_) => iso2022::DEC_INIT,
            _ => [0; 8],
        }
    }

    fn decode_step(&self, st: &mut State, input: &[u8], out: &mut Vec<u32>) -> Step {
        match self.kind {
            Kind::Table(i) => self.table(i).decode(input, out),
            Kind::Hz => hz_decode(st, input, out),
            Kind::Iso2022(v) => iso2022::decode(v, st, input, out),
        }
    }

    fn encode_step(&self, st: &mut State, input: &[u32], flush: bool, out: &mut Vec<u8>) -> Step {
        match self.kind {
            Kind::Table(i) => self.table(i).encode(input, flush, out),
            Kind::Hz => hz_encode(st, input, out),
            Kind::Iso2022(v) => iso2022::encode(v, st, input, flush, out),
        }
    }

    /// The bytes that return a stateful encoder to its initial state.
    fn encode_reset(&self, st: &mut State, out: &mut Vec<u8>) {
        match self.kind {
            Kind::Table(_) => {}
            Kind::Hz => {
                if st[0] != 0 {
                    out.extend_from_slice(b"~}");
                    st[0] = 0;
                }
            }
            Kind::Iso2022(v) => iso2022::encode_reset(v, st, out),
        }
    }
}

// ---- hz (RFC 1843): GB 2312 between "~{" and "~}" ----

fn hz_decode(st: &mut State, input: &[u8], out: &mut Vec<u32>) -> Step {
    let c = input[0];
    if c == b'~' {
        let Some(&c2) = input.get(1) else { return Step::TooFew };
        match c2 {
            b'~' if st[0] == 0 => out.push(u32::from(b'~')),
            b'{' if st[0] == 0 => st[0] = 1,
            b'\n' if st[0] == 0 => {}
            b'}' if st[0] != 0 => st[0] = 0,
            _ => return Step::Illegal(1),
        }
        return Step::Done(2);
    }
    if c & 0x80 != 0 {
        return Step::Illegal(1);
    }
    if st[0] == 0 {
        out.push(u32::from(c));
        return Step::Done(1);
    }
    let Some(&c2) = input.get(1) else { return Step::TooFew };
    match table("gb2312").lookup(&[c | 0x80, c2 | 0x80]) {
        Some(s) if c2 & 0x80 == 0 => {
            out.extend_from_slice(&s);
            Step::Done(2)
        }
        _ => Step::Illegal(1),
    }
}

fn hz_encode(st: &mut State, input: &[u32], out: &mut Vec<u8>) -> Step {
    let c = input[0];
    if c < 0x80 {
        if st[0] != 0 {
            out.extend_from_slice(b"~}");
            st[0] = 0;
        }
        out.push(c as u8);
        if c == u32::from(b'~') {
            out.push(b'~');
        }
        return Step::Done(1);
    }
    match table("gb2312").code_of(c) {
        Some(code) if code.len() == 2 => {
            if st[0] == 0 {
                out.extend_from_slice(b"~{");
                st[0] = 1;
            }
            out.extend_from_slice(&[code[0] & 0x7F, code[1] & 0x7F]);
            Step::Done(1)
        }
        _ => Step::Illegal(1),
    }
}

// ---- the loop around the codecs, with the error handlers ----

fn py_str(cps: &[u32]) -> PyResult<PyObj> {
    let s: String = cps.iter().map(|&c| char_for(c).unwrap_or('\u{FFFD}')).collect();
    Ok(PyObj::from(s.as_str()))
}

fn errors_arg(o: Option<&PyAny>, func: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(e) if e.is_none() => Ok(None),
        Some(e) if e.is_str() => Ok(Some(e.as_str()?.to_string())),
        Some(e) => Err(PyErr::type_error(format!("{func}() argument 'errors' must be str or None, not {}", e.type_name()?))),
    }
}

fn lookup_error(name: &str) -> PyResult<PyObj> {
    pyk_sdk::types::import("codecs")?.getattr("lookup_error")?.call(&[&PyObj::from(name)])
}

/// Calls the error handler with the exception; returns its (replacement,
/// position), the position made absolute and checked against `len`.
fn call_handler(errors: &str, exc: &PyAny, len: usize, decoding: bool) -> PyResult<(PyObj, usize)> {
    let handler = lookup_error(errors)?;
    let r = handler.call(&[exc])?;
    let bad = || {
        PyErr::type_error(if decoding { "decoding error handler must return (str, int) tuple" } else { "encoding error handler must return (str, int) tuple" })
    };
    if !r.is_tuple() {
        return Err(bad());
    }
    let items = r.tuple_items()?;
    if items.len() != 2 || !items[1].is_int() {
        return Err(bad());
    }
    let rep = items[0].clone();
    if !(rep.is_str() || (!decoding && rep.as_bytes().is_ok())) {
        return Err(bad());
    }
    // A position beyond any index is out of bounds too (CPython reads it as -1).
    let mut pos = items[1].to_i64().unwrap_or(-1 - len as i64);
    if pos < 0 {
        pos += len as i64;
    }
    if pos < 0 || pos as usize > len {
        let shown = items[1].to_i64().unwrap_or(-1);
        return Err(PyErr::index_error(format!("position {shown} from error handler out of bounds")));
    }
    Ok((rep, pos as usize))
}

/// Decodes `data` from the start; returns the text and how many bytes were
/// used (less than all only when not `last` and a sequence is cut).
fn run_decode(codec: &Codec, st: &mut State, data: &[u8], errors: Option<&str>, last: bool) -> PyResult<(Vec<u32>, usize)> {
    let mut out = Vec::with_capacity(data.len());
    let mut pos = 0;
    let mut data_obj: Option<PyObj> = None;
    while pos < data.len() {
        let (end, reason) = match codec.decode_step(st, &data[pos..], &mut out) {
            Step::Done(n) => {
                pos += n;
                continue;
            }
            Step::TooFew if !last => break,
            Step::TooFew => (data.len(), "incomplete multibyte sequence"),
            Step::Illegal(n) => (pos + n, "illegal multibyte sequence"),
        };
        match errors.unwrap_or("strict") {
            "ignore" => pos = end,
            "replace" => {
                out.push(0xFFFD);
                pos = end;
            }
            name => {
                let obj = match &data_obj {
                    Some(o) => o.clone(),
                    None => {
                        let o = PyObj::bytes(data)?;
                        data_obj = Some(o.clone());
                        o
                    }
                };
                let exc = builtin("UnicodeDecodeError")?.call(&[
                    &PyObj::from(codec.name),
                    &obj,
                    &PyObj::from(pos),
                    &PyObj::from(end),
                    &PyObj::from(reason),
                ])?;
                if name == "strict" {
                    return Err(PyErr::from_instance(exc));
                }
                let (rep, newpos) = call_handler(name, &exc, data.len(), true)?;
                out.extend(code_points(rep.as_str()?));
                pos = newpos;
            }
        }
    }
    Ok((out, pos))
}

/// Encodes `text` from the start; `flush`: the input ends here (a
/// character that may pair with a following one is encoded alone).
/// Returns the bytes and how many characters were used.
fn run_encode(codec: &Codec, st: &mut State, text: &[u32], errors: Option<&str>, flush: bool) -> PyResult<(Vec<u8>, usize)> {
    let mut out = Vec::with_capacity(text.len() * 2);
    let mut pos = 0;
    let mut text_obj: Option<PyObj> = None;
    while pos < text.len() {
        let (end, reason) = match codec.encode_step(st, &text[pos..], flush, &mut out) {
            Step::Done(n) => {
                pos += n;
                continue;
            }
            Step::TooFew if !flush => break,
            Step::TooFew => (text.len(), "incomplete multibyte sequence"),
            Step::Illegal(n) => (pos + n, "illegal multibyte sequence"),
        };
        match errors.unwrap_or("strict") {
            "ignore" => pos = end,
            "replace" => {
                let mut rep = Vec::new();
                match codec.encode_step(st, &[u32::from(b'?')], true, &mut rep) {
                    Step::Done(_) => out.extend_from_slice(&rep),
                    _ => out.push(b'?'),
                }
                pos = end;
            }
            name => {
                let obj = match &text_obj {
                    Some(o) => o.clone(),
                    None => {
                        let o = py_str(text)?;
                        text_obj = Some(o.clone());
                        o
                    }
                };
                let exc = builtin("UnicodeEncodeError")?.call(&[
                    &PyObj::from(codec.name),
                    &obj,
                    &PyObj::from(pos),
                    &PyObj::from(end),
                    &PyObj::from(reason),
                ])?;
                if name == "strict" {
                    return Err(PyErr::from_instance(exc));
                }
                let (rep, newpos) = call_handler(name, &exc, text.len(), false)?;
                if let Ok(b) = rep.as_bytes() {
                    out.extend_from_slice(b);
                } else {
                    let cps: Vec<u32> = code_points(rep.as_str()?).collect();
                    let (b, _) = run_encode(codec, st, &cps, Some("strict"), true)?;
                    out.extend_from_slice(&b);
                }
                pos = newpos;
            }
        }
    }
    Ok((out, pos))
}

/// The text to encode: a str, or `str(o)` of anything else (as CPython).
fn text_of(o: &PyAny) -> PyResult<Vec<u32>> {
    if o.is_str() {
        return Ok(code_points(o.as_str()?).collect());
    }
    let s = builtin("str")?.call(&[o])?;
    if !s.is_str() {
        return Err(PyErr::type_error("couldn't convert the object to unicode."));
    }
    Ok(code_points(s.as_str()?).collect())
}

// ---- MultibyteCodec ----

pub struct MultibyteCodec {
    codec: &'static Codec,
}

static MULTIBYTE_CODEC: NativeType<MultibyteCodec> = NativeType::new();

fn codec_encode(this: &MultibyteCodec, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "encode", params: &["input", "errors"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let text = text_of(v[0].expect("required"))?;
    let errors = errors_arg(v[1], "encode")?;
    let codec = this.codec;
    let mut st = codec.enc_init();
    let (mut out, _) = run_encode(codec, &mut st, &text, errors.as_deref(), true)?;
    codec.encode_reset(&mut st, &mut out);
    tuple_of(&[&*PyObj::bytes(&out)?, &*PyObj::from(text.len())])
}

fn codec_decode(this: &MultibyteCodec, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "decode", params: &["input", "errors"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let errors = errors_arg(v[1], "decode")?;
    let codec = this.codec;
    let mut st = codec.dec_init();
    let (out, _) = run_decode(codec, &mut st, &data, errors.as_deref(), true)?;
    tuple_of(&[&*py_str(&out)?, &*PyObj::from(data.len())])
}

impl NativeClass for MultibyteCodec {
    const NAME: &'static str = "_multibytecodec.MultibyteCodec";
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(MultibyteCodec, "encode", codec_encode, "encode($self, /, input, errors=None)\n--\n\nEncode a str with this codec; gives (bytes, length consumed)."),
        native_method!(MultibyteCodec, "decode", codec_decode, "decode($self, /, input, errors=None)\n--\n\nDecode bytes with this codec; gives (str, length consumed)."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &MULTIBYTE_CODEC
    }
}

/// The codec of a class's `codec` attribute.
fn class_codec(cls: &PyAny) -> PyResult<&'static Codec> {
    let c = cls.getattr("codec")?;
    match MULTIBYTE_CODEC.data(&c) {
        Some(m) => Ok(m.codec),
        None => Err(PyErr::type_error("codec is unexpected type")),
    }
}

fn errors_name(errors: &Option<String>) -> &str {
    errors.as_deref().unwrap_or("strict")
}

/// State bytes as CPython's little-endian integer.
fn state_int(bytes: &[u8]) -> PyResult<PyObj> {
    let mut v: u128 = 0;
    for (i, &b) in bytes.iter().enumerate() {
        v |= (b as u128) << (8 * i);
    }
    int_from_i128(v as i128)
}

/// `__init__`: the state is set up by `__new__` (and the Python base
/// classes' `__init__` does not run, as in CPython); this records the error
/// handler's name as the instance's `errors` attribute, which the methods
/// read at each call, so that assigning it changes the handler.
fn init_errors<T: HasErrors>(this: &T, args: Args) -> PyResult<()> {
    let _ = args.slf().setattr("errors", &PyObj::from(errors_name(this.errors())));
    Ok(())
}

/// `__delattr__`: `errors` cannot be deleted (CPython's is a property
/// without a deleter); other attributes go to `object.__delattr__`.
fn delattr_errors<T: HasErrors>(_this: &T, args: Args) -> PyResult<()> {
    let name = args.one()?;
    if name.is_str() && name.as_str()? == "errors" {
        return Err(PyErr::attribute_error("cannot delete attribute"));
    }
    builtin("object")?.getattr("__delattr__")?.call(&[args.slf(), name])?;
    Ok(())
}

/// The error handler now: the instance's `errors` attribute when it has
/// one, else the one given at creation.
fn current_errors<T: HasErrors>(this: &T, slf: &PyAny) -> PyResult<Option<String>> {
    match slf.getattr("errors") {
        Ok(e) if e.is_str() => Ok(Some(e.as_str()?.to_string())),
        Ok(_) => Err(PyErr::type_error("errors must be a string")),
        Err(_) => Ok(this.errors().clone()),
    }
}

// ---- MultibyteIncrementalEncoder ----

struct EncState {
    st: State,
    pending: Vec<u32>,
}

pub struct IncrementalEncoder {
    codec: &'static Codec,
    errors: Option<String>,
    state: PyMutex<EncState>,
}

static INCREMENTAL_ENCODER: NativeType<IncrementalEncoder> = NativeType::new();

fn ienc_encode(this: &IncrementalEncoder, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "encode", params: &["input", "final"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let input = text_of(v[0].expect("required"))?;
    let last = match v[1] {
        Some(f) => f.is_true()?,
        None => false,
    };
    let errors = current_errors(this, args.slf())?;
    let mut s = this.state.lock()?;
    let mut text = s.pending.clone();
    text.extend_from_slice(&input);
    let codec = this.codec;
    // On an error the pending text and the state stay as they were.
    let mut st = s.st;
    let (mut out, used) = run_encode(codec, &mut st, &text, errors.as_deref(), last)?;
    s.st = st;
    s.pending.clear();
    if used < text.len() {
        if text.len() - used > 2 {
            return Err(PyErr::with_type(builtin("UnicodeError")?, "pending buffer overflow"));
        }
        s.pending = text[used..].to_vec();
    }
    if last {
        codec.encode_reset(&mut s.st, &mut out);
    }
    PyObj::bytes(&out)
}

fn ienc_reset(this: &IncrementalEncoder, args: Args) -> PyResult<()> {
    args.none()?;
    let mut s = this.state.lock()?;
    let mut sink = Vec::new();
    this.codec.encode_reset(&mut s.st, &mut sink);
    s.st = this.codec.enc_init();
    s.pending.clear();
    Ok(())
}

fn ienc_getstate(this: &IncrementalEncoder, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let s = this.state.lock()?;
    let pending: String = s.pending.iter().map(|&c| char_for(c).unwrap_or('\u{FFFD}')).collect();
    let mut bytes = vec![pending.len() as u8];
    bytes.extend_from_slice(pending.as_bytes());
    bytes.extend_from_slice(&s.st);
    state_int(&bytes)
}

fn ienc_setstate(this: &IncrementalEncoder, args: Args) -> PyResult<()> {
    let state = args.one()?;
    if !state.is_int() {
        return Err(PyErr::type_error(format!("setstate() argument must be int, not {}", state.type_name()?)));
    }
    let bytes_obj = state.call_method("to_bytes", &[&PyObj::from(1 + 8 + 8usize), &PyObj::from("little")])?;
    let b = bytes_obj.as_bytes()?;
    let n = b[0] as usize;
    if n > 8 {
        return Err(PyErr::with_type(builtin("UnicodeError")?, "pending buffer too large"));
    }
    // UTF-8 as the state holds it; invalid bytes raise UTF-8's own error.
    let text = PyObj::bytes(&b[1..1 + n])?.call_method("decode", &[&PyObj::from("utf-8"), &PyObj::from("surrogatepass")])?;
    let pending: Vec<u32> = code_points(text.as_str()?).collect();
    let mut st = [0u8; 8];
    st.copy_from_slice(&b[1 + n..1 + n + 8]);
    let mut s = this.state.lock()?;
    s.pending = pending;
    s.st = st;
    Ok(())
}

trait HasErrors {
    fn errors(&self) -> &Option<String>;
}

impl HasErrors for IncrementalEncoder {
    fn errors(&self) -> &Option<String> {
        &self.errors
    }
}

fn new_args(args: &Args, name: &'static str) -> PyResult<Option<String>> {
    let v = args.bind(&Signature { name, params: &["errors"], posonly: 0, kwonly: 1, required: 0, required_kwonly: 0 })?;
    errors_arg(v[0], name)
}

impl NativeClass for IncrementalEncoder {
    const NAME: &'static str = "_multibytecodec.MultibyteIncrementalEncoder";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(IncrementalEncoder, "__init__", init_errors, ""),
        native_method!(IncrementalEncoder, "__delattr__", delattr_errors, ""),
        native_method!(IncrementalEncoder, "encode", ienc_encode, "encode($self, /, input, final=False)\n--\n\nEncode the next piece of text."),
        native_method!(IncrementalEncoder, "reset", ienc_reset, "reset($self, /)\n--\n\nForget pending text and state."),
        native_method!(IncrementalEncoder, "getstate", ienc_getstate, "getstate($self, /)\n--\n\nThe pending text and state as an int."),
        native_method!(IncrementalEncoder, "setstate", ienc_setstate, "setstate($self, state, /)\n--\n\nRestore what getstate() gave."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &INCREMENTAL_ENCODER
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        let errors = new_args(&args, "MultibyteIncrementalEncoder")?;
        let codec = class_codec(cls)?;
        Ok(IncrementalEncoder { codec, errors, state: PyMutex::new(EncState { st: codec.enc_init(), pending: Vec::new() }) })
    }
}

// ---- MultibyteIncrementalDecoder ----

struct DecState {
    st: State,
    pending: Vec<u8>,
}

/// Decodes `input` after the pending bytes; keeps a cut sequence pending.
fn feed_decode(codec: &Codec, errors: Option<&str>, s: &mut DecState, input: &[u8], last: bool) -> PyResult<Vec<u32>> {
    let mut data = s.pending.clone();
    data.extend_from_slice(input);
    // On an error the pending bytes and the state stay as they were.
    let mut st = s.st;
    let (out, used) = run_decode(codec, &mut st, &data, errors, last)?;
    s.st = st;
    s.pending.clear();
    if used < data.len() {
        if data.len() - used > 8 {
            return Err(PyErr::with_type(builtin("UnicodeError")?, "pending buffer overflow"));
        }
        s.pending = data[used..].to_vec();
    }
    Ok(out)
}

pub struct IncrementalDecoder {
    codec: &'static Codec,
    errors: Option<String>,
    state: PyMutex<DecState>,
}

static INCREMENTAL_DECODER: NativeType<IncrementalDecoder> = NativeType::new();

impl HasErrors for IncrementalDecoder {
    fn errors(&self) -> &Option<String> {
        &self.errors
    }
}

fn idec_decode(this: &IncrementalDecoder, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "decode", params: &["input", "final"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let input = v[0].expect("required").bytes_like()?;
    let last = match v[1] {
        Some(f) => f.is_true()?,
        None => false,
    };
    let errors = current_errors(this, args.slf())?;
    let mut s = this.state.lock()?;
    let out = feed_decode(this.codec, errors.as_deref(), &mut s, &input, last)?;
    py_str(&out)
}

fn idec_reset(this: &IncrementalDecoder, args: Args) -> PyResult<()> {
    args.none()?;
    let mut s = this.state.lock()?;
    s.st = this.codec.dec_init();
    s.pending.clear();
    Ok(())
}

fn idec_getstate(this: &IncrementalDecoder, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let s = this.state.lock()?;
    tuple_of(&[&*PyObj::bytes(&s.pending)?, &*state_int(&s.st)?])
}

fn idec_setstate(this: &IncrementalDecoder, args: Args) -> PyResult<()> {
    let state = args.one()?;
    if !state.is_tuple() {
        return Err(PyErr::type_error(format!("setstate() argument must be tuple, not {}", state.type_name()?)));
    }
    let items = state.tuple_items()?;
    if items.len() != 2 {
        return Err(PyErr::type_error(format!("setstate() argument must be a 2-tuple, not one of length {}", items.len())));
    }
    let pending = items[0].as_bytes().map_err(|_| PyErr::type_error("setstate() argument 1 must be bytes"))?.to_vec();
    if !items[1].is_int() {
        return Err(PyErr::type_error("setstate() argument 2 must be int"));
    }
    if pending.len() > 8 {
        let exc = builtin("UnicodeDecodeError")?.call(&[
            &PyObj::from(this.codec.name),
            &*PyObj::bytes(&pending)?,
            &PyObj::from(0usize),
            &PyObj::from(pending.len()),
            &PyObj::from("pending buffer too large"),
        ])?;
        return Err(PyErr::from_instance(exc));
    }
    let b = items[1].call_method("to_bytes", &[&PyObj::from(8usize), &PyObj::from("little")])?;
    let mut st = [0u8; 8];
    st.copy_from_slice(b.as_bytes()?);
    let mut s = this.state.lock()?;
    s.pending = pending;
    s.st = st;
    Ok(())
}

impl NativeClass for IncrementalDecoder {
    const NAME: &'static str = "_multibytecodec.MultibyteIncrementalDecoder";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(IncrementalDecoder, "__init__", init_errors, ""),
        native_method!(IncrementalDecoder, "__delattr__", delattr_errors, ""),
        native_method!(IncrementalDecoder, "decode", idec_decode, "decode($self, /, input, final=False)\n--\n\nDecode the next piece of bytes."),
        native_method!(IncrementalDecoder, "reset", idec_reset, "reset($self, /)\n--\n\nForget pending bytes and state."),
        native_method!(IncrementalDecoder, "getstate", idec_getstate, "getstate($self, /)\n--\n\nThe pending bytes and the state as an int."),
        native_method!(IncrementalDecoder, "setstate", idec_setstate, "setstate($self, state, /)\n--\n\nRestore what getstate() gave."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &INCREMENTAL_DECODER
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        let errors = new_args(&args, "MultibyteIncrementalDecoder")?;
        let codec = class_codec(cls)?;
        Ok(IncrementalDecoder { codec, errors, state: PyMutex::new(DecState { st: codec.dec_init(), pending: Vec::new() }) })
    }
}

// ---- MultibyteStreamReader ----

pub struct StreamReader {
    codec: &'static Codec,
    errors: Option<String>,
    stream: PyObj,
    state: PyMutex<DecState>,
}

static STREAM_READER: NativeType<StreamReader> = NativeType::new();

impl HasErrors for StreamReader {
    fn errors(&self) -> &Option<String> {
        &self.errors
    }
}

fn stream_new_args(args: &Args, name: &'static str) -> PyResult<(PyObj, Option<String>)> {
    let v = args.bind(&Signature { name, params: &["stream", "errors"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    Ok((v[0].expect("required").to_owned(), errors_arg(v[1], name)?))
}

fn size_arg(o: Option<&PyAny>, what: &str) -> PyResult<i64> {
    match o {
        None => Ok(-1),
        Some(o) if o.is_none() => Ok(-1),
        Some(o) if o.is_int() => o.to_i64(),
        Some(_) => Err(PyErr::type_error(format!("arg 1 must be an integer{what}"))),
    }
}

/// Reads with `method` (`read` or `readline`) until some text is decoded
/// or the stream ends, as CPython's reader does.
fn reader_read(this: &StreamReader, slf: &PyAny, method: &str, mut size: i64) -> PyResult<Vec<u32>> {
    if size == 0 {
        return Ok(Vec::new());
    }
    let errors = current_errors(this, slf)?;
    let mut s = this.state.lock()?;
    let mut out = Vec::new();
    loop {
        let chunk = if size < 0 { this.stream.call_method(method, &[])? } else { this.stream.call_method(method, &[&PyObj::from(size)])? };
        let Ok(b) = chunk.as_bytes() else {
            return Err(PyErr::type_error("stream function returned a non-bytes object"));
        };
        let eof = b.is_empty();
        let b = b.to_vec();
        let rsize = s.pending.len() + b.len();
        out.extend(feed_decode(this.codec, errors.as_deref(), &mut s, &b, eof)?);
        if rsize == 0 || size < 0 || !out.is_empty() || eof {
            break;
        }
        size = 1;
    }
    Ok(out)
}

fn sr_read(this: &StreamReader, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "read", params: &["sizeobj"], posonly: 1, kwonly: 1, required: 0, required_kwonly: 0 })?;
    let size = size_arg(v[0], "")?;
    py_str(&reader_read(this, args.slf(), "read", size)?)
}

fn sr_readline(this: &StreamReader, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "readline", params: &["sizeobj"], posonly: 1, kwonly: 1, required: 0, required_kwonly: 0 })?;
    let size = size_arg(v[0], "")?;
    py_str(&reader_read(this, args.slf(), "readline", size)?)
}

fn sr_readlines(this: &StreamReader, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "readlines", params: &["sizehintobj"], posonly: 1, kwonly: 1, required: 0, required_kwonly: 0 })?;
    let size = size_arg(v[0], "")?;
    let text = py_str(&reader_read(this, args.slf(), "read", size)?)?;
    text.call_method("splitlines", &[&PyObj::from(true)])
}

fn sr_reset(this: &StreamReader, args: Args) -> PyResult<()> {
    args.none()?;
    let mut s = this.state.lock()?;
    s.st = this.codec.dec_init();
    s.pending.clear();
    Ok(())
}

fn sr_stream(this: &StreamReader, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.stream.clone())
}

impl NativeClass for StreamReader {
    const NAME: &'static str = "_multibytecodec.MultibyteStreamReader";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(StreamReader, "__init__", init_errors, ""),
        native_method!(StreamReader, "__delattr__", delattr_errors, ""),
        native_method!(StreamReader, "read", sr_read, "read($self, sizeobj=None, /)\n--\n\nRead and decode from the stream."),
        native_method!(StreamReader, "readline", sr_readline, "readline($self, sizeobj=None, /)\n--\n\nRead and decode one line from the stream."),
        native_method!(StreamReader, "readlines", sr_readlines, "readlines($self, sizehintobj=None, /)\n--\n\nRead and decode, split into lines."),
        native_method!(StreamReader, "reset", sr_reset, "reset($self, /)\n--\n\nForget pending bytes and state."),
    ];
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(StreamReader, "stream", sr_stream)];
    fn native_type() -> &'static NativeType<Self> {
        &STREAM_READER
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        let (stream, errors) = stream_new_args(&args, "MultibyteStreamReader")?;
        let codec = class_codec(cls)?;
        Ok(StreamReader { codec, errors, stream, state: PyMutex::new(DecState { st: codec.dec_init(), pending: Vec::new() }) })
    }
}

// ---- MultibyteStreamWriter ----

pub struct StreamWriter {
    codec: &'static Codec,
    errors: Option<String>,
    stream: PyObj,
    state: PyMutex<EncState>,
}

static STREAM_WRITER: NativeType<StreamWriter> = NativeType::new();

impl HasErrors for StreamWriter {
    fn errors(&self) -> &Option<String> {
        &self.errors
    }
}

fn writer_write(this: &StreamWriter, slf: &PyAny, o: &PyAny) -> PyResult<()> {
    let input = text_of(o)?;
    let errors = current_errors(this, slf)?;
    let out = {
        let mut s = this.state.lock()?;
        let mut text = s.pending.clone();
        text.extend_from_slice(&input);
        let mut st = s.st;
        let (out, used) = run_encode(this.codec, &mut st, &text, errors.as_deref(), false)?;
        s.st = st;
        s.pending.clear();
        if used < text.len() {
            s.pending = text[used..].to_vec();
        }
        out
    };
    this.stream.call_method("write", &[&*PyObj::bytes(&out)?])?;
    Ok(())
}

fn sw_write(this: &StreamWriter, args: Args) -> PyResult<()> {
    writer_write(this, args.slf(), args.one()?)
}

fn sw_writelines(this: &StreamWriter, args: Args) -> PyResult<()> {
    let lines = args.one()?;
    let it = lines.iter()?;
    while let Some(line) = it.next()? {
        writer_write(this, args.slf(), &line)?;
    }
    Ok(())
}

fn sw_reset(this: &StreamWriter, args: Args) -> PyResult<()> {
    args.none()?;
    let out = {
        let mut s = this.state.lock()?;
        // As CPython: nothing at all unless some text is pending.
        if s.pending.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(&mut s.pending);
        let errors = current_errors(this, args.slf())?;
        let (mut out, _) = run_encode(this.codec, &mut s.st, &text, errors.as_deref(), true)?;
        this.codec.encode_reset(&mut s.st, &mut out);
        out
    };
    if !out.is_empty() {
        this.stream.call_method("write", &[&*PyObj::bytes(&out)?])?;
    }
    Ok(())
}

fn sw_stream(this: &StreamWriter, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.stream.clone())
}

impl NativeClass for StreamWriter {
    const NAME: &'static str = "_multibytecodec.MultibyteStreamWriter";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(StreamWriter, "__init__", init_errors, ""),
        native_method!(StreamWriter, "__delattr__", delattr_errors, ""),
        native_method!(StreamWriter, "write", sw_write, "write($self, strobj, /)\n--\n\nEncode a str and write it to the stream."),
        native_method!(StreamWriter, "writelines", sw_writelines, "writelines($self, lines, /)\n--\n\nEncode and write each str of an iterable."),
        native_method!(StreamWriter, "reset", sw_reset, "reset($self, /)\n--\n\nWrite what returns the encoder to its initial state."),
    ];
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(StreamWriter, "stream", sw_stream)];
    fn native_type() -> &'static NativeType<Self> {
        &STREAM_WRITER
    }
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        let (stream, errors) = stream_new_args(&args, "MultibyteStreamWriter")?;
        let codec = class_codec(cls)?;
        Ok(StreamWriter { codec, errors, stream, state: PyMutex::new(EncState { st: codec.enc_init(), pending: Vec::new() }) })
    }
}

// ---- the modules ----

/// A codec object for `name` among the codecs of `module`.
fn make_codec(module: &str, name: &str) -> PyResult<PyObj> {
    match CODECS.iter().find(|(m, c)| *m == module && c.name == name) {
        Some((_, c)) => MULTIBYTE_CODEC.wrap(MultibyteCodec { codec: c }),
        None => Err(PyErr::with_type(builtin("LookupError")?, "no such codec is supported.")),
    }
}

fn getcodec_in(module: &'static str, args: &Args) -> PyResult<PyObj> {
    let name = args.one()?;
    if !name.is_str() {
        return Err(PyErr::type_error("encoding name must be a string."));
    }
    make_codec(module, name.as_str()?)
}

macro_rules! family {
    ($create:ident, $getcodec:ident, $module:literal) => {
        fn $getcodec(args: Args) -> PyResult<PyObj> {
            getcodec_in($module, &args)
        }
        pub fn $create() -> PyResult<PyObj> {
            static FUNCS: &[NativeFnDef] = &[native_fn!($module, "getcodec", $getcodec, "getcodec($module, encoding, /)\n--\n\nThe codec object of one of this module's encodings.")];
            ModuleBuilder::new($module, "")?.functions(FUNCS)?.finish()
        }
    };
}

family!(create_jp, getcodec_jp, "_codecs_jp");
family!(create_cn, getcodec_cn, "_codecs_cn");
family!(create_kr, getcodec_kr, "_codecs_kr");
family!(create_tw, getcodec_tw, "_codecs_tw");
family!(create_hk, getcodec_hk, "_codecs_hk");
family!(create_iso2022, getcodec_iso2022, "_codecs_iso2022");

/// `__create_codec(codec)`: CPython builds codec objects from a capsule;
/// pyk's families build them directly, so this accepts a codec object and
/// gives it back, refusing anything else as CPython refuses a non-capsule.
fn create_codec(args: Args) -> PyResult<PyObj> {
    let o = args.one()?;
    match MULTIBYTE_CODEC.data(o) {
        Some(_) => Ok(o.to_owned()),
        None => Err(PyErr::value_error("argument type invalid")),
    }
}

pub fn create_multibytecodec() -> PyResult<PyObj> {
    static FUNCS: &[NativeFnDef] = &[native_fn!("_multibytecodec", "__create_codec", create_codec, "")];
    ModuleBuilder::new("_multibytecodec", "")?
        .functions(FUNCS)?
        .class::<MultibyteCodec>()?
        .class::<IncrementalEncoder>()?
        .class::<IncrementalDecoder>()?
        .class::<StreamReader>()?
        .class::<StreamWriter>()?
        .finish()
}
