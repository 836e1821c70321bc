//! pyk's standard parser component: Python 3.13 source to the AST wire
//! format, with CPython's syntax errors.
//!
//! Pipeline: `lexer` (whole input to tokens) -> `parser` (recursive descent
//! with `expr`, `strings`, `pattern`) -> `pyk_abi::ast::Mod` -> wire bytes.
//! `dump` renders a tree as `ast.dump(..., include_attributes=True)`.

mod dump;
mod error;
mod expr;
mod ident;
mod lexer;
mod parser;
mod pattern;
mod strings;
mod token;
mod tokenize;
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
pub(crate) const INLINE_LIMIT: usize = 1000;
const BIG_STACK: usize = 256 << 20;

/// Parses `src` into a tree, or CPython's syntax error.
/// `PyCF_DONT_IMPLY_DEDENT`: input that ends inside an indented block
/// without a final newline is incomplete (what `codeop` relies on).
pub const FLAG_DONT_IMPLY_DEDENT: u32 = 0x200;
/// `PyCF_TYPE_COMMENTS`: keep `# type:` comments (type_comment fields,
/// Module.type_ignores), as `ast.parse(..., type_comments=True)`.
pub const FLAG_TYPE_COMMENTS: u32 = 0x1000;

pub fn parse_source(src: &str, mode: Mode) -> Result<Mod, SyntaxErrorInfo> {
    parse_source_flags(src, mode, 0)
}

/// Parses with CPython compile flags (`FLAG_DONT_IMPLY_DEDENT`, `FLAG_TYPE_COMMENTS`).
pub fn parse_source_flags(src: &str, mode: Mode, flags: u32) -> Result<Mod, SyntaxErrorInfo> {
    parse_inner(src, mode, flags).0
}

/// The tree (or error) and the deepest nesting the parser went through.
fn parse_inner(src: &str, mode: Mode, flags: u32) -> (Result<Mod, SyntaxErrorInfo>, u32) {
    let (r, depth, _) = parse_inner_warn(src, mode, flags);
    (r, depth)
}

/// `parse_inner`, with the SyntaxWarnings of a successful parse in source order.
fn parse_inner_warn(src: &str, mode: Mode, flags: u32) -> (Result<Mod, SyntaxErrorInfo>, u32, Vec<SyntaxErrorInfo>) {
    let dont_imply_dedent = flags & FLAG_DONT_IMPLY_DEDENT != 0;
    // Eval and single input get no implied final newline (the REPL's
    // completeness check, with FLAG_DONT_IMPLY_DEDENT, keeps one: CPython's
    // codeop adds it).
    let lexed = if matches!(mode, Mode::Eval | Mode::Single) && !dont_imply_dedent {
        lexer::lex_no_final_newline(src, flags & FLAG_TYPE_COMMENTS != 0)
    } else {
        lexer::lex(src, dont_imply_dedent, flags & FLAG_TYPE_COMMENTS != 0)
    };
    let implicit_newline = implicit_final_newline(src, &lexed.tokens);
    let mut p = parser::Parser::new(src, lexed);
    if let Some(v) = pyk_abi::component::feature_version_of(flags) {
        p.feature_version = v;
    }
    p.clevel_start = match mode {
        Mode::Eval => 6,
        Mode::Single => 2,
        _ => 0,
    };
    let r = p.parse_mod(mode);
    // A construct newer than the feature version asked for: CPython raises
    // that from the construct's action, before anything it reads later.
    let version_error = if p.overflowed { None } else { p.take_version_error() };
    let r = match version_error {
        Some(e) => Err(e.to_info(src, &p.line_starts)),
        None => match r {
            // An overflow inside a speculative parse is still fatal, as in CPython.
            Ok(_) if p.overflowed => Err(parser::Parser::stack_overflow().to_info(src, &p.line_starts)),
            Ok(Mod::Interactive { body }) if dont_imply_dedent && body.iter().any(is_compound) && implicit_newline.is_some() => {
                // "invalid syntax" at offset 0, as CPython; with
                // PyCF_ALLOW_INCOMPLETE_INPUT the kernel makes it "incomplete input".
                let (line, col) = implicit_newline.unwrap_or_default();
                let mut e = error::PError::new("invalid syntax", line, col, line, col);
                e.add_newline = false;
                (e.offset_raw, e.end_raw) = (Some(0), Some(0));
                Err(e.incomplete().to_info(src, &p.line_starts))
            }
            Ok(m) => Ok(m),
            Err(e) => {
                let mut e = p.choose_error(e);
                if mode == Mode::Single && !src.ends_with(['\n', '\r']) {
                    single_without_newline(&mut e, src, &p.line_starts);
                }
                let mut info = e.to_info(src, &p.line_starts);
                if src.is_empty() && matches!(mode, Mode::Eval | Mode::Single) {
                    // Empty input has no line: CPython reports line 0.
                    (info.lineno, info.offset, info.end_lineno, info.end_offset) = (0, 0, 0, 0);
                    info.text = Default::default();
                }
                Err(info)
            }
        }
    };
    let mut ws = p.warnings.take();
    if let Err(e) = &r {
        // CPython warns as it reads: about what the parser read before the
        // error (the lexer's warnings: up to the error's line).
        ws.retain(|(k, w)| *k != usize::MAX || w.lineno <= e.lineno);
    }
    ws.sort_by_key(|(_, w)| (w.lineno, w.col));
    let warnings = ws.iter().map(|(_, w)| w.to_info(src, &p.line_starts)).collect();
    (r, p.max_depth, warnings)
}

