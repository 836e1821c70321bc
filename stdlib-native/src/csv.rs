//! `_csv`: the CSV parser and writer under CPython's pure-Python `csv`,
//! with CPython 3.13's dialect rules, quoting modes (including 3.12's
//! `QUOTE_STRINGS` and `QUOTE_NOTNULL`) and error messages.
//!
//! A dialect is validated once into a [`Format`] (plain Rust data) kept by
//! the `Dialect` object; readers and writers copy it. The reader is a
//! character state machine fed one line at a time with an end-of-line
//! marker after each line, so a record may span several lines of input.
//! The dialect registry is the module's `_dialects` dict, as in CPython.

use std::sync::atomic::{AtomicI64, Ordering};

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_dict, new_exception_type};

const MODULE: &str = "_csv";

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;
const QUOTE_STRINGS: i64 = 4;
const QUOTE_NOTNULL: i64 = 5;

/// `field_size_limit()`: plain data shared by every thread (no Python object).
static FIELD_LIMIT: AtomicI64 = AtomicI64::new(128 * 1024);

fn csv_error(msg: impl Into<String>) -> PyErr {
    match import(MODULE).and_then(|m| m.getattr("Error")) {
        Ok(t) => PyErr::with_type(t, msg.into()),
        Err(e) => e,
    }
}

fn registry() -> PyResult<PyObj> {
    import(MODULE)?.getattr("_dialects")
}

/// A validated dialect.
#[derive(Clone, Debug)]
struct Format {
    delimiter: char,
    doublequote: bool,
    escapechar: Option<char>,
    lineterminator: String,
    quotechar: Option<char>,
    quoting: i64,
    skipinitialspace: bool,
    strict: bool,
}

const ATTRS: [&str; 8] = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

fn one_char(name: &str, s: &str) -> PyResult<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error(format!("\"{name}\" must be a 1-character string"))),
    }
}

fn char_attr(name: &str, v: Option<&PyAny>, default: char) -> PyResult<char> {
    let Some(v) = v else { return Ok(default) };
    if !v.is_str() {
        return Err(PyErr::type_error(format!("\"{name}\" must be string, not {}", v.type_name()?)));
    }
    one_char(name, v.as_str()?)
}

/// `Ok(None)` for an explicit None; `Err(())`-like default via the outer Option.
fn char_or_none_attr(name: &str, v: &PyAny) -> PyResult<Option<char>> {
    if v.is_none() {
        return Ok(None);
    }
    if !v.is_str() {
        return Err(PyErr::type_error(format!("\"{name}\" must be string or None, not {}", v.type_name()?)));
    }
    one_char(name, v.as_str()?).map(Some)
}

fn bool_attr(v: Option<&PyAny>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => v.is_true(),
        None => Ok(default),
    }
}

