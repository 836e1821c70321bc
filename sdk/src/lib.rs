//! pyk's extension SDK: the safe layer over the kernel's raw `KernelApi`
//! function table, for the native standard library and third-party
//! extension modules alike (DESIGN.md §1).
//!
//! - [`PyObj`] owns a reference (clone increments, drop decrements);
//!   `&PyAny` borrows one.
//! - Errors are `Result<T, PyErr>`: `Err` returned from a native function
//!   raises it; a failed kernel call yields the kernel's pending exception.
//! - [`Args`] parses arguments with CPython's error messages.
//! - [`native_fn!`] turns `fn(Args) -> PyResult<impl IntoPy>` into a static
//!   `NativeFnDef` whose extern function never unwinds (a panic becomes
//!   `SystemError`); [`ModuleBuilder`] assembles a module;
//!   [`module::init_module`] implements a library's `init` entry point.
//! - [`NativeClass`] / [`NativeType`] define a Python type whose instances
//!   carry a Rust struct; [`native_method!`] makes its methods.
//!
//! Module authors need no `unsafe`. The crate depends on `pyk-abi` only.

pub mod args;
pub mod class;
pub mod convert;
pub mod error;
pub mod kernel;
pub mod module;
pub mod object;
pub mod ops;
pub mod types;

pub use args::{Args, Signature};
pub use class::{NativeClass, NativeType, PyMutex};
pub use convert::{FromPy, IntoPy};
pub use error::{PyErr, PyResult};
pub use module::{ModuleBuilder, ModuleDef};
pub use object::{PyAny, PyObj};
pub use pyk_abi::api::{ExcKind, NativeFnDef};

/// Everything a module author usually needs.
pub mod prelude {
    pub use crate::convert::{int_from_decimal, int_from_i128, list_of, tuple_of, FromPy, IntoPy};
    pub use crate::ops;
    pub use crate::{native_fn, native_getter, native_method};
    pub use crate::{Args, NativeClass, NativeType, PyMutex, ExcKind, ModuleBuilder, ModuleDef, NativeFnDef, PyAny, PyErr, PyObj, PyResult, Signature};
}

#[doc(hidden)]
pub mod __private {
    pub use abi_stable::std_types::RStr;
    pub use pyk_abi::Value;
}
