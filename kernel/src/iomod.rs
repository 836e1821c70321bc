//! `_io`: the I/O class hierarchy under `Lib/io.py` (`_IOBase` and its
//! abstract subclasses, FileIO over posix file descriptors, BytesIO,
//! StringIO, the buffered streams, TextIOWrapper with the codec registry's
//! incremental codecs, IncrementalNewlineDecoder, `open`, `open_code`,
//! `text_encoding`). Written in Python (iomod.py), loaded from its
//! precompiled code (`frozen_code.rs`) at start-up, like `_collections`:
//! every class is an ordinary class, so `io.py` can subclass them with
//! `abc.ABCMeta` and register them. The hottest methods are native (below).
//!
//! `builtins.open` is this module's `open`, and the standard streams are
//! its TextIOWrappers (`interp::init_std_streams`).

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::int::{as_i64, from_i64};
use crate::types::none;

/// `_ftruncate(fd, length)`: `os.ftruncate`, which `posix` does not have yet.
fn m_ftruncate(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [fd, len] = a else { return Err(type_error("_ftruncate() takes exactly 2 arguments")) };
    let fd = as_i64(&crate::abstract_::index(fd)?).ok_or_else(|| crate::error::overflow_error("fd is too large"))?;
    let len = as_i64(&crate::abstract_::index(len)?).ok_or_else(|| crate::error::overflow_error("length is too large"))?;
    // SAFETY: ftruncate takes plain integers; a bad fd is reported through errno.
    let r = unsafe { libc::ftruncate(fd as libc::c_int, len as libc::off_t) };
    if r != 0 {
        return Err(crate::types::exceptions::os_error_from_io(&std::io::Error::last_os_error(), None));
    }
    Ok(none())
}

const IO_SOURCE: &str = include_str!("iomod.py");

pub fn make_module() -> PyResult {
    let globals: Vec<(&'static str, Obj)> = vec![
        ("UnsupportedOperation", crate::types::exceptions::UNSUPPORTED_OPERATION.as_obj()),
        ("_ftruncate", crate::types::function::new_builtin("_ftruncate", m_ftruncate, none(), Some("_io"))),
        ("_O_CLOEXEC", from_i64(libc::O_CLOEXEC as i64)),
    ];
    let m = crate::collectionsmod::module_from_source_with("_io", "The io module provides the Python interfaces to stream handling.", IO_SOURCE, &globals)?;
    install_accelerators(&m)?;
    // `open` is a builtin function, as CPython's: a class attribute
    // `open = io.open` must not bind as a method (test_file's C tests).
    let py_open = crate::abstract_::getattr_str(&m, "open")?;
    let open = crate::types::function::new_builtin("open", m_open, py_open, Some("_io"));
    crate::abstract_::setattr(&m, &crate::types::str::new_string("open".to_string()), Some(&open))?;
    Ok(m)
}

/// `_io.open`: calls the Python `open` of iomod.py it wraps, after the
/// argument checks CPython's argument parser makes, in its words.
fn m_open(py_open: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    check_open_args(a, k)?;
    crate::abstract_::call(py_open, a, k)
}

const OPEN_PARAMS: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

fn check_open_args(a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    crate::posixmod::parse_args("open", a, k, &OPEN_PARAMS, 1).map(|_| ())
}

// -- Native fast paths for the hottest methods.
//
// `__next__`, `readline()` and `write()` of iomod.py's TextIOWrapper, and
// `__next__`/`readline()` of BufferedReader and BufferedRandom, are native
// method descriptors: each does what the Python method's own fast path
// does (a whole translated line already decoded; a utf-8 strict write that
// only gathers bytes; a line in the read buffer) without a Python frame,
// and otherwise calls the Python method kept as `_next_slow`/
// `_readline_slow`/`_write_slow`, so both always agree. They read and write the instance's attributes in its
// dict, as the Python code does; a stream whose buffer is not one of
// `_io`'s own Buffered classes over its FileIO asks Python whether it is
// closed, so it takes the slow path.

