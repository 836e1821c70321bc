//! `_io`: the I/O class hierarchy under `Lib/io.py` (`_IOBase` and its
//! abstract subclasses, FileIO over posix file descriptors, BytesIO,
//! StringIO, the buffered streams, TextIOWrapper with the codec registry's
//! incremental codecs, IncrementalNewlineDecoder, `open`, `open_code`,
//! `text_encoding`). Written in Python (iomod.py) and compiled on first
//! import, like `_collections`: every class is an ordinary class, so
//! `io.py` can subclass them with `abc.ABCMeta` and register them.
//!
//! The builtin `open()` and the sys streams stay the kernel's own file
//! objects (types/file.rs, interp.rs): they are faster and need no import
//! at start-up. `_IOBase.__subclasshook__` makes them instances of io's
//! ABCs (`isinstance(open(p), io.TextIOBase)`), and UnsupportedOperation
//! is the kernel's exception type, so both kinds of file raise the same one.

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::int::{as_i64, from_i64};
use crate::types::none;

/// `_ftruncate(fd, length)`: `os.ftruncate`, which `posix` does not have yet.
fn m_ftruncate(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [fd, len] = a else { return Err(type_error("_ftruncate() takes exactly 2 arguments")) };
    let fd = as_i64(&crate::abstract_::index(fd)?).ok_or_else(|| crate::error::overflow_error("fd is too large"))?;
    let len = as_i64(&crate::abstract_::index(len)?).ok_or_else(|| crate::error::overflow_error("length is too large"))?;
    if len < 0 {
        return Err(crate::error::value_error(format!("negative size value {len}")));
    }
    // SAFETY: ftruncate takes plain integers; a bad fd is reported through errno.
    let r = unsafe { libc::ftruncate(fd as libc::c_int, len as libc::off_t) };
    if r != 0 {
        return Err(crate::types::exceptions::os_error_from_io(&std::io::Error::last_os_error(), None));
    }
    Ok(none())
}

const IO_SOURCE: &str = include_str!("iomod.py");

pub fn make_module() -> PyResult {
    use crate::types::file;
    let globals: Vec<(&'static str, Obj)> = vec![
        ("UnsupportedOperation", crate::types::exceptions::UNSUPPORTED_OPERATION.as_obj()),
        ("_ftruncate", crate::types::function::new_builtin("_ftruncate", m_ftruncate, none(), Some("_io"))),
        ("_O_CLOEXEC", from_i64(libc::O_CLOEXEC as i64)),
        ("_kernel_text", file::TEXT_FILE_TYPE.as_obj()),
        ("_kernel_reader", file::BUFFERED_READER_TYPE.as_obj()),
        ("_kernel_writer", file::BUFFERED_WRITER_TYPE.as_obj()),
        ("_kernel_random", file::BUFFERED_RANDOM_TYPE.as_obj()),
        ("_kernel_stream", crate::interp::STDSTREAM_TYPE.as_obj()),
    ];
    let m = crate::collectionsmod::module_from_source_with("_io", "The io module provides the Python interfaces to stream handling.", IO_SOURCE, &globals)?;
    // `open` is a builtin function, as CPython's: a class attribute
    // `open = io.open` must not bind as a method (test_file's C tests).
    let py_open = crate::abstract_::getattr_str(&m, "open")?;
    let open = crate::types::function::new_builtin("open", m_open, py_open, Some("_io"));
    crate::abstract_::setattr(&m, &crate::types::str::new_string("open".to_string()), Some(&open))?;
    Ok(m)
}

/// `_io.open`: calls the Python `open` of iomod.py it wraps.
fn m_open(py_open: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::abstract_::call(py_open, a, k)
}