impl Format {
    /// Builds and validates a dialect from a base object (a name already
    /// resolved, a Dialect, or any object with dialect attributes) and
    /// keyword overrides, as `_csv.Dialect(dialect, **kwargs)` does.
    fn build(base: Option<&PyAny>, overrides: &[Option<&PyAny>; 8]) -> PyResult<Format> {
        let mut held: Vec<Option<PyObj>> = Vec::with_capacity(8);
        for (i, name) in ATTRS.iter().enumerate() {
            if overrides[i].is_some() {
                held.push(None);
                continue;
            }
            let v = match base {
                Some(b) => match b.getattr(name) {
                    Ok(v) => Some(v),
                    Err(e) if e.matches(ExcKind::AttributeError) => None,
                    Err(e) => return Err(e),
                },
                None => None,
            };
            held.push(v);
        }
        let get = |i: usize| -> Option<&PyAny> { overrides[i].or(held[i].as_deref()) };
        let delimiter = char_attr("delimiter", get(0), ',')?;
        let doublequote = bool_attr(get(1), true)?;
        let escapechar = match get(2) {
            Some(v) => char_or_none_attr("escapechar", v)?,
            None => None,
        };
        let lineterminator = match get(3) {
            None => Some("\r\n".to_owned()),
            Some(v) if v.is_none() => None,
            Some(v) if v.is_str() => Some(v.as_str()?.to_owned()),
            Some(_) => return Err(PyErr::type_error("\"lineterminator\" must be a string")),
        };
        let (quotechar, quotechar_none) = match get(4) {
            Some(v) => {
                let c = char_or_none_attr("quotechar", v)?;
                (c, c.is_none())
            }
            None => (Some('"'), false),
        };
        let quoting = match get(5) {
            None if quotechar_none => QUOTE_NONE,
            None => QUOTE_MINIMAL,
            Some(v) => {
                if !v.is_exact_instance(&pyk_sdk::types::int_type()) {
                    return Err(PyErr::type_error("\"quoting\" must be an integer"));
                }
                v.to_i64().unwrap_or(-1)
            }
        };
        let skipinitialspace = bool_attr(get(6), false)?;
        let strict = bool_attr(get(7), false)?;
        if !(QUOTE_MINIMAL..=QUOTE_NOTNULL).contains(&quoting) {
            return Err(PyErr::type_error("bad \"quoting\" value"));
        }
        if quoting != QUOTE_NONE && quotechar.is_none() {
            return Err(PyErr::type_error("quotechar must be set if quoting enabled"));
        }
        let lineterminator = lineterminator.ok_or_else(|| PyErr::type_error("lineterminator must be set"))?;
        let f = Format { delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict };
        f.check()?;
        Ok(f)
    }

    fn check(&self) -> PyResult<()> {
        let bad_char = |name: &str, c: Option<char>, allow_space: bool| -> PyResult<()> {
            match c {
                Some('\r' | '\n') => Err(PyErr::value_error(format!("bad {name} value"))),
                Some(' ') if !allow_space => Err(PyErr::value_error(format!("bad {name} value"))),
                _ => Ok(()),
            }
        };
        bad_char("delimiter", Some(self.delimiter), true)?;
        bad_char("escapechar", self.escapechar, !self.skipinitialspace)?;
        bad_char("quotechar", self.quotechar, !self.skipinitialspace)?;
        let clash = |n1: &str, c1: Option<char>, n2: &str, c2: Option<char>| -> PyResult<()> {
            if c1.is_some() && c1 == c2 {
                Err(PyErr::value_error(format!("bad {n1} or {n2} value")))
            } else {
                Ok(())
            }
        };
        clash("delimiter", Some(self.delimiter), "escapechar", self.escapechar)?;
        clash("delimiter", Some(self.delimiter), "quotechar", self.quotechar)?;
        clash("escapechar", self.escapechar, "quotechar", self.quotechar)?;
        let in_term = |n: &str, c: Option<char>| -> PyResult<()> {
            match c {
                Some(c) if self.lineterminator.contains(c) => Err(PyErr::value_error(format!("bad {n} or lineterminator value"))),
                _ => Ok(()),
            }
        };
        in_term("delimiter", Some(self.delimiter))?;
        in_term("escapechar", self.escapechar)?;
        in_term("quotechar", self.quotechar)
    }
}

// ---------------------------------------------------------------- Dialect

struct Dialect {
    f: Format,
}

static DIALECT: NativeType<Dialect> = NativeType::new();

fn opt_char(c: Option<char>) -> PyResult<PyObj> {
    match c {
        Some(c) => c.to_string().into_py(),
        None => Ok(PyObj::none()),
    }
}

