//! `open()` and its file objects: text files (`_io.TextIOWrapper`, UTF-8,
//! ASCII or Latin-1, universal newlines when reading) and binary files
//! (`_io.BufferedReader`/`BufferedWriter`/`BufferedRandom`). Interim, like
//! the sys streams in interp.rs: the kernel hosts them until the native
//! `_io` module can express file objects through the SDK (it has no
//! attribute getters yet; see sdk/ABI_REQUESTS.md item 5).
//!
//! `open()` keeps these fast files for paths in UTF-8, ASCII or Latin-1
//! with default buffering, strict errors and newline None/'\n', and hands
//! every other call to `_io.open` (iomod.rs).
//!
//! A binary file reads in chunks of at least 64 KiB as reads and lines need
//! them; a text file takes the rest of the file into a buffer on its first
//! read (decoded and newline-translated at once). Writes are buffered and
//! flushed at 8 KiB, on flush/close and when the object goes away.

use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Mutex;

use pyk_abi::value::ObjHeader;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::bytes::new_bytes;
use crate::types::exceptions::os_error_from_io;
use crate::types::int;
use crate::types::singletons::{bool_obj, none};
use crate::types::str::{as_str, new_string};
use crate::types::typeobj::{GetSetDef, MethodDef, TypeObject};

#[derive(Clone, Copy, PartialEq)]
enum Enc {
    Utf8,
    Ascii,
    Latin1,
}

struct State {
    file: Option<std::fs::File>,
    /// Unread bytes (binary) taken from the file.
    rbuf: Vec<u8>,
    /// Unread text (text mode), newlines already translated.
    tbuf: String,
    rpos: usize,
    loaded: bool,
    wbuf: Vec<u8>,
}

#[repr(C)]
pub struct FileObject {
    pub header: ObjHeader,
    state: Mutex<State>,
    name: Obj,
    mode: &'static str,
    binary: bool,
    readable: bool,
    writable: bool,
    enc: Enc,
}

impl Drop for FileObject {
    fn drop(&mut self) {
        let st = self.state.get_mut().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = st.file.as_mut() {
            let _ = f.write_all(&st.wbuf);
        }
    }
}

fn this(o: &Obj) -> PyResult<&FileObject> {
    [&TEXT_FILE_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE]
        .iter()
        .find_map(|t| o.downcast::<FileObject>(t))
        .ok_or_else(|| type_error("file object expected"))
}

fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

fn unsupported(what: &str) -> PyErr {
    PyErr::new(&crate::types::exceptions::UNSUPPORTED_OPERATION, what)
}

/// Whether `open()` needs `_io.open` for these arguments: a file
/// descriptor or path-like object, a buffering other than the default,
/// closefd or an opener. (Other errors handlers, newlines and codecs are
/// checked after the mode.)
fn needs_io(file: &Obj, vals: &[Option<Obj>]) -> bool {
    let given = |i: usize| vals[i].as_ref().is_some_and(|v| !crate::types::is_none(v));
    let buffering_default = vals[2].as_ref().is_none_or(|v| int::as_i64(v) == Some(-1));
    let closefd_default = vals[6].as_ref().is_none_or(|v| crate::abstract_::is_true(v).unwrap_or(false));
    (as_str(file).is_none() && crate::types::bytes::as_bytes(file).is_none()) || !buffering_default || !closefd_default || given(7)
}