use crate::types::str::{as_str_obj, intern, new_str};
use crate::types::typeobj::MethodDef;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The type objects (addresses) of the latest `_io` module's
/// BufferedReader, BufferedWriter, BufferedRandom and FileIO: a buffer of
/// one of the first three over a FileIO is open when the FileIO's `_fd` is
/// not negative. Types are immortal, so an address is never reused.
static FAST_TYPES: [AtomicUsize; 4] = [AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0)];
/// The latest `_io` module's TextIOWrapper: `__next__` of a subclass reads
/// through the subclass's `readline()`, as CPython's.
static TEXT_TYPE: AtomicUsize = AtomicUsize::new(0);
/// The latest `_io` module's native `TextIOWrapper.write` descriptor.
static TEXT_WRITE: AtomicUsize = AtomicUsize::new(0);

/// print()'s output as one `write` to an exact TextIOWrapper whose `write`
/// is the native one, when the gathering fast path takes it; false (having
/// written nothing) otherwise, and print() then writes piece by piece.
pub fn print_fast(file: &Obj, text: &Obj) -> PyResult<bool> {
    if file.type_ptr() as usize != TEXT_TYPE.load(Ordering::Relaxed) || TEXT_TYPE.load(Ordering::Relaxed) == 0 {
        return Ok(false);
    }
    let write = file.type_obj().lookup(&crate::types::str::istr("write"));
    if !write.is_some_and(|w| w.value().as_ptr() as usize == TEXT_WRITE.load(Ordering::Relaxed)) {
        return Ok(false);
    }
    if crate::types::class::instance_dict(file).is_some_and(|d| crate::types::dict::get_str(&d, &crate::types::str::istr("write")).is_some()) {
        return Ok(false);
    }
    Ok(gather_write(file, text)?.is_some())
}

struct Keys {
    decoded: Obj,
    used: Obj,
    readtranslate: Obj,
    buffer: Obj,
    raw: Obj,
    fd: Obj,
    utf8: Obj,
    writetranslate: Obj,
    writenl: Obj,
    line_buffering: Obj,
    write_through: Obj,
    encoder: Obj,
    snapshot: Obj,
    pending_bytes: Obj,
    pending_len: Obj,
    chunk_size: Obj,
    can_read: Obj,
    newline: Obj,
    writable: Obj,
    lock: Obj,
    rbuf: Obj,
    rpos: Obj,
}

thread_local! {
    static KEYS: Keys = Keys {
        decoded: intern("_decoded"),
        used: intern("_used"),
        readtranslate: intern("_readtranslate"),
        buffer: intern("_buffer"),
        raw: intern("_raw"),
        fd: intern("_fd"),
        utf8: intern("_utf8"),
        writetranslate: intern("_writetranslate"),
        writenl: intern("_writenl"),
        line_buffering: intern("_line_buffering"),
        write_through: intern("_write_through"),
        encoder: intern("_encoder"),
        snapshot: intern("_snapshot"),
        pending_bytes: intern("_pending_bytes"),
        pending_len: intern("_pending_len"),
        chunk_size: intern("_CHUNK_SIZE"),
        can_read: intern("_can_read"),
        newline: intern("_newline"),
        writable: intern("_writable"),
        lock: intern("_lock"),
        rbuf: intern("_rbuf"),
        rpos: intern("_rpos"),
    };
    /// The last line end `__next__`/`readline` found: (decoded text, char
    /// index, byte offset), so that the next line of a non-ASCII chunk
    /// starts from a known byte offset instead of counting characters from
    /// the chunk's start. Holding the text keeps its address from reuse.
    static LAST_END: std::cell::RefCell<Option<(Obj, usize, usize)>> = const { std::cell::RefCell::new(None) };
}

static NEXT_DEF: MethodDef = MethodDef { name: "__next__", func: text_next, doc: "Implement next(self)." };
static READLINE_DEF: MethodDef = MethodDef { name: "readline", func: text_readline, doc: "Read until newline or EOF." };
static WRITE_DEF: MethodDef = MethodDef { name: "write", func: text_write, doc: "Write string s to stream and returning an int." };

