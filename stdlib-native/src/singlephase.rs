//! `_testsinglephase`: the test-support module CPython ships to exercise
//! single-phase module initialisation (a module whose init function runs
//! once per process and keeps its state in C globals). CPython's regression
//! tests import it at module level (`test/test_importlib/util.py`, which
//! `test_import` and through it `test_types` import), so without it those
//! modules cannot load.
//!
//! pyk has no C extensions; this module keeps the same observable life
//! cycle with process-global state:
//! - the first creation is the "init function": it stamps the state with
//!   the monotonic clock, counts one more initialisation, builds the module
//!   (`error`, `int_const`, `str_const`, `_module_initialized`) and keeps a
//!   copy of its namespace, as CPython keeps `m_copy`;
//! - a later creation in the process (after `del sys.modules[...]`) does not
//!   initialise again: it is a new module object whose namespace is a copy
//!   of the kept one (the same function and class objects);
//! - `look_up_self()` answers the module created last;
//! - `_clear_globals()` forgets the state (`state_initialized()` is then 0.0
//!   and `initialized_count()` -1) but not the kept namespace, so importing
//!   again still does not re-run the initialisation, as in CPython without
//!   `_testinternalcapi.clear_extension`, which pyk does not have.
//!
//! Not provided: the variants CPython builds into the same shared library
//! (`_testsinglephase_basic_wrapper`, `_basic_copy`, `_with_reinit`,
//! `_with_state`, `_circular`) are reachable in CPython only by loading that
//! file under another name with `ExtensionFileLoader`, which pyk cannot do
//! (`importlib.machinery.EXTENSION_SUFFIXES` is empty); and the module has no
//! `__file__`, being built in.

use std::sync::Mutex;

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin_type, new_exception_type};

const MODULE: &str = "_testsinglephase";
const DOC: &str = "Test module _testsinglephase";

/// The module's process-global state (CPython keeps it in C globals).
struct State {
    /// Monotonic seconds when the state was initialised; 0.0 when it is not.
    initialized: f64,
    /// How many times the init function ran since the state was last cleared.
    count: i64,
    /// The module created last (what `PyState_FindModule` answers).
    module: Option<PyObj>,
    /// The namespace right after the first initialisation, copied into
    /// every later module object.
    copy: Option<PyObj>,
}

static STATE: Mutex<State> = Mutex::new(State { initialized: 0.0, count: 0, module: None, copy: None });

/// Runs `f` on the state. No Python code runs under the lock; objects taken
/// out of it are dropped by the caller after it is released.
fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    let mut g = STATE.lock().unwrap_or_else(|p| p.into_inner());
    f(&mut g)
}

/// CLOCK_MONOTONIC in seconds.
fn monotonic() -> PyResult<f64> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    if unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) } != 0 {
        return Err(PyErr::new(ExcKind::OSError, std::io::Error::last_os_error().to_string()));
    }
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

/// `sum(i, j)`: two C longs (`PyArg_ParseTuple(args, "ll:sum")`), added with
/// two's-complement wrap-around as the C addition does on pyk's targets.
fn sum(args: Args) -> PyResult<i64> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error("sum() takes no keyword arguments"));
    }
    let [i, j] = args.positional() else {
        return Err(PyErr::type_error(format!("sum() takes exactly 2 arguments ({} given)", args.positional().len())));
    };
    Ok(i.to_i64()?.wrapping_add(j.to_i64()?))
}

fn look_up_self(args: Args) -> PyResult<PyObj> {
    args.none()?;
    with_state(|s| s.module.clone()).ok_or_else(|| PyErr::system_error("_testsinglephase has no module object"))
}

fn state_initialized(args: Args) -> PyResult<f64> {
    args.none()?;
    Ok(with_state(|s| s.initialized))
}

fn initialized_count(args: Args) -> PyResult<i64> {
    args.none()?;
    Ok(with_state(|s| if s.initialized == 0.0 { -1 } else { s.count }))
}

fn clear_globals(args: Args) -> PyResult<PyObj> {
    args.none()?;
    with_state(|s| {
        s.initialized = 0.0;
        s.count = 0;
    });
    Ok(PyObj::none())
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "look_up_self", look_up_self, "look_up_self()\n\nReturn the module associated with this module's def.m_base.m_index."),
    native_fn!(MODULE, "sum", sum, "sum(i,j)\n\nReturn the sum of i and j."),
    native_fn!(MODULE, "state_initialized", state_initialized, "state_initialized()\n\nReturn the seconds-since-epoch when the module state was initialized."),
    native_fn!(MODULE, "initialized_count", initialized_count, "initialized_count()\n\nReturn how many times the module has been initialized."),
    native_fn!(MODULE, "_clear_globals", clear_globals, "_clear_globals()\n\nFree all global state and set it to uninitialized."),
];

/// The init function: fresh state, a new module, the namespace kept.
fn initialise() -> PyResult<PyObj> {
    let now = monotonic()?;
    with_state(|s| {
        s.initialized = now;
        s.count += 1;
    });
    let error = new_exception_type(MODULE, "error", &builtin_type("Exception"), None)?;
    let module = ModuleBuilder::new(MODULE, DOC)?
        .functions(FUNCTIONS)?
        .object("error", &error)?
        .constant("int_const", 1969i64)?
        .constant("str_const", "something different")?
        .constant("_module_initialized", now)?
        .finish()?;
    let copy = builtin_type("dict").call(&[&*module.getattr("__dict__")?])?;
    let old = with_state(|s| (s.module.replace(module.clone()), s.copy.replace(copy)));
    drop(old);
    Ok(module)
}

/// Creates `_testsinglephase`: initialises once per process, then copies.
pub fn create() -> PyResult<PyObj> {
    let Some(copy) = with_state(|s| s.copy.clone()) else {
        return initialise();
    };
    let module = ModuleBuilder::new(MODULE, DOC)?.finish()?;
    module.getattr("__dict__")?.call_method("update", &[&copy])?;
    let old = with_state(|s| s.module.replace(module.clone()));
    drop(old);
    Ok(module)
}
