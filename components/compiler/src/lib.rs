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
use pyk_abi::abi_stable::std_types::{RResult, RSlice, RStr, RString, RVec};
use pyk_abi::ast::Mod;
use pyk_abi::code::CodeData;
use pyk_abi::component::{guard, ComponentInfo, ComponentKind, CompilerMod, CompilerModRef, Mode, SyntaxErrorInfo};

/// Stack for the compiling thread: deep (but legal) nesting recurses.
const COMPILE_STACK: usize = 256 << 20;

/// Compiles a decoded tree.
pub fn compile_ast(module: &Mod, filename: &str, mode: Mode, optimize: i32) -> Result<CodeData, CompileError> {
    compile_ast_warn(module, filename, mode, 0, optimize, &mut Vec::new())
}

/// `compile_ast`, collecting the SyntaxWarnings the compiler found before
/// it finished or failed.
/// `flags`: compile()'s; PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000) lets the
/// module use await, async for/with and async comprehensions (its code is
/// then a coroutine's).
pub fn compile_ast_warn(module: &Mod, filename: &str, mode: Mode, flags: u32, optimize: i32, warnings: &mut Vec<CompileError>) -> Result<CodeData, CompileError> {
    let st = symtable::build(module)?;
    let mut c = codegen::Compiler::new(&st, filename, optimize);
    c.top_level_await = flags & PYCF_ALLOW_TOP_LEVEL_AWAIT != 0;
    let r = c.compile_mod(module, mode);
    warnings.append(&mut c.warnings);
    let code = r?;
    code.validate().map_err(|m| CompileError::internal(format!("compiler produced an invalid code object: {m}")))?;
    Ok(code)
}

/// Compiles the AST wire format to the code-object wire format, on a
/// thread with a large stack so that deep nesting cannot overflow.
pub fn compile_bytes(ast: &[u8], filename: &str, mode: Mode, optimize: i32) -> Result<Vec<u8>, SyntaxErrorInfo> {
    compile_bytes_warn(ast, filename, mode, 0, optimize).0
}

/// compile()'s flag allowing top-level await.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;

/// `compile_bytes` and the compiler's SyntaxWarnings.
pub fn compile_bytes_warn(ast: &[u8], filename: &str, mode: Mode, flags: u32, optimize: i32) -> (Result<Vec<u8>, SyntaxErrorInfo>, Vec<SyntaxErrorInfo>) {
    let filename = filename.to_string();
    let run = move || -> (Result<Vec<u8>, SyntaxErrorInfo>, Vec<SyntaxErrorInfo>) {
        guard(
            |msg| (Err(SyntaxErrorInfo::internal(format!("compiler panicked: {msg}"))), Vec::new()),
            || {
                // Half of this thread's stack for decoding, which returns
                // before the passes recurse over the tree.
                let module = match pyk_abi::ast::decode_with_stack(ast, COMPILE_STACK / 2) {
                    Ok(m) => m,
                    Err(e) if e.message.contains("too deep") => return (Err(CompileError::recursion(Default::default()).to_info()), Vec::new()),
                    Err(e) => return (Err(SyntaxErrorInfo::internal(format!("compiler received a bad AST: {e}"))), Vec::new()),
                };
                let mut ws = Vec::new();
                let r = match compile_ast_warn(&module, &filename, mode, flags, optimize, &mut ws) {
                    Ok(code) => Ok(pyk_abi::code::encode(&code)),
                    Err(e) => Err(e.to_info()),
                };
                (r, ws.iter().map(CompileError::to_info).collect())
            },
        )
    };
    match std::thread::scope(|sc| std::thread::Builder::new().name("pyk-compile".into()).stack_size(COMPILE_STACK).spawn_scoped(sc, run).map(|h| h.join())) {
        Ok(h) => h.unwrap_or_else(|_| (Err(SyntaxErrorInfo::internal("compiler thread panicked")), Vec::new())),
        Err(_) => (Err(SyntaxErrorInfo::internal("could not start the compiler thread")), Vec::new()),
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

extern "C" fn compile(ast: RSlice<'_, u8>, filename: RStr<'_>, mode: Mode, flags: u32, optimize: i32) -> RResult<RVec<u8>, SyntaxErrorInfo> {
    guard(
        |msg| RResult::RErr(SyntaxErrorInfo::internal(format!("compiler panicked: {msg}"))),
        || match compile_bytes_warn(ast.as_slice(), filename.as_str(), mode, flags, optimize).0 {
            Ok(b) => RResult::ROk(RVec::from(b)),
            Err(e) => RResult::RErr(e),
        },
    )
}

/// The component's root module.
extern "C" fn compile_warn(ast: RSlice<'_, u8>, filename: RStr<'_>, mode: Mode, flags: u32, optimize: i32, warnings: &mut RVec<SyntaxErrorInfo>) -> RResult<RVec<u8>, SyntaxErrorInfo> {
    guard(
        |msg| RResult::RErr(SyntaxErrorInfo::internal(format!("compiler panicked: {msg}"))),
        || {
            let (r, ws) = compile_bytes_warn(ast.as_slice(), filename.as_str(), mode, flags, optimize);
            warnings.extend(ws);
            match r {
                Ok(b) => RResult::ROk(RVec::from(b)),
                Err(e) => RResult::RErr(e),
            }
        },
    )
}

extern "C" fn disassemble_wire(code: RSlice<'_, u8>) -> RResult<RString, RString> {
    guard(
        |msg| RResult::RErr(RString::from(format!("disassembler panicked: {msg}"))),
        || match pyk_abi::code::decode(code.as_slice()) {
            Ok(c) => RResult::ROk(RString::from(disassemble(&c))),
            Err(e) => RResult::RErr(RString::from(format!("invalid code object: {e}"))),
        },
    )
}

#[export_root_module]
pub fn get_library() -> CompilerModRef {
    CompilerMod { info, compile, compile_warn, disassemble: disassemble_wire }.leak_into_prefix()
}