fn install_accelerators(m: &Obj) -> PyResult<()> {
    use crate::abstract_::getattr_str;
    let addr = |name: &str| -> PyResult<usize> {
        let t = getattr_str(m, name)?;
        Ok(crate::types::typeobj::as_type(&t).map_or(0, |t| t as *const _ as usize))
    };
    for (slot, name) in FAST_TYPES.iter().zip(["BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"]) {
        slot.store(addr(name)?, Ordering::Relaxed);
    }
    TEXT_TYPE.store(addr("TextIOWrapper")?, Ordering::Relaxed);
    let text = getattr_str(m, "TextIOWrapper")?;
    let owner = crate::types::typeobj::as_type(&text).ok_or_else(|| type_error("TextIOWrapper is not a class"))?;
    for def in [&NEXT_DEF, &READLINE_DEF, &WRITE_DEF] {
        let descr = crate::types::function::new_method_descr(owner, def);
        crate::abstract_::setattr(&text, &intern(def.name), Some(&descr))?;
        if std::ptr::eq(def, &WRITE_DEF) {
            TEXT_WRITE.store(descr.value().as_ptr() as usize, Ordering::Relaxed);
            // The descriptor lives as long as the class holds it; one
            // reference is kept here so that its address is never reused.
            std::mem::forget(descr);
        }
    }
    for name in ["BufferedReader", "BufferedRandom"] {
        let cls = getattr_str(m, name)?;
        let owner = crate::types::typeobj::as_type(&cls).ok_or_else(|| type_error("not a class"))?;
        for def in [&BUFFERED_NEXT_DEF, &BUFFERED_READLINE_DEF] {
            let descr = crate::types::function::new_method_descr(owner, def);
            crate::abstract_::setattr(&cls, &intern(def.name), Some(&descr))?;
        }
    }
    Ok(())
}

static BUFFERED_NEXT_DEF: MethodDef = MethodDef { name: "__next__", func: buffered_next, doc: "Implement next(self)." };
static BUFFERED_READLINE_DEF: MethodDef = MethodDef { name: "readline", func: buffered_readline, doc: "Read and return a line from the stream." };

/// The next whole line in a Buffered reader's read buffer, when it is
/// there, the raw file is `_io`'s FileIO and open, and no thread holds the
/// stream's lock (the Python methods hold it while they change the
/// buffer); None otherwise. Under the free-threaded runtime the Python
/// methods, which take the lock, do it all.
fn buffered_line(slf: &Obj) -> PyResult<Option<Obj>> {
    if crate::interp::threading_mode() != pyk_abi::value::ThreadingMode::Gil {
        return Ok(None);
    }
    let Some(d) = crate::types::class::instance_dict(slf) else { return Ok(None) };
    KEYS.with(|k| {
        if !is_true_obj(&attr(&d, &k.can_read)) || !attr(&d, &k.lock).is_some_and(|l| crate::thread::rlock_unheld(&l)) {
            return Ok(None);
        }
        let (Some(rbuf), Some(rpos)) = (attr(&d, &k.rbuf), attr(&d, &k.rpos).and_then(|p| as_i64(&p))) else { return Ok(None) };
        if !std::ptr::eq(rbuf.type_obj(), &crate::types::bytes::BYTES_TYPE) {
            return Ok(None);
        }
        let Some(data) = crate::types::bytes::as_bytes(&rbuf) else { return Ok(None) };
        if rpos < 0 || rpos as usize >= data.len() {
            return Ok(None);
        }
        let start = rpos as usize;
        let Some(nl) = data[start..].iter().position(|&c| c == b'\n') else { return Ok(None) };
        let Some(raw) = attr(&d, &k.raw) else { return Ok(None) };
        if raw.type_ptr() as usize != FAST_TYPES[3].load(Ordering::Relaxed) || !crate::types::class::instance_dict(&raw).and_then(|rd| attr(&rd, &k.fd)).and_then(|fd| as_i64(&fd)).is_some_and(|fd| fd >= 0) {
            return Ok(None);
        }
        let end = start + nl + 1;
        let line = crate::types::bytes::new_bytes(&data[start..end]);
        if end >= data.len() {
            set_attr(&d, &k.rbuf, crate::types::bytes::new_bytes(b""))?;
            set_attr(&d, &k.rpos, from_i64(0))?;
        } else {
            set_attr(&d, &k.rpos, from_i64(end as i64))?;
        }
        Ok(Some(line))
    })
}

