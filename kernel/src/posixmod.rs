//! The `posix` builtin module: the operating-system layer under CPython's
//! pure-Python `os`, `posixpath` and `genericpath`. Written on Rust's std;
//! libc only where std has no equivalent (ids, umask, access, raw file
//! descriptors). `os.stat_result` is a kernel struct sequence (`structseq`);
//! `os.DirEntry` is a small Python class built when the module is created.

use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::MetadataExt;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::Obj;
use crate::types::bytes::{as_bytes, new_bytes};
use crate::types::dict::set_item_str;
use crate::types::exceptions::os_error_from_io;
use crate::types::int::from_i64;
use crate::types::str::{as_str, new_str, new_string};
use crate::types::{bool_obj, is_none, none};

/// Python source for the classes that need attributes.
const PRELUDE: &str = r#"
class statvfs_result(tuple):
    __module__ = 'os'
    _pyk_structseq_ = (10, ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax', 'f_fsid'))


class sched_param(tuple):
    __module__ = 'posix'
    n_sequence_fields = 1
    n_fields = 1
    n_unnamed_fields = 0
    __match_args__ = ('sched_priority',)

    def __new__(cls, sched_priority):
        return tuple.__new__(cls, (sched_priority,))

    def __setattr__(self, name, value):
        if hasattr(type(self), name):
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'posix.sched_param' object has no attribute '{name}' and no __dict__ for setting new attributes")

    def __repr__(self):
        return f'posix.sched_param(sched_priority={self[0]!r})'

    def __reduce__(self):
        return (type(self), (self[0],))

    sched_priority = property(lambda self: self[0])


class DirEntry:
    __module__ = 'posix'
    __slots__ = ('name', 'path', '_dir_fd', '_d_type', '_ino', '_stat', '_lstat')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __reduce__(self):
        raise TypeError("cannot pickle 'posix.DirEntry' object")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'posix.DirEntry' object")

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = stat(self.path, dir_fd=self._dir_fd, follow_symlinks=False)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path, dir_fd=self._dir_fd)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        return self._ino

    def _test_mode(self, follow_symlinks, kind):
        if self._d_type != 0 and not (follow_symlinks and self._d_type == 10):
            return self._d_type == kind
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return False
        return (mode & 0o170000) >> 12 == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, 4)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, 8)

    def is_symlink(self):
        return self._test_mode(False, 10)

    def is_junction(self):
        return False

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _dir_entry(directory, name, d_type, ino, dir_fd):
    self = object.__new__(DirEntry)
    self.name = name
    self._dir_fd = dir_fd
    self._d_type = d_type
    self._ino = ino
    self._stat = None
    self._lstat = None
    if directory is None:
        self.path = name
    elif isinstance(name, bytes):
        self.path = (directory if directory.endswith(b'/') else directory + b'/') + name
    else:
        self.path = (directory if directory.endswith('/') else directory + '/') + name
    return self


class ScandirIterator:
    __module__ = 'posix'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        stream = self._stream
        if stream is None:
            raise StopIteration
        entry = stream.next()
        if entry is None:
            self._stream = None
            stream.close()
            raise StopIteration
        name, d_type, ino = entry
        return _dir_entry(self._dir, name, d_type, ino, self._fd)

    def close(self):
        stream = self._stream
        self._stream = None
        if stream is not None:
            stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def __reduce__(self):
        raise TypeError("cannot pickle 'posix.ScandirIterator' object")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'posix.ScandirIterator' object")

    def __del__(self):
        if self._stream is not None:
            import warnings
            warnings.warn(f"unclosed scandir iterator {self!r}", ResourceWarning, stacklevel=2, source=self)
            self.close()


def scandir(path=None):
    it = object.__new__(ScandirIterator)
    it._stream = None
    if path is None:
        stream = _scandir_open('.')
        it._dir = '.'
        it._fd = None
    elif isinstance(path, int):
        stream = _scandir_open(path)
        it._dir = None
        it._fd = path
    else:
        if not isinstance(path, (str, bytes)) and not hasattr(type(path), '__fspath__'):
            raise TypeError(f"scandir: path should be string, bytes, os.PathLike, integer or None, not {type(path).__name__}")
        p = fspath(path)
        stream = _scandir_open(p)
        it._dir = p
        it._fd = None
    it._stream = stream
    return it
"#;

// ---- argument helpers ----

/// Splits positional and keyword arguments and fills `names` in order
/// (positional first, then keywords by name).
pub(crate) fn parse_args(fname: &str, a: &[Obj], k: Option<&Obj>, names: &[&str], required: usize) -> PyResult<Vec<Option<Obj>>> {
    let mut out: Vec<Option<Obj>> = vec![None; names.len()];
    fill_args(fname, a, k, names, required, &mut out)?;
    Ok(out)
}

