//! `match` statements (PEP 634).
//!
//! Each pattern consumes the value on top of the stack. On failure it jumps
//! into a chain of labels where `fails[k]` pops `k` more values before
//! reaching the failure target, so a nested pattern can fail with its
//! partial results still on the stack. As in CPython, captured values stay
//! on the stack (below the values a pattern is still working on, the newest
//! deepest) and are stored only once the whole pattern matched: a failed
//! pattern binds nothing. `extra` counts the values that are not captures;
//! a failure also pops the captures made so far.

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

    /// Emits the pop chain, ending with a jump to `target`; the pops are
    /// on the current line (the failed pattern's, as CPython).
    fn finish(self, c: &mut Compiler<'_>, target: Label) {
        for k in (1..self.labels.len()).rev() {
            c.bind(self.labels[k]);
            c.emit0(Op::POP_TOP);
        }
        if let Some(&l) = self.labels.first() {
            c.bind(l);
            c.jump(Op::JUMP_NO_INTERRUPT, target);
        }
    }
}

/// What a pattern's compilation tracks (CPython's pattern context): the
/// names bound so far, and whether an irrefutable pattern is allowed here.
struct Pc {
    stores: Vec<String>,
    allow_irrefutable: bool,
}

impl Pc {
    /// Captures the value on top of the stack (`extra`: the pattern's).
    fn store<'a>(&mut self, c: &mut Compiler<'a>, name: &str, extra: usize, loc: Loc) -> R {
        if name == "__debug__" {
            return Err(err("cannot assign to __debug__", loc));
        }
        if self.stores.iter().any(|n| n == name) {
            return Err(err(format!("multiple assignments to name '{name}' in pattern"), loc));
        }
        // [caps, on_top (extra - 1 values), value] -> [value, caps, on_top]
        rotate(c, extra + self.stores.len());
        self.stores.push(name.to_string());
        Ok(())
    }
}

/// Moves the top of the stack down to position `count` (1: the top),
/// keeping the order of the values it passes.
fn rotate(c: &mut Compiler<'_>, count: usize) {
    for n in (2..=count).rev() {
        c.emit(Op::SWAP, n as u32);
    }
}

/// Reorders the top values of the stack from `cur` to `want` (both listed
/// from the deepest to the top) with SWAPs.
fn permute(c: &mut Compiler<'_>, mut cur: Vec<Option<String>>, want: &[Option<String>]) {
    let n = cur.len();
    for d in (2..=n).rev() {
        let idx = n - d;
        if cur[idx] == want[idx] {
            continue;
        }
        let Some(from) = (idx..n).find(|&j| cur[j] == want[idx]) else { continue };
        if from != n - 1 {
            c.emit(Op::SWAP, (n - from) as u32);
            cur.swap(from, n - 1);
        }
        c.emit(Op::SWAP, d as u32);
        cur.swap(idx, n - 1);
    }
}

/// Equal keys for constants Python considers equal (1, 1.0, True; 0, -0.0).
fn eq_key(v: &ConstValue) -> Option<String> {
    fn num(f: f64) -> String {
        if f.is_finite() && f.fract() == 0.0 && f.abs() < 9.0e15 {
            format!("n{}", f as i64)
        } else {
            format!("f{:x}", f.to_bits())
        }
    }
    Some(match v {
        ConstValue::True {} => "n1".into(),
        ConstValue::False {} => "n0".into(),
        ConstValue::Int { value } => format!("n{value}"),
        ConstValue::BigInt { digits } => format!("n{digits}"),
        ConstValue::Float { value } if value.is_nan() => return None,
        ConstValue::Float { value } => num(*value),
        ConstValue::Complex { real, imag } if *imag == 0.0 && !real.is_nan() => num(*real),
        other => consts::key(other)?,
    })
}