/// Single-mode input without a final newline: CPython adds no newline to
/// it, so the error line is shown as is, and a position on the NEWLINE
/// token it makes up at the end of the input is column 0.
fn single_without_newline(e: &mut error::PError, src: &str, line_starts: &[u32]) {
    let at_end = |line: u32, col: u32| {
        line >= 1 && line_starts.get(line as usize - 1).is_some_and(|&s| s as usize + col as usize >= src.len())
    };
    e.add_newline = false;
    if e.offset_raw.is_none() && at_end(e.lineno, e.col) {
        e.offset_raw = Some(0);
        if e.end_raw.is_none() && at_end(e.end_lineno, e.end_col) {
            e.end_raw = Some(0);
        }
    }
}

/// When the last logical line ends at the end of the input rather than
/// with a newline of its own (the lexer's implicit NEWLINE starts at
/// `src.len()`): that line and the byte column of its last character.
fn implicit_final_newline(src: &str, tokens: &[token::Token]) -> Option<(u32, u32)> {
    use token::Tok;
    let last = tokens.iter().rev().find(|t| !matches!(t.kind, Tok::EndMarker | Tok::Dedent))?;
    if last.kind != Tok::Newline || (last.start as usize) < src.len() {
        return None;
    }
    let line_start = src.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    Some((last.sline, (src.len() - line_start).saturating_sub(1) as u32))
}

/// Statements with a block: in single mode CPython's grammar wants one more
/// NEWLINE after them (`statement_newline: compound_stmt NEWLINE`). With
/// `PyCF_DONT_IMPLY_DEDENT` CPython adds no NEWLINE at the end of the
/// input, so a compound statement whose last line has no newline
/// (`while x: pass`, `if x:\n    y`) is incomplete: `codeop` then waits for
/// the empty line that ends the block.
pub(crate) fn is_compound(s: &pyk_abi::ast::Stmt) -> bool {
    use pyk_abi::ast::StmtKind::*;
    matches!(
        s.node,
        FunctionDef { .. }
            | AsyncFunctionDef { .. }
            | ClassDef { .. }
            | For { .. }
            | AsyncFor { .. }
            | While { .. }
            | If { .. }
            | With { .. }
            | AsyncWith { .. }
            | Match { .. }
            | Try { .. }
            | TryStar { .. }
    )
}

/// Runs `f` on a thread with a big stack when the input is large (inline
/// if no thread can be started).
fn with_stack<T: Send>(len: usize, f: impl FnOnce() -> T + Send) -> T {
    if len <= INLINE_LIMIT {
        return f();
    }
    let cell = std::sync::Mutex::new(Some(f));
    let spawned = std::thread::scope(|s| {
        let h = std::thread::Builder::new().stack_size(BIG_STACK).spawn_scoped(s, || {
            let f = cell.lock().ok().and_then(|mut g| g.take());
            f.map(|f| f())
        });
        match h {
            Ok(h) => match h.join() {
                Ok(v) => v,
                Err(p) => std::panic::resume_unwind(p),
            },
            Err(_) => None,
        }
    });
    match spawned {
        Some(v) => v,
        None => {
            let f = cell.into_inner().ok().flatten();
            match f {
                Some(f) => f(),
                None => panic!("parser thread lost its work"),
            }
        }
    }
}

