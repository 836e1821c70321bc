//! `posix_spawn` and `posix_spawnp` of `posix`: every argument is turned
//! into C data (argv, envp, file actions, attributes) before the C
//! library's call, which starts the child without running Python in it.

use std::ffi::CString;
use std::os::unix::ffi::OsStringExt;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::Obj;
use crate::posixmod::{parse_args, path_arg};
use crate::posixproc::{c_string, envp_arg, ptrs};
use crate::types::int::{as_i64, from_i64, is_int};
use crate::types::{is_none, none};

extern "C" {
    /// The C library's environment (what putenv/setenv change).
    static environ: *const *const libc::c_char;
}

/// One file action, its strings owned here until the spawn is done.
enum Action {
    Open(libc::c_int, CString, libc::c_int, libc::mode_t),
    Close(libc::c_int),
    Dup2(libc::c_int, libc::c_int),
    CloseFrom(libc::c_int),
}

const OPEN: i64 = 0;
const CLOSE: i64 = 1;
const DUP2: i64 = 2;
const CLOSEFROM: i64 = 3;

fn c_int_item(tag: &str, o: &Obj) -> PyResult<libc::c_int> {
    if !is_int(o) {
        return Err(type_error(format!("{tag}() argument must be int, not {}", o.type_obj().name())));
    }
    let v = as_i64(o).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))?;
    libc::c_int::try_from(v).map_err(|_| crate::error::overflow_error(if v < 0 { "signed integer is less than minimum" } else { "signed integer is greater than maximum" }))
}

fn arity(tag: &str, items: &[Obj], n: usize) -> PyResult<()> {
    if items.len() != n {
        return Err(type_error(format!("{tag} expected {} arguments, got {}", n - 1, items.len() - 1)));
    }
    Ok(())
}

fn file_actions(o: &Option<Obj>) -> PyResult<Vec<Action>> {
    let Some(o) = o.as_ref().filter(|o| !is_none(o)) else { return Ok(Vec::new()) };
    if o.type_obj().iter.is_none() && o.type_obj().getitem.is_none() {
        return Err(type_error("file_actions must be a sequence or None"));
    }
    let mut out = Vec::new();
    for fa in crate::abstract_::collect(o)? {
        let items = match crate::types::tuple::as_tuple(&fa) {
            Some(t) => t.to_vec(),
            None if crate::types::list::as_list(&fa).is_some() => crate::abstract_::collect(&fa)?,
            None => return Err(type_error("Each file_actions element must be a non-empty tuple")),
        };
        let Some(first) = items.first() else { return Err(type_error("Each file_actions element must be a non-empty tuple")) };
        if !is_int(first) {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", first.type_obj().name())));
        }
        match as_i64(first) {
            Some(OPEN) => {
                arity("POSIX_SPAWN_OPEN", &items, 5)?;
                let fd = c_int_item("POSIX_SPAWN_OPEN", &items[1])?;
                let p = path_arg("posix_spawn", &items[2])?;
                let c = CString::new(p.os.into_vec()).map_err(|_| value_error("posix_spawn: embedded null character in path"))?;
                let flags = c_int_item("POSIX_SPAWN_OPEN", &items[3])?;
                let mode = c_int_item("POSIX_SPAWN_OPEN", &items[4])?;
                out.push(Action::Open(fd, c, flags, mode as libc::mode_t));
            }
            Some(CLOSE) => {
                arity("POSIX_SPAWN_CLOSE", &items, 2)?;
                out.push(Action::Close(c_int_item("POSIX_SPAWN_CLOSE", &items[1])?));
            }
            Some(DUP2) => {
                arity("POSIX_SPAWN_DUP2", &items, 3)?;
                out.push(Action::Dup2(c_int_item("POSIX_SPAWN_DUP2", &items[1])?, c_int_item("POSIX_SPAWN_DUP2", &items[2])?));
            }
            Some(CLOSEFROM) => {
                arity("POSIX_SPAWN_CLOSEFROM", &items, 2)?;
                out.push(Action::CloseFrom(c_int_item("POSIX_SPAWN_CLOSEFROM", &items[1])?));
            }
            _ => return Err(type_error("Unknown file_actions identifier")),
        }
    }
    Ok(out)
}