pub(super) fn match_stmt<'a>(c: &mut Compiler<'a>, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
    c.expr(subject)?;
    let end = c.label();
    for (i, case) in cases.iter().enumerate() {
        // irrefutable cases must be guarded, last, or both
        let mut pc = Pc { stores: vec![], allow_irrefutable: case.guard.is_some() || i + 1 == cases.len() };
        let next = c.label();
        let old = c.set_loc(case.pattern.loc);
        let mut fails = Fails { labels: Vec::new() };
        c.emit(Op::COPY, 1);
        pattern(c, &case.pattern, 1, &mut fails, &mut pc)?;
        // the captures, the oldest on top
        for n in &pc.stores {
            c.store_name(n)?;
        }
        if let Some(g) = &case.guard {
            let f = fails.at(c, 0);
            c.jump_if(g, f, false)?;
        }
        // done with the subject: on the pattern's line, as CPython, so a
        // line tracer does not see the match statement again
        c.emit0(Op::POP_TOP);
        c.set_loc(old);
        c.stmts(&case.body)?;
        c.jump_noloc(Op::JUMP_NO_INTERRUPT, end);
        let old = c.set_loc(case.pattern.loc);
        fails.finish(c, next);
        c.set_loc(old);
        c.bind(next);
    }
    c.emit_noloc(Op::POP_TOP, 0);
    c.bind(end);
    Ok(())
}

/// Matches the value on top of the stack; `extra` counts the values above
/// the failure target's stack, the matched value included.
fn pattern<'a>(c: &mut Compiler<'a>, p: &'a Pattern, extra: usize, fails: &mut Fails, pc: &mut Pc) -> R {
    c.deeper(p.loc)?;
    let old = c.set_loc(p.loc);
    let r = pattern_inner(c, p, extra, fails, pc);
    c.set_loc(old);
    c.depth -= 1;
    r
}

