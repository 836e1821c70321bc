//! `pwd`, `grp` and `resource`: the password and group databases and the
//! process resource limits, over the C library (getpwuid_r, getgrnam_r,
//! getrlimit...). Their result types are struct sequences made in Python
//! (`pwd.struct_passwd(pw_name=..., ...)`).

use std::ffi::{CStr, CString};

use pyk_sdk::prelude::*;

/// A struct-sequence class `module.name` with these fields, made in Python.
fn struct_seq(module: &str, name: &str, fields: &[&str]) -> PyResult<PyObj> {
    let src = format!(
        r#"
class {name}(tuple):
    __module__ = {module:?}
    n_sequence_fields = n_fields = {n}
    n_unnamed_fields = 0
    __match_args__ = {fields:?}
    __slots__ = ()
    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != {n}:
            raise TypeError(f'{module}.{name}() takes a {n}-sequence ({{len(seq)}}-sequence given)')
        return tuple.__new__(cls, seq)
    def __repr__(self):
        return '{module}.{name}(' + ', '.join([f'{{k}}={{v!r}}' for k, v in zip(self.__match_args__, self)]) + ')'
    def __reduce__(self):
        return (type(self), (tuple(self),))
for _i, _f in enumerate({fields:?}):
    setattr({name}, _f, property(lambda self, _i=_i: self[_i]))
del _i, _f
"#,
        n = fields.len(),
        fields = fields.iter().map(|f| f.to_string()).collect::<Vec<_>>(),
    );
    let src = src.replace("[\"", "(\"").replace("\"]", "\")").replace('"', "'");
    let ns = pyk_sdk::types::builtin("dict")?.call(&[])?;
    ns.setitem(&PyObj::from("__name__"), &PyObj::from(module))?;
    ns.setitem(&PyObj::from("__builtins__"), &*pyk_sdk::types::import("builtins")?)?;
    pyk_sdk::types::builtin("exec")?.call(&[&PyObj::from(src.as_str()), &ns])?;
    ns.getitem(&PyObj::from(name))
}

/// A KeyError with `msg` (pwd and grp raise these for unknown entries).
fn key_error(msg: &str) -> PyErr {
    crate::sysutil::builtin_exc("KeyError", &[&PyObj::from(msg)])
}

fn cstr(p: *const libc::c_char) -> PyObj {
    if p.is_null() {
        return PyObj::from("");
    }
    // SAFETY: the C library returned a NUL-terminated string in the buffer
    // passed to the *_r call, alive for this call.
    PyObj::from(unsafe { CStr::from_ptr(p) }.to_string_lossy().as_ref())
}

// ---- pwd ----

const PWD_FIELDS: &[&str] = &["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"];

fn passwd_obj(module: &PyAny, p: &libc::passwd) -> PyResult<PyObj> {
    let items = [cstr(p.pw_name), cstr(p.pw_passwd), PyObj::from(p.pw_uid as i64), PyObj::from(p.pw_gid as i64), cstr(p.pw_gecos), cstr(p.pw_dir), cstr(p.pw_shell)];
    let refs: Vec<&PyAny> = items.iter().map(|x| &**x).collect();
    module.getattr("struct_passwd")?.call(&[&*tuple_of(&refs)?])
}

/// Runs a get*_r lookup (passwd or group) with a growing buffer; None
/// when there is no entry. The returned buffer backs the entry's strings.
/// The C database entries `lookup` fills: plain data, valid when zeroed.
trait CEntry {}
impl CEntry for libc::passwd {}
impl CEntry for libc::group {}

fn lookup<T: CEntry>(f: impl Fn(*mut T, *mut libc::c_char, usize, *mut *mut T) -> libc::c_int) -> PyResult<Option<(T, Vec<libc::c_char>)>> {
    let mut size = 1024;
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        // SAFETY: T is passwd or group (CEntry): plain C data, valid zeroed, that the call fills.
        let mut entry: T = unsafe { std::mem::zeroed() };
        let mut out: *mut T = std::ptr::null_mut();
        let r = f(&mut entry, buf.as_mut_ptr(), size, &mut out);
        if r == libc::ERANGE && size < 1 << 20 {
            size *= 4;
            continue;
        }
        if r != 0 {
            return Err(crate::sysutil::os_error(r));
        }
        if out.is_null() {
            return Ok(None);
        }
        return Ok(Some((entry, buf)));
    }
}

