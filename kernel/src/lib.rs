//! The pyk kernel: object model, builtin types, the evaluation loop,
//! threads, the import machinery and the component loader.
//!
//! The kernel depends on the `abi` crate only. It never names a component
//! crate: parser, compiler, runtime, REPL and native modules are reached
//! through their abi_stable interfaces after the loader has checked them.

pub mod abstract_;
pub mod api;
pub mod astmod;
pub mod atexitmod;
pub mod signalmod;
pub mod source;
pub mod builtins;
pub mod builtins_doc;
pub mod codecsmod;
pub mod collectionsmod;
pub mod curframes;
pub mod error;
pub mod eval;
pub mod frozen_code;
pub mod gcmod;
pub mod impmod;
pub mod import;
pub mod iomod;
pub mod interp;
pub mod loader;
pub mod object;
pub mod opcodemod;
pub mod posixext;
pub mod posixfs;
pub mod posixproc;
pub mod posixspawn;
pub mod posixmod;
pub mod reduce;
pub mod stdstreams;
pub mod structseq;
pub mod suggest;
pub mod sysmod;
pub mod thread;
pub mod tokenizemod;
pub mod trace;
pub mod traceback;
pub mod typingmod;
pub mod warningsmod;
pub mod types;