/// `_io.open` with the same arguments: everything the kernel's files do
/// not cover (see ARCHITECTURE.md, "Two open()s").
fn io_open(a: &[Obj], k: Option<&Obj>) -> PyResult {
    let m = crate::import::import_module("_io")?;
    let f = crate::abstract_::getattr_str(&m, "open")?;
    crate::abstract_::call(&f, a, k)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn b_open(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    const NAMES: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let vals: Vec<Option<Obj>> = crate::types::str::kw_args("open", a, k, &NAMES, 0, 0)?.into_iter().map(|v| v.cloned()).collect();
    let file = vals[0].clone().ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    if needs_io(&file, &vals) {
        return io_open(a, k);
    }
    // Bytes paths and paths with lone surrogates take `_io`'s way, which
    // encodes them as the file system does (posix.open).
    let path = match as_str(&file) {
        Some(s) if s.contains('\0') => return Err(crate::error::value_error("embedded null byte")),
        Some(s) if !pyk_abi::surrogate::has_surrogates(s) => s.to_string(),
        _ => return io_open(a, k),
    };
    let opt_str = |i: usize| -> PyResult<Option<String>> {
        match &vals[i] {
            None => Ok(None),
            Some(v) if crate::types::is_none(v) => Ok(None),
            Some(v) => as_str(v).map(|s| Some(s.to_string())).ok_or_else(|| type_error(format!("open() argument '{}' must be str or None, not {}", NAMES[i], v.type_obj().name()))),
        }
    };
    let mode = match &vals[1] {
        None => "r".to_string(),
        Some(m) => as_str(m).ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", m.type_obj().name())))?.to_string(),
    };
    let (mut r, mut w, mut append, mut excl, mut plus, mut bin, mut text) = (false, false, false, false, false, false, false);
    for c in mode.chars() {
        let dup = match c {
            'r' => std::mem::replace(&mut r, true),
            'w' => std::mem::replace(&mut w, true),
            'a' => std::mem::replace(&mut append, true),
            'x' => std::mem::replace(&mut excl, true),
            '+' => std::mem::replace(&mut plus, true),
            'b' => std::mem::replace(&mut bin, true),
            't' => std::mem::replace(&mut text, true),
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        };
        if dup {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
    }
    match [r, w, append, excl].iter().filter(|x| **x).count() {
        0 => return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus")),
        1 => {}
        _ => return Err(value_error("must have exactly one of create/read/write/append mode")),
    }
    if bin && text {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let encoding = opt_str(3)?;
    let errors = opt_str(4)?;
    let newline = opt_str(5)?;
    if bin && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if bin && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if bin && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if errors.as_deref().is_some_and(|e| e != "strict") || newline.as_deref().is_some_and(|n| n != "\n") {
        return io_open(a, k);
    }
    let enc = match encoding.as_deref().map(|e| e.to_ascii_lowercase().replace('_', "-")) {
        None => Enc::Utf8,
        Some(e) if e == "utf-8" || e == "utf8" || e == "locale" => Enc::Utf8,
        Some(e) if e == "ascii" || e == "us-ascii" => Enc::Ascii,
        Some(e) if e == "latin-1" || e == "latin1" || e == "iso-8859-1" => Enc::Latin1,
        Some(_) => return io_open(a, k),
    };
    let mut oo = std::fs::OpenOptions::new();
    oo.read(r || plus).write(w || append || excl || plus).append(append).truncate(w).create(w || append).create_new(excl);
    crate::interp::detach();
    let opened = oo.open(&path);
    crate::interp::attach();
    let f = opened.map_err(|e| os_error_from_io(&e, Some(&path)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error_from_io(&std::io::Error::from_raw_os_error(21), Some(&path)));
    }
    let readable = r || plus;
    let writable = w || append || excl || plus;
    let t: &'static TypeObject = if !bin {
        &TEXT_FILE_TYPE
    } else if readable && writable {
        &BUFFERED_RANDOM_TYPE
    } else if readable {
        &BUFFERED_READER_TYPE
    } else {
        &BUFFERED_WRITER_TYPE
    };
    let mode_attr: &'static str = Box::leak(mode.into_boxed_str());
    Ok(alloc(FileObject {
        header: new_header(t),
        state: Mutex::new(State { file: Some(f), rbuf: vec![], tbuf: String::new(), rpos: 0, loaded: false, wbuf: vec![] }),
        name: file.clone(),
        mode: mode_attr,
        binary: bin,
        readable,
        writable,
        enc,
    }))
}

fn decode(enc: Enc, b: &[u8]) -> PyResult<String> {
    let raw = crate::types::bytes::decode_text(b, enc.name())?;
    // Universal newlines: \r\n and \r read as \n.
    Ok(if raw.contains('\r') { raw.replace("\r\n", "\n").replace('\r', "\n") } else { raw })
}

impl Enc {
    /// The codec name, as `encoding` reports it.
    fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Ascii => "ascii",
            Enc::Latin1 => "latin-1",
        }
    }
}