/// CPython's uid/gid converter: an integer (or `__index__`), -1 for
/// "no id", else in 0..2**32-1, with its messages.
fn id_arg(o: &PyAny, what: &str) -> PyResult<u32> {
    if !o.is_int() && o.getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("{what} should be integer, not {}", o.type_name()?)));
    }
    let v = if o.is_int() { o.to_owned() } else { pyk_sdk::types::builtin("int")?.call(&[o])? };
    let negative = v.compare(&PyObj::from(0i64), 0)?;
    let too = |neg: bool| PyErr::overflow_error(format!("{what} is {} {}", if neg { "less than" } else { "greater than" }, if neg { "minimum" } else { "maximum" }));
    let Ok(i) = v.to_i64() else { return Err(too(negative)) };
    if i == -1 {
        return Ok(u32::MAX);
    }
    u32::try_from(i).ok().filter(|&u| u != u32::MAX).ok_or_else(|| too(i < 0))
}

fn getpwuid(args: Args) -> PyResult<PyObj> {
    let uid_obj = args.one()?;
    let uid_t = match id_arg(uid_obj, "uid") {
        Ok(u) => u,
        Err(e) if e.matches(ExcKind::OverflowError) => return Err(key_error("getpwuid(): uid not found")),
        Err(e) => return Err(e),
    };
    let uid = uid_obj.to_i64().unwrap_or(-1);
    let not_found = || key_error(&format!("getpwuid(): uid not found: {uid}"));
    // SAFETY: the arguments come from lookup's live buffers.
    let r = lookup(|pw, b, n, out| unsafe { libc::getpwuid_r(uid_t, pw, b, n, out) })?;
    match r {
        Some((pw, _buf)) => passwd_obj(args.slf(), &pw),
        None => Err(not_found()),
    }
}

fn getpwnam(args: Args) -> PyResult<PyObj> {
    let name = args.one()?;
    let s = name.as_str().map_err(|_| PyErr::type_error(format!("getpwnam() argument must be str, not {}", name.type_name().unwrap_or_default())))?;
    let not_found = || key_error(&format!("getpwnam(): name not found: {s:?}").replace('"', "'"));
    let Ok(c) = CString::new(s) else { return Err(PyErr::value_error("embedded null character")) };
    // SAFETY: the arguments come from lookup's live buffers and a NUL-terminated name.
    let r = lookup(|pw, b, n, out| unsafe { libc::getpwnam_r(c.as_ptr(), pw, b, n, out) })?;
    match r {
        Some((pw, _buf)) => passwd_obj(args.slf(), &pw),
        None => Err(not_found()),
    }
}

fn getpwall(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let out = list_of(&[])?;
    // SAFETY: setpwent/getpwent/endpwent iterate the database; each entry is
    // copied out before the next call. Not thread-safe in C, as in CPython.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.list_append(&*passwd_obj(args.slf(), &*p)?)?;
        }
        libc::endpwent();
    }
    Ok(out)
}

static PWD_FUNCS: &[NativeFnDef] = &[
    native_fn!("pwd", "getpwuid", getpwuid, "Look a user up by numeric uid."),
    native_fn!("pwd", "getpwnam", getpwnam, "Look a user up by login name."),
    native_fn!("pwd", "getpwall", getpwall, "List every entry of the password database, in no set order."),
];

pub fn create_pwd() -> PyResult<PyObj> {
    let st = struct_seq("pwd", "struct_passwd", PWD_FIELDS)?;
    ModuleBuilder::new("pwd", "Reading the Unix user account database.")?.functions(PWD_FUNCS)?.object("struct_passwd", &st)?.finish()
}

// ---- grp ----

const GRP_FIELDS: &[&str] = &["gr_name", "gr_passwd", "gr_gid", "gr_mem"];

fn group_obj(module: &PyAny, g: &libc::group) -> PyResult<PyObj> {
    let mem = list_of(&[])?;
    let mut p = g.gr_mem;
    // SAFETY: gr_mem is a NULL-terminated array of NUL-terminated strings in
    // the call's buffer.
    unsafe {
        while !p.is_null() && !(*p).is_null() {
            mem.list_append(&cstr(*p))?;
            p = p.add(1);
        }
    }
    let items = [cstr(g.gr_name), cstr(g.gr_passwd), PyObj::from(g.gr_gid as i64), mem];
    let refs: Vec<&PyAny> = items.iter().map(|x| &**x).collect();
    module.getattr("struct_group")?.call(&[&*tuple_of(&refs)?])
}

