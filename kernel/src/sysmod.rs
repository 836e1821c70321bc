//! The parts of `sys` beyond the basics in interp.rs: CPython's struct
//! sequences (`version_info`, `flags`, `float_info`, `int_info`,
//! `hash_info`, `thread_info`), the prefixes and constants, and the hooks
//! and introspection functions (`excepthook`, `addaudithook`/`audit`,
//! `getsizeof`, `set_int_max_str_digits`, ...).

use std::sync::Mutex;

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::structseq::StructSeq;
use crate::types::dict::set_item_str;
use crate::types::function::new_builtin;
use crate::types::int;
use crate::types::str::new_str;

static VERSION_INFO: StructSeq = StructSeq::new_uncreatable("sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
static FLAGS: StructSeq = StructSeq::new_uncreatable_hidden(
    1,
    "sys",
    "flags",
    &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
        // Not part of the sequence (CPython: len(sys.flags) == 18).
        "gil",
    ],
);
static FLOAT_INFO: StructSeq = StructSeq::new(
    "sys",
    "float_info",
    &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
);
static INT_INFO: StructSeq = StructSeq::new("sys", "int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
static HASH_INFO: StructSeq = StructSeq::new("sys", "hash_info", &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
static THREAD_INFO: StructSeq = StructSeq::new("sys", "thread_info", &["name", "lock", "version"]);

include!("stdlib_names.rs");

/// `sys.addaudithook` hooks, called in order by `sys.audit`.
static AUDIT_HOOKS: Mutex<Vec<Obj>> = Mutex::new(Vec::new());

fn i(v: i64) -> Obj {
    int::from_i64(v)
}
fn f(v: f64) -> Obj {
    crate::types::float::new_float(v)
}

/// Adds the attributes of this file to the `sys` dict `d`.
pub fn extend(d: &Obj, config: &crate::interp::Config, gil: bool) -> PyResult<()> {
    let (maj, min, mic) = pyk_abi::PYTHON_VERSION;
    set_item_str(d, "version_info", VERSION_INFO.make(vec![i(maj as i64), i(min as i64), i(mic as i64), new_str("final"), i(0)])?);
    let fl = &config.flags;
    let b = |x: bool| i(x as i64);
    let max_digits = int::max_str_digits() as i64;
    set_item_str(
        d,
        "flags",
        FLAGS.make(vec![
            b(false),
            b(fl.inspect),
            b(fl.inspect),
            i(fl.optimize as i64),
            b(fl.dont_write_bytecode),
            b(fl.isolated),
            b(fl.no_site),
            b(fl.ignore_environment),
            i(fl.verbose as i64),
            b(false),
            b(fl.quiet),
            b(!config.fixed_hash),
            b(fl.isolated),
            crate::types::bool_obj(crate::interp::dev_mode()),
            b(crate::stdstreams::stdio().utf8_mode),
            b(crate::interp::warn_default_encoding(config)),
            crate::types::bool_obj(fl.safe_path),
            i(max_digits),
            b(gil),
        ])?,
    );
    set_item_str(
        d,
        "float_info",
        FLOAT_INFO.make(vec![
            f(f64::MAX),
            i(f64::MAX_EXP as i64),
            i(f64::MAX_10_EXP as i64),
            f(f64::MIN_POSITIVE),
            i(f64::MIN_EXP as i64),
            i(f64::MIN_10_EXP as i64),
            i(f64::DIGITS as i64),
            i(f64::MANTISSA_DIGITS as i64),
            f(f64::EPSILON),
            i(f64::RADIX as i64),
            i(1),
        ])?,
    );
    set_item_str(
        d,
        "int_info",
        INT_INFO.make(vec![i(30), i(4), i(int::DEFAULT_MAX_STR_DIGITS as i64), i(int::STR_DIGITS_CHECK_THRESHOLD as i64)])?,
    );
    set_item_str(
        d,
        "hash_info",
        HASH_INFO.make(vec![i(64), i((1i64 << 61) - 1), i(314159), i(0), i(1000003), new_str("siphash13"), i(64), i(128), i(0)])?,
    );
    set_item_str(d, "thread_info", THREAD_INFO.make(vec![new_str("pthread"), new_str("mutex+cond"), crate::types::none()])?);
    let prefix = crate::types::dict::get_str(d, &crate::types::str::istr("prefix")).unwrap_or_else(|| new_str(""));
    for name in ["base_prefix", "exec_prefix", "base_exec_prefix"] {
        set_item_str(d, name, prefix.clone());
    }
    set_item_str(d, "platlibdir", new_str("lib"));
    // -X pycache_prefix=PATH, else PYTHONPYCACHEPREFIX (not under -E/-I).
    let pycache_prefix = config
        .xoptions
        .iter()
        .find_map(|x| x.strip_prefix("pycache_prefix=").map(str::to_owned))
        .or_else(|| if config.flags.ignore_environment { None } else { std::env::var("PYTHONPYCACHEPREFIX").ok() })
        .filter(|p| !p.is_empty());
    set_item_str(d, "pycache_prefix", pycache_prefix.map_or_else(crate::types::none, |p| new_str(&p)));
    set_item_str(d, "float_repr_style", new_str("short"));
    set_item_str(d, "api_version", i(1013));
    set_item_str(d, "abiflags", new_str(if gil { "" } else { "t" }));
    set_item_str(d, "copyright", new_str("Copyright (c) 2026 the pyk authors.\nAll Rights Reserved."));
    set_item_str(d, "_git", crate::types::tuple::new_tuple(vec![new_str("pyk"), new_str(""), new_str("")]));
    set_item_str(d, "_framework", new_str(""));
    set_item_str(
        d,
        "_stdlib_dir",
        config.stdlib.as_ref().map(|p| new_str(&p.to_string_lossy())).unwrap_or_else(crate::types::none),
    );
    let xo = crate::types::dict::new_dict();
    for x in &config.xoptions {
        match x.split_once('=') {
            Some((k, v)) => set_item_str(&xo, k, new_str(v)),
            None => set_item_str(&xo, x, crate::types::bool_obj(true)),
        }
    }
    set_item_str(d, "_xoptions", xo);
    let names: Vec<Obj> = STDLIB_MODULE_NAMES.iter().map(|n| new_str(n)).collect();
    set_item_str(d, "stdlib_module_names", crate::types::set::set_from(&crate::types::set::FROZENSET_TYPE, &names)?);
    let sys_funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getsizeof", sys_getsizeof),
        ("addaudithook", sys_addaudithook),
        ("audit", sys_audit),
        ("is_finalizing", sys_is_finalizing),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("call_tracing", sys_call_tracing),
        ("_get_cpu_count_config", sys_get_cpu_count_config),
    ];
    for (name, func) in sys_funcs {
        set_item_str(d, name, new_builtin(name, *func, crate::types::none(), Some("sys")));
    }
    // One object under both names, so `sys.excepthook is sys.__excepthook__`.
    let hook = new_builtin("excepthook", crate::thread::sys_excepthook, crate::types::none(), Some("sys"));
    set_item_str(d, "excepthook", hook.clone());
    set_item_str(d, "__excepthook__", hook);
    let hook = new_builtin("breakpointhook", sys_breakpointhook, crate::types::none(), Some("sys"));
    set_item_str(d, "breakpointhook", hook.clone());
    set_item_str(d, "__breakpointhook__", hook);
    let hook = new_builtin("unraisablehook", sys_unraisablehook, crate::types::none(), Some("sys"));
    set_item_str(d, "unraisablehook", hook.clone());
    set_item_str(d, "__unraisablehook__", hook);
    Ok(())
}

/// The default `sys.breakpointhook(*args, **kws)`: calls the callable that
/// `$PYTHONBREAKPOINT` names (`pdb.set_trace` when unset or empty, a bare
/// name is a builtin, "0" turns breakpoints off); a name that does not
/// import is a RuntimeWarning, as CPython's.
fn sys_breakpointhook(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let env = if crate::interp::ignore_environment() { None } else { std::env::var_os("PYTHONBREAKPOINT") };
    let envar = env.map(|v| v.to_string_lossy().into_owned()).filter(|v| !v.is_empty()).unwrap_or_else(|| "pdb.set_trace".to_string());
    if envar == "0" {
        return Ok(crate::types::none());
    }
    let (modpath, attr) = match envar.rfind('.') {
        None => ("builtins", envar.as_str()),
        Some(0) => return warn_unimportable_breakpoint(&envar),
        Some(dot) => (&envar[..dot], &envar[dot + 1..]),
    };
    let module = match crate::import::import_module(modpath) {
        Ok(m) => m,
        Err(e) if e.is_instance(&crate::types::exceptions::IMPORT_ERROR) => return warn_unimportable_breakpoint(&envar),
        Err(e) => return Err(e),
    };
    let hook = match crate::abstract_::getattr_str(&module, attr) {
        Ok(h) => h,
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => return warn_unimportable_breakpoint(&envar),
        Err(e) => return Err(e),
    };
    crate::abstract_::call(&hook, a, k)
}

fn warn_unimportable_breakpoint(envar: &str) -> PyResult {
    let msg = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{envar}\"");
    crate::warningsmod::warn(&crate::types::exceptions::RUNTIME_WARNING, &msg, 1)?;
    Ok(crate::types::none())
}

