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
    if let Some(f) = open_fast(a, k)? {
        return Ok(f);
    }
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
    /// The attributes each fast path reads (through `cached_values`).
    next_keys: [Obj; 5],
    write_keys: [Obj; 14],
    line_keys: [Obj; 5],
    raw_keys: [Obj; 1],
    buffer_keys: [Obj; 1],
}

thread_local! {
    static KEYS: Keys = Keys {
        next_keys: ["_readtranslate", "_decoded", "_used", "_buffer", "_newline"].map(intern),
        write_keys: [
            "_utf8",
            "_line_buffering",
            "_write_through",
            "_errors",
            "_encoder",
            "_snapshot",
            "_decoded",
            "_writetranslate",
            "_writenl",
            "_pending_bytes",
            "_pending_len",
            "_ok",
            "_buffer",
            "_CHUNK_SIZE",
        ]
        .map(intern),
        line_keys: ["_can_read", "_lock", "_rbuf", "_rpos", "_raw"].map(intern),
        raw_keys: [intern("_fd")],
        buffer_keys: [intern("_raw")],
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
    // `_io`'s own UTF-8 codec record (what `_configure` gives a UTF-8
    // stream); one reference is kept so that the address stays valid.
    let info = getattr_str(m, "_UTF8_INFO")?;
    UTF8_INFO.store(info.value().0, Ordering::Relaxed);
    std::mem::forget(info);
    NEWLINE_DECODER_TYPE.store(addr("IncrementalNewlineDecoder")?, Ordering::Relaxed);
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
    install_open_accelerators(m)
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
        let Some([can_read, Some(lock), Some(rbuf), Some(rpos), Some(raw)]) = cached_values(SLOT_LINE, &d, &k.line_keys) else { return Ok(None) };
        if !is_true_obj(&can_read) || !crate::thread::rlock_unheld(&lock) {
            return Ok(None);
        }
        let Some(rpos) = as_i64(&rpos) else { return Ok(None) };
        if !std::ptr::eq(rbuf.type_obj(), &crate::types::bytes::BYTES_TYPE) {
            return Ok(None);
        }
        let Some(data) = crate::types::bytes::as_bytes(&rbuf) else { return Ok(None) };
        if rpos < 0 || rpos as usize >= data.len() {
            return Ok(None);
        }
        let start = rpos as usize;
        let Some(nl) = data[start..].iter().position(|&c| c == b'\n') else { return Ok(None) };
        if raw.type_ptr() as usize != FAST_TYPES[3].load(Ordering::Relaxed) {
            return Ok(None);
        }
        let fd = crate::types::class::instance_dict(&raw).and_then(|rd| cached_values(SLOT_RAW, &rd, &k.raw_keys));
        if !matches!(fd, Some([Some(fd)]) if as_i64(&fd).is_some_and(|fd| fd >= 0)) {
            return Ok(None);
        }
        let end = start + nl + 1;
        let line = crate::types::bytes::new_bytes(&data[start..end]);
        if end >= data.len() {
            cached_set(SLOT_LINE, &d, &k.line_keys[2], 2, crate::types::bytes::new_bytes(b""))?;
            cached_set(SLOT_LINE, &d, &k.line_keys[3], 3, from_i64(0))?;
        } else {
            cached_set(SLOT_LINE, &d, &k.line_keys[3], 3, from_i64(end as i64))?;
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

// Entry positions of the hot attributes in the instance dicts, per thread
// and per use (`SLOT_*`): while a dict's table version is unchanged its
// keys stay where they were, so the values are read (and `_used`,
// `_pending_len`, ... written) by position instead of by probing. A cache
// entry holds its dict, so the address is not reused while cached.
const SLOT_WRITE: usize = 0;
const SLOT_NEXT: usize = 1;
const SLOT_BUFFER: usize = 2;
const SLOT_RAW: usize = 3;
const SLOT_LINE: usize = 4;
const SLOTS: usize = 5;

type SlotEntry = Option<(Obj, u64, Vec<Option<usize>>)>;

thread_local! {
    static SLOT_CACHE: std::cell::RefCell<[SlotEntry; SLOTS]> = const { std::cell::RefCell::new([None, None, None, None, None]) };
}

/// The values of `keys` in the dict `d` (None for a missing key), through
/// cache entry `id`: (values, table version, positions' owner check).
fn cached_values<const N: usize>(id: usize, d: &Obj, keys: &[Obj; N]) -> Option<[Option<Obj>; N]> {
    let hit = SLOT_CACHE.with(|c| match &c.borrow()[id] {
        Some((cd, version, pos)) if cd.is(d) => crate::types::dict::values_at::<N>(d, *version, pos),
        _ => None,
    });
    if hit.is_some() {
        return hit;
    }
    let (version, pos) = crate::types::dict::str_positions(d, keys)?;
    let values = crate::types::dict::values_at::<N>(d, version, &pos)?;
    // The entry replaced is dropped after the borrow (its dict may go).
    let old = SLOT_CACHE.with(|c| c.borrow_mut()[id].replace((d.clone(), version, pos)));
    drop(old);
    Some(values)
}

/// `d[keys[i]] = v` through cache entry `id` (filled by `cached_values`
/// for this dict), by position when the table is unchanged.
fn cached_set(id: usize, d: &Obj, key: &Obj, i: usize, v: Obj) -> PyResult<()> {
    let at = SLOT_CACHE.with(|c| match &c.borrow()[id] {
        Some((cd, version, pos)) if cd.is(d) => pos.get(i).copied().flatten().map(|p| (*version, p)),
        _ => None,
    });
    let v = match at {
        Some((version, p)) => match crate::types::dict::set_value_at(d, version, p, v) {
            Ok(old) => {
                drop(old);
                return Ok(());
            }
            Err(v) => v,
        },
        None => v,
    };
    set_attr(d, key, v)
}

fn is_true_obj(o: &Option<Obj>) -> bool {
    o.as_ref().is_some_and(|o| o.is(&crate::types::bool_obj(true)))
}

/// Whether a text wrapper's buffer `b` is known open without running
/// Python code: one of `_io`'s Buffered classes over its FileIO with a
/// descriptor.
fn buffer_obj_known_open(k: &Keys, b: &Obj) -> bool {
    let bt = b.type_ptr() as usize;
    if !FAST_TYPES[..3].iter().any(|t| t.load(Ordering::Relaxed) == bt) {
        return false;
    }
    let Some([Some(raw)]) = crate::types::class::instance_dict(b).and_then(|bd| cached_values(SLOT_BUFFER, &bd, &k.buffer_keys)) else { return false };
    if raw.type_ptr() as usize != FAST_TYPES[3].load(Ordering::Relaxed) {
        return false;
    }
    let fd = crate::types::class::instance_dict(&raw).and_then(|rd| cached_values(SLOT_RAW, &rd, &k.raw_keys));
    matches!(fd, Some([Some(fd)]) if as_i64(&fd).is_some_and(|fd| fd >= 0))
}

/// The descriptor of a wrapper whose buffer is `_io`'s own FileIO, open
/// and writable (a standard stream under -u).
fn raw_fileio_fd(b: &Obj) -> Option<i32> {
    if b.type_ptr() as usize != FAST_TYPES[3].load(Ordering::Relaxed) {
        return None;
    }
    let bd = crate::types::class::instance_dict(b)?;
    if !is_true_obj(&attr(&bd, &crate::types::str::istr("_writable"))) {
        return None;
    }
    let fd = as_i64(&attr(&bd, &crate::types::str::istr("_fd"))?)?;
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
        let Some([readtranslate, Some(text), Some(used), Some(buffer), newline]) = cached_values(SLOT_NEXT, &d, &k.next_keys) else { return Ok(None) };
        // Lines end at '\n' alone: translated text, or newline='\n' (the
        // standard streams).
        if !is_true_obj(&readtranslate) && !newline.is_some_and(|n| crate::types::str::as_str(&n) == Some("\n")) {
            return Ok(None);
        }
        let (Some(s), Some(u)) = (as_str_obj(&text), as_i64(&used)) else { return Ok(None) };
        if u < 0 || u as usize >= s.nchars {
            return Ok(None);
        }
        let data: &str = &s.data;
        let start = byte_offset(&text, data, s.nchars, u as usize);
        let Some(nl) = data.as_bytes()[start..].iter().position(|&c| c == b'\n') else { return Ok(None) };
        if !buffer_obj_known_open(k, &buffer) {
            return Ok(None);
        }
        let end = start + nl + 1;
        let line = new_str(&data[start..end]);
        let n = as_str_obj(&line).map_or(0, |l| l.nchars);
        let new_used = u as usize + n;
        cached_set(SLOT_NEXT, &d, &k.next_keys[2], 2, from_i64(new_used as i64))?;
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
        if let Some(r) = ChunkReader::new(slf) {
            let line = r.readline()?;
            if as_str_obj(&line).is_some_and(|l| l.nchars > 0) {
                return Ok(line);
            }
            with_keys(|k| -> PyResult<()> {
                let seekable = attr(&r.td, &k(K::seekable)).unwrap_or_else(|| truth(false));
                set_attr(&r.td, &k(K::snapshot), none())?;
                set_attr(&r.td, &k(K::telling), seekable)
            })?;
            return Err(crate::error::stop_iteration());
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
        if let Some(r) = ChunkReader::new(slf) {
            return r.readline();
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
        let Some([utf8, line_buffering, write_through, _errors, encoder, snapshot, decoded, writetranslate, writenl, Some(pending), Some(plen), ok, Some(buffer), own_chunk]) = cached_values(SLOT_WRITE, &d, &k.write_keys) else { return Ok(None) };
        // Any error handler: text without lone surrogates (checked below)
        // encodes to its stored UTF-8 whatever the handler.
        if !is_true_obj(&utf8) {
            return Ok(None);
        }
        let line_buffering = is_true_obj(&line_buffering);
        let write_through = is_true_obj(&write_through);
        // No `_encoder` yet: one the native open() left to be made on first use.
        let encoder_ok = match encoder {
            Some(e) => !crate::types::is_none(&e),
            None => is_true_obj(&ok),
        };
        if !encoder_ok || !snapshot.is_some_and(|s| crate::types::is_none(&s)) {
            return Ok(None);
        }
        if !decoded.is_some_and(|t| as_str_obj(&t).is_some_and(|t| t.nchars == 0)) {
            return Ok(None);
        }
        let data: &str = &text.data;
        // Lone surrogates (stored as stand-ins, see pyk_abi::surrogate)
        // are not encodable strictly: the Python path raises.
        if data.as_bytes().contains(&0xF3) && data.chars().any(|c| (0xDD800..0xDE000).contains(&(c as u32))) {
            return Ok(None);
        }
        if is_true_obj(&writetranslate) && data.contains('\n') && !writenl.is_some_and(|n| crate::types::str::as_str(&n) == Some("\n")) {
            return Ok(None);
        }
        let Some(plen) = as_i64(&plen) else { return Ok(None) };
        let Some(list) = crate::types::list::as_list(&pending) else { return Ok(None) };
        if !std::ptr::eq(pending.type_obj(), &crate::types::list::LIST_TYPE) {
            return Ok(None);
        }
        if write_through {
            // Unbuffered (-u): straight to a FileIO buffer's descriptor.
            if plen != 0 || list.len() != 0 {
                return Ok(None);
            }
            let Some(fd) = raw_fileio_fd(&buffer) else { return Ok(None) };
            if !write_all_fd(fd, data.as_bytes())? {
                return Ok(None);
            }
        } else {
            // `_CHUNK_SIZE`: the instance's own, or the class's (a subclass
            // may make it a property: ask it then).
            let class_chunk = (slf.type_ptr() as usize == TEXT_TYPE.load(Ordering::Relaxed)).then(|| slf.type_obj().lookup(&k.write_keys[13])).flatten();
            let chunk = match (class_chunk, own_chunk) {
                (Some(c), own) if std::ptr::eq(c.type_obj(), &crate::types::int::INT_TYPE) => own.unwrap_or(c),
                _ => crate::abstract_::getattr(slf, &k.write_keys[13])?,
            };
            let Some(chunk) = as_i64(&chunk) else { return Ok(None) };
            let total = plen + data.len() as i64;
            if total > chunk || !buffer_obj_known_open(k, &buffer) {
                return Ok(None);
            }
            list.push(crate::types::bytes::new_bytes(data.as_bytes()));
            cached_set(SLOT_WRITE, &d, &k.write_keys[10], 10, from_i64(total))?;
        }
        if line_buffering && (data.contains('\n') || data.contains('\r')) {
            let flush = crate::abstract_::getattr_str(slf, "flush")?;
            crate::abstract_::call0(&flush)?;
        }
        Ok(Some(text.nchars))
    })
}

// -- Native open(), read(), close(), `closed`, `with` and `__del__` ---------
//
// `_io.open` builds the common cases itself (a str/bytes/PathLike path, a
// valid mode, buffering -1, UTF-8 strict, newline None/''/'\n', closefd,
// no opener): FileIO, BufferedReader/Writer/Random and TextIOWrapper
// instances whose dicts hold what the Python `__init__`s would put there,
// except that a text file's `_decoder`/`_encoder` are made on first use
// (iomod.py's `_LazyCoder`; UTF-8's are stateless when new, so making them
// later changes nothing). For the exact classes over `_io`'s own objects
// `read()` of everything, `close()`, `closed`, `__enter__`/`__exit__` and
// `__del__` are native too; anything else (a subclass, a replaced method in
// an instance dict, a held lock, a decoder already in use) goes to the
// Python methods kept as `_read_slow`, `_close_slow`, ... so the two never
// disagree.

use crate::types::is_none;

macro_rules! open_keys {
    ($($id:ident = $s:literal),* $(,)?) => {
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum K { $($id),* }
        const OPEN_KEY_NAMES: &[&str] = &[$($s),*];
    };
}

open_keys! {
    created = "_created", readable = "_readable", writable = "_writable", appending = "_appending",
    closefd = "_closefd", fd = "_fd", blksize = "_blksize", name = "name", seekable = "_seekable",
    iobase_closed = "_IOBase__closed", raw = "_raw", lock = "_lock", buffer_size = "buffer_size",
    can_read = "_can_read", can_write = "_can_write", rbuf = "_rbuf", rpos = "_rpos", wbuf = "_wbuf",
    buffer = "_buffer", pending_bytes = "_pending_bytes", pending_len = "_pending_len",
    encoding = "_encoding", errors = "_errors", codec = "_codec", utf8 = "_utf8", newline = "_newline",
    readuniversal = "_readuniversal", readtranslate = "_readtranslate", writetranslate = "_writetranslate",
    writenl = "_writenl", line_buffering = "_line_buffering", write_through = "_write_through",
    decoded = "_decoded", used = "_used", snapshot = "_snapshot", b2cratio = "_b2cratio", telling = "_telling",
    has_read1 = "_has_read1", decoder = "_decoder", encoder = "_encoder", ok = "_ok", mode = "mode",
    lazy_seen = "_lazy_seen", flush = "flush", close = "close", closed = "closed", read = "read",
    readall = "readall", write = "write",
    translate = "translate", decode = "decode", getstate = "getstate", pendingcr = "_pendingcr", seen = "_seen",
    inner = "decoder", incrementaldecoder = "incrementaldecoder", errors_plain = "errors", buffer_plain = "buffer",
    read1 = "read1", chunk_size = "_CHUNK_SIZE",
}

thread_local! {
    static OKEYS: Vec<Obj> = OPEN_KEY_NAMES.iter().map(|s| intern(s)).collect();
}

/// Runs `f` with this thread's interned attribute names.
/// Whether this thread's `_io` caches are still there: finalizers that a
/// thread's teardown (its thread-local destructors) would run must not
/// reach the native methods once they are gone.
pub fn thread_state_alive() -> bool {
    KEYS.try_with(|_| ()).is_ok() && OKEYS.try_with(|_| ()).is_ok() && SLOT_CACHE.try_with(|_| ()).is_ok() && LAST_END.try_with(|_| ()).is_ok()
}

fn with_keys<R>(f: impl FnOnce(&dyn Fn(K) -> Obj) -> R) -> R {
    OKEYS.with(|v| f(&|k: K| v[k as usize].clone()))
}

fn t_is(o: &Obj, slot: &AtomicUsize) -> bool {
    o.type_ptr() as usize == slot.load(Ordering::Relaxed)
}

fn is_exact_buffered(o: &Obj) -> bool {
    FAST_TYPES[..3].iter().any(|t| t_is(o, t))
}

fn is_exact_fileio(o: &Obj) -> bool {
    t_is(o, &FAST_TYPES[3])
}

fn is_exact_text(o: &Obj) -> bool {
    t_is(o, &TEXT_TYPE)
}

fn gil() -> bool {
    crate::interp::threading_mode() == pyk_abi::value::ThreadingMode::Gil
}

fn truth(b: bool) -> Obj {
    crate::types::bool_obj(b)
}

fn is_true_flag(o: Option<Obj>) -> bool {
    o.is_some_and(|o| o.is(&truth(true)))
}

fn is_exact_str(o: &Obj, want: &str) -> bool {
    std::ptr::eq(o.type_obj(), &crate::types::str::STR_TYPE) && crate::types::str::as_str(o) == Some(want)
}

/// The descriptor of an exact FileIO (its dict's `_fd`, the class's -1
/// when absent) and its dict.
fn fileio_state(raw: &Obj) -> Option<(Obj, i64)> {
    if !is_exact_fileio(raw) {
        return None;
    }
    let rd = crate::types::class::instance_dict(raw)?;
    let fd = match with_keys(|k| attr(&rd, &k(K::fd))) {
        None => -1,
        Some(fd) => as_i64(&fd)?,
    };
    Some((rd, fd))
}

/// An exact Buffered class over an exact FileIO: (buffer dict, raw, raw
/// dict, descriptor).
fn buffered_state(b: &Obj) -> Option<(Obj, Obj, Obj, i64)> {
    if !is_exact_buffered(b) {
        return None;
    }
    let bd = crate::types::class::instance_dict(b)?;
    let raw = with_keys(|k| attr(&bd, &k(K::raw)))?;
    let (rd, fd) = fileio_state(&raw)?;
    Some((bd, raw, rd, fd))
}

// ---- open

/// The arguments of `open()` by parameter, or None when they do not bind
/// plainly (the Python `open` then reports the error).
fn bind_open_args(a: &[Obj], k: Option<&Obj>) -> Option<[Option<Obj>; 8]> {
    let names: &[Obj] = match k {
        Some(k) => crate::types::tuple::as_tuple(k)?,
        None => &[],
    };
    let npos = a.len().checked_sub(names.len())?;
    if npos > OPEN_PARAMS.len() {
        return None;
    }
    let mut v: [Option<Obj>; 8] = Default::default();
    for (slot, x) in v.iter_mut().zip(&a[..npos]) {
        *slot = Some(x.clone());
    }
    for (name, x) in names.iter().zip(&a[npos..]) {
        let i = OPEN_PARAMS.iter().position(|p| crate::types::str::as_str(name) == Some(*p))?;
        if v[i].is_some() {
            return None;
        }
        v[i] = Some(x.clone());
    }
    Some(v)
}

struct OpenMode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> Option<OpenMode> {
    let mut seen = [false; 7];
    for c in mode.chars() {
        let i = "axrwb+t".find(c)?;
        if seen[i] {
            return None;
        }
        seen[i] = true;
    }
    let m = OpenMode { appending: seen[0], creating: seen[1], reading: seen[2], writing: seen[3], binary: seen[4], updating: seen[5] };
    if (m.creating as u8 + m.reading as u8 + m.writing as u8 + m.appending as u8) != 1 || (seen[4] && seen[6]) {
        return None;
    }
    Some(m)
}

/// The codec registry's cached CodecInfo of UTF-8 under `encoding`'s
/// normalized name, when it is there and a plain text codec named 'utf-8'.
fn cached_utf8_codec(encoding: &str, _key: &dyn Fn(K) -> Obj) -> Option<Obj> {
    if !matches!(encoding, "utf-8" | "UTF-8" | "utf_8" | "UTF_8" | "utf8" | "UTF8") {
        return None;
    }
    let p = UTF8_INFO.load(Ordering::Relaxed);
    if p == 0 {
        return None;
    }
    // The record is kept alive by the reference `install_accelerators` leaked.
    Some(Obj::from_borrowed(pyk_abi::value::Value(p)))
}

/// The latest `_io` module's `_UTF8_INFO` (an address; see
/// `install_accelerators`).
static UTF8_INFO: AtomicUsize = AtomicUsize::new(0);

/// A new instance of one of `_io`'s classes with the given attributes.
fn new_io_object(type_slot: &AtomicUsize, items: Vec<(Obj, Obj)>) -> PyResult {
    let t = type_slot.load(Ordering::Relaxed) as *const crate::types::typeobj::TypeObject;
    // SAFETY: the slots hold the addresses of `_io`'s (immortal) classes,
    // stored by install_accelerators before open() can run.
    let t: &'static crate::types::typeobj::TypeObject = unsafe { &*t };
    let o = crate::types::class::new_plain_instance(t);
    let d = crate::types::class::instance_dict(&o).ok_or_else(|| type_error("_io object without a dict"))?;
    for (key, v) in items {
        set_attr(&d, &key, v)?;
    }
    Ok(o)
}

fn os_err(e: &std::io::Error) -> crate::error::PyErr {
    crate::types::exceptions::os_error_from_io(e, None)
}

/// `_io.open` for the common cases (see above); None, before anything was
/// done, for the rest.
fn open_fast(a: &[Obj], k: Option<&Obj>) -> PyResult<Option<Obj>> {
    if FAST_TYPES[3].load(Ordering::Relaxed) == 0 || TEXT_TYPE.load(Ordering::Relaxed) == 0 {
        return Ok(None);
    }
    let Some(v) = bind_open_args(a, k) else { return Ok(None) };
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = v;
    let Some(file) = file else { return Ok(None) };
    let mode_obj = mode.unwrap_or_else(|| intern("r"));
    if !std::ptr::eq(mode_obj.type_obj(), &crate::types::str::STR_TYPE) {
        return Ok(None);
    }
    let Some(m) = crate::types::str::as_str(&mode_obj).and_then(parse_mode) else { return Ok(None) };
    let is_none_or_absent = |o: &Option<Obj>| o.as_ref().is_none_or(is_none);
    if let Some(b) = &buffering {
        if !std::ptr::eq(b.type_obj(), &crate::types::int::INT_TYPE) || as_i64(b) != Some(-1) {
            return Ok(None);
        }
    }
    if !closefd.as_ref().is_none_or(|c| c.is(&truth(true))) || !is_none_or_absent(&opener) {
        return Ok(None);
    }
    if m.binary && !(is_none_or_absent(&encoding) && is_none_or_absent(&errors) && is_none_or_absent(&newline)) {
        return Ok(None);
    }
    let str_ok = |o: &Obj, allowed: &[&str]| std::ptr::eq(o.type_obj(), &crate::types::str::STR_TYPE) && crate::types::str::as_str(o).is_some_and(|s| allowed.contains(&s));
    if !errors.as_ref().is_none_or(|e| is_none(e) || str_ok(e, &["strict"])) {
        return Ok(None);
    }
    if !newline.as_ref().is_none_or(|n| is_none(n) || str_ok(n, &["", "\n"])) {
        return Ok(None);
    }
    let encoding = encoding.filter(|e| !is_none(e));
    let (encoding_obj, codec) = if m.binary {
        (none(), none())
    } else {
        let enc = match &encoding {
            // PEP 597's warning is the Python open()'s to give.
            None if crate::interp::warns_default_encoding() => return Ok(None),
            None => new_str("UTF-8"),
            Some(e) if str_ok(e, &["locale"]) => new_str("UTF-8"),
            Some(e) if std::ptr::eq(e.type_obj(), &crate::types::str::STR_TYPE) => e.clone(),
            Some(_) => return Ok(None),
        };
        let Some(codec) = with_keys(|k| cached_utf8_codec(crate::types::str::as_str(&enc).unwrap_or(""), k)) else { return Ok(None) };
        (enc, codec)
    };
    // The path: str and bytes as they are, a PathLike's __fspath__().
    let t = file.type_obj();
    let plain = std::ptr::eq(t, &crate::types::str::STR_TYPE) || std::ptr::eq(t, &crate::types::bytes::BYTES_TYPE);
    if !plain && (crate::types::int::is_int(&file) || t.lookup(&intern("__fspath__")).is_none_or(|f| is_none(&f))) {
        return Ok(None);
    }
    if plain && (crate::types::str::as_str(&file).is_some_and(|s| s.contains('\0')) || crate::types::bytes::as_bytes(&file).is_some_and(|b| b.contains(&0))) {
        return Ok(None);
    }
    // Committed: from here on errors are raised, as the Python path raises them.
    let p = crate::posixmod::path_arg("open", &file)?;
    let path = p.obj.clone();
    if p.os.as_encoded_bytes().contains(&0) {
        return Err(crate::error::value_error("embedded null byte"));
    }
    let readable = m.reading || m.updating;
    let writable = !m.reading || m.updating;
    let mut flags = if readable && writable {
        libc::O_RDWR
    } else if readable {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    if m.creating {
        flags |= libc::O_CREAT | libc::O_EXCL;
    } else if m.writing {
        flags |= libc::O_CREAT | libc::O_TRUNC;
    } else if m.appending {
        flags |= libc::O_CREAT | libc::O_APPEND;
    }
    flags |= libc::O_CLOEXEC;
    let c = std::ffi::CString::new(p.os.as_encoded_bytes().to_vec()).map_err(|_| crate::error::value_error("embedded null byte"))?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call; the mode
    // is the variadic third argument open(2) expects with O_CREAT.
    let fd = unsafe { libc::openat(libc::AT_FDCWD, c.as_ptr(), flags, 0o666 as libc::c_uint) };
    if fd < 0 {
        return Err(crate::posixmod::err_at(&std::io::Error::last_os_error(), &p));
    }
    let close_fd = || {
        // SAFETY: closing the descriptor this function opened and gives to no object.
        unsafe { libc::close(fd) };
    };
    // SAFETY: a zeroed stat is a valid out-parameter for fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: fd is open and st is a writable stat.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        let e = os_err(&std::io::Error::last_os_error());
        close_fd();
        return Err(e);
    }
    if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
        close_fd();
        let args = [from_i64(21), crate::posixmod::strerror_obj(21), path];
        return Err(match crate::abstract_::call(&crate::types::exceptions::OS_ERROR.as_obj(), &args, None) {
            Ok(e) => crate::error::PyErr(e),
            Err(e) => e,
        });
    }
    let blksize = if st.st_blksize > 1 { Some(st.st_blksize as i64) } else { None };
    if m.appending {
        // SAFETY: lseek on our descriptor; a failure is ignored, as FileIO does.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    let seekable = |fd: libc::c_int| {
        // SAFETY: lseek on our open descriptor, no memory involved.
        unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) >= 0 }
    };
    // The buffered layer asks a random-access raw stream whether it can seek;
    // the text layer asks every one. FileIO caches the answer.
    let raw_seekable = if m.updating || !m.binary { Some(seekable(fd)) } else { None };
    if m.updating && raw_seekable == Some(false) {
        close_fd();
        return Err(crate::error::PyErr::new(&crate::types::exceptions::UNSUPPORTED_OPERATION, "File or stream is not seekable."));
    }
    // SAFETY: isatty on our open descriptor.
    let tty = unsafe { libc::isatty(fd) } == 1;
    let raw = with_keys(|k| {
        let mut items = vec![
            (k(K::created), truth(m.creating)),
            (k(K::readable), truth(readable)),
            (k(K::writable), truth(writable)),
            (k(K::appending), truth(m.appending)),
            (k(K::closefd), truth(true)),
            (k(K::fd), from_i64(fd as i64)),
        ];
        if let Some(b) = blksize {
            items.push((k(K::blksize), from_i64(b)));
        }
        items.push((k(K::name), path.clone()));
        if let Some(s) = raw_seekable {
            items.push((k(K::seekable), truth(s)));
        }
        new_io_object(&FAST_TYPES[3], items)
    });
    let raw = match raw {
        Ok(r) => r,
        Err(e) => {
            close_fd();
            return Err(e);
        }
    };
    let (slot, can_read, can_write) = if m.updating {
        (&FAST_TYPES[2], true, true)
    } else if m.reading {
        (&FAST_TYPES[0], true, false)
    } else {
        (&FAST_TYPES[1], false, true)
    };
    let lock = crate::abstract_::call(&crate::thread::RLOCK_TYPE.as_obj(), &[], None)?;
    let buffer = with_keys(|k| {
        new_io_object(
            slot,
            vec![
                (k(K::raw), raw.clone()),
                (k(K::lock), lock),
                (k(K::buffer_size), from_i64(blksize.unwrap_or(8192))),
                (k(K::can_read), truth(can_read)),
                (k(K::can_write), truth(can_write)),
                (k(K::rbuf), crate::types::bytes::new_bytes(b"")),
                (k(K::rpos), from_i64(0)),
                (k(K::wbuf), crate::types::bytearray::new_bytearray(Vec::new())),
            ],
        )
    })?;
    if m.binary {
        return Ok(Some(buffer));
    }
    let newline = newline.unwrap_or_else(none);
    let nl = if is_none(&newline) { None } else { crate::types::str::as_str(&newline).map(str::to_string) };
    let errors = errors.filter(|e| !is_none(e)).unwrap_or_else(|| new_str("strict"));
    let seekable = raw_seekable.unwrap_or(false);
    let text = with_keys(|k| {
        let mut items = vec![
            (k(K::buffer), buffer.clone()),
            (k(K::pending_bytes), crate::types::list::new_list(Vec::new())),
            (k(K::pending_len), from_i64(0)),
            (k(K::encoding), encoding_obj.clone()),
            (k(K::errors), errors.clone()),
            (k(K::codec), codec.clone()),
            (k(K::utf8), truth(true)),
            (k(K::newline), newline.clone()),
            (k(K::readuniversal), truth(nl.as_deref().is_none_or(str::is_empty))),
            (k(K::readtranslate), truth(nl.is_none())),
            (k(K::writetranslate), truth(nl.as_deref() != Some(""))),
            (k(K::writenl), if nl.as_deref() == Some("\n") { newline.clone() } else { new_str("\n") }),
            (k(K::line_buffering), truth(tty)),
            (k(K::write_through), truth(false)),
            (k(K::decoded), new_str("")),
            (k(K::used), from_i64(0)),
            (k(K::snapshot), none()),
            (k(K::b2cratio), crate::types::float::new_float(0.0)),
            (k(K::seekable), truth(seekable)),
            (k(K::telling), truth(seekable)),
            (k(K::has_read1), truth(true)),
        ];
        // Made on first use (iomod.py's _LazyCoder) when the stream can use them.
        if !can_read {
            items.push((k(K::decoder), none()));
        }
        if !can_write {
            items.push((k(K::encoder), none()));
        }
        items.push((k(K::ok), truth(true)));
        items.push((k(K::mode), mode_obj.clone()));
        new_io_object(&TEXT_TYPE, items)
    })?;
    Ok(Some(text))
}