/// `parse_args` into a caller's slots (`out.len() == names.len()`), with
/// CPython's Argument Clinic messages.
pub(crate) fn fill_args(fname: &str, a: &[Obj], k: Option<&Obj>, names: &[&str], required: usize, out: &mut [Option<Obj>]) -> PyResult<()> {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() + kws.len() > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(type_error(format!("{fname}() takes at most {} argument{s} ({} given)", names.len(), pos.len() + kws.len())));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    // As Argument Clinic: the parameters after the positional ones take
    // their keywords (a missing required one is reported first), then a
    // keyword left over is named.
    let mut used = 0;
    for (i, n) in names.iter().enumerate().skip(pos.len()) {
        if let Some((_, v)) = kws.iter().find(|(key, _)| *key == *n) {
            out[i] = Some((*v).clone());
            used += 1;
        } else if i < required {
            return Err(type_error(format!("{fname}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    if used < kws.len() {
        for (key, _) in &kws {
            match names.iter().position(|n| n == key) {
                Some(i) if i < pos.len() => {
                    return Err(type_error(format!("argument for {fname}() given by name ('{key}') and position ({})", i + 1)));
                }
                Some(_) => {}
                None => return Err(type_error(format!("{fname}() got an unexpected keyword argument '{key}'"))),
            }
        }
    }
    Ok(())
}

pub(crate) fn no_args(fname: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    if a.is_empty() {
        return Ok(());
    }
    if k.is_some() {
        return Err(type_error(format!("posix.{fname}() takes no keyword arguments")));
    }
    Err(type_error(format!("posix.{fname}() takes no arguments ({} given)", a.len())))
}

pub(crate) fn int_arg(fname: &str, o: &Obj) -> PyResult<i64> {
    let i = crate::abstract_::index(o).map_err(|_| type_error(format!("{fname}(): an integer is required, not {}", o.type_obj().name())))?;
    crate::types::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))
}

pub(crate) fn opt_int(fname: &str, o: &Option<Obj>, default: i64) -> PyResult<i64> {
    match o {
        Some(v) => int_arg(fname, v),
        None => Ok(default),
    }
}

/// A `dir_fd=` argument: None, or the descriptor of the directory that
/// relative paths are resolved against (the `*at` system calls).
pub(crate) fn dir_fd_arg(fname: &str, o: &Option<Obj>) -> PyResult<Option<libc::c_int>> {
    match o {
        Some(v) if !is_none(v) => {
            if !crate::types::int::is_int(v) {
                return Err(type_error(format!("argument should be integer or None, not {}", v.type_obj().name())));
            }
            if std::ptr::eq(v.type_obj(), &crate::types::singletons::BOOL_TYPE) {
                crate::warningsmod::warn(&crate::types::exceptions::RUNTIME_WARNING, "bool is used as a file descriptor", 1)?;
            }
            let fd = int_arg(fname, v)?;
            libc::c_int::try_from(fd).map(Some).map_err(|_| crate::error::overflow_error(if fd < 0 { "fd is less than minimum" } else { "fd is greater than maximum" }))
        }
        _ => Ok(None),
    }
}

/// The path as a C string for a system call.
pub(crate) fn c_path(fname: &str, p: &PathArg) -> PyResult<std::ffi::CString> {
    std::ffi::CString::new(p.os.as_bytes().to_vec()).map_err(|_| value_error(format!("{fname}: embedded null character in path")))
}

/// os.fspath(): str and bytes as they are, otherwise the result of `__fspath__`.
fn fspath_obj(o: &Obj) -> PyResult<Option<Obj>> {
    if as_str(o).is_some() || as_bytes(o).is_some() {
        return Ok(Some(o.clone()));
    }
    let Some(f) = o.type_obj().lookup(&crate::types::str::intern("__fspath__")) else { return Ok(None) };
    if is_none(&f) {
        return Ok(None);
    }
    let r = crate::abstract_::call(&f, std::slice::from_ref(o), None)?;
    if as_str(&r).is_some() || as_bytes(&r).is_some() {
        return Ok(Some(r));
    }
    Err(type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        o.type_obj().name(),
        r.type_obj().name()
    )))
}

/// A path argument: the OS path, whether it was bytes, and the text used as
/// the exception's filename.
pub(crate) struct PathArg {
    pub os: OsString,
    pub is_bytes: bool,
    pub obj: Obj,
}

pub(crate) fn path_arg(fname: &str, o: &Obj) -> PyResult<PathArg> {
    let Some(p) = fspath_obj(o)? else {
        return Err(type_error(format!("{fname}: path should be string, bytes or os.PathLike, not {}", o.type_obj().name())));
    };
    let (os, is_bytes) = if let Some(s) = as_str(&p) {
        if s.contains('\0') {
            return Err(value_error(format!("{fname}: embedded null character in path")));
        }
        (OsString::from_vec(crate::types::str::fs_encode(s)?.into_owned()), false)
    } else {
        let b = as_bytes(&p).unwrap_or(&[]);
        if b.contains(&0) {
            return Err(value_error(format!("{fname}: embedded null character in path")));
        }
        (OsString::from_vec(b.to_vec()), true)
    };
    Ok(PathArg { os, is_bytes, obj: p })
}

/// A path argument of a function that also takes a descriptor: the
/// TypeError names the integer too.
pub(crate) fn path_arg_or_fd(fname: &str, o: &Obj, allow_fd: bool) -> PyResult<PathArg> {
    if allow_fd && fspath_obj(o)?.is_none() {
        return Err(type_error(format!("{fname}: path should be string, bytes, os.PathLike or integer, not {}", o.type_obj().name())));
    }
    path_arg(fname, o)
}

fn os_str_obj(s: &OsStr, as_bytes_: bool) -> Obj {
    if as_bytes_ {
        new_bytes(s.as_bytes())
    } else {
        new_string(crate::types::str::fs_decode(s.as_bytes()))
    }
}

/// The OSError subclass for `e`, with the path argument as given as its
/// filename (and `p2` as filename2).
pub(crate) fn err_at2(e: &io::Error, p: &PathArg, p2: Option<&PathArg>) -> PyErr {
    let Some(code) = e.raw_os_error() else { return os_error_from_io(e, None) };
    let mut args = vec![from_i64(code as i64), strerror_obj(code), p.obj.clone()];
    if let Some(p2) = p2 {
        args.push(none());
        args.push(p2.obj.clone());
    }
    match crate::abstract_::call(&crate::types::exceptions::OS_ERROR.as_obj(), &args, None) {
        Ok(exc) => PyErr(exc),
        Err(err) => err,
    }
}

pub(crate) fn err_at(e: &io::Error, p: &PathArg) -> PyErr {
    err_at2(e, p, None)
}

pub(crate) fn strerror_obj(code: i32) -> Obj {
    let msg = io::Error::from_raw_os_error(code).to_string();
    new_string(msg.rsplit_once(" (os error").map_or(msg.as_str(), |(m, _)| m).to_string())
}

pub(crate) fn last_error() -> PyErr {
    os_error_from_io(&io::Error::last_os_error(), None)
}

// ---- functions ----

fn m_fspath(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("fspath", a, k, &["path"], 1)?;
    let o = v[0].clone().unwrap_or_else(none);
    fspath_obj(&o)?.ok_or_else(|| type_error(format!("expected str, bytes or os.PathLike object, not {}", o.type_obj().name())))
}

fn m_getcwd(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("getcwd", a, k)?;
    let d = std::env::current_dir().map_err(|e| os_error_from_io(&e, None))?;
    Ok(os_str_obj(d.as_os_str(), false))
}

fn m_getcwdb(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("getcwdb", a, k)?;
    let d = std::env::current_dir().map_err(|e| os_error_from_io(&e, None))?;
    Ok(os_str_obj(d.as_os_str(), true))
}

fn m_listdir(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("listdir", a, k, &["path"], 0)?;
    if let Some(o) = v[0].as_ref().filter(|o| crate::types::int::is_int(o)) {
        return listdir_fd(int_arg("listdir", o)?);
    }
    let p = match &v[0] {
        Some(o) if !is_none(o) => path_arg("listdir", o)?,
        _ => PathArg { os: OsString::from("."), is_bytes: false, obj: new_str(".") },
    };
    let rd = std::fs::read_dir(&p.os).map_err(|e| err_at(&e, &p))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| err_at(&e, &p))?;
        out.push(os_str_obj(&ent.file_name(), p.is_bytes));
    }
    Ok(crate::types::list::new_list(out))
}

