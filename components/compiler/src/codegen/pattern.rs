//! `match` statements (PEP 634).

use super::*;

pub(super) fn match_stmt<'a>(c: &mut Compiler<'a>, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
    let _ = (subject, cases);
    Err(err("match statements are not supported by this compiler yet", c.ur().loc))
}