// ---- reading everything

/// Runs `f` holding the stream's RLock `lock` (when given): the native
/// paths that let other threads run while they wait for the system.
fn with_stream_lock<R>(lock: Option<&Obj>, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    let Some(lock) = lock else { return f() };
    let acquire = crate::abstract_::getattr_str(lock, "acquire")?;
    crate::abstract_::call(&acquire, &[], None)?;
    let r = f();
    let released = crate::abstract_::getattr_str(lock, "release").and_then(|rel| crate::abstract_::call(&rel, &[], None));
    match (r, released) {
        (Err(e), _) | (Ok(_), Err(e)) => Err(e),
        (Ok(v), Ok(_)) => Ok(v),
    }
}

/// The RLock in a Buffered stream's dict.
fn stream_lock(bd: &Obj) -> Option<Obj> {
    with_keys(|k| attr(bd, &k(K::lock)))
}

/// One read(2) into `len` bytes at `ptr`, retried after a signal (whose
/// handlers run). Detached from the runtime unless `attached` (a regular
/// file's short read, which cannot block for long).
fn read_once(fd: libc::c_int, ptr: *mut u8, len: usize, attached: bool, lock: Option<&Obj>) -> PyResult<usize> {
    if !attached {
        // Other threads run meanwhile: the stream's lock keeps them out of
        // its buffers, as the Python methods hold it.
        return with_stream_lock(lock, || {
            // SAFETY: per this function's contract `ptr` is writable for `len` bytes.
            crate::posixmod::retry_detached(|| unsafe { libc::read(fd, ptr.cast(), len) }).map(|n| n as usize)
        });
    }
    loop {
        // SAFETY: as above.
        let r = unsafe { libc::read(fd, ptr.cast(), len) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(os_err(&e));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

/// Reads `fd` to its end as FileIO.readall does; None when it would block
/// before any data came.
fn read_to_end(fd: i64, blksize: i64, lock: Option<&Obj>) -> PyResult<Option<Vec<u8>>> {
    let fd = fd as libc::c_int;
    let chunk = (blksize.max(65536)) as usize;
    let mut want = chunk;
    // SAFETY: a zeroed stat is a valid out-parameter for fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: fstat and lseek on an open descriptor, writing only `st`.
    let (end, pos) = unsafe { (if libc::fstat(fd, &mut st) == 0 { st.st_size as i64 } else { -1 }, libc::lseek(fd, 0, libc::SEEK_CUR) as i64) };
    let regular = end >= 0 && st.st_mode & libc::S_IFMT == libc::S_IFREG;
    let mut out: Vec<u8> = Vec::new();
    if end >= pos && pos >= 0 {
        // The size is known: read it (and the EOF) into a buffer that fits.
        out.reserve((end - pos + 1) as usize);
        want = chunk.max((end - pos + 1) as usize);
    }
    let mut got_any = false;
    loop {
        if out.capacity() == out.len() {
            out.reserve(want);
        }
        let spare = out.capacity() - out.len();
        let attached = regular && spare <= 1 << 20;
        // SAFETY: the spare capacity after len is allocated and writable.
        let r = read_once(fd, unsafe { out.as_mut_ptr().add(out.len()) }, spare, attached, lock);
        match r {
            Ok(n) => {
                // SAFETY: read(2) initialized these n bytes of the spare capacity.
                unsafe { out.set_len(out.len() + n) };
                if n == 0 {
                    break;
                }
                got_any = true;
                want = chunk;
                // Signal handlers run between the reads, as in the Python loop.
                crate::interp::handle_eval_breaker()?;
            }
            Err(e) => {
                if e.0.type_obj().is_subtype(&crate::types::exceptions::BLOCKING_IO_ERROR) {
                    if !got_any {
                        return Ok(None);
                    }
                    break;
                }
                return Err(e);
            }
        }
    }
    Ok(Some(out))
}

/// A Buffered stream's `read()` of everything when it is an exact class
/// over an exact open FileIO that can read, nothing is waiting to be
/// written and no thread holds its lock: (the buffered head followed by
/// the rest of the file, or None when the file would block and nothing
/// was buffered). None when the Python method must do it.
fn buffered_read_all(b: &Obj) -> PyResult<Option<Option<Vec<u8>>>> {
    if !gil() {
        return Ok(None);
    }
    let Some((bd, _raw, rd, fd)) = buffered_state(b) else { return Ok(None) };
    let ok = with_keys(|k| {
        fd >= 0
            && is_true_flag(attr(&bd, &k(K::can_read)))
            && is_true_flag(attr(&rd, &k(K::readable)))
            && attr(&bd, &k(K::lock)).is_some_and(|l| crate::thread::rlock_unheld(&l))
            && attr(&bd, &k(K::wbuf)).is_some_and(|w| std::ptr::eq(w.type_obj(), &crate::types::bytearray::BYTEARRAY_TYPE) && crate::types::bytearray::as_bytearray(&w).is_some_and(|w| w.with(|v| v.is_empty())))
            && !crate::types::dict::has_str(&bd, &k(K::read))
            && !crate::types::dict::has_str(&rd, &k(K::readall))
    });
    if !ok {
        return Ok(None);
    }
    let (rbuf, rpos) = with_keys(|k| (attr(&bd, &k(K::rbuf)), attr(&bd, &k(K::rpos)).and_then(|p| as_i64(&p))));
    let (Some(rbuf), Some(rpos)) = (rbuf, rpos) else { return Ok(None) };
    if !std::ptr::eq(rbuf.type_obj(), &crate::types::bytes::BYTES_TYPE) || rpos < 0 {
        return Ok(None);
    }
    let head: Vec<u8> = crate::types::bytes::as_bytes(&rbuf).map_or(Vec::new(), |d| d.get(rpos as usize..).unwrap_or(&[]).to_vec());
    with_keys(|k| -> PyResult<()> {
        set_attr(&bd, &k(K::rbuf), crate::types::bytes::new_bytes(b""))?;
        set_attr(&bd, &k(K::rpos), from_i64(0))
    })?;
    let blksize = with_keys(|k| attr(&rd, &k(K::blksize))).and_then(|b| as_i64(&b)).unwrap_or(8192);
    let rest = read_to_end(fd, blksize, stream_lock(&bd).as_ref())?;
    Ok(Some(match rest {
        None if head.is_empty() => None,
        None => Some(head),
        Some(r) if head.is_empty() => Some(r),
        Some(r) => Some([head, r].concat()),
    }))
}

/// Whether `a`/`k` ask read() for everything: no argument, None or a
/// negative int.
fn reads_all(a: &[Obj], k: Option<&Obj>) -> bool {
    if k.is_some_and(|k| crate::types::tuple::as_tuple(k).is_none_or(|t| !t.is_empty())) {
        return false;
    }
    match a {
        [] => true,
        [size] => is_none(size) || (std::ptr::eq(size.type_obj(), &crate::types::int::INT_TYPE) && as_i64(size).is_some_and(|n| n < 0)),
        _ => false,
    }
}

static BUFFERED_READ_DEF: MethodDef = MethodDef { name: "read", func: buffered_read, doc: "Read and return up to n bytes." };

fn buffered_read(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if reads_all(a, k) {
        if let Some(data) = buffered_read_all(slf)? {
            return Ok(data.map_or_else(none, crate::types::bytes::new_bytes_vec));
        }
    } else if let ([size], true) = (a, no_args(&[], k)) {
        if let Some(n) = as_i64(size).filter(|n| *n >= 0 && std::ptr::eq(size.type_obj(), &crate::types::int::INT_TYPE)) {
            if let Some(data) = buffered_read_n(slf, n as usize)? {
                return Ok(data);
            }
        }
    }
    call_slow(slf, "_read_slow", a, k)
}

static TEXT_READ_DEF: MethodDef = MethodDef { name: "read", func: text_read, doc: "Read at most size characters from stream." };

fn text_read(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if reads_all(a, k) && is_exact_text(slf) {
        if let Some(text) = text_read_all(slf)? {
            return Ok(text);
        }
    } else if let ([size], true) = (a, no_args(&[], k)) {
        if let Some(n) = as_i64(size).filter(|n| *n >= 0 && std::ptr::eq(size.type_obj(), &crate::types::int::INT_TYPE)) {
            if let Some(r) = ChunkReader::new(slf) {
                return r.read_n(n as usize);
            }
        }
    }
    call_slow(slf, "_read_slow", a, k)
}

/// (seen newline kinds as IncrementalNewlineDecoder counts them, the text
/// with '\r\n' and '\r' made '\n' when `translate`).
fn newline_scan(s: &str, translate: bool) -> (i64, Option<String>) {
    if !s.contains('\r') {
        return (if s.contains('\n') { 1 } else { 0 }, None);
    }
    let crlf = s.matches("\r\n").count();
    let cr = s.matches('\r').count() - crlf;
    let lf = s.matches('\n').count() - crlf;
    let seen = (if lf > 0 { 1 } else { 0 }) | (if cr > 0 { 2 } else { 0 }) | (if crlf > 0 { 4 } else { 0 });
    (seen, translate.then(|| s.replace("\r\n", "\n").replace('\r', "\n")))
}

/// TextIOWrapper.read() of everything when its decoder is still unmade
/// (nothing decoded yet: a new UTF-8 strict decoder's state), nothing is
/// waiting to be written and its buffer's read can be done natively.
fn text_read_all(slf: &Obj) -> PyResult<Option<Obj>> {
    let Some(td) = crate::types::class::instance_dict(slf) else { return Ok(None) };
    let state = with_keys(|k| {
        if crate::types::dict::has_str(&td, &k(K::decoder)) || !is_true_flag(attr(&td, &k(K::ok))) || !is_true_flag(attr(&td, &k(K::utf8))) {
            return None;
        }
        if !attr(&td, &k(K::errors)).is_some_and(|e| is_exact_str(&e, "strict")) || !attr(&td, &k(K::decoded)).is_some_and(|d| as_str_obj(&d).is_some_and(|s| s.nchars == 0)) {
            return None;
        }
        let pending = attr(&td, &k(K::pending_bytes))?;
        if !std::ptr::eq(pending.type_obj(), &crate::types::list::LIST_TYPE) || !crate::types::list::as_list(&pending)?.is_empty() {
            return None;
        }
        let newline = attr(&td, &k(K::newline))?;
        let mode = if is_none(&newline) {
            0
        } else if is_exact_str(&newline, "") {
            1
        } else if is_exact_str(&newline, "\n") {
            2
        } else {
            return None;
        };
        Some((attr(&td, &k(K::buffer))?, mode))
    });
    let Some((b, mode)) = state else { return Ok(None) };
    let Some(data) = buffered_read_all(&b)? else { return Ok(None) };
    let data = data.unwrap_or_default();
    let text = match std::str::from_utf8(&data) {
        Ok(s) => {
            let (seen, translated) = if mode == 2 { (0, None) } else { newline_scan(s, mode == 0) };
            if seen != 0 {
                with_keys(|k| -> PyResult<()> {
                    let old = attr(&td, &k(K::lazy_seen)).and_then(|o| as_i64(&o)).unwrap_or(0);
                    set_attr(&td, &k(K::lazy_seen), from_i64(old | seen))
                })?;
            }
            match translated {
                Some(t) => crate::types::str::new_string(t),
                None => new_str(s),
            }
        }
        Err(_) => {
            // The decoder raises the codec's own error.
            let decoder = crate::abstract_::getattr_str(slf, "_decoder")?;
            let f = crate::abstract_::getattr_str(&decoder, "decode")?;
            let t = crate::abstract_::call(&f, &[crate::types::bytes::new_bytes_vec(data), truth(true)], None)?;
            if as_str_obj(&t).is_none() {
                return Err(type_error(format!("decoder should return a string result, not '{}'", t.type_obj().name())));
            }
            t
        }
    };
    with_keys(|k| -> PyResult<()> {
        set_attr(&td, &k(K::snapshot), none())?;
        set_attr(&td, &k(K::decoded), new_str(""))?;
        set_attr(&td, &k(K::used), from_i64(0))
    })?;
    Ok(Some(text))
}

// ---- closing

/// Writes all of `buf` (a Buffered stream's write buffer) to `fd`, as
/// `_flush_writes` does, dropping what was written from it.
fn flush_wbuf(wbuf: &crate::types::bytearray::ByteArrayObject, fd: i64, lock: Option<&Obj>) -> PyResult<()> {
    with_stream_lock(lock, || flush_wbuf_locked(wbuf, fd))
}

fn flush_wbuf_locked(wbuf: &crate::types::bytearray::ByteArrayObject, fd: i64) -> PyResult<()> {
    loop {
        let data = wbuf.snapshot();
        if data.is_empty() {
            return Ok(());
        }
        let r = crate::posixmod::retry_detached(|| {
            // SAFETY: `data` is a readable buffer of data.len() bytes owned here.
            unsafe { libc::write(fd as libc::c_int, data.as_ptr().cast(), data.len()) }
        });
        match r {
            Ok(n) => {
                wbuf.with(|v| {
                    v.drain(..(n as usize).min(v.len()));
                });
                // Between the raw writes of a partial flush, signal handlers
                // run (and may raise), as between the Python loop's steps.
                if wbuf.with(|v| !v.is_empty()) {
                    crate::interp::handle_eval_breaker()?;
                }
            }
            Err(e) if e.0.type_obj().is_subtype(&crate::types::exceptions::BLOCKING_IO_ERROR) => {
                let args = [from_i64(11), new_str("write could not complete without blocking"), from_i64(0)];
                return Err(match crate::abstract_::call(&crate::types::exceptions::BLOCKING_IO_ERROR.as_obj(), &args, None) {
                    Ok(e) => crate::error::PyErr(e),
                    Err(e) => e,
                });
            }
            Err(e) => return Err(e),
        }
    }
}

/// What FileIO.close() does to an exact FileIO that is open.
fn close_fileio(rd: &Obj, fd: i64) -> PyResult<()> {
    let closefd = with_keys(|k| -> PyResult<bool> {
        set_attr(rd, &k(K::iobase_closed), truth(true))?;
        set_attr(rd, &k(K::fd), from_i64(-1))?;
        Ok(attr(rd, &k(K::closefd)).map_or(Ok(true), |c| crate::abstract_::is_true(&c))?)
    })?;
    if closefd {
        // SAFETY: closing the descriptor the FileIO owned (now marked closed).
        if unsafe { libc::close(fd as libc::c_int) } < 0 {
            return Err(os_err(&std::io::Error::last_os_error()));
        }
    }
    Ok(())
}

/// Whether an instance dict replaces `flush` or `close`.
fn overrides_close(d: &Obj) -> bool {
    with_keys(|k| crate::types::dict::has_str(d, &k(K::flush)) || crate::types::dict::has_str(d, &k(K::close)))
}

/// An exact Buffered over an exact FileIO that close() can handle natively:
/// (buffer dict, raw dict, fd, write buffer), or None.
fn closable_buffer(b: &Obj) -> Option<(Obj, Obj, i64, Obj)> {
    if !gil() {
        return None;
    }
    let (bd, _raw, rd, fd) = buffered_state(b)?;
    if overrides_close(&bd) || overrides_close(&rd) {
        return None;
    }
    let wbuf = with_keys(|k| {
        let lock_free = attr(&bd, &k(K::lock)).is_some_and(|l| crate::thread::rlock_unheld(&l));
        let wbuf = attr(&bd, &k(K::wbuf))?;
        (lock_free && std::ptr::eq(wbuf.type_obj(), &crate::types::bytearray::BYTEARRAY_TYPE)).then_some(wbuf)
    })?;
    Some((bd, rd, fd, wbuf))
}

/// Calls iomod.py's `name(obj, exc)`: raises `exc` with `obj.close()` in a
/// `finally` (the rest of a close() whose flush failed).
fn close_after_error(name: &str, obj: &Obj, e: crate::error::PyErr) -> PyResult {
    let m = crate::types::dict::get_str(&crate::interp::modules_dict(), &intern("_io")).ok_or(e.clone())?;
    let f = crate::abstract_::getattr_str(&m, name)?;
    crate::abstract_::call(&f, &[obj.clone(), e.0], None)
}

/// Buffered.close() natively: Some(result) when done.
fn buffered_close_fast(b: &Obj) -> Option<PyResult> {
    let (bd, rd, fd, wbuf) = closable_buffer(b)?;
    if fd < 0 {
        return Some(Ok(none()));
    }
    let pending = crate::types::bytearray::as_bytearray(&wbuf)?.with(|v| !v.is_empty());
    if pending && !with_keys(|k| is_true_flag(attr(&bd, &k(K::can_write))) && is_true_flag(attr(&rd, &k(K::writable)))) {
        return None;
    }
    if pending {
        if let Err(e) = flush_wbuf(crate::types::bytearray::as_bytearray(&wbuf)?, fd, stream_lock(&bd).as_ref()) {
            let raw = with_keys(|k| attr(&bd, &k(K::raw)))?;
            return Some(close_after_error("_close_after_error", &raw, e));
        }
    }
    Some(close_fileio(&rd, fd).map(|()| none()))
}

/// TextIOWrapper.close() natively: Some(result) when done.
fn text_close_fast(slf: &Obj) -> Option<PyResult> {
    if !is_exact_text(slf) {
        return None;
    }
    let td = crate::types::class::instance_dict(slf)?;
    if overrides_close(&td) {
        return None;
    }
    let b = with_keys(|k| attr(&td, &k(K::buffer)))?;
    let (bd, rd, fd, wbuf) = closable_buffer(&b)?;
    if fd < 0 {
        return Some(Ok(none()));
    }
    let pending = with_keys(|k| attr(&td, &k(K::pending_bytes)))?;
    let plist = crate::types::list::as_list(&pending).filter(|_| std::ptr::eq(pending.type_obj(), &crate::types::list::LIST_TYPE))?;
    let items = plist.snapshot();
    let wb = crate::types::bytearray::as_bytearray(&wbuf)?;
    let writes = !items.is_empty() || wb.with(|v| !v.is_empty());
    if writes {
        let ok = with_keys(|k| {
            is_true_flag(attr(&bd, &k(K::can_write)))
                && is_true_flag(attr(&rd, &k(K::writable)))
                && attr(&bd, &k(K::rbuf)).is_some_and(|r| crate::types::bytes::as_bytes(&r).is_some_and(|r| r.is_empty()))
        });
        if !ok || wb.check_resize().is_err() {
            return None;
        }
    }
    let mut joined = Vec::new();
    for it in &items {
        joined.extend_from_slice(crate::types::bytes::as_bytes(it).filter(|_| std::ptr::eq(it.type_obj(), &crate::types::bytes::BYTES_TYPE))?);
    }
    let r = with_keys(|k| -> PyResult<()> {
        let s = attr(&td, &k(K::seekable)).unwrap_or_else(|| truth(false));
        set_attr(&td, &k(K::telling), s)?;
        if !items.is_empty() {
            set_attr(&td, &k(K::pending_bytes), crate::types::list::new_list(Vec::new()))?;
            set_attr(&td, &k(K::pending_len), from_i64(0))?;
        }
        Ok(())
    });
    if let Err(e) = r {
        return Some(Err(e));
    }
    if writes {
        wb.with(|v| v.extend_from_slice(&joined));
        if let Err(e) = flush_wbuf(wb, fd, stream_lock(&bd).as_ref()) {
            return Some(close_after_error("_close_after_error", &b, e));
        }
    }
    Some(close_fileio(&rd, fd).map(|()| none()))
}

static TEXT_CLOSE_DEF: MethodDef = MethodDef { name: "close", func: text_close, doc: "Flush and close the IO object." };
static BUFFERED_CLOSE_DEF: MethodDef = MethodDef { name: "close", func: buffered_close, doc: "Flush and close the IO object." };
static FILEIO_CLOSE_DEF: MethodDef = MethodDef { name: "close", func: fileio_close, doc: "Close the file." };

fn no_args(a: &[Obj], k: Option<&Obj>) -> bool {
    a.is_empty() && k.is_none_or(|k| crate::types::tuple::as_tuple(k).is_some_and(|t| t.is_empty()))
}

fn text_close(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if no_args(a, k) {
        if let Some(r) = text_close_fast(slf) {
            return r;
        }
    }
    call_slow(slf, "_close_slow", a, k)
}

fn buffered_close(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if no_args(a, k) {
        if let Some(r) = buffered_close_fast(slf) {
            return r;
        }
    }
    call_slow(slf, "_close_slow", a, k)
}

fn fileio_close(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if no_args(a, k) {
        if let Some((rd, fd)) = fileio_state(slf).filter(|(rd, _)| !overrides_close(rd)) {
            if fd < 0 {
                return Ok(none());
            }
            return close_fileio(&rd, fd).map(|()| none());
        }
    }
    call_slow(slf, "_close_slow", a, k)
}

// ---- closed

/// The `closed` property's getter for the exact classes: the FileIO's
/// descriptor, the raw stream's or the buffer's `closed`.
fn closed_get(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if let ([slf], true) = (a, no_args(&[], k)) {
        if let Some((_, fd)) = fileio_state(slf) {
            return Ok(truth(fd < 0));
        }
        let inner = if is_exact_buffered(slf) {
            crate::types::class::instance_dict(slf).and_then(|d| with_keys(|k| attr(&d, &k(K::raw))))
        } else if is_exact_text(slf) {
            crate::types::class::instance_dict(slf).and_then(|d| with_keys(|k| attr(&d, &k(K::buffer))))
        } else {
            None
        };
        if let Some(inner) = inner.filter(|i| !is_none(i)) {
            if let Some((_, fd)) = fileio_state(&inner) {
                return Ok(truth(fd < 0));
            }
            if let Some((_, _, _, fd)) = buffered_state(&inner) {
                return Ok(truth(fd < 0));
            }
            return with_keys(|k| crate::abstract_::getattr(&inner, &k(K::closed)));
        }
    }
    let [slf, ..] = a else { return Err(type_error("closed: instance expected")) };
    call_slow(slf, "_closed_slow", &a[1..], k)
}

// ---- with, __del__

static ENTER_DEF: MethodDef = MethodDef { name: "__enter__", func: iobase_enter, doc: "" };
static EXIT_DEF: MethodDef = MethodDef { name: "__exit__", func: iobase_exit, doc: "" };
static DEL_DEF: MethodDef = MethodDef { name: "__del__", func: io_del, doc: "" };

fn iobase_enter(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if no_args(a, k) && (is_exact_text(slf) || is_exact_buffered(slf) || is_exact_fileio(slf)) {
        let closed = with_keys(|k| crate::abstract_::getattr(slf, &k(K::closed)))?;
        if crate::abstract_::is_true(&closed)? {
            return Err(crate::error::value_error("I/O operation on closed file."));
        }
        return Ok(slf.clone());
    }
    call_slow(slf, "_enter_slow", a, k)
}

fn iobase_exit(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if k.is_none_or(|k| crate::types::tuple::as_tuple(k).is_some_and(|t| t.is_empty())) {
        let close = with_keys(|k| crate::abstract_::getattr(slf, &k(K::close)))?;
        crate::abstract_::call(&close, &[], None)?;
        return Ok(none());
    }
    call_slow(slf, "_exit_slow", a, k)
}

/// `__del__` of the exact classes when the stream is already closed (or
/// never was opened): nothing to do. The Python `__del__` does the rest.
fn io_del(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if no_args(a, k) {
        let done = if let Some((_, fd)) = fileio_state(slf) {
            fd < 0
        } else if is_exact_buffered(slf) {
            match crate::types::class::instance_dict(slf).and_then(|d| with_keys(|k| attr(&d, &k(K::raw)))) {
                None => true,
                Some(raw) if is_none(&raw) => true,
                Some(raw) => fileio_state(&raw).is_some_and(|(_, fd)| fd < 0),
            }
        } else if is_exact_text(slf) {
            crate::types::class::instance_dict(slf).is_some_and(|d| {
                with_keys(|k| {
                    let ok = attr(&d, &k(K::ok)).is_some_and(|o| crate::abstract_::is_true(&o).unwrap_or(true));
                    match attr(&d, &k(K::buffer)) {
                        _ if !ok => true,
                        None => true,
                        Some(b) if is_none(&b) => true,
                        Some(b) => buffered_state(&b).is_some_and(|(_, _, _, fd)| fd < 0),
                    }
                })
            })
        } else {
            false
        };
        if done {
            return Ok(none());
        }
    }
    call_slow(slf, "_del_slow", a, k)
}

fn install_open_accelerators(m: &Obj) -> PyResult<()> {
    use crate::abstract_::getattr_str;
    let install = |cls: &Obj, defs: &[&'static MethodDef]| -> PyResult<()> {
        let owner = crate::types::typeobj::as_type(cls).ok_or_else(|| type_error("not a class"))?;
        for def in defs {
            let descr = crate::types::function::new_method_descr(owner, def);
            crate::abstract_::setattr(cls, &intern(def.name), Some(&descr))?;
        }
        let doc = getattr_str(cls, "closed").and_then(|p| getattr_str(&p, "__doc__")).unwrap_or_else(|_| none());
        let getter = crate::types::function::new_builtin("closed", closed_get, none(), Some("_io"));
        let prop = crate::abstract_::call(&crate::types::class::PROPERTY_TYPE.as_obj(), &[getter, none(), none(), doc], None)?;
        crate::abstract_::setattr(cls, &intern("closed"), Some(&prop))
    };
    install(&getattr_str(m, "TextIOWrapper")?, &[&TEXT_READ_DEF, &TEXT_CLOSE_DEF, &DEL_DEF])?;
    for name in ["BufferedReader", "BufferedWriter", "BufferedRandom"] {
        install(&getattr_str(m, name)?, &[&BUFFERED_READ_DEF, &BUFFERED_CLOSE_DEF, &DEL_DEF])?;
        if name != "BufferedReader" {
            install(&getattr_str(m, name)?, &[&BUFFERED_WRITE_DEF])?;
        }
    }
    install(&getattr_str(m, "FileIO")?, &[&FILEIO_CLOSE_DEF, &DEL_DEF])?;
    let base = getattr_str(m, "_IOBase")?;
    let owner = crate::types::typeobj::as_type(&base).ok_or_else(|| type_error("not a class"))?;
    for def in [&ENTER_DEF, &EXIT_DEF] {
        let descr = crate::types::function::new_method_descr(owner, def);
        crate::abstract_::setattr(&base, &intern(def.name), Some(&descr))?;
    }
    Ok(())
}

// ---- reading lines across chunks
//
// When the decoded text holds no whole line, TextIOWrapper.readline()
// reads chunks (`_read_chunk`: Buffered.read1, the decoder, the snapshot
// tell() replays). For a translated UTF-8 strict stream whose decoder is
// iomod.py's IncrementalNewlineDecoder over the codec's own incremental
// decoder, and whose buffer is an exact Buffered over an exact FileIO,
// this does readline()'s loop natively, writing back each step's state
// as the Python code leaves it.

/// The latest `_io` module's IncrementalNewlineDecoder.
static NEWLINE_DECODER_TYPE: AtomicUsize = AtomicUsize::new(0);

struct ChunkReader {
    td: Obj,
    dd: Obj,
    decoder: Obj,
    inner_d: Obj,
    bd: Obj,
    fd: i64,
    chunk_size: i64,
    buffer_size: i64,
    telling: bool,
}

impl ChunkReader {
    /// Everything readline()'s loop depends on, checked before anything changes.
    fn new(slf: &Obj) -> Option<ChunkReader> {
        if !gil() || !is_exact_text(slf) {
            return None;
        }
        let td = crate::types::class::instance_dict(slf)?;
        let (decoder, codec, buffer, telling) = with_keys(|k| {
            if !is_true_flag(attr(&td, &k(K::readtranslate))) || !is_true_flag(attr(&td, &k(K::has_read1))) || !is_true_flag(attr(&td, &k(K::utf8))) {
                return None;
            }
            let pending = attr(&td, &k(K::pending_bytes))?;
            if !std::ptr::eq(pending.type_obj(), &crate::types::list::LIST_TYPE) || !crate::types::list::as_list(&pending)?.is_empty() {
                return None;
            }
            if !attr(&td, &k(K::decoded)).is_some_and(|d| std::ptr::eq(d.type_obj(), &crate::types::str::STR_TYPE)) || !attr(&td, &k(K::used)).is_some_and(|u| as_i64(&u).is_some_and(|u| u >= 0)) {
                return None;
            }
            let telling = attr(&td, &k(K::telling))?;
            if !std::ptr::eq(telling.type_obj(), crate::types::bool_obj(true).type_obj()) {
                return None;
            }
            Some((attr(&td, &k(K::decoder))?, attr(&td, &k(K::codec))?, attr(&td, &k(K::buffer))?, telling.is(&truth(true))))
        })?;
        if !t_is(&decoder, &NEWLINE_DECODER_TYPE) {
            return None;
        }
        let dd = crate::types::class::instance_dict(&decoder)?;
        let inner = with_keys(|k| {
            if !is_true_flag(attr(&dd, &k(K::translate))) || crate::types::dict::has_str(&dd, &k(K::decode)) || crate::types::dict::has_str(&dd, &k(K::getstate)) {
                return None;
            }
            if !attr(&dd, &k(K::pendingcr)).is_some_and(|p| std::ptr::eq(p.type_obj(), crate::types::bool_obj(true).type_obj())) || !attr(&dd, &k(K::seen)).is_some_and(|s| as_i64(&s).is_some()) {
                return None;
            }
            attr(&dd, &k(K::inner))
        })?;
        // The codec's own incremental decoder class, strict, not replaced.
        let cd = crate::types::class::instance_dict(&codec)?;
        let inner_d = crate::types::class::instance_dict(&inner)?;
        let ok = with_keys(|k| {
            attr(&cd, &k(K::incrementaldecoder)).is_some_and(|c| std::ptr::eq(c.value().as_ptr() as *const u8, inner.type_ptr() as *const u8))
                && attr(&cd, &k(K::name)).is_some_and(|n| is_exact_str(&n, "utf-8"))
                && attr(&inner_d, &k(K::errors_plain)).is_some_and(|e| is_exact_str(&e, "strict"))
                && attr(&inner_d, &k(K::buffer_plain)).is_some_and(|b| std::ptr::eq(b.type_obj(), &crate::types::bytes::BYTES_TYPE))
                && !crate::types::dict::has_str(&inner_d, &k(K::decode))
                && !crate::types::dict::has_str(&inner_d, &k(K::getstate))
        });
        if !ok {
            return None;
        }
        let (bd, _raw, rd, fd) = buffered_state(&buffer)?;
        let (chunk_size, buffer_size) = with_keys(|k| {
            let lock_free = attr(&bd, &k(K::lock)).is_some_and(|l| crate::thread::rlock_unheld(&l));
            let wbuf_empty = attr(&bd, &k(K::wbuf)).is_some_and(|w| std::ptr::eq(w.type_obj(), &crate::types::bytearray::BYTEARRAY_TYPE) && crate::types::bytearray::as_bytearray(&w).is_some_and(|w| w.with(|v| v.is_empty())));
            let rbuf_ok = attr(&bd, &k(K::rbuf)).is_some_and(|r| std::ptr::eq(r.type_obj(), &crate::types::bytes::BYTES_TYPE)) && attr(&bd, &k(K::rpos)).is_some_and(|p| as_i64(&p).is_some_and(|p| p >= 0));
            if fd < 0 || !lock_free || !wbuf_empty || !rbuf_ok || !is_true_flag(attr(&bd, &k(K::can_read))) || !is_true_flag(attr(&rd, &k(K::readable))) {
                return None;
            }
            if crate::types::dict::has_str(&bd, &k(K::read1)) || crate::types::dict::has_str(&rd, &k(K::read)) {
                return None;
            }
            let buffer_size = attr(&bd, &k(K::buffer_size)).filter(|b| std::ptr::eq(b.type_obj(), &crate::types::int::INT_TYPE)).and_then(|b| as_i64(&b))?;
            // `_CHUNK_SIZE`: the instance's own or the class's plain int.
            let class_chunk = slf.type_obj().lookup(&k(K::chunk_size)).filter(|c| std::ptr::eq(c.type_obj(), &crate::types::int::INT_TYPE))?;
            let chunk = attr(&td, &k(K::chunk_size)).unwrap_or(class_chunk);
            let chunk = as_i64(&chunk).filter(|c| *c > 0 && std::ptr::eq(chunk.type_obj(), &crate::types::int::INT_TYPE))?;
            Some((chunk, buffer_size))
        })?;
        Some(ChunkReader { td, dd, decoder, inner_d, bd, fd, chunk_size, buffer_size, telling })
    }

    /// Buffered.read1(chunk_size): what is buffered, else one raw read.
    fn read1(&self) -> PyResult<Vec<u8>> {
        let (rbuf, rpos) = with_keys(|k| (attr(&self.bd, &k(K::rbuf)), attr(&self.bd, &k(K::rpos)).and_then(|p| as_i64(&p)).unwrap_or(0).max(0) as usize));
        let rbuf = rbuf.unwrap_or_else(|| crate::types::bytes::new_bytes(b""));
        let held = crate::types::bytes::as_bytes(&rbuf).unwrap_or(&[]);
        let size = self.chunk_size as usize;
        let (out, new_buf, new_pos) = if held.len() > rpos {
            let take = (held.len() - rpos).min(size);
            let out = held[rpos..rpos + take].to_vec();
            (out, Some(rbuf.clone()), rpos + take)
        } else {
            let want = size.max(self.buffer_size.max(0) as usize);
            let mut buf: Vec<u8> = Vec::with_capacity(want);
            // SAFETY: a zeroed stat is a valid out-parameter for fstat.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: fstat on an open descriptor, writing only `st`.
            let regular = unsafe { libc::fstat(self.fd as libc::c_int, &mut st) } == 0 && st.st_mode & libc::S_IFMT == libc::S_IFREG;
            // SAFETY: the capacity is allocated and writable for `want` bytes.
            let n = match read_once(self.fd as libc::c_int, buf.as_mut_ptr(), want, regular && want <= 1 << 20, stream_lock(&self.bd).as_ref()) {
                Ok(n) => n,
                Err(e) if e.0.type_obj().is_subtype(&crate::types::exceptions::BLOCKING_IO_ERROR) => 0,
                Err(e) => return Err(e),
            };
            // SAFETY: read(2) initialized these n bytes.
            unsafe { buf.set_len(n) };
            let take = n.min(size);
            let out = buf[..take].to_vec();
            (out, Some(crate::types::bytes::new_bytes_vec(buf)), take)
        };
        let len = new_buf.as_ref().and_then(|b| crate::types::bytes::as_bytes(b).map(<[u8]>::len)).unwrap_or(0);
        with_keys(|k| -> PyResult<()> {
            if new_pos >= len {
                set_attr(&self.bd, &k(K::rbuf), crate::types::bytes::new_bytes(b""))?;
                set_attr(&self.bd, &k(K::rpos), from_i64(0))
            } else {
                if let Some(b) = new_buf {
                    set_attr(&self.bd, &k(K::rbuf), b)?;
                }
                set_attr(&self.bd, &k(K::rpos), from_i64(new_pos as i64))
            }
        })?;
        Ok(out)
    }

    /// `_read_chunk` with nothing pending: replaces `_decoded`; false at EOF.
    fn read_chunk(&self) -> PyResult<bool> {
        // Signal handlers run between chunks, as between the Python steps.
        crate::interp::handle_eval_breaker()?;
        let (buffered, pendingcr, seen) = with_keys(|k| {
            (
                attr(&self.inner_d, &k(K::buffer_plain)).and_then(|b| crate::types::bytes::as_bytes(&b).map(<[u8]>::to_vec)).unwrap_or_default(),
                is_true_flag(attr(&self.dd, &k(K::pendingcr))),
                attr(&self.dd, &k(K::seen)).and_then(|s| as_i64(&s)).unwrap_or(0),
            )
        });
        let chunk = self.read1()?;
        let eof = chunk.is_empty();
        let data = [buffered.as_slice(), chunk.as_slice()].concat();
        let decoded = match std::str::from_utf8(&data) {
            Ok(s) => Some((s.to_string(), Vec::new())),
            Err(e) if e.error_len().is_none() && !eof => Some((std::str::from_utf8(&data[..e.valid_up_to()]).unwrap_or("").to_string(), data[e.valid_up_to()..].to_vec())),
            Err(_) => None,
        };
        let text = match decoded {
            Some((mut out, rest)) => {
                let mut cr = pendingcr;
                if cr && (!out.is_empty() || eof) {
                    out.insert(0, '\r');
                    cr = false;
                }
                if out.ends_with('\r') && !eof {
                    out.pop();
                    cr = true;
                }
                let (bits, translated) = newline_scan(&out, true);
                with_keys(|k| -> PyResult<()> {
                    set_attr(&self.inner_d, &k(K::buffer_plain), crate::types::bytes::new_bytes_vec(rest))?;
                    set_attr(&self.dd, &k(K::pendingcr), truth(cr))?;
                    set_attr(&self.dd, &k(K::seen), from_i64(seen | bits))
                })?;
                crate::types::str::new_string(translated.unwrap_or(out))
            }
            None => {
                // The decoder itself reports the error (or decodes what
                // this did not expect to).
                let f = crate::abstract_::getattr_str(&self.decoder, "decode")?;
                let t = crate::abstract_::call(&f, &[crate::types::bytes::new_bytes(&chunk), truth(eof)], None)?;
                if as_str_obj(&t).is_none() {
                    return Err(type_error(format!("decoder should return a string result, not '{}'", t.type_obj().name())));
                }
                t
            }
        };
        let nchars = as_str_obj(&text).map_or(0, |t| t.nchars);
        with_keys(|k| -> PyResult<()> {
            set_attr(&self.td, &k(K::b2cratio), crate::types::float::new_float(if nchars > 0 { chunk.len() as f64 / nchars as f64 } else { 0.0 }))?;
            set_attr(&self.td, &k(K::decoded), text)?;
            set_attr(&self.td, &k(K::used), from_i64(0))?;
            if self.telling {
                let snap = crate::types::tuple::new_tuple(vec![from_i64(pendingcr as i64), crate::types::bytes::new_bytes_vec([buffered, chunk].concat())]);
                set_attr(&self.td, &k(K::snapshot), snap)?;
            }
            Ok(())
        })?;
        Ok(!eof)
    }

    /// (decoded text, used) now.
    fn pending(&self) -> (Obj, usize) {
        with_keys(|k| {
            let d = attr(&self.td, &k(K::decoded)).unwrap_or_else(|| new_str(""));
            let u = attr(&self.td, &k(K::used)).and_then(|u| as_i64(&u)).unwrap_or(0).max(0) as usize;
            (d, u)
        })
    }

    /// `_fill()`: chunks until some text is pending; false at EOF without any.
    fn fill(&self) -> PyResult<bool> {
        loop {
            let more = self.read_chunk()?;
            let (d, _) = self.pending();
            let pending = as_str_obj(&d).is_some_and(|s| s.nchars > 0);
            if !more || pending {
                return Ok(pending);
            }
        }
    }

    /// read(size) for size >= 0: up to `size` characters.
    fn read_n(&self, size: usize) -> PyResult<Obj> {
        let mut parts = String::new();
        let mut n = 0;
        loop {
            let (d, u) = self.pending();
            let Some(s) = as_str_obj(&d) else { return Err(type_error("decoded text is not a str")) };
            let data: &str = &s.data;
            let u = u.min(s.nchars);
            let take = (size - n).min(s.nchars - u);
            let start = byte_offset(&d, data, s.nchars, u);
            let end = if s.nchars == data.len() { start + take } else { data[start..].char_indices().nth(take).map_or(data.len(), |(i, _)| start + i) };
            parts.push_str(&data[start..end]);
            with_keys(|k| set_attr(&self.td, &k(K::used), from_i64((u + take) as i64)))?;
            if s.nchars != data.len() {
                LAST_END.with(|l| *l.borrow_mut() = Some((d.clone(), u + take, end)));
            }
            n += take;
            if n >= size || !self.fill()? {
                break;
            }
        }
        Ok(crate::types::str::new_string(parts))
    }

    /// readline()'s loop (size -1, translated): the line, '' at EOF.
    fn readline(&self) -> PyResult<Obj> {
        let mut parts = String::new();
        loop {
            let (d, u) = self.pending();
            let Some(s) = as_str_obj(&d) else { return Err(type_error("decoded text is not a str")) };
            let data: &str = &s.data;
            let start = byte_offset(&d, data, s.nchars, u.min(s.nchars));
            let nl = data.as_bytes()[start..].iter().position(|&c| c == b'\n');
            let end = nl.map_or(data.len(), |n| start + n + 1);
            let piece = &data[start..end];
            parts.push_str(piece);
            let taken = if s.nchars == data.len() { piece.len() } else { piece.chars().count() };
            with_keys(|k| set_attr(&self.td, &k(K::used), from_i64((u + taken) as i64)))?;
            if s.nchars != data.len() {
                LAST_END.with(|l| *l.borrow_mut() = Some((d.clone(), u + taken, end)));
            }
            if nl.is_some() {
                break;
            }
            // _fill(): chunks until some text is pending; false at EOF without any.
            let more = loop {
                if !self.read_chunk()? {
                    let (d, _) = self.pending();
                    break as_str_obj(&d).is_some_and(|s| s.nchars > 0);
                }
                let (d, _) = self.pending();
                if as_str_obj(&d).is_some_and(|s| s.nchars > 0) {
                    break true;
                }
            };
            if !more {
                break;
            }
        }
        Ok(crate::types::str::new_string(parts))
    }
}

// ---- Buffered write(b) and read(n)
//
// The exact Buffered classes over an exact open FileIO, with no thread in
// the stream's lock: `write()` of bytes/bytearray gathers into `_wbuf` and
// writes it out once it reaches `buffer_size`, as `_flush_writes` does;
// `read(n)` takes from `_rbuf`, filling it with raw reads of at least
// `buffer_size` as `_fill` does. Anything else is the Python methods'.

static BUFFERED_WRITE_DEF: MethodDef = MethodDef { name: "write", func: buffered_write, doc: "Write the given buffer to the IO stream." };

/// (buffer dict, raw dict, descriptor) of an exact Buffered over an exact
/// open FileIO, no thread holding its lock, under the GIL runtime.
fn buffered_open_unlocked(b: &Obj) -> Option<(Obj, Obj, i64)> {
    if !gil() {
        return None;
    }
    let (bd, _raw, rd, fd) = buffered_state(b)?;
    let free = with_keys(|k| attr(&bd, &k(K::lock)).is_some_and(|l| crate::thread::rlock_unheld(&l)));
    (fd >= 0 && free).then_some((bd, rd, fd))
}

fn buffered_write(slf: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if let ([data], true) = (a, no_args(&[], k)) {
        if let Some(n) = buffered_write_fast(slf, data)? {
            return Ok(from_i64(n as i64));
        }
    }
    call_slow(slf, "_write_slow", a, k)
}

fn buffered_write_fast(slf: &Obj, data: &Obj) -> PyResult<Option<usize>> {
    let t = data.type_obj();
    if !std::ptr::eq(t, &crate::types::bytes::BYTES_TYPE) && !std::ptr::eq(t, &crate::types::bytearray::BYTEARRAY_TYPE) {
        return Ok(None);
    }
    let Some((bd, rd, fd)) = buffered_open_unlocked(slf) else { return Ok(None) };
    let state = with_keys(|k| {
        if !is_true_flag(attr(&bd, &k(K::can_write))) || !is_true_flag(attr(&rd, &k(K::writable))) || crate::types::dict::has_str(&rd, &k(K::write)) {
            return None;
        }
        let rbuf_empty = attr(&bd, &k(K::rbuf)).is_some_and(|r| crate::types::bytes::as_bytes(&r).is_some_and(|r| r.is_empty()));
        let wbuf = attr(&bd, &k(K::wbuf)).filter(|w| std::ptr::eq(w.type_obj(), &crate::types::bytearray::BYTEARRAY_TYPE))?;
        let size = attr(&bd, &k(K::buffer_size)).filter(|b| std::ptr::eq(b.type_obj(), &crate::types::int::INT_TYPE)).and_then(|b| as_i64(&b))?;
        rbuf_empty.then_some((wbuf, size))
    });
    let Some((wbuf, size)) = state else { return Ok(None) };
    let Some(wb) = crate::types::bytearray::as_bytearray(&wbuf) else { return Ok(None) };
    if wb.check_resize().is_err() {
        return Ok(None);
    }
    let n = if let Some(b) = crate::types::bytes::as_bytes(data) {
        wb.with(|v| v.extend_from_slice(b));
        b.len()
    } else if let Some(ba) = crate::types::bytearray::as_bytearray(data) {
        let copy = ba.snapshot();
        wb.with(|v| v.extend_from_slice(&copy));
        copy.len()
    } else {
        return Ok(None);
    };
    if wb.with(|v| v.len() as i64) >= size {
        flush_wbuf(wb, fd, stream_lock(&bd).as_ref())?;
    }
    Ok(Some(n))
}

fn buffered_read_n(slf: &Obj, size: usize) -> PyResult<Option<Obj>> {
    let Some((bd, rd, fd)) = buffered_open_unlocked(slf) else { return Ok(None) };
    let state = with_keys(|k| {
        if !is_true_flag(attr(&bd, &k(K::can_read))) || !is_true_flag(attr(&rd, &k(K::readable))) || crate::types::dict::has_str(&rd, &k(K::read)) {
            return None;
        }
        let wbuf_empty = attr(&bd, &k(K::wbuf)).is_some_and(|w| std::ptr::eq(w.type_obj(), &crate::types::bytearray::BYTEARRAY_TYPE) && crate::types::bytearray::as_bytearray(&w).is_some_and(|w| w.with(|v| v.is_empty())));
        let rbuf = attr(&bd, &k(K::rbuf)).filter(|r| std::ptr::eq(r.type_obj(), &crate::types::bytes::BYTES_TYPE))?;
        let rpos = attr(&bd, &k(K::rpos)).and_then(|p| as_i64(&p)).filter(|p| *p >= 0)?;
        let bsize = attr(&bd, &k(K::buffer_size)).filter(|b| std::ptr::eq(b.type_obj(), &crate::types::int::INT_TYPE)).and_then(|b| as_i64(&b))?;
        wbuf_empty.then_some((rbuf, rpos as usize, bsize.max(0) as usize))
    });
    let Some((mut rbuf, mut rpos, bsize)) = state else { return Ok(None) };
    let len_of = |b: &Obj| crate::types::bytes::as_bytes(b).map_or(0, <[u8]>::len);
    // SAFETY: a zeroed stat is a valid out-parameter for fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let mut regular = None;
    while len_of(&rbuf).saturating_sub(rpos) < size {
        let avail = len_of(&rbuf).saturating_sub(rpos);
        let want = (size - avail).max(bsize);
        let attached = *regular.get_or_insert_with(|| {
            // SAFETY: fstat on an open descriptor, writing only `st`.
            unsafe { libc::fstat(fd as libc::c_int, &mut st) == 0 && st.st_mode & libc::S_IFMT == libc::S_IFREG }
        }) && want <= 1 << 20;
        let mut buf: Vec<u8> = Vec::with_capacity(avail + want);
        if let Some(held) = crate::types::bytes::as_bytes(&rbuf) {
            buf.extend_from_slice(held.get(rpos..).unwrap_or(&[]));
        }
        // SAFETY: the spare capacity after `avail` bytes is allocated and writable for `want` bytes.
        let n = match read_once(fd as libc::c_int, unsafe { buf.as_mut_ptr().add(avail) }, want, attached, stream_lock(&bd).as_ref()) {
            Ok(n) => n,
            Err(e) if e.0.type_obj().is_subtype(&crate::types::exceptions::BLOCKING_IO_ERROR) => 0,
            Err(e) => return Err(e),
        };
        if n == 0 {
            break;
        }
        // SAFETY: read(2) initialized these n bytes after the `avail` copied ones.
        unsafe { buf.set_len(avail + n) };
        rbuf = crate::types::bytes::new_bytes_vec(buf);
        rpos = 0;
        with_keys(|k| -> PyResult<()> {
            set_attr(&bd, &k(K::rbuf), rbuf.clone())?;
            set_attr(&bd, &k(K::rpos), from_i64(0))
        })?;
        if len_of(&rbuf) < size {
            crate::interp::handle_eval_breaker()?;
        }
    }
    let held = crate::types::bytes::as_bytes(&rbuf).unwrap_or(&[]);
    let end = (rpos + size).min(held.len());
    let out = crate::types::bytes::new_bytes(held.get(rpos..end).unwrap_or(&[]));
    let new_pos = end.max(rpos);
    with_keys(|k| -> PyResult<()> {
        if new_pos >= held.len() {
            set_attr(&bd, &k(K::rbuf), crate::types::bytes::new_bytes(b""))?;
            set_attr(&bd, &k(K::rpos), from_i64(0))
        } else {
            set_attr(&bd, &k(K::rpos), from_i64(new_pos as i64))
        }
    })?;
    Ok(Some(out))
}
