//! pyk's standard compiler component: AST wire format -> code-object wire
//! format. `symtable` decides scopes, `codegen` emits instructions with
//! labels and handler regions, `assemble` resolves them into words, the
//! exception table and the stack size; `dis` prints the result.

pub mod assemble;
pub mod codegen;
pub mod consts;
pub mod dis;
pub mod error;
pub mod symtable;
pub mod unparse;

pub use dis::disassemble;
pub use error::CompileError;

use abi_stable::export_root_module;
use pyk_abi::abi_stable::prefix_type::PrefixTypeTrait;
use pyk_abi::abi_stable::std_types::{RResult, RSlice, RStr, RVec};
use pyk_abi::ast::Mod;
use pyk_abi::code::CodeData;
use pyk_abi::component::{guard, ComponentInfo, ComponentKind, CompilerMod, CompilerModRef, Mode, SyntaxErrorInfo};

/// Stack for the compiling thread: deep (but legal) nesting recurses.
const COMPILE_STACK: usize = 256 << 20;

/// Compiles a decoded tree.
pub fn compile_ast(module: &Mod, filename: &str, mode: Mode, optimize: i32) -> Result<CodeData, CompileError> {
    let st = symtable::build(module)?;
    let mut c = codegen::Compiler::new(&st, filename, optimize);
    let code = c.compile_mod(module, mode)?;
    code.validate().map_err(|m| CompileError::internal(format!("compiler produced an invalid code object: {m}")))?;
    Ok(code)
}

/// Compiles the AST wire format to the code-object wire format, on a
/// thread with a large stack so that deep nesting cannot overflow.
pub fn compile_bytes(ast: &[u8], filename: &str, mode: Mode, optimize: i32) -> Result<Vec<u8>, SyntaxErrorInfo> {
    let module = pyk_abi::ast::decode(ast).map_err(|e| {
        if e.message.contains("too deep") {
            CompileError::recursion(Default::default()).to_info()
        } else {
            SyntaxErrorInfo::internal(format!("compiler received a bad AST: {e}"))
        }
    })?;
    let filename = filename.to_string();
    let run = move || -> Result<Vec<u8>, SyntaxErrorInfo> {
        guard(
            |msg| Err(SyntaxErrorInfo::internal(format!("compiler panicked: {msg}"))),
            || match compile_ast(&module, &filename, mode, optimize) {
                Ok(code) => Ok(pyk_abi::code::encode(&code)),
                Err(e) => Err(e.to_info()),
            },
        )
    };
    match std::thread::Builder::new().name("pyk-compile".into()).stack_size(COMPILE_STACK).spawn(run) {
        Ok(h) => h.join().unwrap_or_else(|_| Err(SyntaxErrorInfo::internal("compiler thread panicked"))),
        Err(_) => Err(SyntaxErrorInfo::internal("could not start the compiler thread")),
    }
}

extern "C" fn info() -> ComponentInfo {
    ComponentInfo {
        kind: ComponentKind::Compiler,
        name: RStr::from_str("std"),
        version: RStr::from_str(env!("CARGO_PKG_VERSION")),
        description: RStr::from_str("pyk's standard bytecode compiler (CPython 3.13 semantics)"),
    }
}

extern "C" fn compile(ast: RSlice<'_, u8>, filename: RStr<'_>, mode: Mode, _flags: u32, optimize: i32) -> RResult<RVec<u8>, SyntaxErrorInfo> {
    guard(
        |msg| RResult::RErr(SyntaxErrorInfo::internal(format!("compiler panicked: {msg}"))),
        || match compile_bytes(ast.as_slice(), filename.as_str(), mode, optimize) {
            Ok(b) => RResult::ROk(RVec::from(b)),
            Err(e) => RResult::RErr(e),
        },
    )
}

/// The component's root module.
#[export_root_module]
pub fn get_library() -> CompilerModRef {
    CompilerMod { info, compile }.leak_into_prefix()
}