/// `listdir(fd)`: the names in an open directory (str), read through a
/// duplicate of the descriptor so the caller's stays open and unmoved.
fn listdir_fd(fd: i64) -> PyResult {
    let fd = libc::c_int::try_from(fd).map_err(|_| crate::error::overflow_error("fd is greater than maximum"))?;
    let dir = open_dir_fd(fd)?;
    // SAFETY: `dir` is a fresh stream owned here.
    let names = unsafe { read_dir_raw(dir) }.into_iter().map(|(name, _, _)| new_string(crate::types::str::fs_decode(&name)));
    Ok(crate::types::list::new_list(names.collect()))
}

/// A directory stream over a close-on-exec duplicate of `fd`, so closing
/// the stream leaves the caller's descriptor open (the two share a file
/// position, which reading rewinds first).
fn open_dir_fd(fd: libc::c_int) -> PyResult<*mut libc::DIR> {
    // SAFETY: dup of a caller-named descriptor; an invalid one gives EBADF.
    let dup = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if dup < 0 {
        return Err(last_error());
    }
    // SAFETY: `dup` is a descriptor this function owns; fdopendir takes it over.
    let dir = unsafe { libc::fdopendir(dup) };
    if dir.is_null() {
        let e = last_error();
        // SAFETY: fdopendir failed, so `dup` is still ours to close.
        unsafe { libc::close(dup) };
        return Err(e);
    }
    Ok(dir)
}

/// The entries of a directory stream from its start: (name, d_type, d_ino)
/// for each entry but `.` and `..`. Closes the stream.
///
/// # Safety
/// `dir` must be an open DIR stream owned by the caller, not used afterwards.
unsafe fn read_dir_raw(dir: *mut libc::DIR) -> Vec<(Vec<u8>, u8, u64)> {
    let mut out = Vec::new();
    // SAFETY: `dir` is valid until closedir below (the caller's promise);
    // each entry's name is NUL-terminated and valid until the next readdir.
    unsafe {
        libc::rewinddir(dir);
        loop {
            let ent = libc::readdir(dir);
            if ent.is_null() {
                break;
            }
            let name = std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes();
            if name != b"." && name != b".." {
                out.push((name.to_vec(), (*ent).d_type, (*ent).d_ino));
            }
        }
        // Rewound before closing, as CPython's listdir(fd): the offset is
        // shared with the caller's descriptor.
        libc::rewinddir(dir);
        libc::closedir(dir);
    }
    out
}

/// An open directory stream read one entry at a time: what `scandir`'s
/// iterator reads from. `next()` gives (name, d_type, d_ino) for each entry
/// but `.` and `..`, then None; `close()` (or losing the last reference)
/// closes the stream.
#[repr(C)]
struct DirStream {
    header: pyk_abi::value::ObjHeader,
    /// The `DIR*` as an address; 0 once closed.
    dir: std::sync::Mutex<usize>,
    /// Names come back as bytes (a bytes path).
    bytes: bool,
    /// The path, for the error of a failing readdir (None for a descriptor).
    path: Option<PathArg>,
}

impl Drop for DirStream {
    fn drop(&mut self) {
        close_dir_stream(self.dir.get_mut().unwrap_or_else(|e| e.into_inner()));
    }
}

fn close_dir_stream(dir: &mut usize) {
    let d = std::mem::replace(dir, 0) as *mut libc::DIR;
    if !d.is_null() {
        // SAFETY: a non-zero address is a stream this object opened and has
        // not closed (it is zeroed here, so it is closed once). A stream over
        // a caller's descriptor is rewound first, as CPython leaves it.
        unsafe {
            libc::rewinddir(d);
            libc::closedir(d);
        }
    }
}

fn dir_stream(o: &Obj) -> PyResult<&DirStream> {
    o.downcast::<DirStream>(&DIR_STREAM_TYPE).ok_or_else(|| type_error("directory stream expected"))
}

fn m_dir_stream_next(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let ds = dir_stream(s)?;
    let guard = ds.dir.lock().unwrap_or_else(|e| e.into_inner());
    let dir = *guard as *mut libc::DIR;
    if dir.is_null() {
        return Ok(none());
    }
    loop {
        // SAFETY: errno is thread-local; clearing it tells the end of the
        // stream (NULL, errno 0) from a failure (NULL, errno set).
        unsafe { *libc::__errno_location() = 0 };
        // SAFETY: `dir` is open while the lock is held; the entry's name is
        // NUL-terminated and valid until the next readdir on this stream.
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            let e = io::Error::last_os_error();
            if e.raw_os_error().unwrap_or(0) != 0 {
                return Err(match &ds.path {
                    Some(p) => err_at(&e, p),
                    None => os_error_from_io(&e, None),
                });
            }
            return Ok(none());
        }
        // SAFETY: as above.
        let (name, d_type, ino) = unsafe { (std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes(), (*ent).d_type, (*ent).d_ino) };
        if name == b"." || name == b".." {
            continue;
        }
        let n = if ds.bytes { new_bytes(name) } else { new_string(crate::types::str::fs_decode(name)) };
        let ino = crate::types::int::from_bigint(num_bigint::BigInt::from(ino));
        return Ok(crate::types::tuple::new_tuple(vec![n, from_i64(d_type as i64), ino]));
    }
}

fn m_dir_stream_close(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let ds = dir_stream(s)?;
    close_dir_stream(&mut ds.dir.lock().unwrap_or_else(|e| e.into_inner()));
    Ok(none())
}

static DIR_STREAM_METHODS: [crate::types::typeobj::MethodDef; 2] = [
    crate::types::typeobj::MethodDef { name: "next", func: m_dir_stream_next, doc: "" },
    crate::types::typeobj::MethodDef { name: "close", func: m_dir_stream_close, doc: "" },
];

static DIR_STREAM_TYPE: crate::types::typeobj::TypeObject = crate::types::typeobj::TypeObject {
    methods: &DIR_STREAM_METHODS,
    module: "posix",
    ..crate::types::typeobj::TypeObject::builtin("_DirStream", &crate::types::object::OBJECT_TYPE, crate::object::dealloc_box::<DirStream>)
};

/// `_scandir_open(path_or_fd)`: a `_DirStream` over the directory.
fn m_scandir_open(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let o = a.first().cloned().unwrap_or_else(none);
    let (dir, bytes, path) = if crate::types::int::is_int(&o) {
        (open_dir_fd(crate::posixfs::fd_arg("scandir", &Some(o))?)?, false, None)
    } else {
        let p = path_arg("scandir", &o)?;
        let c = c_path("scandir", &p)?;
        // SAFETY: `c` is a valid NUL-terminated path.
        let dir = detached(|| unsafe { libc::opendir(c.as_ptr()) });
        if dir.is_null() {
            return Err(err_at(&io::Error::last_os_error(), &p));
        }
        (dir, p.is_bytes, Some(p))
    };
    Ok(crate::object::alloc(DirStream { header: crate::object::new_header(&DIR_STREAM_TYPE), dir: std::sync::Mutex::new(dir as usize), bytes, path }))
}