fn encode(enc: Enc, s: &str) -> PyResult<Vec<u8>> {
    match enc {
        Enc::Utf8 => Ok(crate::types::str::utf8_strict(s, "utf-8")?.to_vec()),
        Enc::Ascii | Enc::Latin1 => {
            let limit = if enc == Enc::Ascii { 128 } else { 256 };
            let name = if enc == Enc::Ascii { "ascii" } else { "latin-1" };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if pyk_abi::surrogate::code_point(c) >= limit {
                    return Err(crate::types::exceptions::unicode_error(&crate::types::exceptions::UNICODE_ENCODE_ERROR, name, new_string(s.to_string()), i, i + 1, &format!("ordinal not in range({limit})")));
                }
                out.push(c as u8);
            }
            Ok(out)
        }
    }
}

impl FileObject {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> PyResult<R>) -> PyResult<R> {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if st.file.is_none() {
            return Err(closed_error());
        }
        f(&mut st)
    }

    /// Text files: takes the rest of the file into the read buffer (once).
    /// Binary files: only the checks; `fill` reads.
    fn load(&self, st: &mut State) -> PyResult<()> {
        if !self.readable {
            return Err(unsupported(if self.binary { "read" } else { "not readable" }));
        }
        flush_writes(st)?;
        if st.loaded || self.binary {
            return Ok(());
        }
        let mut b = Vec::new();
        crate::interp::detach();
        let r = st.file.as_mut().map(|f| f.read_to_end(&mut b));
        crate::interp::attach();
        if let Some(Err(e)) = r {
            return Err(os_error_from_io(&e, None));
        }
        if self.binary {
            st.rbuf = b;
        } else {
            st.tbuf = decode(self.enc, &b)?;
        }
        st.rpos = 0;
        st.loaded = true;
        Ok(())
    }
}

/// The least a binary file reads from the OS at a time.
const READ_CHUNK: usize = 64 * 1024;

/// Binary files: reads until at least `want` unread bytes are buffered, or
/// the rest of the file when `want` is None; fewer at the end of the file.
/// Returns whether anything new was read.
fn fill(st: &mut State, want: Option<usize>) -> PyResult<bool> {
    let avail = st.rbuf.len() - st.rpos;
    if want.is_some_and(|w| avail >= w) {
        return Ok(false);
    }
    if st.rpos > 0 {
        st.rbuf.drain(..st.rpos);
        st.rpos = 0;
    }
    st.loaded = true;
    let before = st.rbuf.len();
    let State { file, rbuf, .. } = st;
    let Some(file) = file.as_mut() else { return Err(closed_error()) };
    crate::interp::detach();
    let r = match want {
        None => file.read_to_end(rbuf).map(|_| ()),
        Some(w) => (|| {
            while rbuf.len() < w {
                let start = rbuf.len();
                rbuf.resize(start + (w - start).max(READ_CHUNK), 0);
                match file.read(&mut rbuf[start..]) {
                    Ok(n) => {
                        rbuf.truncate(start + n);
                        if n == 0 {
                            break;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => rbuf.truncate(start),
                    Err(e) => {
                        rbuf.truncate(start);
                        return Err(e);
                    }
                }
            }
            Ok(())
        })(),
    };
    crate::interp::attach();
    r.map_err(|e| os_error_from_io(&e, None))?;
    Ok(rbuf.len() > before)
}

fn flush_writes(st: &mut State) -> PyResult<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut st.wbuf);
    if let Some(f) = st.file.as_mut() {
        f.write_all(&data).map_err(|e| os_error_from_io(&e, None))?;
    }
    Ok(())
}

