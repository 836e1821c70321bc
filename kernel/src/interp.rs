//! The interpreter: components in use, configuration, the `sys` and
//! `builtins` modules, standard streams, the eval breaker, and the entry
//! points the launcher calls.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::OnceLock;

use pyk_abi::component::{
    CompilerModRef, Mode, NativeModuleModRef, ParserModRef, ReplConfig, ReplModRef, RuntimeHandle, RuntimeHooks,
    RuntimeModRef, SyntaxErrorInfo, SyntaxErrorKind, EVAL_BREAKER_GIL_DROP, EVAL_BREAKER_SIGNAL,
};
use pyk_abi::value::ThreadingMode;

use crate::error::{system_error, PyErr, PyResult};
use crate::object::Obj;
use crate::types::dict::{as_dict, get_str, new_dict, set_item_str};
use crate::types::function::new_builtin;
use crate::types::int;
use crate::types::module::{as_module, new_module};
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::new_tuple;

/// Interpreter flags from the command line (CPython's `sys.flags` subset).
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub optimize: u32,
    pub dont_write_bytecode: bool,
    pub quiet: bool,
    pub inspect: bool,
    pub unbuffered: bool,
    pub ignore_environment: bool,
    pub isolated: bool,
    pub no_site: bool,
    pub safe_path: bool,
    pub verbose: u32,
}

/// What the launcher tells the kernel.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    pub orig_argv: Vec<String>,
    pub executable: String,
    pub flags: Flags,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<String>,
    /// CPython 3.13 standard library directory, when one was found.
    pub stdlib: Option<PathBuf>,
    /// Where pyk looked for it (for the ModuleNotFoundError message).
    pub stdlib_searched: Vec<String>,
    /// First sys.path entry: the script's directory, or "" for -c/-m/stdin.
    pub path0: Option<String>,
    /// Extra sys.path entries from PYTHONPATH.
    pub pythonpath: Vec<String>,
    /// One line per loaded component, for the banner and `sys._pyk_components`.
    pub component_lines: Vec<String>,
    pub runtime_name: String,
    pub jit_name: String,
    /// PYTHONHASHSEED=0: deterministic string hashes.
    pub fixed_hash: bool,
    /// Identity of the parser and compiler builds, stored in `__pycache__`
    /// headers so code compiled by another build is not reused.
    pub code_stamp: u64,
}

/// The components the kernel runs with.
pub struct Components {
    pub parser: ParserModRef,
    pub compiler: CompilerModRef,
    pub runtime: RuntimeModRef,
    pub repl: Option<ReplModRef>,
    pub natives: Vec<NativeModuleModRef>,
}

struct Interp {
    comps: Components,
    config: Config,
    runtime: RuntimeHandle,
    builtins: Obj,
    builtins_dict: Obj,
    sys: Obj,
    modules: Obj,
}

// SAFETY: the runtime handle is an opaque pointer owned by the runtime
// component, designed to be used from every thread; the objects are
// immortal-for-the-process module objects reached under the runtime's rules.
unsafe impl Sync for Interp {}
// SAFETY: as above.
unsafe impl Send for Interp {}

static INTERP: OnceLock<Interp> = OnceLock::new();

/// The eval-breaker word shared with the runtime component.
pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);
static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);
/// The pending Ctrl-C came as a signal (not from `interrupt_main`).
static SIGINT_DELIVERED: AtomicBool = AtomicBool::new(false);

fn interp() -> &'static Interp {
    INTERP.get().expect("interpreter not initialised")
}

pub fn builtins_dict() -> Obj {
    interp().builtins_dict.clone()
}
pub fn builtins_module() -> Obj {
    interp().builtins.clone()
}
pub fn modules_dict() -> Obj {
    interp().modules.clone()
}
/// The value of `-X name=value` (None when not given or given bare).
pub fn xoption(name: &str) -> Option<String> {
    let i = INTERP.get()?;
    i.config.xoptions.iter().find_map(|x| x.split_once('=').filter(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
}

/// The value of the first `-X name[=value]` ("" when bare), as CPython's
/// `config_get_xoption_value` reads it.
pub fn first_xoption(name: &str) -> Option<String> {
    let i = INTERP.get()?;
    i.config.xoptions.iter().find_map(|x| match x.split_once('=') {
        Some((k, v)) => (k == name).then(|| v.to_string()),
        None => (x == name).then(String::new),
    })
}

/// PEP 597's `-X warn_default_encoding` (or a non-empty
/// PYTHONWARNDEFAULTENCODING, unless -E/-I): `open()` and TextIOWrapper
/// without an encoding issue EncodingWarning (`sys.flags.warn_default_encoding`).
pub fn warn_default_encoding(config: &Config) -> bool {
    config.xoptions.iter().any(|x| x == "warn_default_encoding")
        || (!config.flags.ignore_environment && std::env::var_os("PYTHONWARNDEFAULTENCODING").is_some_and(|v| !v.is_empty()))
}

/// `warn_default_encoding` of the running interpreter, read once.
pub fn warns_default_encoding() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| INTERP.get().is_some_and(|i| warn_default_encoding(&i.config)))
}

/// True when `-X name` or `-X name=value` was given.
pub fn has_xoption(name: &str) -> bool {
    INTERP.get().is_some_and(|i| i.config.xoptions.iter().any(|x| x.split_once('=').map_or(x.as_str(), |(k, _)| k) == name))
}

/// CPython's `config.code_debug_ranges`: false under `-X no_debug_ranges`
/// or a non-empty `PYTHONNODEBUGRANGES` (unless -E/-I); see
/// `code::debug_ranges`. True before start-up has read the options.
pub fn code_debug_ranges() -> bool {
    static OFF: OnceLock<bool> = OnceLock::new();
    let Some(i) = INTERP.get() else { return true };
    !*OFF.get_or_init(|| {
        has_xoption("no_debug_ranges") || (!i.config.flags.ignore_environment && std::env::var_os("PYTHONNODEBUGRANGES").is_some_and(|v| !v.is_empty()))
    })
}

static DEV_MODE: AtomicBool = AtomicBool::new(false);

/// Whether Python runs in development mode (`sys.flags.dev_mode`).
pub fn dev_mode() -> bool {
    DEV_MODE.load(Ordering::Relaxed)
}

/// -E or -I: PYTHON* variables are ignored.
pub fn ignore_environment() -> bool {
    INTERP.get().map(|i| i.config.flags.ignore_environment).unwrap_or(false)
}
/// The `sys` module.
pub fn sys_module() -> Obj {
    interp().sys.clone()
}
/// The directory of CPython's standard library pyk uses, if any.
pub fn stdlib_dir() -> Option<PathBuf> {
    interp().config.stdlib.clone()
}
pub fn optimize_flag() -> bool {
    INTERP.get().map(|i| i.config.flags.optimize > 0).unwrap_or(false)
}
pub fn has_stdlib() -> bool {
    interp().config.stdlib.is_some()
}
pub fn stdlib_search_description() -> String {
    interp().config.stdlib_searched.join(", ")
}
pub fn is_stdlib_name(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "json", "os", "re", "collections", "functools", "itertools", "typing", "dataclasses", "enum", "random",
        "datetime", "pathlib", "subprocess", "threading", "logging", "argparse", "unittest", "string", "textwrap",
        "copy", "pickle", "abc", "contextlib", "types", "weakref", "heapq", "bisect", "decimal", "fractions",
        "statistics", "struct", "shutil", "tempfile", "glob", "fnmatch", "io", "traceback", "warnings", "inspect",
        "ast", "dis", "tokenize", "doctest", "pprint", "base64", "hashlib", "gzip", "zipfile", "csv", "codecs",
        "locale", "platform", "socket", "selectors", "asyncio", "concurrent", "uuid", "secrets", "difflib",
        "shlex", "configparser", "calendar", "queue", "operator",
    ];
    NAMES.contains(&name)
}

pub fn sys_path() -> Vec<PathBuf> {
    let Some(i) = INTERP.get() else { return vec![] };
    let p = i.sys_attr("path");
    p.and_then(|p| crate::abstract_::collect(&p).ok())
        .unwrap_or_default()
        .iter()
        .filter_map(|x| as_str(x).map(PathBuf::from))
        .collect()
}