fn d_delimiter(d: &Dialect, _s: &PyAny) -> PyResult<String> {
    Ok(d.f.delimiter.to_string())
}
fn d_doublequote(d: &Dialect, _s: &PyAny) -> PyResult<bool> {
    Ok(d.f.doublequote)
}
fn d_escapechar(d: &Dialect, _s: &PyAny) -> PyResult<PyObj> {
    opt_char(d.f.escapechar)
}
fn d_lineterminator(d: &Dialect, _s: &PyAny) -> PyResult<String> {
    Ok(d.f.lineterminator.clone())
}
fn d_quotechar(d: &Dialect, _s: &PyAny) -> PyResult<PyObj> {
    opt_char(d.f.quotechar)
}
fn d_quoting(d: &Dialect, _s: &PyAny) -> PyResult<i64> {
    Ok(d.f.quoting)
}
fn d_skipinitialspace(d: &Dialect, _s: &PyAny) -> PyResult<bool> {
    Ok(d.f.skipinitialspace)
}
fn d_strict(d: &Dialect, _s: &PyAny) -> PyResult<bool> {
    Ok(d.f.strict)
}

fn d_reduce_ex(_d: &Dialect, args: Args) -> PyResult<PyObj> {
    let _ = args.range(0, 1)?;
    Err(PyErr::type_error("cannot pickle '_csv.Dialect' instances"))
}

/// Splits `(dialect, **kwargs)` into the base object and the eight overrides;
/// any other keyword is CPython's "unexpected keyword argument".
fn split_overrides<'a>(pos: &'a [PyAny], kw: &[(String, &'a PyAny)]) -> PyResult<(Option<&'a PyAny>, [Option<&'a PyAny>; 8])> {
    let mut over: [Option<&PyAny>; 8] = [None; 8];
    let mut base = None;
    if pos.len() > 9 {
        return Err(PyErr::type_error(format!("Dialect() takes at most 9 arguments ({} given)", pos.len())));
    }
    for (i, p) in pos.iter().enumerate() {
        if i == 0 {
            base = Some(p);
        } else {
            over[i - 1] = Some(p);
        }
    }
    for (k, v) in kw {
        if k == "dialect" {
            base = Some(*v);
            continue;
        }
        match ATTRS.iter().position(|a| a == k) {
            Some(i) => over[i] = Some(*v),
            None => return Err(PyErr::type_error(format!("this function got an unexpected keyword argument '{k}'"))),
        }
    }
    Ok((base.filter(|b| !b.is_none()), over))
}

/// The Dialect object for `(dialect, **kwargs)`: a registered name is looked
/// up; a Dialect with no overrides is returned as it is.
fn dialect_from(base: Option<&PyAny>, over: &[Option<&PyAny>; 8]) -> PyResult<PyObj> {
    let looked_up;
    let base = match base {
        Some(b) if b.is_str() => {
            looked_up = get_dialect_named(b)?;
            Some(&*looked_up)
        }
        other => other,
    };
    if let Some(b) = base {
        if over.iter().all(Option::is_none) && DIALECT.data(b).is_some() && b.is_exact_instance(DIALECT.get()?) {
            return Ok(b.to_owned());
        }
    }
    DIALECT.wrap(Dialect { f: Format::build(base, over)? })
}

fn get_dialect_named(name: &PyAny) -> PyResult<PyObj> {
    let reg = registry()?;
    match reg.getitem(name) {
        Ok(d) => Ok(d),
        Err(e) if e.matches(ExcKind::KeyError) || e.matches(ExcKind::TypeError) => Err(csv_error("unknown dialect")),
        Err(e) => Err(e),
    }
}

impl NativeClass for Dialect {
    const NAME: &'static str = "_csv.Dialect";
    const DOC: &'static str = "CSV dialect\n\nDialect: the set of options for reading and writing CSV.\n";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[native_method!(Dialect, "__reduce_ex__", d_reduce_ex, "")];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Dialect, "delimiter", d_delimiter),
        native_getter!(Dialect, "doublequote", d_doublequote),
        native_getter!(Dialect, "escapechar", d_escapechar),
        native_getter!(Dialect, "lineterminator", d_lineterminator),
        native_getter!(Dialect, "quotechar", d_quotechar),
        native_getter!(Dialect, "quoting", d_quoting),
        native_getter!(Dialect, "skipinitialspace", d_skipinitialspace),
        native_getter!(Dialect, "strict", d_strict),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &DIALECT
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let (base, over) = split_overrides(args.positional(), args.keywords())?;
        let looked_up;
        let base = match base {
            Some(b) if b.is_str() => {
                looked_up = get_dialect_named(b)?;
                Some(&*looked_up)
            }
            other => other,
        };
        Ok(Dialect { f: Format::build(base, &over)? })
    }
}

/// `(obj, dialect='excel', **fmtparams)` of reader() and writer(): the
/// first argument and the Dialect object.
fn target_and_dialect<'a>(args: &Args<'a>) -> PyResult<(&'a PyAny, PyObj)> {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(PyErr::type_error(" expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!(" expected at most 2 arguments, got {}", pos.len())));
    }
    let (base, over) = split_overrides(&pos[1..], args.keywords())?;
    Ok((&pos[0], dialect_from(base, &over)?))
}

