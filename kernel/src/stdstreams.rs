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
    Ok(new_str("utf-8"))
}
fn g_errors(o: &Obj) -> PyResult {
    // pyk's str cannot carry surrogateescape's lone surrogates, so stdin
    // and stdout are strict; stderr escapes as CPython's does.
    Ok(new_str(if crate::interp::stream_fd(o) == 2 { "backslashreplace" } else { "strict" }))
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
    crate::interp::detach();
    let r = if size < 0 {
        std::io::stdin().lock().read_to_string(&mut text).map(|_| ())
    } else {
        read_chars(size as usize, &mut text)
    };
    crate::interp::attach();
    r.map_err(|e| crate::types::exceptions::os_error_from_io(&e, None))?;
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
    let mut line = String::new();
    crate::interp::detach();
    let r = std::io::stdin().read_line(&mut line);
    crate::interp::attach();
    r.map_err(|e| crate::types::exceptions::os_error_from_io(&e, None))?;
    Ok(if line.is_empty() { None } else { Some(new_string(line)) })
}
