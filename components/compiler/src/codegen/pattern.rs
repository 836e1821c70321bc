//! `match` statements (PEP 634).
//!
//! Each pattern consumes the value on top of the stack. On failure it jumps
//! into a chain of labels where `fails[k]` pops `k` more values before
//! reaching the failure target, so a nested pattern can fail with its
//! partial results still on the stack. Captures are stored as soon as they
//! match (PEP 634 leaves bindings of a failed match unspecified).

use super::*;

struct Fails {
    labels: Vec<Label>,
}

impl Fails {
    fn at(&mut self, c: &mut Compiler<'_>, n: usize) -> Label {
        while self.labels.len() <= n {
            let l = c.label();
            self.labels.push(l);
        }
        self.labels[n]
    }

    /// Emits the pop chain, ending with a jump to `target`.
    fn finish(self, c: &mut Compiler<'_>, target: Label) {
        for k in (1..self.labels.len()).rev() {
            c.bind(self.labels[k]);
            c.emit_noloc(Op::POP_TOP, 0);
        }
        if let Some(&l) = self.labels.first() {
            c.bind(l);
            c.jump(Op::JUMP_NO_INTERRUPT, target);
        }
    }
}

pub(super) fn match_stmt<'a>(c: &mut Compiler<'a>, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
    c.expr(subject)?;
    let end = c.label();
    for (i, case) in cases.iter().enumerate() {
        let irrefutable = case.guard.is_none() && is_irrefutable(&case.pattern);
        if irrefutable && i + 1 < cases.len() {
            let msg = match &case.pattern.node {
                PatternKind::MatchAs { name: Some(n), .. } => format!("name capture '{n}' makes remaining patterns unreachable"),
                _ => "wildcard makes remaining patterns unreachable".to_string(),
            };
            return Err(err(msg, case.pattern.loc));
        }
        let next = c.label();
        let old = c.set_loc(case.pattern.loc);
        let mut fails = Fails { labels: Vec::new() };
        c.emit(Op::COPY, 1);
        pattern(c, &case.pattern, 1, &mut fails)?;
        if let Some(g) = &case.guard {
            let f = fails.at(c, 0);
            c.jump_if(g, f, false)?;
        }
        c.set_loc(old);
        c.emit0(Op::POP_TOP);
        c.stmts(&case.body)?;
        c.jump(Op::JUMP_NO_INTERRUPT, end);
        fails.finish(c, next);
        c.bind(next);
    }
    c.emit_noloc(Op::POP_TOP, 0);
    c.bind(end);
    Ok(())
}