fn format_of(d: &PyAny) -> PyResult<Format> {
    Ok(DIALECT.data(d).ok_or_else(|| PyErr::system_error("not a dialect"))?.f.clone())
}

// ---------------------------------------------------------------- reader

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// One input character, or the end of a line.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Ch {
    C(char),
    Eol,
}

/// A field as parsed, before QUOTE_* conversions.
struct RawField {
    text: String,
    quoted: bool,
}

struct Parser {
    state: State,
    field: String,
    field_len: i64,
    unquoted: bool,
    fields: Vec<RawField>,
}

impl Parser {
    fn reset(&mut self) {
        self.state = State::StartRecord;
        self.field.clear();
        self.field_len = 0;
        self.unquoted = true;
        self.fields.clear();
    }

    fn save_field(&mut self) {
        let text = std::mem::take(&mut self.field);
        self.fields.push(RawField { text, quoted: !self.unquoted });
        self.field_len = 0;
        self.unquoted = true;
    }

    fn add_char(&mut self, c: char) -> PyResult<()> {
        let limit = FIELD_LIMIT.load(Ordering::Relaxed);
        if self.field_len >= limit {
            return Err(csv_error(format!("field larger than field limit ({limit})")));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    fn process(&mut self, f: &Format, ch: Ch) -> PyResult<()> {
        let quoting_on = f.quoting != QUOTE_NONE;
        let is = |ch: Ch, c: Option<char>| matches!((ch, c), (Ch::C(a), Some(b)) if a == b);
        let newline = |ch: Ch| matches!(ch, Ch::C('\n' | '\r'));
        let mut state = self.state;
        loop {
            match state {
                State::StartRecord => {
                    if ch == Ch::Eol {
                        return Ok(());
                    }
                    if newline(ch) {
                        self.state = State::EatCrnl;
                        return Ok(());
                    }
                    state = State::StartField;
                    self.state = state;
                    continue;
                }
                State::StartField => {
                    if newline(ch) || ch == Ch::Eol {
                        self.save_field();
                        self.state = if ch == Ch::Eol { State::StartRecord } else { State::EatCrnl };
                    } else if quoting_on && is(ch, f.quotechar) {
                        self.unquoted = false;
                        self.state = State::InQuotedField;
                    } else if is(ch, f.escapechar) {
                        self.state = State::EscapedChar;
                    } else if ch == Ch::C(' ') && f.skipinitialspace {
                    } else if ch == Ch::C(f.delimiter) {
                        self.save_field();
                    } else if let Ch::C(c) = ch {
                        self.add_char(c)?;
                        self.state = State::InField;
                    }
                }
                State::EscapedChar => {
                    if let Ch::C(c @ ('\n' | '\r')) = ch {
                        self.add_char(c)?;
                        self.state = State::AfterEscapedCrnl;
                        return Ok(());
                    }
                    let c = match ch {
                        Ch::C(c) => c,
                        Ch::Eol => '\n',
                    };
                    self.add_char(c)?;
                    self.state = State::InField;
                }
                State::AfterEscapedCrnl => {
                    if ch == Ch::Eol {
                        return Ok(());
                    }
                    state = State::InField;
                    self.state = state;
                    continue;
                }
                State::InField => {
                    if newline(ch) || ch == Ch::Eol {
                        self.save_field();
                        self.state = if ch == Ch::Eol { State::StartRecord } else { State::EatCrnl };
                    } else if is(ch, f.escapechar) {
                        self.state = State::EscapedChar;
                    } else if ch == Ch::C(f.delimiter) {
                        self.save_field();
                        self.state = State::StartField;
                    } else if let Ch::C(c) = ch {
                        self.add_char(c)?;
                        self.state = State::InField;
                    }
                }
                State::InQuotedField => {
                    if ch == Ch::Eol {
                    } else if is(ch, f.escapechar) {
                        self.state = State::EscapeInQuotedField;
                    } else if quoting_on && is(ch, f.quotechar) {
                        self.state = if f.doublequote { State::QuoteInQuotedField } else { State::InField };
                    } else if let Ch::C(c) = ch {
                        self.add_char(c)?;
                    }
                }
                State::EscapeInQuotedField => {
                    let c = match ch {
                        Ch::C(c) => c,
                        Ch::Eol => '\n',
                    };
                    self.add_char(c)?;
                    self.state = State::InQuotedField;
                }
                State::QuoteInQuotedField => {
                    if quoting_on && is(ch, f.quotechar) {
                        self.add_char(f.quotechar.unwrap_or('"'))?;
                        self.state = State::InQuotedField;
                    } else if ch == Ch::C(f.delimiter) {
                        self.save_field();
                        self.state = State::StartField;
                    } else if newline(ch) || ch == Ch::Eol {
                        self.save_field();
                        self.state = if ch == Ch::Eol { State::StartRecord } else { State::EatCrnl };
                    } else if !f.strict {
                        if let Ch::C(c) = ch {
                            self.add_char(c)?;
                        }
                        self.state = State::InField;
                    } else {
                        return Err(csv_error(format!("'{}' expected after '{}'", f.delimiter, f.quotechar.unwrap_or('"'))));
                    }
                }
                State::EatCrnl => {
                    if newline(ch) {
                    } else if ch == Ch::Eol {
                        self.state = State::StartRecord;
                    } else {
                        return Err(csv_error(
                            "new-line character seen in unquoted field - do you need to open the file with newline=''?",
                        ));
                    }
                }
            }
            return Ok(());
        }
    }
}

struct Reader {
    input: PyObj,
    dialect: PyObj,
    format: Format,
    parser: PyMutex<Parser>,
    /// Outside the parser's lock: the input iterator may read it while a row is parsed.
    line_num: AtomicI64,
}

static READER: NativeType<Reader> = NativeType::new();

impl Reader {
    fn convert(&self, fields: Vec<RawField>) -> PyResult<PyObj> {
        let list = pyk_sdk::types::list_type().call(&[])?;
        let q = self.format.quoting;
        for f in fields {
            let v = if !f.quoted && !f.text.is_empty() && (q == QUOTE_NONNUMERIC || q == QUOTE_STRINGS) {
                builtin("float")?.call(&[&*f.text.as_str().into_py()?])?
            } else if !f.quoted && f.text.is_empty() && (q == QUOTE_NOTNULL || q == QUOTE_STRINGS) {
                PyObj::none()
            } else {
                f.text.into_py()?
            };
            list.list_append(&v)?;
        }
        Ok(list)
    }
}

fn r_dialect(r: &Reader, _s: &PyAny) -> PyResult<PyObj> {
    Ok(r.dialect.clone())
}
fn r_line_num(r: &Reader, _s: &PyAny) -> PyResult<i64> {
    Ok(r.line_num.load(Ordering::Relaxed))
}

impl NativeClass for Reader {
    const NAME: &'static str = "_csv.reader";
    const DOC: &'static str = "CSV reader\n\nIterator giving each parsed CSV row as a list of strings.\n";
    const HAS_ITER: bool = true;
    const HAS_NEXT: bool = true;
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(Reader, "dialect", r_dialect), native_getter!(Reader, "line_num", r_line_num)];
    fn native_type() -> &'static NativeType<Self> {
        &READER
    }
    fn next(&self, _slf: &PyAny) -> PyResult<Option<PyObj>> {
        let f = &self.format;
        let mut p = self.parser.lock()?;
        p.reset();
        loop {
            let Some(line) = self.input.next()? else {
                if p.field_len != 0 || p.state == State::InQuotedField {
                    if f.strict {
                        p.reset();
                        return Err(csv_error("unexpected end of data"));
                    }
                    p.save_field();
                    break;
                }
                return Ok(None);
            };
            if !line.is_str() {
                let t = line.type_name()?;
                p.reset();
                return Err(csv_error(format!("iterator should return strings, not {t} (the file should be opened in text mode)")));
            }
            self.line_num.fetch_add(1, Ordering::Relaxed);
            for c in line.as_str()?.chars() {
                if let Err(e) = p.process(f, Ch::C(c)) {
                    p.reset();
                    return Err(e);
                }
            }
            if let Err(e) = p.process(f, Ch::Eol) {
                p.reset();
                return Err(e);
            }
            if p.state == State::StartRecord {
                break;
            }
        }
        let fields = std::mem::take(&mut p.fields);
        drop(p);
        self.convert(fields).map(Some)
    }
}