/// `os.stat_result`: ten items (three of them the unnamed integer times)
/// and nine attributes, the float times defaulting to the integer ones.
static STAT_RESULT: crate::structseq::StructSeq = crate::structseq::StructSeq::new_full(
    "os",
    "stat_result",
    "stat_result: what stat, fstat and lstat return.\n\nA tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n\
with the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid and so on;\n\
st_blksize, st_blocks and st_rdev are attributes only.\n\nSee os.stat for more.",
    &[
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        crate::structseq::UNNAMED, crate::structseq::UNNAMED, crate::structseq::UNNAMED,
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    ],
    &[
        "permission and file type bits", "inode number", "device", "number of hard links", "user id of the owner", "group id of the owner",
        "size in bytes", "", "", "", "time of last access (seconds)", "time of last modification (seconds)",
        "time of last metadata change (seconds)", "time of last access (nanoseconds)", "time of last modification (nanoseconds)",
        "time of last metadata change (nanoseconds)", "preferred block size for I/O", "number of 512-byte blocks allocated",
        "device type, for special files",
    ],
    9,
    &[(10, 7), (11, 8), (12, 9)],
);

fn stat_result_from(_m: &Obj, md: &std::fs::Metadata) -> PyResult {
    let t = |s: i64, ns: i64| (s as f64) + (ns as f64) * 1e-9;
    let ns = |s: i64, n: i64| crate::types::int::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000i64 + n);
    let u = |x: u64| crate::types::int::from_bigint(num_bigint::BigInt::from(x));
    let items = vec![
        from_i64(md.mode() as i64),
        u(md.ino()),
        u(md.dev()),
        u(md.nlink()),
        from_i64(md.uid() as i64),
        from_i64(md.gid() as i64),
        from_i64(md.size() as i64),
        from_i64(md.atime()),
        from_i64(md.mtime()),
        from_i64(md.ctime()),
        crate::types::float::new_float(t(md.atime(), md.atime_nsec())),
        crate::types::float::new_float(t(md.mtime(), md.mtime_nsec())),
        crate::types::float::new_float(t(md.ctime(), md.ctime_nsec())),
        ns(md.atime(), md.atime_nsec()),
        ns(md.mtime(), md.mtime_nsec()),
        ns(md.ctime(), md.ctime_nsec()),
        u(md.blksize()),
        u(md.blocks()),
        u(md.rdev()),
    ];
    STAT_RESULT.make(items)
}

fn fd_metadata(fd: i32) -> io::Result<std::fs::Metadata> {
    use std::os::fd::FromRawFd;
    // SAFETY: the File is wrapped in ManuallyDrop, so it never closes the
    // descriptor it borrows; fstat on an invalid fd just returns EBADF.
    let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f.metadata()
}

