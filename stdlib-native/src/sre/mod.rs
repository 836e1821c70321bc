//! `_sre`: the regular-expression engine under CPython 3.13's pure-Python
//! `re` package. `re._compiler` turns a pattern into a list of code words
//! (the opcodes of `re._constants`); [`engine`] runs that list. This file
//! holds the Python face: `_sre.compile`/`template` and the helpers, and the
//! `re.Pattern`, `re.Match`, `_sre.SRE_Scanner` and `_sre.SRE_Template`
//! types, with CPython's signatures, results and error messages.
//!
//! A str subject is matched by code point: an ASCII str directly as its
//! UTF-8 bytes, any other str decoded once per call (and remembered by the
//! pattern for the last large subject, so tokenizer loops that call
//! `p.match(s, pos)` over one long string do not decode it again).

mod engine;
mod unicode;

use std::sync::Arc;

use engine::{Matcher, Mode};
use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_dict};

const MODULE: &str = "_sre";
const MAGIC: i64 = 20230612;
const CODESIZE: i64 = 4;

const FLAG_IGNORECASE: i64 = 2;
const FLAG_LOCALE: i64 = 4;
const FLAG_UNICODE: i64 = 32;
const FLAG_ASCII: i64 = 256;
const FLAG_NAMES: [(&str, i64); 8] = [
    ("re.IGNORECASE", FLAG_IGNORECASE),
    ("re.LOCALE", FLAG_LOCALE),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", FLAG_UNICODE),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", FLAG_ASCII),
];

/// Subjects at least this long (in UTF-8 bytes) are remembered by the pattern.
const CACHE_MIN: usize = 256;

/// How a subject's slices are made.
#[derive(Clone)]
enum SKind {
    /// An ASCII str: code point i is byte i of its UTF-8.
    Ascii,
    /// Any other str: its code points.
    Wide(Arc<Vec<u32>>),
    /// bytes (or a subclass): borrowed from the object.
    Bytes,
    /// Another bytes-like object (bytearray, memoryview): read again when sliced.
    Other,
}

/// The characters a match runs over.
enum Data<'a> {
    Borrowed(&'a [u8]),
    Bytes(Arc<Vec<u8>>),
    Wide(Arc<Vec<u32>>),
}

impl Data<'_> {
    fn len(&self) -> usize {
        match self {
            Data::Borrowed(b) => b.len(),
            Data::Bytes(b) => b.len(),
            Data::Wide(w) => w.len(),
        }
    }
    fn to_static(&self) -> Data<'static> {
        match self {
            Data::Borrowed(b) => Data::Bytes(Arc::new(b.to_vec())),
            Data::Bytes(b) => Data::Bytes(b.clone()),
            Data::Wide(w) => Data::Wide(w.clone()),
        }
    }
}

/// Runs `$body` with `$t` bound to the subject's characters up to `$end`.
macro_rules! with_text {
    ($data:expr, $end:expr, |$t:ident| $body:expr) => {
        match $data {
            Data::Borrowed(b) => {
                let $t: &[u8] = &b[..$end];
                $body
            }
            Data::Bytes(b) => {
                let $t: &[u8] = &b[..$end];
                $body
            }
            Data::Wide(w) => {
                let $t: &[u32] = &w[..$end];
                $body
            }
        }
    };
}

struct Subject<'a> {
    obj: &'a PyAny,
    data: Data<'a>,
    kind: SKind,
    is_str: bool,
}

fn slice_of(obj: &PyAny, kind: &SKind, a: usize, b: usize) -> PyResult<PyObj> {
    match kind {
        SKind::Ascii => {
            let s = obj.as_str()?;
            Ok(PyObj::from(s.get(a..b).unwrap_or("")))
        }
        SKind::Wide(w) => {
            let s: String = w[a..b].iter().map(|&c| pyk_abi::surrogate::char_for(c).unwrap_or('\u{fffd}')).collect();
            Ok(PyObj::from(s.as_str()))
        }
        SKind::Bytes => PyObj::bytes(obj.as_bytes()?.get(a..b).unwrap_or(&[])),
        SKind::Other => {
            // Slices of any bytes-like subject are bytes, as in CPython.
            let data = obj.bytes_like()?;
            PyObj::bytes(data.get(a..b.min(data.len())).unwrap_or(&[]))
        }
    }
}

/// An index argument (`__index__`), clamped to `0..=len` as CPython's state_init does.
fn ssize(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() && o.get_type().getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    match o.to_i64() {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::OverflowError) => {
            // Beyond i64: saturate in the direction of the sign.
            let neg = o.compare(&PyObj::from(0i64), ops::LT)?;
            Ok(if neg { i64::MIN } else { i64::MAX })
        }
        Err(e) => Err(e),
    }
}

fn clamp(v: i64, len: usize) -> usize {
    if v < 0 {
        0
    } else {
        (v as u64).min(len as u64) as usize
    }
}

