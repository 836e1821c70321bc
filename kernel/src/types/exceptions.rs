//! The builtin exception hierarchy and exception instances.

use std::cell::UnsafeCell;

use pyk_abi::value::ObjHeader;

use crate::error::{attribute_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj, ObjLock};
use crate::types::str::{as_str, new_str, new_string};
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::{tpflags, TypeObject};

/// Mutable state of an exception (traceback, chaining), behind a lock in
/// free-threaded mode.
#[derive(Default)]
pub struct ExcState {
    /// The `args` tuple (None only transiently).
    pub args: Option<Obj>,
    /// Instance attributes (`__dict__`), created on first assignment.
    pub dict: Option<Obj>,
    /// `__slots__` values of a subclass that declares some (by name).
    pub slots: Option<Obj>,
    pub traceback: Option<Obj>,
    pub cause: Option<Obj>,
    pub context: Option<Obj>,
    pub suppress_context: bool,
    pub notes: Option<Obj>,
    /// NameError/AttributeError: the missing name; AttributeError: the object.
    pub name: Option<Obj>,
    pub obj: Option<Obj>,
    /// NameError: the suggestion computed where it was raised.
    pub suggestion: Option<String>,
}

#[repr(C)]
pub struct ExcObject {
    pub header: ObjHeader,
    lock: ObjLock,
    state: UnsafeCell<ExcState>,
}

impl ExcObject {
    /// The `args` tuple.
    pub fn args(&self) -> Obj {
        self.with(|s| s.args.clone()).unwrap_or_else(|| new_tuple(vec![]))
    }

    pub fn with<R>(&self, f: impl FnOnce(&mut ExcState) -> R) -> R {
        // SAFETY: exclusive access under the lock or the GIL; closures only
        // move references around and run no Python code.
        self.lock.with(|| f(unsafe { &mut *self.state.get() }))
    }
}

pub fn new_exception(t: &'static TypeObject, args: Vec<Obj>) -> Obj {
    let state = ExcState { args: Some(new_tuple(args)), ..ExcState::default() };
    alloc(ExcObject { header: crate::object::new_header_tracked(t), lock: ObjLock::new(), state: UnsafeCell::new(state) })
}

pub fn as_exc(o: &Obj) -> Option<&ExcObject> {
    if o.value().is_ptr() && o.type_obj().flags & tpflags::EXCEPTION != 0 {
        // SAFETY: every type with the EXCEPTION flag lays its instances out as ExcObject.
        Some(unsafe { o.cast::<ExcObject>() })
    } else {
        None
    }
}

pub fn is_exception_type(t: &TypeObject) -> bool {
    t.flags & tpflags::EXCEPTION != 0
}

