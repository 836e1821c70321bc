//! Statements.

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn stmt(&mut self, s: &'a Stmt) -> R {
        self.deeper(s.loc)?;
        let old = self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.set_loc(old);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match &s.node {
            StmtKind::FunctionDef { .. } | StmtKind::AsyncFunctionDef { .. } => self.function_def(s),
            StmtKind::ClassDef { .. } => self.class_def(s),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::COPY, 1);
                    }
                    self.store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => self.ann_assign(s, target, annotation, value.as_deref(), *simple),
            StmtKind::For { target, iter, body, orelse, .. } => self.for_stmt(target, iter, body, orelse),
            StmtKind::AsyncFor { target, iter, body, orelse, .. } => self.async_for(s, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With { items, body, .. } => self.with(s, items, 0, body, false),
            StmtKind::AsyncWith { items, body, .. } => {
                self.check_async(s.loc, "'async with' outside async function")?;
                self.with(s, items, 0, body, true)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n);
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, false)
                }
            }
            StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_star_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, true)
                }
            }
            StmtKind::Assert { test, msg } => {
                self.check_assert(s, test);
                if self.optimize >= 1 {
                    return Ok(());
                }
                let end = self.label();
                self.jump_if(test, end, true)?;
                self.emit0(Op::LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::CALL, 0);
                }
                // CPython's raise carries the test's location (its carets)
                let old = self.set_loc(test.loc);
                self.emit(Op::RAISE_VARARGS, 1);
                self.set_loc(old);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom { module, names, level } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(value)?;
                    self.emit(Op::CALL_INTRINSIC_1, intrinsic1::PRINT);
                    self.emit0(Op::POP_TOP);
                    return Ok(());
                }
                if let ExprKind::Constant { .. } = value.node {
                    self.emit0(Op::NOP);
                    return Ok(());
                }
                self.expr(value)?;
                self.emit0(Op::POP_TOP);
                Ok(())
            }
            StmtKind::Pass {} => {
                self.emit0(Op::NOP);
                Ok(())
            }
            StmtKind::Break {} => self.break_continue(s.loc, true),
            StmtKind::Continue {} => self.break_continue(s.loc, false),
            StmtKind::TypeAlias { name, type_params, value } => self.type_alias(s, name, type_params, value),
        }
    }

    // ------------------------------------------------------------ fblocks

    fn push_fblock(&mut self, kind: FKind, block: Label, exit: Label, outer_handler: HandlerId) {
        let loc = self.ur().loc;
        self.u().fblocks.push(FBlock { kind, block, exit, outer_handler, finalbody: None, name: None, loc });
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Emits the code that leaves fblock `fb` (for return/break/continue).
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R {
        match fb.kind {
            FKind::WhileLoop | FKind::ExceptionHandler | FKind::ExceptionGroupHandler => {}
            FKind::ForLoop => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit0(Op::POP_TOP);
            }
            FKind::TryExcept => self.set_handler(fb.outer_handler),
            FKind::FinallyTry => {
                self.set_handler(fb.outer_handler);
                if preserve_tos {
                    let h = self.ur().cur_handler;
                    self.push_fblock(FKind::PopValue, 0, 0, h);
                }
                self.stmts(fb.finalbody.unwrap_or(&[]))?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit0(Op::POP_TOP);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.set_handler(fb.outer_handler);
                self.emit0(Op::POP_EXCEPT);
            }
            FKind::With | FKind::AsyncWith => {
                let old = self.set_loc(fb.loc);
                self.set_handler(fb.outer_handler);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.call_exit_with_nones();
                if fb.kind == FKind::AsyncWith {
                    self.emit(Op::GET_AWAITABLE, 2);
                    self.load_const(ConstValue::None {});
                    self.yield_from(true)?;
                }
                self.emit0(Op::POP_TOP);
                self.set_loc(old);
            }
            FKind::HandlerCleanup => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.set_handler(fb.outer_handler);
                self.emit0(Op::POP_EXCEPT);
                if let Some(name) = &fb.name {
                    self.load_const(ConstValue::None {});
                    self.store_name(name)?;
                    self.name(name, ExprContext::Del)?;
                }
            }
            FKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit0(Op::POP_TOP);
            }
        }
        Ok(())
    }

    /// Unwinds every fblock up to (not including) the innermost loop when
    /// `to_loop`, else all; returns the loop's fblock.
    fn unwind_fblock_stack(&mut self, loc: Loc, preserve_tos: bool, to_loop: bool) -> R<Option<FBlock<'a>>> {
        let saved = self.ur().fblocks.clone();
        let saved_handler = self.ur().cur_handler;
        let mut result = None;
        while let Some(fb) = self.u().fblocks.pop() {
            if fb.kind == FKind::ExceptionGroupHandler {
                self.u().fblocks = saved;
                return Err(err("'break', 'continue' and 'return' cannot appear in an except* block", loc));
            }
            if to_loop && matches!(fb.kind, FKind::WhileLoop | FKind::ForLoop) {
                result = Some(fb);
                break;
            }
            self.unwind_fblock(&fb, preserve_tos)?;
        }
        self.u().fblocks = saved;
        let _ = saved_handler;
        Ok(result)
    }

    fn break_continue(&mut self, loc: Loc, is_break: bool) -> R {
        let saved_handler = self.ur().cur_handler;
        let Some(fb) = self.unwind_fblock_stack(loc, false, true)? else {
            self.set_handler(saved_handler);
            return Err(err(if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }, loc));
        };
        if is_break {
            self.unwind_fblock(&fb, false)?;
            self.jump(Op::JUMP, fb.exit);
        } else {
            self.jump(Op::JUMP, fb.block);
        }
        self.set_handler(saved_handler);
        Ok(())
    }

    fn return_stmt(&mut self, s: &Stmt, value: Option<&'a Expr>) -> R {
        let sc = self.scope();
        if !sc.is_function_like() || self.ur().is_module {
            return Err(err("'return' outside function", s.loc));
        }
        if value.is_some() && sc.generator && sc.coroutine {
            return Err(err("'return' with value in async generator", s.loc));
        }
        let cval = value.and_then(|v| self.fold(v));
        let preserve_tos = value.is_some() && cval.is_none();
        if preserve_tos {
            self.expr(value.unwrap())?;
        }
        let saved_handler = self.ur().cur_handler;
        self.unwind_fblock_stack(s.loc, preserve_tos, false)?;
        if preserve_tos {
            self.emit0(Op::RETURN_VALUE);
        } else {
            self.return_const(cval.unwrap_or(ConstValue::None {}));
        }
        self.set_handler(saved_handler);
        Ok(())
    }

    // ------------------------------------------------------------ control flow

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let end = self.label();
        if let Some(c) = self.fold(test) {
            // constant condition: compile only the live branch (CPython keeps a NOP)
            self.emit0(Op::NOP);
            let in_loop = self.ur().fblocks.iter().any(|fb| matches!(fb.kind, FKind::WhileLoop | FKind::ForLoop));
            if truthy(&c) {
                self.check_dead(orelse, in_loop)?;
                self.stmts(body)?;
            } else {
                self.check_dead(body, in_loop)?;
                self.stmts(orelse)?;
            }
            return Ok(());
        }
        if orelse.is_empty() {
            self.jump_if(test, end, false)?;
            self.stmts(body)?;
        } else {
            let next = self.label();
            self.jump_if(test, next, false)?;
            self.stmts(body)?;
            self.jump_noloc(Op::JUMP_NO_INTERRUPT, end);
            self.bind(next);
            self.stmts(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The branch of an `if` with a constant test that is not compiled:
    /// CPython compiles it all the same, so a misplaced break, continue,
    /// return or yield statement in it is still an error.
    fn check_dead(&self, stmts: &[Stmt], in_loop: bool) -> R {
        let in_func = self.scope().is_function_like() && !self.ur().is_module;
        for s in stmts {
            match &s.node {
                StmtKind::Break {} if !in_loop => return Err(err("'break' outside loop", s.loc)),
                StmtKind::Continue {} if !in_loop => return Err(err("'continue' not properly in loop", s.loc)),
                StmtKind::Return { .. } if !in_func => return Err(err("'return' outside function", s.loc)),
                StmtKind::Expr { value } if !in_func && matches!(value.node, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) => {
                    let what = if matches!(value.node, ExprKind::YieldFrom { .. }) { "'yield from' outside function" } else { "'yield' outside function" };
                    return Err(err(what, value.loc));
                }
                StmtKind::For { body, orelse, .. } | StmtKind::AsyncFor { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                    self.check_dead(body, true)?;
                    self.check_dead(orelse, in_loop)?;
                }
                StmtKind::If { body, orelse, .. } => {
                    self.check_dead(body, in_loop)?;
                    self.check_dead(orelse, in_loop)?;
                }
                StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => self.check_dead(body, in_loop)?,
                StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                    self.check_dead(body, in_loop)?;
                    for h in handlers {
                        self.check_dead(&h.body, in_loop)?;
                    }
                    self.check_dead(orelse, in_loop)?;
                    self.check_dead(finalbody, in_loop)?;
                }
                StmtKind::Match { cases, .. } => {
                    for c in cases {
                        self.check_dead(&c.body, in_loop)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let (lp, bodyl, anchor, end) = (self.label(), self.label(), self.label(), self.label());
        self.bind(lp);
        let h = self.ur().cur_handler;
        self.push_fblock(FKind::WhileLoop, lp, end, h);
        self.jump_if(test, anchor, false)?;
        self.bind(bodyl);
        self.stmts(body)?;
        let tloc = test.loc;
        let old = self.set_loc(tloc);
        self.jump_if(test, bodyl, true)?;
        self.set_loc(old);
        self.pop_fblock();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let (start, cleanup, end) = (self.label(), self.label(), self.label());
        self.iterable(iter)?;
        // GET_ITER and FOR_ITER carry the iterable's location, as CPython's
        // (a traceback from `next()` points at the iterable).
        let old = self.set_loc(iter.loc);
        self.emit0(Op::GET_ITER);
        self.bind(start);
        let h = self.ur().cur_handler;
        self.push_fblock(FKind::ForLoop, start, end, h);
        self.jump(Op::FOR_ITER, cleanup);
        self.set_loc(old);
        self.store(target)?;
        self.stmts(body)?;
        self.jump(Op::JUMP, start);
        self.pop_fblock();
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for(&mut self, s: &Stmt, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        self.check_async(s.loc, "'async for' outside async function")?;
        let (start, except, end) = (self.label(), self.label(), self.label());
        self.expr(iter)?;
        self.emit0(Op::GET_AITER);
        self.bind(start);
        let h = self.ur().cur_handler;
        self.push_fblock(FKind::ForLoop, start, end, h);
        let outer = self.push_handler(except, false, 0);
        self.emit0(Op::GET_ANEXT);
        self.load_const(ConstValue::None {});
        self.yield_from(true)?;
        self.set_handler(outer);
        self.store(target)?;
        self.stmts(body)?;
        self.jump(Op::JUMP, start);
        self.pop_fblock();
        self.bind(except);
        let old = self.set_loc(iter.loc);
        self.emit0(Op::END_ASYNC_FOR);
        self.set_loc(old);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(super) fn check_async(&mut self, loc: Loc, msg: &str) -> R {
        if self.module_may_await() {
            self.u().flags |= co::COROUTINE;
            return Ok(());
        }
        let s = self.scope();
        if !(s.coroutine && s.is_function_like()) {
            return Err(err(msg, loc));
        }
        Ok(())
    }

    // ------------------------------------------------------------ exceptions

    /// `COPY 3; POP_EXCEPT; RERAISE 1` — the cleanup of an exception handler.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::COPY, 3);
        self.emit0(Op::POP_EXCEPT);
        self.emit(Op::RERAISE, 1);
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> R {
        let (except, cleanup, end) = (self.label(), self.label(), self.label());
        // the `try` line's own instruction (CPython's SETUP_FINALLY, a NOP)
        self.emit0(Op::NOP);
        let outer = self.push_handler(except, false, 0);
        self.push_fblock(FKind::TryExcept, 0, 0, outer);
        self.stmts(body)?;
        self.pop_fblock();
        self.set_handler(outer);
        self.stmts(orelse)?;
        self.jump_noloc(Op::JUMP_NO_INTERRUPT, end);

        self.bind(except);
        self.push_handler(cleanup, true, 0);
        let cleanup_handler = self.ur().cur_handler;
        self.emit_noloc(Op::PUSH_EXC_INFO, 0);
        self.push_fblock(FKind::ExceptionHandler, 0, 0, outer);
        for (i, h) in handlers.iter().enumerate() {
            let old = self.set_loc(h.loc);
            if h.type_.is_none() && i + 1 < handlers.len() {
                return Err(err("default 'except:' must be last", h.loc));
            }
            let next = self.label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit0(Op::CHECK_EXC_MATCH);
                self.jump(Op::POP_JUMP_IF_FALSE, next);
            }
            if let Some(name) = &h.name {
                self.store_name(name)?;
                let (cleanup_end, cleanup_body) = (self.label(), self.label());
                self.push_handler(cleanup_end, true, 0);
                self.bind(cleanup_body);
                self.push_fblock(FKind::HandlerCleanup, 0, 0, outer);
                self.u().fblocks.last_mut().unwrap().name = Some(name.clone());
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.set_handler(outer);
                self.emit_noloc(Op::POP_EXCEPT, 0);
                self.load_const_noloc(ConstValue::None {});
                self.store_name_noloc(name)?;
                self.del_name_noloc(name)?;
                self.jump_noloc(Op::JUMP_NO_INTERRUPT, end);
                // the handler body raised: clear the name and re-raise
                self.bind(cleanup_end);
                self.set_handler(cleanup_handler);
                self.load_const_noloc(ConstValue::None {});
                self.store_name_noloc(name)?;
                self.del_name_noloc(name)?;
                self.emit_noloc(Op::RERAISE, 1);
            } else {
                self.emit0(Op::POP_TOP);
                self.push_fblock(FKind::HandlerCleanup, 0, 0, outer);
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.set_handler(outer);
                self.emit_noloc(Op::POP_EXCEPT, 0);
                self.jump_noloc(Op::JUMP_NO_INTERRUPT, end);
            }
            self.set_handler(cleanup_handler);
            self.bind(next);
            self.set_loc(old);
        }
        self.pop_fblock();
        // no handler matched
        self.emit_noloc(Op::RERAISE, 0);
        self.set_handler(outer);
        self.bind(cleanup);
        self.pop_except_and_reraise_noloc();
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], finalbody: &'a [Stmt], star: bool) -> R {
        let (end, exit, cleanup) = (self.label(), self.label(), self.label());
        if handlers.is_empty() {
            self.emit0(Op::NOP);
        }
        let outer = self.push_handler(end, false, 0);
        self.push_fblock(FKind::FinallyTry, 0, 0, outer);
        self.u().fblocks.last_mut().unwrap().finalbody = Some(finalbody);
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.set_handler(outer);
        self.stmts(finalbody)?;
        self.jump_noloc(Op::JUMP_NO_INTERRUPT, exit);
        // exceptional path
        self.bind(end);
        self.push_handler(cleanup, true, 0);
        self.emit_noloc(Op::PUSH_EXC_INFO, 0);
        self.push_fblock(FKind::FinallyEnd, 0, 0, outer);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit_noloc(Op::RERAISE, 0);
        self.set_handler(outer);
        self.bind(cleanup);
        self.pop_except_and_reraise_noloc();
        self.bind(exit);
        Ok(())
    }

    /// `try: ... except* E: ...` (PEP 654), CPython 3.13's layout.
    fn try_star_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> R {
        let (except, orelse_l, end, cleanup, reraise_star, reraise) = (self.label(), self.label(), self.label(), self.label(), self.label(), self.label());
        let outer = self.push_handler(except, false, 0);
        self.push_fblock(FKind::TryExcept, 0, 0, outer);
        self.stmts(body)?;
        self.pop_fblock();
        self.set_handler(outer);
        self.jump(Op::JUMP_NO_INTERRUPT, orelse_l);
        let n = handlers.len();
        self.bind(except);
        self.push_handler(cleanup, true, 0);
        let cleanup_handler = self.ur().cur_handler;
        self.emit_noloc(Op::PUSH_EXC_INFO, 0);
        self.push_fblock(FKind::ExceptionGroupHandler, 0, 0, outer);
        for (i, h) in handlers.iter().enumerate() {
            let old = self.set_loc(h.loc);
            let (next, no_match) = (self.label(), self.label());
            if i == 0 {
                // [prev, exc] -> [prev, exc, list, rest]
                self.emit(Op::BUILD_LIST, 0);
                self.emit(Op::COPY, 2);
            }
            let Some(t) = &h.type_ else {
                return Err(err("expected 'except' or 'finally' block", h.loc));
            };
            self.expr(t)?;
            self.emit0(Op::CHECK_EG_MATCH);
            self.emit(Op::COPY, 1);
            self.jump(Op::POP_JUMP_IF_NONE, no_match);
            let cleanup_end = self.label();
            match &h.name {
                Some(name) => self.store_name(name)?,
                None => self.emit0(Op::POP_TOP),
            }
            self.push_handler(cleanup_end, true, 0);
            self.push_fblock(FKind::HandlerCleanup, 0, 0, outer);
            self.u().fblocks.last_mut().unwrap().name = h.name.clone();
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.set_handler(cleanup_handler);
            if let Some(name) = &h.name {
                self.load_const_noloc(ConstValue::None {});
                self.store_name_noloc(name)?;
                self.del_name_noloc(name)?;
            }
            self.jump(Op::JUMP_NO_INTERRUPT, next);
            // the handler raised: [prev, exc, list, rest, lasti, exc2]
            self.bind(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const_noloc(ConstValue::None {});
                self.store_name_noloc(name)?;
                self.del_name_noloc(name)?;
            }
            self.emit_noloc(Op::LIST_APPEND, 3);
            self.emit_noloc(Op::POP_TOP, 0);
            self.jump(Op::JUMP_NO_INTERRUPT, next);
            self.bind(no_match);
            self.emit0(Op::POP_TOP);
            self.bind(next);
            if i + 1 == n {
                self.emit_noloc(Op::LIST_APPEND, 1);
                self.jump(Op::JUMP_NO_INTERRUPT, reraise_star);
            }
            self.set_loc(old);
        }
        self.pop_fblock();
        self.bind(reraise_star);
        // [prev, exc, list] -> [prev, to_reraise_or_none]
        self.emit_noloc(Op::CALL_INTRINSIC_2, intrinsic2::PREP_RERAISE_STAR);
        self.emit_noloc(Op::COPY, 1);
        self.jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit_noloc(Op::POP_TOP, 0);
        self.set_handler(outer);
        self.emit_noloc(Op::POP_EXCEPT, 0);
        self.jump(Op::JUMP_NO_INTERRUPT, end);
        self.bind(reraise);
        self.emit_noloc(Op::SWAP, 2);
        self.emit_noloc(Op::POP_EXCEPT, 0);
        self.emit_noloc(Op::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise_noloc();
        self.bind(orelse_l);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(ConstValue::None {});
        self.load_const(ConstValue::None {});
        self.load_const(ConstValue::None {});
        self.emit(Op::CALL, 2);
    }

    fn with(&mut self, s: &'a Stmt, items: &'a [WithItem], pos: usize, body: &'a [Stmt], is_async: bool) -> R {
        let item = &items[pos];
        let (final_l, exit, cleanup) = (self.label(), self.label(), self.label());
        self.expr(&item.context_expr)?;
        let old = self.set_loc(item.context_expr.loc);
        if is_async {
            self.emit0(Op::BEFORE_ASYNC_WITH);
            self.emit(Op::GET_AWAITABLE, 1);
            self.load_const(ConstValue::None {});
            self.yield_from(true)?;
        } else {
            self.emit0(Op::BEFORE_WITH);
        }
        self.set_loc(old);
        // the handler unwinds to just the exit function (the enter result is consumed)
        let outer = self.push_handler(final_l, true, -1);
        self.push_fblock(if is_async { FKind::AsyncWith } else { FKind::With }, 0, 0, outer);
        self.u().fblocks.last_mut().unwrap().loc = item.context_expr.loc;
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit0(Op::POP_TOP),
        }
        if pos + 1 < items.len() {
            self.with(s, items, pos + 1, body, is_async)?;
        } else {
            self.stmts(body)?;
        }
        self.pop_fblock();
        self.set_handler(outer);
        let old = self.set_loc(item.context_expr.loc);
        self.call_exit_with_nones();
        if is_async {
            self.emit(Op::GET_AWAITABLE, 2);
            self.load_const(ConstValue::None {});
            self.yield_from(true)?;
        }
        self.emit0(Op::POP_TOP);
        self.jump(Op::JUMP_NO_INTERRUPT, exit);
        // exceptional exit: [exit, lasti, exc]
        self.bind(final_l);
        self.push_handler(cleanup, true, 0);
        self.emit0(Op::PUSH_EXC_INFO);
        self.emit0(Op::WITH_EXCEPT_START);
        if is_async {
            self.emit(Op::GET_AWAITABLE, 2);
            self.load_const(ConstValue::None {});
            self.yield_from(true)?;
        }
        let suppress = self.label();
        self.jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 2);
        self.bind(suppress);
        self.emit0(Op::POP_TOP);
        self.set_handler(outer);
        self.emit0(Op::POP_EXCEPT);
        self.emit0(Op::POP_TOP);
        self.emit0(Op::POP_TOP);
        self.jump(Op::JUMP_NO_INTERRUPT, exit);
        self.bind(cleanup);
        self.pop_except_and_reraise_noloc();
        self.bind(exit);
        self.set_loc(old);
        Ok(())
    }

    // ------------------------------------------------------------ no-location helpers

    /// A jump with no location of its own (CPython's NO_LOCATION): the
    /// assembler gives it the line of the instruction before it.
    pub(super) fn jump_noloc(&mut self, op: Op, target: Label) {
        let old = self.set_loc(Loc::default());
        self.jump(op, target);
        self.set_loc(old);
    }

    pub(super) fn emit_noloc(&mut self, op: Op, arg: u32) {
        let old = self.set_loc(Loc::default());
        self.emit(op, arg);
        self.set_loc(old);
    }

    fn load_const_noloc(&mut self, c: ConstValue) {
        let old = self.set_loc(Loc::default());
        self.load_const(c);
        self.set_loc(old);
    }

    fn store_name_noloc(&mut self, n: &str) -> R {
        let old = self.set_loc(Loc::default());
        let r = self.store_name(n);
        self.set_loc(old);
        r
    }

    fn del_name_noloc(&mut self, n: &str) -> R {
        let old = self.set_loc(Loc::default());
        let r = self.name(n, ExprContext::Del);
        self.set_loc(old);
        r
    }

    fn pop_except_and_reraise_noloc(&mut self) {
        let old = self.set_loc(Loc::default());
        self.pop_except_and_reraise();
        self.set_loc(old);
    }

    // ------------------------------------------------------------ assignment

    pub(super) fn store(&mut self, t: &'a Expr) -> R {
        let old = self.set_loc(t.loc);
        let r = self.store_inner(t);
        self.set_loc(old);
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> R {
        match &t.node {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                if attr == "__debug__" {
                    return Err(err("cannot assign to __debug__", t.loc));
                }
                self.note_static_attribute(value, attr);
                let a = self.mangled(attr);
                let old = self.set_loc(super::expr::attr_loc(t.loc, t));
                self.emit_name(Op::STORE_ATTR, &a);
                self.set_loc(old);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                if let ExprKind::Slice { lower, upper, step: None } = &slice.node {
                    self.expr(value)?;
                    self.slice_bound(lower.as_deref())?;
                    self.slice_bound(upper.as_deref())?;
                    self.emit0(Op::STORE_SLICE);
                } else {
                    self.expr(value)?;
                    self.expr(slice)?;
                    self.emit0(Op::STORE_SUBSCR);
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(elts, t.loc)?;
                for e in elts {
                    match &e.node {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(err("starred assignment target must be in a list or tuple", t.loc)),
            _ => Err(err("cannot assign to expression", t.loc)),
        }
    }

    fn unpack(&mut self, elts: &[Expr], loc: Loc) -> R {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { .. } = e.node {
                if star.is_some() {
                    return Err(err("multiple starred expressions in assignment", loc));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(err("too many expressions in star-unpacking assignment", loc));
                }
                self.emit(Op::UNPACK_EX, i as u32 | (after as u32) << 8);
            }
            None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32),
        }
        Ok(())
    }

    fn note_static_attribute(&mut self, value: &Expr, attr: &str) {
        // CPython 3.13 records `self.X = ...` by the name `self` alone, in
        // any function nested in a class (not by the first parameter's name).
        let ExprKind::Name { id, .. } = &value.node else { return };
        let n = self.units.len();
        if n < 2 || id != "self" {
            return;
        }
        // the innermost enclosing class unit
        for u in self.units.iter_mut().rev().skip(1) {
            if self.st.scopes[u.scope].kind == BlockKind::Class {
                u.static_attributes.insert(attr.to_string());
                return;
            }
        }
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        let old = self.set_loc(t.loc);
        let r = match &t.node {
            ExprKind::Name { id, .. } => self.name(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangled(attr);
                self.set_loc(super::expr::attr_loc(t.loc, t));
                self.emit_name(Op::DELETE_ATTR, &a);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Op::DELETE_SUBSCR);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => Err(err("cannot delete expression", t.loc)),
        };
        self.set_loc(old);
        r
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> R {
        let arg = binop_arg(op, true);
        match &target.node {
            ExprKind::Name { id, .. } => {
                let old = self.set_loc(target.loc);
                self.name(id, ExprContext::Load)?;
                self.set_loc(old);
                self.expr(value)?;
                self.emit(Op::BINARY_OP, arg);
                let old = self.set_loc(target.loc);
                self.store_name(id)?;
                self.set_loc(old);
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                let a = self.mangled(attr);
                let old = self.set_loc(target.loc);
                self.expr(obj)?;
                self.emit(Op::COPY, 1);
                self.emit_name(Op::LOAD_ATTR, &a);
                self.set_loc(old);
                self.expr(value)?;
                self.emit(Op::BINARY_OP, arg);
                let old = self.set_loc(target.loc);
                self.emit(Op::SWAP, 2);
                self.emit_name(Op::STORE_ATTR, &a);
                self.set_loc(old);
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                let old = self.set_loc(target.loc);
                self.expr(obj)?;
                if let ExprKind::Slice { lower, upper, step: None } = &slice.node {
                    self.slice_bound(lower.as_deref())?;
                    self.slice_bound(upper.as_deref())?;
                    self.emit(Op::COPY, 3);
                    self.emit(Op::COPY, 3);
                    self.emit(Op::COPY, 3);
                    self.emit0(Op::BINARY_SLICE);
                    self.set_loc(old);
                    self.expr(value)?;
                    self.emit(Op::BINARY_OP, arg);
                    let old = self.set_loc(target.loc);
                    self.emit(Op::SWAP, 4);
                    self.emit(Op::SWAP, 3);
                    self.emit(Op::SWAP, 2);
                    self.emit0(Op::STORE_SLICE);
                    self.set_loc(old);
                } else {
                    self.expr(slice)?;
                    self.emit(Op::COPY, 2);
                    self.emit(Op::COPY, 2);
                    self.emit0(Op::BINARY_SUBSCR);
                    self.set_loc(old);
                    self.expr(value)?;
                    self.emit(Op::BINARY_OP, arg);
                    let old = self.set_loc(target.loc);
                    self.emit(Op::SWAP, 3);
                    self.emit(Op::SWAP, 2);
                    self.emit0(Op::STORE_SUBSCR);
                    self.set_loc(old);
                }
            }
            _ => return Err(err("'expression' is an illegal expression for augmented assignment", target.loc)),
        }
        Ok(())
    }

    fn ann_assign(&mut self, s: &Stmt, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>, simple: bool) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let at_top = !self.scope().is_function_like();
        match &target.node {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(err("cannot assign to __debug__", s.loc));
                }
                if simple && at_top {
                    if self.future_annotations {
                        let text = crate::unparse::unparse(annotation);
                        self.load_const(ConstValue::Str { value: text });
                    } else {
                        self.expr(annotation)?;
                    }
                    self.emit_name(Op::LOAD_NAME, "__annotations__");
                    let m = self.mangled(id);
                    self.load_const(ConstValue::Str { value: m });
                    self.emit0(Op::STORE_SUBSCR);
                } else if !simple {
                    // `(name): ann` is not simple: evaluated, not stored
                    self.ann_expr_check(annotation, at_top)?;
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit0(Op::POP_TOP);
                }
                self.ann_expr_check(annotation, at_top)?;
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit0(Op::POP_TOP);
                    self.expr(slice)?;
                    self.emit0(Op::POP_TOP);
                }
                self.ann_expr_check(annotation, at_top)?;
            }
            _ => return Err(err("invalid node type for annotated assignment", s.loc)),
        }
        Ok(())
    }

    fn ann_expr_check(&mut self, annotation: &'a Expr, at_top: bool) -> R {
        if at_top && !self.future_annotations {
            self.expr(annotation)?;
            self.emit0(Op::POP_TOP);
        }
        Ok(())
    }

    // ------------------------------------------------------------ imports

    fn import(&mut self, names: &'a [Alias]) -> R {
        // the statement's location, as CPython (not the alias's)
        for a in names {
            self.load_const(ConstValue::Int { value: 0 });
            self.load_const(ConstValue::None {});
            self.emit_name(Op::IMPORT_NAME, &a.name);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    if parts.len() > 1 {
                        for (i, p) in parts.iter().enumerate().skip(1) {
                            self.emit_name(Op::IMPORT_FROM, p);
                            if i + 1 < parts.len() {
                                self.emit(Op::SWAP, 2);
                                self.emit0(Op::POP_TOP);
                            }
                        }
                        self.store_name(asname)?;
                        self.emit0(Op::POP_TOP);
                    } else {
                        self.store_name(asname)?;
                    }
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                    self.store_name(&first)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, _s: &Stmt, module: Option<&str>, names: &'a [Alias], level: u32) -> R {
        let list: Vec<ConstValue> = names.iter().map(|a| ConstValue::Str { value: a.name.clone() }).collect();
        self.load_const(ConstValue::Int { value: level as i64 });
        self.load_const(ConstValue::Tuple { items: list });
        self.emit_name(Op::IMPORT_NAME, module.unwrap_or(""));
        for a in names {
            if a.name == "*" {
                if !self.ur().is_module {
                    return Err(err("import * only allowed at module level", a.loc));
                }
                self.emit(Op::CALL_INTRINSIC_1, intrinsic1::IMPORT_STAR);
                self.emit0(Op::POP_TOP);
                return Ok(());
            }
            self.emit_name(Op::IMPORT_FROM, &a.name);
            self.store_name(a.asname.as_deref().unwrap_or(&a.name))?;
        }
        self.emit0(Op::POP_TOP);
        Ok(())
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        crate::codegen::pattern::match_stmt(self, subject, cases)
    }
}