fn buffered_next(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let t = slf.type_ptr() as usize;
    if a.is_empty() && k.is_none() && (t == FAST_TYPES[0].load(Ordering::Relaxed) || t == FAST_TYPES[2].load(Ordering::Relaxed)) {
        if let Some(line) = buffered_line(slf)? {
            return Ok(line);
        }
    }
    call_slow(slf, "_next_slow", a, k)
}

fn buffered_readline(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let whole = match a {
        [] => true,
        [size] => crate::types::is_none(size) || (std::ptr::eq(size.type_obj(), &crate::types::int::INT_TYPE) && as_i64(size).is_some_and(|n| n < 0)),
        _ => false,
    };
    if whole && k.is_none() {
        if let Some(line) = buffered_line(slf)? {
            return Ok(line);
        }
    }
    call_slow(slf, "_readline_slow", a, k)
}

fn attr(d: &Obj, key: &Obj) -> Option<Obj> {
    crate::types::dict::get_str(d, key)
}

fn set_attr(d: &Obj, key: &Obj, v: Obj) -> PyResult<()> {
    let dd = crate::types::dict::as_dict(d).ok_or_else(|| type_error("instance dict expected"))?;
    let h = crate::types::str::str_hash_of(as_str_obj(key).expect("interned key"));
    dd.set_hashed(h, key.clone(), v)
}

fn is_true_obj(o: &Option<Obj>) -> bool {
    o.as_ref().is_some_and(|o| o.is(&crate::types::bool_obj(true)))
}

/// Whether the wrapper's buffer is known open without running Python code:
/// one of `_io`'s Buffered classes over its FileIO with a descriptor.
fn buffer_known_open(k: &Keys, d: &Obj) -> bool {
    let Some(b) = attr(d, &k.buffer) else { return false };
    let bt = b.type_ptr() as usize;
    if !FAST_TYPES[..3].iter().any(|t| t.load(Ordering::Relaxed) == bt) {
        return false;
    }
    let Some(raw) = crate::types::class::instance_dict(&b).and_then(|bd| attr(&bd, &k.raw)) else { return false };
    if raw.type_ptr() as usize != FAST_TYPES[3].load(Ordering::Relaxed) {
        return false;
    }
    let fd = crate::types::class::instance_dict(&raw).and_then(|rd| attr(&rd, &k.fd));
    fd.and_then(|fd| as_i64(&fd)).is_some_and(|fd| fd >= 0)
}

/// The descriptor of a wrapper whose buffer is `_io`'s own FileIO, open
/// and writable (a standard stream under -u).
fn raw_fileio_fd(k: &Keys, d: &Obj) -> Option<i32> {
    let b = attr(d, &k.buffer)?;
    if b.type_ptr() as usize != FAST_TYPES[3].load(Ordering::Relaxed) {
        return None;
    }
    let bd = crate::types::class::instance_dict(&b)?;
    if !is_true_obj(&attr(&bd, &k.writable)) {
        return None;
    }
    let fd = as_i64(&attr(&bd, &k.fd)?)?;
    (fd >= 0).then_some(fd as i32)
}

