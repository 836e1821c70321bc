//! `_imp`: what CPython's importlib needs from the interpreter — builtin
//! modules by name, the global import lock, and (pyk's own) compiling a
//! source file through pyk's `__pycache__`. pyk has no frozen modules and
//! loads no C extension modules (`extension_suffixes()` is empty), so the
//! frozen-module functions answer "none" the way CPython's do for a name
//! that is not frozen.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::error::{type_error, PyErr, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::function::new_builtin;
use crate::types::str::{as_str, new_str};

static MULTI_INTERP_OVERRIDE: AtomicI64 = AtomicI64::new(0);

pub fn make_module() -> PyResult<Obj> {
    let m = crate::types::module::new_module("_imp", Some("(Extremely) low-level import machinery bits as used by importlib."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("exec_builtin", exec_builtin),
        ("is_frozen", is_frozen),
        ("find_frozen", find_frozen),
        ("is_frozen_package", no_frozen),
        ("get_frozen_object", no_frozen),
        ("init_frozen", init_frozen),
        ("_frozen_module_names", frozen_module_names),
        ("extension_suffixes", extension_suffixes),
        ("acquire_lock", acquire_lock),
        ("release_lock", release_lock),
        ("lock_held", lock_held),
        ("_override_multi_interp_extensions_check", override_multi_interp),
        ("_override_frozen_modules_for_tests", override_frozen),
        ("_pyk_compile_file", pyk_compile_file),
    ];
    for (name, f) in funcs {
        set_item_str(&d, name, new_builtin(name, *f, crate::types::none(), Some("_imp")));
    }
    set_item_str(&d, "check_hash_based_pycs", new_str("default"));
    // The import lock: a re-entrant lock shared by every thread.
    let thread = crate::import::import_module("_thread")?;
    let rlock = crate::abstract_::call(&crate::abstract_::getattr_str(&thread, "RLock")?, &[], None)?;
    set_item_str(&d, "_lock", rlock);
    Ok(m)
}

fn one_str<'a>(a: &'a [Obj], what: &str) -> PyResult<&'a str> {
    match a {
        [n] => as_str(n).ok_or_else(|| type_error(format!("{what}() argument must be str, not {}", n.type_obj().name()))),
        _ => Err(type_error(format!("{what}() takes exactly one argument ({} given)", a.len()))),
    }
}

/// True when `name` is a module compiled into pyk or provided by a
/// native-module component.
pub fn is_builtin_name(name: &str) -> bool {
    crate::interp::is_builtin_module_name(name)
}

fn is_builtin(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let name = one_str(a, "is_builtin")?;
    // -1: a builtin that cannot be initialised again (as CPython says for sys and builtins).
    let r = if matches!(name, "sys" | "builtins") {
        -1
    } else {
        is_builtin_name(name) as i64
    };
    Ok(crate::types::int::from_i64(r))
}

fn create_builtin(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [spec] = a else { return Err(type_error(format!("create_builtin() takes exactly one argument ({} given)", a.len()))) };
    let name_obj = crate::abstract_::getattr_str(spec, "name")?;
    let name = as_str(&name_obj).ok_or_else(|| type_error("spec.name must be a string"))?;
    if let Some(m) = crate::types::dict::get_str(&crate::interp::modules_dict(), &crate::types::str::intern(name)) {
        if crate::types::module::as_module(&m).is_some() && is_builtin_name(name) {
            return Ok(m);
        }
    }
    match crate::interp::builtin_module(name)? {
        Some(m) => Ok(m),
        None => Err(PyErr(crate::types::exceptions::new_exception(
            &crate::types::exceptions::IMPORT_ERROR,
            vec![new_str(&format!("no built-in module named {name}"))],
        ))),
    }
}

fn exec_builtin(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(0))
}

fn is_frozen(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    one_str(a, "is_frozen")?;
    Ok(crate::types::bool_obj(false))
}

fn find_frozen(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, _) = crate::builtins::split_kwargs(a, k);
    one_str(pos, "find_frozen")?;
    Ok(crate::types::none())
}

fn no_frozen(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let name = a.first().map(|n| crate::abstract_::repr_string(n).unwrap_or_default()).unwrap_or_default();
    Err(PyErr(crate::types::exceptions::new_exception(
        &crate::types::exceptions::IMPORT_ERROR,
        vec![new_str(&format!("No such frozen object named {name}"))],
    )))
}

fn init_frozen(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    one_str(a, "init_frozen")?;
    Ok(crate::types::none())
}

fn frozen_module_names(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::tuple::new_tuple(vec![]))
}

fn extension_suffixes(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::list::new_list(vec![]))
}

pub(crate) fn the_lock() -> PyResult<Obj> {
    let m = crate::import::import_module("_imp")?;
    crate::abstract_::getattr_str(&m, "_lock")
}

fn acquire_lock(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let l = the_lock()?;
    crate::abstract_::call(&crate::abstract_::getattr_str(&l, "acquire")?, &[], None)?;
    Ok(crate::types::none())
}

fn release_lock(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let l = the_lock()?;
    match crate::abstract_::call(&crate::abstract_::getattr_str(&l, "release")?, &[], None) {
        Ok(_) => Ok(crate::types::none()),
        Err(e) if e.is_instance(&crate::types::exceptions::RUNTIME_ERROR) => Err(crate::error::runtime_error("not holding the import lock")),
        Err(e) => Err(e),
    }
}

fn lock_held(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let l = the_lock()?;
    crate::abstract_::call(&crate::abstract_::getattr_str(&l, "_is_owned")?, &[], None)
}

fn override_multi_interp(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error("_override_multi_interp_extensions_check() takes exactly one argument")) };
    let n = crate::types::int::as_i64(v).ok_or_else(|| type_error("an integer is required"))?;
    Ok(crate::types::int::from_i64(MULTI_INTERP_OVERRIDE.swap(n, Ordering::Relaxed)))
}

/// `_imp._override_frozen_modules_for_tests(override)`: CPython's switch for
/// using frozen modules (>0 on, <0 off, 0 default). pyk freezes no module,
/// so every setting means the same and there is nothing to switch.
fn override_frozen(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error("_override_frozen_modules_for_tests() takes exactly one argument")) };
    crate::types::int::as_i64(v).ok_or_else(|| type_error("an integer is required"))?;
    Ok(crate::types::none())
}

/// `_imp._pyk_compile_file(path)`: the code of a source file, through pyk's
/// `__pycache__` (importlib's SourceLoader.get_code is routed here).
fn pyk_compile_file(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let path = one_str(a, "_pyk_compile_file")?;
    let p = std::path::Path::new(path);
    let bytes = std::fs::read(p).map_err(|e| crate::types::exceptions::os_error_from_io(&e, Some(path)))?;
    let source = crate::import::decode_source(&bytes, p)?;
    crate::import::compile_file_cached(p, &source)
}
