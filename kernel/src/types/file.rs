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
//! them; a text file too, decoding each chunk as it arrives (a multi-byte
//! character cut at the chunk's end, or a final '\r' that may start a
//! "\r\n", waits for the next one). Writes are buffered and flushed at
//! 8 KiB, on flush/close and when the object goes away; one dropped while
//! open issues CPython's ResourceWarning ("unclosed file ...") first.

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
    /// Binary: bytes taken from the file, unread from `rpos` on. Text: bytes
    /// taken from the file and not decoded yet (all unread).
    rbuf: Vec<u8>,
    /// Text mode: decoded text, newlines already translated, unread from
    /// `rpos` on.
    tbuf: String,
    rpos: usize,
    /// The buffers hold read-ahead (the OS position is past the reader's).
    loaded: bool,
    /// Text mode: the last chunk ended in '\r', held back (not in `tbuf`).
    pending_cr: bool,
    /// Text mode: where in `tbuf` a '\n' stands for a "\r\n" of the file
    /// (ascending), so `tell()` counts those two bytes.
    crlf: Vec<usize>,
    /// Text mode: the end of the file was reached (until a seek or write).
    eof: bool,
    /// Text mode: the newline kinds read so far (`NL_*` bits).
    seen: u8,
    wbuf: Vec<u8>,
}

const NL_LF: u8 = 1;
const NL_CR: u8 = 2;
const NL_CRLF: u8 = 4;

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
    let mut f = opened.map_err(|e| os_error_from_io(&e, Some(&path)))?;
    if append {
        // As CPython: an appending file starts at the end (tell() says so).
        let _ = f.seek(SeekFrom::End(0));
    }
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
        state: Mutex::new(State { file: Some(f), rbuf: vec![], tbuf: String::new(), rpos: 0, loaded: false, pending_cr: false, crlf: vec![], eof: false, seen: 0, wbuf: vec![] }),
        name: file.clone(),
        mode: mode_attr,
        binary: bin,
        readable,
        writable,
        enc,
    }))
}

/// The length of the end of `b` that starts a UTF-8 character without
/// finishing it (0 to 3 bytes): it waits for the next chunk.
fn utf8_cut_tail(b: &[u8]) -> usize {
    for back in 1..=b.len().min(3) {
        let c = b[b.len() - back];
        if c & 0xC0 != 0x80 {
            let need = if c >= 0xF0 { 4 } else if c >= 0xE0 { 3 } else if c >= 0xC0 { 2 } else { 1 };
            return if need > back { back } else { 0 };
        }
    }
    0
}

/// Text mode: decodes what `rbuf` holds (all of it at the end of the file,
/// else all but a cut character) into `tbuf` with universal newlines.
fn decode_pending(enc: Enc, st: &mut State, at_eof: bool) -> PyResult<()> {
    let keep = if at_eof || enc != Enc::Utf8 { 0 } else { utf8_cut_tail(&st.rbuf) };
    let n = st.rbuf.len() - keep;
    let mut text = crate::types::bytes::decode_text(&st.rbuf[..n], enc.name())?;
    st.rbuf.drain(..n);
    if std::mem::take(&mut st.pending_cr) {
        text.insert(0, '\r');
    }
    if !at_eof && text.ends_with('\r') {
        text.pop();
        st.pending_cr = true;
    }
    if st.rpos > 0 {
        let r = st.rpos;
        st.tbuf.drain(..r);
        st.crlf.retain(|&p| p >= r);
        st.crlf.iter_mut().for_each(|p| *p -= r);
        st.rpos = 0;
    }
    if text.contains('\r') {
        let crlf = text.matches("\r\n").count();
        let cr = text.matches('\r').count() - crlf;
        let lf = text.matches('\n').count() - crlf;
        st.seen |= if lf > 0 { NL_LF } else { 0 } | if cr > 0 { NL_CR } else { 0 } | if crlf > 0 { NL_CRLF } else { 0 };
        // Translate, noting where each "\r\n" became one '\n'.
        let base = st.tbuf.len();
        let mut out = String::with_capacity(text.len());
        let mut it = text.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                    st.crlf.push(base + out.len());
                }
                out.push('\n');
            } else {
                out.push(c);
            }
        }
        text = out;
    } else if text.contains('\n') {
        st.seen |= NL_LF;
    }
    st.tbuf.push_str(&text);
    Ok(())
}

