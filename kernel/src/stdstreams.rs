//! The rest of the text-stream interface of `sys.stdin/stdout/stderr`
//! (interp.rs keeps write/flush/readline, which print() and input() use):
//! `encoding`, `errors`, `name`, `mode`, `closed`, `line_buffering`,
//! `newlines`, `read`, `readlines`, iteration, `writelines` and the
//! capability queries, as `io.TextIOWrapper` has them. The streams stay
//! kernel objects (see ARCHITECTURE.md, "Two open()s"); `buffer` is an
//! `_io` BufferedReader/BufferedWriter over the same descriptor.

use std::io::Read;

use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::types::str::{new_str, new_string};
use crate::types::typeobj::GetSetDef;
use crate::types::{bool_obj, none};

fn unsupported(what: &str) -> PyErr {
    PyErr::new(&crate::types::exceptions::UNSUPPORTED_OPERATION, what)
}

fn g_encoding(_o: &Obj) -> PyResult {
    Ok(new_string(codec_name()?))
}
fn g_errors(o: &Obj) -> PyResult {
    // stderr always escapes, as CPython's does.
    Ok(new_str(if crate::interp::stream_fd(o) == 2 { "backslashreplace" } else { &stdio().errors }))
}
fn g_name(o: &Obj) -> PyResult {
    Ok(new_str(match crate::interp::stream_fd(o) {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }))
}
fn g_mode(o: &Obj) -> PyResult {
    Ok(new_str(if crate::interp::stream_fd(o) == 0 { "r" } else { "w" }))
}
fn g_closed(o: &Obj) -> PyResult {
    Ok(bool_obj(crate::interp::stream_closed(o)))
}
fn g_line_buffering(o: &Obj) -> PyResult {
    Ok(bool_obj(crate::interp::stream_fd(o) == 1 && crate::interp::stdout_line_buffered()))
}
fn g_newlines(_o: &Obj) -> PyResult {
    Ok(none())
}
/// `buffer`: an `_io` buffered stream over the same descriptor, made (and
/// `_io` imported) on first use.
fn g_buffer(o: &Obj) -> PyResult {
    let m = crate::import::import_module("_io")?;
    let f = crate::abstract_::getattr_str(&m, "_std_buffer")?;
    crate::abstract_::call(&f, &[crate::types::int::from_i64(crate::interp::stream_fd(o) as i64)], None)
}

pub static STREAM_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "encoding", get: g_encoding },
    GetSetDef { name: "errors", get: g_errors },
    GetSetDef { name: "name", get: g_name },
    GetSetDef { name: "mode", get: g_mode },
    GetSetDef { name: "closed", get: g_closed },
    GetSetDef { name: "line_buffering", get: g_line_buffering },
    GetSetDef { name: "newlines", get: g_newlines },
    GetSetDef { name: "buffer", get: g_buffer },
];

/// `close()`: flushes stdout and marks the stream closed (its descriptor
/// stays open: CPython's standard streams do not own theirs).
pub fn m_close(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if crate::interp::stream_fd(o) == 1 && !crate::interp::stream_closed(o) {
        crate::interp::flush_stdout();
    }
    if let Some(s) = o.downcast::<crate::interp::StdStream>(&crate::interp::STDSTREAM_TYPE) {
        s.closed.store(true, std::sync::atomic::Ordering::Release);
    }
    Ok(none())
}

/// `__enter__`: the stream itself; ValueError once closed (as IOBase's).
pub fn m_enter(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::interp::check_stream_open(o)?;
    Ok(o.clone())
}

/// `__exit__(*exc)`: closes the stream.
pub fn m_exit(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    m_close(o, &[], None)
}

fn reading(o: &Obj) -> PyResult<()> {
    crate::interp::check_stream_open(o)?;
    if crate::interp::stream_fd(o) != 0 {
        return Err(unsupported("not readable"));
    }
    Ok(())
}

/// `read(size=-1)`: the rest of stdin, or up to `size` characters.
pub fn m_read(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    reading(o)?;
    let size = match a.first() {
        None => -1,
        Some(v) if crate::types::is_none(v) => -1,
        Some(v) => crate::types::int::as_i64(&crate::abstract_::index(v)?).unwrap_or(-1),
    };
    let mut text = String::new();
    let mut data = Vec::new();
    crate::interp::detach();
    let r = if size < 0 {
        std::io::stdin().lock().read_to_end(&mut data).map(|_| ())
    } else {
        read_chars(size as usize, &mut text)
    };
    crate::interp::attach();
    r.map_err(|e| crate::types::exceptions::os_error_from_io(&e, None))?;
    if size < 0 {
        text = decode_stdin(data)?;
    }
    Ok(new_string(text))
}