// ---------------------------------------------------------------- Pattern

struct Pattern {
    pattern: PyObj,
    flags: i64,
    code: Vec<u32>,
    groups: usize,
    groupindex: PyObj,
    indexgroup: PyObj,
    /// Some(true) for a bytes pattern, Some(false) for str, None when compiled without source.
    isbytes: Option<bool>,
    /// The last large str subject and how it was read.
    cache: PyMutex<Option<(PyObj, SKind)>>,
}

static PATTERN: NativeType<Pattern> = NativeType::new();

impl Pattern {
    fn subject<'a>(&self, obj: &'a PyAny) -> PyResult<Subject<'a>> {
        if obj.is_str() {
            if self.isbytes == Some(true) {
                return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object"));
            }
            let s = obj.as_str()?;
            let big = s.len() >= CACHE_MIN;
            let mut kind = None;
            if big {
                if let Some((o, k)) = &*self.cache.lock()? {
                    if o.is(obj) {
                        kind = Some(k.clone());
                    }
                }
            }
            let kind = match kind {
                Some(k) => k,
                None => {
                    let k = if s.is_ascii() { SKind::Ascii } else { SKind::Wide(Arc::new(s.chars().map(pyk_abi::surrogate::code_point).collect())) };
                    if big {
                        let old = self.cache.lock()?.replace((obj.to_owned(), k.clone()));
                        drop(old);
                    }
                    k
                }
            };
            let data = match &kind {
                SKind::Wide(w) => Data::Wide(w.clone()),
                _ => Data::Borrowed(s.as_bytes()),
            };
            return Ok(Subject { obj, data, kind, is_str: true });
        }
        let (data, kind) = if let Ok(b) = obj.as_bytes() {
            (Data::Borrowed(b), SKind::Bytes)
        } else if obj.isinstance(&*builtin("bytearray")?)? || obj.isinstance(&*builtin("memoryview")?)? {
            (Data::Bytes(Arc::new(obj.bytes_like()?)), SKind::Other)
        } else if let Ok(view) = builtin("memoryview")?.call(&[obj]) {
            // any other buffer (array.array, mmap): its bytes, one
            // character per byte as CPython's getstring
            (Data::Bytes(Arc::new(view.bytes_like()?)), SKind::Other)
        } else {
            return Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", obj.type_name()?)));
        };
        if self.isbytes == Some(false) {
            return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"));
        }
        Ok(Subject { obj, data, kind, is_str: false })
    }

    fn matcher(&self) -> Matcher<'_> {
        Matcher::new(&self.code, self.groups)
    }
}

/// The `string, pos=0, endpos=sys.maxsize` arguments.
fn bind_range<'a>(args: &Args<'a>, name: &'static str) -> PyResult<(&'a PyAny, Option<&'a PyAny>, Option<&'a PyAny>)> {
    let sig = Signature::simple(name, &["string", "pos", "endpos"], 1);
    let v = args.bind(&sig)?;
    let string = v[0].ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument 'string' (pos 1)")))?;
    Ok((string, v[1], v[2]))
}

fn positions(pos: Option<&PyAny>, endpos: Option<&PyAny>, len: usize) -> PyResult<(usize, usize)> {
    let p = match pos {
        Some(p) => clamp(ssize(p)?, len),
        None => 0,
    };
    let e = match endpos {
        Some(e) => clamp(ssize(e)?, len),
        None => len,
    };
    Ok((p, e))
}

/// Builds a Match from the matcher's state after a successful attempt.
#[allow(clippy::too_many_arguments)]
fn make_match(
    pat: &Pattern,
    pattern_obj: &PyAny,
    subj_obj: &PyAny,
    kind: &SKind,
    m: &Matcher,
    span: (usize, usize),
    pos: usize,
    endpos: usize,
) -> PyResult<PyObj> {
    let mut spans = Vec::with_capacity(pat.groups + 1);
    spans.push((span.0 as isize, span.1 as isize));
    for g in 1..=pat.groups {
        spans.push(match m.group_span(g) {
            Some((s, e)) => (s as isize, e as isize),
            None => (-1, -1),
        });
    }
    let lastindex = if m.lastindex == 0 { None } else { Some(m.lastindex) };
    MATCH.wrap(MatchObj { string: subj_obj.to_owned(), pattern: pattern_obj.to_owned(), kind: kind.clone(), pos, endpos, spans, lastindex })
}

fn do_match(this: &Pattern, args: Args, name: &'static str, match_all: bool, search: bool) -> PyResult<PyObj> {
    let (string, pos, endpos) = bind_range(&args, name)?;
    let subj = this.subject(string)?;
    let (pos, endpos) = positions(pos, endpos, subj.data.len())?;
    let mut m = this.matcher();
    let mode = Mode { match_all, must_advance: false };
    let r = with_text!(&subj.data, endpos, |t| if search { m.search(t, pos, mode) } else { m.match_at(t, pos, mode).map(|e| (pos, e)) });
    match r {
        Some(span) => make_match(this, args.slf(), subj.obj, &subj.kind, &m, span, pos, endpos),
        None => Ok(PyObj::none()),
    }
}