fn is_irrefutable(p: &Pattern) -> bool {
    match &p.node {
        PatternKind::MatchAs { pattern: None, .. } => true,
        PatternKind::MatchOr { patterns } => patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

/// Matches the value on top of the stack; `extra` counts the values above
/// the failure target's stack, the matched value included.
fn pattern<'a>(c: &mut Compiler<'a>, p: &'a Pattern, extra: usize, fails: &mut Fails) -> R {
    c.deeper(p.loc)?;
    let old = c.set_loc(p.loc);
    let r = pattern_inner(c, p, extra, fails);
    c.set_loc(old);
    c.depth -= 1;
    r
}

fn pattern_inner<'a>(c: &mut Compiler<'a>, p: &'a Pattern, extra: usize, fails: &mut Fails) -> R {
    match &p.node {
        PatternKind::MatchAs { pattern: sub, name } => {
            match (sub, name) {
                (None, None) => c.emit0(Op::POP_TOP),
                (None, Some(n)) => c.store_name(n)?,
                (Some(q), Some(n)) => {
                    c.emit(Op::COPY, 1);
                    pattern(c, q, extra + 1, fails)?;
                    c.store_name(n)?;
                }
                (Some(q), None) => pattern(c, q, extra, fails)?,
            }
        }
        PatternKind::MatchStar { name } => match name {
            Some(n) => c.store_name(n)?,
            None => c.emit0(Op::POP_TOP),
        },
        PatternKind::MatchValue { value } => {
            c.expr(value)?;
            c.emit(Op::COMPARE_OP, CompareOp::Eq as u32);
            let f = fails.at(c, extra - 1);
            c.jump(Op::POP_JUMP_IF_FALSE, f);
        }
        PatternKind::MatchSingleton { value } => {
            c.load_const(consts::from_ast(value));
            c.emit(Op::IS_OP, 0);
            let f = fails.at(c, extra - 1);
            c.jump(Op::POP_JUMP_IF_FALSE, f);
        }
        PatternKind::MatchSequence { patterns } => {
            let star = patterns.iter().position(|q| matches!(q.node, PatternKind::MatchStar { .. }));
            if patterns.iter().filter(|q| matches!(q.node, PatternKind::MatchStar { .. })).count() > 1 {
                return Err(err("multiple starred names in sequence pattern", p.loc));
            }
            c.emit0(Op::MATCH_SEQUENCE);
            let f = fails.at(c, extra);
            c.jump(Op::POP_JUMP_IF_FALSE, f);
            let n = patterns.len();
            c.emit0(Op::GET_LEN);
            match star {
                None => {
                    c.load_const(ConstValue::Int { value: n as i64 });
                    c.emit(Op::COMPARE_OP, CompareOp::Eq as u32);
                }
                Some(_) => {
                    c.load_const(ConstValue::Int { value: n as i64 - 1 });
                    c.emit(Op::COMPARE_OP, CompareOp::Ge as u32);
                }
            }
            let f = fails.at(c, extra);
            c.jump(Op::POP_JUMP_IF_FALSE, f);
            let wildcard = |q: &Pattern| matches!(q.node, PatternKind::MatchAs { pattern: None, name: None });
            if let Some(i) = star.filter(|&i| matches!(patterns[i].node, PatternKind::MatchStar { name: None })) {
                // `*_` binds nothing: index the subject instead of unpacking
                // it (so `case x, *_` on range(1 << 30) stays cheap), as
                // CPython does; wildcards are not even fetched.
                for (k, q) in patterns.iter().enumerate() {
                    if k == i || wildcard(q) {
                        continue;
                    }
                    c.emit(Op::COPY, 1);
                    if k < i {
                        c.load_const(ConstValue::Int { value: k as i64 });
                    } else {
                        // [v, v] -> [v, v, len(v) - (n - k)]
                        c.emit0(Op::GET_LEN);
                        c.load_const(ConstValue::Int { value: (n - k) as i64 });
                        c.emit(Op::BINARY_OP, binop_arg(Operator::Sub, false));
                    }
                    c.emit0(Op::BINARY_SUBSCR);
                    pattern(c, q, extra + 1, fails)?;
                }
                c.emit0(Op::POP_TOP);
                return Ok(());
            }
            match star {
                None => c.emit(Op::UNPACK_SEQUENCE, n as u32),
                Some(i) => c.emit(Op::UNPACK_EX, i as u32 | ((n - i - 1) as u32) << 8),
            }
            for (k, q) in patterns.iter().enumerate() {
                pattern(c, q, extra - 1 + (n - k), fails)?;
            }
        }
        PatternKind::MatchMapping { keys, patterns, rest } => {
            c.emit0(Op::MATCH_MAPPING);
            let f = fails.at(c, extra);
            c.jump(Op::POP_JUMP_IF_FALSE, f);
            let n = keys.len();
            if n > 0 {
                c.emit0(Op::GET_LEN);
                c.load_const(ConstValue::Int { value: n as i64 });
                c.emit(Op::COMPARE_OP, CompareOp::Ge as u32);
                let f = fails.at(c, extra);
                c.jump(Op::POP_JUMP_IF_FALSE, f);
            }
            for k in keys {
                if !matches!(k.node, ExprKind::Constant { .. } | ExprKind::Attribute { .. } | ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. }) {
                    return Err(err("mapping pattern keys may only match literals and attribute lookups", k.loc));
                }
                c.expr(k)?;
            }
            c.emit(Op::BUILD_TUPLE, n as u32);
            // [v, keys] -> [v, keys, values_or_none]
            c.emit0(Op::MATCH_KEYS);
            c.emit(Op::COPY, 1);
            let f = fails.at(c, extra + 2);
            c.jump(Op::POP_JUMP_IF_NONE, f);
            c.emit(Op::UNPACK_SEQUENCE, n as u32);
            for (k, q) in patterns.iter().enumerate() {
                pattern(c, q, extra + 1 + (n - k), fails)?;
            }
            // [v, keys]
            match rest {
                Some(r) => {
                    // rest = dict(v) without the matched keys
                    c.emit0(Op::POP_TOP);
                    c.emit(Op::BUILD_MAP, 0);
                    c.emit(Op::SWAP, 2);
                    c.emit(Op::DICT_UPDATE, 1);
                    for k in keys {
                        c.emit(Op::COPY, 1);
                        c.expr(k)?;
                        c.emit0(Op::DELETE_SUBSCR);
                    }
                    c.store_name(r)?;
                }
                None => {
                    c.emit0(Op::POP_TOP);
                    c.emit0(Op::POP_TOP);
                }
            }
        }
        PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
            c.expr(cls)?;
            let names = kwd_attrs.iter().map(|a| ConstValue::Str { value: a.clone() }).collect();
            c.load_const(ConstValue::Tuple { items: names });
            c.emit(Op::MATCH_CLASS, patterns.len() as u32);
            c.emit(Op::COPY, 1);
            let f = fails.at(c, extra);
            c.jump(Op::POP_JUMP_IF_NONE, f);
            let n = patterns.len() + kwd_patterns.len();
            c.emit(Op::UNPACK_SEQUENCE, n as u32);
            for (k, q) in patterns.iter().chain(kwd_patterns).enumerate() {
                pattern(c, q, extra - 1 + (n - k), fails)?;
            }
        }
        PatternKind::MatchOr { patterns } => {
            let end = c.label();
            let last = patterns.len() - 1;
            for (k, q) in patterns.iter().enumerate() {
                if k == last {
                    pattern(c, q, extra, fails)?;
                    break;
                }
                let next = c.label();
                let mut alt = Fails { labels: Vec::new() };
                c.emit(Op::COPY, 1);
                // failure leaves the original value: one value above `next`'s base
                pattern(c, q, 1, &mut alt)?;
                c.emit0(Op::POP_TOP);
                c.jump(Op::JUMP_NO_INTERRUPT, end);
                alt.finish(c, next);
                c.bind(next);
            }
            c.bind(end);
        }
    }
    Ok(())
}