/// A set of signals from an iterable of signal numbers.
fn sigset(o: &Obj) -> PyResult<libc::sigset_t> {
    // SAFETY: sigset_t is plain data; sigemptyset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to the set.
    unsafe { libc::sigemptyset(&mut set) };
    let it = crate::abstract_::iter(o)?;
    let nsig = libc::SIGRTMAX() as i64 + 1;
    while let Some(s) = crate::abstract_::next(&it)? {
        let i = crate::abstract_::index(&s)?;
        let n = as_i64(&i).unwrap_or(i64::MAX);
        if n <= 0 || n >= nsig {
            return Err(value_error(format!("signal number {n} out of range [1; {}]", nsig - 1)));
        }
        // SAFETY: a valid set and a signal number in range.
        unsafe { libc::sigaddset(&mut set, n as libc::c_int) };
    }
    Ok(set)
}

fn spawn(fname: &str, search_path: bool, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, _) = crate::builtins::split_kwargs(a, k);
    if pos.len() > 3 {
        return Err(type_error(format!("{fname}() takes exactly 3 positional arguments ({} given)", pos.len())));
    }
    let names = ["path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid", "setsigmask", "setsigdef", "scheduler"];
    let v = parse_args(fname, a, k, &names, 3)?;
    for (i, n) in names.iter().enumerate().take(3) {
        if pos.len() <= i && v[i].is_some() {
            return Err(type_error(format!("{fname}() got some positional-only arguments passed as keyword arguments: '{n}'")));
        }
    }
    let path_obj = v[0].clone().unwrap_or_else(none);
    let p = path_arg(fname, &path_obj)?;
    let c_path = CString::new(p.os.clone().into_vec()).map_err(|_| value_error(format!("{fname}: embedded null character in path")))?;
    let argv_obj = v[1].clone().unwrap_or_else(none);
    let items = if let Some(t) = crate::types::tuple::as_tuple(&argv_obj) {
        t.to_vec()
    } else if crate::types::list::as_list(&argv_obj).is_some() {
        crate::abstract_::collect(&argv_obj)?
    } else {
        return Err(type_error(format!("{fname}: argv must be a tuple or list")));
    };
    if items.is_empty() {
        return Err(value_error(format!("{fname}: argv must not be empty")));
    }
    let argv = items.iter().map(|x| c_string(fname, x)).collect::<PyResult<Vec<_>>>()?;
    if argv[0].as_bytes().is_empty() {
        return Err(value_error(format!("{fname}: argv first element cannot be empty")));
    }
    // None: the process's own environment (os.environ writes through putenv).
    let env_obj = v[2].clone().unwrap_or_else(none);
    let envp = if is_none(&env_obj) { None } else { Some(envp_arg(fname, &env_obj)?) };
    let actions = file_actions(&v[3])?;
    let mut flags: libc::c_int = 0;
    let setpgroup = match v[4].as_ref().filter(|o| !is_none(o)) {
        Some(o) => {
            if !is_int(o) {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", o.type_obj().name())));
            }
            flags |= libc::POSIX_SPAWN_SETPGROUP as libc::c_int;
            Some(crate::posixmod::int_arg(fname, o)? as libc::pid_t)
        }
        None => None,
    };
    let truth = |o: &Option<Obj>| -> PyResult<bool> { o.as_ref().map_or(Ok(false), crate::abstract_::is_true) };
    if truth(&v[5])? {
        flags |= libc::POSIX_SPAWN_RESETIDS as libc::c_int;
    }
    if truth(&v[6])? {
        flags |= libc::POSIX_SPAWN_SETSID as libc::c_int;
    }
    let mask = match v[7].as_ref() {
        Some(o) => {
            flags |= libc::POSIX_SPAWN_SETSIGMASK as libc::c_int;
            Some(sigset(o)?)
        }
        None => None,
    };
    let sigdef = match v[8].as_ref() {
        Some(o) => {
            flags |= libc::POSIX_SPAWN_SETSIGDEF as libc::c_int;
            Some(sigset(o)?)
        }
        None => None,
    };
    let sched = match v[9].as_ref().filter(|o| !is_none(o)) {
        Some(o) => {
            let t = crate::types::tuple::as_tuple(o).filter(|t| t.len() == 2).ok_or_else(|| type_error(format!("{fname}: scheduler must be a tuple or None")))?;
            let policy = if is_none(&t[0]) {
                None
            } else {
                flags |= libc::POSIX_SPAWN_SETSCHEDULER as libc::c_int;
                Some(crate::posixmod::int_arg(fname, &t[0])? as libc::c_int)
            };
            flags |= libc::POSIX_SPAWN_SETSCHEDPARAM as libc::c_int;
            if t[1].type_obj().name() != "sched_param" {
                return Err(type_error(format!("{fname}: scheduler must be a tuple or None")));
            }
            let prio = crate::abstract_::getitem(&t[1], &from_i64(0))?;
            Some((policy, libc::sched_param { sched_priority: crate::posixmod::int_arg(fname, &prio)? as libc::c_int }))
        }
        None => None,
    };

    // SAFETY: both structures are initialised by their init calls below
    // and destroyed before returning; every pointer handed to the C
    // library (paths, argv, envp, sets) outlives the spawn call.
    unsafe {
        let mut fa: libc::posix_spawn_file_actions_t = std::mem::zeroed();
        let mut at: libc::posix_spawnattr_t = std::mem::zeroed();
        libc::posix_spawn_file_actions_init(&mut fa);
        libc::posix_spawnattr_init(&mut at);
        let mut err = 0;
        for act in &actions {
            let r = match act {
                Action::Open(fd, path, fl, mode) => libc::posix_spawn_file_actions_addopen(&mut fa, *fd, path.as_ptr(), *fl, *mode),
                Action::Close(fd) => libc::posix_spawn_file_actions_addclose(&mut fa, *fd),
                Action::Dup2(a, b) => libc::posix_spawn_file_actions_adddup2(&mut fa, *a, *b),
                Action::CloseFrom(fd) => libc::posix_spawn_file_actions_addclosefrom_np(&mut fa, *fd),
            };
            if r != 0 {
                err = r;
                break;
            }
        }
        if err == 0 {
            if let Some(g) = setpgroup {
                err = libc::posix_spawnattr_setpgroup(&mut at, g);
            }
        }
        if err == 0 {
            if let Some(m) = &mask {
                err = libc::posix_spawnattr_setsigmask(&mut at, m);
            }
        }
        if err == 0 {
            if let Some(d) = &sigdef {
                err = libc::posix_spawnattr_setsigdefault(&mut at, d);
            }
        }
        if err == 0 {
            if let Some((policy, param)) = &sched {
                if let Some(pol) = policy {
                    err = libc::posix_spawnattr_setschedpolicy(&mut at, *pol);
                }
                if err == 0 {
                    err = libc::posix_spawnattr_setschedparam(&mut at, param);
                }
            }
        }
        if err == 0 {
            err = libc::posix_spawnattr_setflags(&mut at, flags as libc::c_short);
        }
        let mut pid: libc::pid_t = 0;
        if err == 0 {
            let argv_p = ptrs(&argv);
            let envp_p = match &envp {
                Some(e) => ptrs(e),
                None => Vec::new(),
            };
            let envp_ptr = if envp.is_some() { envp_p.as_ptr() as *const *mut libc::c_char } else { environ as *const *mut libc::c_char };
            let call = if search_path { libc::posix_spawnp } else { libc::posix_spawn };
            err = call(&mut pid, c_path.as_ptr(), &fa, &at, argv_p.as_ptr() as *const *mut libc::c_char, envp_ptr);
        }
        libc::posix_spawn_file_actions_destroy(&mut fa);
        libc::posix_spawnattr_destroy(&mut at);
        if err != 0 {
            return Err(spawn_error(err, &path_obj));
        }
        Ok(from_i64(pid as i64))
    }
}