pub use tokenize::{kind as token_kind, TokenRecord};

/// Tokens for Python's `tokenize` (CPython's `_tokenize.TokenizerIter` with
/// `extra_tokens=True`): the tokens before the first error, and that error.
/// Exported as `ParserMod::tokenize`.
pub fn tokenize_source(src: &str) -> (Vec<TokenRecord>, Option<SyntaxErrorInfo>) {
    tokenize_source_mode(src, true)
}

/// `tokenize_source` with CPython's `extra_tokens` flag: without it the
/// tokenizer also refuses unmatched brackets, names that are not
/// identifiers, leading zeros and a name right after a number. Exported
/// as `ParserMod::tokenize_mode`.
pub fn tokenize_source_mode(src: &str, extra_tokens: bool) -> (Vec<TokenRecord>, Option<SyntaxErrorInfo>) {
    with_stack(src.len(), || tokenize::tokenize(src, extra_tokens))
}

/// Parses and encodes; used by the exported `parse`.
pub fn parse_to_wire(src: &str, mode: Mode, flags: u32) -> Result<Vec<u8>, SyntaxErrorInfo> {
    parse_to_wire_warn(src, mode, flags).0
}

/// `parse_to_wire` and the parse's SyntaxWarnings (see `ParserMod::parse_warn`).
pub fn parse_to_wire_warn(src: &str, mode: Mode, flags: u32) -> (Result<Vec<u8>, SyntaxErrorInfo>, Vec<SyntaxErrorInfo>) {
    with_stack(src.len(), || {
        // A tree deeper than its consumer can take (left-associative chains
        // build trees deeper than the parser's recursion) is refused there:
        // the compiler says "during compilation", `ast` "during ast
        // construction", as CPython's do.
        let (r, _depth, warnings) = parse_inner_warn(src, mode, flags);
        (r.map(|m| pyk_abi::ast::encode(&m)), warnings)
    })
}

/// `ast.dump(ast.parse(src), include_attributes=True)`.
pub fn dump_source(src: &str) -> Result<String, SyntaxErrorInfo> {
    dump_source_flags(src, 0)
}

/// `dump_source` with CPython compile flags (`FLAG_TYPE_COMMENTS`).
pub fn dump_source_flags(src: &str, flags: u32) -> Result<String, SyntaxErrorInfo> {
    with_stack(src.len(), || {
        let (r, _depth) = parse_inner(src, Mode::Exec, flags);
        Ok(dump::dump_mod(&r?))
    })
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

extern "C" fn parse_warn(source: RStr<'_>, _filename: RStr<'_>, mode: Mode, flags: u32, warnings: &mut RVec<SyntaxErrorInfo>) -> RResult<RVec<u8>, SyntaxErrorInfo> {
    guard(
        |m| RResult::RErr(internal(m)),
        || {
            let (r, ws) = parse_to_wire_warn(source.as_str(), mode, flags);
            warnings.extend(ws);
            match r {
                Ok(v) => RResult::ROk(RVec::from(v)),
                Err(e) => RResult::RErr(e),
            }
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

extern "C" fn tokenize(source: RStr<'_>, tokens: &mut RVec<pyk_abi::component::TokenInfo>) -> RResult<(), SyntaxErrorInfo> {
    tokenize_mode(source, true, tokens)
}

extern "C" fn tokenize_mode(source: RStr<'_>, extra_tokens: bool, tokens: &mut RVec<pyk_abi::component::TokenInfo>) -> RResult<(), SyntaxErrorInfo> {
    guard(
        |msg| RResult::RErr(internal(format!("tokenizer panicked: {msg}"))),
        || {
            let (toks, err) = tokenize_source_mode(source.as_str(), extra_tokens);
            tokens.extend(toks.into_iter().map(|t| pyk_abi::component::TokenInfo {
                type_: t.type_,
                exact_type: t.exact_type,
                string: RString::from(t.string),
                start_line: t.start.0,
                start_col: t.start.1,
                end_line: t.end.0,
                end_col: t.end.1,
                line: RString::from(t.line),
            }));
            match err {
                Some(e) => RResult::RErr(e),
                None => RResult::ROk(()),
            }
        },
    )
}

#[export_root_module]
fn get_library() -> ParserModRef {
    ParserMod { info, parse, dump_ast, parse_warn, tokenize, tokenize_mode }.leak_into_prefix()
}