impl Interp {
    fn sys_attr(&self, name: &str) -> Option<Obj> {
        get_str(&as_module(&self.sys)?.dict, &intern(name))
    }
}

/// `sys.<name>` as the program has it now (e.g. a replaced `sys.stdout`);
/// the name is a cached interned string, as print() asks on every call.
pub fn sys_get(name: &'static str) -> Option<Obj> {
    get_str(&as_module(&INTERP.get()?.sys)?.dict, &crate::types::str::istr(name))
}

// ------------------------------------------------------------ runtime

pub fn attach() {
    if let Some(i) = INTERP.get() {
        (i.comps.runtime.attach())(i.runtime);
    }
    crate::curframes::attached();
}

pub fn detach() {
    crate::curframes::detaching();
    if let Some(i) = INTERP.get() {
        (i.comps.runtime.detach())(i.runtime);
    }
}

pub fn threading_mode() -> ThreadingMode {
    (interp().comps.runtime.mode())()
}

#[inline(always)]
pub fn eval_breaker_set() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) != 0
}

thread_local! {
    static IS_MAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Handles what the eval breaker asks for: GIL hand-off and signals.
pub fn handle_eval_breaker() -> PyResult<()> {
    let bits = EVAL_BREAKER.load(Ordering::Acquire);
    if bits & EVAL_BREAKER_SIGNAL != 0 && IS_MAIN.with(|m| m.get()) {
        EVAL_BREAKER.fetch_and(!EVAL_BREAKER_SIGNAL, Ordering::AcqRel);
        // Python-level handlers of `_signal` first, then the kernel's Ctrl-C.
        crate::signalmod::run_pending()?;
        if SIGINT_PENDING.swap(false, Ordering::AcqRel) {
            SIGINT_DELIVERED.store(false, Ordering::Release);
            return Err(PyErr::empty(&crate::types::exceptions::KEYBOARD_INTERRUPT));
        }
    }
    if bits & EVAL_BREAKER_GIL_DROP != 0 {
        let i = interp();
        (i.comps.runtime.yield_now())(i.runtime);
    }
    if bits & crate::curframes::EVAL_BREAKER_FRAMES != 0 {
        crate::curframes::serve_pending();
    }
    Ok(())
}

extern "C" fn on_sigint(sig: libc::c_int) {
    SIGINT_PENDING.store(true, Ordering::Release);
    crate::signalmod::wakeup(sig);
    EVAL_BREAKER.fetch_or(EVAL_BREAKER_SIGNAL, Ordering::AcqRel);
}

/// The kernel's SIGINT handler as the OS calls it: a real signal also ends
/// the main thread's blocking waits (`sigint_pending`).
extern "C" fn on_sigint_signal(sig: libc::c_int) {
    SIGINT_DELIVERED.store(true, Ordering::Release);
    on_sigint(sig);
}

/// The kernel's SIGINT handler as a `sigaction` handler value (what
/// `_signal` installs for `default_int_handler`).
pub fn sigint_action() -> libc::sighandler_t {
    on_sigint_signal as *const () as usize
}

/// Installs the Ctrl-C handler, unless SIGINT was ignored when pyk started
/// (a background job of a shell, `nohup`): then it stays ignored and
/// `signal.getsignal(SIGINT)` says SIG_IGN, as in CPython.
fn install_sigint() {
    // SAFETY: querying the current action into a zeroed struct; the handler
    // only touches atomics, which is async-signal-safe; sigaction with
    // SA_RESTART unset lets blocking reads see EINTR.
    unsafe {
        let mut cur: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut cur) == 0 && cur.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = sigint_action();
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Whether this is the thread that started the interpreter.
pub fn is_main_thread() -> bool {
    IS_MAIN.with(|m| m.get())
}

/// In the child of a fork: the forking thread, the only one left, is the
/// main thread from now on (signal handlers run there).
pub fn become_main_thread() {
    IS_MAIN.with(|m| m.set(true));
}

/// A Ctrl-C that arrived as a signal is waiting for the main thread
/// (blocking waits poll this). `interrupt_main()`'s is served at the next
/// eval-breaker check instead: in CPython only a signal's EINTR ends a
/// lock wait, so a wait the other thread is about to satisfy completes.
pub fn sigint_pending() -> bool {
    SIGINT_PENDING.load(Ordering::Acquire) && SIGINT_DELIVERED.load(Ordering::Acquire)
}

/// `_thread.interrupt_main()`: as if SIGINT had arrived.
pub fn interrupt_main() {
    on_sigint(libc::SIGINT);
}

/// Clears a pending Ctrl-C (the REPL calls this after cancelling input).
pub fn clear_sigint() {
    SIGINT_PENDING.store(false, Ordering::Release);
    SIGINT_DELIVERED.store(false, Ordering::Release);
    EVAL_BREAKER.fetch_and(!EVAL_BREAKER_SIGNAL, Ordering::AcqRel);
}

// ------------------------------------------------------------ streams
//
// sys.stdin/stdout/stderr are `_io` TextIOWrappers made at start-up
// (`init_std_streams`). The kernel writes its own reports (tracebacks,
// unraisable exceptions, launcher errors) through `sys.stderr`, as
// CPython's PyFile_WriteString does, and falls back to descriptor 2 when
// that object is missing, None or fails.

/// Writes text to `sys.stderr` and flushes it; to descriptor 2 when
/// sys.stderr is missing or None, when its `write` fails, or on a thread
/// that can no longer run Python code.
pub fn write_stderr(s: &str) {
    if crate::thread::PY_DEPTH.try_with(|_| ()).is_ok() && INTERP.get().is_some() {
        if let Some(err) = sys_get("stderr").filter(|e| !crate::types::is_none(e)) {
            let wrote = crate::abstract_::getattr_str(&err, "write").and_then(|w| crate::abstract_::call(&w, &[new_str(s)], None));
            if wrote.is_ok() {
                let _ = crate::abstract_::getattr_str(&err, "flush").and_then(|f| crate::abstract_::call0(&f));
                return;
            }
        }
    }
    write_stderr_fd(s);
}

/// Text straight to descriptor 2, as UTF-8 with lone surrogates escaped.
pub fn write_stderr_fd(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(crate::types::str::escape_surrogates(s).as_bytes());
    let _ = e.flush();
}

/// Flushes sys.stderr, then sys.stdout, ignoring failures (CPython's
/// flush_io after an interactive statement, before an input prompt).
pub fn flush_std_streams() {
    for name in ["stderr", "stdout"] {
        let _ = flush_stream(name);
    }
}

/// `sys.<name>.flush()` when the stream is there, not None and not closed;
/// the error when the flush fails.
fn flush_stream(name: &'static str) -> Result<(), PyErr> {
    if INTERP.get().is_none() || crate::thread::PY_DEPTH.try_with(|_| ()).is_err() {
        return Ok(());
    }
    let Some(f) = sys_get(name).filter(|f| !crate::types::is_none(f)) else { return Ok(()) };
    let closed = crate::abstract_::getattr_str(&f, "closed").and_then(|c| crate::abstract_::is_true(&c)).unwrap_or(false);
    if closed {
        return Ok(());
    }
    crate::abstract_::getattr_str(&f, "flush").and_then(|m| crate::abstract_::call0(&m)).map(|_| ())
}

/// CPython's flush_std_files at shutdown: a failing sys.stdout flush is
/// reported ("Exception ignored on flushing sys.stdout"), a failing
/// sys.stderr flush is not; false when either failed (exit status 120).
fn flush_std_files() -> bool {
    let mut ok = true;
    if let Err(e) = flush_stream("stdout") {
        crate::traceback::format_unraisable("Exception ignored on flushing sys.stdout", &e);
        ok = false;
    }
    if flush_stream("stderr").is_err() {
        ok = false;
    }
    ok
}

/// Bit `fd` set: descriptor 0, 1 or 2 was closed when the process started
/// (`sys.stdin`/`stdout`/`stderr` are then None). Recorded by a constructor
/// that runs before `main`, because Rust's runtime start-up reopens closed
/// standard descriptors on /dev/null before any of pyk's code runs.
static CLOSED_STD_FDS: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

extern "C" fn record_closed_std_fds() {
    for fd in 0..3 {
        // SAFETY: fcntl(F_GETFD) only asks whether `fd` is open.
        if unsafe { libc::fcntl(fd, libc::F_GETFD) } == -1 {
            CLOSED_STD_FDS.fetch_or(1 << fd, Ordering::Relaxed);
        }
    }
}

#[used]
#[link_section = ".init_array"]
static RECORD_CLOSED_STD_FDS: extern "C" fn() = record_closed_std_fds;

/// Makes sys.stdin/stdout/stderr (and `sys.__stdin__` etc., the same
/// objects) as `_io` TextIOWrappers, and `builtins.open` `_io.open`. A
/// descriptor closed at start-up gives None, as CPython's create_stdio
/// (`python 1>&-`). Fails as CPython's start-up does when the encoding is
/// unknown.
fn init_std_streams() -> Result<(), String> {
    let io = crate::import::import_module("_io").map_err(|e| format!("cannot load _io: {}", crate::traceback::format_exception(&e.0).trim_end()))?;
    let open = crate::abstract_::getattr_str(&io, "open").map_err(|_| "_io has no open".to_string())?;
    set_item_str(&interp().builtins_dict, "open", open);
    let c = crate::stdstreams::stdio();
    let encoding = crate::stdstreams::codec_name().map_err(|e| {
        format!(
            "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\n{}",
            crate::traceback::format_exception(&e.0).trim_end()
        )
    })?;
    let make = crate::abstract_::getattr_str(&io, "_make_std").map_err(|_| "_io has no _make_std".to_string())?;
    let buffered = !interp().config.flags.unbuffered;
    let sd = as_module(&interp().sys).expect("module").dict.clone();
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = if CLOSED_STD_FDS.load(Ordering::Relaxed) & (1 << fd) != 0 {
            crate::types::none()
        } else {
            let errors = if fd == 2 { "backslashreplace" } else { c.errors.as_str() };
            let args = [int::from_i64(fd as i64), new_str(&encoding), new_str(errors), crate::types::bool_obj(buffered)];
            crate::abstract_::call(&make, &args, None).map_err(|e| {
                format!(
                    "Fatal Python error: init_sys_streams: can't initialize sys standard streams\nPython runtime state: core initialized\n{}",
                    crate::traceback::format_exception(&e.0).trim_end()
                )
            })?
        };
        set_item_str(&sd, name, s.clone());
        set_item_str(&sd, &format!("__{name}__"), s);
    }
    Ok(())
}

// ------------------------------------------------------------ sys

/// Argument checks of the sys functions that take none (CPython's
/// METH_NOARGS messages).
fn sys_no_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    if k.and_then(crate::types::tuple::as_tuple).is_some_and(|n| !n.is_empty()) {
        return Err(crate::error::type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    if !a.is_empty() {
        return Err(crate::error::type_error(format!("sys.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

/// Argument checks of the sys functions taking one optional positional.
fn sys_at_most_one(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    if k.and_then(crate::types::tuple::as_tuple).is_some_and(|n| !n.is_empty()) {
        return Err(crate::error::type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    if a.len() > 1 {
        return Err(crate::error::type_error(format!("{name} expected at most 1 argument, got {}", a.len())));
    }
    Ok(())
}

fn sys_exit(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    sys_at_most_one("exit", a, k)?;
    // As PyErr_SetObject: a tuple is the exception's arguments, None none.
    let args = match a.first() {
        Some(v) if crate::types::is_none(v) => Vec::new(),
        Some(v) => crate::types::tuple::as_tuple(v).map(|t| t.to_vec()).unwrap_or_else(|| a.to_vec()),
        None => Vec::new(),
    };
    Err(PyErr(crate::types::exceptions::new_exception(&crate::types::exceptions::SYSTEM_EXIT, args)))
}
fn sys_is_gil_enabled(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    sys_no_args("_is_gil_enabled", a, k)?;
    Ok(crate::types::bool_obj(threading_mode() == ThreadingMode::Gil))
}
fn sys_getrecursionlimit(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    sys_no_args("getrecursionlimit", a, k)?;
    Ok(int::from_i64(crate::thread::RECURSION_LIMIT.load(Ordering::Relaxed) as i64))
}
fn sys_setrecursionlimit(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n] = a else { return Err(crate::error::type_error("setrecursionlimit() takes exactly one argument")) };
    let n = int::as_i64(&crate::abstract_::index(n)?).filter(|n| i32::try_from(*n).is_ok()).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))?;
    if n < 1 {
        return Err(crate::error::value_error("recursion limit must be greater or equal than 1"));
    }
    // As CPython: a limit at or below the current Python depth is refused.
    let depth = crate::thread::PY_DEPTH.with(|d| d.get()) as i64;
    if depth >= n {
        return Err(crate::error::recursion_error(format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low")));
    }
    crate::thread::RECURSION_LIMIT.store(n as usize, Ordering::Relaxed);
    Ok(crate::types::none())
}
fn sys_getswitchinterval(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    sys_no_args("getswitchinterval", a, k)?;
    let i = interp();
    Ok(crate::types::float::new_float((i.comps.runtime.switch_interval())(i.runtime)))
}
fn sys_setswitchinterval(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(crate::error::type_error("setswitchinterval() takes exactly one argument")) };
    let v = crate::abstract_::to_float(x)?;
    if v <= 0.0 {
        return Err(crate::error::value_error("switch interval must be strictly positive"));
    }
    let i = interp();
    (i.comps.runtime.set_switch_interval())(i.runtime, v);
    Ok(crate::types::none())
}
fn sys_current_frames(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::curframes::current_frames()
}
fn sys_current_exceptions(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::curframes::current_exceptions()
}

fn sys_getframe(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    sys_at_most_one("_getframe", a, k)?;
    let depth = match a.first() {
        Some(d) => int::as_i64(d).ok_or_else(|| crate::error::type_error("an integer is required"))?,
        None => 0,
    };
    if depth < 0 {
        return Err(crate::error::value_error("call stack is not deep enough"));
    }
    crate::types::frame::getframe(depth as usize)
}
fn sys_getframemodulename(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let mut depth = pos.first().and_then(int::as_i64).unwrap_or(0);
    for (n, v) in kws {
        if n == "depth" {
            depth = int::as_i64(v).unwrap_or(0);
        }
    }
    match crate::types::frame::getframe(depth.max(0) as usize) {
        Ok(f) => {
            let g = crate::abstract_::getattr_str(&f, "f_globals")?;
            Ok(crate::types::dict::get_str(&g, &intern("__name__")).unwrap_or_else(crate::types::none))
        }
        Err(_) => Ok(crate::types::none()),
    }
}
static ASYNCGEN_HOOKS: crate::structseq::StructSeq = crate::structseq::StructSeq::new("builtins", "asyncgen_hooks", &["firstiter", "finalizer"]);

fn sys_get_asyncgen_hooks(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("get_asyncgen_hooks", k)?;
    if !a.is_empty() {
        return Err(crate::error::type_error(format!("sys.get_asyncgen_hooks() takes no arguments ({} given)", a.len())));
    }
    let (f, g) = crate::thread::asyncgen_hooks();
    ASYNCGEN_HOOKS.make(vec![f.unwrap_or_else(crate::types::none), g.unwrap_or_else(crate::types::none)])
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument left
/// out keeps its hook; None removes it.
fn sys_set_asyncgen_hooks(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() > 2 {
        return Err(crate::error::type_error(format!("set_asyncgen_hooks() takes at most 2 arguments ({} given)", pos.len())));
    }
    let (mut first, mut fin) = crate::thread::asyncgen_hooks();
    let mut given: [Option<Obj>; 2] = [pos.first().cloned(), pos.get(1).cloned()];
    for (n, v) in kws {
        let i = match n {
            "firstiter" => 0,
            "finalizer" => 1,
            other => return Err(crate::error::type_error(format!("set_asyncgen_hooks() got an unexpected keyword argument '{other}'"))),
        };
        given[i] = Some(v.clone());
    }
    for (i, v) in given.iter().enumerate() {
        if let Some(v) = v {
            let what = if i == 0 { "firstiter" } else { "finalizer" };
            if !crate::types::is_none(v) && v.type_obj().call.is_none() {
                return Err(crate::error::type_error(format!("callable {what} expected, got {}", v.type_obj().name())));
            }
        }
    }
    if let Some(v) = &given[0] {
        first = Some(v.clone()).filter(|v| !crate::types::is_none(v));
    }
    if let Some(v) = &given[1] {
        fin = Some(v.clone()).filter(|v| !crate::types::is_none(v));
    }
    crate::thread::set_asyncgen_hooks(first, fin);
    Ok(crate::types::none())
}

fn sys_exception(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    sys_no_args("exception", a, k)?;
    Ok(crate::thread::handled().unwrap_or_else(crate::types::none))
}
fn sys_exc_info(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    sys_no_args("exc_info", a, k)?;
    Ok(match crate::thread::handled() {
        Some(e) => {
            let tb = crate::types::exceptions::as_exc(&e).and_then(|x| x.with(|s| s.traceback.clone())).unwrap_or_else(crate::types::none);
            new_tuple(vec![e.type_obj().as_obj(), e.clone(), tb])
        }
        None => new_tuple(vec![crate::types::none(), crate::types::none(), crate::types::none()]),
    })
}
fn sys_getrefcount(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(crate::error::type_error("getrefcount() takes exactly one argument")) };
    Ok(int::from_i64(x.refcnt() as i64))
}
fn sys_intern(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(crate::error::type_error(format!("sys.intern() takes exactly one argument ({} given)", a.len()))) };
    let s = as_str(x).ok_or_else(|| crate::error::type_error(format!("intern() argument must be str, not {}", x.type_obj().name())))?;
    if x.type_ptr() != &crate::types::str::STR_TYPE as *const _ {
        return Err(crate::error::type_error(format!("can't intern {}", x.type_obj().name())));
    }
    Ok(crate::types::str::intern_obj(x, s))
}
fn sys_displayhook(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(crate::error::type_error("displayhook() takes exactly one argument")) };
    default_displayhook(x)?;
    Ok(crate::types::none())
}

fn default_displayhook(v: &Obj) -> PyResult<()> {
    if crate::types::is_none(v) {
        return Ok(());
    }
    set_item_str(&builtins_dict(), "_", crate::types::none());
    let r = crate::abstract_::repr_string(v)?;
    // Through sys.stdout as CPython (doctest and redirections replace it).
    let out = interp().sys_attr("stdout").filter(|o| !crate::types::is_none(o)).ok_or_else(|| crate::error::runtime_error("lost sys.stdout"))?;
    let write = crate::abstract_::getattr_str(&out, "write")?;
    crate::abstract_::call(&write, &[new_str(&r)], None)?;
    crate::abstract_::call(&write, &[new_str("\n")], None)?;
    set_item_str(&builtins_dict(), "_", v.clone());
    Ok(())
}

/// CALL_INTRINSIC_1 PRINT: calls sys.displayhook.
pub fn displayhook(v: &Obj) -> PyResult<()> {
    let hook = interp().sys_attr("displayhook").ok_or_else(|| crate::error::runtime_error("lost sys.displayhook"))?;
    crate::abstract_::call(&hook, std::slice::from_ref(v), None)?;
    Ok(())
}

fn str_list(items: &[String]) -> Obj {
    crate::types::list::new_list(items.iter().map(|s| new_str(s)).collect())
}

fn make_sys(config: &Config, modules: &Obj, mode: ThreadingMode) -> Obj {
    let m = new_module("sys", Some("The interpreter's own state and settings: argv, path, modules, the\nstandard streams, limits, hooks and version information."));
    let d = as_module(&m).expect("module").dict.clone();
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("exit", sys_exit),
        ("_is_gil_enabled", sys_is_gil_enabled),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("getswitchinterval", sys_getswitchinterval),
        ("setswitchinterval", sys_setswitchinterval),
        ("exception", sys_exception),
        ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
        ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
        ("_getframe", sys_getframe),
        ("_current_frames", sys_current_frames),
        ("_current_exceptions", sys_current_exceptions),
        ("settrace", crate::trace::sys_settrace),
        ("_settraceallthreads", crate::trace::sys_settraceallthreads),
        ("_setprofileallthreads", crate::trace::sys_setprofileallthreads),
        ("get_coroutine_origin_tracking_depth", crate::types::generator::sys_get_origin_depth),
        ("set_coroutine_origin_tracking_depth", crate::types::generator::sys_set_origin_depth),
        ("gettrace", crate::trace::sys_gettrace),
        ("setprofile", crate::trace::sys_setprofile),
        ("getprofile", crate::trace::sys_getprofile),
        ("_getframemodulename", sys_getframemodulename),
        ("exc_info", sys_exc_info),
        ("getrefcount", sys_getrefcount),
        ("intern", sys_intern),
        ("displayhook", sys_displayhook),
        ("__displayhook__", sys_displayhook),
    ];
    for (name, f) in funcs {
        set_item_str(&d, name, new_builtin(name, *f, m.clone(), Some("sys")));
    }
    let (maj, min, mic) = pyk_abi::PYTHON_VERSION;
    set_item_str(&d, "argv", str_list(&config.argv));
    set_item_str(&d, "orig_argv", str_list(&config.orig_argv));
    set_item_str(&d, "executable", new_str(&config.executable));
    set_item_str(&d, "_base_executable", new_str(&config.executable));
    let mut path: Vec<String> = vec![];
    if let Some(p0) = &config.path0 {
        if !config.flags.safe_path {
            path.push(p0.clone());
        }
    }
    path.extend(config.pythonpath.iter().cloned());
    if let Some(lib) = &config.stdlib {
        path.push(lib.to_string_lossy().into_owned());
        path.push(lib.join("lib-dynload").to_string_lossy().into_owned());
    }
    set_item_str(&d, "path", str_list(&path));
    set_item_str(&d, "modules", modules.clone());
    set_item_str(&d, "meta_path", crate::types::list::new_list(vec![]));
    set_item_str(&d, "path_hooks", crate::types::list::new_list(vec![]));
    set_item_str(&d, "path_importer_cache", new_dict());
    set_item_str(
        &d,
        "version",
        new_str(&format!("{maj}.{min}.{mic} (pyk {}, {}) [rustc]", pyk_abi::PYK_VERSION, if mode == ThreadingMode::Gil { "GIL" } else { "free-threaded" })),
    );
    set_item_str(&d, "hexversion", int::from_i64(((maj as i64) << 24) | ((min as i64) << 16) | ((mic as i64) << 8) | 0xf0));
    set_item_str(&d, "platform", new_str(if cfg!(target_os = "linux") { "linux" } else { std::env::consts::OS }));
    set_item_str(&d, "byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set_item_str(&d, "maxsize", int::from_i64(isize::MAX as i64));
    set_item_str(&d, "maxunicode", int::from_i64(0x10ffff));
    set_item_str(&d, "prefix", new_str(config.stdlib.as_ref().and_then(|p| p.parent().and_then(|p| p.parent())).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default().as_str()));
    set_item_str(&d, "warnoptions", str_list(&config.warnoptions));
    crate::stdstreams::init_stdio(&config.xoptions, config.flags.ignore_environment);
    set_item_str(&d, "dont_write_bytecode", crate::types::bool_obj(config.flags.dont_write_bytecode));
    crate::posixmod::add_sys_functions(&d);
    set_item_str(&d, "_pyk_components", str_list(&config.component_lines));
    if let Err(e) = crate::sysmod::extend(&d, config, mode == ThreadingMode::Gil) {
        crate::traceback::print_exception(&e.0);
    }
    let version_info = crate::types::dict::get_str(&d, &intern("version_info")).unwrap_or_else(crate::types::none);
    let hexversion = crate::types::dict::get_str(&d, &intern("hexversion")).unwrap_or_else(crate::types::none);
    set_item_str(
        &d,
        "implementation",
        crate::types::namespace::new_namespace(&[
            ("name", new_str("pyk")),
            ("cache_tag", new_str(crate::import::CACHE_TAG)),
            ("version", version_info),
            ("hexversion", hexversion),
            ("_multiarch", new_str(&format!("{}-linux-gnu", std::env::consts::ARCH))),
            ("supports_isolated_interpreters", crate::types::bool_obj(false)),
        ]),
    );
    m
}

// ------------------------------------------------------------ start-up

/// Initialises the interpreter; call once, on the thread that will run `__main__`.
pub fn init(comps: Components, mut config: Config) -> Result<(), String> {
    crate::types::str::init_hash(config.fixed_hash);
    // Development mode (-X dev, PYTHONDEVMODE): CPython's "default" warning
    // filter first, and codec arguments checked even when unused.
    let dev = config.xoptions.iter().any(|x| x == "dev" || x.starts_with("dev="))
        || (!config.flags.ignore_environment && std::env::var_os("PYTHONDEVMODE").is_some_and(|v| !v.is_empty()));
    if dev {
        DEV_MODE.store(true, Ordering::Relaxed);
        config.warnoptions.insert(0, "default".into());
    }
    let mode = (comps.runtime.mode())();
    crate::object::set_free_threaded(mode == ThreadingMode::FreeThreaded);
    crate::types::ready_all();
    crate::types::typeobj::ready(&crate::traceback::TRACEBACK_TYPE);
    let runtime = (comps.runtime.create())(RuntimeHooks { eval_breaker: EVAL_BREAKER.as_ptr() as *const u32 });
    if runtime.0.is_null() {
        return Err("the runtime component failed to start".into());
    }
    let modules = new_dict();
    let builtins = crate::builtins::make_module();
    let builtins_dict = as_module(&builtins).expect("module").dict.clone();
    let sys = make_sys(&config, &modules, mode);
    if let Some(m) = as_module(&sys) {
        set_item_str(&m.dict, "builtin_module_names", builtin_module_names(&comps));
    }
    {
        let md = as_dict(&modules).expect("dict");
        let _ = md.set(intern("builtins"), builtins.clone());
        let _ = md.set(intern("sys"), sys.clone());
    }
    INTERP
        .set(Interp { comps, config, runtime, builtins, builtins_dict, sys, modules })
        .map_err(|_| "interpreter initialised twice".to_string())?;
    IS_MAIN.with(|m| m.set(true));
    crate::thread::set_main_thread();
    crate::posixproc::note_start_thread();
    install_sigint();
    attach();
    init_std_streams()?;
    // As CPython: -W options take effect through `warnings`, which reads
    // sys.warnoptions when imported, so it is imported before any code runs.
    if !interp().config.warnoptions.is_empty() && has_stdlib() {
        if let Err(e) = crate::import::import_module("warnings") {
            crate::traceback::print_exception(&e.0);
        }
    }
    Ok(())
}

/// The modules the kernel itself provides.
const KERNEL_MODULES: &[&str] = &[
    "_ast", "_codecs", "_collections", "_contextvars", "_imp", "_io", "_opcode", "_signal", "_thread", "_tokenize", "_typing", "_warnings", "_weakref", "atexit",
    "builtins", "gc", "posix", "sys",
];

/// True for a module the kernel or a native-module component provides
/// (what importlib's BuiltinImporter finds).
pub fn is_builtin_module_name(name: &str) -> bool {
    KERNEL_MODULES.contains(&name) || interp().comps.natives.iter().any(|lib| (lib.modules())().iter().any(|n| n.as_str() == name))
}

/// `sys.builtin_module_names`: the kernel's modules and the native components'.
fn builtin_module_names(comps: &Components) -> Obj {
    let mut names: Vec<String> = KERNEL_MODULES.iter().map(|s| s.to_string()).collect();
    for lib in &comps.natives {
        names.extend((lib.modules())().iter().map(|n| n.as_str().to_string()));
    }
    names.sort();
    names.dedup();
    new_tuple(names.iter().map(|n| new_str(n)).collect())
}

/// A builtin or native module by name, created on first import.
pub fn builtin_module(name: &str) -> PyResult<Option<Obj>> {
    match name {
        "_thread" => return Ok(Some(crate::thread::make_module())),
        "_weakref" => return Ok(Some(crate::types::weakref::make_module())),
        "posix" => return crate::posixmod::make_module().map(Some),
        "_collections" => return crate::collectionsmod::make_module().map(Some),
        "_contextvars" => return crate::collectionsmod::make_contextvars().map(Some),
        "_typing" => return crate::typingmod::make_module().map(Some),
        "atexit" => return Ok(Some(crate::atexitmod::make_module())),
        "gc" => return crate::gcmod::make_module().map(Some),
        "_signal" => return crate::signalmod::make_module().map(Some),
        "_imp" => return crate::impmod::make_module().map(Some),
        "_warnings" => return crate::warningsmod::make_module().map(Some),
        "_codecs" => return crate::codecsmod::make_module().map(Some),
        "_io" => return crate::iomod::make_module().map(Some),
        "_tokenize" => return crate::tokenizemod::make_module().map(Some),
        "_ast" => return crate::astmod::make_module().map(Some),
        "_opcode" => return Ok(Some(crate::opcodemod::make_module())),
        "sys" => return Ok(Some(interp().sys.clone())),
        "builtins" => return Ok(Some(interp().builtins.clone())),
        _ => {}
    }
    for lib in &interp().comps.natives {
        let names = (lib.modules())();
        if names.iter().any(|n| n.as_str() == name) {
            let api = pyk_abi::api::KernelApiRef::new(crate::api::kernel_api());
            let v = (lib.init())(api, name.into());
            if v.is_null() {
                return Err(crate::thread::take_error().unwrap_or_else(|| system_error(format!("initialising native module {name} failed without an exception"))));
            }
            // SAFETY: init returns a new reference.
            return Ok(Some(unsafe { Obj::from_raw(v) }));
        }
    }
    Ok(None)
}

pub(crate) fn syntax_error(info: &SyntaxErrorInfo, filename: &str) -> PyErr {
    use crate::types::exceptions as ex;
    let t = match info.kind {
        SyntaxErrorKind::SyntaxError => &ex::SYNTAX_ERROR,
        SyntaxErrorKind::IndentationError => &ex::INDENTATION_ERROR,
        SyntaxErrorKind::TabError => &ex::TAB_ERROR,
        SyntaxErrorKind::Recursion => return crate::error::recursion_error(info.msg.as_str()),
        SyntaxErrorKind::Memory => return crate::error::memory_error(info.msg.as_str()),
        SyntaxErrorKind::Internal => return system_error(format!("internal error in a component: {}", info.msg)),
    };
    // The compiler's errors carry no text: CPython reads the line from the
    // file named (PyErr_ProgramTextObject), when there is one.
    let mut text = info.text.to_string();
    if text.is_empty() && info.lineno > 0 {
        if let Ok(src) = std::fs::read(filename) {
            if let Some(line) = src.split_inclusive(|&b| b == b'\n').nth(info.lineno as usize - 1) {
                text = String::from_utf8_lossy(line).into_owned();
            }
        }
    }
    PyErr(ex::new_syntax_error(t, info.msg.as_str(), filename, info.lineno, info.offset, &text, info.end_lineno, info.end_offset))
}

/// Parses and compiles source into a code object through the components.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> PyResult {
    let bytes = compile_to_bytes(source, filename, mode)?;
    code_from_bytes(&bytes)
}

/// `compile()` of source text: the flags the parser honours
/// (`PyCF_DONT_IMPLY_DEDENT`, `PyCF_TYPE_COMMENTS`) go to it, and with
/// `PyCF_ALLOW_INCOMPLETE_INPUT` (0x4000) input that ends too early raises
/// `_IncompleteInputError('incomplete input')`, what `codeop` looks for.
pub fn compile_source_flags(source: &str, filename: &str, mode: Mode, flags: u32) -> PyResult {
    use crate::types::exceptions as ex;
    let parser_flags = flags & crate::astmod::PARSER_FLAGS as u32;
    let ast = match parse_component(source, filename, mode, parser_flags)? {
        abi_stable::std_types::RResult::ROk(b) => b.into_vec(),
        abi_stable::std_types::RResult::RErr(e) if e.incomplete && flags & 0x4000 != 0 => {
            let (text, line) = (e.text.as_str(), e.lineno);
            return Err(PyErr(ex::new_syntax_error(&ex::INCOMPLETE_INPUT_ERROR, "incomplete input", filename, line, e.offset, text, line, 0)));
        }
        abi_stable::std_types::RResult::RErr(e) => return Err(syntax_error(&e, filename)),
    };
    code_from_bytes(&ast_to_code_bytes(&ast, filename, mode, flags & COMPILER_FLAGS)?)
}

/// The compile() flags the compiler component honours
/// (PyCF_ALLOW_TOP_LEVEL_AWAIT).
const COMPILER_FLAGS: u32 = 0x2000;

/// A code object from the code-object wire format (validated).
pub fn code_from_bytes(bytes: &[u8]) -> PyResult {
    // Code objects nest as deeply as the functions in the source do.
    let data = match pyk_abi::code::decode_with_stack(bytes, crate::thread::stack_remaining() / 2) {
        Ok(d) => d,
        Err(e) if e.message.contains("too deep") => return Err(crate::error::recursion_error("maximum recursion depth exceeded while loading a code object")),
        Err(e) => return Err(system_error(format!("invalid code object: {e}"))),
    };
    crate::types::code::new_code(&data)
}

/// Source to the code-object wire format, through the parser and compiler components.
pub fn compile_to_bytes(source: &str, filename: &str, mode: Mode) -> PyResult<Vec<u8>> {
    let ast = parse_to_bytes(source, filename, mode, 0)?;
    ast_to_code_bytes(&ast, filename, mode, 0)
}

/// Source to the AST wire format, through the parser component; its
/// SyntaxWarnings are issued (see `issue_compile_warnings`).
pub fn parse_to_bytes(source: &str, filename: &str, mode: Mode, flags: u32) -> PyResult<Vec<u8>> {
    match parse_component(source, filename, mode, flags)? {
        abi_stable::std_types::RResult::ROk(b) => Ok(b.into_vec()),
        abi_stable::std_types::RResult::RErr(e) => Err(syntax_error(&e, filename)),
    }
}

/// The parser component's tokens for `_tokenize` (those before the first
/// error, and that error), with or without CPython's extra tokens' leniency
/// (a parser built before `ParserMod::tokenize_mode` is lenient in both).
pub(crate) fn parser_tokenize(source: &str, extra_tokens: bool) -> PyResult<(Vec<pyk_abi::component::TokenInfo>, Option<SyntaxErrorInfo>)> {
    let parser = &interp().comps.parser;
    let mut toks = abi_stable::std_types::RVec::new();
    let r = match parser.tokenize_mode() {
        Some(tokenize_mode) => tokenize_mode(source.into(), extra_tokens, &mut toks),
        None => {
            let tokenize = parser.tokenize().ok_or_else(|| system_error("the parser component has no tokenizer (it was built before ParserMod::tokenize)"))?;
            tokenize(source.into(), &mut toks)
        }
    };
    let err = match r {
        abi_stable::std_types::RResult::ROk(()) => None,
        abi_stable::std_types::RResult::RErr(e) => Some(e),
    };
    Ok((toks.into_vec(), err))
}

/// `parse_to_bytes` for `ast.parse`: a tree too deep for the parser is
/// "too deep during ast construction".
pub fn parse_to_bytes_for_ast(source: &str, filename: &str, mode: Mode, flags: u32) -> PyResult<Vec<u8>> {
    match parse_component(source, filename, mode, flags)? {
        abi_stable::std_types::RResult::ROk(b) => Ok(b.into_vec()),
        abi_stable::std_types::RResult::RErr(e) if e.kind == SyntaxErrorKind::Recursion => Err(crate::error::recursion_error("maximum recursion depth exceeded during ast construction")),
        abi_stable::std_types::RResult::RErr(e) => Err(syntax_error(&e, filename)),
    }
}

/// The parser component's answer for `source`, after issuing its
/// SyntaxWarnings (an `Err` when a filter turned one into an error).
fn parse_component(source: &str, filename: &str, mode: Mode, flags: u32) -> PyResult<abi_stable::std_types::RResult<abi_stable::std_types::RVec<u8>, SyntaxErrorInfo>> {
    let parser = &interp().comps.parser;
    let mut warnings = abi_stable::std_types::RVec::new();
    let r = match parser.parse_warn() {
        Some(parse_warn) => parse_warn(source.into(), filename.into(), mode, flags, &mut warnings),
        None => (parser.parse())(source.into(), filename.into(), mode, flags),
    };
    issue_compile_warnings(&warnings, filename)?;
    // Before the parser's error, or anywhere in a tree that parsed.
    let before = match &r {
        abi_stable::std_types::RResult::ROk(_) => None,
        abi_stable::std_types::RResult::RErr(e) if e.kind == SyntaxErrorKind::SyntaxError => Some((e.lineno, e.offset.saturating_sub(1))),
        abi_stable::std_types::RResult::RErr(_) => return Ok(r),
    };
    check_int_literal_digits(source, filename, mode, before)?;
    Ok(r)
}

/// CPython's parser converts a decimal integer literal to an int as it
/// reads it, so one longer than `sys.get_int_max_str_digits()` is a
/// SyntaxError (other bases are not limited); the wire tree holds only the
/// value, so its tokens are looked at, and only when the source has a run
/// of digits that long. A parse that failed reports the first such literal
/// before its error (`before`: line and 0-based column), which CPython's
/// parser had read first.
fn check_int_literal_digits(source: &str, filename: &str, mode: Mode, before: Option<(u32, u32)>) -> PyResult<()> {
    let limit = crate::types::int::max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    let mut run = 0usize;
    let long_run = source.bytes().any(|b| {
        match b {
            b'0'..=b'9' => run += 1,
            b'_' => {}
            _ => run = 0,
        }
        run > limit
    });
    if !long_run {
        return Ok(());
    }
    const NUMBER: u8 = 2;
    let (toks, _) = parser_tokenize(source, true)?;
    for t in toks.iter().filter(|t| t.type_ == NUMBER) {
        if before.is_some_and(|b| (t.start_line, t.start_col) >= b) {
            break;
        }
        let text = t.string.as_str();
        let decimal = text.starts_with(|c: char| c.is_ascii_digit())
            && !text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E' | b'j' | b'J' | b'x' | b'X' | b'o' | b'O' | b'b' | b'B'));
        let digits = text.bytes().filter(u8::is_ascii_digit).skip_while(|&b| b == b'0').count();
        if decimal && digits > limit {
            use crate::types::exceptions as ex;
            let msg = format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
            );
            // The line as CPython's parser shows it: with a newline, which
            // it adds at the end of file input but not of eval input.
            let mut line = t.line.as_str().split_inclusive('\n').next().unwrap_or("").to_string();
            if !line.ends_with('\n') && !matches!(mode, Mode::Eval | Mode::Single) {
                line.push('\n');
            }
            return Err(PyErr(ex::new_syntax_error(&ex::SYNTAX_ERROR, &msg, filename, t.start_line, 0, &line, t.end_line, 0)));
        }
    }
    Ok(())
}

thread_local! {
    /// `compile(..., optimize=N)` with N != -1: the level for this compilation.
    static OPTIMIZE_OVERRIDE: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with the compiler's optimization level set to `level` (-1: the
/// interpreter's own, from -O), as `compile()`'s `optimize` argument.
pub fn with_optimize<R>(level: i32, f: impl FnOnce() -> R) -> R {
    let old = OPTIMIZE_OVERRIDE.with(|o| o.replace(if level < 0 { None } else { Some(level) }));
    let r = f();
    OPTIMIZE_OVERRIDE.with(|o| o.set(old));
    r
}

/// The AST wire format to the code-object wire format, through the
/// compiler component; its SyntaxWarnings are issued.
fn ast_to_code_bytes(ast: &[u8], filename: &str, mode: Mode, flags: u32) -> PyResult<Vec<u8>> {
    let i = interp();
    let optimize = OPTIMIZE_OVERRIDE.with(|o| o.get()).unwrap_or(i.config.flags.optimize as i32);
    let compiler = &i.comps.compiler;
    let mut warnings = abi_stable::std_types::RVec::new();
    let r = match compiler.compile_warn() {
        Some(compile_warn) => compile_warn(ast.into(), filename.into(), mode, flags, optimize, &mut warnings),
        None => (compiler.compile())(ast.into(), filename.into(), mode, flags, optimize),
    };
    issue_compile_warnings(&warnings, filename)?;
    match r {
        abi_stable::std_types::RResult::ROk(b) => Ok(b.into_vec()),
        abi_stable::std_types::RResult::RErr(e) => Err(syntax_error(&e, filename)),
    }
}

/// Issues a component's SyntaxWarnings through `warnings.warn_explicit`,
/// as CPython's parser and compiler do; a warning the filters turn into an
/// error becomes a SyntaxError at the warning's place.
fn issue_compile_warnings(warnings: &[SyntaxErrorInfo], filename: &str) -> PyResult<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    use crate::types::{int::from_i64, str::new_str};
    let m = crate::import::import_module("_warnings")?;
    let warn_explicit = crate::abstract_::getattr_str(&m, "warn_explicit")?;
    let category = crate::types::exceptions::SYNTAX_WARNING.as_obj();
    for w in warnings {
        let args = [new_str(w.msg.as_str()), category.clone(), new_str(filename), from_i64(i64::from(w.lineno))];
        if let Err(e) = crate::abstract_::call(&warn_explicit, &args, None) {
            if e.is_instance(&crate::types::exceptions::SYNTAX_WARNING) {
                return Err(syntax_error(w, filename));
            }
            return Err(e);
        }
    }
    Ok(())
}

/// A code object from an AST in the wire format (what `compile(tree, ...)` runs).
pub fn compile_ast_bytes(ast: &[u8], filename: &str, mode: Mode) -> PyResult {
    code_from_bytes(&ast_to_code_bytes(ast, filename, mode, 0)?)
}


/// The optimization level (part of the cache file name, as CPython's `.opt-1`).
pub fn optimize_level() -> u32 {
    INTERP.get().map(|i| i.config.flags.optimize).unwrap_or(0)
}

use pyk_abi::abi_stable;

/// Parses source for the traceback printer (carets); None when it does not parse.
pub fn parse_for_traceback(source: &str, mode: Mode) -> Option<pyk_abi::ast::Mod> {
    let i = INTERP.get()?;
    match (i.comps.parser.parse())(source.into(), "<traceback>".into(), mode, 0) {
        abi_stable::std_types::RResult::ROk(b) => pyk_abi::ast::decode_with_stack(&b, crate::thread::stack_remaining() / 2).ok(),
        abi_stable::std_types::RResult::RErr(_) => None,
    }
}

/// 0 complete, 1 incomplete, 2 invalid (the REPL's question).
pub fn check_complete(source: &str) -> u32 {
    let i = interp();
    // 0x200: CPython's PyCF_DONT_IMPLY_DEDENT, so an open block needs a blank line (codeop).
    match (i.comps.parser.parse())(source.into(), "<input>".into(), Mode::Single, 0x200) {
        abi_stable::std_types::RResult::ROk(_) => 0,
        abi_stable::std_types::RResult::RErr(e) if e.incomplete => 1,
        abi_stable::std_types::RResult::RErr(_) => 2,
    }
}

fn main_module() -> Obj {
    let mods = modules_dict();
    if let Some(m) = get_str(&mods, &intern("__main__")) {
        return m;
    }
    let m = new_module("__main__", None);
    let d = as_module(&m).expect("module").dict.clone();
    set_item_str(&d, "__builtins__", builtins_module());
    set_item_str(&d, "__annotations__", new_dict());
    let _ = as_dict(&mods).expect("dict").set(intern("__main__"), m.clone());
    m
}

/// Exit status for an uncaught exception (printing it), as CPython.
pub fn handle_uncaught(e: &PyErr) -> i32 {
    use crate::types::exceptions::{as_exc, KEYBOARD_INTERRUPT, SYSTEM_EXIT};
    if e.is_instance(&SYSTEM_EXIT) {
        let code = as_exc(&e.0).and_then(|x| crate::types::tuple::as_tuple(&x.args()).and_then(|a| a.first().cloned()));
        return match code {
            None => 0,
            Some(c) if crate::types::is_none(&c) => 0,
            Some(c) => match int::as_i64(&c) {
                Some(n) => n as i32,
                None => {
                    let s = crate::abstract_::str_string(&c).unwrap_or_default();
                    write_stderr(&format!("{s}\n"));
                    1
                }
            },
        };
    }
    print_via_excepthook(e);
    if e.is_instance(&KEYBOARD_INTERRUPT) {
        UNHANDLED_KEYBOARD_INTERRUPT.store(true, Ordering::Release);
        return 130;
    }
    1
}

/// An uncaught KeyboardInterrupt ended the program: CPython then ends the
/// process by SIGINT, so that its parent sees the interruption
/// (`signalmod::exit_by_sigint`); the status 130 is the fallback.
static UNHANDLED_KEYBOARD_INTERRUPT: AtomicBool = AtomicBool::new(false);

pub fn exited_by_keyboard_interrupt() -> bool {
    UNHANDLED_KEYBOARD_INTERRUPT.load(Ordering::Acquire)
}

/// Reports an uncaught exception through `sys.excepthook` when a program
/// replaced it (CPython's "Error in sys.excepthook:" when the hook fails),
/// else prints it directly.
fn print_via_excepthook(e: &PyErr) {
    let sd = as_module(&interp().sys).map(|m| m.dict.clone());
    let hook = sd.as_ref().and_then(|d| get_str(d, &intern("excepthook")));
    let default = sd.as_ref().and_then(|d| get_str(d, &intern("__excepthook__")));
    match (hook, default) {
        (Some(h), Some(d)) if !h.is(&d) && !crate::types::is_none(&h) => {
            let tb = crate::types::exceptions::as_exc(&e.0).and_then(|x| x.with(|st| st.traceback.clone())).unwrap_or_else(crate::types::none);
            if let Err(he) = crate::abstract_::call(&h, &[e.0.type_obj().as_obj(), e.0.clone(), tb], None) {
                write_stderr("Error in sys.excepthook:\n");
                crate::traceback::print_exception(&he.0);
                write_stderr("\nOriginal exception was:\n");
                crate::traceback::print_exception(&e.0);
            }
        }
        (None, _) => {
            write_stderr("sys.excepthook is missing\n");
            crate::traceback::print_exception(&e.0);
        }
        _ => crate::traceback::print_exception(&e.0),
    }
}

/// Runs source as `__main__`; returns the process exit status.
pub fn run_main_source(source: &str, filename: &str, file_attr: Option<&str>) -> i32 {
    let m = main_module();
    let d = as_module(&m).expect("module").dict.clone();
    if let Some(f) = file_attr {
        set_item_str(&d, "__file__", new_str(f));
        set_item_str(&d, "__cached__", crate::types::none());
        if let Err(e) = crate::import::main_loader_if_ready(&d, f) {
            return handle_uncaught(&e);
        }
    }
    let r = compile_source(source, filename, Mode::Exec).and_then(|code| crate::eval::run_code(&code, &d, None));
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(&e),
    };
    status
}

/// Runs a compiled script (`pyk x.pyc`), as CPython runs one whose name
/// ends in `.pyc` or whose first two bytes are the .pyc magic number's;
/// None when `bytes` are not such a file (they are source then).
pub fn run_main_compiled(bytes: &[u8], filename: &str) -> Option<i32> {
    let magic = crate::import::PYC_MAGIC;
    if !filename.ends_with(".pyc") && !bytes.starts_with(&magic[..2]) {
        return None;
    }
    let m = main_module();
    let d = as_module(&m).expect("module").dict.clone();
    let r = (|| -> PyResult {
        if bytes.len() < 16 || bytes[..4] != magic {
            return Err(crate::error::runtime_error("Bad magic number in .pyc file"));
        }
        let record = &bytes[17.min(bytes.len())..];
        let code = match (bytes.get(16).map(|b| b & 0x7f), pyk_abi::code::marshal_header(record)) {
            (Some(b'c'), Ok(h)) => {
                let end = (pyk_abi::code::MARSHAL_HEADER_LEN + h.body_len).min(record.len());
                crate::types::code::unmarshal_payload(&record[..end]).ok().map(|(c, _)| c)
            }
            _ => None,
        };
        let code = code.ok_or_else(|| crate::error::runtime_error("Bad code object in .pyc file"))?;
        set_item_str(&d, "__file__", new_str(filename));
        set_item_str(&d, "__cached__", crate::types::none());
        crate::import::main_loader_if_ready(&d, filename)?;
        crate::eval::run_code(&code, &d, None)
    })();
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(&e),
    };
    Some(status)
}

/// Runs `-m module`: with CPython's library, through
/// `runpy._run_module_as_main` exactly as CPython does (parent packages
/// imported, `pkg.__main__` for packages, `__spec__`/`__package__` set);
/// without it, finds the module's source on sys.path and runs it as `__main__`.
pub fn run_module(name: &str) -> i32 {
    if has_stdlib() && crate::import::machinery().is_some() {
        main_module();
        let r = crate::import::import_module("runpy").and_then(|runpy| {
            let f = crate::abstract_::getattr_str(&runpy, "_run_module_as_main")?;
            crate::abstract_::call(&f, &[new_str(name), crate::types::bool_obj(true)], None)
        });
        let status = match r {
            Ok(_) => 0,
            Err(e) => handle_uncaught(&e),
        };
        return status;
    }
    for dir in sys_path() {
        let rel: PathBuf = name.split('.').collect();
        for cand in [dir.join(&rel).with_extension("py"), dir.join(&rel).join("__main__.py")] {
            if cand.is_file() {
                let source = match std::fs::read_to_string(&cand) {
                    Ok(s) => s,
                    Err(e) => {
                        write_stderr(&format!("{}: can't open file '{}': {e}\n", interp().config.executable, cand.display()));
                        return 2;
                    }
                };
                let f = cand.to_string_lossy().into_owned();
                if let Some(a) = interp().sys_attr("argv") {
                    if let Some(l) = crate::types::list::as_list(&a) {
                        l.with(|v| {
                            if !v.is_empty() {
                                v[0] = new_str(&f);
                            }
                        });
                    }
                }
                return run_main_source(&source, &f, Some(&f));
            }
        }
    }
    write_stderr(&format!("{}: No module named {}\n", interp().config.executable, name));
    1
}

/// Starts the REPL component.
pub fn run_repl(basic: bool) -> i32 {
    let i = interp();
    let Some(repl) = &i.comps.repl else {
        write_stderr("pyk: no REPL component is loaded\n");
        return 2;
    };
    main_module();
    let banner = if i.config.flags.quiet {
        String::new()
    } else {
        let (maj, min, mic) = pyk_abi::PYTHON_VERSION;
        format!(
            "pyk {} (Python {maj}.{min}.{mic}) [{} runtime, JIT: {}] on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
            pyk_abi::PYK_VERSION,
            i.config.runtime_name,
            i.config.jit_name,
            std::env::consts::OS
        )
    };
    let api = pyk_abi::api::KernelApiRef::new(crate::api::kernel_api());
    // The REPL is called attached; it detaches itself around blocking reads.
    let st = (repl.run())(api, ReplConfig { banner: banner.into(), basic });
    flush_std_streams();
    match st.kind {
        2 => st.exit_code,
        _ => st.exit_code,
    }
}

/// `run_mode` of `run_source` for CPython 3.13's new REPL: the input may
/// hold several statements; they run one after the other and only the last
/// one's value goes to `sys.displayhook` (not in `pyk_abi::api::run_mode`
/// yet, see components/repl/ABI_REQUESTS.md).
pub const RUN_MODE_INTERACTIVE: u32 = 2;

/// `run_source` of the KernelApi: compile `source` and run it in `__main__`.
pub fn run_source(source: &str, filename: &str, mode: u32) -> pyk_abi::api::RunStatus {
    use pyk_abi::api::RunStatus;
    if filename.starts_with('<') {
        crate::traceback::register_source(filename, source);
    }
    let m = main_module();
    let d = as_module(&m).expect("module").dict.clone();
    let r = match mode {
        RUN_MODE_INTERACTIVE => run_interactive(source, filename, &d),
        pyk_abi::api::run_mode::SINGLE => compile_source(source, filename, Mode::Single).and_then(|code| crate::eval::run_code(&code, &d, None)),
        _ => compile_source(source, filename, Mode::Exec).and_then(|code| crate::eval::run_code(&code, &d, None)),
    };
    let st = match r {
        Ok(_) => RunStatus { kind: 0, exit_code: 0 },
        Err(e) if e.is_instance(&crate::types::exceptions::SYSTEM_EXIT) => RunStatus { kind: 2, exit_code: handle_uncaught(&e) },
        Err(e) => {
            handle_uncaught(&e);
            RunStatus { kind: 1, exit_code: 1 }
        }
    };
    flush_std_streams();
    st
}

/// As CPython 3.13's REPL (`InteractiveColoredConsole.runsource`): parse the
/// whole input as a module, then compile and run each statement in turn,
/// the last one in single mode so that its value is displayed.
fn run_interactive(source: &str, filename: &str, globals: &Obj) -> PyResult {
    let tree = parse_to_bytes(source, filename, Mode::Exec, 0)?;
    let body = match pyk_abi::ast::decode_with_stack(&tree, crate::thread::stack_remaining() / 2) {
        Ok(pyk_abi::ast::Mod::Module { body, .. }) => body,
        _ => return Err(system_error("invalid syntax tree")),
    };
    let n = body.len();
    for (i, stmt) in body.into_iter().enumerate() {
        let (tree, mode) = if i + 1 == n {
            (pyk_abi::ast::Mod::Interactive { body: vec![stmt] }, Mode::Single)
        } else {
            (pyk_abi::ast::Mod::Module { body: vec![stmt], type_ignores: vec![] }, Mode::Exec)
        };
        let code = compile_ast_bytes(&pyk_abi::ast::encode(&tree), filename, mode)?;
        crate::eval::run_code(&code, globals, None)?;
    }
    Ok(crate::types::none())
}

static FINALIZING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `sys.is_finalizing()`: the interpreter is tearing `__main__` down.
pub fn is_finalizing() -> bool {
    FINALIZING.load(std::sync::atomic::Ordering::Relaxed)
}

/// Called when the main program ends, as CPython's Py_FinalizeEx: wait for
/// threads, run `atexit` callbacks, flush the standard streams, then clear
/// `__main__`'s globals (so `__del__` methods of objects they hold run)
/// and flush what those printed. False when a flush failed: the process
/// then exits with status 120, as CPython's.
pub fn finalize() -> bool {
    crate::thread::wait_for_thread_shutdown();
    crate::atexitmod::run_all();
    let mut ok = flush_std_files();
    FINALIZING.store(true, std::sync::atomic::Ordering::Relaxed);
    clear_main_globals();
    crate::types::typeobj::clear_lookup_cache();
    ok &= flush_std_files();
    ok
}

/// Every name but `__builtins__` set to None, in dict order (CPython 3.13's
/// observable order for `__main__`). First the `__del__` of each global
/// value runs, in dict order, while all globals are still in place: in
/// CPython `__main__`'s dict and what only it holds become garbage
/// together, and the collector finalizes garbage before clearing any of it
/// (a finalizer can still read every global and thread-local value).
fn clear_main_globals() {
    let Some(m) = get_str(&modules_dict(), &intern("__main__")) else { return };
    let Some(md) = as_module(&m) else { return };
    let d = md.dict.clone();
    let Some(dd) = as_dict(&d) else { return };
    for (k, v) in dd.items() {
        if crate::types::str::as_str(&k) != Some("__builtins__") {
            crate::object::finalize_live(&v);
        }
    }
    for (k, _) in dd.items() {
        if crate::types::str::as_str(&k) == Some("__builtins__") {
            continue;
        }
        let _ = dd.set(k.clone(), crate::types::none());
    }
}

pub fn config() -> &'static Config {
    &interp().config
}