fn reader(args: Args) -> PyResult<PyObj> {
    let (iterable, dialect) = target_and_dialect(&args)?;
    let input = iterable.iter()?;
    let format = format_of(&dialect)?;
    let parser = Parser { state: State::StartRecord, field: String::new(), field_len: 0, unquoted: true, fields: Vec::new() };
    READER.wrap(Reader { input, dialect, format, parser: PyMutex::new(parser), line_num: AtomicI64::new(0) })
}

// ---------------------------------------------------------------- writer

struct Writer {
    write: PyObj,
    dialect: PyObj,
    format: Format,
}

static WRITER: NativeType<Writer> = NativeType::new();

/// Whether `o` is a number for QUOTE_NONNUMERIC (CPython's PyNumber_Check).
fn is_number(o: &PyAny) -> PyResult<bool> {
    if o.is_int() || o.is_float() || o.isinstance(&*builtin("complex")?)? {
        return Ok(true);
    }
    let t = o.get_type();
    for n in ["__index__", "__int__", "__float__", "__complex__"] {
        if t.getattr(n).is_ok() {
            return Ok(true);
        }
    }
    Ok(false)
}

impl Writer {
    /// Appends one field to `rec`.
    fn append_field(&self, rec: &mut String, first: bool, field: &str, mut quoted: bool) -> PyResult<()> {
        let f = &self.format;
        if !first {
            rec.push(f.delimiter);
        }
        if field.is_empty() && f.delimiter == ' ' && f.skipinitialspace {
            if f.quoting == QUOTE_NONE {
                return Err(csv_error("empty field must be quoted if delimiter is a space and skipinitialspace is true"));
            }
            quoted = true;
        }
        let mut body = String::with_capacity(field.len());
        for c in field.chars() {
            let special = c == f.delimiter
                || Some(c) == f.escapechar
                || Some(c) == f.quotechar
                || c == '\n'
                || c == '\r'
                || f.lineterminator.contains(c);
            let mut escape = false;
            if special {
                if f.quoting == QUOTE_NONE {
                    escape = true;
                } else if Some(c) == f.quotechar {
                    if f.doublequote {
                        body.push(c);
                        quoted = true;
                    } else {
                        escape = true;
                    }
                } else if Some(c) == f.escapechar {
                    escape = true;
                } else {
                    quoted = true;
                }
                if escape {
                    match f.escapechar {
                        Some(e) => body.push(e),
                        None => return Err(csv_error("need to escape, but no escapechar set")),
                    }
                }
            }
            body.push(c);
        }
        let q = if quoted { f.quotechar } else { None };
        if let Some(q) = q {
            rec.push(q);
        }
        rec.push_str(&body);
        if let Some(q) = q {
            rec.push(q);
        }
        Ok(())
    }

