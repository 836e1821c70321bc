//! `_stat`: the file mode constants and tests of `stat`, in native code
//! (`stat.py` takes its names from here when the module exists), with
//! CPython's mode conversion: an int that fits `mode_t`.

use pyk_sdk::prelude::*;

/// Linux values of the constants (the flags of other systems included, as
/// CPython defines them everywhere).
const CONSTANTS: &[(&str, i64)] = &[
    ("SF_APPEND", 0o1000000),
    ("SF_ARCHIVED", 0o200000),
    ("SF_DATALESS", 0o10000000000),
    ("SF_FIRMLINK", 0o40000000),
    ("SF_IMMUTABLE", 0o400000),
    ("SF_NOUNLINK", 0o4000000),
    ("SF_SETTABLE", 0o37777600000),
    ("SF_SNAPSHOT", 0o10000000),
    ("ST_ATIME", 0o7),
    ("ST_CTIME", 0o11),
    ("ST_DEV", 0o2),
    ("ST_GID", 0o5),
    ("ST_INO", 0o1),
    ("ST_MODE", 0o0),
    ("ST_MTIME", 0o10),
    ("ST_NLINK", 0o3),
    ("ST_SIZE", 0o6),
    ("ST_UID", 0o4),
    ("S_ENFMT", 0o2000),
    ("S_IEXEC", 0o100),
    ("S_IFBLK", 0o60000),
    ("S_IFCHR", 0o20000),
    ("S_IFDIR", 0o40000),
    ("S_IFDOOR", 0o0),
    ("S_IFIFO", 0o10000),
    ("S_IFLNK", 0o120000),
    ("S_IFPORT", 0o0),
    ("S_IFREG", 0o100000),
    ("S_IFSOCK", 0o140000),
    ("S_IFWHT", 0o0),
    ("S_IREAD", 0o400),
    ("S_IRGRP", 0o40),
    ("S_IROTH", 0o4),
    ("S_IRUSR", 0o400),
    ("S_IRWXG", 0o70),
    ("S_IRWXO", 0o7),
    ("S_IRWXU", 0o700),
    ("S_ISGID", 0o2000),
    ("S_ISUID", 0o4000),
    ("S_ISVTX", 0o1000),
    ("S_IWGRP", 0o20),
    ("S_IWOTH", 0o2),
    ("S_IWRITE", 0o200),
    ("S_IWUSR", 0o200),
    ("S_IXGRP", 0o10),
    ("S_IXOTH", 0o1),
    ("S_IXUSR", 0o100),
    ("UF_APPEND", 0o4),
    ("UF_COMPRESSED", 0o40),
    ("UF_DATAVAULT", 0o200),
    ("UF_HIDDEN", 0o100000),
    ("UF_IMMUTABLE", 0o2),
    ("UF_NODUMP", 0o1),
    ("UF_NOUNLINK", 0o20),
    ("UF_OPAQUE", 0o10),
    ("UF_SETTABLE", 0o177777),
    ("UF_TRACKED", 0o100),
];

const S_IFMT: u32 = 0o170000;

/// A mode argument: an int (no `__index__`) that fits `mode_t`.
fn mode_of(o: &PyAny) -> PyResult<u32> {
    if !o.is_int() {
        return Err(PyErr::type_error("an integer is required"));
    }
    let v = o.to_i64()?;
    if v < 0 {
        return Err(PyErr::overflow_error("can't convert negative value to unsigned int"));
    }
    u32::try_from(v).map_err(|_| PyErr::overflow_error("mode out of range"))
}

fn one_mode(args: &Args) -> PyResult<u32> {
    let [m] = args.exact()?;
    mode_of(m)
}

macro_rules! is_kind {
    ($f:ident, $kind:expr) => {
        fn $f(args: Args) -> PyResult<PyObj> {
            Ok(PyObj::from(one_mode(&args)? & S_IFMT == $kind))
        }
    };
}

is_kind!(s_isdir, 0o040000);
is_kind!(s_ischr, 0o020000);
is_kind!(s_isblk, 0o060000);
is_kind!(s_isreg, 0o100000);
is_kind!(s_isfifo, 0o010000);
is_kind!(s_islnk, 0o120000);
is_kind!(s_issock, 0o140000);