/// Text mode: reads one more chunk (the rest of the file when `all`) and
/// decodes it; false at the end of the file.
fn fill_text(enc: Enc, st: &mut State, all: bool) -> PyResult<bool> {
    if st.eof {
        return Ok(false);
    }
    st.loaded = true;
    let State { file, rbuf, .. } = st;
    let Some(file) = file.as_mut() else { return Err(closed_error()) };
    let start = rbuf.len();
    crate::interp::detach();
    let r = if all {
        file.read_to_end(rbuf)
    } else {
        rbuf.resize(start + READ_CHUNK, 0);
        loop {
            match file.read(&mut rbuf[start..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        }
    };
    crate::interp::attach();
    let got = match r {
        Ok(n) => n,
        Err(e) => {
            st.rbuf.truncate(start);
            return Err(os_error_from_io(&e, None));
        }
    };
    if !all {
        st.rbuf.truncate(start + got);
    }
    let at_eof = all || got == 0;
    st.eof = at_eof;
    decode_pending(enc, st, at_eof)?;
    Ok(!at_eof || got > 0)
}

/// The bytes the OS position is ahead of the reader: undecoded and unread
/// text (counted as the file encodes it, a translated "\r\n" as two).
fn unread_bytes(f: &FileObject, st: &State) -> usize {
    if !st.loaded {
        0
    } else if f.binary {
        st.rbuf.len() - st.rpos
    } else {
        let rest = &st.tbuf[st.rpos..];
        let text = if f.enc == Enc::Latin1 { rest.chars().count() } else { rest.len() };
        let crlf = st.crlf.len() - st.crlf.partition_point(|&p| p < st.rpos);
        text + crlf + st.rbuf.len() + st.pending_cr as usize
    }
}

/// Drops the read-ahead, putting the OS position back where the reader is.
fn drop_read_ahead(f: &FileObject, st: &mut State) -> PyResult<()> {
    if st.loaded {
        let unread = unread_bytes(f, st);
        if unread > 0 {
            if let Some(file) = st.file.as_mut() {
                file.seek(SeekFrom::Current(-(unread as i64))).map_err(|e| os_error_from_io(&e, None))?;
            }
        }
    }
    reset_read(st);
    Ok(())
}

fn reset_read(st: &mut State) {
    st.loaded = false;
    st.rbuf.clear();
    st.tbuf.clear();
    st.crlf.clear();
    st.rpos = 0;
    st.pending_cr = false;
    st.eof = false;
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
        self.with_op("", f)
    }

    /// `with` for operation `op`: a binary file checks that it can do the
    /// operation first, and names it when closed, as CPython's buffered
    /// files do ("read of closed file").
    fn with_op<R>(&self, op: &str, f: impl FnOnce(&mut State) -> PyResult<R>) -> PyResult<R> {
        if self.binary {
            match op {
                "read" | "readline" if !self.readable => return Err(unsupported("read")),
                "write" if !self.writable => return Err(unsupported("write")),
                _ => {}
            }
        }
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if st.file.is_none() {
            return Err(match (self.binary, op) {
                (_, "fileno") | (true, "tell") => raw_closed_error(),
                (true, "write") => value_error("write to closed file"),
                (true, "read" | "readline" | "seek") => value_error(format!("{op} of closed file")),
                (true, "flush") if self.writable => value_error("flush of closed file"),
                _ => closed_error(),
            });
        }
        f(&mut st)
    }

    /// The checks before a read (pending writes go out first).
    fn load(&self, st: &mut State) -> PyResult<()> {
        if !self.readable {
            return Err(unsupported(if self.binary { "read" } else { "not readable" }));
        }
        flush_writes(st)
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
    f.with_op("read", |st| {
        f.load(st)?;
        if f.binary {
            fill(st, n)?;
            let rest = &st.rbuf[st.rpos..];
            let take = n.map_or(rest.len(), |n| n.min(rest.len()));
            let out = new_bytes(&rest[..take]);
            st.rpos += take;
            Ok(out)
        } else {
            match n {
                None => {
                    fill_text(f.enc, st, true)?;
                }
                Some(n) => {
                    // Until n characters are decoded (a byte is at most one).
                    while st.tbuf.len() - st.rpos < n || st.tbuf[st.rpos..].chars().count() < n {
                        if !fill_text(f.enc, st, false)? {
                            break;
                        }
                    }
                }
            }
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

/// `readinto(b)` of a binary file: reads up to `len(b)` bytes into the
/// start of `b` (a writable buffer such as a bytearray or a memoryview of
/// one); returns how many were read.
fn m_readinto(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    let [b] = a else { return Err(type_error(format!("readinto() takes exactly one argument ({} given)", a.len()))) };
    if !f.binary {
        return Err(PyErr::new(&crate::types::exceptions::ATTRIBUTE_ERROR, "'_io.TextIOWrapper' object has no attribute 'readinto'"));
    }
    // A bytearray takes the bytes itself; any other buffer through a
    // byte-format view of it, so an array's or a cast view's size counts
    // in bytes, as CPython's readinto does.
    let target = if crate::types::bytearray::as_bytearray(b).is_some() {
        b.clone()
    } else {
        let refuse = || type_error(format!("readinto() argument must be read-write bytes-like object, not {}", b.type_obj().name()));
        let m = crate::types::memoryview::memoryview_of(b).map_err(|_| refuse())?;
        if crate::abstract_::is_true(&crate::abstract_::getattr_str(&m, "readonly")?)? {
            return Err(refuse());
        }
        let cast = crate::abstract_::getattr_str(&m, "cast")?;
        crate::abstract_::call(&cast, &[crate::types::str::new_str("B")], None)?
    };
    let b = &target;
    let cap = crate::abstract_::len(b)?;
    let data = f.with_op("read", |st| {
        f.load(st)?;
        fill(st, Some(cap))?;
        let rest = &st.rbuf[st.rpos..];
        let take = cap.min(rest.len());
        let out = rest[..take].to_vec();
        st.rpos += take;
        Ok(out)
    })?;
    let n = data.len();
    let range = crate::types::range::new_slice(int::from_i64(0), int::from_i64(n as i64), none());
    crate::abstract_::setitem(b, &range, Some(&new_bytes(&data)))?;
    Ok(int::from_i64(n as i64))
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
        // Decode on until a newline, the limit or the end of the file.
        let mut scanned = 0;
        let found = loop {
            let rest = &st.tbuf[st.rpos..];
            if let Some(p) = rest[scanned..].find('\n') {
                break Some(scanned + p + 1);
            }
            scanned = rest.len();
            if limit.is_some_and(|l| rest.chars().count() >= l) {
                break None;
            }
            // (fill_text moves the unread text to the buffer's start:
            // `scanned` still counts from the reader's position.)
            if !fill_text(f.enc, st, false)? {
                break None;
            }
        };
        let rest = &st.tbuf[st.rpos..];
        let mut end = found.unwrap_or(rest.len());
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
    f.with_op("readline", |st| next_line(f, st, n))
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
        drop_read_ahead(f, st)?;
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
        f.with_op("write", |st| write_data(f, st, &b))?;
        Ok(int::from_i64(b.len() as i64))
    } else {
        let t = as_str(x).ok_or_else(|| type_error(format!("write() argument must be str, not {}", x.type_obj().name())))?;
        let b = encode(f.enc, t)?;
        f.with_op("write", |st| write_data(f, st, &b))?;
        Ok(int::from_i64(t.chars().count() as i64))
    }
}

fn m_writelines(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("writelines() takes exactly one argument ({} given)", a.len()))) };
    if is_closed(this(s)?) {
        return Err(closed_error());
    }
    for item in crate::abstract_::collect(x)? {
        m_write(s, &[item], k)?;
    }
    Ok(none())
}

fn m_flush(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    f.with_op("flush", flush_writes)?;
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
    reset_read(&mut st);
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
    f.with_op("seek", |st| {
        flush_writes(st)?;
        if whence == 1 {
            drop_read_ahead(f, st)?;
        }
        let file = st.file.as_mut().ok_or_else(closed_error)?;
        let p = file.seek(pos).map_err(|e| os_error_from_io(&e, None))?;
        reset_read(st);
        Ok(int::from_i64(p as i64))
    })
}

/// The position in bytes (CPython's opaque cookie is the byte position too
/// for the stateless codecs these files use).
fn m_tell(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    f.with_op("tell", |st| {
        flush_writes(st)?;
        let file = st.file.as_mut().ok_or_else(closed_error)?;
        let p = file.stream_position().map_err(|e| os_error_from_io(&e, None))?;
        Ok(int::from_i64(p as i64 - unread_bytes(f, st) as i64))
    })
}

fn m_fileno(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    use std::os::fd::AsRawFd;
    let f = this(s)?;
    f.with_op("fileno", |st| Ok(int::from_i64(st.file.as_ref().map_or(-1, |f| f.as_raw_fd()) as i64)))
}

/// The closed-file error of the OS-level file under a buffered one
/// (CPython's FileIO says it without a final period).
fn raw_closed_error() -> PyErr {
    value_error("I/O operation on closed file")
}

fn is_closed(f: &FileObject) -> bool {
    f.state.lock().unwrap_or_else(|e| e.into_inner()).file.is_none()
}

/// `readable()`/`writable()`: false for a file opened without the
/// capability (closed or not, as CPython's buffered writer and reader
/// inherit IOBase's answer), else a closed file is an error.
fn capability(f: &FileObject, capable: bool) -> PyResult<bool> {
    if !capable {
        return Ok(false);
    }
    if is_closed(f) {
        return Err(raw_closed_error());
    }
    Ok(true)
}

fn m_readable(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    Ok(bool_obj(capability(f, f.readable)?))
}
fn m_writable(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = this(s)?;
    Ok(bool_obj(capability(f, f.writable)?))
}
fn m_seekable(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(bool_obj(capability(this(s)?, true)?))
}
fn m_isatty(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    use std::os::fd::AsRawFd;
    let f = this(s)?;
    let st = f.state.lock().unwrap_or_else(|e| e.into_inner());
    let fd = st.file.as_ref().ok_or_else(raw_closed_error)?.as_raw_fd();
    // SAFETY: isatty only inspects the descriptor, which the file owns.
    Ok(bool_obj(unsafe { libc::isatty(fd) } == 1))
}

/// `_checkReadable()` and friends: `UnsupportedOperation` unless the
/// file can; True when it can (CPython's iobase helpers).
fn check_capability(what: &str, can: bool) -> PyResult {
    if !can {
        return Err(unsupported(&format!("File or stream is not {what}.")));
    }
    Ok(bool_obj(true))
}
fn no_args(name: &str, a: &[Obj]) -> PyResult<()> {
    if !a.is_empty() {
        return Err(type_error(format!("_IOBase.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}
fn m_check_readable(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("_checkReadable", a)?;
    let f = this(s)?;
    check_capability("readable", capability(f, f.readable)?)
}
fn m_check_writable(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("_checkWritable", a)?;
    let f = this(s)?;
    check_capability("writable", capability(f, f.writable)?)
}
fn m_check_seekable(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("_checkSeekable", a)?;
    check_capability("seekable", capability(this(s)?, true)?)
}
fn m_check_closed(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    no_args("_checkClosed", a)?;
    let f = this(s)?;
    if is_closed(f) {
        return Err(closed_error());
    }
    Ok(none())
}

/// `truncate(pos=None)`: cuts (or extends) the file to `pos` bytes, by
/// default the current position, which does not move; returns `pos`.
fn m_truncate(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    use std::os::fd::AsRawFd;
    let f = this(s)?;
    if a.len() > 1 {
        return Err(type_error(format!("truncate expected at most 1 argument, got {}", a.len())));
    }
    if is_closed(f) {
        return Err(if f.binary { value_error("truncate of closed file") } else { closed_error() });
    }
    if !f.writable {
        return Err(unsupported("truncate"));
    }
    let pos = match a.first() {
        Some(v) if !crate::types::is_none(v) => {
            let i = crate::abstract_::index(v)?;
            Some(int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))?)
        }
        _ => None,
    };
    f.with(|st| {
        flush_writes(st)?;
        drop_read_ahead(f, st)?;
        let file = st.file.as_mut().ok_or_else(closed_error)?;
        let pos = match pos {
            Some(p) => p,
            None => file.stream_position().map_err(|e| os_error_from_io(&e, None))? as i64,
        };
        let fd = file.as_raw_fd();
        crate::interp::detach();
        // SAFETY: ftruncate takes plain integers; the file owns `fd`, and a
        // bad length is reported through errno.
        let r = unsafe { libc::ftruncate(fd, pos as libc::off_t) };
        crate::interp::attach();
        if r != 0 {
            return Err(os_error_from_io(&std::io::Error::last_os_error(), None));
        }
        Ok(int::from_i64(pos))
    })
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

fn text_only<'a>(o: &'a Obj, what: &str) -> PyResult<&'a FileObject> {
    let f = this(o)?;
    if f.binary {
        return Err(crate::error::attribute_error(format!("'_io.{}' object has no attribute '{what}'", o.type_obj().name())));
    }
    Ok(f)
}
fn g_errors(o: &Obj) -> PyResult {
    text_only(o, "errors")?;
    Ok(new_string("strict".to_string()))
}
fn g_line_buffering(o: &Obj) -> PyResult {
    text_only(o, "line_buffering")?;
    Ok(bool_obj(false))
}
fn g_write_through(o: &Obj) -> PyResult {
    text_only(o, "write_through")?;
    Ok(bool_obj(false))
}
/// `newlines`: the line endings read so far (None, one string or a tuple).
fn g_newlines(o: &Obj) -> PyResult {
    let f = text_only(o, "newlines")?;
    let seen = f.state.lock().unwrap_or_else(|e| e.into_inner()).seen;
    let kinds: Vec<Obj> = [(NL_CR, "\r"), (NL_LF, "\n"), (NL_CRLF, "\r\n")].iter().filter(|(b, _)| seen & b != 0).map(|(_, t)| new_string(t.to_string())).collect();
    Ok(match kinds.len() {
        0 => none(),
        1 => kinds[0].clone(),
        _ => crate::types::tuple::new_tuple(kinds),
    })
}

/// Called by the destructor (`object::run_finalizer`) on a file object
/// whose last reference went, revived as `o`: a file still open issues
/// ResourceWarning("unclosed file <repr>") with the file as its source,
/// when the warning machinery is loaded (before that the default filters,
/// which ignore ResourceWarning, are in force), then closes.
pub fn finalize(o: &Obj) {
    let Ok(f) = this(o) else { return };
    if is_closed(f) {
        return;
    }
    let modules = crate::interp::modules_dict();
    let loaded = |n: &str| crate::types::dict::get_str(&modules, &crate::types::str::intern(n)).is_some();
    if loaded("_warnings") || loaded("warnings") {
        let r = file_repr(o).and_then(|r| {
            let msg = format!("unclosed file {}", crate::abstract_::str_string(&r)?);
            let m = crate::import::import_module("_warnings")?;
            let warn = crate::abstract_::getattr_str(&m, "warn")?;
            crate::abstract_::call(&warn, &[new_string(msg), crate::types::exceptions::RESOURCE_WARNING.as_obj(), int::from_i64(1), o.clone()], None)
        });
        if let Err(e) = r {
            crate::traceback::report_unraisable(&format!("Exception ignored in: {}", crate::abstract_::repr_string(o).unwrap_or_default()), Some(o), &e);
        }
    }
    if let Err(e) = m_close(o, &[], None) {
        crate::traceback::report_unraisable(&format!("Exception ignored in: {}", crate::abstract_::repr_string(o).unwrap_or_default()), Some(o), &e);
    }
}

/// Whether `t` is one of the file types (their instances have `finalize`).
pub fn is_file_type(t: &TypeObject) -> bool {
    [&TEXT_FILE_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE].iter().any(|x| std::ptr::eq(*x, t))
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

/// The methods of every file type; `$extra` ones follow (binary files add
/// `readinto`, which text files lack as in CPython).
macro_rules! file_methods {
    ($($extra:expr),*) => {
        [
            MethodDef { name: "truncate", func: m_truncate, doc: "" },
            MethodDef { name: "_checkReadable", func: m_check_readable, doc: "" },
            MethodDef { name: "_checkWritable", func: m_check_writable, doc: "" },
            MethodDef { name: "_checkSeekable", func: m_check_seekable, doc: "" },
            MethodDef { name: "_checkClosed", func: m_check_closed, doc: "" },
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
            $($extra),*
        ]
    };
}
static FILE_METHODS: [MethodDef; 21] = file_methods!();
static BINARY_FILE_METHODS: [MethodDef; 22] = file_methods!(MethodDef { name: "readinto", func: m_readinto, doc: "" });

static FILE_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "errors", get: g_errors },
    GetSetDef { name: "newlines", get: g_newlines },
    GetSetDef { name: "line_buffering", get: g_line_buffering },
    GetSetDef { name: "write_through", get: g_write_through },
    GetSetDef { name: "name", get: g_name },
    GetSetDef { name: "mode", get: g_mode },
    GetSetDef { name: "closed", get: g_closed },
    GetSetDef { name: "encoding", get: g_encoding },
];

macro_rules! file_type {
    ($id:ident, $name:literal, $methods:ident) => {
        pub static $id: TypeObject = TypeObject {
            repr: Some(file_repr),
            iter: Some(file_iter),
            next: Some(file_next),
            methods: &$methods,
            getsets: &FILE_GETSETS,
            module: "_io",
            ..TypeObject::builtin($name, &crate::types::object::OBJECT_TYPE, dealloc_box::<FileObject>)
        };
    };
}
file_type!(TEXT_FILE_TYPE, "TextIOWrapper", FILE_METHODS);
file_type!(BUFFERED_READER_TYPE, "BufferedReader", BINARY_FILE_METHODS);
file_type!(BUFFERED_WRITER_TYPE, "BufferedWriter", BINARY_FILE_METHODS);
file_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom", BINARY_FILE_METHODS);

/// Readies the file types. Called once from `types::ready_all`.
pub fn ready() {
    for t in [&TEXT_FILE_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE] {
        crate::types::typeobj::ready(t);
    }
}
