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
use crate::types::module::{as_module, new_module};
use crate::types::str::{as_str, intern, new_str};

fn modules() -> Obj {
    crate::interp::modules_dict()
}

fn module_not_found(name: &str) -> PyErr {
    let e = new_exception(&MODULE_NOT_FOUND_ERROR, vec![new_str(&format!("No module named '{name}'"))]);
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
    let (search, path_obj): (Vec<PathBuf>, Option<Obj>) = match parent {
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
                Some(pl) => (ab::collect(&pl)?.iter().filter_map(|x| as_str(x).map(PathBuf::from)).collect(), Some(pl)),
                None => {
                    return Err(PyErr(new_exception(
                        &MODULE_NOT_FOUND_ERROR,
                        vec![new_str(&format!("No module named '{abs}'; '{p}' is not a package"))],
                    )))
                }
            }
        }
        None => {
            if crate::interp::is_builtin_module_name(abs) {
                if let Some(m) = crate::interp::builtin_module(abs)? {
                    as_dict(&modules()).expect("modules").set(key, m.clone())?;
                    if let Some(mach) = MACHINERY.get().and_then(Option::as_ref) {
                        builtin_spec(mach, abs, &m)?;
                    }
                    return Ok(m);
                }
            }
            (crate::interp::sys_path(), None)
        }
    };
    if let Some(mach) = machinery() {
        return find_with_meta_path(mach, abs, child, &search, path_obj);
    }
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

/// What a search of the path entries found for `child`.
enum Found {
    /// `dir/child/__init__.py`
    Package(PathBuf, PathBuf),
    /// `dir/child.py`
    Module(PathBuf),
    Nothing,
}

/// Searches directory path entries for a module file or a regular package;
/// `portions` collects namespace-package candidates (directories without
/// `__init__.py`) and `others` the entries that are not directories.
fn search_dirs(child: &str, search: &[PathBuf], portions: &mut Vec<PathBuf>, others: &mut Vec<PathBuf>) -> Found {
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
        if !dir.is_dir() {
            others.push(dir.clone());
            continue;
        }
        let sub = dir.join(child);
        let pkg_init = sub.join("__init__.py");
        if pkg_init.is_file() {
            return Found::Package(pkg_init, sub);
        }
        let file = dir.join(format!("{child}.py"));
        if file.is_file() {
            return Found::Module(file);
        }
        if sub.is_dir() {
            portions.push(sub);
        }
    }
    gil_build_sysconfigdata(child, search).map_or(Found::Nothing, Found::Module)
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
fn gil_build_sysconfigdata(child: &str, search: &[PathBuf]) -> Option<PathBuf> {
    if !crate::object::free_threaded() {
        return None;
    }
    let rest = child.strip_prefix("_sysconfigdata_t_")?;
    let lib = crate::interp::stdlib_dir()?;
    if !search.iter().any(|d| *d == lib) {
        return None;
    }
    let file = lib.join(format!("_sysconfigdata__{rest}.py"));
    file.is_file().then_some(file)
}