fn pattern_match(this: &Pattern, args: Args) -> PyResult<PyObj> {
    do_match(this, args, "match", false, false)
}
fn pattern_fullmatch(this: &Pattern, args: Args) -> PyResult<PyObj> {
    do_match(this, args, "fullmatch", true, false)
}
fn pattern_search(this: &Pattern, args: Args) -> PyResult<PyObj> {
    do_match(this, args, "search", false, true)
}

fn pattern_findall(this: &Pattern, args: Args) -> PyResult<PyObj> {
    let (string, pos, endpos) = bind_range(&args, "findall")?;
    let subj = this.subject(string)?;
    let (mut pos, endpos) = positions(pos, endpos, subj.data.len())?;
    let list = list_of(&[])?;
    let mut m = this.matcher();
    let mut must_advance = false;
    while pos <= endpos {
        let mode = Mode { match_all: false, must_advance };
        let Some((b, e)) = with_text!(&subj.data, endpos, |t| m.search(t, pos, mode)) else { break };
        let item = match this.groups {
            0 => slice_of(subj.obj, &subj.kind, b, e)?,
            1 => group_or_empty(&subj, &m, 1)?,
            n => {
                let items = (1..=n).map(|g| group_or_empty(&subj, &m, g)).collect::<PyResult<Vec<_>>>()?;
                tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?
            }
        };
        list.list_append(&item)?;
        must_advance = e == b;
        pos = e;
    }
    Ok(list)
}

fn group_or_empty(subj: &Subject, m: &Matcher, g: usize) -> PyResult<PyObj> {
    match m.group_span(g) {
        Some((s, e)) => slice_of(subj.obj, &subj.kind, s, e),
        None => slice_of(subj.obj, &subj.kind, 0, 0),
    }
}

fn pattern_scanner_impl(this: &Pattern, args: &Args, name: &'static str) -> PyResult<PyObj> {
    let (string, pos, endpos) = bind_range(args, name)?;
    let subj = this.subject(string)?;
    let (pos, endpos) = positions(pos, endpos, subj.data.len())?;
    // A mutable buffer (bytearray) cannot be resized while the scanner
    // lives, as CPython's scanner holds a buffer export on it.
    let export = match subj.kind {
        SKind::Other => Some(builtin("memoryview")?.call(&[string])?),
        _ => None,
    };
    SCANNER.wrap(Scanner {
        _export: export,
        pattern: args.slf().to_owned(),
        string: string.to_owned(),
        data: subj.data.to_static(),
        kind: subj.kind,
        pos,
        endpos,
        state: PyMutex::new((pos, false)),
    })
}

fn pattern_scanner(this: &Pattern, args: Args) -> PyResult<PyObj> {
    pattern_scanner_impl(this, &args, "scanner")
}

fn pattern_finditer(this: &Pattern, args: Args) -> PyResult<PyObj> {
    let scanner = pattern_scanner_impl(this, &args, "finditer")?;
    let search = scanner.getattr("search")?;
    builtin("iter")?.call(&[&search, &PyObj::none()])
}

fn pattern_split(this: &Pattern, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("split", &["string", "maxsplit"], 1))?;
    let string = v[0].ok_or_else(|| PyErr::type_error("split() missing required argument 'string' (pos 1)"))?;
    let maxsplit = match v[1] {
        Some(x) => ssize(x)?,
        None => 0,
    };
    let subj = this.subject(string)?;
    let end = subj.data.len();
    let list = list_of(&[])?;
    let mut m = this.matcher();
    let (mut n, mut last, mut pos, mut must_advance) = (0i64, 0usize, 0usize, false);
    while maxsplit == 0 || n < maxsplit {
        let mode = Mode { match_all: false, must_advance };
        let Some((b, e)) = with_text!(&subj.data, end, |t| m.search(t, pos, mode)) else { break };
        list.list_append(&*slice_of(subj.obj, &subj.kind, last, b)?)?;
        for g in 1..=this.groups {
            let item = match m.group_span(g) {
                Some((s, e)) => slice_of(subj.obj, &subj.kind, s, e)?,
                None => PyObj::none(),
            };
            list.list_append(&item)?;
        }
        n += 1;
        must_advance = e == b;
        last = e;
        pos = e;
    }
    list.list_append(&*slice_of(subj.obj, &subj.kind, last, end)?)?;
    Ok(list)
}

/// What `sub` puts in place of each match.
enum Filter {
    Literal(PyObj),
    Template(PyObj),
    Callable(PyObj),
}

