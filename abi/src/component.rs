//! Component interfaces: one abi_stable prefix-type root module per kind.
//!
//! A component library exports exactly one root module. The loader reads its
//! `BASE_NAME` (which names the kind) before checking versions and layout, so
//! a library of the wrong kind is reported as such. Every function of every
//! module catches panics ([`guard`]) and reports them as errors: a component
//! bug never unwinds into the kernel.

use crate::api::{KernelApiRef, RunStatus};
use crate::value::{ThreadingMode, Value};
use abi_stable::library::RootModule;
use abi_stable::sabi_types::VersionStrings;
use abi_stable::std_types::{RResult, RSlice, RStr, RString, RVec};
use abi_stable::{declare_root_module_statics, package_version_strings, StableAbi};

/// The kinds of component.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, StableAbi)]
pub enum ComponentKind {
    Parser = 0,
    Compiler = 1,
    Runtime = 2,
    Gc = 3,
    Jit = 4,
    Repl = 5,
    NativeModule = 6,
}

impl ComponentKind {
    pub const ALL: [ComponentKind; 7] = [
        ComponentKind::Parser,
        ComponentKind::Compiler,
        ComponentKind::Runtime,
        ComponentKind::Gc,
        ComponentKind::Jit,
        ComponentKind::Repl,
        ComponentKind::NativeModule,
    ];

    /// The word used in flags, environment variables and file names.
    pub const fn word(self) -> &'static str {
        match self {
            ComponentKind::Parser => "parser",
            ComponentKind::Compiler => "compiler",
            ComponentKind::Runtime => "runtime",
            ComponentKind::Gc => "gc",
            ComponentKind::Jit => "jit",
            ComponentKind::Repl => "repl",
            ComponentKind::NativeModule => "native",
        }
    }

    /// The abi_stable `BASE_NAME` of the kind's root module.
    pub const fn base_name(self) -> &'static str {
        match self {
            ComponentKind::Parser => "pyk_parser",
            ComponentKind::Compiler => "pyk_compiler",
            ComponentKind::Runtime => "pyk_runtime",
            ComponentKind::Gc => "pyk_gc",
            ComponentKind::Jit => "pyk_jit",
            ComponentKind::Repl => "pyk_repl",
            ComponentKind::NativeModule => "pyk_native",
        }
    }

    pub fn from_base_name(s: &str) -> Option<ComponentKind> {
        Self::ALL.into_iter().find(|k| k.base_name() == s)
    }

    /// File name of the component `name` of this kind: `libpyk_<kind>_<name>.so`.
    pub fn file_name(self, name: &str) -> String {
        format!("{}pyk_{}_{}{}", std::env::consts::DLL_PREFIX, self.word(), name, std::env::consts::DLL_SUFFIX)
    }
}

/// What a component says about itself.
#[repr(C)]
#[derive(Copy, Clone, Debug, StableAbi)]
pub struct ComponentInfo {
    pub kind: ComponentKind,
    pub name: RStr<'static>,
    pub version: RStr<'static>,
    pub description: RStr<'static>,
}

/// Python compile modes.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, StableAbi)]
pub enum Mode {
    Exec = 0,
    Eval = 1,
    Single = 2,
    FuncType = 3,
}

/// The exception class of a [`SyntaxErrorInfo`].
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, StableAbi)]
pub enum SyntaxErrorKind {
    SyntaxError = 0,
    IndentationError = 1,
    TabError = 2,
    /// Not an error of the program: a component failed (panicked) — becomes SystemError.
    Internal = 3,
    /// Raised as RecursionError (too deep to compile).
    Recursion = 4,
    /// Raised as MemoryError: CPython's "Parser stack overflowed - Python
    /// source too complex to parse" (added in 0.2.0).
    Memory = 5,
}

/// A syntax error as CPython reports it: `offset`/`end_offset` are 1-based
/// character columns; 0 means unknown. `end_lineno` [`NO_END`] means the
/// error has no end column (`end_offset` None and `end_lineno` the line,
/// as CPython's `__future__` errors).
#[repr(C)]
#[derive(Clone, Debug, StableAbi)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxErrorKind,
    pub msg: RString,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line, with its newline, as SyntaxError.text.
    pub text: RString,
    /// True when the input may become valid with more lines (REPL continuation).
    pub incomplete: bool,
}