fn do_stat(fname: &str, cls: &Obj, a: &[Obj], k: Option<&Obj>, follow_default: bool) -> PyResult {
    let v = parse_args(fname, a, k, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let dir_fd = dir_fd_arg(fname, &v[1])?;
    let follow = match &v[2] {
        Some(o) => crate::abstract_::is_true(o)? && follow_default,
        None => follow_default,
    };
    let o = v[0].clone().unwrap_or_else(none);
    if follow_default && crate::types::int::is_int(&o) {
        if dir_fd.is_some() {
            return Err(value_error(format!("{fname}: can't specify dir_fd without matching path")));
        }
        let fd = crate::posixfs::fd_arg(fname, &Some(o))?;
        // CPython checks this for descriptors above 0 only.
        if !follow && fd > 0 {
            return Err(value_error(format!("{fname}: cannot use fd and follow_symlinks together")));
        }
        let md = detached(|| fd_metadata(fd)).map_err(|e| os_error_from_io(&e, None))?;
        return stat_result_from(cls, &md);
    }
    let p = match fspath_obj(&o)? {
        Some(_) => path_arg(fname, &o)?,
        None if follow_default => {
            return Err(type_error(format!("{fname}: path should be string, bytes, os.PathLike or integer, not {}", o.type_obj().name())))
        }
        None => return Err(type_error(format!("{fname}: path should be string, bytes or os.PathLike, not {}", o.type_obj().name()))),
    };
    if let Some(dfd) = dir_fd {
        // fstatat() through a path-only descriptor (Linux: O_PATH allows
        // fstat; with O_NOFOLLOW it refers to a symlink itself).
        let c = c_path(fname, &p)?;
        let flags = libc::O_PATH | libc::O_CLOEXEC | if follow { 0 } else { libc::O_NOFOLLOW };
        // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
        let fd = unsafe { libc::openat(dfd, c.as_ptr(), flags) };
        if fd < 0 {
            return Err(err_at(&io::Error::last_os_error(), &p));
        }
        let md = fd_metadata(fd);
        // SAFETY: `fd` was opened above and is not used afterwards.
        unsafe { libc::close(fd) };
        return stat_result_from(cls, &md.map_err(|e| err_at(&e, &p))?);
    }
    let md = detached(|| if follow { std::fs::metadata(&p.os) } else { std::fs::symlink_metadata(&p.os) });
    stat_result_from(cls, &md.map_err(|e| err_at(&e, &p))?)
}

fn m_stat(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    do_stat("stat", m, a, k, true)
}

fn m_lstat(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    do_stat("lstat", m, a, k, false)
}

fn m_fstat(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("fstat", a, k, &["fd"], 1)?;
    let fd = crate::posixfs::fd_arg("fstat", &v[0])?;
    let md = detached(|| fd_metadata(fd)).map_err(|e| os_error_from_io(&e, None))?;
    stat_result_from(m, &md)
}

/// unlink/remove/rmdir: `unlinkat(dir_fd or AT_FDCWD, path, flags)`.
fn one_path(fname: &str, a: &[Obj], k: Option<&Obj>, flags: libc::c_int) -> PyResult {
    let v = parse_args(fname, a, k, &["path", "dir_fd"], 1)?;
    let dfd = dir_fd_arg(fname, &v[1])?.unwrap_or(libc::AT_FDCWD);
    let p = path_arg(fname, v[0].as_ref().unwrap_or(&none()))?;
    let c = c_path(fname, &p)?;
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    if unsafe { libc::unlinkat(dfd, c.as_ptr(), flags) } < 0 {
        return Err(err_at(&io::Error::last_os_error(), &p));
    }
    Ok(none())
}

fn m_remove(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    one_path("remove", a, k, 0)
}

fn m_unlink(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    one_path("unlink", a, k, 0)
}

fn m_rmdir(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    one_path("rmdir", a, k, libc::AT_REMOVEDIR)
}

fn m_mkdir(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("mkdir", a, k, &["path", "mode", "dir_fd"], 1)?;
    let dfd = dir_fd_arg("mkdir", &v[2])?.unwrap_or(libc::AT_FDCWD);
    let mode = opt_int("mkdir", &v[1], 0o777)?;
    let p = path_arg("mkdir", v[0].as_ref().unwrap_or(&none()))?;
    let c = c_path("mkdir", &p)?;
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    if unsafe { libc::mkdirat(dfd, c.as_ptr(), mode as libc::mode_t) } < 0 {
        return Err(err_at(&io::Error::last_os_error(), &p));
    }
    Ok(none())
}

fn two_paths(fname: &str, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args(fname, a, k, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let sfd = dir_fd_arg(fname, &v[2])?.unwrap_or(libc::AT_FDCWD);
    let dfd = dir_fd_arg(fname, &v[3])?.unwrap_or(libc::AT_FDCWD);
    let src = path_arg(fname, v[0].as_ref().unwrap_or(&none()))?;
    let dst = path_arg(fname, v[1].as_ref().unwrap_or(&none()))?;
    let (cs, cd) = (c_path(fname, &src)?, c_path(fname, &dst)?);
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    if unsafe { libc::renameat(sfd, cs.as_ptr(), dfd, cd.as_ptr()) } < 0 {
        return Err(err_at2(&io::Error::last_os_error(), &src, Some(&dst)));
    }
    Ok(none())
}

fn m_rename(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    two_paths("rename", a, k)
}

fn m_replace(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    two_paths("replace", a, k)
}

fn m_chdir(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("chdir", a, k, &["path"], 1)?;
    if let Some(o) = v[0].as_ref().filter(|o| crate::types::int::is_int(o)) {
        let fd = crate::posixfs::fd_arg("chdir", &Some(o.clone()))?;
        // SAFETY: fchdir takes a descriptor; an invalid one gives EBADF.
        if unsafe { libc::fchdir(fd) } != 0 {
            return Err(last_error());
        }
        return Ok(none());
    }
    let p = path_arg_or_fd("chdir", v[0].as_ref().unwrap_or(&none()), true)?;
    std::env::set_current_dir(&p.os).map_err(|e| err_at(&e, &p))?;
    Ok(none())
}

fn m_access(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("access", a, k, &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2)?;
    let dfd = dir_fd_arg("access", &v[2])?.unwrap_or(libc::AT_FDCWD);
    let mode = opt_int("access", &v[1], 0)?;
    let p = path_arg("access", v[0].as_ref().unwrap_or(&none()))?;
    let mut flags = 0;
    if let Some(e) = &v[3] {
        if crate::abstract_::is_true(e)? {
            flags |= libc::AT_EACCESS;
        }
    }
    if let Some(f) = &v[4] {
        if !crate::abstract_::is_true(f)? {
            flags |= libc::AT_SYMLINK_NOFOLLOW;
        }
    }
    let c = c_path("access", &p)?;
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call.
    let r = detached(|| unsafe { libc::faccessat(dfd, c.as_ptr(), mode as libc::c_int, flags) });
    Ok(bool_obj(r == 0))
}

fn m_getpid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("getpid", a, k)?;
    Ok(from_i64(std::process::id() as i64))
}

/// `kill(pid, signal)`. Signals with no handler keep their default action
/// (pyk's only Python-level handler is SIGINT's KeyboardInterrupt).
fn m_kill(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if k.is_some_and(|k| crate::types::tuple::as_tuple(k).is_some_and(|t| !t.is_empty())) {
        return Err(type_error("kill() takes no keyword arguments"));
    }
    let [pid, sig] = a else { return Err(type_error(format!("kill expected 2 arguments, got {}", a.len()))) };
    let (Some(pid), Some(sig)) = (crate::types::int::as_i64(pid), crate::types::int::as_i64(sig)) else {
        return Err(type_error("an integer is required"));
    };
    let (Ok(pid), Ok(sig)) = (libc::pid_t::try_from(pid), libc::c_int::try_from(sig)) else {
        return Err(crate::error::overflow_error("signed integer is greater than maximum"));
    };
    // SAFETY: kill has no memory-safety preconditions.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(os_error_from_io(&io::Error::last_os_error(), None));
    }
    // A signal sent to this process is handled before kill() returns, as
    // CPython does (its handler's exception comes out of os.kill).
    crate::interp::handle_eval_breaker()?;
    Ok(none())
}

fn m_getppid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("getppid", a, k)?;
    Ok(from_i64(std::os::unix::process::parent_id() as i64))
}

fn m_getuid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("getuid", a, k)?;
    // SAFETY: getuid has no preconditions and cannot fail.
    Ok(from_i64(unsafe { libc::getuid() } as i64))
}

fn m_geteuid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("geteuid", a, k)?;
    // SAFETY: geteuid has no preconditions and cannot fail.
    Ok(from_i64(unsafe { libc::geteuid() } as i64))
}

fn m_getgid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("getgid", a, k)?;
    // SAFETY: getgid has no preconditions and cannot fail.
    Ok(from_i64(unsafe { libc::getgid() } as i64))
}

fn m_getegid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("getegid", a, k)?;
    // SAFETY: getegid has no preconditions and cannot fail.
    Ok(from_i64(unsafe { libc::getegid() } as i64))
}