fn has_backslash(o: &PyAny) -> PyResult<Option<bool>> {
    if o.is_str() {
        return Ok(Some(o.as_str()?.contains('\\')));
    }
    if let Ok(b) = o.as_bytes() {
        return Ok(Some(b.contains(&b'\\')));
    }
    if o.isinstance(&*builtin("bytearray")?)? || o.isinstance(&*builtin("memoryview")?)? {
        return Ok(Some(o.bytes_like()?.contains(&b'\\')));
    }
    Ok(None)
}

/// `re._compile_template(pattern, repl)`: a template object.
fn compile_template(pattern: &PyAny, repl: &PyAny) -> PyResult<PyObj> {
    let f = import("re")?.getattr("_compile_template")?;
    let t = f.call(&[pattern, repl])?;
    if TEMPLATE.data(&t).is_none() {
        return Err(PyErr::type_error("expected an SRE_Template object"));
    }
    Ok(t)
}

fn subx(this: &Pattern, args: Args, name: &'static str, subn: bool) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple(name, &["repl", "string", "count"], 2))?;
    let repl = v[0].ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument 'repl' (pos 1)")))?;
    let string = v[1].ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument 'string' (pos 2)")))?;
    let count = match v[2] {
        Some(c) => ssize(c)?,
        None => 0,
    };
    let filter = if builtin("callable")?.call(&[repl])?.is_true()? {
        Filter::Callable(repl.to_owned())
    } else if has_backslash(repl)? == Some(false) {
        Filter::Literal(repl.to_owned())
    } else {
        Filter::Template(compile_template(args.slf(), repl)?)
    };
    let subj = this.subject(string)?;
    let end = subj.data.len();
    let mut pieces: Vec<PyObj> = Vec::new();
    let mut m = this.matcher();
    let (mut n, mut i, mut pos, mut must_advance) = (0i64, 0usize, 0usize, false);
    while count == 0 || n < count {
        let mode = Mode { match_all: false, must_advance };
        let Some((b, e)) = with_text!(&subj.data, end, |t| m.search(t, pos, mode)) else { break };
        if i < b {
            pieces.push(slice_of(subj.obj, &subj.kind, i, b)?);
        }
        match &filter {
            Filter::Literal(l) => pieces.push(l.clone()),
            Filter::Template(t) => {
                let mobj = make_match(this, args.slf(), subj.obj, &subj.kind, &m, (b, e), 0, end)?;
                let tdata = TEMPLATE.expect(t, "expand")?;
                tdata.expand_into(&mobj, &mut pieces)?;
            }
            Filter::Callable(f) => {
                let mobj = make_match(this, args.slf(), subj.obj, &subj.kind, &m, (b, e), 0, end)?;
                let r = f.call(&[&mobj])?;
                if !r.is_none() {
                    pieces.push(r);
                }
            }
        }
        n += 1;
        i = e;
        must_advance = e == b;
        pos = e;
    }
    let result = if n == 0 && (subj.is_str || matches!(subj.kind, SKind::Bytes)) && is_exact_text(string)? {
        string.to_owned()
    } else {
        if i < end {
            pieces.push(slice_of(subj.obj, &subj.kind, i, end)?);
        }
        join(subj.is_str, &pieces)?
    };
    if subn {
        tuple_of(&[&result, &PyObj::from(n)])
    } else {
        Ok(result)
    }
}

fn is_exact_text(o: &PyAny) -> PyResult<bool> {
    Ok(o.is_exact_instance(&*builtin("str")?) || o.is_exact_instance(&*builtin("bytes")?))
}

fn join(is_str: bool, pieces: &[PyObj]) -> PyResult<PyObj> {
    let joiner = if is_str { PyObj::from("") } else { PyObj::bytes(&[])? };
    let list = list_of(&pieces.iter().map(|o| &**o).collect::<Vec<_>>())?;
    joiner.call_method("join", &[&list])
}

fn pattern_sub(this: &Pattern, args: Args) -> PyResult<PyObj> {
    subx(this, args, "sub", false)
}
fn pattern_subn(this: &Pattern, args: Args) -> PyResult<PyObj> {
    subx(this, args, "subn", true)
}

fn pattern_copy(_this: &Pattern, args: Args) -> PyResult<PyObj> {
    args.none()?;
    Ok(args.slf().to_owned())
}
fn pattern_deepcopy(_this: &Pattern, args: Args) -> PyResult<PyObj> {
    args.one()?;
    Ok(args.slf().to_owned())
}

fn pattern_eq(this: &Pattern, args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    let Some(o) = PATTERN.data(other) else { return builtin("NotImplemented") };
    if args.slf().is(other) {
        return Ok(PyObj::from(true));
    }
    let eq = this.flags == o.flags
        && this.isbytes == o.isbytes
        && this.code == o.code
        && this.pattern.compare(&o.pattern, ops::EQ)?;
    Ok(PyObj::from(eq))
}