/// ImportError's keyword arguments (`name`, `path`, `name_from`), kept in
/// the exception's dict; any other keyword is CPython's TypeError.
fn import_error_kwargs(e: &Obj, t: &TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult<usize> {
    let names = kw.and_then(as_tuple).map(|k| k.to_vec()).unwrap_or_default();
    let npos = args.len() - names.len();
    if names.is_empty() {
        return Ok(npos);
    }
    let Some(x) = as_exc(e) else { return Ok(npos) };
    let d = crate::types::class::exc_dict(x);
    for (n, v) in names.iter().zip(&args[npos..]) {
        match as_str(n) {
            Some(k @ ("name" | "path" | "name_from")) => crate::types::dict::set_item_str(&d, k, v.clone()),
            Some(k) => return Err(crate::error::type_error(format!("{}() got an unexpected keyword argument '{k}'", t.name()))),
            None => return Err(crate::error::type_error("keywords must be strings")),
        }
    }
    Ok(npos)
}

/// `NameError(name=...)` and `AttributeError(name=..., obj=...)`.
fn name_error_kwargs(e: &Obj, t: &TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult<usize> {
    let names = kw.and_then(as_tuple).map(|k| k.to_vec()).unwrap_or_default();
    let npos = args.len() - names.len();
    let is_attr = t.is_subtype(&ATTRIBUTE_ERROR);
    let Some(x) = as_exc(e) else { return Ok(npos) };
    for (n, v) in names.iter().zip(&args[npos..]) {
        match as_str(n) {
            Some("name") => x.with(|s| s.name = Some(v.clone())),
            Some("obj") if is_attr => x.with(|s| s.obj = Some(v.clone())),
            Some(k) => return Err(crate::error::type_error(format!("{}() got an unexpected keyword argument '{k}'", t.name()))),
            None => return Err(crate::error::type_error("keywords must be strings")),
        }
    }
    Ok(npos)
}

fn takes_name_kwargs(t: &TypeObject) -> bool {
    t.is_subtype(&NAME_ERROR) || t.is_subtype(&ATTRIBUTE_ERROR)
}

/// Whether a Python class on `t`'s MRO defines `__init__` (which then
/// decides what to do with keyword arguments).
fn init_overridden(t: &'static TypeObject) -> bool {
    t.lookup(&crate::types::str::istr("__init__")).is_some_and(|f| crate::types::function::as_function(&f).is_some())
}

pub fn exc_new(t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    exc_new_checked(t, args, kw, true)
}

/// `UnicodeError.__new__(cls, ...)` called directly: CPython checks a
/// Unicode error's arguments in `__init__`, so `__new__` alone accepts any.
pub fn exc_dunder_new(t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    exc_new_checked(t, args, kw, false)
}

fn exc_new_checked(t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>, check_unicode: bool) -> PyResult {
    let npos = args.len() - kw.and_then(as_tuple).map(|k| k.len()).unwrap_or(0);
    if npos != args.len() && t.is_subtype(&IMPORT_ERROR) && !init_overridden(t) {
        let e = new_exception(t, args[..npos].to_vec());
        import_error_kwargs(&e, t, args, kw)?;
        return Ok(e);
    }
    if npos != args.len() && takes_name_kwargs(t) && !init_overridden(t) {
        let e = new_exception(t, args[..npos].to_vec());
        name_error_kwargs(&e, t, args, kw)?;
        return Ok(e);
    }

    if npos != args.len() && (t.is_subtype(&ATTRIBUTE_ERROR) || t.is_subtype(&NAME_ERROR)) && !init_overridden(t) {
        // AttributeError(name=, obj=) and NameError(name=).
        let e = new_exception(t, args[..npos].to_vec());
        let names = kw.and_then(as_tuple).map(|k| k.to_vec()).unwrap_or_default();
        let x = as_exc(&e).ok_or_else(|| crate::error::type_error("exception expected"))?;
        for (n, v) in names.iter().zip(&args[npos..]) {
            match as_str(n) {
                Some("name") => x.with(|s| s.name = Some(v.clone())),
                Some("obj") if t.is_subtype(&ATTRIBUTE_ERROR) => x.with(|s| s.obj = Some(v.clone())),
                Some(k) => return Err(crate::error::type_error(format!("{}() got an unexpected keyword argument '{k}'", t.name()))),
                None => return Err(crate::error::type_error("keywords must be strings")),
            }
        }
        return Ok(e);
    }
    // As CPython's BaseException.__new__: keywords are left to __init__
    // (which rejects them unless a subclass overrides it).
    if npos != args.len() && !init_overridden(t) {
        return Err(crate::error::type_error(format!("{}() takes no keyword arguments", t.name())));
    }
    let args = &args[..npos];
    if t.is_subtype(&BASE_EXCEPTION_GROUP) {
        let t = crate::types::excgroup::check_new(t, args)?;
        let excs = crate::types::tuple::new_tuple(crate::abstract_::collect(args.get(1).unwrap_or(&crate::types::none()))?);
        let _ = excs;
        return Ok(new_exception(t, args.to_vec()));
    }
    if let Some(kind) = [&UNICODE_DECODE_ERROR, &UNICODE_ENCODE_ERROR, &UNICODE_TRANSLATE_ERROR].iter().position(|k| t.is_subtype(k)).filter(|_| check_unicode) {
        check_unicode_error_args(kind, args)?;
    }
    if t.is_subtype(&SYNTAX_ERROR) && args.len() == 2 {
        // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
        let n = crate::abstract_::collect(&args[1])?.len();
        if n < 4 {
            return Err(crate::error::type_error(format!("function takes at least 4 arguments ({n} given)")));
        }
        if n > 6 {
            return Err(crate::error::type_error(format!("function takes at most 6 arguments ({n} given)")));
        }
        if n == 5 {
            return Err(crate::error::type_error("end_offset must be provided when end_lineno is provided"));
        }
    }
    if t.is_subtype(&OS_ERROR) && (2..=5).contains(&args.len()) {
        return Ok(new_os_error(t, args));
    }
    Ok(new_exception(t, args.to_vec()))
}

/// The OSError subclass CPython picks for an errno (Linux values).
fn os_error_subclass(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        17 => &FILE_EXISTS_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        4 => &INTERRUPTED_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: plain
/// OSError becomes the subclass for the errno; `errno`, `strerror`,
/// `filename` and `filename2` are set, and `args` keeps (errno, strerror).
fn new_os_error(t: &'static TypeObject, args: &[Obj]) -> Obj {
    let t = if std::ptr::eq(t, &OS_ERROR) {
        crate::types::int::as_i64(&args[0]).and_then(os_error_subclass).unwrap_or(t)
    } else {
        t
    };
    // args drop the filename part only when a filename is given (CPython).
    let third = args.get(2).filter(|f| !crate::types::is_none(f));
    let trim = third.is_some_and(|f| !(t.is_subtype(&BLOCKING_IO_ERROR) && crate::types::int::is_int(f)));
    let e = new_exception(t, if trim { args[..2].to_vec() } else { args.to_vec() });
    if let Some(x) = as_exc(&e) {
        let d = crate::types::class::exc_dict(x);
        crate::types::dict::set_item_str(&d, "errno", args[0].clone());
        crate::types::dict::set_item_str(&d, "strerror", args[1].clone());
        if let Some(f) = args.get(2) {
            if t.is_subtype(&BLOCKING_IO_ERROR) && crate::types::int::is_int(f) {
                crate::types::dict::set_item_str(&d, "characters_written", f.clone());
            } else {
                crate::types::dict::set_item_str(&d, "filename", f.clone());
            }
        }
        if let Some(f) = args.get(4) {
            crate::types::dict::set_item_str(&d, "filename2", f.clone());
        }
    }
    e
}

/// An OSError-family exception for an I/O error from Rust, with errno,
/// strerror and filename as CPython sets them.
pub fn os_error_from_io(err: &std::io::Error, filename: Option<&str>) -> crate::error::PyErr {
    let Some(code) = err.raw_os_error() else { return crate::error::PyErr::new(&OS_ERROR, err.to_string()) };
    let msg = err.to_string();
    // Rust appends " (os error N)"; CPython's strerror is the bare text.
    let strerror = msg.rsplit_once(" (os error").map_or(msg.as_str(), |(m, _)| m).to_string();
    let mut args = vec![crate::types::int::from_i64(code as i64), new_string(strerror)];
    if let Some(f) = filename {
        args.push(new_string(f.to_string()));
    }
    crate::error::PyErr(new_os_error(&OS_ERROR, &args))
}

/// A UnicodeDecodeError/UnicodeEncodeError with CPython's five arguments
/// (encoding, object, start, end, reason).
pub fn unicode_error(t: &'static TypeObject, encoding: &str, object: Obj, start: usize, end: usize, reason: &str) -> crate::error::PyErr {
    let i = |v: usize| crate::types::int::from_i64(v as i64);
    crate::error::PyErr(new_exception(t, vec![new_string(encoding.to_string()), object, i(start), i(end), new_string(reason.to_string())]))
}

/// The str() of a UnicodeDecodeError/UnicodeEncodeError built from its five arguments.
/// 0 for UnicodeDecodeError, 1 for UnicodeEncodeError, 2 for UnicodeTranslateError.
/// The argument checks of UnicodeDecodeError(encoding, object, start, end,
/// reason), UnicodeEncodeError(...) and UnicodeTranslateError(object,
/// start, end, reason), with CPython's messages.
fn check_unicode_error_args(kind: usize, args: &[Obj]) -> PyResult<()> {
    let want = if kind == 2 { 4 } else { 5 };
    if args.len() != want {
        return Err(crate::error::type_error(format!("function takes exactly {want} arguments ({} given)", args.len())));
    }
    let must_str = |i: usize| -> PyResult<()> {
        if as_str(&args[i]).is_none() {
            return Err(crate::error::type_error(format!("argument {} must be str, not {}", i + 1, args[i].type_obj().name())));
        }
        Ok(())
    };
    let (first, obj) = if kind == 2 { (1, 0) } else { (2, 1) };
    if kind != 2 {
        must_str(0)?;
    }
    if kind == 0 {
        if crate::types::bytearray::bytes_like(&args[obj]).is_none() {
            return Err(crate::error::type_error(format!("a bytes-like object is required, not '{}'", args[obj].type_obj().name())));
        }
    } else {
        must_str(obj)?;
    }
    crate::abstract_::index(&args[first])?;
    crate::abstract_::index(&args[first + 1])?;
    must_str(first + 2)
}

fn unicode_kind(o: &Obj) -> Option<u8> {
    let t = o.type_obj();
    [&UNICODE_DECODE_ERROR, &UNICODE_ENCODE_ERROR, &UNICODE_TRANSLATE_ERROR].iter().position(|k| t.is_subtype(k)).map(|i| i as u8)
}

/// A Unicode error's field: an assigned value, else its constructor
/// argument (a decode error's object as bytes; a translate error has no
/// encoding).
fn unicode_field(o: &Obj, name: &str) -> Option<Obj> {
    let kind = unicode_kind(o)?;
    let e = as_exc(o)?;
    if let Some(v) = e.with(|s| s.dict.clone()).and_then(|d| crate::types::dict::get_str(&d, &new_string(name.to_string()))) {
        return Some(v);
    }
    let names: &[&str] = if kind == 2 { &["object", "start", "end", "reason"] } else { &["encoding", "object", "start", "end", "reason"] };
    let idx = names.iter().position(|x| *x == name)?;
    let v = as_tuple(&e.args()).and_then(|a| a.get(idx).cloned());
    // Never initialized (made by `__new__` alone): start and end read 0.
    let v = if v.is_none() && matches!(name, "start" | "end") { Some(crate::types::int::from_i64(0)) } else { v }?;
    if kind == 0 && name == "object" && crate::types::bytes::as_bytes(&v).is_none() {
        return crate::types::bytearray::bytes_like(&v).map(|b| crate::types::bytes::new_bytes(&b)).or(Some(v));
    }
    Some(v)
}

fn unicode_error_str(o: &Obj, _args: &[Obj]) -> PyResult<Option<String>> {
    let kind = unicode_kind(o);
    let f = |n: &str| unicode_field(o, n).unwrap_or_else(crate::types::none);
    let obj = f("object");
    if crate::types::is_none(&obj) {
        // Made by __new__ alone (never initialized): CPython's str() is empty.
        return Ok(Some(String::new()));
    }
    // As CPython: reason and encoding through str() (they may have been
    // reassigned), start and end as integers.
    let reason = crate::abstract_::str_string(&f("reason"))?;
    let (Some(si), Some(ei)) = (crate::types::int::as_i64(&f("start")), crate::types::int::as_i64(&f("end"))) else { return Ok(None) };
    let single = |len: usize| si >= 0 && (si as usize) < len && ei >= 0 && (ei as usize) <= len && ei == si + 1;
    let esc = |c: u32| if c < 0x100 { format!("\\x{c:02x}") } else if c < 0x10000 { format!("\\u{c:04x}") } else { format!("\\U{c:08x}") };
    if kind == Some(2) {
        let Some(text) = as_str(&obj) else { return Ok(None) };
        let chars: Vec<char> = text.chars().collect();
        return Ok(Some(if single(chars.len()) {
            format!("can't translate character '{}' in position {si}: {reason}", esc(pyk_abi::surrogate::code_point(chars[si as usize])))
        } else {
            format!("can't translate characters in position {si}-{}: {reason}", ei - 1)
        }));
    }
    let enc = crate::abstract_::str_string(&f("encoding"))?;
    if kind == Some(0) {
        let Some(b) = crate::types::bytearray::bytes_like(&obj) else { return Ok(None) };
        return Ok(Some(if single(b.len()) {
            format!("'{enc}' codec can't decode byte 0x{:02x} in position {si}: {reason}", b[si as usize])
        } else {
            format!("'{enc}' codec can't decode bytes in position {si}-{}: {reason}", ei - 1)
        }));
    }
    let Some(text) = as_str(&obj) else { return Ok(None) };
    let chars: Vec<char> = text.chars().collect();
    Ok(Some(if single(chars.len()) {
        format!("'{enc}' codec can't encode character '{}' in position {si}: {reason}", esc(pyk_abi::surrogate::code_point(chars[si as usize])))
    } else {
        format!("'{enc}' codec can't encode characters in position {si}-{}: {reason}", ei - 1)
    }))
}

/// SyntaxError's (msg, details) where details is
/// (filename, lineno, offset, text, end_lineno, end_offset).
/// Fields come from `args` unless assigned since (CPython keeps them as
/// attributes, set from `args` at construction); missing ones are None.
fn syntax_parts(e: &ExcObject) -> Option<(Obj, Vec<Obj>)> {
    let args = e.args();
    let a = as_tuple(&args)?;
    let mut msg = a.first().cloned().unwrap_or_else(crate::types::none);
    let mut details = a.get(1).and_then(as_tuple).map(|d| d.to_vec()).unwrap_or_default();
    details.resize_with(6, crate::types::none);
    if let Some(d) = e.with(|s| s.dict.clone()) {
        if let Some(m) = crate::types::dict::get_str(&d, &new_str("msg")) {
            msg = m;
        }
        for (i, name) in SYNTAX_FIELDS.iter().enumerate() {
            if let Some(v) = crate::types::dict::get_str(&d, &new_str(name)) {
                details[i] = v;
            }
        }
    }
    Some((msg, details))
}

/// A SyntaxError's msg and (filename, lineno, offset, text, end_lineno,
/// end_offset), as its attributes read.
pub fn syntax_fields(o: &Obj) -> (Obj, Vec<Obj>) {
    as_exc(o).and_then(syntax_parts).unwrap_or_else(|| (crate::types::none(), vec![crate::types::none(); 6]))
}

const SYNTAX_FIELDS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

pub fn exc_str_string(o: &Obj) -> PyResult<String> {
    let e = as_exc(o).ok_or_else(|| crate::error::type_error("exception expected"))?;
    if o.type_obj().is_subtype(&BASE_EXCEPTION_GROUP) {
        let n = crate::types::excgroup::exceptions(o).len();
        let m = crate::abstract_::str_string(&crate::types::excgroup::message(o))?;
        return Ok(format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" }));
    }
    if o.type_obj().is_subtype(&SYNTAX_ERROR) {
        // CPython's SyntaxError_str reads the (assignable) attributes: msg,
        // the file's base name when it is a str, the line when an int.
        let m = crate::abstract_::str_string(&crate::abstract_::getattr_str(o, "msg")?)?;
        let file = crate::abstract_::getattr_str(o, "filename")?;
        let line = crate::abstract_::getattr_str(o, "lineno")?;
        let fname = as_str(&file).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let l = if crate::types::int::is_int(&line) { Some(crate::abstract_::str_string(&line)?) } else { None };
        return Ok(match (fname, l) {
            (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
            (Some(f), None) => format!("{m} ({f})"),
            (None, Some(l)) => format!("{m} (line {l})"),
            (None, None) => m,
        });
    }
    let args_obj = e.args();
    let args = as_tuple(&args_obj).unwrap_or(&[]);
    if unicode_kind(o).is_some() {
        if let Some(m) = unicode_error_str(o, args)? {
            return Ok(m);
        }
    }
    if o.type_obj().is_subtype(&OS_ERROR) {
        let d = e.with(|s| s.dict.clone());
        let get = |n: &str| d.as_ref().and_then(|d| crate::types::dict::get_str(d, &new_string(n.to_string())));
        let set = |n: &str| get(n).filter(|v| !crate::types::is_none(v));
        let field = |n: &str| get(n).unwrap_or_else(crate::types::none);
        // As CPython's OSError_str: a filename shows errno and strerror
        // whatever they are; otherwise both must be set.
        if let Some(f) = set("filename") {
            let mut m = format!("[Errno {}] {}: {}", crate::abstract_::str_string(&field("errno"))?, crate::abstract_::str_string(&field("strerror"))?, crate::abstract_::repr_string(&f)?);
            if let Some(f2) = set("filename2") {
                m.push_str(&format!(" -> {}", crate::abstract_::repr_string(&f2)?));
            }
            return Ok(m);
        }
        if let (Some(errno), Some(strerror)) = (get("errno"), get("strerror")) {
            return Ok(format!("[Errno {}] {}", crate::abstract_::str_string(&errno)?, crate::abstract_::str_string(&strerror)?));
        }
    }
    Ok(match args {
        [] => String::new(),
        [a] if o.type_obj().is_subtype(&KEY_ERROR) => crate::abstract_::repr_string(a)?,
        [a] => crate::abstract_::str_string(a)?,
        _ => crate::abstract_::repr_string(&args_obj)?,
    })
}

fn exc_str(o: &Obj) -> PyResult {
    Ok(new_string(exc_str_string(o)?))
}

fn exc_repr(o: &Obj) -> PyResult {
    let e = as_exc(o).ok_or_else(|| crate::error::type_error("exception expected"))?;
    let args_obj = e.args();
    let args = as_tuple(&args_obj).unwrap_or(&[]);
    let name = o.type_obj().name();
    Ok(new_string(match args {
        [a] => format!("{}({})", name, crate::abstract_::repr_string(a)?),
        _ => format!("{}{}", name, crate::abstract_::repr_string(&args_obj)?),
    }))
}

fn exc_getattr(o: &Obj, name: &Obj) -> PyResult {
    let e = as_exc(o).ok_or_else(|| crate::error::type_error("exception expected"))?;
    let n = as_str(name).unwrap_or("");
    let opt = |v: Option<Obj>| v.unwrap_or_else(crate::types::none);
    match n {
        "args" => return Ok(e.args()),
        "__dict__" => return Ok(crate::types::class::exc_dict(e)),
        "__class__" => return Ok(o.type_obj().as_obj()),
        "__traceback__" => return Ok(opt(e.with(|s| s.traceback.clone()))),
        "__cause__" => return Ok(opt(e.with(|s| s.cause.clone()))),
        "__context__" => return Ok(opt(e.with(|s| s.context.clone()))),
        "__suppress_context__" => return Ok(crate::types::bool_obj(e.with(|s| s.suppress_context))),
        "message" if o.type_obj().is_subtype(&BASE_EXCEPTION_GROUP) => return Ok(crate::types::excgroup::message(o)),
        "exceptions" if o.type_obj().is_subtype(&BASE_EXCEPTION_GROUP) => {
            return Ok(crate::types::tuple::new_tuple(crate::types::excgroup::exceptions(o)));
        }
        "name" if o.type_obj().is_subtype(&NAME_ERROR) || o.type_obj().is_subtype(&ATTRIBUTE_ERROR) => {
            return Ok(opt(e.with(|s| s.name.clone())));
        }
        "obj" if o.type_obj().is_subtype(&ATTRIBUTE_ERROR) => return Ok(opt(e.with(|s| s.obj.clone()))),
        "name" | "path" | "name_from" if o.type_obj().is_subtype(&IMPORT_ERROR) => {
            let d = e.with(|s| s.dict.clone());
            return Ok(d.and_then(|d| crate::types::dict::get_str(&d, name)).unwrap_or_else(crate::types::none));
        }
        "msg" if o.type_obj().is_subtype(&IMPORT_ERROR) => {
            let args = e.args();
            return Ok(match as_tuple(&args).unwrap_or(&[]) {
                [m] => m.clone(),
                _ => crate::types::none(),
            });
        }
        "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" | "print_file_and_line"
            if o.type_obj().is_subtype(&SYNTAX_ERROR) =>
        {
            // an assigned value (`e.lineno = 9`) wins over the constructor's
            if let Some(v) = e.with(|s| s.dict.clone()).and_then(|d| crate::types::dict::get_str(&d, name)) {
                return Ok(v);
            }
            let (msg, d) = syntax_parts(e).unwrap_or_else(|| (crate::types::none(), vec![]));
            let idx = match n {
                "msg" => return Ok(msg),
                "filename" => 0,
                "lineno" => 1,
                "offset" => 2,
                "text" => 3,
                "end_lineno" => 4,
                "end_offset" => 5,
                _ => return Ok(crate::types::none()),
            };
            return Ok(d.get(idx).cloned().unwrap_or_else(crate::types::none));
        }
        "__notes__" => {
            if let Some(v) = e.with(|s| s.notes.clone()) {
                return Ok(v);
            }
        }
        "code" if o.type_obj().is_subtype(&SYSTEM_EXIT) => {
            let args = e.args();
            let a = as_tuple(&args).unwrap_or(&[]);
            return Ok(match a {
                [] => crate::types::none(),
                [x] => x.clone(),
                _ => args.clone(),
            });
        }
        "errno" | "strerror" | "filename" | "filename2" if o.type_obj().is_subtype(&OS_ERROR) => {
            let d = e.with(|s| s.dict.clone());
            return Ok(d.and_then(|d| crate::types::dict::get_str(&d, name)).unwrap_or_else(crate::types::none));
        }
        "encoding" | "object" | "start" | "end" | "reason" if unicode_kind(o).is_some() => {
            return Ok(unicode_field(o, n).unwrap_or_else(crate::types::none));
        }
        "characters_written" if o.type_obj().is_subtype(&BLOCKING_IO_ERROR) => {
            let d = e.with(|s| s.dict.clone());
            return d.and_then(|d| crate::types::dict::get_str(&d, name)).ok_or_else(|| crate::error::attribute_error("characters_written"));
        }
        "value" if o.type_obj().is_subtype(&STOP_ITERATION) => {
            // Assigned (in the dict) or the first argument.
            if let Some(v) = e.with(|s| s.dict.clone()).and_then(|d| crate::types::dict::get_str(&d, name)) {
                return Ok(v);
            }
            return Ok(as_tuple(&e.args()).and_then(|a| a.first().cloned()).unwrap_or_else(crate::types::none));
        }
        _ => {}
    }
    if let Some(d) = e.with(|s| s.dict.clone()) {
        if let Some(v) = crate::types::dict::as_dict(&d).map(|d| d.get(name)).transpose()?.flatten() {
            return Ok(v);
        }
    }
    if let Some(v) = crate::abstract_::generic_type_attr(o, name)? {
        return Ok(v);
    }
    Err(attribute_error(format!("'{}' object has no attribute '{}'", o.type_obj().name(), n)))
}

fn exc_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let e = as_exc(o).ok_or_else(|| crate::error::type_error("exception expected"))?;
    let n = as_str(name).unwrap_or("");
    let val = v.filter(|v| !crate::types::is_none(v)).cloned();
    match (n, &val) {
        ("__traceback__", Some(x)) if !std::ptr::eq(x.type_obj(), &crate::traceback::TRACEBACK_TYPE) => {
            return Err(crate::error::type_error("__traceback__ must be a traceback or None"));
        }
        ("__cause__", Some(x)) if as_exc(x).is_none() => {
            return Err(crate::error::type_error("exception cause must be None or derive from BaseException"));
        }
        ("start" | "end", _) if unicode_kind(o).is_some() && !v.is_some_and(crate::types::int::is_int) => {
            return Err(crate::error::type_error("an integer is required"));
        }
        ("__context__", Some(x)) if as_exc(x).is_none() => {
            return Err(crate::error::type_error("exception context must be None or derive from BaseException"));
        }
        ("message" | "exceptions", _) if o.type_obj().is_subtype(&BASE_EXCEPTION_GROUP) => {
            return Err(attribute_error("readonly attribute"));
        }
        _ => {}
    }
    if v.is_none() {
        match n {
            "__traceback__" | "__cause__" | "__context__" | "args" => return Err(crate::error::type_error(format!("{n} may not be deleted"))),
            "__suppress_context__" => return Err(crate::error::type_error("can't delete numeric/char attribute")),
            "__notes__" if e.with(|s| s.notes.is_none()) => {
                return Err(attribute_error(format!("'{}' object has no attribute '__notes__'", o.type_obj().name())));
            }
            _ => {}
        }
    }
    let old = match n {
        "__traceback__" => e.with(|s| std::mem::replace(&mut s.traceback, val)),
        "__cause__" => e.with(|s| {
            s.suppress_context = true;
            std::mem::replace(&mut s.cause, val)
        }),
        "__context__" => e.with(|s| std::mem::replace(&mut s.context, val)),
        "__suppress_context__" => {
            let b = match v {
                Some(v) => crate::abstract_::is_true(v)?,
                None => false,
            };
            e.with(|s| s.suppress_context = b);
            None
        }
        "args" => {
            let items = crate::abstract_::collect(v.ok_or_else(|| crate::error::type_error("args may not be deleted"))?)?;
            let t = new_tuple(items);
            e.with(|s| s.args.replace(t))
        }
        "__notes__" => e.with(|s| std::mem::replace(&mut s.notes, v.cloned())),
        "name" if takes_name_kwargs(o.type_obj()) => e.with(|s| std::mem::replace(&mut s.name, v.cloned())),
        "obj" if o.type_obj().is_subtype(&ATTRIBUTE_ERROR) => e.with(|s| std::mem::replace(&mut s.obj, v.cloned())),
        "__dict__" => {
            let d = v.ok_or_else(|| crate::error::type_error("cannot delete __dict__"))?;
            if crate::types::dict::as_dict(d).is_none() {
                return Err(crate::error::type_error(format!("__dict__ must be set to a dictionary, not a '{}'", d.type_obj().name())));
            }
            e.with(|s| s.dict.replace(d.clone()))
        }
        _ => {
            crate::types::class::dict_set(&crate::types::class::exc_dict(e), name, v)?;
            None
        }
    };
    drop(old);
    Ok(())
}

fn m_with_traceback(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if let (Some(e), Some(tb)) = (as_exc(s), a.first()) {
        if !crate::types::is_none(tb) && !std::ptr::eq(tb.type_obj(), &crate::traceback::TRACEBACK_TYPE) {
            return Err(crate::error::type_error("__traceback__ must be a traceback or None"));
        }
        let val = if crate::types::is_none(tb) { None } else { Some(tb.clone()) };
        let old = e.with(|st| std::mem::replace(&mut st.traceback, val));
        drop(old);
    }
    Ok(s.clone())
}

fn m_add_note(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [note] = a else { return Err(crate::error::type_error(format!("BaseException.add_note() takes exactly one argument ({} given)", a.len()))) };
    if as_str(note).is_none() {
        return Err(crate::error::type_error(format!("note must be a str, not '{}'", note.type_obj().name())));
    }
    let e = as_exc(s).ok_or_else(|| crate::error::type_error("exception expected"))?;
    let notes = e.with(|st| st.notes.clone());
    let notes = match notes {
        Some(n) => n,
        None => {
            let l = crate::types::list::new_list(vec![]);
            e.with(|st| st.notes = Some(l.clone()));
            l
        }
    };
    match crate::types::list::as_list(&notes) {
        Some(l) => l.push(note.clone()),
        None => return Err(crate::error::type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(crate::types::none())
}

fn m_exc_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let mut a = a;
    if s.type_obj().is_subtype(&IMPORT_ERROR) {
        // Each call sets name, path and name_from anew (None unless given).
        if let Some(d) = as_exc(s).and_then(|e| e.with(|st| st.dict.clone())) {
            for n in ["name", "path", "name_from"] {
                if let Some(dd) = crate::types::dict::as_dict(&d) {
                    dd.del(&new_str(n))?;
                }
            }
        }
    }
    if k.and_then(as_tuple).is_some_and(|t| !t.is_empty()) {
        let npos = if takes_name_kwargs(s.type_obj()) {
            name_error_kwargs(s, s.type_obj(), a, k)?
        } else if s.type_obj().is_subtype(&IMPORT_ERROR) {
            import_error_kwargs(s, s.type_obj(), a, k)?
        } else {
            return Err(crate::error::type_error(format!("{}() takes no keyword arguments", s.type_obj().name())));
        };
        a = &a[..npos];
    }
    if let Some(e) = as_exc(s) {
        let old = e.with(|st| st.args.replace(new_tuple(a.to_vec())));
        drop(old);
    }
    Ok(crate::types::none())
}

fn m_exc_repr(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    exc_repr(s)
}
fn m_exc_str(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    exc_str(s)
}

/// `BaseException.__reduce__()`: `(type, args)`, plus the instance dict
/// when it has anything in it.
fn m_exc_reduce(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let e = as_exc(s).ok_or_else(|| crate::error::type_error("exception expected"))?;
    let (args, dict) = e.with(|st| (st.args.clone(), st.dict.clone()));
    let mut args = args.unwrap_or_else(|| new_tuple(vec![]));
    let mut dict = dict;
    if s.type_obj().is_subtype(&OS_ERROR) {
        // OSError's fields live in pyk's exception dict; the reduced form is
        // CPython's: (errno, strerror, filename[, None, filename2]) and only
        // the other attributes in the state dict.
        if let Some(d) = dict.as_ref() {
            let get = |n: &str| crate::types::dict::get_str(d, &new_string(n.to_string())).filter(|v| !crate::types::is_none(v));
            let a = as_tuple(&args).unwrap_or(&[]).to_vec();
            if let (Some(f), 2) = (get("filename"), a.len()) {
                let mut v = a.clone();
                v.push(f);
                if let Some(f2) = get("filename2") {
                    v.push(crate::types::none());
                    v.push(f2);
                }
                args = new_tuple(v);
            }
            let rest = crate::types::dict::new_dict();
            if let (Some(dd), Some(rd)) = (crate::types::dict::as_dict(d), crate::types::dict::as_dict(&rest)) {
                for (k, v) in dd.items() {
                    if !matches!(crate::types::str::as_str(&k), Some("errno" | "strerror" | "filename" | "filename2" | "characters_written")) {
                        rd.set(k, v)?;
                    }
                }
            }
            dict = Some(rest);
        }
    }
    let mut parts = vec![s.type_obj().as_obj(), args];
    if let Some(d) = dict.filter(|d| crate::types::dict::as_dict(d).is_some_and(|d| d.len() > 0)) {
        parts.push(d);
    }
    Ok(new_tuple(parts))
}

/// `BaseException.__setstate__(state)`: a dict's items become attributes.
fn m_exc_setstate(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [state] = a else { return Err(crate::error::type_error(format!("__setstate__() takes exactly one argument ({} given)", a.len()))) };
    if crate::types::is_none(state) {
        return Ok(crate::types::none());
    }
    let Some(d) = crate::types::dict::as_dict(state) else { return Err(crate::error::type_error("state is not a dictionary")) };
    for (k, v) in d.items() {
        crate::abstract_::setattr(s, &k, Some(&v))?;
    }
    Ok(crate::types::none())
}

/// `AttributeError.__getstate__()`: the instance dict (copied) with the
/// missing name, when set, and `args` added, as CPython pickles it.
fn m_attr_getstate(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let e = as_exc(s).ok_or_else(|| crate::error::type_error("exception expected"))?;
    let (dict, name) = e.with(|st| (st.dict.clone(), st.name.clone()));
    let state = crate::types::dict::new_dict();
    if let (Some(d), Some(out)) = (dict.as_ref().and_then(crate::types::dict::as_dict), crate::types::dict::as_dict(&state)) {
        for (k, v) in d.items() {
            out.set(k, v)?;
        }
    }
    if let Some(n) = name {
        crate::types::dict::set_item_str(&state, "name", n);
    }
    crate::types::dict::set_item_str(&state, "args", e.args());
    Ok(state)
}

/// `AttributeError.__reduce__()`: `(type, args, state)`.
fn m_attr_reduce(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let e = as_exc(s).ok_or_else(|| crate::error::type_error("exception expected"))?;
    Ok(new_tuple(vec![s.type_obj().as_obj(), e.args(), m_attr_getstate(s, a, k)?]))
}

static ATTR_ERROR_METHODS: [crate::types::typeobj::MethodDef; 2] = [
    crate::types::typeobj::MethodDef { name: "__getstate__", func: m_attr_getstate, doc: "" },
    crate::types::typeobj::MethodDef { name: "__reduce__", func: m_attr_reduce, doc: "" },
];

static EXC_METHODS: [crate::types::typeobj::MethodDef; 7] = [
    crate::types::typeobj::MethodDef { name: "__reduce__", func: m_exc_reduce, doc: "" },
    crate::types::typeobj::MethodDef { name: "__setstate__", func: m_exc_setstate, doc: "" },
    crate::types::typeobj::MethodDef { name: "__repr__", func: m_exc_repr, doc: "" },
    crate::types::typeobj::MethodDef { name: "__str__", func: m_exc_str, doc: "" },
    crate::types::typeobj::MethodDef { name: "__init__", func: m_exc_init, doc: "" },
    crate::types::typeobj::MethodDef { name: "with_traceback", func: m_with_traceback, doc: "" },
    crate::types::typeobj::MethodDef { name: "add_note", func: m_add_note, doc: "" },
];

fn exc_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let Some(e) = as_exc(o) else { return };
    let refs = e.with(|s| [s.args.clone(), s.dict.clone(), s.slots.clone(), s.traceback.clone(), s.cause.clone(), s.context.clone(), s.notes.clone()]);
    for r in refs.iter().flatten() {
        visit(r);
    }
}

fn exc_clear(o: &Obj) {
    if let Some(e) = as_exc(o) {
        let old = e.with(std::mem::take);
        drop(old);
    }
}

const fn exc_type(name: &'static str, base: *const TypeObject) -> TypeObject {
    TypeObject {
        traverse: Some(exc_traverse),
        clear: Some(exc_clear),
        new: Some(exc_new),
        str: Some(exc_str),
        repr: Some(exc_repr),
        getattr: Some(exc_getattr),
        setattr: Some(exc_setattr),
        flags: tpflags::EXCEPTION | tpflags::BASETYPE,
        methods: &EXC_METHODS,
        ..TypeObject::builtin(name, base, dealloc_box::<ExcObject>)
    }
}

macro_rules! exceptions {
    ($($id:ident = $name:literal : $base:expr;)*) => {
        $(pub static $id: TypeObject = exc_type($name, $base);)*
        /// Every builtin exception type, for the builtins module.
        pub fn all() -> Vec<&'static TypeObject> {
            vec![$(&$id),*]
        }
    };
}

exceptions! {
    BASE_EXCEPTION = "BaseException": &crate::types::object::OBJECT_TYPE;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": &BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION;
    EXCEPTION = "Exception": &BASE_EXCEPTION;
    EXCEPTION_GROUP = "ExceptionGroup": &BASE_EXCEPTION_GROUP;
    STOP_ITERATION = "StopIteration": &EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": &EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": &ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": &EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION;
    BUFFER_ERROR = "BufferError": &EXCEPTION;
    EOF_ERROR = "EOFError": &EXCEPTION;
    IMPORT_ERROR = "ImportError": &EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": &EXCEPTION;
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR;
    KEY_ERROR = "KeyError": &LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": &EXCEPTION;
    NAME_ERROR = "NameError": &EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR;
    OS_ERROR = "OSError": &EXCEPTION;
    BLOCKING_IO_ERROR = "BlockingIOError": &OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": &OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": &OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": &CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": &CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": &CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": &CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": &OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR;
    PERMISSION_ERROR = "PermissionError": &OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": &OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": &OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": &EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR;
    PYTHON_FINALIZATION_ERROR = "PythonFinalizationError": &RUNTIME_ERROR;
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION;
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR;
    TAB_ERROR = "TabError": &INDENTATION_ERROR;
    INCOMPLETE_INPUT_ERROR = "_IncompleteInputError": &SYNTAX_ERROR;
    SYSTEM_ERROR = "SystemError": &EXCEPTION;
    TYPE_ERROR = "TypeError": &EXCEPTION;
    VALUE_ERROR = "ValueError": &EXCEPTION;
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": &UNICODE_ERROR;
    WARNING = "Warning": &EXCEPTION;
    DEPRECATION_WARNING = "DeprecationWarning": &WARNING;
    RUNTIME_WARNING = "RuntimeWarning": &WARNING;
    SYNTAX_WARNING = "SyntaxWarning": &WARNING;
    USER_WARNING = "UserWarning": &WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": &WARNING;
    FUTURE_WARNING = "FutureWarning": &WARNING;
    IMPORT_WARNING = "ImportWarning": &WARNING;
    UNICODE_WARNING = "UnicodeWarning": &WARNING;
    BYTES_WARNING = "BytesWarning": &WARNING;
    RESOURCE_WARNING = "ResourceWarning": &WARNING;
    ENCODING_WARNING = "EncodingWarning": &WARNING;
}

/// `io.UnsupportedOperation` (OSError and ValueError); not a builtin name.
pub static UNSUPPORTED_OPERATION: TypeObject = TypeObject { module: "io", ..exc_type("UnsupportedOperation", &OS_ERROR) };

pub fn ready_all() {
    for t in all() {
        crate::types::typeobj::ready(t);
    }
    crate::types::typeobj::ready(&UNSUPPORTED_OPERATION);
    let mro: Vec<*const TypeObject> = vec![&UNSUPPORTED_OPERATION, &OS_ERROR, &VALUE_ERROR, &EXCEPTION, &BASE_EXCEPTION, &crate::types::object::OBJECT_TYPE];
    // SAFETY: start-up, single-threaded, before the type is used.
    unsafe { *UNSUPPORTED_OPERATION.mro.get() = Box::leak(mro.into_boxed_slice()) };
    // ExceptionGroup inherits from both BaseExceptionGroup and Exception.
    let mro: Vec<*const TypeObject> = vec![&EXCEPTION_GROUP, &BASE_EXCEPTION_GROUP, &EXCEPTION, &BASE_EXCEPTION, &crate::types::object::OBJECT_TYPE];
    // SAFETY: start-up, single-threaded, before the type is used.
    unsafe { *EXCEPTION_GROUP.mro.get() = Box::leak(mro.into_boxed_slice()) };
    // Their `__bases__` name both classes, and each is a subclass of both.
    // SAFETY: start-up, single-threaded, before the types are used.
    unsafe {
        *EXCEPTION_GROUP.bases.get() = Box::leak(vec![&BASE_EXCEPTION_GROUP as *const TypeObject, &EXCEPTION].into_boxed_slice());
        *UNSUPPORTED_OPERATION.bases.get() = Box::leak(vec![&OS_ERROR as *const TypeObject, &VALUE_ERROR].into_boxed_slice());
    }
    crate::types::typeobj::register_subclass(&EXCEPTION, &EXCEPTION_GROUP);
    crate::types::typeobj::register_subclass(&VALUE_ERROR, &UNSUPPORTED_OPERATION);
    for m in &ATTR_ERROR_METHODS {
        crate::types::dict::set_item_str(ATTRIBUTE_ERROR.dict(), m.name, crate::types::function::new_method_descr(&ATTRIBUTE_ERROR, m));
    }
    for m in &crate::types::excgroup::EG_METHODS {
        crate::types::dict::set_item_str(BASE_EXCEPTION_GROUP.dict(), m.name, crate::types::function::new_method_descr(&BASE_EXCEPTION_GROUP, m));
    }
}

/// A SyntaxError-family exception with CPython's attributes in `args`:
/// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub fn new_syntax_error(t: &'static TypeObject, msg: &str, filename: &str, lineno: u32, offset: u32, text: &str, end_lineno: u32, end_offset: u32) -> Obj {
    let int = |i: u32| crate::types::int::from_i64(i as i64);
    let no_end = end_lineno == pyk_abi::component::NO_END && end_offset == pyk_abi::component::NO_END;
    let details = new_tuple(vec![
        new_str(filename),
        int(lineno),
        int(offset),
        if text.is_empty() { crate::types::none() } else { new_str(text) },
        if no_end { crate::types::none() } else { int(end_lineno) },
        // The parser passes CPython's end offset of -1 as its bit pattern.
        if no_end { crate::types::none() } else { crate::types::int::from_i64(end_offset as i32 as i64) },
    ]);
    if no_end {
        return new_exception(t, vec![new_str(msg), details]);
    }
    if end_lineno == pyk_abi::component::NO_END {
        // CPython's `__future__` errors: `args` is `(msg,)`, the location
        // only in attributes, without an end column.
        let e = new_exception(t, vec![new_str(msg)]);
        let text = if text.is_empty() { crate::types::none() } else { new_str(text) };
        let values = [new_str(filename), int(lineno), int(offset), text, int(lineno), crate::types::none()];
        for (name, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].into_iter().zip(values) {
            // Plain attribute stores on a fresh exception cannot fail.
            let _ = crate::abstract_::setattr(&e, &new_str(name), Some(&v));
        }
        return e;
    }
    new_exception(t, vec![new_str(msg), details])
}