fn getgrgid(args: Args) -> PyResult<PyObj> {
    let gid_obj = args.one()?;
    let gid_t = id_arg(gid_obj, "gid")?;
    let gid = gid_obj.to_i64().unwrap_or(-1);
    let not_found = || key_error(&format!("getgrgid(): gid not found: {gid}"));
    // SAFETY: the arguments come from lookup's live buffers.
    match lookup(|g, b, n, out| unsafe { libc::getgrgid_r(gid_t, g, b, n, out) })? {
        Some((g, _buf)) => group_obj(args.slf(), &g),
        None => Err(not_found()),
    }
}

fn getgrnam(args: Args) -> PyResult<PyObj> {
    let name = args.one()?;
    let s = name.as_str().map_err(|_| PyErr::type_error(format!("getgrnam() argument must be str, not {}", name.type_name().unwrap_or_default())))?;
    let not_found = || key_error(&format!("getgrnam(): name not found: {s:?}").replace('"', "'"));
    let Ok(c) = CString::new(s) else { return Err(PyErr::value_error("embedded null character")) };
    // SAFETY: the arguments come from lookup's live buffers and a NUL-terminated name.
    match lookup(|g, b, n, out| unsafe { libc::getgrnam_r(c.as_ptr(), g, b, n, out) })? {
        Some((g, _buf)) => group_obj(args.slf(), &g),
        None => Err(not_found()),
    }
}

fn getgrall(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let out = list_of(&[])?;
    // SAFETY: as getpwall, over the group database.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            out.list_append(&*group_obj(args.slf(), &*g)?)?;
        }
        libc::endgrent();
    }
    Ok(out)
}

static GRP_FUNCS: &[NativeFnDef] = &[
    native_fn!("grp", "getgrgid", getgrgid, "Look a group up by its numeric id."),
    native_fn!("grp", "getgrnam", getgrnam, "Look a group up by name."),
    native_fn!("grp", "getgrall", getgrall, "List every entry of the group database, in no set order."),
];

pub fn create_grp() -> PyResult<PyObj> {
    let st = struct_seq("grp", "struct_group", GRP_FIELDS)?;
    ModuleBuilder::new("grp", "Reading the Unix group database.")?.functions(GRP_FUNCS)?.object("struct_group", &st)?.finish()
}

// ---- resource ----

const RUSAGE_FIELDS: &[&str] = &[
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
    "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
];

const RLIMITS: &[(&str, i64)] = &[
    ("RLIMIT_CPU", libc::RLIMIT_CPU as i64),
    ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE as i64),
    ("RLIMIT_DATA", libc::RLIMIT_DATA as i64),
    ("RLIMIT_STACK", libc::RLIMIT_STACK as i64),
    ("RLIMIT_CORE", libc::RLIMIT_CORE as i64),
    ("RLIMIT_RSS", libc::RLIMIT_RSS as i64),
    ("RLIMIT_NPROC", libc::RLIMIT_NPROC as i64),
    ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE as i64),
    ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK as i64),
    ("RLIMIT_AS", libc::RLIMIT_AS as i64),
    ("RLIMIT_LOCKS", libc::RLIMIT_LOCKS as i64),
    ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING as i64),
    ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE as i64),
    ("RLIMIT_NICE", libc::RLIMIT_NICE as i64),
    ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO as i64),
    ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME as i64),
];

fn resource_id(o: &PyAny) -> PyResult<libc::__rlimit_resource_t> {
    let r = o.to_i64()?;
    if r < 0 || r > libc::RLIMIT_RTTIME as i64 {
        return Err(PyErr::value_error("invalid resource specified"));
    }
    Ok(r as libc::__rlimit_resource_t)
}

fn rlim_obj(v: libc::rlim_t) -> PyObj {
    if v == libc::RLIM_INFINITY {
        PyObj::from(-1i64)
    } else {
        PyObj::from(v as i64)
    }
}

