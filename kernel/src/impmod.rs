//! `_imp`: what CPython's importlib needs from the interpreter — builtin
//! modules by name, frozen modules, the global import lock, `source_hash`
//! (the key of hash-based .pyc files) and `_fix_co_filename`. pyk loads no
//! C extension modules (`extension_suffixes()` is empty).
//!
//! Frozen modules are CPython 3.13's set (Python/frozen.c): the importlib
//! bootstrap and `zipimport`, always; the start-up part of the standard
//! library and the test modules (`__hello__`, `__phello__`...) only while
//! frozen modules are in use (`-X frozen_modules=on`, `PYTHON_FROZEN_MODULES`,
//! `_override_frozen_modules_for_tests`; off by default, as in CPython's
//! debug builds — see ARCHITECTURE.md). pyk carries no copy of CPython's
//! library, so a frozen module's code is compiled from the library's source
//! when it is asked for (through the .pyc cache) and named `<frozen NAME>`
//! as CPython's; three test modules whose source an installed library
//! lacks are pyk's own few lines.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::error::{type_error, PyErr, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::function::new_builtin;
use crate::types::str::{as_str, new_str};

static MULTI_INTERP_OVERRIDE: AtomicI64 = AtomicI64::new(0);
/// `_override_frozen_modules_for_tests`: >0 on, <0 off, 0 the configured default.
static FROZEN_OVERRIDE: AtomicI64 = AtomicI64::new(0);

#[derive(Clone, Copy, PartialEq)]
enum FrozenGroup {
    /// Always frozen (the import system's own modules).
    Bootstrap,
    /// Frozen only while frozen modules are in use.
    Stdlib,
    Test,
}

/// One entry of the frozen table.
pub struct Frozen {
    pub name: &'static str,
    /// The module whose code it is (`<pkg` for a package's `__init__`
    /// under another name); None when it has no standard-library file.
    pub origname: Option<&'static str>,
    pub package: bool,
    group: FrozenGroup,
    /// pyk's own source for a test module an installed library lacks.
    fallback: Option<&'static str>,
}

const fn fz(name: &'static str, origname: Option<&'static str>, package: bool, group: FrozenGroup) -> Frozen {
    Frozen { name, origname, package, group, fallback: None }
}

/// CPython 3.13's frozen modules, in its order (`_frozen_module_names`).
static FROZEN: &[Frozen] = {
    use FrozenGroup::{Bootstrap as B, Stdlib as S, Test as T};
    &[
        fz("_frozen_importlib", Some("importlib._bootstrap"), false, B),
        fz("_frozen_importlib_external", Some("importlib._bootstrap_external"), false, B),
        fz("zipimport", Some("zipimport"), false, B),
        fz("abc", Some("abc"), false, S),
        fz("codecs", Some("codecs"), false, S),
        fz("io", Some("io"), false, S),
        fz("_collections_abc", Some("_collections_abc"), false, S),
        fz("_sitebuiltins", Some("_sitebuiltins"), false, S),
        fz("genericpath", Some("genericpath"), false, S),
        fz("ntpath", Some("ntpath"), false, S),
        fz("posixpath", Some("posixpath"), false, S),
        fz("os.path", Some("posixpath"), false, S),
        fz("os", Some("os"), false, S),
        fz("site", Some("site"), false, S),
        fz("stat", Some("stat"), false, S),
        fz("importlib.util", Some("importlib.util"), false, S),
        fz("importlib.machinery", Some("importlib.machinery"), false, S),
        fz("runpy", Some("runpy"), false, S),
        fz("__hello__", Some("__hello__"), false, T),
        fz("__hello_alias__", Some("__hello__"), false, T),
        fz("__phello_alias__", Some("__hello__"), true, T),
        fz("__phello_alias__.spam", Some("__hello__"), false, T),
        fz("__phello__", Some("__phello__"), true, T),
        fz("__phello__.__init__", Some("<__phello__"), false, T),
        Frozen { name: "__phello__.ham", origname: Some("__phello__.ham"), package: true, group: T, fallback: Some("") },
        Frozen { name: "__phello__.ham.__init__", origname: Some("<__phello__.ham"), package: false, group: T, fallback: Some("") },
        Frozen { name: "__phello__.ham.eggs", origname: Some("__phello__.ham.eggs"), package: false, group: T, fallback: Some("") },
        fz("__phello__.spam", Some("__phello__.spam"), false, T),
        Frozen {
            name: "__hello_only__",
            origname: None,
            package: false,
            group: T,
            fallback: Some("# A frozen module with no file in the library.\ninitialized = True\nprint('Hello world!')\n"),
        },
    ]
};

