//! Defining native functions and modules.
//!
//! ```no_run
//! use pyk_sdk::prelude::*;
//!
//! fn sqrt(args: Args) -> PyResult<f64> {
//!     let x = args.one()?.to_f64()?;
//!     Ok(x.sqrt())
//! }
//!
//! static FUNCTIONS: &[NativeFnDef] = &[native_fn!("math", "sqrt", sqrt, "The square root of x.")];
//!
//! fn init_math() -> PyResult<PyObj> {
//!     ModuleBuilder::new("math", "Mathematical functions.")?
//!         .functions(FUNCTIONS)?
//!         .constant("pi", std::f64::consts::PI)?
//!         .finish()
//! }
//! # fn main() {}
//! ```

use std::panic::{catch_unwind, AssertUnwindSafe};

use abi_stable::std_types::{RStr, RVec};
use pyk_abi::api::{KernelApiRef, NativeFnDef};
use pyk_abi::Value;

use crate::args::Args;
use crate::convert::IntoPy;
use crate::error::{PyErr, PyResult};
use crate::kernel::{api, try_api};
use crate::object::{PyAny, PyObj};

/// The text of a panic payload.
fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_owned()
    }
}

/// Runs `f` for an extern entry point: a value becomes a new reference, an
/// error becomes the pending exception and NULL, a panic becomes SystemError
/// and NULL. Nothing unwinds past this function.
pub fn guard_value(what: impl FnOnce() -> String, f: impl FnOnce() -> PyResult<PyObj>) -> Value {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(v)) => v.into_raw(),
        Ok(Err(e)) => {
            e.restore();
            Value::NULL
        }
        Err(p) => {
            let msg = panic_message(&*p);
            // Dropping the payload may itself panic; never let that unwind.
            let _ = catch_unwind(AssertUnwindSafe(move || drop(p)));
            let _ = catch_unwind(AssertUnwindSafe(|| {
                PyErr::system_error(format!("{} panicked: {msg}", what())).restore();
            }));
            Value::NULL
        }
    }
}

/// The keyword names of a call, read from the `kwnames` tuple.
pub(crate) fn keyword_names(kwnames: &PyAny) -> PyResult<Vec<String>> {
    kwnames.tuple_items()?.iter().map(|n| n.as_str().map(str::to_owned)).collect()
}

/// Positional arguments and named keyword arguments.
pub(crate) type SplitArgs<'a> = (&'a [PyAny], Vec<(String, &'a PyAny)>);

/// Splits a native call's raw arguments into positional and keyword ones.
///
/// # Safety
/// As [`trampoline`].
pub(crate) unsafe fn split_args(args: *const Value, nargs: usize, kwnames: &Value) -> PyResult<SplitArgs<'_>> {
    let raw: &[Value] = if nargs == 0 {
        &[]
    } else {
        // SAFETY: the kernel passes `nargs` live values at `args` (function contract).
        unsafe { std::slice::from_raw_parts(args, nargs) }
    };
    // SAFETY: every value is live for the duration of the call.
    let all = unsafe { PyAny::slice_from_raw(raw) };
    if kwnames.is_null() {
        return Ok((all, Vec::new()));
    }
    // SAFETY: kwnames is a live tuple for the duration of the call.
    let names = keyword_names(unsafe { PyAny::from_raw(kwnames) })?;
    if names.len() > all.len() {
        return Err(PyErr::system_error("more keyword names than arguments"));
    }
    let (pos, kwvals) = all.split_at(all.len() - names.len());
    Ok((pos, names.into_iter().zip(kwvals.iter()).collect()))
}