/// `SyntaxErrorInfo::end_lineno` of an error without an end position.
/// With `end_offset` [`NO_END`] too, neither end is known: `end_lineno`
/// and `end_offset` are None (the errors CPython's `_tokenize` raises from
/// its tokenizer's state).
pub const NO_END: u32 = u32::MAX;

impl SyntaxErrorInfo {
    pub fn internal(msg: impl Into<String>) -> Self {
        SyntaxErrorInfo {
            kind: SyntaxErrorKind::Internal,
            msg: RString::from(msg.into()),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: RString::new(),
            incomplete: false,
        }
    }
}

/// Runs `f`, turning a panic into `on_panic(message)`. Every exported
/// component function goes through this.
pub fn guard<T>(on_panic: impl FnOnce(String) -> T, f: impl FnOnce() -> T) -> T {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(v) => v,
        Err(p) => {
            let msg = if let Some(s) = p.downcast_ref::<&str>() {
                (*s).to_owned()
            } else if let Some(s) = p.downcast_ref::<String>() {
                s.clone()
            } else {
                "unknown panic".to_owned()
            };
            on_panic(msg)
        }
    }
}

macro_rules! root_module {
    ($ref:ident, $kind:expr) => {
        impl RootModule for $ref {
            declare_root_module_statics! {$ref}
            const BASE_NAME: &'static str = $kind.base_name();
            const NAME: &'static str = $kind.base_name();
            const VERSION_STRINGS: VersionStrings = package_version_strings!();
        }
    };
}

/// `ParserMod::parse`'s `flags` carry, beside CPython's compile flags
/// (all below bit 25), `ast.parse`'s `feature_version` in bits 27..=30:
/// the minor version plus one, capped at 14; 0 means the current version.
/// A parser that predates them ignores these bits.
pub const PARSE_FEATURE_VERSION_SHIFT: u32 = 27;
pub const PARSE_FEATURE_VERSION_MASK: u32 = 0xf << PARSE_FEATURE_VERSION_SHIFT;

/// The `flags` bits for feature version 3.`minor` (a negative `minor`:
/// the current version, as CPython's `compile(_feature_version=-1)`).
pub fn feature_version_flags(minor: i64) -> u32 {
    if minor < 0 {
        return 0;
    }
    ((minor.min(13) as u32) + 1) << PARSE_FEATURE_VERSION_SHIFT
}

/// The minor feature version `flags` ask for, if any.
pub fn feature_version_of(flags: u32) -> Option<u32> {
    match (flags & PARSE_FEATURE_VERSION_MASK) >> PARSE_FEATURE_VERSION_SHIFT {
        0 => None,
        n => Some(n - 1),
    }
}