/// The OSError of a failed spawn, with the path as its filename.
fn spawn_error(code: i32, path: &Obj) -> PyErr {
    let args = [from_i64(code as i64), crate::posixmod::strerror_obj(code), path.clone()];
    match crate::abstract_::call(&crate::types::exceptions::OS_ERROR.as_obj(), &args, None) {
        Ok(exc) => PyErr(exc),
        Err(err) => err,
    }
}

fn m_posix_spawn(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    spawn("posix_spawn", false, a, k)
}

fn m_posix_spawnp(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    spawn("posix_spawnp", true, a, k)
}

/// Adds the spawn functions and their file-action constants.
pub fn register(d: &Obj) {
    let set = crate::types::dict::set_item_str;
    set(d, "posix_spawn", crate::types::function::new_builtin("posix_spawn", m_posix_spawn, none(), Some("posix")));
    set(d, "posix_spawnp", crate::types::function::new_builtin("posix_spawnp", m_posix_spawnp, none(), Some("posix")));
    for (n, v) in [("POSIX_SPAWN_OPEN", OPEN), ("POSIX_SPAWN_CLOSE", CLOSE), ("POSIX_SPAWN_DUP2", DUP2), ("POSIX_SPAWN_CLOSEFROM", CLOSEFROM)] {
        set(d, n, from_i64(v));
    }
}