fn pattern_hash(this: &Pattern, args: Args) -> PyResult<i64> {
    args.none()?;
    let mut h = this.pattern.hash()? as u64;
    for &c in &this.code {
        h = h.wrapping_mul(1_000_003) ^ c as u64;
    }
    h ^= this.flags as u64;
    let h = h as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn class_getitem(args: Args) -> PyResult<PyObj> {
    let item = args.one()?;
    import("types")?.getattr("GenericAlias")?.call(&[args.slf(), item])
}

fn get_pattern(this: &Pattern, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.pattern.clone())
}
fn get_flags(this: &Pattern, _slf: &PyAny) -> PyResult<i64> {
    Ok(this.flags)
}
fn get_groups(this: &Pattern, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.groups)
}
fn get_groupindex(this: &Pattern, _slf: &PyAny) -> PyResult<PyObj> {
    // A read-only view, as CPython's mappingproxy (a new empty dict when there are no names).
    if this.groupindex.len()? == 0 {
        return new_dict();
    }
    import("types")?.getattr("MappingProxyType")?.call(&[&this.groupindex])
}

/// `repr()` truncated to `n` characters, as CPython's `%.<n>R`.
fn repr_trunc(o: &PyAny, n: usize) -> PyResult<String> {
    let r = o.repr()?;
    Ok(r.chars().take(n).collect())
}

impl NativeClass for Pattern {
    const NAME: &'static str = "re.Pattern";
    const DOC: &'static str = "Compiled regular expression object.";
    const HAS_REPR: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Pattern, "match", pattern_match, "Matches zero or more characters at the beginning of the string."),
        native_method!(Pattern, "fullmatch", pattern_fullmatch, "Matches against all of the string."),
        native_method!(Pattern, "search", pattern_search, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."),
        native_method!(Pattern, "findall", pattern_findall, "Return a list of all non-overlapping matches of pattern in string."),
        native_method!(Pattern, "finditer", pattern_finditer, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."),
        native_method!(Pattern, "sub", pattern_sub, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."),
        native_method!(Pattern, "subn", pattern_subn, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."),
        native_method!(Pattern, "split", pattern_split, "Split string by the occurrences of pattern."),
        native_method!(Pattern, "scanner", pattern_scanner, ""),
        native_method!(Pattern, "__copy__", pattern_copy, ""),
        native_method!(Pattern, "__deepcopy__", pattern_deepcopy, ""),
        native_method!(Pattern, "__eq__", pattern_eq, ""),
        native_method!(Pattern, "__hash__", pattern_hash, ""),
        native_fn!("Pattern", "__class_getitem__", class_getitem, "See PEP 585"),
    ];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Pattern, "pattern", get_pattern),
        native_getter!(Pattern, "flags", get_flags),
        native_getter!(Pattern, "groups", get_groups),
        native_getter!(Pattern, "groupindex", get_groupindex),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &PATTERN
    }
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        let mut flags = self.flags;
        // re.UNICODE is implied for str patterns.
        if self.isbytes == Some(false) && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
            flags &= !FLAG_UNICODE;
        }
        let pat = repr_trunc(&self.pattern, 200)?;
        if flags == 0 {
            return Ok(format!("re.compile({pat})"));
        }
        let mut names: Vec<String> = Vec::new();
        for (n, f) in FLAG_NAMES {
            if flags & f != 0 {
                names.push(n.to_owned());
                flags &= !f;
            }
        }
        if flags != 0 {
            names.push(format!("0x{flags:x}"));
        }
        Ok(format!("re.compile({pat}, {})", names.join("|")))
    }
}

// ---------------------------------------------------------------- Match

struct MatchObj {
    string: PyObj,
    pattern: PyObj,
    kind: SKind,
    pos: usize,
    endpos: usize,
    /// Group 0 and every group: (start, end), (-1, -1) when unmatched.
    spans: Vec<(isize, isize)>,
    lastindex: Option<usize>,
}

static MATCH: NativeType<MatchObj> = NativeType::new();

impl MatchObj {
    fn pat(&self) -> PyResult<&Pattern> {
        PATTERN.data(&self.pattern).ok_or_else(|| PyErr::system_error("match without pattern"))
    }

    /// The group number named by `g` (an int or a group name).
    fn index(&self, g: &PyAny) -> PyResult<usize> {
        let n = self.spans.len();
        let no = || PyErr::index_error("no such group");
        if g.is_int() || g.get_type().getattr("__index__").is_ok() {
            let i = match g.to_i64() {
                Ok(i) => i,
                Err(e) if e.matches(ExcKind::OverflowError) => return Err(no()),
                Err(e) => return Err(e),
            };
            return if i >= 0 && (i as u64) < n as u64 { Ok(i as usize) } else { Err(no()) };
        }
        let gi = &self.pat()?.groupindex;
        match gi.getitem(g) {
            Ok(v) if v.is_int() => match v.to_i64() {
                Ok(i) if i >= 0 && (i as u64) < n as u64 => Ok(i as usize),
                _ => Err(no()),
            },
            Ok(_) => Err(no()),
            Err(e) if e.matches(ExcKind::KeyError) => Err(no()),
            Err(e) => Err(e),
        }
    }