/// Whether the standard-library and test groups are frozen: the test
/// override, else the first `-X frozen_modules` (`on`, bare or empty: on;
/// `off`), else `PYTHON_FROZEN_MODULES` (`on`/`off`), else off (the
/// launcher refused other values).
fn use_frozen() -> bool {
    match FROZEN_OVERRIDE.load(Ordering::Relaxed) {
        n if n > 0 => return true,
        n if n < 0 => return false,
        _ => {}
    }
    static CONFIGURED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *CONFIGURED.get_or_init(|| {
        if let Some(v) = crate::interp::first_xoption("frozen_modules") {
            return v != "off";
        }
        if crate::interp::ignore_environment() {
            return false;
        }
        std::env::var("PYTHON_FROZEN_MODULES").is_ok_and(|v| v == "on")
    })
}

/// Where the code of a frozen module comes from.
enum FrozenSource {
    File(std::path::PathBuf),
    Text(&'static str),
}

impl Frozen {
    /// The module name its code was frozen under (`<frozen NAME>`).
    fn code_name(&self) -> &'static str {
        self.origname.map_or(self.name, |o| o.trim_start_matches('<'))
    }

    fn source(&self) -> Option<FrozenSource> {
        let file = self.origname.and_then(|o| {
            let lib = crate::interp::stdlib_dir()?;
            let (rel, init) = match o.strip_prefix('<') {
                Some(pkg) => (pkg, true),
                None => (o, self.package && o == self.name),
            };
            let mut p = lib;
            p.extend(rel.split('.'));
            if init {
                p.push("__init__.py");
            } else {
                p.set_extension("py");
            }
            p.is_file().then_some(p)
        });
        match (file, self.fallback) {
            (Some(p), _) => Some(FrozenSource::File(p)),
            (None, Some(t)) => Some(FrozenSource::Text(t)),
            (None, None) => None,
        }
    }

    /// The frozen module's code object, named `<frozen NAME>`.
    fn code(&self) -> PyResult {
        let filename = format!("<frozen {}>", self.code_name());
        match self.source() {
            Some(FrozenSource::File(p)) => {
                let bytes = std::fs::read(&p).map_err(|e| crate::types::exceptions::os_error_from_io(&e, None))?;
                let code = crate::import::compile_file_cached(&p, &bytes)?;
                crate::types::code::fix_filename(&code, &new_str(&filename))?;
                Ok(code)
            }
            Some(FrozenSource::Text(t)) => crate::interp::compile_source(t, &filename, pyk_abi::component::Mode::Exec),
            None => Err(no_such_frozen(self.name)),
        }
    }
}

/// The frozen module `name`, when it is frozen now (its group is in use)
/// and its code can be had.
pub fn frozen(name: &str) -> Option<&'static Frozen> {
    let f = FROZEN.iter().find(|f| f.name == name)?;
    if f.group != FrozenGroup::Bootstrap && !use_frozen() {
        return None;
    }
    f.source().is_some().then_some(f)
}

fn no_such_frozen(name: &str) -> PyErr {
    let e = crate::types::exceptions::new_exception(
        &crate::types::exceptions::IMPORT_ERROR,
        vec![new_str(&format!("No such frozen object named {}", crate::abstract_::repr_string(&new_str(name)).unwrap_or_default()))],
    );
    if let Some(x) = crate::types::exceptions::as_exc(&e) {
        set_item_str(&crate::types::class::exc_dict(x), "name", new_str(name));
    }
    PyErr(e)
}

/// CPython's `PyImport_ImportFrozenModuleObject`: runs the frozen module
/// `name` in the module `sys.modules[name]` (made when missing) with
/// `__origname__` set and, for a package, an empty `__path__`; importlib's
/// `FrozenImporter._fix_up_module` completes its spec later. None when
/// `name` is not frozen.
pub fn init_frozen_module(name: &str) -> PyResult<Option<Obj>> {
    let Some(f) = frozen(name) else { return Ok(None) };
    let code = f.code()?;
    let modules = crate::interp::modules_dict();
    let key = crate::types::str::intern(name);
    let m = match crate::types::dict::get_str(&modules, &key).filter(|m| crate::types::module::as_module(m).is_some()) {
        Some(m) => m,
        None => {
            let m = crate::types::module::new_module(name, None);
            crate::types::dict::as_dict(&modules).expect("sys.modules").set(key.clone(), m.clone())?;
            m
        }
    };
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    if crate::types::dict::get_str(&d, &crate::types::str::intern("__builtins__")).is_none() {
        set_item_str(&d, "__builtins__", crate::interp::builtins_module());
    }
    if f.package {
        set_item_str(&d, "__path__", crate::types::list::new_list(vec![]));
    }
    set_item_str(&d, "__origname__", f.origname.map_or_else(crate::types::none, new_str));
    if let Err(e) = crate::eval::run_code(&code, &d, None) {
        let _ = crate::types::dict::as_dict(&modules).expect("sys.modules").del(&key);
        return Err(e);
    }
    Ok(Some(crate::types::dict::get_str(&modules, &key).unwrap_or(m)))
}