fn getrlimit(args: Args) -> PyResult<PyObj> {
    let r = resource_id(args.one()?)?;
    let mut l = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: a resource id and a valid out-pointer.
    if unsafe { libc::getrlimit(r, &mut l) } == -1 {
        return Err(crate::sysutil::last_error());
    }
    tuple_of(&[&rlim_obj(l.rlim_cur), &rlim_obj(l.rlim_max)])
}

fn setrlimit(args: Args) -> PyResult<()> {
    let [r, limits] = args.exact::<2>()?;
    let r = resource_id(r)?;
    let items = limits.iter_items().map_err(|_| PyErr::value_error("expected a tuple of 2 integers"))?;
    let [cur, max] = items.as_slice() else { return Err(PyErr::value_error("expected a tuple of 2 integers")) };
    let conv = |o: &PyAny| -> PyResult<libc::rlim_t> {
        let v = o.to_i64()?;
        Ok(if v < 0 { libc::RLIM_INFINITY } else { v as libc::rlim_t })
    };
    let l = libc::rlimit { rlim_cur: conv(cur)?, rlim_max: conv(max)? };
    // SAFETY: a resource id and a valid limits struct.
    if unsafe { libc::setrlimit(r, &l) } == -1 {
        let e = std::io::Error::last_os_error();
        return Err(match e.raw_os_error() {
            Some(libc::EINVAL) => PyErr::value_error("current limit exceeds maximum limit"),
            Some(libc::EPERM) => PyErr::value_error("not allowed to raise maximum limit"),
            _ => crate::sysutil::last_error(),
        });
    }
    Ok(())
}

fn getrusage(args: Args) -> PyResult<PyObj> {
    let who = args.one()?.to_i64()? as libc::c_int;
    // SAFETY: rusage is plain data the call fills.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a who value and a valid out-pointer.
    if unsafe { libc::getrusage(who, &mut u) } == -1 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EINVAL) {
            return Err(PyErr::value_error("invalid who parameter"));
        }
        return Err(crate::sysutil::last_error());
    }
    let tv = |t: libc::timeval| PyObj::from(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let items = [
        tv(u.ru_utime),
        tv(u.ru_stime),
        PyObj::from(u.ru_maxrss as i64),
        PyObj::from(u.ru_ixrss as i64),
        PyObj::from(u.ru_idrss as i64),
        PyObj::from(u.ru_isrss as i64),
        PyObj::from(u.ru_minflt as i64),
        PyObj::from(u.ru_majflt as i64),
        PyObj::from(u.ru_nswap as i64),
        PyObj::from(u.ru_inblock as i64),
        PyObj::from(u.ru_oublock as i64),
        PyObj::from(u.ru_msgsnd as i64),
        PyObj::from(u.ru_msgrcv as i64),
        PyObj::from(u.ru_nsignals as i64),
        PyObj::from(u.ru_nvcsw as i64),
        PyObj::from(u.ru_nivcsw as i64),
    ];
    let refs: Vec<&PyAny> = items.iter().map(|x| &**x).collect();
    args.slf().getattr("struct_rusage")?.call(&[&*tuple_of(&refs)?])
}

fn getpagesize(args: Args) -> PyResult<i64> {
    args.none()?;
    // SAFETY: sysconf of a constant name.
    Ok(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64)
}

static RESOURCE_FUNCS: &[NativeFnDef] = &[
    native_fn!("resource", "getrlimit", getrlimit, ""),
    native_fn!("resource", "setrlimit", setrlimit, ""),
    native_fn!("resource", "getrusage", getrusage, ""),
    native_fn!("resource", "getpagesize", getpagesize, ""),
];

pub fn create_resource() -> PyResult<PyObj> {
    let st = struct_seq("resource", "struct_rusage", RUSAGE_FIELDS)?;
    let mut b = ModuleBuilder::new("resource", "")?.functions(RESOURCE_FUNCS)?.object("struct_rusage", &st)?;
    for (n, v) in RLIMITS {
        b = b.constant(n, *v)?;
    }
    b = b.constant("RLIM_INFINITY", -1i64)?;
    b = b.constant("RUSAGE_SELF", libc::RUSAGE_SELF as i64)?;
    b = b.constant("RUSAGE_CHILDREN", libc::RUSAGE_CHILDREN as i64)?;
    b = b.constant("RUSAGE_THREAD", libc::RUSAGE_THREAD as i64)?;
    b = b.object("error", &*pyk_sdk::types::builtin("OSError")?)?;
    b.finish()
}