/// Up to `n` characters of stdin, a byte at a time so nothing past them is taken.
fn read_chars(n: usize, text: &mut String) -> std::io::Result<()> {
    let mut stdin = std::io::stdin().lock();
    let mut pending: Vec<u8> = Vec::new();
    let mut count = 0;
    let mut byte = [0u8; 1];
    while count < n {
        if stdin.read(&mut byte)? == 0 {
            break;
        }
        pending.push(byte[0]);
        match std::str::from_utf8(&pending) {
            Ok(s) => {
                text.push_str(s);
                pending.clear();
                count += 1;
            }
            Err(e) if e.error_len().is_some() => return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "stream did not contain valid UTF-8")),
            Err(_) => {}
        }
    }
    Ok(())
}

pub fn m_readlines(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    reading(o)?;
    let mut lines = Vec::new();
    while let Some(l) = stream_next(o)? {
        lines.push(l);
    }
    Ok(crate::types::list::new_list(lines))
}

pub fn m_writelines(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [lines] = a else { return Err(crate::error::type_error("writelines() takes exactly one argument")) };
    let write = crate::abstract_::getattr_str(o, "write")?;
    for line in crate::abstract_::collect(lines)? {
        crate::abstract_::call(&write, &[line], None)?;
    }
    Ok(none())
}

pub fn m_readable(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::interp::check_stream_open(o)?;
    Ok(bool_obj(crate::interp::stream_fd(o) == 0))
}
pub fn m_writable(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::interp::check_stream_open(o)?;
    Ok(bool_obj(crate::interp::stream_fd(o) != 0))
}
pub fn m_seekable(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::interp::check_stream_open(o)?;
    // SAFETY: lseek on the stream's own descriptor only queries the offset.
    let r = unsafe { libc::lseek(crate::interp::stream_fd(o), 0, libc::SEEK_CUR) };
    Ok(bool_obj(r >= 0))
}


pub fn stream_iter(o: &Obj) -> PyResult {
    Ok(o.clone())
}

/// The next line of stdin, None at the end.
pub fn stream_next(o: &Obj) -> PyResult<Option<Obj>> {
    reading(o)?;
    let line = read_line()?;
    Ok(if line.is_empty() { None } else { Some(new_string(line)) })
}

/// One line of stdin (empty at the end), decoded by the stream's encoding.
pub fn read_line() -> PyResult<String> {
    use std::io::BufRead;
    let mut line = Vec::new();
    crate::interp::detach();
    let r = std::io::stdin().lock().read_until(b'\n', &mut line);
    crate::interp::attach();
    r.map_err(|e| crate::types::exceptions::os_error_from_io(&e, None))?;
    decode_stdin(line)
}

// ------------------------------------------------------------ encodings

/// What the standard streams encode with, and `sys.flags.utf8_mode`,
/// worked out once at start-up from `-X utf8`, PYTHONUTF8,
/// PYTHONIOENCODING (both ignored under -E/-I) and the LC_CTYPE locale,
/// by CPython's rules.
pub struct StdioEncoding {
    pub utf8_mode: bool,
    /// The encoding as given (PYTHONIOENCODING or the locale's).
    pub encoding: String,
    /// Errors of stdin and stdout; stderr's are always backslashreplace.
    pub errors: String,
    /// A UTF-8 encoding: text without lone surrogates is written as stored.
    pub utf8: bool,
}

static STDIO: std::sync::OnceLock<StdioEncoding> = std::sync::OnceLock::new();

fn is_utf8_name(e: &str) -> bool {
    matches!(e.to_ascii_lowercase().replace('_', "-").as_str(), "utf-8" | "utf8")
}

/// The LC_CTYPE locale name the environment selects and its codeset (the
/// process locale is put back afterwards: pyk's own code stays in "C").
fn ctype_locale() -> (String, String) {
    // SAFETY: called once during start-up, before any other thread runs;
    // the strings setlocale and nl_langinfo return are copied out before
    // the locale is changed again.
    unsafe {
        let cstr = |p: *const libc::c_char| if p.is_null() { None } else { Some(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()) };
        let old = cstr(libc::setlocale(libc::LC_CTYPE, std::ptr::null()));
        let name = cstr(libc::setlocale(libc::LC_CTYPE, c"".as_ptr())).unwrap_or_else(|| "C".into());
        let codeset = cstr(libc::nl_langinfo(libc::CODESET)).unwrap_or_else(|| "ANSI_X3.4-1968".into());
        let old = std::ffi::CString::new(old.unwrap_or_else(|| "C".into())).unwrap_or_default();
        libc::setlocale(libc::LC_CTYPE, old.as_ptr());
        (name, codeset)
    }
}