pub fn make_module() -> PyResult<Obj> {
    let m = crate::types::module::new_module("_imp", Some("Native import internals that importlib relies on."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("exec_builtin", exec_builtin),
        ("is_frozen", is_frozen),
        ("find_frozen", find_frozen),
        ("is_frozen_package", is_frozen_package),
        ("get_frozen_object", get_frozen_object),
        ("init_frozen", init_frozen),
        ("_frozen_module_names", frozen_module_names),
        ("extension_suffixes", extension_suffixes),
        ("acquire_lock", acquire_lock),
        ("release_lock", release_lock),
        ("lock_held", lock_held),
        ("_override_multi_interp_extensions_check", override_multi_interp),
        ("_override_frozen_modules_for_tests", override_frozen),
        ("source_hash", source_hash),
        ("_fix_co_filename", fix_co_filename),
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
    let name = one_str(a, "is_frozen")?;
    Ok(crate::types::bool_obj(frozen(name).is_some()))
}

/// `_imp.find_frozen(name, *, withdata=False)`: `(data, ispkg, origname)`
/// for a frozen module (data, the marshalled code as a memoryview, only
/// with `withdata`), else None.
fn find_frozen(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let mut withdata = false;
    for (n, v) in kws {
        if n != "withdata" {
            return Err(type_error(format!("find_frozen() got an unexpected keyword argument '{n}'")));
        }
        withdata = crate::abstract_::is_true(v)?;
    }
    let name = one_str(pos, "find_frozen")?;
    let Some(f) = frozen(name) else { return Ok(crate::types::none()) };
    let data = if withdata {
        let marshal = crate::import::import_module("marshal")?;
        let bytes = crate::abstract_::call(&crate::abstract_::getattr_str(&marshal, "dumps")?, &[f.code()?], None)?;
        let memoryview = crate::abstract_::getattr_str(&crate::interp::builtins_module(), "memoryview")?;
        crate::abstract_::call(&memoryview, &[bytes], None)?
    } else {
        crate::types::none()
    };
    Ok(crate::types::tuple::new_tuple(vec![data, crate::types::bool_obj(f.package), f.origname.map_or_else(crate::types::none, new_str)]))
}

fn is_frozen_package(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let name = one_str(a, "is_frozen_package")?;
    frozen(name).map(|f| crate::types::bool_obj(f.package)).ok_or_else(|| no_such_frozen(name))
}

/// `_imp.get_frozen_object(name, data=None)`: the code of a frozen module,
/// or with `data`, the code object it marshals (ImportError when it is
/// not one).
fn get_frozen_object(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let data = match a {
        [_, d] if !crate::types::is_none(d) => d,
        [n] | [n, _] => {
            let name = as_str(n).ok_or_else(|| type_error(format!("get_frozen_object() argument 1 must be str, not {}", n.type_obj().name())))?;
            return frozen(name).ok_or_else(|| no_such_frozen(name))?.code();
        }
        _ => return Err(type_error(format!("get_frozen_object expected at most 2 arguments, got {}", a.len()))),
    };
    let name = crate::abstract_::repr_string(&a[0])?;
    let invalid = || PyErr(crate::types::exceptions::new_exception(&crate::types::exceptions::IMPORT_ERROR, vec![new_str(&format!("Frozen object named {name} is invalid"))]));
    let marshal = crate::import::import_module("marshal")?;
    let code = match crate::abstract_::call(&crate::abstract_::getattr_str(&marshal, "loads")?, std::slice::from_ref(data), None) {
        Ok(c) => c,
        Err(e) if e.is_instance(&crate::types::exceptions::EXCEPTION) => return Err(invalid()),
        Err(e) => return Err(e),
    };
    if crate::types::code::as_code(&code).is_none() {
        return Err(invalid());
    }
    Ok(code)
}

/// `_imp.init_frozen(name)`: runs a frozen module into `sys.modules`
/// (see [`init_frozen_module`]); None when it is not frozen.
fn init_frozen(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let name = one_str(a, "init_frozen")?;
    Ok(init_frozen_module(name)?.unwrap_or_else(crate::types::none))
}

/// `_imp._frozen_module_names()`: the names frozen now, in table order.
fn frozen_module_names(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let names = FROZEN.iter().filter(|f| frozen(f.name).is_some()).map(|f| new_str(f.name)).collect();
    Ok(crate::types::list::new_list(names))
}

fn extension_suffixes(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::list::new_list(vec![]))
}

pub(crate) fn the_lock() -> PyResult<Obj> {
    let m = crate::import::import_module("_imp")?;
    crate::abstract_::getattr_str(&m, "_lock")
}

fn acquire_lock(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    acquire_import_lock()?;
    Ok(crate::types::none())
}

/// Takes the global import lock (re-entrant) for the calling thread.
pub fn acquire_import_lock() -> PyResult<()> {
    let l = the_lock()?;
    crate::abstract_::call(&crate::abstract_::getattr_str(&l, "acquire")?, &[], None)?;
    Ok(())
}

/// Releases the global import lock taken by [`acquire_import_lock`].
pub fn release_import_lock() -> PyResult<()> {
    let l = the_lock()?;
    crate::abstract_::call(&crate::abstract_::getattr_str(&l, "release")?, &[], None)?;
    Ok(())
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
/// using the standard-library and test frozen modules (>0 on, <0 off, 0
/// the configured default).
fn override_frozen(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error("_override_frozen_modules_for_tests() takes exactly one argument")) };
    let n = crate::types::int::as_i64(v).ok_or_else(|| type_error("an integer is required"))?;
    FROZEN_OVERRIDE.store(n, Ordering::Relaxed);
    Ok(crate::types::none())
}