fn size_arg(a: &[Obj], name: &str) -> PyResult<Option<usize>> {
    match a.first() {
        None => Ok(None),
        Some(v) if crate::types::is_none(v) => Ok(None),
        Some(v) => {
            let n = int::as_i64(&crate::abstract_::index(v).map_err(|_| type_error(format!("argument should be integer or None, not '{}'", v.type_obj().name())))?).unwrap_or(-1);
            let _ = name;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn m_read(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    let n = size_arg(a, "read")?;
    f.with(|st| {
        f.load(st)?;
        if f.binary {
            fill(st, n)?;
            let rest = &st.rbuf[st.rpos..];
            let take = n.map_or(rest.len(), |n| n.min(rest.len()));
            let out = new_bytes(&rest[..take]);
            st.rpos += take;
            Ok(out)
        } else {
            let rest = &st.tbuf[st.rpos..];
            let take = match n {
                None => rest.len(),
                Some(n) => rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i),
            };
            let out = new_string(rest[..take].to_string());
            st.rpos += take;
            Ok(out)
        }
    })
}

/// One line (with its newline), or empty at the end.
fn next_line(f: &FileObject, st: &mut State, limit: Option<usize>) -> PyResult<Obj> {
    f.load(st)?;
    if f.binary {
        // Read on until a newline, the limit or the end of the file.
        let mut scanned = 0;
        let found = loop {
            let rest = &st.rbuf[st.rpos..];
            if let Some(p) = rest[scanned..].iter().position(|&c| c == b'\n') {
                break Some(scanned + p + 1);
            }
            scanned = rest.len();
            if limit.is_some_and(|l| scanned >= l) || !fill(st, Some(scanned + READ_CHUNK))? {
                break None;
            }
        };
        let rest = &st.rbuf[st.rpos..];
        let mut end = found.unwrap_or(rest.len());
        if let Some(l) = limit {
            end = end.min(l);
        }
        let out = new_bytes(&rest[..end]);
        st.rpos += end;
        Ok(out)
    } else {
        let rest = &st.tbuf[st.rpos..];
        let mut end = rest.find('\n').map_or(rest.len(), |p| p + 1);
        if let Some(l) = limit {
            end = end.min(rest.char_indices().nth(l).map_or(rest.len(), |(i, _)| i));
        }
        let out = new_string(rest[..end].to_string());
        st.rpos += end;
        Ok(out)
    }
}

fn is_empty(o: &Obj) -> bool {
    as_str(o).is_some_and(str::is_empty) || crate::types::bytes::as_bytes(o).is_some_and(<[u8]>::is_empty)
}

fn m_readline(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    let n = size_arg(a, "readline")?;
    f.with(|st| next_line(f, st, n))
}

fn m_readlines(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    let mut out = vec![];
    f.with(|st| {
        loop {
            let l = next_line(f, st, None)?;
            if is_empty(&l) {
                break;
            }
            out.push(l);
        }
        Ok(())
    })?;
    Ok(crate::types::list::new_list(out))
}

fn file_next(o: &Obj) -> PyResult<Option<Obj>> {
    let f = this(o)?;
    let l = f.with(|st| next_line(f, st, None))?;
    Ok(if is_empty(&l) { None } else { Some(l) })
}

fn file_iter(o: &Obj) -> PyResult {
    this(o)?.with(|_| Ok(()))?;
    Ok(o.clone())
}

fn write_data(f: &FileObject, st: &mut State, data: &[u8]) -> PyResult<()> {
    if !f.writable {
        return Err(unsupported(if f.binary { "write" } else { "not writable" }));
    }
    if st.loaded {
        // Writing after reading: continue from the logical read position.
        let unread = if f.binary { st.rbuf.len() - st.rpos } else { st.tbuf.len() - st.rpos };
        if let Some(file) = st.file.as_mut() {
            file.seek(SeekFrom::Current(-(unread as i64))).map_err(|e| os_error_from_io(&e, None))?;
        }
        st.loaded = false;
        st.rbuf.clear();
        st.tbuf.clear();
        st.rpos = 0;
    }
    st.wbuf.extend_from_slice(data);
    if st.wbuf.len() >= 8192 {
        flush_writes(st)?;
    }
    Ok(())
}

fn m_write(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    let [x] = a else { return Err(type_error(format!("write() takes exactly one argument ({} given)", a.len()))) };
    if f.binary {
        let b = crate::types::bytearray::bytes_like(x).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", x.type_obj().name())))?;
        f.with(|st| write_data(f, st, &b))?;
        Ok(int::from_i64(b.len() as i64))
    } else {
        let t = as_str(x).ok_or_else(|| type_error(format!("write() argument must be str, not {}", x.type_obj().name())))?;
        let b = encode(f.enc, t)?;
        f.with(|st| write_data(f, st, &b))?;
        Ok(int::from_i64(t.chars().count() as i64))
    }
}

fn m_writelines(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("writelines() takes exactly one argument ({} given)", a.len()))) };
    for item in crate::abstract_::collect(x)? {
        m_write(s, &[item], k)?;
    }
    Ok(none())
}