fn pattern_inner<'a>(c: &mut Compiler<'a>, p: &'a Pattern, extra: usize, fails: &mut Fails, pc: &mut Pc) -> R {
    match &p.node {
        PatternKind::MatchAs { pattern: sub, name } => {
            if sub.is_none() && !pc.allow_irrefutable {
                return Err(err(
                    match name {
                        Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    },
                    p.loc,
                ));
            }
            match (sub, name) {
                (None, None) => c.emit0(Op::POP_TOP),
                (None, Some(n)) => pc.store(c, n, extra, p.loc)?,
                (Some(q), Some(n)) => {
                    c.emit(Op::COPY, 1);
                    pattern(c, q, extra + 1, fails, pc)?;
                    pc.store(c, n, extra, p.loc)?;
                }
                (Some(q), None) => pattern(c, q, extra, fails, pc)?,
            }
        }
        PatternKind::MatchStar { name } => match name {
            Some(n) => pc.store(c, n, extra, p.loc)?,
            None => c.emit0(Op::POP_TOP),
        },
        PatternKind::MatchValue { value } => {
            c.expr(value)?;
            c.emit(Op::COMPARE_OP, CompareOp::Eq as u32);
            let f = fails.at(c, extra - 1 + pc.stores.len());
            c.jump(Op::POP_JUMP_IF_FALSE, f);
        }
        PatternKind::MatchSingleton { value } => {
            c.load_const(consts::from_ast(value));
            c.emit(Op::IS_OP, 0);
            let f = fails.at(c, extra - 1 + pc.stores.len());
            c.jump(Op::POP_JUMP_IF_FALSE, f);
        }
        PatternKind::MatchSequence { patterns } => {
            let star = patterns.iter().position(|q| matches!(q.node, PatternKind::MatchStar { .. }));
            if patterns.iter().filter(|q| matches!(q.node, PatternKind::MatchStar { .. })).count() > 1 {
                return Err(err("multiple starred names in sequence pattern", p.loc));
            }
            c.emit0(Op::MATCH_SEQUENCE);
            let f = fails.at(c, extra + pc.stores.len());
            c.jump(Op::POP_JUMP_IF_FALSE, f);
            let n = patterns.len();
            // A lone starred name (`[*_]`, `[*rest]`) accepts any length: no
            // len() is taken, as in CPython (a registered Sequence without
            // __len__ still matches).
            if star.is_none() || n > 1 {
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
                let f = fails.at(c, extra + pc.stores.len());
                c.jump(Op::POP_JUMP_IF_FALSE, f);
            }
            let wildcard = |q: &Pattern| matches!(q.node, PatternKind::MatchAs { pattern: None, name: None });
            if star.is_none() && patterns.iter().all(wildcard) {
                // `[]`, `[_, _]`: the length check decided; nothing is fetched
                // (a Sequence whose items cannot be read still matches), as in CPython.
                c.emit0(Op::POP_TOP);
                return Ok(());
            }
            if let Some(i) = star.filter(|&i| matches!(patterns[i].node, PatternKind::MatchStar { name: None })) {
                // `*_` binds nothing: index the subject instead of unpacking
                // it (so `case x, *_` on range(1 << 30) stays cheap), as
                // CPython does; wildcards are not even fetched.
                let outer = std::mem::replace(&mut pc.allow_irrefutable, true);
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
                    pattern(c, q, extra + 1, fails, pc)?;
                }
                pc.allow_irrefutable = outer;
                c.emit0(Op::POP_TOP);
                return Ok(());
            }
            match star {
                None => c.emit(Op::UNPACK_SEQUENCE, n as u32),
                Some(i) => c.emit(Op::UNPACK_EX, i as u32 | ((n - i - 1) as u32) << 8),
            }
            let outer = std::mem::replace(&mut pc.allow_irrefutable, true);
            for (k, q) in patterns.iter().enumerate() {
                pattern(c, q, extra - 1 + (n - k), fails, pc)?;
            }
            pc.allow_irrefutable = outer;
        }
        PatternKind::MatchMapping { keys, patterns, rest } => {
            c.emit0(Op::MATCH_MAPPING);
            let f = fails.at(c, extra + pc.stores.len());
            c.jump(Op::POP_JUMP_IF_FALSE, f);
            let n = keys.len();
            if n > 0 {
                c.emit0(Op::GET_LEN);
                c.load_const(ConstValue::Int { value: n as i64 });
                c.emit(Op::COMPARE_OP, CompareOp::Ge as u32);
                let f = fails.at(c, extra + pc.stores.len());
                c.jump(Op::POP_JUMP_IF_FALSE, f);
            }
            let mut seen: Vec<String> = vec![];
            for k in keys {
                match c.fold(k) {
                    Some(v) => {
                        if let Some(key) = eq_key(&v) {
                            if seen.contains(&key) {
                                return Err(err(format!("mapping pattern checks duplicate key ({})", crate::dis::const_repr(&v)), p.loc));
                            }
                            seen.push(key);
                        }
                    }
                    None if matches!(k.node, ExprKind::Attribute { .. }) => {}
                    None => return Err(err("mapping pattern keys may only match literals and attribute lookups", p.loc)),
                }
                c.expr(k)?;
            }
            c.emit(Op::BUILD_TUPLE, n as u32);
            // [v, keys] -> [v, keys, values_or_none]
            c.emit0(Op::MATCH_KEYS);
            c.emit(Op::COPY, 1);
            let f = fails.at(c, extra + 2 + pc.stores.len());
            c.jump(Op::POP_JUMP_IF_NONE, f);
            c.emit(Op::UNPACK_SEQUENCE, n as u32);
            let outer = std::mem::replace(&mut pc.allow_irrefutable, true);
            for (k, q) in patterns.iter().enumerate() {
                pattern(c, q, extra + 1 + (n - k), fails, pc)?;
            }
            pc.allow_irrefutable = outer;
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
                    pc.store(c, r, extra, p.loc)?;
                }
                None => {
                    c.emit0(Op::POP_TOP);
                    c.emit0(Op::POP_TOP);
                }
            }
        }
        PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
            for (i, a) in kwd_attrs.iter().enumerate() {
                let loc = kwd_patterns.get(i).map_or(p.loc, |q| q.loc);
                if a == "__debug__" {
                    return Err(err("cannot assign to __debug__", loc));
                }
                if kwd_attrs[i + 1..].contains(a) {
                    let j = i + 1 + kwd_attrs[i + 1..].iter().position(|b| b == a).unwrap_or(0);
                    return Err(err(format!("attribute name repeated in class pattern: {a}"), kwd_patterns.get(j).map_or(p.loc, |q| q.loc)));
                }
            }
            c.expr(cls)?;
            let names = kwd_attrs.iter().map(|a| ConstValue::Str { value: a.clone() }).collect();
            c.load_const(ConstValue::Tuple { items: names });
            c.emit(Op::MATCH_CLASS, patterns.len() as u32);
            c.emit(Op::COPY, 1);
            let f = fails.at(c, extra + pc.stores.len());
            c.jump(Op::POP_JUMP_IF_NONE, f);
            let n = patterns.len() + kwd_patterns.len();
            c.emit(Op::UNPACK_SEQUENCE, n as u32);
            let outer = std::mem::replace(&mut pc.allow_irrefutable, true);
            for (k, q) in patterns.iter().chain(kwd_patterns).enumerate() {
                pattern(c, q, extra - 1 + (n - k), fails, pc)?;
            }
            pc.allow_irrefutable = outer;
        }
        PatternKind::MatchOr { patterns } => {
            let end = c.label();
            let last = patterns.len() - 1;
            let outer = std::mem::take(&mut pc.stores);
            let outer_allow = pc.allow_irrefutable;
            let mut control: Option<Vec<String>> = None;
            for (k, q) in patterns.iter().enumerate() {
                // every alternative binds the same names; only the last may be irrefutable
                pc.stores = vec![];
                pc.allow_irrefutable = k == last && outer_allow;
                let next = c.label();
                let mut alt = Fails { labels: Vec::new() };
                c.emit(Op::COPY, 1);
                // failure leaves the original value: one value above `next`'s base
                pattern(c, q, 1, &mut alt, pc)?;
                let mine = std::mem::take(&mut pc.stores);
                let ctl = match &control {
                    None => control.insert(mine.clone()).clone(),
                    Some(ctl) => {
                        if ctl.len() != mine.len() || ctl.iter().any(|n| !mine.contains(n)) {
                            return Err(err("alternative patterns bind different names", p.loc));
                        }
                        ctl.clone()
                    }
                };
                // [value, captures in this alternative's order] ->
                // [captures in the first alternative's order, value]; drop the value
                let mut cur = vec![None];
                cur.extend(mine.iter().rev().cloned().map(Some));
                let mut want: Vec<Option<String>> = ctl.iter().rev().cloned().map(Some).collect();
                want.push(None);
                permute(c, cur, &want);
                c.emit0(Op::POP_TOP);
                c.jump(Op::JUMP_NO_INTERRUPT, end);
                alt.finish(c, next);
                c.bind(next);
            }
            // no alternative matched: [outer captures, on_top, value]
            let f = fails.at(c, extra + outer.len());
            c.jump(Op::JUMP_NO_INTERRUPT, f);
            c.bind(end);
            // move the new captures under the values still worked on and
            // under the earlier captures (the newest deepest)
            let ctl = control.unwrap_or_default();
            let m = ctl.len();
            for _ in 0..m {
                rotate(c, outer.len() + (extra - 1) + m);
            }
            pc.allow_irrefutable = outer_allow;
            pc.stores = outer;
            for n in ctl {
                if pc.stores.contains(&n) {
                    return Err(err(format!("multiple assignments to name '{n}' in pattern"), p.loc));
                }
                pc.stores.push(n);
            }
        }
    }
    Ok(())
}