pub fn init_stdio(xoptions: &[String], ignore_env: bool) {
    let env = |k: &str| if ignore_env { None } else { std::env::var(k).ok().filter(|v| !v.is_empty()) };
    let (loc, codeset) = ctype_locale();
    let c_locale = loc == "C" || loc == "POSIX";
    let mut utf8 = None;
    for x in xoptions {
        match x.as_str() {
            "utf8" | "utf8=1" => utf8 = Some(true),
            "utf8=0" => utf8 = Some(false),
            _ => {}
        }
    }
    let utf8_mode = utf8.or_else(|| env("PYTHONUTF8").and_then(|v| match v.as_str() { "1" => Some(true), "0" => Some(false), _ => None })).unwrap_or(c_locale);
    let io = env("PYTHONIOENCODING").unwrap_or_default();
    let (enc, err) = match io.split_once(':') {
        Some((e, r)) => (e.to_string(), r.to_string()),
        // An encoding without errors means strict ones.
        None if !io.is_empty() => (io.clone(), "strict".to_string()),
        None => (io.clone(), String::new()),
    };
    let encoding = if !enc.is_empty() {
        enc
    } else if utf8_mode {
        "utf-8".into()
    } else if c_locale {
        "ascii".into()
    } else {
        codeset
    };
    let errors = if !err.is_empty() {
        err
    } else if utf8_mode || c_locale || matches!(loc.as_str(), "C.UTF-8" | "C.utf8" | "UTF-8") {
        "surrogateescape".into()
    } else {
        "strict".into()
    };
    let utf8 = is_utf8_name(&encoding);
    let _ = STDIO.set(StdioEncoding { utf8_mode, encoding, errors, utf8 });
}

pub fn stdio() -> &'static StdioEncoding {
    STDIO.get_or_init(|| StdioEncoding { utf8_mode: true, encoding: "utf-8".into(), errors: "strict".into(), utf8: true })
}

/// Whether `text` is written to the streams exactly as stored (UTF-8
/// streams, no lone surrogates).
pub fn stored_form_fits(text: &str) -> bool {
    stdio().utf8 && !pyk_abi::surrogate::has_surrogates(text)
}

/// `text` as the bytes stream `fd` writes: UTF-8 as stored when that is
/// exact, else through `str.encode` with the stream's encoding and errors.
pub fn encode_for(fd: i32, text: &str) -> PyResult<Option<Vec<u8>>> {
    let c = stdio();
    let errors = if fd == 2 { "backslashreplace" } else { c.errors.as_str() };
    if c.utf8 && !pyk_abi::surrogate::has_surrogates(text) {
        return Ok(None);
    }
    let b = crate::codecsmod::via_registry("_stream_encode", new_str(text), &c.encoding, errors)?;
    Ok(Some(crate::types::bytes::as_bytes(&b).map(|b| b.to_vec()).unwrap_or_default()))
}

/// Bytes read from stdin as text, by the stream's encoding and errors.
pub fn decode_stdin(data: Vec<u8>) -> PyResult<String> {
    let c = stdio();
    if c.utf8 {
        if let Ok(s) = String::from_utf8(data.clone()) {
            return Ok(s);
        }
    }
    let b = crate::types::bytes::new_bytes(&data);
    let s = crate::codecsmod::via_registry("_stream_decode", b, &c.encoding, &c.errors)?;
    Ok(crate::types::str::as_str(&s).unwrap_or_default().to_string())
}

/// The codec's own name for the streams' encoding (`codecs.lookup(e).name`).
pub fn codec_name() -> PyResult<String> {
    let c = stdio();
    if c.utf8 {
        return Ok("utf-8".into());
    }
    let m = crate::import::import_module("codecs")?;
    let info = crate::abstract_::call(&crate::abstract_::getattr_str(&m, "lookup")?, &[new_str(&c.encoding)], None)?;
    let n = crate::abstract_::getattr_str(&info, "name")?;
    Ok(crate::types::str::as_str(&n).unwrap_or_default().to_string())
}