/// Parser: source -> AST wire format (`crate::ast`).
#[repr(C)]
#[derive(StableAbi)]
#[sabi(kind(Prefix(prefix_ref = ParserModRef)))]
#[sabi(missing_field(panic))]
pub struct ParserMod {
    pub info: extern "C" fn() -> ComponentInfo,
    pub parse: extern "C" fn(source: RStr<'_>, filename: RStr<'_>, mode: Mode, flags: u32) -> RResult<RVec<u8>, SyntaxErrorInfo>,
    /// `ast.dump(ast.parse(source), include_attributes=True)` as CPython prints it.
    #[sabi(last_prefix_field)]
    pub dump_ast: extern "C" fn(source: RStr<'_>, filename: RStr<'_>) -> RResult<RString, SyntaxErrorInfo>,
    /// `parse`, also handing back the parser's SyntaxWarnings (invalid
    /// escape sequences, a number directly followed by a keyword) in source
    /// order, each with the position an error made of it would have. The
    /// kernel issues them through `warnings`. Appended after the prefix:
    /// a parser built before it lacks it, and the kernel then uses `parse`.
    #[sabi(missing_field(option))]
    pub parse_warn: extern "C" fn(source: RStr<'_>, filename: RStr<'_>, mode: Mode, flags: u32, warnings: &mut RVec<SyntaxErrorInfo>) -> RResult<RVec<u8>, SyntaxErrorInfo>,
    /// The tokens of `source` as CPython 3.13's `_tokenize.TokenizerIter(...,
    /// extra_tokens=True)` yields them, pushed onto `tokens` up to the first
    /// error, which is returned (the iterator raises it after those tokens).
    /// Backs `_tokenize`, under `Lib/tokenize.py`.
    #[sabi(missing_field(option))]
    pub tokenize: extern "C" fn(source: RStr<'_>, tokens: &mut RVec<TokenInfo>) -> RResult<(), SyntaxErrorInfo>,
    /// `tokenize` with `_tokenize.TokenizerIter`'s `extra_tokens` flag:
    /// false adds the errors of CPython's tokenizer in parser mode
    /// (unmatched brackets, names that are not identifiers, leading zeros,
    /// a name right after a number), which `extra_tokens=True` lets through.
    /// The records are the same. A parser without it: the kernel uses
    /// `tokenize` for both modes.
    #[sabi(missing_field(option))]
    pub tokenize_mode: extern "C" fn(source: RStr<'_>, extra_tokens: bool, tokens: &mut RVec<TokenInfo>) -> RResult<(), SyntaxErrorInfo>,
}
root_module!(ParserModRef, ComponentKind::Parser);

/// One token as `tokenize.TokenInfo` holds it.
#[repr(C)]
#[derive(Clone, Debug, PartialEq, Eq, StableAbi)]
pub struct TokenInfo {
    /// The type `_tokenize` yields (`OP` for every operator).
    pub type_: u8,
    /// The operator's own token number (`TokenInfo.exact_type`); `type_`
    /// for other tokens.
    pub exact_type: u8,
    pub string: RString,
    /// 1-based lines, 0-based columns in characters.
    pub start_line: u32,
    pub start_col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The physical line(s) the token is on.
    pub line: RString,
}

/// Compiler: AST wire format -> code-object wire format (`crate::code`).
#[repr(C)]
#[derive(StableAbi)]
#[sabi(kind(Prefix(prefix_ref = CompilerModRef)))]
#[sabi(missing_field(panic))]
pub struct CompilerMod {
    pub info: extern "C" fn() -> ComponentInfo,
    /// `optimize` is `sys.flags.optimize` (1 drops asserts, 2 also docstrings).
    #[sabi(last_prefix_field)]
    pub compile: extern "C" fn(ast: RSlice<'_, u8>, filename: RStr<'_>, mode: Mode, flags: u32, optimize: i32) -> RResult<RVec<u8>, SyntaxErrorInfo>,
    /// `compile`, also handing back the compiler's SyntaxWarnings (`x is 1`,
    /// `5()`, `(1, 2)[x, y]`, `assert (a, b)`), as `ParserMod::parse_warn`.
    #[sabi(missing_field(option))]
    pub compile_warn: extern "C" fn(ast: RSlice<'_, u8>, filename: RStr<'_>, mode: Mode, flags: u32, optimize: i32, warnings: &mut RVec<SyntaxErrorInfo>) -> RResult<RVec<u8>, SyntaxErrorInfo>,
    /// A `dis`-style listing of code in the code-object wire format (the
    /// code object and, after it, each nested one); `Err` for bytes that
    /// do not decode. Backs `pyk --dis FILE`.
    #[sabi(missing_field(option))]
    pub disassemble: extern "C" fn(code: RSlice<'_, u8>) -> RResult<RString, RString>,
}
root_module!(CompilerModRef, ComponentKind::Compiler);

/// What the kernel gives a runtime when it creates it.
#[repr(C)]
#[derive(Copy, Clone, StableAbi)]
pub struct RuntimeHooks {
    /// The kernel's eval-breaker word (an `AtomicU32`); the runtime sets
    /// [`EVAL_BREAKER_GIL_DROP`] in it to ask the running thread to yield.
    pub eval_breaker: *const u32,
}

/// Bit of the eval breaker: another thread waits for the GIL.
pub const EVAL_BREAKER_GIL_DROP: u32 = 1;
/// Bit of the eval breaker: a signal is pending.
pub const EVAL_BREAKER_SIGNAL: u32 = 2;

/// Opaque runtime state created by [`RuntimeMod::create`].
#[repr(transparent)]
#[derive(Copy, Clone, StableAbi)]
pub struct RuntimeHandle(pub *mut u8);

/// Runtime: the threading policy (GIL or free-threaded).
#[repr(C)]
#[derive(StableAbi)]
#[sabi(kind(Prefix(prefix_ref = RuntimeModRef)))]
#[sabi(missing_field(panic))]
pub struct RuntimeMod {
    pub info: extern "C" fn() -> ComponentInfo,
    pub mode: extern "C" fn() -> ThreadingMode,
    pub create: extern "C" fn(hooks: RuntimeHooks) -> RuntimeHandle,
    /// The calling thread starts running Python code (takes the GIL; may block).
    pub attach: extern "C" fn(h: RuntimeHandle),
    /// The calling thread stops running Python code (releases the GIL).
    pub detach: extern "C" fn(h: RuntimeHandle),
    /// Called when the eval breaker has the GIL-drop bit: let a waiting thread run.
    pub yield_now: extern "C" fn(h: RuntimeHandle),
    pub set_switch_interval: extern "C" fn(h: RuntimeHandle, seconds: f64),
    #[sabi(last_prefix_field)]
    pub switch_interval: extern "C" fn(h: RuntimeHandle) -> f64,
}
root_module!(RuntimeModRef, ComponentKind::Runtime);

/// Cycle collector (later wave): collects unreachable cycles among the
/// containers the kernel tracks.
#[repr(C)]
#[derive(StableAbi)]
#[sabi(kind(Prefix(prefix_ref = GcModRef)))]
#[sabi(missing_field(panic))]
pub struct GcMod {
    pub info: extern "C" fn() -> ComponentInfo,
    /// Collects `generation` (0..=2); returns the number of objects freed or -1 with an error set.
    #[sabi(last_prefix_field)]
    pub collect: extern "C" fn(api: KernelApiRef, generation: u32) -> i64,
}
root_module!(GcModRef, ComponentKind::Gc);

/// Native-code tier (later wave): compiles a hot code object.
#[repr(C)]
#[derive(StableAbi)]
#[sabi(kind(Prefix(prefix_ref = JitModRef)))]
#[sabi(missing_field(panic))]
pub struct JitMod {
    pub info: extern "C" fn() -> ComponentInfo,
    /// Compiles the code object (wire format) to an entry point the kernel
    /// can call, or returns an error saying why it declined.
    #[sabi(last_prefix_field)]
    pub compile: extern "C" fn(api: KernelApiRef, code: RSlice<'_, u8>) -> RResult<usize, RString>,
}
root_module!(JitModRef, ComponentKind::Jit);

/// What the launcher tells the REPL.
#[repr(C)]
#[derive(Clone, StableAbi)]
pub struct ReplConfig {
    /// Banner to print first (empty under -q).
    pub banner: RString,
    /// Use the plain line-based console (not a terminal, or PYTHON_BASIC_REPL).
    pub basic: bool,
}

/// REPL: reads input, asks the kernel to run it, loops.
#[repr(C)]
#[derive(StableAbi)]
#[sabi(kind(Prefix(prefix_ref = ReplModRef)))]
#[sabi(missing_field(panic))]
pub struct ReplMod {
    pub info: extern "C" fn() -> ComponentInfo,
    /// Runs the interactive loop; returns the process exit status.
    #[sabi(last_prefix_field)]
    pub run: extern "C" fn(api: KernelApiRef, config: ReplConfig) -> RunStatus,
}
root_module!(ReplModRef, ComponentKind::Repl);

/// A library of native modules (the `stdlib-native` crate is one).
#[repr(C)]
#[derive(StableAbi)]
#[sabi(kind(Prefix(prefix_ref = NativeModuleModRef)))]
#[sabi(missing_field(panic))]
pub struct NativeModuleMod {
    pub info: extern "C" fn() -> ComponentInfo,
    /// Names of the modules this library provides.
    pub modules: extern "C" fn() -> RVec<RStr<'static>>,
    /// Creates module `name`: a new reference, or NULL with an exception set.
    #[sabi(last_prefix_field)]
    pub init: extern "C" fn(api: KernelApiRef, name: RStr<'_>) -> Value,
}
root_module!(NativeModuleModRef, ComponentKind::NativeModule);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_turns_a_panic_into_the_error_value() {
        let r = guard(|m| Err::<u32, String>(m), || -> Result<u32, String> { panic!("component bug") });
        assert_eq!(r, Err("component bug".to_string()));
        let ok = guard(|_| 0, || 7);
        assert_eq!(ok, 7);
    }

    #[test]
    fn kinds_round_trip_through_base_names() {
        for k in ComponentKind::ALL {
            assert_eq!(ComponentKind::from_base_name(k.base_name()), Some(k));
            assert!(k.file_name("x").contains(&format!("pyk_{}_x", k.word())));
        }
    }
}