/// Writes all of `data` to `fd` (the thread detached while it blocks);
/// false when the first write fails, having written nothing (the Python
/// path then raises the error), an OSError when a later one fails.
fn write_all_fd(fd: i32, mut data: &[u8]) -> PyResult<bool> {
    let mut first = true;
    while !data.is_empty() {
        crate::interp::detach();
        // SAFETY: `data` is a live byte slice of the given length.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        let err = std::io::Error::last_os_error();
        crate::interp::attach();
        if n < 0 {
            if err.kind() == std::io::ErrorKind::Interrupted {
                crate::signalmod::run_pending()?;
                continue;
            }
            if first {
                return Ok(false);
            }
            return Err(crate::types::exceptions::os_error_from_io(&err, None));
        }
        first = false;
        data = &data[n as usize..];
    }
    Ok(true)
}

/// The byte offset of character `chars` in `text` (a str object).
fn byte_offset(text: &Obj, data: &str, nchars: usize, chars: usize) -> usize {
    if nchars == data.len() {
        return chars;
    }
    let known = LAST_END.with(|l| match &*l.borrow() {
        Some((t, c, b)) if t.is(text) && *c <= chars => Some((*c, *b)),
        _ => None,
    });
    let (c0, b0) = known.unwrap_or((0, 0));
    data[b0..].char_indices().nth(chars - c0).map_or(data.len(), |(i, _)| b0 + i)
}

/// The fast path shared by `__next__` and `readline()`: the next whole
/// line of the decoded text when it is there, translated mode, and the
/// buffer is known open; None otherwise.
fn next_decoded_line(slf: &Obj) -> PyResult<Option<Obj>> {
    let Some(d) = crate::types::class::instance_dict(slf) else { return Ok(None) };
    KEYS.with(|k| {
        // Lines end at '\n' alone: translated text, or newline='\n' (the
        // standard streams).
        if !is_true_obj(&attr(&d, &k.readtranslate)) && !attr(&d, &k.newline).is_some_and(|n| crate::types::str::as_str(&n) == Some("\n")) {
            return Ok(None);
        }
        let (Some(text), Some(used)) = (attr(&d, &k.decoded), attr(&d, &k.used)) else { return Ok(None) };
        let (Some(s), Some(u)) = (as_str_obj(&text), as_i64(&used)) else { return Ok(None) };
        if u < 0 || u as usize >= s.nchars {
            return Ok(None);
        }
        let data: &str = &s.data;
        let start = byte_offset(&text, data, s.nchars, u as usize);
        let Some(nl) = data.as_bytes()[start..].iter().position(|&c| c == b'\n') else { return Ok(None) };
        if !buffer_known_open(k, &d) {
            return Ok(None);
        }
        let end = start + nl + 1;
        let line = new_str(&data[start..end]);
        let n = as_str_obj(&line).map_or(0, |l| l.nchars);
        let new_used = u as usize + n;
        set_attr(&d, &k.used, from_i64(new_used as i64))?;
        if s.nchars != data.len() {
            LAST_END.with(|l| *l.borrow_mut() = Some((text.clone(), new_used, end)));
        }
        Ok(Some(line))
    })
}

/// Calls the Python method `name` of `slf`'s class with `slf` and the
/// arguments as given.
fn call_slow(slf: &Obj, name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let f = crate::abstract_::getattr_str(&slf.type_obj().as_obj(), name)?;
    let mut args = Vec::with_capacity(a.len() + 1);
    args.push(slf.clone());
    args.extend_from_slice(a);
    crate::abstract_::call(&f, &args, k)
}

/// CPython's error for keyword arguments to a positional-only method.
fn no_keywords(name: &str, k: Option<&Obj>) -> PyResult<()> {
    match k {
        Some(names) if crate::types::tuple::as_tuple(names).is_some_and(|t| !t.is_empty()) => Err(type_error(format!("TextIOWrapper.{name}() takes no keyword arguments"))),
        _ => Ok(()),
    }
}

fn text_next(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if a.is_empty() && k.is_none() && slf.type_ptr() as usize == TEXT_TYPE.load(Ordering::Relaxed) {
        if let Some(line) = next_decoded_line(slf)? {
            return Ok(line);
        }
    }
    call_slow(slf, "_next_slow", a, k)
}

