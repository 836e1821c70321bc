//! pyk's stable ABI: the one API boundary of the project.
//!
//! Everything a component or native module may rely on is here: the `Value`
//! word and object header ([`value`]), the kernel's function table ([`api`]),
//! the component interfaces ([`component`]), the AST and code-object wire
//! formats ([`ast`], [`code`], built on [`wire`]) and the instruction set
//! ([`opcode`]). This crate depends on no crate of the workspace.

pub mod api;
pub mod ast;
pub mod code;
pub mod component;
pub mod opcode;
pub mod surrogate;
pub mod value;
pub mod wire;

pub use abi_stable;
pub use value::Value;

/// pyk's own version.
pub const PYK_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The Python language version pyk implements.
pub const PYTHON_VERSION: (u32, u32, u32) = (3, 13, 0);