/// The body of every generated native function: builds [`Args`], runs `f`,
/// converts its result. Used by [`native_fn!`](crate::native_fn).
///
/// # Safety
/// The arguments must be those the kernel passes to a `NativeFn`: `slf` a live
/// value, `args` pointing to `nargs` live values, `kwnames` NULL or a tuple of
/// str naming the last of them.
pub unsafe fn trampoline<R: IntoPy>(
    module: &'static str,
    name: &'static str,
    slf: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    f: fn(Args<'_>) -> PyResult<R>,
) -> Value {
    if try_api().is_none() {
        // No table: nothing can be raised. The kernel reports a NULL without exception.
        return Value::NULL;
    }
    let qual = || if module.is_empty() { format!("{name}()") } else { format!("{module}.{name}()") };
    guard_value(qual, || {
        // SAFETY: forwarded contract of this function.
        let (pos, kw) = unsafe { split_args(args, nargs, &kwnames) }?;
        // SAFETY: slf is live for the duration of the call.
        let slf = unsafe { PyAny::from_raw(&slf) };
        f(Args::new(module, name, slf, pos, kw))?.into_py()
    })
}

/// A static [`NativeFnDef`] for `fn(Args) -> PyResult<impl IntoPy>`:
/// `native_fn!("math", "sqrt", sqrt, "doc")`. The generated extern function
/// catches panics (they become SystemError) and turns `Err` into a raised
/// exception.
#[macro_export]
macro_rules! native_fn {
    ($module:expr, $name:expr, $func:path, $doc:expr) => {
        $crate::NativeFnDef {
            name: $crate::__private::RStr::from_str($name),
            doc: $crate::__private::RStr::from_str($doc),
            func: {
                unsafe extern "C" fn __pyk_native(
                    slf: $crate::__private::Value,
                    args: *const $crate::__private::Value,
                    nargs: usize,
                    kwnames: $crate::__private::Value,
                ) -> $crate::__private::Value {
                    // SAFETY: the kernel calls a NativeFn with the arguments trampoline expects.
                    unsafe { $crate::module::trampoline($module, $name, slf, args, nargs, kwnames, $func) }
                }
                __pyk_native
            },
        }
    };
}

/// A builtin function object calling `def` with `slf` as its first argument
/// (for a function attached to a type, `slf` is the type).
pub fn function(def: &'static NativeFnDef, slf: &PyAny) -> PyResult<PyObj> {
    // SAFETY: `def` is 'static; slf is live; function_new returns a new reference or NULL.
    unsafe { PyObj::from_result((api().function_new)(def, slf.as_raw())) }
}

/// Builds a module object: functions from a static table, constants.
pub struct ModuleBuilder {
    module: PyObj,
}

impl ModuleBuilder {
    pub fn new(name: &str, doc: &str) -> PyResult<Self> {
        // module_new returns a new reference or NULL.
        // SAFETY: see above.
        let module = unsafe { PyObj::from_result((api().module_new)(RStr::from_str(name), RStr::from_str(doc))) }?;
        Ok(ModuleBuilder { module })
    }

    /// Adds a builtin function object for each definition, bound to the module.
    pub fn functions(self, defs: &'static [NativeFnDef]) -> PyResult<Self> {
        for def in defs {
            // SAFETY: `def` is 'static; the module is live; function_new returns a new reference or NULL.
            let f = unsafe { PyObj::from_result((api().function_new)(def, self.module.as_raw())) }?;
            self.add(def.name.as_str(), &f)?;
        }
        Ok(self)
    }

    /// Adds `name = value`.
    pub fn constant(self, name: &str, value: impl IntoPy) -> PyResult<Self> {
        let v = value.into_py()?;
        self.add(name, &v)?;
        Ok(self)
    }

    /// Adds the type of a [`NativeClass`](crate::class::NativeClass) under its short name.
    pub fn class<T: crate::class::NativeClass>(self) -> PyResult<Self> {
        let t = T::native_type().get()?;
        self.add(T::short_name(), t)?;
        Ok(self)
    }

    /// Adds `name = value` for an object.
    pub fn object(self, name: &str, v: &PyAny) -> PyResult<Self> {
        self.add(name, v)?;
        Ok(self)
    }

    /// The module being built.
    pub fn module(&self) -> &PyAny {
        &self.module
    }

    fn add(&self, name: &str, v: &PyAny) -> PyResult<()> {
        // SAFETY: both values are live; module_add takes its own reference.
        if unsafe { (api().module_add)(self.module.as_raw(), RStr::from_str(name), v.as_raw()) } {
            Ok(())
        } else {
            Err(PyErr::fetch())
        }
    }

    pub fn finish(self) -> PyResult<PyObj> {
        Ok(self.module)
    }
}

/// One module of a native library: its name and the function that creates it.
pub struct ModuleDef {
    pub name: &'static str,
    pub create: fn() -> PyResult<PyObj>,
}

/// The `modules` entry point of a `NativeModuleMod` over a table.
pub fn module_names(table: &'static [ModuleDef]) -> RVec<RStr<'static>> {
    table.iter().map(|m| RStr::from_str(m.name)).collect()
}

/// The `init` entry point of a `NativeModuleMod` over a table: records the
/// kernel's table, creates module `name`. Catches panics.
pub fn init_module(table: &'static [ModuleDef], kernel: KernelApiRef, name: RStr<'_>) -> Value {
    let ok = catch_unwind(AssertUnwindSafe(|| crate::kernel::init(kernel).is_ok())).unwrap_or(false);
    if !ok {
        // A kernel of another major version: there is no usable table to raise through.
        return Value::NULL;
    }
    let name = name.as_str();
    guard_value(
        || format!("initialising native module {name}"),
        || match table.iter().find(|m| m.name == name) {
            Some(m) => (m.create)(),
            None => Err(PyErr::system_error(format!("this library has no native module named {name}"))),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_do_not_unwind_out_of_a_guard() {
        // No kernel table in a unit test: the SystemError cannot be set, but
        // the panic must still end in NULL rather than unwinding.
        let v = guard_value(|| "m.f()".to_owned(), || panic!("boom"));
        assert!(v.is_null());
        let v = guard_value(|| "m.f()".to_owned(), || Err(PyErr::value_error("x")));
        assert!(v.is_null());
    }

    #[test]
    fn panic_payload_text() {
        let p = catch_unwind(|| panic!("at {}", 3)).unwrap_err();
        assert_eq!(panic_message(&*p), "at 3");
        let p = catch_unwind(|| std::panic::panic_any(7u8)).unwrap_err();
        assert_eq!(panic_message(&*p), "unknown panic");
    }
}
