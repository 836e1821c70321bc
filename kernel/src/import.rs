//! The import system (first slice): `sys.modules`, builtin modules, native
//! modules from native-module components, and source files found on
//! `sys.path` (modules and regular packages), compiled through the parser
//! and compiler components.

use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use crate::abstract_ as ab;
use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::types::dict::{as_dict, get_str, set_item_str};
use crate::types::exceptions::{new_exception, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR};
use crate::types::module::{as_module, new_module};
use crate::types::str::{as_str, intern, new_str};

fn modules() -> Obj {
    crate::interp::modules_dict()
}

fn module_not_found(name: &str) -> PyErr {
    module_not_found_because(name, &format!("No module named '{name}'"))
}

/// ModuleNotFoundError(message) whose `name` is the module's.
fn module_not_found_because(name: &str, message: &str) -> PyErr {
    let e = new_exception(&MODULE_NOT_FOUND_ERROR, vec![new_str(message)]);
    if let Some(x) = crate::types::exceptions::as_exc(&e) {
        set_item_str(&crate::types::class::exc_dict(x), "name", new_str(name));
    }
    PyErr(e)
}

/// Resolves a relative import to an absolute module name.
fn resolve_name(name: &str, globals: &Obj, level: i64) -> PyResult<String> {
    if level <= 0 {
        return Ok(name.to_string());
    }
    // As CPython's resolve_name: `__package__`, else `__spec__.parent`,
    // else (with an ImportWarning) `__name__` and `__path__`.
    let package = get_str(globals, &intern("__package__")).filter(|p| !crate::types::is_none(p));
    let spec = get_str(globals, &intern("__spec__")).filter(|p| !crate::types::is_none(p));
    let package = match (package, spec) {
        (Some(p), spec) => {
            let Some(ps) = as_str(&p) else { return Err(crate::error::type_error("package must be a string")) };
            if let Some(spec) = spec {
                let parent = ab::getattr_str(&spec, "parent")?;
                if !ab::eq(&p, &parent)? {
                    crate::warningsmod::warn(&crate::types::exceptions::DEPRECATION_WARNING, "__package__ != __spec__.parent", 1)?;
                }
            }
            ps.to_owned()
        }
        (None, Some(spec)) => {
            let parent = ab::getattr_str(&spec, "parent")?;
            as_str(&parent).map(str::to_owned).ok_or_else(|| crate::error::type_error("__spec__.parent must be a string"))?
        }
        (None, None) => {
            crate::warningsmod::warn(
                &crate::types::exceptions::IMPORT_WARNING,
                "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
                1,
            )?;
            let Some(n) = get_str(globals, &intern("__name__")) else {
                return Err(PyErr(new_exception(&crate::types::exceptions::KEY_ERROR, vec![new_str("'__name__' not in globals")])));
            };
            let modname = as_str(&n).map(str::to_owned).ok_or_else(|| crate::error::type_error("__name__ must be a string"))?;
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
        // importlib's `_handle_fromlist`: any object with a `__path__` (a
        // package may replace itself in sys.modules by a non-module).
        let is_package = match as_module(&module) {
            Some(m) => get_str(&m.dict, &intern("__path__")).is_some(),
            None => ab::lookup_attr(&module, &intern("__path__"))?.is_some(),
        };
        if is_package {
            handle_fromlist(&module, &abs, fromlist, false)?;
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
    // The top-level package, imported again if it left sys.modules (its
    // import failed after the submodule's succeeded), as importlib does.
    let top = abs.split('.').next().unwrap_or(&abs);
    import_module(top)
}

/// importlib's `_handle_fromlist` for a package: imports the submodules the
/// names of `fromlist` (or, for `*`, of `__all__`) ask for and the package
/// lacks as attributes; names must be str.
fn handle_fromlist(module: &Obj, abs: &str, fromlist: &Obj, in_all: bool) -> PyResult<()> {
    for item in ab::collect(fromlist)? {
        let Some(n) = as_str(&item) else {
            let place = if in_all { format!("{abs}.__all__") } else { "``from list''".to_owned() };
            return Err(crate::error::type_error(format!("Item in {place} must be str, not {}", item.type_obj().name())));
        };
        if n == "*" {
            if !in_all {
                if let Some(all) = ab::lookup_attr(module, &intern("__all__"))? {
                    handle_fromlist(module, abs, &all, true)?;
                }
            }
            continue;
        }
        if ab::lookup_attr(module, &item)?.is_none() {
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
    Ok(())
}

/// Imports a module by absolute dotted name.
pub fn import_module(abs: &str) -> PyResult {
    let key = intern(abs);
    if let Some(m) = get_str(&modules(), &key) {
        if crate::types::is_none(&m) {
            return Err(module_not_found_because(abs, &format!("import of {abs} halted; None in sys.modules")));
        }
        if let Some(mach) = MACHINERY.get().and_then(Option::as_ref) {
            if is_initializing(&m)? {
                // Another thread may be running it: wait until it is done
                // (importlib's `_lock_unlock_module`; a circular import in
                // this thread goes on at once).
                ab::call(&ab::getattr_str(&mach.bootstrap, "_lock_unlock_module")?, &[new_str(abs)], None)?;
                return Ok(get_str(&modules(), &key).filter(|m| !crate::types::is_none(m)).unwrap_or(m));
            }
        }
        return Ok(m);
    }
    match MACHINERY.get().and_then(Option::as_ref) {
        // The module's lock (importlib's `_ModuleLockManager`) is held while
        // it is found and run, so a second thread importing it waits.
        Some(mach) => {
            let manager = ab::call(&ab::getattr_str(&mach.bootstrap, "_ModuleLockManager")?, &[new_str(abs)], None)?;
            ab::call(&ab::getattr_str(&manager, "__enter__")?, &[], None)?;
            let r = match get_str(&modules(), &key) {
                // Loaded by the thread that held the lock meanwhile.
                Some(m) if !crate::types::is_none(&m) => Ok(m),
                _ => import_module_unlocked(abs, &key),
            };
            let none = crate::types::none();
            let exited = ab::call(&ab::getattr_str(&manager, "__exit__")?, &[none.clone(), none.clone(), none], None);
            let m = r?;
            exited?;
            Ok(m)
        }
        None => import_module_unlocked(abs, &key),
    }
}

/// True while a module's code runs (`__spec__._initializing`).
fn is_initializing(m: &Obj) -> PyResult<bool> {
    let spec = match as_module(m) {
        Some(md) => get_str(&md.dict, &intern("__spec__")),
        None => ab::lookup_attr(m, &intern("__spec__"))?,
    };
    let Some(spec) = spec.filter(|s| !crate::types::is_none(s)) else { return Ok(false) };
    match ab::lookup_attr(&spec, &intern("_initializing"))? {
        Some(v) => ab::is_true(&v),
        None => Ok(false),
    }
}

/// [`import_module`] once the module's lock is held.
fn import_module_unlocked(abs: &str, key: &Obj) -> PyResult {
    let (parent, child) = match abs.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, abs),
    };
    let path_obj: Option<Obj> = match parent {
        Some(p) => {
            let pm = import_module(p)?;
            // Importing the parent may have put the child in sys.modules
            // (os puts os.path there).
            if let Some(m) = get_str(&modules(), key) {
                if !crate::types::is_none(&m) {
                    return Ok(m);
                }
            }
            // importlib reads `parent.__path__` as an attribute (a package
            // may have replaced itself in sys.modules by another object).
            let path = match as_module(&pm) {
                Some(m) => get_str(&m.dict, &intern("__path__")),
                None => ab::lookup_attr(&pm, &intern("__path__"))?,
            };
            match path {
                Some(pl) => Some(pl),
                None => return Err(module_not_found_because(abs, &format!("No module named '{abs}'; '{p}' is not a package"))),
            }
        }
        None => {
            if crate::interp::is_builtin_module_name(abs) {
                if let Some(m) = crate::interp::builtin_module(abs)? {
                    as_dict(&modules()).expect("modules").set(key.clone(), m.clone())?;
                    if let Some(mach) = MACHINERY.get().and_then(Option::as_ref) {
                        builtin_spec(mach, abs, &m)?;
                    }
                    return Ok(m);
                }
            }
            None
        }
    };
    if let Some(mach) = machinery() {
        return find_with_meta_path(mach, abs, path_obj);
    }
    // Before importlib is set up, frozen modules are run as CPython's
    // start-up runs them (`PyImport_ImportFrozenModuleObject`).
    if let Some(m) = crate::impmod::init_frozen_module(abs)? {
        return Ok(m);
    }
    let search: Vec<PathBuf> = match &path_obj {
        Some(pl) => ab::collect(pl)?.iter().filter_map(|x| as_str(x).map(path_of)).collect(),
        None => crate::interp::sys_path(),
    };
    if let Some(m) = find_on_path(abs, child, &search)? {
        return Ok(m);
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

/// What a search of one directory found for `child`.
enum Found {
    /// `dir/child/__init__.py`
    Package(PathBuf, PathBuf),
    /// `dir/child.py`
    Module(PathBuf),
    /// `dir/child/__init__.pyc` or `dir/child.pyc` without its source:
    /// importlib's `SourcelessFileLoader` loads it.
    Sourceless,
    /// `dir/child`, a directory without `__init__`: a portion of a
    /// namespace package.
    Portion(PathBuf),
    Nothing,
}

/// A path as Python sees it (file-system decoding: undecodable bytes
/// become lone surrogates).
fn path_str(p: &Path) -> String {
    crate::types::str::fs_decode(std::os::unix::ffi::OsStrExt::as_bytes(p.as_os_str()))
}

/// A path entry (a str, possibly with lone surrogates) as a file-system path.
fn path_of(entry: &str) -> PathBuf {
    PathBuf::from(name_os(entry))
}

/// A module name as a file-name component (file-system encoding, so a
/// lone surrogate is the byte it stands for).
fn name_os(name: &str) -> std::ffi::OsString {
    match crate::types::str::fs_encode(name) {
        Ok(b) => <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&b).to_os_string(),
        Err(_) => name.into(),
    }
}

/// What importlib's standard `FileFinder` for `dir` finds for `child`
/// (its loaders in their order: `__init__.py`, `__init__.pyc`, `child.py`,
/// `child.pyc`, then a namespace portion), read from the file system.
fn search_dir(child: &str, dir: &Path) -> Found {
    let sub = dir.join(name_os(child));
    let pkg_init = sub.join("__init__.py");
    if pkg_init.is_file() {
        return Found::Package(pkg_init, sub);
    }
    if sub.join("__init__.pyc").is_file() {
        return Found::Sourceless;
    }
    let with_ext = |ext: &str| {
        let mut n = name_os(child);
        n.push(ext);
        dir.join(n)
    };
    let file = with_ext(".py");
    if file.is_file() {
        return Found::Module(file);
    }
    if with_ext(".pyc").is_file() {
        return Found::Sourceless;
    }
    if sub.is_dir() {
        return Found::Portion(sub);
    }
    gil_build_sysconfigdata(child, dir).map_or(Found::Nothing, Found::Module)
}

/// Under the free-threaded runtime `sys.abiflags` is `'t'`, so `sysconfig`
/// asks for `_sysconfigdata_t_<platform>_<multiarch>`; a standard library
/// installed by a GIL build of CPython has only
/// `_sysconfigdata__<platform>_<multiarch>`. When a search of a path that
/// holds the library finds no `t` module, that name is served from the GIL
/// build's file, unchanged: the data describes the installed library (its
/// paths, `Py_GIL_DISABLED` 0), while `sys.abiflags` keeps describing the
/// running interpreter (ARCHITECTURE.md, "sysconfig under the
/// free-threaded runtime").
fn gil_build_sysconfigdata(child: &str, dir: &Path) -> Option<PathBuf> {
    if !crate::object::free_threaded() {
        return None;
    }
    let rest = child.strip_prefix("_sysconfigdata_t_")?;
    let lib = crate::interp::stdlib_dir()?;
    if dir != lib {
        return None;
    }
    let file = lib.join(format!("_sysconfigdata__{rest}.py"));
    file.is_file().then_some(file)
}

/// The plain search (no importlib machinery): files and regular packages
/// in the directories of `search`.
fn find_on_path(abs: &str, child: &str, search: &[PathBuf]) -> PyResult<Option<Obj>> {
    for dir in search {
        // The empty entry (`-c`, `-m`, the REPL) is the current directory,
        // and module paths made from it are absolute, as CPython's FileFinder makes them.
        let cwd;
        let dir = if dir.as_os_str().is_empty() {
            cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
            &cwd
        } else {
            dir
        };
        match search_dir(child, dir) {
            Found::Package(init, dir) => return load_source(abs, &init, Some(&dir)).map(Some),
            Found::Module(file) => return load_source(abs, &file, None).map(Some),
            Found::Sourceless | Found::Portion(_) | Found::Nothing => {}
        }
    }
    Ok(None)
}

/// importlib's machinery (`_bootstrap`, `_bootstrap_external`) once it is
/// installed, with the standard finders it put on `sys.meta_path`: pyk does
/// their work in Rust and calls only other finders through Python.
pub struct Machinery {
    pub bootstrap: Obj,
    pub external: Obj,
    builtin_importer: Obj,
    frozen_importer: Obj,
    path_finder: Obj,
    /// `PathFinder._path_hooks`, which asks `sys.path_hooks` for a finder.
    path_hooks: Obj,
    /// `FileFinder`, its own `find_spec` and the `(suffix, loader)` pairs
    /// of the standard `FileFinder.path_hook` (`_get_supported_file_loaders`):
    /// a finder made of exactly these is searched in Rust (see
    /// [`is_standard_file_finder`]).
    file_finder: Obj,
    file_finder_find_spec: Obj,
    standard_loaders: Vec<(String, Obj)>,
}

static MACHINERY: std::sync::OnceLock<Option<Machinery>> = std::sync::OnceLock::new();
static BOOTSTRAPPING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The machinery, installing it on first use when CPython's library is
/// there (None without it, and while it is being installed).
pub fn machinery() -> Option<&'static Machinery> {
    if let Some(m) = MACHINERY.get() {
        return m.as_ref();
    }
    // `_bootstrap_external` needs `_io` and `marshal`.
    let prerequisites = ["_io", "marshal"].iter().all(|n| crate::interp::is_builtin_module_name(n));
    if !crate::interp::has_stdlib() || !prerequisites || BOOTSTRAPPING.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return None;
    }
    let m = match install_machinery() {
        Ok(m) => Some(m),
        Err(e) => {
            crate::traceback::print_unraisable("pyk: importlib's machinery could not be installed; imports go on without it:", &e);
            None
        }
    };
    MACHINERY.get_or_init(|| m).as_ref()
}

/// Glue run in `_bootstrap_external` before its finders are installed.
/// pyk's .pyc files are CPython's container around a marshalled pyk code
/// object (see `PYC_MAGIC`), so importlib's loaders use them as they are;
/// `_classify_pyc` also turns away a file whose code record is CPython's or
/// pyk code of another format version (ImportError, so a source loader
/// compiles the source instead, as for a bad magic number).
/// `PYK_CODE_VERSION` is replaced by the format's version.
const EXTERNAL_GLUE: &str = r#"
_pyk_classify_container = _classify_pyc
def _classify_pyc(data, name, exc_details):
    flags = _pyk_classify_container(data, name, exc_details)
    if data[16:17] not in (b'c', b'\xe3'):
        return flags
    if data[17:21] != b'PKCO':
        why = f'{name!r} holds CPython bytecode, which pyk cannot run'
    elif int.from_bytes(data[21:25], 'little') != PYK_CODE_VERSION:
        why = f'{name!r} holds pyk code of format version {int.from_bytes(data[21:25], "little")}, not PYK_CODE_VERSION'
    else:
        return flags
    _bootstrap._verbose_message('{}', why)
    raise ImportError(why, **exc_details)
"#;

fn install_machinery() -> PyResult<Machinery> {
    let lib = crate::interp::stdlib_dir().ok_or_else(|| crate::error::system_error("no standard library"))?;
    let sys = crate::interp::sys_module();
    let imp = import_module("_imp")?;
    let meta_path = ab::getattr_str(&sys, "meta_path")?;
    let before = ab::collect(&meta_path)?;
    // The bootstrap modules are frozen (`<frozen importlib._bootstrap>`...),
    // as in CPython; `_install` gives `_frozen_importlib` its spec.
    let frozen = |name: &str| {
        crate::impmod::init_frozen_module(name)?.ok_or_else(|| crate::error::system_error(format!("no {} in {}", name, path_str(&lib))))
    };
    let bootstrap = frozen("_frozen_importlib")?;
    // CPython sets up `_frozen_importlib` before `sys._stdlib_dir` exists,
    // so its fix-up gives it no `__file__`.
    let sys_dict = as_module(&sys).expect("sys").dict.clone();
    let stdlib_dir = get_str(&sys_dict, &intern("_stdlib_dir"));
    if stdlib_dir.is_some() {
        as_dict(&sys_dict).expect("dict").del(&intern("_stdlib_dir"))?;
    }
    let installed = ab::call(&ab::getattr_str(&bootstrap, "_install")?, &[sys.clone(), imp], None);
    if let Some(d) = stdlib_dir {
        set_item_str(&sys_dict, "_stdlib_dir", d);
    }
    installed?;
    let external = frozen("_frozen_importlib_external")?;
    let ed = as_module(&external).expect("module").dict.clone();
    let glue = EXTERNAL_GLUE.replace("PYK_CODE_VERSION", &pyk_abi::code::CODE_VERSION.to_string());
    let glue = crate::interp::compile_source(&glue, "<pyk importlib glue>", pyk_abi::component::Mode::Exec)?;
    crate::eval::run_code(&glue, &ed, None)?;
    ab::call(&ab::getattr_str(&bootstrap, "_install_external_importers")?, &[], None)?;
    let _ = crate::impmod::init_frozen_module("zipimport");
    install_zipimport(&sys);
    // Finders a program added before the machinery existed come after the
    // standard ones, as they would have in CPython.
    if !before.is_empty() {
        let all = ab::collect(&meta_path)?;
        let std_ones: Vec<Obj> = all.iter().filter(|f| !before.iter().any(|b| b.is(f))).cloned().collect();
        let l = crate::types::list::as_list(&meta_path).ok_or_else(|| crate::error::type_error("sys.meta_path must be a list"))?;
        let items: Vec<Obj> = std_ones.into_iter().chain(before).collect();
        let old = l.with(|v| std::mem::replace(v, items));
        drop(old);
    }
    let builtin_importer = ab::getattr_str(&bootstrap, "BuiltinImporter")?;
    let frozen_importer = ab::getattr_str(&bootstrap, "FrozenImporter")?;
    let path_finder = ab::getattr_str(&external, "PathFinder")?;
    let path_hooks = ab::getattr_str(&path_finder, "_path_hooks")?;
    let file_finder = ab::getattr_str(&external, "FileFinder")?;
    let file_finder_find_spec = ab::getattr_str(&file_finder, "find_spec")?;
    let mut standard_loaders = vec![];
    for pair in ab::collect(&ab::call0(&ab::getattr_str(&external, "_get_supported_file_loaders")?)?)? {
        let [loader, suffixes] = &ab::collect(&pair)?[..] else { return Err(crate::error::system_error("bad loader details")) };
        for suffix in ab::collect(suffixes)? {
            standard_loaders.push((as_str(&suffix).unwrap_or_default().to_owned(), loader.clone()));
        }
    }
    let mach = Machinery {
        bootstrap,
        external,
        builtin_importer,
        frozen_importer,
        path_finder,
        path_hooks,
        file_finder,
        file_finder_find_spec,
        standard_loaders,
    };
    // Modules loaded before the machinery get their specs now.
    for (k, m) in as_dict(&modules()).map(|d| d.items()).unwrap_or_default() {
        let (Some(name), Some(md)) = (as_str(&k), as_module(&m)) else { continue };
        if get_str(&md.dict, &intern("__spec__")).is_some_and(|s| !crate::types::is_none(&s)) {
            continue;
        }
        if crate::impmod::frozen(name).is_some() && get_str(&md.dict, &intern("__origname__")).is_some() {
            // Run from the frozen table: importlib's `_setup` fix-up.
            let spec = ab::call(&ab::getattr_str(&mach.bootstrap, "_spec_from_module")?, &[m.clone(), mach.frozen_importer.clone()], None)?;
            ab::call(&ab::getattr_str(&mach.bootstrap, "_init_module_attrs")?, &[spec, m.clone()], None)?;
            ab::call(&ab::getattr_str(&mach.frozen_importer, "_fix_up_module")?, &[m.clone()], None)?;
            continue;
        }
        let file = get_str(&md.dict, &intern("__file__")).and_then(|f| as_str(&f).map(str::to_owned));
        if name == "__main__" {
            // No spec, but a loader (see `set_main_loader`).
            set_main_loader(&mach, &md.dict, file.as_deref().unwrap_or(""))?;
            continue;
        }
        if let Some(file) = file {
            let locations = get_str(&md.dict, &intern("__path__")).unwrap_or_else(crate::types::none);
            let f = ab::getattr_str(&mach.external, "spec_from_file_location")?;
            let spec = ab::call(&f, &[k.clone(), new_str(&file), locations], Some(&crate::types::tuple::new_tuple(vec![new_str("submodule_search_locations")])))?;
            set_item_str(&md.dict, "__spec__", spec.clone());
            set_item_str(&md.dict, "__loader__", ab::getattr_str(&spec, "loader")?);
        } else if crate::interp::is_builtin_module_name(name) {
            builtin_spec(&mach, name, &m)?;
        }
    }
    Ok(mach)
}

/// `__main__.__loader__` of a script, as CPython's start-up sets it: a
/// `SourceFileLoader` for the file (`__spec__` stays None). Unless
/// something a script imports installs the machinery (see `machinery`),
/// pyk does not: importlib's start-up costs more than a small script's run,
/// so a script's `__loader__` is None until its first import of a file.
fn set_main_loader(mach: &Machinery, d: &Obj, file: &str) -> PyResult<()> {
    if get_str(d, &intern("__loader__")).is_some_and(|l| !crate::types::is_none(&l)) {
        return Ok(());
    }
    // `-c`, standard input and the REPL keep the loader `__main__` was
    // made with in CPython: BuiltinImporter.
    let loader = if file == "<stdin>" || file.is_empty() {
        mach.builtin_importer.clone()
    } else if file.ends_with(".pyc") {
        ab::call(&ab::getattr_str(&mach.external, "SourcelessFileLoader")?, &[new_str("__main__"), new_str(file)], None)?
    } else {
        ab::call(&ab::getattr_str(&mach.external, "SourceFileLoader")?, &[new_str("__main__"), new_str(file)], None)?
    };
    set_item_str(d, "__loader__", loader);
    Ok(())
}

/// Sets `__main__.__loader__` for the script `file` when importlib's
/// machinery is already installed (otherwise its installation does).
pub fn main_loader_if_ready(d: &Obj, file: &str) -> PyResult<()> {
    match MACHINERY.get() {
        Some(Some(mach)) => set_main_loader(mach, d, file),
        _ => Ok(()),
    }
}

/// `zipimport.zipimporter` first in `sys.path_hooks`, as CPython's start-up
/// puts it (zip files on `sys.path`); without a usable `zipimport` the
/// hooks stay as they are, as in CPython.
fn install_zipimport(sys: &Obj) {
    let hook = import_module("zipimport").and_then(|z| ab::getattr_str(&z, "zipimporter"));
    let (Ok(hook), Ok(hooks)) = (hook, ab::getattr_str(sys, "path_hooks")) else { return };
    if let Some(l) = crate::types::list::as_list(&hooks) {
        l.with(|v| v.insert(0, hook));
    }
}

/// `__spec__` and friends for a builtin module loaded by pyk.
fn builtin_spec(mach: &Machinery, name: &str, m: &Obj) -> PyResult<()> {
    let spec = ab::call(&ab::getattr_str(&mach.builtin_importer, "find_spec")?, &[new_str(name)], None)?;
    if !crate::types::is_none(&spec) {
        ab::call(&ab::getattr_str(&mach.bootstrap, "_init_module_attrs")?, &[spec, m.clone()], None)?;
    }
    Ok(())
}

/// Loads a module from a spec a finder returned, as importlib does.
fn load_spec(mach: &Machinery, abs: &str, spec: &Obj) -> PyResult {
    let m = ab::call(&ab::getattr_str(&mach.bootstrap, "_load_unlocked")?, std::slice::from_ref(spec), None)?;
    if let Some((parent, child)) = abs.rsplit_once('.') {
        if let Some(pm) = get_str(&modules(), &intern(parent)) {
            set_child_attr(&pm, parent, child, &m)?;
        }
    }
    Ok(m)
}

/// Runs `f` holding the global import lock, as importlib's `_find_spec`
/// calls the finders (`_imp.lock_held()` is true inside them).
fn with_import_lock(f: impl FnOnce() -> PyResult) -> PyResult {
    crate::impmod::acquire_import_lock()?;
    let r = f();
    let released = crate::impmod::release_import_lock();
    let v = r?;
    released?;
    Ok(v)
}

/// The import search with `sys.meta_path`, as importlib's `_find_spec`:
/// builtins were looked up before; `PathFinder` is [`path_finder_search`];
/// any other finder is asked through its `find_spec`.
fn find_with_meta_path(mach: &Machinery, abs: &str, path_obj: Option<Obj>) -> PyResult {
    let sys = crate::interp::sys_module();
    let meta_path = ab::getattr_str(&sys, "meta_path")?;
    if crate::types::is_none(&meta_path) {
        return Err(crate::error::PyErr::new(&IMPORT_ERROR, "sys.meta_path is None, Python is likely shutting down"));
    }
    let finders = ab::collect(&meta_path)?;
    if finders.is_empty() {
        crate::warningsmod::warn(&crate::types::exceptions::IMPORT_WARNING, "sys.meta_path is empty", 1)?;
    }
    for finder in finders {
        if finder.is(&mach.builtin_importer) {
            // Builtins were looked up before the path search.
            continue;
        }
        if finder.is(&mach.frozen_importer) {
            // Only a frozen name (`_imp`'s table) is worth asking about.
            if crate::impmod::frozen(abs).is_none() {
                continue;
            }
        }
        if finder.is(&mach.path_finder) {
            let entries = match &path_obj {
                Some(p) => p.clone(),
                None => ab::getattr_str(&sys, "path")?,
            };
            match path_finder_search(mach, abs, &entries)? {
                Some(PathFound::Source(m)) => return Ok(m),
                Some(PathFound::Spec(spec)) => return load_spec(mach, abs, &spec),
                None => continue,
            }
        }
        let Some(find_spec) = ab::lookup_attr(&finder, &intern("find_spec"))? else { continue };
        let path_arg = path_obj.clone().unwrap_or_else(crate::types::none);
        let spec = with_import_lock(|| ab::call(&find_spec, &[new_str(abs), path_arg, crate::types::none()], None))?;
        if !crate::types::is_none(&spec) {
            return load_spec(mach, abs, &spec);
        }
    }
    Err(module_not_found(abs))
}

/// What `PathFinder` found: a module pyk loaded itself from a source file,
/// or a spec for importlib to load.
enum PathFound {
    Source(Obj),
    Spec(Obj),
}

/// `PathFinder.find_spec(abs, entries)` as CPython's: each str entry's
/// finder comes from `sys.path_importer_cache`, filled by the hooks of
/// `sys.path_hooks` (`FileFinder` for directories, `zipimporter` for zip
/// files, None when no hook takes the entry); portions of a namespace
/// package are gathered until a finder returns a spec with a loader. The
/// standard `FileFinder`'s search is done in Rust, and a source file it
/// finds is loaded by pyk directly; any other finder is asked through
/// its `find_spec`.
fn path_finder_search(mach: &Machinery, abs: &str, entries: &Obj) -> PyResult<Option<PathFound>> {
    let child = abs.rsplit_once('.').map_or(abs, |(_, c)| c);
    let mut namespace_path: Vec<Obj> = vec![];
    for entry in ab::collect(entries)? {
        let Some(e) = as_str(&entry) else { continue };
        let Some(finder) = path_importer_cache(mach, e)? else { continue };
        if let Some(dir) = standard_file_finder_dir(mach, &finder)? {
            match search_dir(child, &path_of(&dir)) {
                Found::Package(init, dir) => return load_source(abs, &init, Some(&dir)).map(|m| Some(PathFound::Source(m))),
                Found::Module(file) => return load_source(abs, &file, None).map(|m| Some(PathFound::Source(m))),
                Found::Portion(p) => {
                    namespace_path.push(new_str(&path_str(&p)));
                    continue;
                }
                Found::Nothing => continue,
                // A compiled file without its source: the finder itself
                // makes the spec (SourcelessFileLoader).
                Found::Sourceless => {}
            }
        }
        let find_spec = ab::getattr_str(&finder, "find_spec")?;
        let spec = with_import_lock(|| ab::call(&find_spec, &[new_str(abs), crate::types::none()], None))?;
        if crate::types::is_none(&spec) {
            continue;
        }
        if !crate::types::is_none(&ab::getattr_str(&spec, "loader")?) {
            return Ok(Some(PathFound::Spec(spec)));
        }
        let portions = ab::getattr_str(&spec, "submodule_search_locations")?;
        if crate::types::is_none(&portions) {
            return Err(crate::error::PyErr::new(&IMPORT_ERROR, "spec missing loader"));
        }
        namespace_path.extend(ab::collect(&portions)?);
    }
    if namespace_path.is_empty() {
        return Ok(None);
    }
    // A namespace package: its `__path__` is a `_NamespacePath` that
    // searches again with `PathFinder._get_spec` when the parent path changes.
    let spec = ab::call(&ab::getattr_str(&mach.bootstrap, "ModuleSpec")?, &[new_str(abs), crate::types::none()], None)?;
    let ns_path = ab::call(
        &ab::getattr_str(&mach.external, "_NamespacePath")?,
        &[new_str(abs), crate::types::list::new_list(namespace_path), ab::getattr_str(&mach.path_finder, "_get_spec")?],
        None,
    )?;
    ab::setattr(&spec, &intern("origin"), Some(&crate::types::none()))?;
    ab::setattr(&spec, &intern("submodule_search_locations"), Some(&ns_path))?;
    Ok(Some(PathFound::Spec(spec)))
}

/// `PathFinder._path_importer_cache(entry)`: the finder cached for a path
/// entry in `sys.path_importer_cache`, made by `sys.path_hooks` the first
/// time (None when no hook takes the entry). The empty entry stands for
/// the current directory (nothing is cached when there is none).
fn path_importer_cache(mach: &Machinery, entry: &str) -> PyResult<Option<Obj>> {
    let key = if entry.is_empty() {
        match std::env::current_dir() {
            Ok(d) => new_str(&path_str(&d)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(crate::types::exceptions::os_error_from_io(&e, None)),
        }
    } else {
        new_str(entry)
    };
    let cache = ab::getattr_str(&crate::interp::sys_module(), "path_importer_cache")?;
    let cached = match as_dict(&cache) {
        Some(d) if std::ptr::eq(cache.type_obj(), &crate::types::dict::DICT_TYPE) => d.get(&key)?,
        _ => match ab::getitem(&cache, &key) {
            Ok(f) => Some(f),
            Err(e) if e.is_instance(&crate::types::exceptions::KEY_ERROR) => None,
            Err(e) => return Err(e),
        },
    };
    let finder = match cached {
        Some(f) => f,
        None => {
            let f = with_import_lock(|| ab::call(&mach.path_hooks, std::slice::from_ref(&key), None))?;
            ab::setitem(&cache, &key, Some(&f))?;
            f
        }
    };
    Ok((!crate::types::is_none(&finder)).then_some(finder))
}

/// The directory of `finder` when it is a standard `FileFinder` (made by
/// the default path hook, or alike: exactly that class, its own
/// `find_spec`, the standard loaders), whose search pyk does in Rust with
/// the same outcome; None for any other finder.
fn standard_file_finder_dir(mach: &Machinery, finder: &Obj) -> PyResult<Option<String>> {
    let Some(ff) = crate::types::typeobj::as_type(&mach.file_finder) else { return Ok(None) };
    if !std::ptr::eq(finder.type_obj(), ff) {
        return Ok(None);
    }
    let Some(d) = crate::types::class::instance_dict(finder) else { return Ok(None) };
    if get_str(&d, &intern("find_spec")).is_some() || !ab::getattr_str(&mach.file_finder, "find_spec")?.is(&mach.file_finder_find_spec) {
        return Ok(None);
    }
    let (Some(loaders), Some(path)) = (get_str(&d, &intern("_loaders")), get_str(&d, &intern("path"))) else { return Ok(None) };
    let Some(loaders) = crate::types::list::as_list(&loaders) else { return Ok(None) };
    let standard = loaders.with(|v| {
        v.len() == mach.standard_loaders.len()
            && v.iter().zip(&mach.standard_loaders).all(|(pair, (suffix, loader))| {
                crate::types::tuple::as_tuple(pair).is_some_and(|t| match t {
                    [s, l] => as_str(s) == Some(suffix.as_str()) && l.is(loader),
                    _ => false,
                })
            })
    });
    Ok(if standard { as_str(&path).map(str::to_owned) } else { None })
}

/// Cache tag of compiled files (`sys.implementation.cache_tag`).
pub const CACHE_TAG: &str = "pyk-313";
/// CPython 3.13's `importlib.util.MAGIC_NUMBER`. pyk's .pyc files are
/// CPython's container (magic, flags, then mtime and size or the source
/// hash) around a marshalled pyk code object, so importlib's loaders,
/// `py_compile` and `compileall` read and write the same files as this
/// module; CPython's own .pyc files differ in the code record, which marshal
/// rejects (and `_classify_pyc` with pyk's glue, see `EXTERNAL_GLUE`).
pub const PYC_MAGIC: [u8; 4] = [0xf3, 0x0d, b'\r', b'\n'];
/// importlib's `_RAW_MAGIC_NUMBER`, the key of `source_hash`.
const RAW_MAGIC: u64 = u32::from_le_bytes(PYC_MAGIC) as u64;

/// A `sys` attribute (None when missing).
fn sys_attr(name: &str) -> Obj {
    ab::getattr_str(&crate::interp::sys_module(), name).unwrap_or_else(|_| crate::types::none())
}

/// Where importlib's `cache_from_source` puts the compiled file of `source`:
/// `dir/__pycache__/name.pyk-313[.opt-N].pyc`, or under `sys.pycache_prefix`.
pub fn cache_path(source: &Path) -> Option<PathBuf> {
    let dir = source.parent()?;
    let mut file = source.file_stem()?.to_os_string();
    let opt = match crate::interp::optimize_level() {
        0 => String::new(),
        n => format!(".opt-{n}"),
    };
    file.push(format!(".{CACHE_TAG}{opt}.pyc"));
    let prefix = sys_attr("pycache_prefix");
    if let Some(prefix) = as_str(&prefix) {
        let dir = if dir.is_absolute() { dir.to_path_buf() } else { std::env::current_dir().ok()?.join(dir) };
        let rel = dir.strip_prefix("/").unwrap_or(&dir);
        return Some(Path::new(prefix).join(rel).join(file));
    }
    Some(dir.join("__pycache__").join(file))
}

/// How a .pyc vouches for its source: timestamp pycs hold the source's
/// mtime (seconds) and size, hash-based ones its `source_hash`.
fn pyc_header(source_bytes: &[u8], meta: Option<&std::fs::Metadata>, hash_based: Option<bool>) -> Vec<u8> {
    let mut h = Vec::with_capacity(16);
    h.extend_from_slice(&PYC_MAGIC);
    match hash_based {
        Some(check_source) => {
            h.extend_from_slice(&(1u32 | (u32::from(check_source) << 1)).to_le_bytes());
            h.extend_from_slice(&crate::impmod::source_hash_bytes(RAW_MAGIC, source_bytes));
        }
        None => {
            h.extend_from_slice(&0u32.to_le_bytes());
            let mtime = meta
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs())
                .unwrap_or(0);
            h.extend_from_slice(&(mtime as u32).to_le_bytes());
            h.extend_from_slice(&(meta.map(|m| m.len()).unwrap_or(0) as u32).to_le_bytes());
        }
    }
    h
}

/// What the cache file of a source says, read as importlib's
/// `SourceLoader.get_code` reads it.
enum Cached {
    /// Current code.
    Fresh(Obj),
    /// Stale or unreadable; when it was hash-based (with its check_source
    /// flag), its replacement is hash-based too, as importlib writes it.
    Stale(Option<bool>),
}

/// `_imp.check_hash_based_pycs` as a program left it.
fn check_hash_based_pycs() -> String {
    import_module("_imp")
        .and_then(|m| ab::getattr_str(&m, "check_hash_based_pycs"))
        .ok()
        .and_then(|v| as_str(&v).map(str::to_owned))
        .unwrap_or_else(|| "default".into())
}

fn read_cache(source: &Path, source_bytes: &[u8], meta: Option<&std::fs::Metadata>) -> Cached {
    let Some(data) = cache_path(source).and_then(|p| std::fs::read(p).ok()) else { return Cached::Stale(None) };
    if data.len() < 17 || data[..4] != PYC_MAGIC {
        return Cached::Stale(None);
    }
    let flags = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
    if flags & !3 != 0 {
        return Cached::Stale(None);
    }
    if flags & 1 != 0 {
        let check_source = flags & 2 != 0;
        let mode = check_hash_based_pycs();
        if mode != "never" && (check_source || mode == "always") && data[..16] != pyc_header(source_bytes, meta, Some(check_source))[..] {
            return Cached::Stale(Some(check_source));
        }
    } else if meta.is_none() || data[..16] != pyc_header(source_bytes, meta, None)[..] {
        return Cached::Stale(None);
    }
    // A marshalled pyk code object of this build's format, parser and compiler.
    let stale = Cached::Stale((flags & 1 != 0).then_some(flags & 2 != 0));
    let record = &data[17..];
    if data[16] & 0x7f != b'c' {
        return stale;
    }
    match pyk_abi::code::marshal_header(record) {
        Ok(h) if h.version == pyk_abi::code::CODE_VERSION && h.stamp == crate::interp::config().code_stamp => {
            let end = (pyk_abi::code::MARSHAL_HEADER_LEN + h.body_len).min(record.len());
            match crate::types::code::unmarshal_payload_as(&record[..end], Some(&path_str(source))) {
                Ok((code, _)) => Cached::Fresh(code),
                Err(_) => stale,
            }
        }
        _ => stale,
    }
}

/// Writes the cache atomically (temporary file, then rename), as importlib's
/// `_write_atomic`; failures are ignored.
fn write_cache(source: &Path, header: &[u8], code: &Obj) {
    let Some(path) = cache_path(source) else { return };
    let Some(dir) = path.parent() else { return };
    let Ok(record) = crate::types::code::marshal_payload(code) else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("pyc.{}.tmp", std::process::id()));
    let mut bytes = header.to_vec();
    bytes.push(b'c');
    bytes.extend_from_slice(&record);
    // As importlib's `_calc_mode`: the source's permissions, plus writable
    // by the owner (so the file can be replaced later), through the umask.
    let mode = std::fs::metadata(source).map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) | 0o200).unwrap_or(0o666) & 0o666;
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(&tmp)
        .and_then(|mut f| std::io::Write::write_all(&mut f, &bytes));
    match written {
        Ok(()) => {
            if std::fs::rename(&tmp, &path).is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
        }
        Err(_) => {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// `sys.dont_write_bytecode` as the program left it.
fn dont_write_bytecode() -> bool {
    let v = sys_attr("dont_write_bytecode");
    crate::types::is_none(&v) || ab::is_true(&v).unwrap_or(true)
}

/// Compiles a source file through its cached .pyc (read unless stale or
/// corrupt; written unless `sys.dont_write_bytecode`).
pub fn compile_file_cached(path: &Path, source_bytes: &[u8]) -> PyResult {
    let filename = path_str(path);
    let meta = std::fs::metadata(path).ok();
    let hash_based = match read_cache(path, source_bytes, meta.as_ref()) {
        Cached::Fresh(code) => return Ok(code),
        Cached::Stale(h) => h,
    };
    let source = decode_source(source_bytes, path)?;
    let bytes = crate::interp::compile_to_bytes(&source, &filename, pyk_abi::component::Mode::Exec)?;
    let code = crate::interp::code_from_bytes(&bytes)?;
    if (meta.is_some() || hash_based.is_some()) && !dont_write_bytecode() {
        write_cache(path, &pyc_header(source_bytes, meta.as_ref(), hash_based), &code);
    }
    Ok(code)
}

/// The text of a source file (UTF-8).
pub fn decode_source(bytes: &[u8], path: &Path) -> PyResult<String> {
    crate::source::decode_for_compile(bytes, &path_str(path))
}

fn load_source(name: &str, path: &Path, pkg_dir: Option<&Path>) -> PyResult {
    let source = std::fs::read(path).map_err(|e| crate::types::exceptions::os_error_from_io(&e, Some(&path_str(path))))?;
    let filename = path_str(path);
    let code = compile_file_cached(path, &source)?;
    let m = new_module(name, None);
    let d = as_module(&m).expect("module").dict.clone();
    set_item_str(&d, "__builtins__", crate::interp::builtins_module());
    // With importlib's machinery running, the module gets a real spec and
    // loader (and its __file__/__cached__/__path__/__package__ from them).
    let spec = match machinery() {
        Some(mach) => {
            let locations = pkg_dir.map(|dir| crate::types::list::new_list(vec![new_str(&path_str(dir))]));
            let f = ab::getattr_str(&mach.external, "spec_from_file_location")?;
            let args = [new_str(name), new_str(&filename), locations.unwrap_or_else(crate::types::none)];
            let spec = ab::call(&f, &args, Some(&crate::types::tuple::new_tuple(vec![new_str("submodule_search_locations")])))?;
            ab::call(&ab::getattr_str(&mach.bootstrap, "_init_module_attrs")?, &[spec.clone(), m.clone()], None)?;
            Some(spec)
        }
        None => None,
    };
    if spec.is_none() {
        set_item_str(&d, "__file__", new_str(&filename));
        set_item_str(
            &d,
            "__cached__",
            cache_path(path).map(|p| new_str(&path_str(&p))).unwrap_or_else(crate::types::none),
        );
        match pkg_dir {
            Some(dir) => {
                set_item_str(&d, "__path__", crate::types::list::new_list(vec![new_str(&path_str(dir))]));
                set_item_str(&d, "__package__", new_str(name));
            }
            None => set_item_str(&d, "__package__", new_str(name.rsplit_once('.').map(|(p, _)| p).unwrap_or(""))),
        }
    }
    let key = intern(name);
    let mods = modules();
    as_dict(&mods).expect("modules").set(key.clone(), m.clone())?;
    let r = run_module_code(name, spec.as_ref(), || crate::eval::run_code(&code, &d, None));
    if let Err(e) = r {
        let _ = as_dict(&mods).expect("modules").del(&key);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let m = get_str(&mods, &key).unwrap_or(m);
    if name == "linecache" {
        crate::traceback::seed_linecache(&m);
    }
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(pm) = get_str(&mods, &intern(parent)) {
            set_child_attr(&pm, parent, child, &m)?;
        }
    }
    Ok(m)
}

/// Binds a submodule to its parent package's attribute, as importlib does:
/// a parent that refuses (AttributeError) gets an ImportWarning instead.
fn set_child_attr(pm: &Obj, parent: &str, child: &str, m: &Obj) -> PyResult<()> {
    match ab::setattr(pm, &intern(child), Some(m)) {
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => crate::warningsmod::warn(
            &crate::types::exceptions::IMPORT_WARNING,
            &format!("Cannot set an attribute on {} for child module {}", ab::repr_string(&new_str(parent))?, ab::repr_string(&new_str(child))?),
            1,
        ),
        r => r,
    }
}

/// Runs a module's code as importlib's `_load_unlocked` does: its spec says
/// `_initializing` meanwhile, and the parent package's spec lists the child
/// in `_uninitialized_submodules` (what "partially initialized module" and
/// "cannot access submodule" errors look at).
fn run_module_code(name: &str, spec: Option<&Obj>, run: impl FnOnce() -> PyResult) -> PyResult {
    let Some(spec) = spec else { return run() };
    let pending = match name.rsplit_once('.') {
        Some((parent, child)) => match get_str(&modules(), &intern(parent)) {
            Some(pm) => match ab::lookup_attr(&pm, &intern("__spec__"))? {
                Some(ps) if !crate::types::is_none(&ps) => ab::lookup_attr(&ps, &intern("_uninitialized_submodules"))?.map(|l| (l, child)),
                _ => None,
            },
            None => None,
        },
        None => None,
    };
    if let Some((list, child)) = &pending {
        ab::call(&ab::getattr_str(list, "append")?, &[new_str(child)], None)?;
    }
    let initializing = intern("_initializing");
    let r = ab::setattr(spec, &initializing, Some(&crate::types::bool_obj(true))).and_then(|_| run());
    let done = ab::setattr(spec, &initializing, Some(&crate::types::bool_obj(false)));
    if let Some((list, _)) = &pending {
        ab::call(&ab::getattr_str(list, "pop")?, &[], None)?;
    }
    let v = r?;
    done?;
    Ok(v)
}

/// IMPORT_FROM: `from module import name`.
pub fn import_from(module: &Obj, name: &Obj) -> PyResult {
    match ab::getattr(module, name) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => {
            // The module's `__name__`, when it is a str.
            let pkgname = ab::lookup_attr(module, &intern("__name__"))?.filter(|p| as_str(p).is_some());
            if let Some(p) = &pkgname {
                // A submodule already in sys.modules (a circular relative import).
                let full = format!("{}.{}", as_str(p).unwrap_or(""), as_str(name).unwrap_or("?"));
                if let Some(m) = get_str(&modules(), &intern(&full)) {
                    return Ok(m);
                }
            }
            let shown = match &pkgname {
                Some(p) => ab::repr_string(p)?,
                None => "'<unknown module name>'".to_string(),
            };
            let n = ab::repr_string(name)?;
            let file = as_module(module)
                .and_then(|m| get_str(&m.dict, &intern("__file__")))
                .and_then(|f| as_str(&f).map(str::to_owned));
            let msg = match &file {
                Some(f) => {
                    let spec = ab::lookup_attr(module, &intern("__spec__")).ok().flatten();
                    let initializing = spec
                        .and_then(|s| ab::lookup_attr(&s, &intern("_initializing")).ok().flatten())
                        .is_some_and(|v| ab::is_true(&v).unwrap_or(false));
                    if initializing {
                        format!("cannot import name {n} from partially initialized module {shown} (most likely due to a circular import) ({f})")
                    } else {
                        format!("cannot import name {n} from {shown} ({f})")
                    }
                }
                None => format!("cannot import name {n} from {shown} (unknown location)"),
            };
            let err = crate::error::PyErr::new(&IMPORT_ERROR, msg);
            // name, path and name_from, as CPython sets them
            if let Some(x) = crate::types::exceptions::as_exc(&err.0) {
                let d = crate::types::class::exc_dict(x);
                crate::types::dict::set_item_str(&d, "name", pkgname.unwrap_or_else(crate::types::none));
                crate::types::dict::set_item_str(&d, "path", file.map_or_else(crate::types::none, |f| crate::types::str::new_str(&f)));
                crate::types::dict::set_item_str(&d, "name_from", name.clone());
            }
            Err(err)
        }
        Err(e) => Err(e),
    }
}

/// `from module import *` into `target` (a dict): the names of `__all__`,
/// or else the public keys of `__dict__`; each must be a str.
pub fn import_star(module: &Obj, target: &Obj) -> PyResult<()> {
    let (names, from_all) = match ab::lookup_attr(module, &intern("__all__"))? {
        Some(a) => (ab::collect(&a)?, true),
        None => match ab::lookup_attr(module, &intern("__dict__"))? {
            Some(d) => (ab::collect(&ab::call0(&ab::getattr_str(&d, "keys")?)?)?, false),
            None => return Err(crate::error::PyErr::new(&IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__")),
        },
    };
    for n in names {
        let Some(s) = as_str(&n) else {
            let modname = ab::getattr(module, &intern("__name__"))?;
            let modname = as_str(&modname).map(str::to_owned);
            let tname = n.type_obj().name();
            return Err(crate::error::type_error(match (modname, from_all) {
                (Some(m), true) => format!("Item in {m}.__all__ must be str, not {tname}"),
                (Some(m), false) => format!("Key in {m}.__dict__ must be str, not {tname}"),
                (None, _) => format!("Item in ``from list'' must be str, not {tname}"),
            }));
        };
        if !from_all && s.starts_with('_') {
            continue;
        }
        let v = ab::getattr(module, &n)?;
        ab::setitem(target, &n, Some(&v))?;
    }
    Ok(())
}