    fn get(&self, i: usize, default: &PyAny) -> PyResult<PyObj> {
        let (s, e) = self.spans[i];
        if s < 0 {
            return Ok(default.to_owned());
        }
        slice_of(&self.string, &self.kind, s as usize, e as usize)
    }
}

fn match_group(this: &MatchObj, args: Args) -> PyResult<PyObj> {
    let a = args.varargs()?;
    let none = PyObj::none();
    match a {
        [] => this.get(0, &none),
        [g] => this.get(this.index(g)?, &none),
        many => {
            let items = many.iter().map(|g| this.get(this.index(g)?, &none)).collect::<PyResult<Vec<_>>>()?;
            tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())
        }
    }
}

fn match_getitem(this: &MatchObj, args: Args) -> PyResult<PyObj> {
    let g = args.one()?;
    this.get(this.index(g)?, &PyObj::none())
}

fn match_groups(this: &MatchObj, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("groups", &["default"], 0))?;
    let none = PyObj::none();
    let default = v[0].unwrap_or(&none);
    let items = (1..this.spans.len()).map(|i| this.get(i, default)).collect::<PyResult<Vec<_>>>()?;
    tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())
}

fn match_groupdict(this: &MatchObj, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("groupdict", &["default"], 0))?;
    let none = PyObj::none();
    let default = v[0].unwrap_or(&none);
    let d = new_dict()?;
    let gi = &this.pat()?.groupindex;
    for name in gi.iter_items()? {
        let i = this.index(&*gi.getitem(&name)?)?;
        d.setitem(&name, &*this.get(i, default)?)?;
    }
    Ok(d)
}

fn group_arg(this: &MatchObj, args: &Args) -> PyResult<usize> {
    match args.range(0, 1)? {
        [] => Ok(0),
        [g] => this.index(g),
        _ => Err(PyErr::system_error("bad arguments")),
    }
}

fn match_start(this: &MatchObj, args: Args) -> PyResult<isize> {
    Ok(this.spans[group_arg(this, &args)?].0)
}
fn match_end(this: &MatchObj, args: Args) -> PyResult<isize> {
    Ok(this.spans[group_arg(this, &args)?].1)
}
fn match_span(this: &MatchObj, args: Args) -> PyResult<PyObj> {
    let (s, e) = this.spans[group_arg(this, &args)?];
    (s, e).into_py()
}

fn match_expand(this: &MatchObj, args: Args) -> PyResult<PyObj> {
    let template = args.one()?;
    let t = compile_template(&this.pattern, template)?;
    let mut pieces = Vec::new();
    TEMPLATE.expect(&t, "expand")?.expand_into(args.slf(), &mut pieces)?;
    join(matches!(this.kind, SKind::Ascii | SKind::Wide(_)), &pieces)
}

fn match_copy(_this: &MatchObj, args: Args) -> PyResult<PyObj> {
    args.none()?;
    Ok(args.slf().to_owned())
}
fn match_deepcopy(_this: &MatchObj, args: Args) -> PyResult<PyObj> {
    args.one()?;
    Ok(args.slf().to_owned())
}

fn m_string(this: &MatchObj, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.string.clone())
}
fn m_re(this: &MatchObj, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.pattern.clone())
}
fn m_pos(this: &MatchObj, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.pos)
}
fn m_endpos(this: &MatchObj, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.endpos)
}
fn m_lastindex(this: &MatchObj, _slf: &PyAny) -> PyResult<Option<usize>> {
    Ok(this.lastindex)
}
fn m_lastgroup(this: &MatchObj, _slf: &PyAny) -> PyResult<PyObj> {
    let Some(i) = this.lastindex else { return Ok(PyObj::none()) };
    let ig = &this.pat()?.indexgroup;
    if ig.is_tuple() && i < ig.len()? {
        return ig.getitem(&PyObj::from(i));
    }
    Ok(PyObj::none())
}
fn m_regs(this: &MatchObj, _slf: &PyAny) -> PyResult<PyObj> {
    let items = this.spans.iter().map(|&(s, e)| (s, e).into_py()).collect::<PyResult<Vec<_>>>()?;
    tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())
}

