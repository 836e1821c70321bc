//! Expressions, functions, classes, comprehensions.

use super::*;

/// What kind of collection a comprehension builds.
#[derive(Copy, Clone, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ folding

    /// The constant value of an expression, when it can be computed at
    /// compile time the way CPython's AST optimizer does.
    pub(super) fn fold(&self, e: &Expr) -> Option<ConstValue> {
        self.fold_depth(e, 0)
    }

    fn fold_depth(&self, e: &Expr, d: u32) -> Option<ConstValue> {
        if d > 200 {
            return None;
        }
        match &e.node {
            ExprKind::Constant { value, .. } => Some(consts::from_ast(value)),
            ExprKind::Name { id, ctx: ExprContext::Load } if id == "__debug__" => {
                Some(if self.optimize == 0 { ConstValue::True {} } else { ConstValue::False {} })
            }
            ExprKind::UnaryOp { op, operand } => fold_unary(*op, &self.fold_depth(operand, d + 1)?),
            ExprKind::BinOp { left, op, right } => {
                let l = self.fold_depth(left, d + 1)?;
                let r = self.fold_depth(right, d + 1)?;
                fold_binop(*op, &l, &r)
            }
            ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
                let mut items = Vec::with_capacity(elts.len());
                for x in elts {
                    if matches!(x.node, ExprKind::Starred { .. }) {
                        return None;
                    }
                    items.push(self.fold_depth(x, d + 1)?);
                }
                Some(ConstValue::Tuple { items })
            }
            _ => None,
        }
    }

    // ------------------------------------------------------------ expressions

    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        self.deeper(e.loc)?;
        let old = self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.set_loc(old);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        if !matches!(e.node, ExprKind::Constant { .. } | ExprKind::Name { .. }) {
            if let Some(c) = self.fold(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        match &e.node {
            ExprKind::BoolOp { op, values } => {
                let end = self.label();
                let jop = if *op == BoolOp::And { Op::POP_JUMP_IF_FALSE } else { Op::POP_JUMP_IF_TRUE };
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(Op::COPY, 1);
                        self.jump(jop, end);
                        self.emit0(Op::POP_TOP);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::COPY, 1);
                self.store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BINARY_OP, binop_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                match op {
                    UnaryOp::Invert => self.emit0(Op::UNARY_INVERT),
                    UnaryOp::Not => self.emit0(Op::UNARY_NOT),
                    UnaryOp::UAdd => self.emit0(Op::UNARY_POSITIVE),
                    UnaryOp::USub => self.emit0(Op::UNARY_NEGATIVE),
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let (end, next) = (self.label(), self.label());
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump(Op::JUMP_NO_INTERRUPT, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.sequence(elts, Op::BUILD_SET)?,
            ExprKind::List { elts, ctx } => {
                self.check_load(*ctx, e.loc)?;
                self.sequence(elts, Op::BUILD_LIST)?
            }
            ExprKind::Tuple { elts, ctx } => {
                self.check_load(*ctx, e.loc)?;
                self.sequence(elts, Op::BUILD_TUPLE)?
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, generators, CompKind::List, elt, None)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, generators, CompKind::Set, elt, None)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, CompKind::Dict, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, CompKind::Gen, elt, None)?,
            ExprKind::Await { value } => {
                let s = self.scope();
                if self.module_may_await() {
                    self.u().flags |= co::COROUTINE;
                } else if !s.is_function_like() || self.ur().is_module {
                    return Err(err("'await' outside function", e.loc));
                } else if !s.coroutine {
                    return Err(err("'await' outside async function", e.loc));
                }
                self.expr(value)?;
                self.emit(Op::GET_AWAITABLE, 0);
                self.load_const(ConstValue::None {});
                self.yield_from(true)?;
            }
            ExprKind::Yield { value } => {
                self.check_yield(e.loc, false)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstValue::None {}),
                }
                self.emit_yield();
            }
            ExprKind::YieldFrom { value } => {
                self.check_yield(e.loc, true)?;
                if self.scope().coroutine {
                    return Err(err("'yield from' inside async function", e.loc));
                }
                self.expr(value)?;
                self.emit0(Op::GET_YIELD_FROM_ITER);
                self.load_const(ConstValue::None {});
                self.yield_from(false)?;
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.check_compare(e, left, ops, comparators);
                self.compare(left, ops, comparators)?
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue { .. } => {
                self.formatted_value(e)?;
            }
            ExprKind::JoinedStr { values } => {
                if values.len() == 1 {
                    if let ExprKind::FormattedValue { .. } = values[0].node {
                        return self.expr(&values[0]);
                    }
                }
                let mut n = 0;
                for v in values {
                    self.expr(v)?;
                    n += 1;
                }
                if n == 0 {
                    self.load_const(ConstValue::Str { value: String::new() });
                } else if n > 1 {
                    self.emit(Op::BUILD_STRING, n);
                }
            }
            ExprKind::Constant { value, .. } => self.load_const(consts::from_ast(value)),
            ExprKind::Attribute { value, attr, ctx } => {
                self.check_load(*ctx, e.loc)?;
                if let Some(()) = self.super_attr(e, value, attr, false)? {
                    return Ok(());
                }
                self.expr(value)?;
                let a = self.mangled(attr);
                let old = self.set_loc(attr_loc(e.loc, e));
                self.emit_name(Op::LOAD_ATTR, &a);
                self.set_loc(old);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.check_load(*ctx, e.loc)?;
                self.check_subscript(value, slice);
                self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step: None } = &slice.node {
                    self.slice_bound(lower.as_deref())?;
                    self.slice_bound(upper.as_deref())?;
                    self.emit0(Op::BINARY_SLICE);
                } else {
                    self.expr(slice)?;
                    self.emit0(Op::BINARY_SUBSCR);
                }
            }
            ExprKind::Starred { ctx, .. } => {
                if *ctx == ExprContext::Store {
                    return Err(err("starred assignment target must be in a list or tuple", e.loc));
                }
                return Err(err("can't use starred expression here", e.loc));
            }
            ExprKind::Name { id, ctx } => {
                self.check_load(*ctx, e.loc)?;
                self.name(id, ExprContext::Load)?
            }
            ExprKind::Slice { lower, upper, step } => {
                self.slice_bound(lower.as_deref())?;
                self.slice_bound(upper.as_deref())?;
                let mut n = 2;
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Op::BUILD_SLICE, n);
            }
        }
        Ok(())
    }

    fn check_load(&self, ctx: ExprContext, loc: Loc) -> R {
        if ctx != ExprContext::Load {
            return Err(CompileError::internal(format!("expression with store/del context in load position at line {}", loc.lineno)));
        }
        Ok(())
    }

    pub(super) fn slice_bound(&mut self, e: Option<&'a Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(ConstValue::None {});
                Ok(())
            }
        }
    }

    fn check_yield(&self, loc: Loc, from: bool) -> R {
        let s = self.scope();
        if !s.is_function_like() || self.ur().is_module {
            return Err(err(if from { "'yield from' outside function" } else { "'yield' outside function" }, loc));
        }
        Ok(())
    }

    fn emit_yield(&mut self) {
        let s = self.scope();
        if s.coroutine && s.generator {
            self.emit(Op::CALL_INTRINSIC_1, intrinsic1::ASYNC_GEN_WRAP);
        }
        self.emit(Op::YIELD_VALUE, 0);
        self.emit(Op::RESUME, 1);
    }

    /// `(receiver v -- result)`: delegates to the receiver (yield from / await).
    pub(super) fn yield_from(&mut self, is_await: bool) -> R {
        let (send, fail, exit) = (self.label(), self.label(), self.label());
        self.bind(send);
        self.jump(Op::SEND, exit);
        let outer = self.push_handler(fail, false, 0);
        self.emit(Op::YIELD_VALUE, 1);
        self.set_handler(outer);
        self.emit(Op::RESUME, if is_await { 3 } else { 2 });
        self.jump(Op::JUMP_NO_INTERRUPT, send);
        self.bind(fail);
        self.emit0(Op::CLEANUP_THROW);
        self.bind(exit);
        self.emit0(Op::END_SEND);
        Ok(())
    }

    /// An iterable that is only iterated: constant lists become tuples.
    pub(super) fn iterable(&mut self, e: &'a Expr) -> R {
        if let ExprKind::List { elts, .. } = &e.node {
            if let Some(items) = self.const_items(elts) {
                let old = self.set_loc(e.loc);
                self.load_const(ConstValue::Tuple { items });
                self.set_loc(old);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn const_items(&self, elts: &[Expr]) -> Option<Vec<ConstValue>> {
        let mut v = Vec::new();
        for x in elts {
            if matches!(x.node, ExprKind::Starred { .. }) {
                return None;
            }
            v.push(self.fold(x)?);
        }
        Some(v)
    }

    fn sequence(&mut self, elts: &'a [Expr], build: Op) -> R {
        let starred = has_starred(elts);
        if !starred {
            if build != Op::BUILD_TUPLE && elts.len() >= 3 {
                if let Some(items) = self.const_items(elts) {
                    // BUILD_LIST 0; LOAD_CONST (..); LIST_EXTEND 1 (sets: frozenset, SET_UPDATE)
                    self.emit(build, 0);
                    if build == Op::BUILD_SET {
                        self.load_const(ConstValue::FrozenSet { items });
                        self.emit(Op::SET_UPDATE, 1);
                    } else {
                        self.load_const(ConstValue::Tuple { items });
                        self.emit(Op::LIST_EXTEND, 1);
                    }
                    return Ok(());
                }
            }
            if elts.len() <= 30 {
                for x in elts {
                    self.expr(x)?;
                }
                self.emit(build, elts.len() as u32);
                return Ok(());
            }
        }
        // general case: build a list (or set) step by step
        let (b, append, extend) = match build {
            Op::BUILD_SET => (Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE),
            _ => (Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND),
        };
        let mut seen = false;
        for (i, x) in elts.iter().enumerate() {
            if !seen && (matches!(x.node, ExprKind::Starred { .. }) || i >= 30) {
                // the items before go straight into the build
                for y in &elts[..i] {
                    self.expr(y)?;
                }
                self.emit(b, i as u32);
                seen = true;
            }
            if !seen {
                continue;
            }
            match &x.node {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(append, 1);
                }
            }
        }
        if !seen {
            for y in elts {
                self.expr(y)?;
            }
            self.emit(b, elts.len() as u32);
        }
        if build == Op::BUILD_TUPLE {
            self.emit(Op::CALL_INTRINSIC_1, intrinsic1::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let mut have_dict = false;
        let mut pending = 0u32;
        let mut i = 0;
        while i < values.len() {
            match &keys[i] {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&values[i])?;
                    pending += 1;
                    if pending == 16 && values.len() > 16 {
                        // big literal: keep the stack small
                        if have_dict {
                            for _ in 0..0 {}
                        }
                        self.flush_dict(&mut have_dict, &mut pending);
                    }
                }
                None => {
                    self.flush_dict(&mut have_dict, &mut pending);
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&values[i])?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
            i += 1;
        }
        self.flush_dict(&mut have_dict, &mut pending);
        if !have_dict {
            self.emit(Op::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn flush_dict(&mut self, have_dict: &mut bool, pending: &mut u32) {
        if *pending == 0 {
            return;
        }
        self.emit(Op::BUILD_MAP, *pending);
        if *have_dict {
            self.emit(Op::DICT_UPDATE, 1);
        }
        *have_dict = true;
        *pending = 0;
    }

    fn formatted_value(&mut self, e: &'a Expr) -> R {
        let ExprKind::FormattedValue { value, conversion, format_spec } = &e.node else { unreachable!() };
        self.expr(value)?;
        match *conversion {
            -1 => {}
            115 => self.emit(Op::CONVERT_VALUE, 1),
            114 => self.emit(Op::CONVERT_VALUE, 2),
            97 => self.emit(Op::CONVERT_VALUE, 3),
            c => return Err(CompileError::internal(format!("bad f-string conversion {c}"))),
        }
        match format_spec {
            Some(spec) => {
                self.expr(spec)?;
                self.emit0(Op::FORMAT_WITH_SPEC);
            }
            None => self.emit0(Op::FORMAT_SIMPLE),
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Op::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => self.emit(Op::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => self.emit(Op::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => self.emit(Op::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => self.emit(Op::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => self.emit(Op::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => self.emit(Op::IS_OP, 0),
            CmpOp::IsNot => self.emit(Op::IS_OP, 1),
            CmpOp::In => self.emit(Op::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Op::CONTAINS_OP, 1),
        }
    }

    /// A comparison operand: `x in [1, 2]` uses a constant tuple (set: frozenset).
    fn comparator(&mut self, op: CmpOp, e: &'a Expr) -> R {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            match &e.node {
                ExprKind::List { elts, .. } => {
                    if let Some(items) = self.const_items(elts) {
                        let old = self.set_loc(e.loc);
                        self.load_const(ConstValue::Tuple { items });
                        self.set_loc(old);
                        return Ok(());
                    }
                }
                ExprKind::Set { elts } => {
                    if let Some(items) = self.const_items(elts) {
                        let old = self.set_loc(e.loc);
                        self.load_const(ConstValue::FrozenSet { items });
                        self.set_loc(old);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> R {
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.comparator(ops[0], &comps[0])?;
            self.cmp_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.label();
        for i in 0..n - 1 {
            self.expr(&comps[i])?; // also the next left operand: never folded
            self.emit(Op::SWAP, 2);
            self.emit(Op::COPY, 2);
            self.cmp_op(ops[i]);
            self.emit(Op::COPY, 1);
            self.jump(Op::POP_JUMP_IF_FALSE, cleanup);
            self.emit0(Op::POP_TOP);
        }
        self.comparator(ops[n - 1], &comps[n - 1])?;
        self.cmp_op(ops[n - 1]);
        let end = self.label();
        self.jump(Op::JUMP_NO_INTERRUPT, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit0(Op::POP_TOP);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` when the truth of `e` equals `cond`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        self.deeper(e.loc)?;
        let old = self.set_loc(e.loc);
        let r = self.jump_if_inner(e, target, cond);
        self.set_loc(old);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> R {
        if let Some(c) = self.fold(e) {
            if truthy(&c) == cond {
                self.jump(Op::JUMP, target);
            }
            return Ok(());
        }
        match &e.node {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond { self.label() } else { target };
                let n = values.len();
                for v in &values[..n - 1] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n - 1], target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let (end, next2) = (self.label(), self.label());
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.jump(Op::JUMP_NO_INTERRUPT, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                self.check_compare(e, left, ops, comparators);
                let cleanup = self.label();
                self.expr(left)?;
                let n = ops.len();
                for i in 0..n - 1 {
                    self.expr(&comparators[i])?;
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::COPY, 2);
                    self.cmp_op(ops[i]);
                    self.jump(Op::POP_JUMP_IF_FALSE, cleanup);
                }
                self.comparator(ops[n - 1], &comparators[n - 1])?;
                self.cmp_op(ops[n - 1]);
                self.jump(if cond { Op::POP_JUMP_IF_TRUE } else { Op::POP_JUMP_IF_FALSE }, target);
                let end = self.label();
                self.jump(Op::JUMP_NO_INTERRUPT, end);
                self.bind(cleanup);
                self.emit0(Op::POP_TOP);
                if !cond {
                    self.jump(Op::JUMP_NO_INTERRUPT, target);
                }
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if matches!(ops[0], CmpOp::Is | CmpOp::IsNot) => {
                if let ExprKind::Constant { value: Constant::None {}, .. } = comparators[0].node {
                    self.expr(left)?;
                    let is = (ops[0] == CmpOp::Is) == cond;
                    self.jump(if is { Op::POP_JUMP_IF_NONE } else { Op::POP_JUMP_IF_NOT_NONE }, target);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(if cond { Op::POP_JUMP_IF_TRUE } else { Op::POP_JUMP_IF_FALSE }, target);
        Ok(())
    }

    // ------------------------------------------------------------ calls

    fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.check_caller(func);
        self.check_keywords(keywords)?;
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &func.node {
            if simple && args.len() + keywords.len() < 256 {
                let old = self.set_loc(func.loc);
                let is_super = self.super_attr(func, value, attr, true)?.is_some();
                if !is_super {
                    self.expr(value)?;
                    let a = self.mangled(attr);
                    self.set_loc(attr_loc(func.loc, func));
                    self.emit_name(Op::LOAD_METHOD, &a);
                }
                self.set_loc(old);
                return self.call_args(attr_loc(e.loc, func), args, keywords, 0);
            }
        }
        self.expr(func)?;
        self.emit0(Op::PUSH_NULL);
        self.call_args(e.loc, args, keywords, 0)
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(a) = &k.arg {
                if a == "__debug__" {
                    return Err(err("cannot assign to __debug__", k.loc));
                }
                if keywords[i + 1..].iter().any(|k2| k2.arg.as_deref() == Some(a)) {
                    let k2 = keywords[i + 1..].iter().find(|k2| k2.arg.as_deref() == Some(a)).unwrap();
                    return Err(err(format!("keyword argument repeated: {a}"), k2.loc));
                }
            }
        }
        Ok(())
    }

    /// Arguments of a call whose callable and self_or_null are on the stack;
    /// `n` arguments are already pushed.
    fn call_args(&mut self, loc: Loc, args: &'a [Expr], keywords: &'a [Keyword], n: u32) -> R {
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if simple && args.len() + keywords.len() < 256 {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            let total = n + (args.len() + keywords.len()) as u32;
            let old = self.set_loc(loc);
            if keywords.is_empty() {
                self.emit(Op::CALL, total);
            } else {
                let names = keywords.iter().map(|k| ConstValue::Str { value: k.arg.clone().unwrap() }).collect();
                self.load_const(ConstValue::Tuple { items: names });
                self.emit(Op::CALL_KW, total);
            }
            self.set_loc(old);
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional tuple, optional keyword dict
        if n != 0 {
            return Err(CompileError::internal("starred call with pushed arguments"));
        }
        if let [Expr { node: ExprKind::Starred { value, .. }, .. }] = args {
            // as CPython: the iterable itself; CALL_FUNCTION_EX makes the tuple
            // (and names the callable when it is not iterable)
            self.expr(value)?;
        } else if !has_starred(args) {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BUILD_TUPLE, args.len() as u32);
        } else {
            self.sequence(args, Op::BUILD_TUPLE)?;
        }
        let has_kw = !keywords.is_empty();
        if has_kw {
            let mut have_dict = false;
            let mut pending = 0u32;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(ConstValue::Str { value: name.clone() });
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(Op::BUILD_MAP, pending);
                            if have_dict {
                                self.emit(Op::DICT_MERGE, 1);
                            }
                            have_dict = true;
                            pending = 0;
                        }
                        if !have_dict {
                            self.emit(Op::BUILD_MAP, 0);
                            have_dict = true;
                        }
                        self.expr(&k.value)?;
                        self.emit(Op::DICT_MERGE, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Op::BUILD_MAP, pending);
                if have_dict {
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        let old = self.set_loc(loc);
        self.emit(Op::CALL_FUNCTION_EX, u32::from(has_kw));
        self.set_loc(old);
        Ok(())
    }

    /// `super().attr` / `super().meth(...)` as LOAD_SUPER_ATTR, like CPython 3.13.
    fn super_attr(&mut self, _e: &'a Expr, value: &'a Expr, attr: &str, method: bool) -> R<Option<()>> {
        let ExprKind::Call { func, args, keywords } = &value.node else { return Ok(None) };
        let ExprKind::Name { id, .. } = &func.node else { return Ok(None) };
        if id != "super" || !keywords.is_empty() || has_starred(args) || !(args.is_empty() || args.len() == 2) {
            return Ok(None);
        }
        if self.name_op_kind("super", ExprContext::Load) != NameOp::Global || self.resolve("super").0 != SymScope::GlobalImplicit {
            return Ok(None);
        }
        let s = self.scope();
        if !s.is_function_like() {
            return Ok(None);
        }
        if args.is_empty() {
            // needs the __class__ cell and a first argument
            if self.resolve("__class__").0 != SymScope::Free || self.ur().argcount == 0 && self.ur().posonlyargcount == 0 {
                return Ok(None);
            }
            if !self.ur().comp_stack.is_empty() {
                return Ok(None);
            }
        }
        let old = self.set_loc(value.loc);
        self.emit_name(Op::LOAD_GLOBAL, "super");
        if args.is_empty() {
            self.name("__class__", ExprContext::Load)?;
            let first = self.ur().first_arg.clone().unwrap_or_default();
            // the first argument is a slot of this frame
            let i = self.ur().slots.iter().position(|s| s.name == first).unwrap_or(0) as u32;
            let cell = self.ur().slots.get(i as usize).is_some_and(|s| s.kind & fast::CELL != 0);
            self.emit(if cell { Op::LOAD_DEREF } else { Op::LOAD_FAST }, i);
        } else {
            self.expr(&args[0])?;
            self.expr(&args[1])?;
        }
        self.set_loc(old);
        let a = self.mangled(attr);
        let ni = self.add_name(&a);
        let arg = (ni << 2) | u32::from(args.len() == 2) << 1 | u32::from(method);
        self.emit(Op::LOAD_SUPER_ATTR, arg);
        Ok(Some(()))
    }

    // ------------------------------------------------------------ functions

    /// Pushes defaults/kwdefaults/annotations; returns the SET_FUNCTION_ATTRIBUTE flags.
    fn function_prelude(&mut self, args: &'a Arguments, returns: Option<&'a Expr>, annotations: bool) -> R<u32> {
        self.function_prelude_ex(args, returns, annotations, true)
    }

    fn function_prelude_ex(&mut self, args: &'a Arguments, returns: Option<&'a Expr>, annotations: bool, defaults: bool) -> R<u32> {
        let mut flags = 0;
        if defaults && !args.defaults.is_empty() {
            if let Some(items) = self.const_items(&args.defaults) {
                self.load_const(ConstValue::Tuple { items });
            } else {
                for d in &args.defaults {
                    self.expr(d)?;
                }
                self.emit(Op::BUILD_TUPLE, args.defaults.len() as u32);
            }
            flags |= 1;
        }
        let mut nkw = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let (true, Some(d)) = (defaults, d) {
                let m = self.mangled(&a.arg);
                self.load_const(ConstValue::Str { value: m });
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Op::BUILD_MAP, nkw);
            flags |= 2;
        }
        if annotations {
            let mut n = 0;
            // CPython's order: regular parameters before positional-only ones.
            let all = args.args.iter().chain(&args.posonlyargs).chain(args.vararg.iter()).chain(&args.kwonlyargs).chain(args.kwarg.iter());
            for a in all {
                if let Some(an) = &a.annotation {
                    let m = self.mangled(&a.arg);
                    self.load_const(ConstValue::Str { value: m });
                    self.annotation_value(an)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(ConstValue::Str { value: "return".into() });
                self.annotation_value(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Op::BUILD_TUPLE, 2 * n);
                flags |= 4;
            }
        }
        Ok(flags)
    }

    fn annotation_value(&mut self, an: &'a Expr) -> R {
        if self.future_annotations {
            let text = crate::unparse::unparse(an);
            self.load_const(ConstValue::Str { value: text });
            Ok(())
        } else if let ExprKind::Starred { value, .. } = &an.node {
            // *args: *Ts  ->  the unpacked form
            self.expr(value)?;
            self.emit(Op::UNPACK_SEQUENCE, 1);
            Ok(())
        } else {
            self.expr(an)
        }
    }

    /// Builds the function object from `code` with the closure and the
    /// attributes given by `flags` (already on the stack).
    fn make_function(&mut self, code: CodeData, flags: u32) -> R {
        let frees: Vec<String> =
            code.localsplusnames.iter().zip(&code.localspluskinds).filter(|(_, k)| **k & fast::FREE != 0).map(|(n, _)| n.clone()).collect();
        if !frees.is_empty() {
            for f in &frees {
                let i = self.closure_slot(f)?;
                self.emit(Op::LOAD_FAST, i);
            }
            self.emit(Op::BUILD_TUPLE, frees.len() as u32);
        }
        self.load_const(ConstValue::Code { code: Box::new(code) });
        self.emit0(Op::MAKE_FUNCTION);
        if !frees.is_empty() {
            self.emit(Op::SET_FUNCTION_ATTRIBUTE, 8);
        }
        for bit in [4, 2, 1] {
            if flags & bit != 0 {
                self.emit(Op::SET_FUNCTION_ATTRIBUTE, bit);
            }
        }
        Ok(())
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        u.flags |= co::OPTIMIZED | co::NEWLOCALS;
        if args.vararg.is_some() {
            u.flags |= co::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= co::VARKEYWORDS;
        }
        u.first_arg = args.posonlyargs.iter().chain(&args.args).next().map(|a| a.arg.clone());
    }

    fn set_gen_flags(&mut self) {
        let s = self.scope();
        let f = match (s.generator, s.coroutine) {
            (true, true) => co::ASYNC_GENERATOR,
            (true, false) => co::GENERATOR,
            (false, true) => co::COROUTINE,
            _ => 0,
        };
        self.u().flags |= f;
    }

    /// Wraps a generator body in the handler that turns a leaking
    /// StopIteration into RuntimeError (CPython's layout); returns the handler label.
    fn begin_gen_body(&mut self) -> Option<Label> {
        if self.ur().flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) == 0 {
            return None;
        }
        let l = self.label();
        self.push_handler(l, true, 0);
        Some(l)
    }

    fn end_gen_body(&mut self, l: Option<Label>) {
        if let Some(l) = l {
            self.set_handler(NO_HANDLER);
            self.bind(l);
            self.emit_noloc(Op::CALL_INTRINSIC_1, intrinsic1::STOPITERATION_ERROR);
            self.emit_noloc(Op::RERAISE, 1);
        }
    }

    pub(super) fn function_def(&mut self, s: &'a Stmt) -> R {
        let (name, args, body, decorators, returns, type_params) = match &s.node {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_params, .. }
            | StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_params, .. } => {
                (name, args, body, decorator_list, returns.as_deref(), type_params)
            }
            _ => unreachable!(),
        };
        Self::check_debug_args(args)?;
        for d in decorators {
            self.expr(d)?;
        }
        let firstlineno = decorators.first().map(|d| d.loc.lineno).unwrap_or(s.loc.lineno);
        if !type_params.is_empty() {
            return self.generic_function(s, name, args, body, decorators, returns, type_params, firstlineno);
        }
        let flags = self.function_prelude(args, returns, true)?;
        let code = self.function_body(s, name, args, body, firstlineno)?;
        self.make_function(code, flags)?;
        for _ in decorators {
            self.emit(Op::CALL, 0);
        }
        self.store_name(name)
    }

    fn function_body(&mut self, s: &'a Stmt, name: &str, args: &'a Arguments, body: &'a [Stmt], firstlineno: u32) -> R<CodeData> {
        let scope = *self.st.by_node.get(&symtable::key(s)).ok_or_else(|| CompileError::internal("function without a scope"))?;
        self.enter_unit(scope, name, s.loc);
        self.u().firstlineno = firstlineno;
        self.set_arg_counts(args);
        self.set_gen_flags();
        let mut rest = &body[..];
        if let Some(doc) = is_docstring(body) {
            if self.optimize < 2 {
                let d = clean_doc(doc);
                // the docstring is the first constant
                self.add_const(ConstValue::Str { value: d });
                self.u().flags |= co::HAS_DOCSTRING;
            }
            rest = &body[1..];
            if rest.is_empty() {
                // keep a line event for the docstring-only body
                let old = self.set_loc(body[0].loc);
                self.emit0(Op::NOP);
                self.set_loc(old);
            }
        }
        let gl = self.begin_gen_body();
        self.stmts(rest)?;
        self.implicit_return();
        self.end_gen_body(gl);
        self.exit_unit()
    }

    #[allow(clippy::too_many_arguments)]
    fn generic_function(
        &mut self,
        s: &'a Stmt,
        name: &str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
        type_params: &'a [TypeParam],
        firstlineno: u32,
    ) -> R {
        // defaults are evaluated outside and passed in as arguments
        let mut nargs = 0;
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= 1;
            nargs += 1;
        }
        let kwd: Vec<(&Arg, &Expr)> = args.kwonlyargs.iter().zip(&args.kw_defaults).filter_map(|(a, d)| d.as_ref().map(|d| (a, d))).collect();
        if !kwd.is_empty() {
            for (a, d) in &kwd {
                let m = self.mangled(&a.arg);
                self.load_const(ConstValue::Str { value: m });
                self.expr(d)?;
            }
            self.emit(Op::BUILD_MAP, kwd.len() as u32);
            flags |= 2;
            nargs += 1;
        }
        let tp_scope = *self.st.by_node.get(&symtable::key_params(type_params)).ok_or_else(|| CompileError::internal("type params without a scope"))?;
        self.enter_unit(tp_scope, &format!("<generic parameters of {name}>"), s.loc);
        self.u().argcount = nargs;
        self.u().flags |= co::OPTIMIZED | co::NEWLOCALS;
        self.type_params(type_params)?;
        // [type_params_tuple]
        let mut i = 0;
        if flags & 1 != 0 {
            self.emit(Op::LOAD_FAST, i);
            i += 1;
        }
        if flags & 2 != 0 {
            self.emit(Op::LOAD_FAST, i);
        }
        let mut aflags = flags;
        // annotations are evaluated in the type-params scope
        let f2 = self.function_prelude_ex(args, returns, true, false)?;
        aflags |= f2 & 4;
        let code = self.function_body(s, name, args, body, firstlineno)?;
        self.make_function(code, aflags)?;
        // func.__type_params__ = the tuple
        self.emit(Op::SWAP, 2);
        self.emit(Op::CALL_INTRINSIC_2, intrinsic2::SET_FUNCTION_TYPE_PARAMS);
        self.emit0(Op::RETURN_VALUE);
        let tcode = self.exit_unit()?;
        self.make_function(tcode, 0)?;
        // call it with the defaults as arguments: [defaults..., func] -> func(defaults...),
        // the first default riding in the self_or_null slot
        match nargs {
            0 => {
                self.emit0(Op::PUSH_NULL);
                self.emit(Op::CALL, 0);
            }
            1 => {
                self.emit(Op::SWAP, 2);
                self.emit(Op::CALL, 0);
            }
            _ => {
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit(Op::CALL, 1);
            }
        }
        for _ in decorators {
            self.emit(Op::CALL, 0);
        }
        self.store_name(name)
    }

    fn type_params(&mut self, tps: &'a [TypeParam]) -> R {
        let mut seen_default = false;
        for tp in tps {
            let (TypeParamKind::TypeVar { name, default_value, .. } | TypeParamKind::ParamSpec { name, default_value } | TypeParamKind::TypeVarTuple { name, default_value }) = &tp.node;
            if default_value.is_some() {
                seen_default = true;
            } else if seen_default {
                return Err(err(format!("non-default type parameter '{name}' follows default type parameter"), tp.loc));
            }
            let old = self.set_loc(tp.loc);
            match &tp.node {
                TypeParamKind::TypeVar { name, bound, default_value } => {
                    self.load_const(ConstValue::Str { value: name.clone() });
                    if let Some(b) = bound {
                        let c = self.lazy_value(b, name)?;
                        self.make_function(c, 0)?;
                        let which = if matches!(b.node, ExprKind::Tuple { .. }) { intrinsic2::TYPEVAR_WITH_CONSTRAINTS } else { intrinsic2::TYPEVAR_WITH_BOUND };
                        self.emit(Op::CALL_INTRINSIC_2, which);
                    } else {
                        self.emit(Op::CALL_INTRINSIC_1, intrinsic1::TYPEVAR);
                    }
                    if let Some(d) = default_value {
                        let c = self.lazy_value(d, name)?;
                        self.make_function(c, 0)?;
                        self.emit(Op::CALL_INTRINSIC_2, intrinsic2::SET_TYPEPARAM_DEFAULT);
                    }
                    self.emit(Op::COPY, 1);
                    self.store_name(name)?;
                }
                TypeParamKind::ParamSpec { name, default_value } | TypeParamKind::TypeVarTuple { name, default_value } => {
                    self.load_const(ConstValue::Str { value: name.clone() });
                    let which = if matches!(tp.node, TypeParamKind::ParamSpec { .. }) { intrinsic1::PARAMSPEC } else { intrinsic1::TYPEVARTUPLE };
                    self.emit(Op::CALL_INTRINSIC_1, which);
                    if let Some(d) = default_value {
                        let c = self.lazy_value_starred(d, name, matches!(tp.node, TypeParamKind::TypeVarTuple { .. }))?;
                        self.make_function(c, 0)?;
                        self.emit(Op::CALL_INTRINSIC_2, intrinsic2::SET_TYPEPARAM_DEFAULT);
                    }
                    self.emit(Op::COPY, 1);
                    self.store_name(name)?;
                }
            }
            self.set_loc(old);
        }
        self.emit(Op::BUILD_TUPLE, tps.len() as u32);
        Ok(())
    }

    /// A lazily evaluated bound/default/alias value: a function of no arguments.
    fn lazy_value(&mut self, e: &'a Expr, name: &str) -> R<CodeData> {
        self.lazy_value_starred(e, name, false)
    }

    /// `lazy_value`; with `allow_starred`, a TypeVarTuple's `*default`
    /// evaluates to the one item its iteration gives (PEP 696).
    fn lazy_value_starred(&mut self, e: &'a Expr, name: &str, allow_starred: bool) -> R<CodeData> {
        let scope = *self.st.by_node.get(&symtable::key(e)).ok_or_else(|| CompileError::internal("lazy value without a scope"))?;
        self.enter_unit(scope, name, e.loc);
        self.u().flags |= co::OPTIMIZED | co::NEWLOCALS;
        if self.st.scopes[scope].can_see_class_scope {
            // class-level names are looked up in the class namespace first
        }
        match &e.node {
            ExprKind::Starred { value, .. } if allow_starred => {
                self.expr(value)?;
                self.emit(Op::UNPACK_SEQUENCE, 1);
            }
            _ => self.expr(e)?,
        }
        self.emit0(Op::RETURN_VALUE);
        self.exit_unit()
    }

    pub(super) fn type_alias(&mut self, s: &'a Stmt, name: &'a Expr, type_params: &'a [TypeParam], value: &'a Expr) -> R {
        let ExprKind::Name { id, .. } = &name.node else { return Err(err("invalid type alias name", s.loc)) };
        let has_tp = !type_params.is_empty();
        if has_tp {
            let tp_scope = *self.st.by_node.get(&symtable::key_params(type_params)).ok_or_else(|| CompileError::internal("type params without a scope"))?;
            self.enter_unit(tp_scope, &format!("<generic parameters of {id}>"), s.loc);
            self.u().flags |= co::OPTIMIZED | co::NEWLOCALS;
            self.load_const(ConstValue::Str { value: id.clone() });
            self.type_params(type_params)?;
        } else {
            self.load_const(ConstValue::Str { value: id.clone() });
            self.load_const(ConstValue::None {});
        }
        let c = self.lazy_value(value, id)?;
        self.make_function(c, 0)?;
        self.emit(Op::BUILD_TUPLE, 3);
        self.emit(Op::CALL_INTRINSIC_1, intrinsic1::TYPEALIAS);
        if has_tp {
            self.emit0(Op::RETURN_VALUE);
            let tcode = self.exit_unit()?;
            self.make_function(tcode, 0)?;
            self.emit0(Op::PUSH_NULL);
            self.emit(Op::CALL, 0);
        }
        self.store_name(id)
    }

    /// A parameter named `__debug__` is an assignment to it.
    fn check_debug_args(args: &Arguments) -> R {
        let all = args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_ref()).chain(&args.kwonlyargs).chain(args.kwarg.as_ref());
        for a in all {
            if a.arg == "__debug__" {
                return Err(err("cannot assign to __debug__", a.loc));
            }
        }
        Ok(())
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        Self::check_debug_args(args)?;
        let flags = self.function_prelude(args, None, false)?;
        let scope = *self.st.by_node.get(&symtable::key(e)).ok_or_else(|| CompileError::internal("lambda without a scope"))?;
        self.enter_unit(scope, "<lambda>", e.loc);
        self.set_arg_counts(args);
        self.set_gen_flags();
        let gl = self.begin_gen_body();
        self.expr(body)?;
        // A generator lambda returns its body's value too (CPython 3.13:
        // `(lambda: (yield 1))` ends with StopIteration(sent value)).
        self.emit0(Op::RETURN_VALUE);
        self.end_gen_body(gl);
        let code = self.exit_unit()?;
        self.make_function(code, flags)
    }

    // ------------------------------------------------------------ classes

    pub(super) fn class_def(&mut self, s: &'a Stmt) -> R {
        let StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } = &s.node else { unreachable!() };
        for d in decorator_list {
            self.expr(d)?;
        }
        let firstlineno = decorator_list.first().map(|d| d.loc.lineno).unwrap_or(s.loc.lineno);
        let has_tp = !type_params.is_empty();
        if has_tp {
            let tp_scope = *self.st.by_node.get(&symtable::key_params(type_params)).ok_or_else(|| CompileError::internal("type params without a scope"))?;
            self.enter_unit(tp_scope, &format!("<generic parameters of {name}>"), s.loc);
            self.u().flags |= co::OPTIMIZED | co::NEWLOCALS;
            self.type_params(type_params)?;
            self.store_name(".type_params")?;
        }
        let code = self.class_body(s, name, body, firstlineno)?;
        self.emit0(Op::LOAD_BUILD_CLASS);
        self.emit0(Op::PUSH_NULL);
        self.make_function(code, 0)?;
        self.load_const(ConstValue::Str { value: name.clone() });
        if has_tp {
            // __build_class__(func, name, *bases, Generic[*type_params], **keywords);
            // like CPython, the generic base is made before the bases run.
            self.name(".type_params", ExprContext::Load)?;
            self.emit(Op::CALL_INTRINSIC_1, intrinsic1::SUBSCRIPT_GENERIC);
            self.store_name(".generic_base")?;
            self.class_call(s, bases, keywords, true)?;
            self.emit0(Op::RETURN_VALUE);
            let tcode = self.exit_unit()?;
            self.make_function(tcode, 0)?;
            self.emit0(Op::PUSH_NULL);
            self.emit(Op::CALL, 0);
        } else {
            // reuse the call machinery: __build_class__(func, name, *bases, **keywords)
            self.class_call(s, bases, keywords, false)?;
        }
        for _ in decorator_list {
            self.emit(Op::CALL, 0);
        }
        self.store_name(name)
    }

    /// The call of a class with plain bases and keywords only (no `*`, no `**`).
    fn call_class_kw(&mut self, keywords: &'a [Keyword], n: u32) -> R {
        for k in keywords {
            self.expr(&k.value)?;
        }
        if keywords.is_empty() {
            self.emit(Op::CALL, n);
        } else {
            let names = keywords.iter().map(|k| ConstValue::Str { value: k.arg.clone().unwrap() }).collect();
            self.load_const(ConstValue::Tuple { items: names });
            self.emit(Op::CALL_KW, n + keywords.len() as u32);
        }
        Ok(())
    }

    /// `__build_class__(func, name, *bases, **keywords)`; `generic` appends the
    /// stored `.generic_base` (a PEP 695 class's `Generic[*type_params]`) as a last base.
    fn class_call(&mut self, s: &'a Stmt, bases: &'a [Expr], keywords: &'a [Keyword], generic: bool) -> R {
        self.check_keywords(keywords)?;
        let simple = !has_starred(bases) && keywords.iter().all(|k| k.arg.is_some());
        let old = self.set_loc(s.loc);
        if simple {
            for b in bases {
                self.expr(b)?;
            }
            if generic {
                self.name(".generic_base", ExprContext::Load)?;
            }
            self.call_class_kw(keywords, 2 + bases.len() as u32 + u32::from(generic))?;
        } else {
            // (func, name, *bases) as a tuple
            self.emit(Op::BUILD_LIST, 2);
            for b in bases {
                match &b.node {
                    ExprKind::Starred { value, .. } => {
                        self.expr(value)?;
                        self.emit(Op::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(b)?;
                        self.emit(Op::LIST_APPEND, 1);
                    }
                }
            }
            if generic {
                self.name(".generic_base", ExprContext::Load)?;
                self.emit(Op::LIST_APPEND, 1);
            }
            self.emit(Op::CALL_INTRINSIC_1, intrinsic1::LIST_TO_TUPLE);
            let has_kw = !keywords.is_empty();
            if has_kw {
                let mut have = false;
                let mut pending = 0;
                for k in keywords {
                    match &k.arg {
                        Some(n) => {
                            self.load_const(ConstValue::Str { value: n.clone() });
                            self.expr(&k.value)?;
                            pending += 1;
                        }
                        None => {
                            if pending > 0 {
                                self.emit(Op::BUILD_MAP, pending);
                                if have {
                                    self.emit(Op::DICT_MERGE, 1);
                                }
                                have = true;
                                pending = 0;
                            }
                            if !have {
                                self.emit(Op::BUILD_MAP, 0);
                                have = true;
                            }
                            self.expr(&k.value)?;
                            self.emit(Op::DICT_MERGE, 1);
                        }
                    }
                }
                if pending > 0 {
                    self.emit(Op::BUILD_MAP, pending);
                    if have {
                        self.emit(Op::DICT_MERGE, 1);
                    }
                }
            }
            self.emit(Op::CALL_FUNCTION_EX, u32::from(has_kw));
        }
        self.set_loc(old);
        Ok(())
    }

    fn class_body(&mut self, s: &'a Stmt, name: &str, body: &'a [Stmt], firstlineno: u32) -> R<CodeData> {
        let scope = *self.st.by_node.get(&symtable::key(s)).ok_or_else(|| CompileError::internal("class without a scope"))?;
        self.enter_unit(scope, name, s.loc);
        self.u().firstlineno = firstlineno;
        self.u().private = Some(name.to_string());
        let sc = &self.st.scopes[scope];
        self.emit_name(Op::LOAD_NAME, "__name__");
        self.emit_name(Op::STORE_NAME, "__module__");
        let q = self.ur().qualname.clone();
        self.load_const(ConstValue::Str { value: q });
        self.emit_name(Op::STORE_NAME, "__qualname__");
        self.load_const(ConstValue::Int { value: firstlineno as i64 });
        self.emit_name(Op::STORE_NAME, "__firstlineno__");
        if sc.needs_classdict {
            self.emit0(Op::LOAD_LOCALS);
            let i = self.slot("__classdict__", fast::CELL);
            self.emit(Op::STORE_DEREF, i);
        }
        if sc.symbols.contains_key(".type_params") {
            self.name(".type_params", ExprContext::Load)?;
            self.emit_name(Op::STORE_NAME, "__type_params__");
        }
        if find_ann(body) {
            self.emit0(Op::SETUP_ANNOTATIONS);
        }
        self.body(body, false)?;
        let attrs: Vec<ConstValue> = self.ur().static_attributes.iter().map(|a| ConstValue::Str { value: a.clone() }).collect();
        let old = self.set_loc(Loc::default());
        self.load_const(ConstValue::Tuple { items: attrs });
        self.emit_name(Op::STORE_NAME, "__static_attributes__");
        if sc.needs_classdict {
            let i = self.slot("__classdict__", fast::CELL);
            self.emit(Op::LOAD_FAST, i);
            self.emit_name(Op::STORE_NAME, "__classdictcell__");
        }
        if sc.needs_class_closure {
            let i = self.slot("__class__", fast::CELL);
            self.emit(Op::LOAD_FAST, i);
            self.emit(Op::COPY, 1);
            self.emit_name(Op::STORE_NAME, "__classcell__");
            self.emit0(Op::RETURN_VALUE);
        } else {
            self.return_const(ConstValue::None {});
        }
        self.set_loc(old);
        self.exit_unit()
    }

    // ------------------------------------------------------------ comprehensions

    fn comprehension(&mut self, e: &'a Expr, gens: &'a [Comprehension], kind: CompKind, elt: &'a Expr, val: Option<&'a Expr>) -> R {
        let scope = *self.st.by_node.get(&symtable::key(e)).ok_or_else(|| CompileError::internal("comprehension without a scope"))?;
        let cs = &self.st.scopes[scope];
        let is_async = gens.iter().any(|g| g.is_async) || (cs.coroutine && kind != CompKind::Gen);
        if is_async && kind != CompKind::Gen {
            let outer = self.scope();
            if self.module_may_await() {
                self.u().flags |= co::COROUTINE;
            } else if !(outer.coroutine && outer.is_function_like()) && !outer.is_comprehension {
                return Err(err("asynchronous comprehension outside of an asynchronous function", e.loc));
            }
        }
        if cs.comp_inlined {
            return self.inlined_comprehension(scope, gens, kind, elt, val);
        }
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        self.enter_unit(scope, name, e.loc);
        {
            let u = self.u();
            u.argcount = 1;
            u.flags |= co::OPTIMIZED | co::NEWLOCALS;
        }
        self.set_gen_flags();
        let gl = self.begin_gen_body();
        if kind != CompKind::Gen {
            self.emit(
                match kind {
                    CompKind::List => Op::BUILD_LIST,
                    CompKind::Set => Op::BUILD_SET,
                    _ => Op::BUILD_MAP,
                },
                0,
            );
        }
        let slot0 = self.slot(".0", fast::LOCAL);
        self.emit(Op::LOAD_FAST, slot0);
        self.comp_generator(gens, 0, 1, kind, elt, val, true)?;
        if kind == CompKind::Gen {
            self.return_const(ConstValue::None {});
        } else {
            self.emit0(Op::RETURN_VALUE);
        }
        self.end_gen_body(gl);
        let code = self.exit_unit()?;
        let is_coro = code.flags & (co::COROUTINE | co::ASYNC_GENERATOR) != 0;
        self.make_function(code, 0)?;
        self.expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit0(Op::GET_AITER);
        } else {
            self.emit0(Op::GET_ITER);
        }
        self.emit(Op::CALL, 0);
        if is_coro && kind != CompKind::Gen {
            self.emit(Op::GET_AWAITABLE, 0);
            self.load_const(ConstValue::None {});
            self.yield_from(true)?;
        }
        Ok(())
    }

    fn inlined_comprehension(&mut self, scope: usize, gens: &'a [Comprehension], kind: CompKind, elt: &'a Expr, val: Option<&'a Expr>) -> R {
        let cs = &self.st.scopes[scope];
        self.expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit0(Op::GET_AITER);
        } else {
            self.emit0(Op::GET_ITER);
        }
        // save the comprehension's locals that share slots with the enclosing code
        let mut saved: Vec<u32> = Vec::new();
        for n in &cs.names {
            if n == ".0" {
                continue;
            }
            let sym = cs.symbols[n];
            if !matches!(sym.scope, SymScope::Local | SymScope::Cell) {
                continue;
            }
            let cell = sym.scope == SymScope::Cell;
            let i = self.slot(n, if cell { fast::LOCAL | fast::CELL } else { fast::LOCAL });
            self.emit(Op::LOAD_FAST_AND_CLEAR, i);
            if cell {
                self.emit(Op::MAKE_CELL, i);
            }
            saved.push(i);
        }
        let n = saved.len() as u32;
        let cleanup = self.label();
        let mut outer = None;
        if n > 0 {
            self.emit(Op::SWAP, n + 1);
            outer = Some(self.push_handler(cleanup, false, 0));
        }
        self.u().comp_stack.push(scope);
        if kind != CompKind::Gen {
            self.emit(
                match kind {
                    CompKind::List => Op::BUILD_LIST,
                    CompKind::Set => Op::BUILD_SET,
                    _ => Op::BUILD_MAP,
                },
                0,
            );
            self.emit(Op::SWAP, 2);
        }
        let r = self.comp_generator(gens, 0, 1, kind, elt, val, true);
        self.u().comp_stack.pop();
        r?;
        if let Some(outer) = outer {
            self.set_handler(outer);
            let end = self.label();
            self.emit(Op::SWAP, n + 1);
            for &i in saved.iter().rev() {
                self.emit(Op::STORE_FAST, i);
            }
            self.jump(Op::JUMP_NO_INTERRUPT, end);
            // an exception: drop the partial result, restore, re-raise
            self.bind(cleanup);
            self.emit_noloc(Op::SWAP, 2);
            self.emit_noloc(Op::POP_TOP, 0);
            self.emit(Op::SWAP, n + 1);
            for &i in saved.iter().rev() {
                self.emit(Op::STORE_FAST, i);
            }
            self.emit(Op::RERAISE, 0);
            self.bind(end);
        }
        Ok(())
    }

    /// One `for` clause of a comprehension. `depth` is the distance from the
    /// iterator to the collection being built. The iterator of the first
    /// clause is already on the stack when `iter_on_stack`.
    #[allow(clippy::too_many_arguments)]
    fn comp_generator(&mut self, gens: &'a [Comprehension], gi: usize, depth: u32, kind: CompKind, elt: &'a Expr, val: Option<&'a Expr>, iter_on_stack: bool) -> R {
        let g = &gens[gi];
        // the loop's instructions carry the iterable's location, as CPython
        let old = self.set_loc(g.iter.loc);
        if !iter_on_stack {
            self.expr(&g.iter)?;
            self.emit0(if g.is_async { Op::GET_AITER } else { Op::GET_ITER });
        }
        let (start, if_cleanup, anchor) = (self.label(), self.label(), self.label());
        self.bind(start);
        let mut async_handler = None;
        if g.is_async {
            let except = self.label();
            let outer = self.push_handler(except, false, 0);
            self.emit0(Op::GET_ANEXT);
            self.load_const(ConstValue::None {});
            self.yield_from(true)?;
            self.set_handler(outer);
            async_handler = Some(except);
        } else {
            self.jump(Op::FOR_ITER, anchor);
        }
        self.set_loc(old);
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if gi + 1 < gens.len() {
            self.comp_generator(gens, gi + 1, depth + 1, kind, elt, val, false)?;
        } else {
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit_yield();
                    self.emit0(Op::POP_TOP);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth + 1);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth + 1);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(val.unwrap())?;
                    self.emit(Op::MAP_ADD, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.jump(Op::JUMP, start);
        if let Some(except) = async_handler {
            self.bind(except);
            self.emit0(Op::END_ASYNC_FOR);
        } else {
            self.bind(anchor);
        }
        Ok(())
    }
}

/// CPython's `update_start_location_to_match_attr`: an attribute access
/// spanning lines is located from the attribute name's line.
pub(super) fn attr_loc(mut loc: Loc, attr_expr: &Expr) -> Loc {
    let ExprKind::Attribute { attr, .. } = &attr_expr.node else { return loc };
    if loc.lineno != attr_expr.loc.end_lineno {
        loc.lineno = attr_expr.loc.end_lineno;
        let len = attr.chars().count() as u32;
        if len <= attr_expr.loc.end_col_offset {
            loc.col_offset = attr_expr.loc.end_col_offset - len;
        }
        loc.end_lineno = loc.end_lineno.max(loc.lineno);
        if loc.lineno == loc.end_lineno {
            loc.end_col_offset = loc.end_col_offset.max(loc.col_offset);
        }
    }
    loc
}