    fn writerow(&self, row: &PyAny) -> PyResult<PyObj> {
        let f = &self.format;
        let it = match row.iter() {
            Ok(it) => it,
            Err(e) if e.matches(ExcKind::TypeError) => return Err(csv_error(format!("iterable expected, not {}", row.type_name()?))),
            Err(e) => return Err(e),
        };
        let mut rec = String::new();
        let mut n = 0usize;
        let mut last_empty_unquoted = false;
        while let Some(field) = it.next()? {
            let quoted = match f.quoting {
                QUOTE_NONNUMERIC => !is_number(&field)?,
                QUOTE_ALL => true,
                QUOTE_STRINGS => field.is_str(),
                QUOTE_NOTNULL => !field.is_none(),
                _ => false,
            };
            let text = if field.is_none() {
                String::new()
            } else if field.is_str() {
                field.as_str()?.to_owned()
            } else {
                field.str()?
            };
            let before = rec.len();
            self.append_field(&mut rec, n == 0, &text, quoted)?;
            last_empty_unquoted = rec.len() == before;
            n += 1;
        }
        if n == 1 && last_empty_unquoted {
            if f.quoting == QUOTE_NONE {
                return Err(csv_error("single empty field record must be quoted"));
            }
            rec.clear();
            self.append_field(&mut rec, true, "", true)?;
        }
        rec.push_str(&f.lineterminator);
        self.write.call(&[&*rec.into_py()?])
    }
}