/// `_imp._fix_co_filename(code, path)`.
fn fix_co_filename(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [code, path] = a else { return Err(type_error(format!("_fix_co_filename expected 2 arguments, got {}", a.len()))) };
    crate::types::code::fix_filename(code, path)?;
    Ok(crate::types::none())
}

/// SipHash-1-3 of `data` under the key (`k0`, `k1`): one compression round
/// per 8-byte word, three finalisation rounds (what CPython's
/// `_Py_KeyedHash` computes, with `k1` = 0).
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [k0 ^ 0x736f_6d65_7073_6575, k1 ^ 0x646f_7261_6e64_6f6d, k0 ^ 0x6c79_6765_6e65_7261, k1 ^ 0x7465_6462_7974_6573];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, b) in chunks.remainder().iter().enumerate() {
        last |= u64::from(*b) << (8 * i);
    }
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// The 8 bytes a hash-based .pyc stores for its source: SipHash-1-3 keyed
/// by `key` (importlib passes its raw magic number), little-endian.
pub fn source_hash_bytes(key: u64, source: &[u8]) -> [u8; 8] {
    siphash13(key, 0, source).to_le_bytes()
}

/// `_imp.source_hash(key, source)`.
fn source_hash(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let mut slots: [Option<&Obj>; 2] = [pos.first(), pos.get(1)];
    if pos.len() > 2 {
        return Err(type_error(format!("source_hash() takes at most 2 arguments ({} given)", a.len())));
    }
    for (name, v) in kws {
        let i = match name {
            "key" => 0,
            "source" => 1,
            _ => return Err(type_error(format!("source_hash() got an unexpected keyword argument '{name}'"))),
        };
        if slots[i].is_some() {
            return Err(type_error(format!("argument for source_hash() given by name ('{name}') and position ({})", i + 1)));
        }
        slots[i] = Some(v);
    }
    let key = slots[0].ok_or_else(|| type_error("source_hash() missing required argument 'key' (pos 1)"))?;
    let source = slots[1].ok_or_else(|| type_error("source_hash() missing required argument 'source' (pos 2)"))?;
    let key = crate::abstract_::index(key)?;
    let key = crate::types::int::as_i64(&key).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))?;
    let data = crate::types::bytearray::bytes_like(source)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", source.type_obj().name())))?;
    Ok(crate::types::bytes::new_bytes(&source_hash_bytes(key as u64, &data)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn source_hash_matches_cpython() {
        // CPython 3.13's _imp.source_hash(key, source).hex().
        let hex = |b: [u8; 8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(hex(super::source_hash_bytes(1, b"abc")), "afbd63b540c50649");
        assert_eq!(hex(super::source_hash_bytes(0, b"")), "2c530c1562a7fbd1");
        assert_eq!(hex(super::source_hash_bytes(168627699, b"print(1)\n")), "5a90791f83be4635");
        assert_eq!(hex(super::source_hash_bytes(u64::MAX, &[b'x'; 20])), "48320b6fc2023939");
    }
}
