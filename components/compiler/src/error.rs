//! Compile errors and their conversion to `SyntaxErrorInfo`.

use pyk_abi::abi_stable::std_types::RString;
use pyk_abi::ast::Loc;
use pyk_abi::component::{SyntaxErrorInfo, SyntaxErrorKind};

#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub loc: Loc,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), loc }
    }

    pub fn recursion(loc: Loc) -> CompileError {
        CompileError { kind: SyntaxErrorKind::Recursion, msg: "maximum recursion depth exceeded during compilation".into(), loc }
    }

    pub fn internal(msg: impl Into<String>) -> CompileError {
        CompileError { kind: SyntaxErrorKind::Internal, msg: msg.into(), loc: Loc::default() }
    }

    /// The error as the kernel receives it. Columns are byte offsets in the
    /// AST; without the source text they are reported as byte + 1.
    pub fn to_info(&self) -> SyntaxErrorInfo {
        let has_loc = self.loc.lineno != 0;
        SyntaxErrorInfo {
            kind: self.kind,
            msg: RString::from(self.msg.as_str()),
            lineno: self.loc.lineno,
            offset: if has_loc { self.loc.col_offset + 1 } else { 0 },
            end_lineno: self.loc.end_lineno,
            end_offset: match self.loc.end_lineno {
                pyk_abi::component::NO_END => 0,
                end if has_loc && end != 0 => self.loc.end_col_offset + 1,
                _ => 0,
            },
            text: RString::new(),
            incomplete: false,
        }
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (line {}, col {})", self.msg, self.loc.lineno, self.loc.col_offset + 1)
    }
}