fn text_readline(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_keywords("readline", k)?;
    let whole = match a {
        [] => true,
        [size] => std::ptr::eq(size.type_obj(), &crate::types::int::INT_TYPE) && as_i64(size) == Some(-1),
        _ => false,
    };
    if whole && k.is_none() {
        if let Some(line) = next_decoded_line(slf)? {
            return Ok(line);
        }
    }
    call_slow(slf, "_readline_slow", a, k)
}

/// `write(s)`'s common case: a str written strictly as UTF-8 with '\n'
/// kept, no line buffering, nothing decoded to drop, and what is gathered
/// staying under the chunk size.
fn text_write(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_keywords("write", k)?;
    if let ([s], None) = (a, k) {
        if let Some(n) = gather_write(slf, s)? {
            return Ok(from_i64(n as i64));
        }
    }
    call_slow(slf, "_write_slow", a, k)
}

fn gather_write(slf: &Obj, s: &Obj) -> PyResult<Option<usize>> {
    let Some(text) = as_str_obj(s) else { return Ok(None) };
    if !std::ptr::eq(s.type_obj(), &crate::types::str::STR_TYPE) {
        return Ok(None);
    }
    let Some(d) = crate::types::class::instance_dict(slf) else { return Ok(None) };
    KEYS.with(|k| {
        // Any error handler: text without lone surrogates (checked below)
        // encodes to its stored UTF-8 whatever the handler.
        if !is_true_obj(&attr(&d, &k.utf8)) {
            return Ok(None);
        }
        let line_buffering = is_true_obj(&attr(&d, &k.line_buffering));
        let write_through = is_true_obj(&attr(&d, &k.write_through));
        if attr(&d, &k.encoder).is_none_or(|e| crate::types::is_none(&e)) || !attr(&d, &k.snapshot).is_some_and(|s| crate::types::is_none(&s)) {
            return Ok(None);
        }
        if !attr(&d, &k.decoded).is_some_and(|t| as_str_obj(&t).is_some_and(|t| t.nchars == 0)) {
            return Ok(None);
        }
        let data: &str = &text.data;
        // Lone surrogates (stored as stand-ins, see pyk_abi::surrogate)
        // are not encodable strictly: the Python path raises.
        if data.as_bytes().contains(&0xF3) && data.chars().any(|c| (0xDD800..0xDE000).contains(&(c as u32))) {
            return Ok(None);
        }
        if is_true_obj(&attr(&d, &k.writetranslate)) && data.contains('\n') && !attr(&d, &k.writenl).is_some_and(|n| crate::types::str::as_str(&n) == Some("\n")) {
            return Ok(None);
        }
        let (Some(pending), Some(plen)) = (attr(&d, &k.pending_bytes), attr(&d, &k.pending_len).and_then(|n| as_i64(&n))) else { return Ok(None) };
        let Some(list) = crate::types::list::as_list(&pending) else { return Ok(None) };
        if !std::ptr::eq(pending.type_obj(), &crate::types::list::LIST_TYPE) {
            return Ok(None);
        }
        if write_through {
            // Unbuffered (-u): straight to a FileIO buffer's descriptor.
            if plen != 0 || list.len() != 0 {
                return Ok(None);
            }
            let Some(fd) = raw_fileio_fd(k, &d) else { return Ok(None) };
            if !write_all_fd(fd, data.as_bytes())? {
                return Ok(None);
            }
        } else {
            let chunk = crate::abstract_::getattr(slf, &k.chunk_size)?;
            let Some(chunk) = as_i64(&chunk) else { return Ok(None) };
            let total = plen + data.len() as i64;
            if total > chunk || !buffer_known_open(k, &d) {
                return Ok(None);
            }
            list.push(crate::types::bytes::new_bytes(data.as_bytes()));
            set_attr(&d, &k.pending_len, from_i64(total))?;
        }
        if line_buffering && (data.contains('\n') || data.contains('\r')) {
            let flush = crate::abstract_::getattr_str(slf, "flush")?;
            crate::abstract_::call0(&flush)?;
        }
        Ok(Some(text.nchars))
    })
}
