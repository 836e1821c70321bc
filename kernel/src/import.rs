//! The import system (first slice): `sys.modules`, builtin modules, native
//! modules from native-module components, and source files found on
//! `sys.path` (modules and regular packages), compiled through the parser
//! and compiler components.

use std::path::{Path, PathBuf};

use crate::abstract_ as ab;
use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::types::dict::{as_dict, get_str, set_item_str};
use crate::types::exceptions::{new_exception, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR};
use crate::types::module::{as_module, module_name, new_module};
use crate::types::str::{as_str, intern, new_str};

fn modules() -> Obj {
    crate::interp::modules_dict()
}

fn module_not_found(name: &str) -> PyErr {
    let e = new_exception(&MODULE_NOT_FOUND_ERROR, vec![new_str(&format!("No module named '{name}'"))]);
    PyErr(e)
}

/// Resolves a relative import to an absolute module name.
fn resolve_name(name: &str, globals: &Obj, level: i64) -> PyResult<String> {
    if level <= 0 {
        return Ok(name.to_string());
    }
    let package = get_str(globals, &intern("__package__"))
        .filter(|p| !crate::types::is_none(p))
        .and_then(|p| as_str(&p).map(str::to_owned));
    let package = match package {
        Some(p) => p,
        None => {
            let modname = get_str(globals, &intern("__name__")).and_then(|n| as_str(&n).map(str::to_owned)).unwrap_or_default();
            let is_pkg = get_str(globals, &intern("__path__")).is_some();
            if is_pkg { modname } else { modname.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default() }
        }
    };
    if package.is_empty() {
        return Err(crate::error::PyErr::new(&IMPORT_ERROR, "attempted relative import with no known parent package"));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() || parts.is_empty() {
            return Err(crate::error::PyErr::new(&IMPORT_ERROR, "attempted relative import beyond top-level package"));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// IMPORT_NAME: imports `name` and returns the top-level package (or the
/// module itself when `fromlist` is non-empty).
pub fn import_name(name: &Obj, globals: &Obj, fromlist: &Obj, level: i64) -> PyResult {
    let name = as_str(name).unwrap_or("");
    let abs = resolve_name(name, globals, level)?;
    let module = import_module(&abs)?;
    let has_fromlist = !crate::types::is_none(fromlist) && ab::is_true(fromlist)?;
    if has_fromlist {
        if as_module(&module).is_some() && get_str(&as_module(&module).expect("module").dict, &intern("__path__")).is_some() {
            for item in ab::collect(fromlist)? {
                let Some(n) = as_str(&item) else { continue };
                if n == "*" {
                    continue;
                }
                if ab::getattr(&module, &item).is_err() {
                    let sub = format!("{abs}.{n}");
                    match import_module(&sub) {
                        Ok(_) => {}
                        // Only the submodule itself being absent is ignored
                        // (import_from then says "cannot import name"); a
                        // module missing further down is the real error.
                        Err(e)
                            if e.is_instance(&MODULE_NOT_FOUND_ERROR)
                                && crate::types::exceptions::exc_str_string(&e.0).is_ok_and(|m| m.starts_with(&format!("No module named '{sub}'"))) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(module);
    }
    if level > 0 || !abs.contains('.') {
        if level > 0 {
            // `from . import x` style handled above; `import .x` is not valid syntax.
            return Ok(module);
        }
        return Ok(module);
    }
    let top = abs.split('.').next().unwrap_or(&abs);
    get_str(&modules(), &intern(top)).ok_or_else(|| module_not_found(top))
}

/// Imports a module by absolute dotted name.
pub fn import_module(abs: &str) -> PyResult {
    let key = intern(abs);
    if let Some(m) = get_str(&modules(), &key) {
        if crate::types::is_none(&m) {
            return Err(module_not_found(abs));
        }
        return Ok(m);
    }
    let (parent, child) = match abs.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, abs),
    };
    let search: Vec<PathBuf> = match parent {
        Some(p) => {
            let pm = import_module(p)?;
            // Importing the parent may have put the child in sys.modules
            // (os puts os.path there).
            if let Some(m) = get_str(&modules(), &key) {
                if !crate::types::is_none(&m) {
                    return Ok(m);
                }
            }
            let path = as_module(&pm).and_then(|m| get_str(&m.dict, &intern("__path__")));
            match path {
                Some(pl) => ab::collect(&pl)?.iter().filter_map(|x| as_str(x).map(PathBuf::from)).collect(),
                None => {
                    return Err(PyErr(new_exception(
                        &MODULE_NOT_FOUND_ERROR,
                        vec![new_str(&format!("No module named '{abs}'; '{p}' is not a package"))],
                    )))
                }
            }
        }
        None => {
            if let Some(m) = crate::interp::builtin_module(abs)? {
                as_dict(&modules()).expect("modules").set(key, m.clone())?;
                return Ok(m);
            }
            crate::interp::sys_path()
        }
    };
    for dir in &search {
        // The empty entry (`-c`, `-m`, the REPL) is the current directory,
        // and module paths made from it are absolute, as CPython's FileFinder makes them.
        let cwd;
        let dir = if dir.as_os_str().is_empty() {
            cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
            &cwd
        } else {
            dir
        };
        let pkg_init = dir.join(child).join("__init__.py");
        if pkg_init.is_file() {
            return load_source(abs, &pkg_init, Some(&dir.join(child)));
        }
        let file = dir.join(format!("{child}.py"));
        if file.is_file() {
            return load_source(abs, &file, None);
        }
    }
    let mut e = module_not_found(abs);
    if parent.is_none() && !crate::interp::has_stdlib() && crate::interp::is_stdlib_name(abs) {
        e = PyErr(new_exception(
            &MODULE_NOT_FOUND_ERROR,
            vec![new_str(&format!(
                "No module named '{abs}' (pyk found no CPython 3.13 standard library; looked in: {}; set PYK_STDLIB or pass --stdlib DIR)",
                crate::interp::stdlib_search_description()
            ))],
        ));
    }
    Err(e)
}

/// Cache tag of compiled files (`sys.implementation.cache_tag`).
pub const CACHE_TAG: &str = "pyk-313";
const CACHE_MAGIC: &[u8; 4] = b"PYKC";

/// `dir/__pycache__/name.pyk-313[.opt-N].pyc` for `dir/name.py`.
pub fn cache_path(source: &Path) -> Option<PathBuf> {
    let dir = source.parent()?;
    let stem = source.file_stem()?.to_string_lossy();
    let opt = match crate::interp::optimize_level() {
        0 => String::new(),
        n => format!(".opt-{n}"),
    };
    Some(dir.join("__pycache__").join(format!("{stem}.{CACHE_TAG}{opt}.pyc")))
}

/// Header that ties a cache file to its source: magic, code-format version,
/// source mtime (ns) and size.
fn cache_header(meta: &std::fs::Metadata) -> Vec<u8> {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut h = Vec::with_capacity(24);
    h.extend_from_slice(CACHE_MAGIC);
    h.extend_from_slice(&pyk_abi::code::CODE_VERSION.to_le_bytes());
    h.extend_from_slice(&mtime.to_le_bytes());
    h.extend_from_slice(&meta.len().to_le_bytes());
    h
}

/// The cached code for `source`, when the cache file is present, matches
/// the source and decodes; anything else is ignored (and rewritten later).
fn read_cache(source: &Path, header: &[u8]) -> Option<Obj> {
    let data = std::fs::read(cache_path(source)?).ok()?;
    if data.len() < header.len() || &data[..header.len()] != header {
        return None;
    }
    crate::interp::code_from_bytes(&data[header.len()..]).ok()
}

/// Writes the cache atomically (temporary file, then rename); failures are ignored.
fn write_cache(source: &Path, header: &[u8], code: &[u8]) {
    let Some(path) = cache_path(source) else { return };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("pyc.{}.tmp", std::process::id()));
    let mut bytes = header.to_vec();
    bytes.extend_from_slice(code);
    if std::fs::write(&tmp, &bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Compiles a source file through the `__pycache__` (read unless stale or
/// corrupt; written unless -B / PYTHONDONTWRITEBYTECODE).
pub fn compile_file_cached(path: &Path, source: &str) -> PyResult {
    let filename = path.to_string_lossy().into_owned();
    let meta = std::fs::metadata(path).ok();
    let header = meta.as_ref().map(cache_header);
    if let Some(h) = &header {
        if let Some(code) = read_cache(path, h) {
            return Ok(code);
        }
    }
    let bytes = crate::interp::compile_to_bytes(source, &filename, pyk_abi::component::Mode::Exec)?;
    let code = crate::interp::code_from_bytes(&bytes)?;
    if let Some(h) = &header {
        if !crate::interp::dont_write_bytecode() {
            write_cache(path, h, &bytes);
        }
    }
    Ok(code)
}

fn load_source(name: &str, path: &Path, pkg_dir: Option<&Path>) -> PyResult {
    let source = std::fs::read(path).map_err(|e| crate::types::exceptions::os_error_from_io(&e, Some(&path.display().to_string())))?;
    let source = String::from_utf8(source).map_err(|_| {
        crate::error::PyErr::new(&crate::types::exceptions::SYNTAX_ERROR, format!("(unicode error) file {} is not valid UTF-8", path.display()))
    })?;
    let filename = path.to_string_lossy().into_owned();
    let code = compile_file_cached(path, &source)?;
    let m = new_module(name, None);
    let d = as_module(&m).expect("module").dict.clone();
    set_item_str(&d, "__file__", new_str(&filename));
    set_item_str(
        &d,
        "__cached__",
        cache_path(path).map(|p| new_str(&p.to_string_lossy())).unwrap_or_else(crate::types::none),
    );
    set_item_str(&d, "__builtins__", crate::interp::builtins_module());
    match pkg_dir {
        Some(dir) => {
            set_item_str(&d, "__path__", crate::types::list::new_list(vec![new_str(&dir.to_string_lossy())]));
            set_item_str(&d, "__package__", new_str(name));
        }
        None => set_item_str(&d, "__package__", new_str(name.rsplit_once('.').map(|(p, _)| p).unwrap_or(""))),
    }
    let key = intern(name);
    let mods = modules();
    as_dict(&mods).expect("modules").set(key.clone(), m.clone())?;
    if let Err(e) = crate::eval::run_code(&code, &d, None) {
        let _ = as_dict(&mods).expect("modules").del(&key);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let m = get_str(&mods, &key).unwrap_or(m);
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(pm) = get_str(&mods, &intern(parent)) {
            let _ = ab::setattr(&pm, &intern(child), Some(&m));
        }
    }
    Ok(m)
}

/// IMPORT_FROM: `from module import name`.
pub fn import_from(module: &Obj, name: &Obj) -> PyResult {
    match ab::getattr(module, name) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => {
            let mname = module_name(module);
            let n = as_str(name).unwrap_or("?");
            // A submodule not imported yet?
            let full = format!("{mname}.{n}");
            if let Some(m) = get_str(&modules(), &intern(&full)) {
                return Ok(m);
            }
            let file = as_module(module)
                .and_then(|m| get_str(&m.dict, &intern("__file__")))
                .and_then(|f| as_str(&f).map(str::to_owned));
            let msg = match file {
                Some(f) => format!("cannot import name '{n}' from '{mname}' ({f})"),
                None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
            };
            Err(crate::error::PyErr::new(&IMPORT_ERROR, msg))
        }
        Err(e) => Err(e),
    }
}

/// `from module import *` into `target` (a dict).
pub fn import_star(module: &Obj, target: &Obj) -> PyResult<()> {
    let Some(m) = as_module(module) else { return Ok(()) };
    let all = get_str(&m.dict, &intern("__all__"));
    let names: Vec<Obj> = match all {
        Some(a) => ab::collect(&a)?,
        None => as_dict(&m.dict).expect("dict").keys().into_iter().filter(|k| !as_str(k).unwrap_or("_").starts_with('_')).collect(),
    };
    for n in names {
        let v = ab::getattr(module, &n)?;
        ab::setitem(target, &n, Some(&v))?;
    }
    Ok(())
}