/// The plain search (no importlib machinery): files and regular packages.
fn find_on_path(abs: &str, child: &str, search: &[PathBuf]) -> PyResult<Option<Obj>> {
    let (mut portions, mut others) = (vec![], vec![]);
    match search_dirs(child, search, &mut portions, &mut others) {
        Found::Package(init, dir) => load_source(abs, &init, Some(&dir)).map(Some),
        Found::Module(file) => load_source(abs, &file, None).map(Some),
        Found::Nothing => Ok(None),
    }
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

/// Glue run in `_bootstrap_external` before its finders are installed:
/// source files compile through pyk's own compiler and `__pycache__`
/// (CPython's .pyc format is not pyk's), and sourceless .pyc files are not
/// importable.
const EXTERNAL_GLUE: &str = r#"
def _pyk_get_code(self, fullname):
    path = self.get_filename(fullname)
    if isinstance(self, FileLoader) and path.endswith(tuple(SOURCE_SUFFIXES)):
        return _imp._pyk_compile_file(path)
    return self.source_to_code(self.get_data(path), path)
SourceLoader.get_code = _pyk_get_code
def _get_supported_file_loaders():
    return [(ExtensionFileLoader, _imp.extension_suffixes()), (SourceFileLoader, SOURCE_SUFFIXES)]
"#;

fn install_machinery() -> PyResult<Machinery> {
    let lib = crate::interp::stdlib_dir().ok_or_else(|| crate::error::system_error("no standard library"))?;
    let sys = crate::interp::sys_module();
    let imp = import_module("_imp")?;
    let meta_path = ab::getattr_str(&sys, "meta_path")?;
    let before = ab::collect(&meta_path)?;
    let bootstrap = load_source("_frozen_importlib", &lib.join("importlib").join("_bootstrap.py"), None)?;
    ab::call(&ab::getattr_str(&bootstrap, "_install")?, &[sys.clone(), imp], None)?;
    let external = load_source("_frozen_importlib_external", &lib.join("importlib").join("_bootstrap_external.py"), None)?;
    let ed = as_module(&external).expect("module").dict.clone();
    let glue = crate::interp::compile_source(EXTERNAL_GLUE, "<pyk importlib glue>", pyk_abi::component::Mode::Exec)?;
    crate::eval::run_code(&glue, &ed, None)?;
    ab::call(&ab::getattr_str(&bootstrap, "_install_external_importers")?, &[], None)?;
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
    let mach = Machinery { bootstrap, external, builtin_importer, frozen_importer, path_finder };
    // Modules loaded before the machinery get their specs now.
    for (k, m) in as_dict(&modules()).map(|d| d.items()).unwrap_or_default() {
        let (Some(name), Some(md)) = (as_str(&k), as_module(&m)) else { continue };
        if get_str(&md.dict, &intern("__spec__")).is_some_and(|s| !crate::types::is_none(&s)) {
            continue;
        }
        if let Some(file) = get_str(&md.dict, &intern("__file__")).and_then(|f| as_str(&f).map(str::to_owned)) {
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
            let _ = ab::setattr(&pm, &intern(child), Some(&m));
        }
    }
    Ok(m)
}

/// The import search with `sys.meta_path`: the standard finders' work is
/// done here, any other finder is asked through its `find_spec`.
fn find_with_meta_path(mach: &Machinery, abs: &str, child: &str, search: &[PathBuf], path_obj: Option<Obj>) -> PyResult {
    let sys = crate::interp::sys_module();
    let finders = ab::collect(&ab::getattr_str(&sys, "meta_path")?)?;
    for finder in finders {
        if finder.is(&mach.builtin_importer) || finder.is(&mach.frozen_importer) {
            // Builtins were looked up before the path search; nothing is frozen.
            continue;
        }
        if finder.is(&mach.path_finder) {
            let (mut portions, mut others) = (vec![], vec![]);
            match search_dirs(child, search, &mut portions, &mut others) {
                Found::Package(init, dir) => return load_source(abs, &init, Some(&dir)),
                Found::Module(file) => return load_source(abs, &file, None),
                Found::Nothing => {}
            }
            // Namespace packages and path entries that are not directories
            // (zip files, entries for custom path hooks): importlib's PathFinder.
            let hooks = ab::collect(&ab::getattr_str(&sys, "path_hooks")?)?.len();
            if !portions.is_empty() || (!others.is_empty() && hooks > 1) {
                let path_arg = path_obj.clone().unwrap_or_else(crate::types::none);
                let spec = ab::call(&ab::getattr_str(&finder, "find_spec")?, &[new_str(abs), path_arg], None)?;
                if !crate::types::is_none(&spec) {
                    return load_spec(mach, abs, &spec);
                }
            }
            continue;
        }
        let Some(find_spec) = ab::lookup_attr(&finder, &intern("find_spec"))? else { continue };
        let path_arg = path_obj.clone().unwrap_or_else(crate::types::none);
        let spec = ab::call(&find_spec, &[new_str(abs), path_arg, crate::types::none()], None)?;
        if !crate::types::is_none(&spec) {
            return load_spec(mach, abs, &spec);
        }
    }
    Err(module_not_found(abs))
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

/// Header that ties a cache file to its source and to the code's producer:
/// magic, code-format version, the parser/compiler build stamp, source
/// mtime (ns) and size.
fn cache_header(meta: &std::fs::Metadata) -> Vec<u8> {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut h = Vec::with_capacity(32);
    h.extend_from_slice(CACHE_MAGIC);
    h.extend_from_slice(&pyk_abi::code::CODE_VERSION.to_le_bytes());
    h.extend_from_slice(&crate::interp::config().code_stamp.to_le_bytes());
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

/// The text of a source file (UTF-8).
pub fn decode_source(bytes: &[u8], path: &Path) -> PyResult<String> {
    crate::source::decode_for_compile(bytes, &path.to_string_lossy())
}

fn load_source(name: &str, path: &Path, pkg_dir: Option<&Path>) -> PyResult {
    let source = std::fs::read(path).map_err(|e| crate::types::exceptions::os_error_from_io(&e, Some(&path.display().to_string())))?;
    let source = decode_source(&source, path)?;
    let filename = path.to_string_lossy().into_owned();
    let code = compile_file_cached(path, &source)?;
    let m = new_module(name, None);
    let d = as_module(&m).expect("module").dict.clone();
    set_item_str(&d, "__builtins__", crate::interp::builtins_module());
    // With importlib's machinery running, the module gets a real spec and
    // loader (and its __file__/__cached__/__path__/__package__ from them).
    let spec = match machinery() {
        Some(mach) => {
            let locations = pkg_dir.map(|dir| crate::types::list::new_list(vec![new_str(&dir.to_string_lossy())]));
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
            cache_path(path).map(|p| new_str(&p.to_string_lossy())).unwrap_or_else(crate::types::none),
        );
        match pkg_dir {
            Some(dir) => {
                set_item_str(&d, "__path__", crate::types::list::new_list(vec![new_str(&dir.to_string_lossy())]));
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
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(pm) = get_str(&mods, &intern(parent)) {
            let _ = ab::setattr(&pm, &intern(child), Some(&m));
        }
    }
    Ok(m)
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