fn m_flush(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    f.with(flush_writes)?;
    Ok(none())
}

fn m_close(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    let mut st = f.state.lock().unwrap_or_else(|e| e.into_inner());
    if st.file.is_none() {
        return Ok(none());
    }
    let r = flush_writes(&mut st);
    st.file = None;
    st.rbuf = vec![];
    st.tbuf = String::new();
    r?;
    Ok(none())
}

fn m_enter(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.with(|_| Ok(()))?;
    Ok(s.clone())
}

fn m_exit(s: &Obj, _a: &[Obj], k: Option<&Obj>) -> PyResult {
    m_close(s, &[], k)
}

fn m_seek(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    let off = match a.first() {
        Some(o) => int::as_i64(&crate::abstract_::index(o)?).unwrap_or(0),
        None => return Err(type_error("seek expected at least 1 argument, got 0")),
    };
    let whence = match a.get(1) {
        Some(w) => int::as_i64(w).unwrap_or(0),
        None => 0,
    };
    if !f.binary && (whence == 1 && off != 0 || whence == 2 && off != 0) {
        return Err(unsupported(if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" }));
    }
    let pos = match whence {
        0 if off < 0 => return Err(value_error(format!("negative seek position {off}"))),
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    f.with(|st| {
        flush_writes(st)?;
        let file = st.file.as_mut().ok_or_else(closed_error)?;
        if st.loaded && whence == 1 {
            let unread = if f.binary { st.rbuf.len() - st.rpos } else { st.tbuf.len() - st.rpos };
            file.seek(SeekFrom::Current(-(unread as i64))).map_err(|e| os_error_from_io(&e, None))?;
        }
        let p = file.seek(pos).map_err(|e| os_error_from_io(&e, None))?;
        st.loaded = false;
        st.rbuf.clear();
        st.tbuf.clear();
        st.rpos = 0;
        Ok(int::from_i64(p as i64))
    })
}

/// The position in bytes (for text files read with translated newlines
/// the count is of the translated text: a known difference).
fn m_tell(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    f.with(|st| {
        flush_writes(st)?;
        let file = st.file.as_mut().ok_or_else(closed_error)?;
        let p = file.stream_position().map_err(|e| os_error_from_io(&e, None))?;
        let unread = if !st.loaded {
            0
        } else if f.binary {
            st.rbuf.len() - st.rpos
        } else {
            st.tbuf[st.rpos..].len()
        };
        Ok(int::from_i64(p as i64 - unread as i64))
    })
}

fn m_fileno(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    use std::os::fd::AsRawFd;
    let f = this(s)?;
    f.with(|st| Ok(int::from_i64(st.file.as_ref().map_or(-1, |f| f.as_raw_fd()) as i64)))
}

fn m_readable(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    f.with(|_| Ok(bool_obj(f.readable)))
}
fn m_writable(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    f.with(|_| Ok(bool_obj(f.writable)))
}
fn m_seekable(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.with(|_| Ok(bool_obj(true)))
}
fn m_isatty(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.with(|_| Ok(bool_obj(false)))
}

fn g_name(o: &Obj) -> PyResult {
    Ok(this(o)?.name.clone())
}
fn g_mode(o: &Obj) -> PyResult {
    Ok(new_string(this(o)?.mode.to_string()))
}
fn g_closed(o: &Obj) -> PyResult {
    let f = this(o)?;
    Ok(bool_obj(f.state.lock().unwrap_or_else(|e| e.into_inner()).file.is_none()))
}
fn g_encoding(o: &Obj) -> PyResult {
    let f = this(o)?;
    if f.binary {
        return Err(crate::error::attribute_error(format!("'{}' object has no attribute 'encoding'", o.type_obj().name())));
    }
    Ok(new_string(match f.enc {
        Enc::Utf8 => "UTF-8",
        Enc::Ascii => "ascii",
        Enc::Latin1 => "latin-1",
    }
    .to_string()))
}

fn file_repr(o: &Obj) -> PyResult {
    let f = this(o)?;
    let name = crate::abstract_::repr_string(&f.name)?;
    if f.binary {
        return Ok(new_string(format!("<_io.{} name={name}>", o.type_obj().name())));
    }
    let enc = crate::abstract_::str_string(&g_encoding(o)?)?;
    Ok(new_string(format!("<_io.TextIOWrapper name={name} mode='{}' encoding='{enc}'>", f.mode)))
}

static FILE_METHODS: [MethodDef; 16] = [
    MethodDef { name: "read", func: m_read, doc: "" },
    MethodDef { name: "readline", func: m_readline, doc: "" },
    MethodDef { name: "readlines", func: m_readlines, doc: "" },
    MethodDef { name: "write", func: m_write, doc: "" },
    MethodDef { name: "writelines", func: m_writelines, doc: "" },
    MethodDef { name: "flush", func: m_flush, doc: "" },
    MethodDef { name: "close", func: m_close, doc: "" },
    MethodDef { name: "__enter__", func: m_enter, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, doc: "" },
    MethodDef { name: "seek", func: m_seek, doc: "" },
    MethodDef { name: "tell", func: m_tell, doc: "" },
    MethodDef { name: "fileno", func: m_fileno, doc: "" },
    MethodDef { name: "readable", func: m_readable, doc: "" },
    MethodDef { name: "writable", func: m_writable, doc: "" },
    MethodDef { name: "seekable", func: m_seekable, doc: "" },
    MethodDef { name: "isatty", func: m_isatty, doc: "" },
];

static FILE_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "name", get: g_name },
    GetSetDef { name: "mode", get: g_mode },
    GetSetDef { name: "closed", get: g_closed },
    GetSetDef { name: "encoding", get: g_encoding },
];

macro_rules! file_type {
    ($id:ident, $name:literal) => {
        pub static $id: TypeObject = TypeObject {
            repr: Some(file_repr),
            iter: Some(file_iter),
            next: Some(file_next),
            methods: &FILE_METHODS,
            getsets: &FILE_GETSETS,
            module: "_io",
            ..TypeObject::builtin($name, &crate::types::object::OBJECT_TYPE, dealloc_box::<FileObject>)
        };
    };
}
file_type!(TEXT_FILE_TYPE, "TextIOWrapper");
file_type!(BUFFERED_READER_TYPE, "BufferedReader");
file_type!(BUFFERED_WRITER_TYPE, "BufferedWriter");
file_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom");

/// Readies the file types. Called once from `types::ready_all`.
pub fn ready() {
    for t in [&TEXT_FILE_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE] {
        crate::types::typeobj::ready(t);
    }
}
