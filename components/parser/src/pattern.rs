//! `match` statements and patterns.

use crate::parser::{PResult, Parser};
use pyk_abi::ast::*;

impl<'s> Parser<'s> {
    /// Parses a match statement if the tokens form one; otherwise rewinds
    /// and returns None (then `match` is an ordinary name).
    pub fn try_match_stmt(&mut self) -> PResult<Option<Stmt>> {
        Ok(None)
    }
}