/// The default `sys.unraisablehook(unraisable)`: "Exception ignored in:
/// <object>" (or the error message) and the traceback, on stderr.
fn sys_unraisablehook(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [u] = a else { return Err(type_error(format!("unraisablehook() takes exactly one argument ({} given)", a.len()))) };
    let get = |n: &str| crate::abstract_::getattr_str(u, n).ok().filter(|v| !crate::types::is_none(v));
    let header = match (get("err_msg"), get("object")) {
        (Some(m), Some(o)) => format!("{}: {}", crate::abstract_::str_string(&m)?, crate::abstract_::repr_string(&o)?),
        (Some(m), None) => format!("{}:", crate::abstract_::str_string(&m)?),
        (None, Some(o)) => format!("Exception ignored in: {}", crate::abstract_::repr_string(&o)?),
        (None, None) => "Exception ignored in: None".to_string(),
    };
    if let Some(v) = get("exc_value") {
        crate::traceback::print_unraisable_default(&header, &crate::error::PyErr(v));
    }
    Ok(crate::types::none())
}

fn sys_getdefaultencoding(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("sys.getdefaultencoding() takes no arguments ({} given)", a.len())));
    }
    Ok(new_str("utf-8"))
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()`, plus CPython's
/// 16-byte collector header for the container types it tracks.
fn sys_getsizeof(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let mut default = pos.get(1).cloned();
    for (n, v) in kws {
        match n {
            "default" => default = Some(v.clone()),
            other => return Err(type_error(format!("getsizeof() got an unexpected keyword argument '{other}'"))),
        }
    }
    let Some(o) = pos.first() else { return Err(type_error("getsizeof() missing required argument 'object' (pos 1)")) };
    let sizeof = match o.type_obj().lookup(&crate::types::str::istr("__sizeof__")) {
        Some(m) => m,
        None => {
            return default.ok_or_else(|| type_error(format!("Type {} doesn't define __sizeof__", o.type_obj().name())));
        }
    };
    // A special method: a descriptor found there is bound first.
    let sizeof = crate::types::class::bind(&sizeof, Some(o), o.type_obj(), &crate::types::str::istr("__sizeof__"))?;
    let r = match crate::abstract_::call(&sizeof, &[], None) {
        Ok(r) => r,
        Err(e) => return default.ok_or(e),
    };
    let n = int::as_i64(&r).ok_or_else(|| type_error("an integer is required"))?;
    if n < 0 {
        return Err(crate::error::value_error("__sizeof__() should return >= 0"));
    }
    let gc_header = if crate::object::is_tracked(o) { 16 } else { 0 };
    Ok(i(n + gc_header))
}

fn sys_addaudithook(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("addaudithook", k)?;
    let [hook] = a else { return Err(type_error(format!("addaudithook() takes exactly one argument ({} given)", a.len()))) };
    // Adding a hook is itself audited, and a hook may refuse it.
    audit("sys.addaudithook", &[])?;
    AUDIT_HOOKS.lock().unwrap_or_else(|e| e.into_inner()).push(hook.clone());
    Ok(crate::types::none())
}

/// Calls every audit hook with `(event, args)`; the first error stops it.
pub fn audit(event: &str, args: &[Obj]) -> PyResult<()> {
    let hooks = AUDIT_HOOKS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    if hooks.is_empty() {
        return Ok(());
    }
    let ev = new_str(event);
    let t = crate::types::tuple::new_tuple(args.to_vec());
    for h in hooks {
        crate::abstract_::call(&h, &[ev.clone(), t.clone()], None)?;
    }
    Ok(())
}

fn sys_audit(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("audit", k)?;
    let Some(ev) = a.first() else { return Err(type_error("audit() missing 1 required positional argument: 'event'")) };
    let ev = crate::types::str::as_str(ev).ok_or_else(|| type_error(format!("expected str for argument 'event', not {}", ev.type_obj().name())))?;
    audit(ev, &a[1..])?;
    Ok(crate::types::none())
}

fn sys_is_finalizing(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::bool_obj(crate::interp::is_finalizing()))
}

fn sys_get_int_max_str_digits(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(i(int::max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() + kws.len() > 1 {
        return Err(type_error(format!("set_int_max_str_digits() takes at most 1 argument ({} given)", pos.len() + kws.len())));
    }
    let v = match (pos, kws.as_slice()) {
        ([v], []) => v.clone(),
        ([], [("maxdigits", v)]) => (*v).clone(),
        _ => return Err(type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")),
    };
    let n = int::as_i64(&crate::abstract_::index(&v)?).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))?;
    int::set_max_str_digits(n)?;
    Ok(crate::types::none())
}

/// `-X cpu_count=N` (or PYTHON_CPU_COUNT): N, else -1 (no override).
fn sys_get_cpu_count_config(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let from_x = crate::interp::xoption("cpu_count");
    let from_env = if crate::interp::ignore_environment() { None } else { std::env::var("PYTHON_CPU_COUNT").ok() };
    let n = from_x.or(from_env).and_then(|v| v.trim().parse::<i64>().ok()).filter(|n| *n > 0).unwrap_or(-1);
    Ok(i(n))
}

fn sys_call_tracing(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("call_tracing", k)?;
    let [func, args] = a else { return Err(type_error(format!("call_tracing expected 2 arguments, got {}", a.len()))) };
    let items = crate::types::tuple::as_tuple(args).ok_or_else(|| type_error("call_tracing(): argument 2 must be tuple"))?.to_vec();
    crate::abstract_::call(func, &items, None)
}
