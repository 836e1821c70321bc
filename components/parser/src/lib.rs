//! pyk's standard parser component: Python 3.13 source to the AST wire
//! format, with CPython's syntax errors.
//!
//! Pipeline: `lexer` (whole input to tokens) -> `parser` (recursive descent
//! with `expr`, `strings`, `pattern`) -> `pyk_abi::ast::Mod` -> wire bytes.
//! `dump` renders a tree as `ast.dump(..., include_attributes=True)`.

mod dump;
mod error;
mod expr;
mod lexer;
mod parser;
mod pattern;
mod strings;
mod token;
mod unicode_names;
mod unicode_printable;

#[cfg(test)]
mod tests;

use abi_stable::export_root_module;
use pyk_abi::abi_stable::prefix_type::PrefixTypeTrait;
use pyk_abi::abi_stable::std_types::{RResult, RStr, RString, RVec};
use pyk_abi::ast::Mod;
use pyk_abi::component::{guard, ComponentInfo, ComponentKind, Mode, ParserMod, ParserModRef, SyntaxErrorInfo};

/// Inputs longer than this are parsed on a helper thread with a large stack,
/// so that deep (but accepted) nesting can never overflow the caller's stack.
const INLINE_LIMIT: usize = 2000;
const BIG_STACK: usize = 256 << 20;

/// Parses `src` into a tree, or CPython's syntax error.
/// `PyCF_DONT_IMPLY_DEDENT`: input that ends inside an indented block
/// without a final newline is incomplete (what `codeop` relies on).
pub const FLAG_DONT_IMPLY_DEDENT: u32 = 0x200;

pub fn parse_source(src: &str, mode: Mode) -> Result<Mod, SyntaxErrorInfo> {
    parse_source_flags(src, mode, 0)
}

/// Parses with CPython compile flags (only `FLAG_DONT_IMPLY_DEDENT` matters).
pub fn parse_source_flags(src: &str, mode: Mode, flags: u32) -> Result<Mod, SyntaxErrorInfo> {
    let lexed = lexer::lex(src, flags & FLAG_DONT_IMPLY_DEDENT != 0);
    let mut p = parser::Parser::new(src, lexed);
    match p.parse_mod(mode) {
        Ok(m) => Ok(m),
        Err(e) => {
            let e = p.choose_error(e);
            Err(e.to_info(src, &p.line_starts))
        }
    }
}

/// Runs `f` on a thread with a big stack when the input is large.
fn with_stack<T: Send>(len: usize, f: impl FnOnce() -> T + Send) -> T {
    if len <= INLINE_LIMIT {
        return f();
    }
    std::thread::scope(|s| {
        let h = std::thread::Builder::new().stack_size(BIG_STACK).spawn_scoped(s, f);
        match h {
            Ok(h) => match h.join() {
                Ok(v) => v,
                Err(p) => std::panic::resume_unwind(p),
            },
            Err(_) => panic!("cannot start the parser thread"),
        }
    })
}

/// Parses and encodes; used by the exported `parse`.
pub fn parse_to_wire(src: &str, mode: Mode, flags: u32) -> Result<Vec<u8>, SyntaxErrorInfo> {
    with_stack(src.len(), || parse_source_flags(src, mode, flags).map(|m| pyk_abi::ast::encode(&m)))
}

/// `ast.dump(ast.parse(src), include_attributes=True)`.
pub fn dump_source(src: &str) -> Result<String, SyntaxErrorInfo> {
    with_stack(src.len(), || parse_source(src, Mode::Exec).map(|m| dump::dump_mod(&m)))
}

extern "C" fn info() -> ComponentInfo {
    ComponentInfo {
        kind: ComponentKind::Parser,
        name: RStr::from_str("std"),
        version: RStr::from_str(env!("CARGO_PKG_VERSION")),
        description: RStr::from_str("Python 3.13 parser: tokenizer and recursive-descent parser with CPython's syntax errors"),
    }
}

fn internal(msg: String) -> SyntaxErrorInfo {
    SyntaxErrorInfo::internal(format!("parser panicked: {msg}"))
}

extern "C" fn parse(source: RStr<'_>, _filename: RStr<'_>, mode: Mode, flags: u32) -> RResult<RVec<u8>, SyntaxErrorInfo> {
    guard(
        |m| RResult::RErr(internal(m)),
        || match parse_to_wire(source.as_str(), mode, flags) {
            Ok(v) => RResult::ROk(RVec::from(v)),
            Err(e) => RResult::RErr(e),
        },
    )
}

extern "C" fn dump_ast(source: RStr<'_>, _filename: RStr<'_>) -> RResult<RString, SyntaxErrorInfo> {
    guard(
        |m| RResult::RErr(internal(m)),
        || match dump_source(source.as_str()) {
            Ok(s) => RResult::ROk(RString::from(s)),
            Err(e) => RResult::RErr(e),
        },
    )
}

#[export_root_module]
fn get_library() -> ParserModRef {
    ParserMod { info, parse, dump_ast }.leak_into_prefix()
}