fn w_writerow(w: &Writer, args: Args) -> PyResult<PyObj> {
    w.writerow(args.one()?)
}

fn w_writerows(w: &Writer, args: Args) -> PyResult<()> {
    let it = args.one()?.iter()?;
    while let Some(row) = it.next()? {
        w.writerow(&row)?;
    }
    Ok(())
}

fn w_dialect(w: &Writer, _s: &PyAny) -> PyResult<PyObj> {
    Ok(w.dialect.clone())
}

impl NativeClass for Writer {
    const NAME: &'static str = "_csv.writer";
    const DOC: &'static str = "CSV writer\n\nTurns sequences into CSV rows written to a file-like object.\n";
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Writer, "writerow", w_writerow, "writerow(iterable)\n\nFormat the fields of iterable as one CSV row and write it; fields that\nare not strings go through str() first."),
        native_method!(Writer, "writerows", w_writerows, "writerows(iterable of iterables)\n\nWrite each iterable of iterable as one CSV row, as writerow() does."),
    ];
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(Writer, "dialect", w_dialect)];
    fn native_type() -> &'static NativeType<Self> {
        &WRITER
    }
}

fn writer(args: Args) -> PyResult<PyObj> {
    let (file, dialect) = target_and_dialect(&args)?;
    let write = match file.getattr("write") {
        Ok(w) => w,
        Err(e) if !e.matches(ExcKind::AttributeError) => return Err(e),
        Err(_) => return Err(PyErr::type_error("argument 1 must have a \"write\" method")),
    };
    let format = format_of(&dialect)?;
    WRITER.wrap(Writer { write, dialect, format })
}

// ---------------------------------------------------------------- registry