fn m_umask(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("umask", a, k, &["mask"], 1)?;
    let mask = opt_int("umask", &v[0], 0)?;
    // SAFETY: umask has no preconditions and cannot fail.
    Ok(from_i64(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

fn m_cpu_count(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("cpu_count", a, k)?;
    // SAFETY: sysconf with a valid name constant has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { none() } else { from_i64(n as i64) })
}

fn m_urandom(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    use std::io::Read;
    let v = parse_args("urandom", a, k, &["size"], 1)?;
    let n = opt_int("urandom", &v[0], 0)?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map_err(|e| os_error_from_io(&e, None))?;
    Ok(new_bytes(&buf))
}

fn m_strerror(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("strerror", a, k, &["code"], 1)?;
    let code = opt_int("strerror", &v[0], 0)?;
    Ok(strerror_obj(code as i32))
}

fn m_exit(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("_exit", a, k, &["status"], 1)?;
    let status = opt_int("_exit", &v[0], 0)?;
    // SAFETY: _exit ends the process at once; nothing runs after it.
    unsafe { libc::_exit(status as libc::c_int) }
}

fn env_arg(fname: &str, o: &Obj) -> PyResult<OsString> {
    let p = path_arg(fname, o)?;
    Ok(p.os)
}

fn m_putenv(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("putenv", a, k, &["name", "value"], 2)?;
    let name = env_arg("putenv", v[0].as_ref().unwrap_or(&none()))?;
    let value = env_arg("putenv", v[1].as_ref().unwrap_or(&none()))?;
    if name.is_empty() || name.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::set_var(name, value);
    Ok(none())
}

fn m_unsetenv(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("unsetenv", a, k, &["name"], 1)?;
    let name = env_arg("unsetenv", v[0].as_ref().unwrap_or(&none()))?;
    if name.is_empty() || name.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::remove_var(name);
    Ok(none())
}

// ---- file descriptors ----

fn m_open(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("open", a, k, &["path", "flags", "mode", "dir_fd"], 2)?;
    let dfd = dir_fd_arg("open", &v[3])?.unwrap_or(libc::AT_FDCWD);
    let flags = opt_int("open", &v[1], 0)?;
    let mode = opt_int("open", &v[2], 0o777)?;
    let p = path_arg("open", v[0].as_ref().unwrap_or(&none()))?;
    let c = std::ffi::CString::new(p.os.as_bytes().to_vec()).map_err(|_| value_error("open: embedded null character in path"))?;
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call; the
    // mode is passed as the variadic third argument open(2) expects.
    let fd = unsafe { libc::openat(dfd, c.as_ptr(), flags as libc::c_int | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        return Err(err_at(&io::Error::last_os_error(), &p));
    }
    Ok(from_i64(fd as i64))
}

fn m_close(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("close", a, k, &["fd"], 1)?;
    let fd = opt_int("close", &v[0], -1)?;
    // SAFETY: closing an integer descriptor the caller names; an invalid one gives EBADF.
    if unsafe { libc::close(fd as libc::c_int) } < 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn m_read(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("read", a, k, &["fd", "length"], 2)?;
    let fd = opt_int("read", &v[0], -1)?;
    let n = opt_int("read", &v[1], 0)?;
    if n < 0 {
        return Err(value_error("negative length"));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is a writable buffer of exactly `n` bytes, owned here.
    let r = retry_detached(|| unsafe { libc::read(fd as libc::c_int, buf.as_mut_ptr().cast(), buf.len()) })?;
    buf.truncate(r as usize);
    Ok(new_bytes(&buf))
}

/// A blocking descriptor call made detached from the runtime (other
/// threads run meanwhile, as CPython releases the GIL); interrupted by a
/// signal, it runs the handlers and retries unless one raises (PEP 475).
pub(crate) fn retry_detached(mut call: impl FnMut() -> isize) -> PyResult<isize> {
    loop {
        let (r, err) = detached(|| {
            let r = call();
            (r, io::Error::last_os_error())
        });
        if r >= 0 {
            return Ok(r);
        }
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(os_error_from_io(&err, None));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

fn m_write(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("write", a, k, &["fd", "data"], 2)?;
    let fd = opt_int("write", &v[0], -1)?;
    let data = v[1].clone().unwrap_or_else(none);
    let b = crate::types::bytearray::bytes_like(&data)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", data.type_obj().name())))?;
    // SAFETY: `b` is a readable buffer of `b.len()` bytes, a copy owned here.
    let r = retry_detached(|| unsafe { libc::write(fd as libc::c_int, b.as_ptr().cast(), b.len()) })?;
    Ok(from_i64(r as i64))
}

fn m_lseek(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("lseek", a, k, &["fd", "position", "whence"], 3)?;
    let fd = opt_int("lseek", &v[0], -1)?;
    let pos = opt_int("lseek", &v[1], 0)?;
    let how = opt_int("lseek", &v[2], 0)?;
    // SAFETY: lseek on an integer descriptor has no memory-safety preconditions.
    let r = unsafe { libc::lseek(fd as libc::c_int, pos as libc::off_t, how as libc::c_int) };
    if r < 0 {
        return Err(last_error());
    }
    Ok(from_i64(r as i64))
}

fn m_isatty(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("isatty", a, k, &["fd"], 1)?;
    let fd = opt_int("isatty", &v[0], -1)?;
    // SAFETY: isatty on an integer descriptor has no memory-safety preconditions.
    Ok(bool_obj(unsafe { libc::isatty(fd as libc::c_int) } == 1))
}

fn m_device_encoding(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    parse_args("device_encoding", a, k, &["fd"], 1)?;
    Ok(none())
}

// ---- sys helpers os.py needs ----

fn m_getfsencoding(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_str("utf-8"))
}

fn m_audit(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // pyk has no sys.addaudithook, so no hook can be listening.
    if a.is_empty() {
        return Err(type_error("audit() missing 1 required positional argument: 'event'"));
    }
    Ok(none())
}

fn m_getfsencodeerrors(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_str("surrogateescape"))
}

/// Adds `sys.getfilesystemencoding` and `sys.getfilesystemencodeerrors`
/// (called by os.py at import) and `sys.audit` (os.walk and shutil call it)
/// to the sys dict `d`.
pub fn add_sys_functions(d: &Obj) {
    set_item_str(d, "audit", crate::types::function::new_builtin("audit", m_audit, none(), Some("sys")));
    set_item_str(d, "getfilesystemencoding", crate::types::function::new_builtin("getfilesystemencoding", m_getfsencoding, none(), Some("sys")));
    set_item_str(d, "getfilesystemencodeerrors", crate::types::function::new_builtin("getfilesystemencodeerrors", m_getfsencodeerrors, none(), Some("sys")));
}

fn environ_dict() -> PyResult {
    let d = crate::types::dict::new_dict();
    let dd = crate::types::dict::as_dict(&d).expect("dict");
    for (k, v) in std::env::vars_os() {
        dd.set(new_bytes(k.as_bytes()), new_bytes(v.as_bytes()))?;
    }
    Ok(d)
}


// ---- processes and descriptors (what subprocess needs) ----

/// The int arguments of a call, by name (CPython's messages for a missing one).
fn int_args(fname: &str, a: &[Obj], k: Option<&Obj>, names: &[&str], required: usize) -> PyResult<Vec<Option<i64>>> {
    let v = parse_args(fname, a, k, names, required)?;
    v.iter().map(|o| o.as_ref().map(|o| int_arg(fname, o)).transpose()).collect()
}

fn c_int(v: i64) -> PyResult<libc::c_int> {
    libc::c_int::try_from(v).map_err(|_| crate::error::overflow_error("signed integer is greater than maximum"))
}

/// Runs a blocking call detached from the runtime.
pub(crate) fn detached_call<R>(f: impl FnOnce() -> R) -> R {
    detached(f)
}

/// Runs a blocking call detached from the runtime.
fn detached<R>(f: impl FnOnce() -> R) -> R {
    crate::interp::detach();
    let r = f();
    crate::interp::attach();
    r
}

fn m_pipe(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("pipe", a, k)?;
    pipe_with(libc::O_CLOEXEC)
}

fn m_pipe2(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("pipe2", a, k, &["flags"], 1)?;
    pipe_with(c_int(v[0].unwrap_or(0))?)
}

fn pipe_with(flags: libc::c_int) -> PyResult {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } != 0 {
        return Err(last_error());
    }
    Ok(crate::types::tuple::new_tuple(vec![from_i64(fds[0] as i64), from_i64(fds[1] as i64)]))
}

/// `openpty()`: `(master_fd, slave_fd)` of a new pseudo-terminal, both
/// non-inheritable.
fn m_openpty(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("openpty", a, k)?;
    let (mut master, mut slave) = (0 as libc::c_int, 0 as libc::c_int);
    // SAFETY: the two out-pointers are valid; name, termios and winsize may be null.
    if unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) } != 0 {
        return Err(last_error());
    }
    for fd in [master, slave] {
        // SAFETY: fcntl on descriptors openpty just returned.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(crate::types::tuple::new_tuple(vec![from_i64(master as i64), from_i64(slave as i64)]))
}

/// `login_tty(fd)`: the tty becomes the controlling terminal and the
/// standard streams of this process, which leads a new session.
fn m_login_tty(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("login_tty", a, k, &["fd"], 1)?;
    let fd = c_int(v[0].unwrap_or(-1))?;
    // SAFETY: login_tty acts on a descriptor number; a bad one fails with errno.
    if unsafe { libc::login_tty(fd) } != 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn m_dup(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("dup", a, k, &["fd"], 1)?;
    // SAFETY: fcntl on an integer descriptor; an invalid one gives EBADF.
    let fd = unsafe { libc::fcntl(c_int(v[0].unwrap_or(-1))?, libc::F_DUPFD_CLOEXEC, 0) };
    if fd < 0 {
        return Err(last_error());
    }
    Ok(from_i64(fd as i64))
}

fn m_dup2(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("dup2", a, k, &["fd", "fd2", "inheritable"], 2)?;
    let fd = c_int(opt_int("dup2", &v[0], -1)?)?;
    let fd2 = c_int(opt_int("dup2", &v[1], -1)?)?;
    let inheritable = match &v[2] {
        Some(o) => crate::abstract_::is_true(o)?,
        None => true,
    };
    // SAFETY: dup2/dup3 on integer descriptors; invalid ones give EBADF.
    let r = unsafe { if inheritable || fd == fd2 { libc::dup2(fd, fd2) } else { libc::dup3(fd, fd2, libc::O_CLOEXEC) } };
    if r < 0 {
        return Err(last_error());
    }
    Ok(from_i64(r as i64))
}

fn fd_flag(fd: libc::c_int, get: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: F_GETFD/F_GETFL take no pointer argument.
    let f = unsafe { libc::fcntl(fd, get) };
    if f < 0 {
        return Err(last_error());
    }
    Ok(f)
}

fn set_fd_flag(fd: libc::c_int, get: libc::c_int, set: libc::c_int, bit: libc::c_int, on: bool) -> PyResult {
    let f = fd_flag(fd, get)?;
    let nf = if on { f | bit } else { f & !bit };
    // SAFETY: F_SETFD/F_SETFL take an int argument.
    if nf != f && unsafe { libc::fcntl(fd, set, nf) } < 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn m_get_inheritable(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("get_inheritable", a, k, &["fd"], 1)?;
    Ok(bool_obj(fd_flag(c_int(v[0].unwrap_or(-1))?, libc::F_GETFD)? & libc::FD_CLOEXEC == 0))
}

fn m_set_inheritable(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("set_inheritable", a, k, &["fd", "inheritable"], 2)?;
    set_fd_flag(c_int(v[0].unwrap_or(-1))?, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, v[1] == Some(0))
}

fn m_get_blocking(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("get_blocking", a, k, &["fd"], 1)?;
    Ok(bool_obj(fd_flag(c_int(v[0].unwrap_or(-1))?, libc::F_GETFL)? & libc::O_NONBLOCK == 0))
}

fn m_set_blocking(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("set_blocking", a, k, &["fd", "blocking"], 2)?;
    set_fd_flag(c_int(v[0].unwrap_or(-1))?, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, v[1] == Some(0))
}

/// `waitpid(pid, options)`: waits detached from the runtime; a Ctrl-C
/// during the wait raises KeyboardInterrupt, other interruptions retry.
fn m_waitpid(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("waitpid", a, k, &["pid", "options"], 2)?;
    let pid = libc::pid_t::try_from(v[0].unwrap_or(0)).map_err(|_| crate::error::overflow_error("signed integer is greater than maximum"))?;
    let options = c_int(v[1].unwrap_or(0))?;
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: `status` is a valid place for the wait status.
        let (r, err) = detached(|| {
            let r = unsafe { libc::waitpid(pid, &mut status, options) };
            (r, io::Error::last_os_error())
        });
        if r >= 0 {
            return Ok(crate::types::tuple::new_tuple(vec![from_i64(r as i64), from_i64(status as i64)]));
        }
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(os_error_from_io(&err, None));
        }
        crate::interp::handle_eval_breaker()?;
    }
}

fn status_arg(fname: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<libc::c_int> {
    let v = int_args(fname, a, k, &["status"], 1)?;
    c_int(v[0].unwrap_or(0))
}

fn m_waitstatus_to_exitcode(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let st = status_arg("waitstatus_to_exitcode", a, k)?;
    if libc::WIFEXITED(st) {
        return Ok(from_i64(libc::WEXITSTATUS(st) as i64));
    }
    if libc::WIFSIGNALED(st) {
        return Ok(from_i64(-(libc::WTERMSIG(st) as i64)));
    }
    if libc::WIFSTOPPED(st) {
        return Err(crate::error::value_error(format!("process stopped by delivery of signal {}", libc::WSTOPSIG(st))));
    }
    Err(crate::error::value_error(format!("invalid wait status: {st}")))
}

macro_rules! wait_macro {
    ($fn:ident, $name:literal, $mac:path, bool) => {
        fn $fn(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
            Ok(bool_obj($mac(status_arg($name, a, k)?)))
        }
    };
    ($fn:ident, $name:literal, $mac:path, int) => {
        fn $fn(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
            Ok(from_i64($mac(status_arg($name, a, k)?) as i64))
        }
    };
}
wait_macro!(m_wifexited, "WIFEXITED", libc::WIFEXITED, bool);
wait_macro!(m_wexitstatus, "WEXITSTATUS", libc::WEXITSTATUS, int);
wait_macro!(m_wifsignaled, "WIFSIGNALED", libc::WIFSIGNALED, bool);
wait_macro!(m_wtermsig, "WTERMSIG", libc::WTERMSIG, int);
wait_macro!(m_wifstopped, "WIFSTOPPED", libc::WIFSTOPPED, bool);
wait_macro!(m_wstopsig, "WSTOPSIG", libc::WSTOPSIG, int);
wait_macro!(m_wifcontinued, "WIFCONTINUED", libc::WIFCONTINUED, bool);
wait_macro!(m_wcoredump, "WCOREDUMP", libc::WCOREDUMP, bool);

fn m_killpg(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = int_args("killpg", a, k, &["pgid", "signal"], 2)?;
    // SAFETY: killpg has no memory-safety preconditions.
    if unsafe { libc::killpg(c_int(v[0].unwrap_or(0))?, c_int(v[1].unwrap_or(0))?) } != 0 {
        return Err(last_error());
    }
    Ok(none())
}

/// `system(command)`: the C library's, waited for detached from the runtime.
fn m_system(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = parse_args("system", a, k, &["command"], 1)?;
    let cmd = v[0].clone().unwrap_or_else(none);
    let bytes: Vec<u8> = if let Some(s) = as_str(&cmd) {
        s.as_bytes().to_vec()
    } else {
        let p = path_arg("system", &cmd)?;
        std::os::unix::ffi::OsStrExt::as_bytes(p.os.as_os_str()).to_vec()
    };
    let c = std::ffi::CString::new(bytes).map_err(|_| crate::error::value_error("embedded null byte"))?;
    // SAFETY: `c` is a NUL-terminated command string alive for the call.
    let r = detached(|| unsafe { libc::system(c.as_ptr()) });
    Ok(from_i64(r as i64))
}

pub fn make_module() -> PyResult {
    let m = crate::types::module::new_module("posix", Some("This module provides access to operating system functionality."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    set_item_str(&d, "__builtins__", crate::interp::builtins_module());
    set_item_str(&d, "__name__", new_str("posix"));
    let code = crate::frozen_code::module_code("posix", PRELUDE)?;
    let add = |name: &'static str, f: crate::types::typeobj::MethodFn| {
        set_item_str(&d, name, crate::types::function::new_builtin(name, f, none(), Some("posix")));
    };
    add("fspath", m_fspath);
    add("getcwd", m_getcwd);
    add("getcwdb", m_getcwdb);
    add("listdir", m_listdir);
    add("remove", m_remove);
    add("unlink", m_unlink);
    add("rmdir", m_rmdir);
    add("mkdir", m_mkdir);
    add("rename", m_rename);
    add("replace", m_replace);
    add("chdir", m_chdir);
    add("access", m_access);
    add("getpid", m_getpid);
    add("kill", m_kill);
    add("getppid", m_getppid);
    add("getuid", m_getuid);
    add("geteuid", m_geteuid);
    add("getgid", m_getgid);
    add("getegid", m_getegid);
    add("umask", m_umask);
    add("cpu_count", m_cpu_count);
    add("urandom", m_urandom);
    add("strerror", m_strerror);
    add("_exit", m_exit);
    add("putenv", m_putenv);
    add("unsetenv", m_unsetenv);
    add("open", m_open);
    add("close", m_close);
    add("read", m_read);
    add("write", m_write);
    add("lseek", m_lseek);
    add("isatty", m_isatty);
    add("device_encoding", m_device_encoding);
    add("pipe", m_pipe);
    add("openpty", m_openpty);
    add("login_tty", m_login_tty);
    add("pipe2", m_pipe2);
    add("dup", m_dup);
    add("dup2", m_dup2);
    add("get_inheritable", m_get_inheritable);
    add("set_inheritable", m_set_inheritable);
    add("get_blocking", m_get_blocking);
    add("set_blocking", m_set_blocking);
    add("waitpid", m_waitpid);
    add("waitstatus_to_exitcode", m_waitstatus_to_exitcode);
    add("WIFEXITED", m_wifexited);
    add("WEXITSTATUS", m_wexitstatus);
    add("WIFSIGNALED", m_wifsignaled);
    add("WTERMSIG", m_wtermsig);
    add("WIFSTOPPED", m_wifstopped);
    add("WSTOPSIG", m_wstopsig);
    add("WIFCONTINUED", m_wifcontinued);
    add("WCOREDUMP", m_wcoredump);
    add("killpg", m_killpg);
    add("system", m_system);
    crate::types::typeobj::ready(&DIR_STREAM_TYPE);
    add("_scandir_open", m_scandir_open);
    for (name, v) in [("WNOHANG", libc::WNOHANG), ("WUNTRACED", libc::WUNTRACED), ("WCONTINUED", libc::WCONTINUED)] {
        set_item_str(&d, name, from_i64(v as i64));
    }
    crate::eval::run_code(&code, &d, None)?;
    let cls = STAT_RESULT.get_type()?;
    set_item_str(&d, "stat_result", cls.clone());
    for (name, f) in [("stat", m_stat as crate::types::typeobj::MethodFn), ("lstat", m_lstat), ("fstat", m_fstat)] {
        set_item_str(&d, name, crate::types::function::new_builtin(name, f, cls.clone(), Some("posix")));
    }
    set_item_str(&d, "environ", environ_dict()?);
    set_item_str(&d, "error", crate::types::exceptions::OS_ERROR.as_obj());
    // The `*at` calls behind `dir_fd=` and fdopendir behind listdir(fd)/scandir(fd).
    let have = [
        "HAVE_EVENTFD",
        "HAVE_TIMERFD_CREATE",
        "HAVE_FACCESSAT",
        "HAVE_FCHDIR",
        "HAVE_FCHMOD",
        "HAVE_FCHMODAT",
        "HAVE_FCHOWN",
        "HAVE_FCHOWNAT",
        "HAVE_FEXECVE",
        "HAVE_FDOPENDIR",
        "HAVE_FPATHCONF",
        "HAVE_FSTATAT",
        "HAVE_FSTATVFS",
        "HAVE_FTRUNCATE",
        "HAVE_FUTIMENS",
        "HAVE_FUTIMES",
        "HAVE_FUTIMESAT",
        "HAVE_LINKAT",
        "HAVE_LCHOWN",
        "HAVE_LSTAT",
        "HAVE_LUTIMES",
        "HAVE_MEMFD_CREATE",
        "HAVE_MKDIRAT",
        "HAVE_MKFIFOAT",
        "HAVE_MKNODAT",
        "HAVE_OPENAT",
        "HAVE_READLINKAT",
        "HAVE_RENAMEAT",
        "HAVE_SYMLINKAT",
        "HAVE_UNLINKAT",
        "HAVE_UTIMENSAT",
        "HAVE_PTSNAME_R",
    ];
    set_item_str(&d, "_have_functions", crate::types::list::new_list(have.iter().map(|h| new_str(h)).collect()));
    let ints: &[(&str, i64)] = &[
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("EX_OK", 0),
        ("WNOHANG", libc::WNOHANG as i64),
    ];
    for (n, v) in ints {
        set_item_str(&d, n, from_i64(*v));
    }
    crate::posixfs::register(&d);
    crate::posixproc::register(&d);
    crate::posixext::register(&d);
    crate::posixspawn::register(&d);
    Ok(m)
}