impl NativeClass for MatchObj {
    const NAME: &'static str = "re.Match";
    const DOC: &'static str = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
    const HAS_REPR: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(MatchObj, "group", match_group, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."),
        native_method!(MatchObj, "groups", match_groups, "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match."),
        native_method!(MatchObj, "groupdict", match_groupdict, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match."),
        native_method!(MatchObj, "start", match_start, "Return index of the start of the substring matched by group."),
        native_method!(MatchObj, "end", match_end, "Return index of the end of the substring matched by group."),
        native_method!(MatchObj, "span", match_span, "For match object m, return the 2-tuple (m.start(group), m.end(group))."),
        native_method!(MatchObj, "expand", match_expand, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."),
        native_method!(MatchObj, "__getitem__", match_getitem, "Return self[key]."),
        native_method!(MatchObj, "__copy__", match_copy, ""),
        native_method!(MatchObj, "__deepcopy__", match_deepcopy, ""),
        native_fn!("Match", "__class_getitem__", class_getitem, "See PEP 585"),
    ];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(MatchObj, "string", m_string),
        native_getter!(MatchObj, "re", m_re),
        native_getter!(MatchObj, "pos", m_pos),
        native_getter!(MatchObj, "endpos", m_endpos),
        native_getter!(MatchObj, "lastindex", m_lastindex),
        native_getter!(MatchObj, "lastgroup", m_lastgroup),
        native_getter!(MatchObj, "regs", m_regs),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &MATCH
    }
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        let (s, e) = self.spans[0];
        let g = self.get(0, &PyObj::none())?;
        Ok(format!("<re.Match object; span=({s}, {e}), match={}>", repr_trunc(&g, 50)?))
    }
}

// ---------------------------------------------------------------- Scanner

struct Scanner {
    /// A memoryview of a bytes-like subject other than bytes, kept for the
    /// scanner's life.
    _export: Option<PyObj>,
    pattern: PyObj,
    string: PyObj,
    data: Data<'static>,
    kind: SKind,
    pos: usize,
    endpos: usize,
    /// Where the next attempt starts, and whether the last match was empty.
    state: PyMutex<(usize, bool)>,
}

static SCANNER: NativeType<Scanner> = NativeType::new();

fn scanner_step(this: &Scanner, args: Args, search: bool) -> PyResult<PyObj> {
    args.none()?;
    let pat = PATTERN.data(&this.pattern).ok_or_else(|| PyErr::system_error("scanner without pattern"))?;
    let mut st = this.state.lock()?;
    let (start, must_advance) = *st;
    if start > this.endpos {
        return Ok(PyObj::none());
    }
    let mut m = pat.matcher();
    let mode = Mode { match_all: false, must_advance };
    let r = with_text!(&this.data, this.endpos, |t| if search {
        m.search(t, start, mode)
    } else {
        m.match_at(t, start, mode).map(|e| (start, e))
    });
    let Some((b, e)) = r else {
        // Exhausted: later calls return None too.
        *st = (this.endpos + 1, false);
        return Ok(PyObj::none());
    };
    *st = (e, e == b);
    drop(st);
    make_match(pat, &this.pattern, &this.string, &this.kind, &m, (b, e), this.pos, this.endpos)
}

fn scanner_match(this: &Scanner, args: Args) -> PyResult<PyObj> {
    scanner_step(this, args, false)
}
fn scanner_search(this: &Scanner, args: Args) -> PyResult<PyObj> {
    scanner_step(this, args, true)
}
fn scanner_pattern(this: &Scanner, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.pattern.clone())
}

impl NativeClass for Scanner {
    const NAME: &'static str = "_sre.SRE_Scanner";
    const METHODS: &'static [NativeFnDef] =
        &[native_method!(Scanner, "match", scanner_match, ""), native_method!(Scanner, "search", scanner_search, "")];
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(Scanner, "pattern", scanner_pattern)];
    fn native_type() -> &'static NativeType<Self> {
        &SCANNER
    }
}

// ---------------------------------------------------------------- Template

/// A compiled replacement: `literals[0]`, then group `indices[k]` followed by `literals[k + 1]`.
struct Template {
    literals: Vec<Option<PyObj>>,
    indices: Vec<usize>,
}

static TEMPLATE: NativeType<Template> = NativeType::new();

impl Template {
    fn expand_into(&self, m: &PyAny, pieces: &mut Vec<PyObj>) -> PyResult<()> {
        let md = MATCH.expect(m, "expand")?;
        let none = PyObj::none();
        if let Some(Some(l)) = self.literals.first() {
            pieces.push(l.clone());
        }
        for (k, &i) in self.indices.iter().enumerate() {
            if i >= md.spans.len() {
                return Err(PyErr::index_error("no such group"));
            }
            let g = md.get(i, &none)?;
            if !g.is_none() {
                pieces.push(g);
            }
            if let Some(Some(l)) = self.literals.get(k + 1) {
                pieces.push(l.clone());
            }
        }
        Ok(())
    }
}

impl NativeClass for Template {
    const NAME: &'static str = "_sre.SRE_Template";
    fn native_type() -> &'static NativeType<Self> {
        &TEMPLATE
    }
}

// ---------------------------------------------------------------- module functions