/// Doors and event ports exist only on Solaris, whiteouts only on BSD.
fn s_never(args: Args) -> PyResult<PyObj> {
    one_mode(&args)?;
    Ok(PyObj::from(false))
}

fn s_imode(args: Args) -> PyResult<PyObj> {
    Ok(PyObj::from((one_mode(&args)? & 0o7777) as i64))
}

fn s_ifmt(args: Args) -> PyResult<PyObj> {
    Ok(PyObj::from((one_mode(&args)? & S_IFMT) as i64))
}

/// `filemode(mode)`: the `ls -l` form, as `-rwxr-xr-x`.
fn filemode(args: Args) -> PyResult<String> {
    let m = one_mode(&args)?;
    let kind = match m & S_IFMT {
        0o100000 => '-',
        0o040000 => 'd',
        0o120000 => 'l',
        0o140000 => 's',
        0o010000 => 'p',
        0o060000 => 'b',
        0o020000 => 'c',
        _ => '?',
    };
    let mut s = String::with_capacity(10);
    s.push(kind);
    // (read, write, execute, special bit, special letter) for user, group, other.
    for (shift, special, letter) in [(6, 0o4000, 's'), (3, 0o2000, 's'), (0, 0o1000, 't')] {
        let bits = (m >> shift) & 7;
        s.push(if bits & 4 != 0 { 'r' } else { '-' });
        s.push(if bits & 2 != 0 { 'w' } else { '-' });
        let exec = bits & 1 != 0;
        s.push(match (m & special != 0, exec) {
            (true, true) => letter,
            (true, false) => letter.to_ascii_uppercase(),
            (false, true) => 'x',
            (false, false) => '-',
        });
    }
    Ok(s)
}

static FUNCS: &[NativeFnDef] = &[
    native_fn!("_stat", "S_ISDIR", s_isdir, "S_ISDIR(mode) -> bool\n\nTrue for a directory's mode."),
    native_fn!("_stat", "S_ISCHR", s_ischr, "S_ISCHR(mode) -> bool\n\nTrue for a character device's mode."),
    native_fn!("_stat", "S_ISBLK", s_isblk, "S_ISBLK(mode) -> bool\n\nTrue for a block device's mode."),
    native_fn!("_stat", "S_ISREG", s_isreg, "S_ISREG(mode) -> bool\n\nTrue for a regular file's mode."),
    native_fn!("_stat", "S_ISFIFO", s_isfifo, "S_ISFIFO(mode) -> bool\n\nTrue for a named pipe's mode."),
    native_fn!("_stat", "S_ISLNK", s_islnk, "S_ISLNK(mode) -> bool\n\nTrue for a symbolic link's mode."),
    native_fn!("_stat", "S_ISSOCK", s_issock, "S_ISSOCK(mode) -> bool\n\nTrue for a socket's mode."),
    native_fn!("_stat", "S_ISDOOR", s_never, "S_ISDOOR(mode) -> bool\n\nTrue for a door's mode (Solaris only: always False here)."),
    native_fn!("_stat", "S_ISPORT", s_never, "S_ISPORT(mode) -> bool\n\nTrue for an event port's mode (Solaris only: always False here)."),
    native_fn!("_stat", "S_ISWHT", s_never, "S_ISWHT(mode) -> bool\n\nTrue for a whiteout's mode (BSD only: always False here)."),
    native_fn!("_stat", "S_IMODE", s_imode, "Return the permission bits of mode (what os.chmod sets)."),
    native_fn!("_stat", "S_IFMT", s_ifmt, "Return the file type bits of mode."),
    native_fn!("_stat", "filemode", filemode, "Render a mode as ls does, e.g. '-rw-r--r--'"),
];

pub fn create() -> PyResult<PyObj> {
    let mut b = ModuleBuilder::new(
        "_stat",
        "Constants and tests for the st_mode field of os.stat() results: the file type\nbits (S_IFDIR, S_IFREG...), the permission bits (S_IRUSR...), the tests\nS_ISDIR(mode)... and filemode(mode), plus the st_flags values of BSD systems.",
    )?
    .functions(FUNCS)?;
    for &(name, value) in CONSTANTS {
        b = b.constant(name, value)?;
    }
    b.finish()
}