fn register_dialect(args: Args) -> PyResult<()> {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(PyErr::type_error("register_dialect() expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("register_dialect() expected at most 2 arguments, got {}", pos.len())));
    }
    let name = &pos[0];
    if !name.is_str() {
        return Err(PyErr::type_error("dialect name must be a string"));
    }
    let (base, over) = split_overrides(&pos[1..], args.keywords())?;
    let d = dialect_from(base, &over)?;
    registry()?.setitem(name, &d)
}

fn unregister_dialect(args: Args) -> PyResult<()> {
    let sig = Signature::simple("unregister_dialect", &["name"], 1);
    let a = args.bind(&sig)?;
    let name = a[0].ok_or_else(|| PyErr::system_error("missing name"))?;
    let reg = registry()?;
    match reg.delitem(name) {
        Ok(()) => Ok(()),
        Err(e) if e.matches(ExcKind::KeyError) || e.matches(ExcKind::TypeError) => Err(csv_error("unknown dialect")),
        Err(e) => Err(e),
    }
}

fn get_dialect(args: Args) -> PyResult<PyObj> {
    let sig = Signature::simple("get_dialect", &["name"], 1);
    let a = args.bind(&sig)?;
    get_dialect_named(a[0].ok_or_else(|| PyErr::system_error("missing name"))?)
}

fn list_dialects(args: Args) -> PyResult<PyObj> {
    args.none()?;
    pyk_sdk::types::list_type().call(&[&*registry()?])
}

fn field_size_limit(args: Args) -> PyResult<i64> {
    let sig = Signature::simple("field_size_limit", &["new_limit"], 0);
    let a = args.bind(&sig)?;
    let old = FIELD_LIMIT.load(Ordering::Relaxed);
    if let Some(v) = a[0] {
        if !v.is_exact_instance(&pyk_sdk::types::int_type()) {
            return Err(PyErr::type_error("limit must be an integer"));
        }
        let n = v.to_i64().map_err(|_| PyErr::overflow_error("Python int too large to convert to C long"))?;
        FIELD_LIMIT.store(n, Ordering::Relaxed);
    }
    Ok(old)
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "reader", reader, "reader(iterable, dialect='excel', **fmtparams)\n\nIterate over the rows parsed from the lines iterable yields; each row is a\nlist of strings."),
    native_fn!(MODULE, "writer", writer, "writer(fileobj, dialect='excel', **fmtparams)\n\nAn object whose writerow()/writerows() format rows as delimited text and\npass it to fileobj.write()."),
    native_fn!(MODULE, "register_dialect", register_dialect, "Register a dialect under a name.\n\n  csv.register_dialect(name, dialect=None, **fmtparams)"),
    native_fn!(MODULE, "unregister_dialect", unregister_dialect, "Forget the dialect registered under name.\n\n  csv.unregister_dialect(name)"),
    native_fn!(MODULE, "get_dialect", get_dialect, "Look up the dialect registered under name.\n\n  dialect = csv.get_dialect(name)"),
    native_fn!(MODULE, "list_dialects", list_dialects, "Give the names of all registered dialects in a list.\n\n  names = csv.list_dialects()"),
    native_fn!(MODULE, "field_size_limit", field_size_limit, "field_size_limit([limit])\n\nReturn the largest field the parser accepts; with limit, set a new value\n(the old one is returned)."),
];

pub fn create() -> PyResult<PyObj> {
    let error = new_exception_type(MODULE, "Error", &*builtin("Exception")?, None)?;
    let b = ModuleBuilder::new(MODULE, "Native reader and writer for CSV files.\n")?
        .class::<Dialect>()?
        .object("Reader", READER.get()?)?
        .object("Writer", WRITER.get()?)?
        .functions(FUNCTIONS)?
        .object("Error", &error)?
        .object("_dialects", &*new_dict()?)?
        .constant("QUOTE_MINIMAL", QUOTE_MINIMAL)?
        .constant("QUOTE_ALL", QUOTE_ALL)?
        .constant("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC)?
        .constant("QUOTE_NONE", QUOTE_NONE)?
        .constant("QUOTE_STRINGS", QUOTE_STRINGS)?
        .constant("QUOTE_NOTNULL", QUOTE_NOTNULL)?;
    b.finish()
}