fn sre_compile(args: Args) -> PyResult<PyObj> {
    let sig = Signature::simple("compile", &["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6);
    let v = args.bind(&sig)?;
    let arg = |i: usize| v[i].ok_or_else(|| PyErr::type_error(format!("compile() missing required argument '{}' (pos {})", sig.params[i], i + 1)));
    let pattern = arg(0)?;
    let flags = arg(1)?.to_i64()?;
    let code_obj = arg(2)?;
    if !code_obj.isinstance(&*builtin("list")?)? {
        return Err(PyErr::type_error(format!("compile() argument 'code' must be list, not {}", code_obj.type_name()?)));
    }
    let mut code = Vec::with_capacity(code_obj.len()?);
    for item in code_obj.iter_items()? {
        let c = item.to_i64().ok().filter(|&c| (0..=u32::MAX as i64).contains(&c));
        match c {
            Some(c) => code.push(c as u32),
            None => {
                if !item.is_int() {
                    return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", item.type_name()?)));
                }
                return Err(PyErr::overflow_error("regular expression code size limit exceeded"));
            }
        }
    }
    let groups = ssize(arg(3)?)?;
    if groups < 0 || groups as usize >= engine::MAXGROUPS {
        return Err(PyErr::runtime_error("invalid SRE code"));
    }
    let groups = groups as usize;
    let groupindex = arg(4)?;
    let indexgroup = arg(5)?;
    let isbytes = if pattern.is_none() {
        None
    } else if pattern.is_str() {
        Some(false)
    } else {
        pattern.bytes_like()?;
        Some(true)
    };
    if !engine::validate(&code, groups) {
        return Err(PyErr::runtime_error("invalid SRE code"));
    }
    // The pattern keeps its own copy of the name table.
    let gi = new_dict()?;
    gi.call_method("update", &[groupindex])?;
    PATTERN.wrap(Pattern {
        pattern: pattern.to_owned(),
        flags,
        code,
        groups,
        groupindex: gi,
        indexgroup: indexgroup.to_owned(),
        isbytes,
        cache: PyMutex::new(None),
    })
}

fn sre_template(args: Args) -> PyResult<PyObj> {
    let [_pattern, list] = args.exact::<2>()?;
    if !list.isinstance(&*builtin("list")?)? {
        return Err(PyErr::type_error(format!("template() argument 2 must be list, not {}", list.type_name()?)));
    }
    let items = list.iter_items()?;
    if items.len() % 2 == 0 {
        return Err(PyErr::type_error("invalid template"));
    }
    let lit = |o: &PyObj| -> PyResult<Option<PyObj>> {
        if o.is_none() {
            return Ok(None);
        }
        Ok(if o.len()? == 0 { None } else { Some(o.clone()) })
    };
    let mut literals = vec![lit(&items[0])?];
    let mut indices = Vec::new();
    for pair in items[1..].chunks(2) {
        let i = ssize(&pair[0])?;
        if i < 0 {
            return Err(PyErr::type_error("invalid template"));
        }
        indices.push(i as usize);
        literals.push(lit(&pair[1])?);
    }
    TEMPLATE.wrap(Template { literals, indices })
}

fn char_arg(args: &Args) -> PyResult<u32> {
    let [c] = args.exact::<1>()?;
    let v = ssize(c)?;
    Ok(v.clamp(0, u32::MAX as i64) as u32)
}

fn sre_getcodesize(args: Args) -> PyResult<i64> {
    args.none()?;
    Ok(CODESIZE)
}
fn sre_ascii_iscased(args: Args) -> PyResult<bool> {
    Ok(engine::ascii_iscased(char_arg(&args)?))
}
fn sre_unicode_iscased(args: Args) -> PyResult<bool> {
    Ok(engine::uni_iscased(char_arg(&args)?))
}
fn sre_ascii_tolower(args: Args) -> PyResult<i64> {
    Ok(engine::ascii_tolower(char_arg(&args)?) as i64)
}
fn sre_unicode_tolower(args: Args) -> PyResult<i64> {
    Ok(engine::uni_lower(char_arg(&args)?) as i64)
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "compile", sre_compile, ""),
    native_fn!(MODULE, "template", sre_template, "template(pattern, template)\n\nA compiled replacement template from the list re._parser.parse_template()\nreturns: literal strings alternating with group numbers."),
    native_fn!(MODULE, "getcodesize", sre_getcodesize, ""),
    native_fn!(MODULE, "ascii_iscased", sre_ascii_iscased, ""),
    native_fn!(MODULE, "unicode_iscased", sre_unicode_iscased, ""),
    native_fn!(MODULE, "ascii_tolower", sre_ascii_tolower, ""),
    native_fn!(MODULE, "unicode_tolower", sre_unicode_tolower, ""),
];

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "")?
        .functions(FUNCTIONS)?
        .constant("MAGIC", MAGIC)?
        .constant("CODESIZE", CODESIZE)?
        .constant("MAXREPEAT", engine::MAXREPEAT as i64)?
        .constant("MAXGROUPS", engine::MAXGROUPS as i64)?
        .constant("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")?
        .finish()
}
