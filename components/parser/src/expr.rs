//! Expression rules. A node's position runs from the first token of its rule
//! to the last token consumed (so `(a) + b` starts at the parenthesis), as in
//! CPython.

use crate::error::PError;
use crate::parser::{end_of, loc, mk, name_expr, start_of, Br, CtxUse, PResult, Parser, Pos};
use crate::token::Tok;
use pyk_abi::ast::*;

/// CPython's name for an expression kind in error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None {} => "None",
            Constant::True {} => "True",
            Constant::False {} => "False",
            Constant::Ellipsis {} => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn binop(k: Tok) -> Option<(Operator, u8)> {
    Some(match k {
        Tok::VBar => (Operator::BitOr, 1),
        Tok::Circumflex => (Operator::BitXor, 2),
        Tok::Amper => (Operator::BitAnd, 3),
        Tok::LeftShift => (Operator::LShift, 4),
        Tok::RightShift => (Operator::RShift, 4),
        Tok::Plus => (Operator::Add, 5),
        Tok::Minus => (Operator::Sub, 5),
        Tok::Star => (Operator::Mult, 6),
        Tok::Slash => (Operator::Div, 6),
        Tok::DoubleSlash => (Operator::FloorDiv, 6),
        Tok::Percent => (Operator::Mod, 6),
        Tok::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

impl<'s> Parser<'s> {
    /// `star_expressions`: one star_expression, or several as a Tuple.
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.star_expression()?;
        if !self.at(Tok::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !self.starts_expr() {
                break;
            }
            elts.push(self.cnest(2, 0, |p| p.star_expression())?);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(s)))
    }

    /// Whether the current token can start an expression.
    pub fn starts_expr(&self) -> bool {
        self.starts_expr_at(self.i)
    }

    /// Whether token `j` can start an expression.
    pub fn starts_expr_at(&self, j: usize) -> bool {
        matches!(
            self.toks[j.min(self.toks.len() - 1)].kind,
            Tok::Name
                | Tok::Number
                | Tok::String
                | Tok::FStringStart
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Star
                | Tok::Ellipsis
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
                | Tok::Yield
        )
    }

    pub fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            let s = self.start();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, self.loc_from(s)));
        }
        self.expression()
    }

    pub fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            let s = self.start();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, self.loc_from(s)));
        }
        self.named_expression()
    }

    pub fn named_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Name) && self.nth(1) == Tok::ColonEqual {
            let s = self.start();
            let id = self.name()?;
            let target = name_expr(id, ExprContext::Store, self.loc_from(s));
            self.bump();
            let value = self.expression()?;
            self.check_version(8, "Assignment expressions are", None);
            return Ok(mk(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, self.loc_from(s)));
        }
        let first = self.i;
        let e = self.expression()?;
        if self.at(Tok::ColonEqual) {
            return Err(self.walrus_after(&e));
        }
        if self.at(Tok::Equal) {
            if let Some(err) = self.named_assign_error(&e, first) {
                return Err(err);
            }
        }
        Ok(e)
    }

    /// `e := ...` where `e` is not a name: CPython's error (or "invalid
    /// syntax" at the `:=` when what follows does not parse).
    pub(crate) fn walrus_after(&mut self, e: &Expr) -> PError {
        let op = self.i;
        self.bump();
        match self.expression() {
            Ok(_) => self.err_loc(format!("cannot use assignment expressions with {}", expr_name(e)), &e.loc),
            Err(_) => self.err_tok("invalid syntax", op),
        }
    }

    /// A call argument: a named expression without the checks for '='
    /// (keyword arguments are the caller's business).
    fn arg_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Name) && self.nth(1) == Tok::ColonEqual {
            return self.named_expression();
        }
        let e = self.expression()?;
        if self.at(Tok::ColonEqual) {
            // Arguments take `assignment_expression | expression !':='`,
            // not named_expression: no invalid_named_expression here.
            return Err(self.err_tok("invalid syntax", self.i));
        }
        Ok(e)
    }

    /// CPython's `invalid_named_expression` for `e = ...` where a named
    /// expression stands (conditions, elements, slices, decorators,
    /// guards): "Maybe you meant '==' or ':='" after a bare name, "cannot
    /// assign to X here" after other operands, when the right side is a
    /// bitwise_or not followed by another '=' or ':='.
    pub(crate) fn named_assign_error(&mut self, e: &Expr, first: usize) -> Option<PError> {
        let bare_name = matches!(e.node, ExprKind::Name { .. }) && self.toks[first].kind == Tok::Name && first + 1 == self.i;
        let mut leftmost = e;
        loop {
            leftmost = match &leftmost.node {
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                ExprKind::Call { func, .. } => func,
                ExprKind::BinOp { left, .. } => left,
                _ => break,
            };
        }
        let excluded = match self.toks[first].kind {
            Tok::LSqb => matches!(leftmost.node, ExprKind::List { .. }),
            Tok::LPar => matches!(leftmost.node, ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }),
            Tok::True | Tok::None | Tok::False => true,
            _ => false,
        };
        let operand = !matches!(
            e.node,
            ExprKind::BoolOp { .. } | ExprKind::Compare { .. } | ExprKind::UnaryOp { op: UnaryOp::Not, .. } | ExprKind::IfExp { .. } | ExprKind::Lambda { .. } | ExprKind::NamedExpr { .. }
        );
        if !bare_name && (excluded || !operand) {
            return None;
        }
        let b = self.second_pass(|p| {
            p.bump();
            match p.bitwise_or() {
                Ok(b) if !matches!(p.kind(), Tok::Equal | Tok::ColonEqual) => Some(b),
                _ => None,
            }
        })?;
        Some(if bare_name {
            self.err_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start_of(&e.loc), end_of(&b.loc))
        } else {
            self.err_loc(format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e)), &e.loc)
        })
    }

    pub fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at(Tok::Lambda) {
            return self.lambda();
        }
        let s = self.start();
        let body = self.disjunction()?;
        if !self.at(Tok::If) {
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat(Tok::Else) {
            // CPython: `a if b` not followed by 'else' or ':'
            if !self.at(Tok::Colon) {
                return Err(self.err_range("expected 'else' after 'if' expression", s, self.prev_end()));
            }
            return Err(self.invalid());
        }
        // CPython reaches the innermost atom of an `else` chain one call sooner.
        let orelse = self.cnest(1, 1, |p| p.expression())?;
        Ok(mk(ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) }, self.loc_from(s)))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.bump();
        let args = self.parameters(false)?;
        self.expect_msg(Tok::Colon, ":")?;
        if self.at(Tok::FStringMiddle) {
            // The ':' began a replacement field's format spec.
            return Err(self.err_range("f-string: lambda expressions are not allowed without parentheses", s, self.tok_end(self.i - 1)));
        }
        let body = self.cnest(2, 0, |p| p.expression())?;
        Ok(mk(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, self.loc_from(s)))
    }

    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.conjunction()?;
        if !self.at(Tok::Or) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::Or) {
            values.push(self.cnest(2, 0, |p| p.conjunction())?);
        }
        Ok(mk(ExprKind::BoolOp { op: BoolOp::Or, values }, self.loc_from(s)))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.inversion()?;
        if !self.at(Tok::And) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::And) {
            values.push(self.cnest(2, 0, |p| p.inversion())?);
        }
        Ok(mk(ExprKind::BoolOp { op: BoolOp::And, values }, self.loc_from(s)))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at(Tok::Not) {
            let s = self.start();
            self.bump();
            self.enter()?;
            let operand = self.cnest(1, 1, |p| p.inversion());
            self.leave();
            return Ok(mk(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand?) }, self.loc_from(s)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let s = self.start();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.kind() {
                Tok::EqEqual => CmpOp::Eq,
                Tok::NotEqual => {
                    if self.cur_text() == "<>" {
                        return Err(self.invalid());
                    }
                    CmpOp::NotEq
                }
                Tok::Less => CmpOp::Lt,
                Tok::LessEqual => CmpOp::LtE,
                Tok::Greater => CmpOp::Gt,
                Tok::GreaterEqual => CmpOp::GtE,
                Tok::In => CmpOp::In,
                Tok::Is => {
                    if self.nth(1) == Tok::Not {
                        self.bump();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                Tok::Not if self.nth(1) == Tok::In => {
                    self.bump();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.cnest(3, 0, |p| p.bitwise_or())?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(mk(ExprKind::Compare { left: Box::new(left), ops, comparators }, self.loc_from(s)))
    }

    pub fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let s = self.start();
        let mut left = self.factor()?;
        let saved = self.depth;
        while let Some((op, prec)) = binop(self.kind()) {
            if prec < min_prec {
                break;
            }
            self.bump();
            if self.at(Tok::Not) && matches!(op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div | Operator::Mod | Operator::FloorDiv | Operator::MatMult) {
                self.depth = saved;
                self.not_after_operator(|p| p.inversion())?;
            }
            if let Err(e) = self.enter() {
                self.depth = saved;
                return Err(e);
            }
            let right = match self.binary(prec + 1) {
                Ok(r) => r,
                Err(e) => {
                    self.depth = saved;
                    return Err(e);
                }
            };
            if op == Operator::MatMult {
                self.check_version(5, "The '@' operator is", None);
            }
            left = mk(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, self.loc_from(s));
        }
        self.depth = saved;
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            Tok::Plus => UnaryOp::UAdd,
            Tok::Minus => UnaryOp::USub,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let s = self.start();
        self.bump();
        self.not_after_operator(|p| p.factor())?;
        self.enter()?;
        let operand = self.cnest(1, 0, |p| p.factor());
        self.leave();
        Ok(mk(ExprKind::UnaryOp { op, operand: Box::new(operand?) }, self.loc_from(s)))
    }

    /// At `not` right after an arithmetic or unary operator: when `not`
    /// and what follows it (`rest`) parse, CPython's "'not' after an
    /// operator must be parenthesized"; otherwise nothing (the caller then
    /// fails as usual).
    fn not_after_operator(&mut self, rest: fn(&mut Self) -> PResult<Expr>) -> PResult<()> {
        if !self.at(Tok::Not) {
            return Ok(());
        }
        let (i, depth, fur) = (self.i, self.depth, self.furthest.get());
        let s = self.start();
        self.bump();
        let r = self.cnest(1, 0, rest);
        self.i = i;
        self.depth = depth;
        match r {
            Ok(b) => Err(self.err_range("'not' after an operator must be parenthesized", s, end_of(&b.loc))),
            Err(e) if e.msg != "invalid syntax" => Err(e),
            Err(_) => {
                self.furthest.set(fur);
                Ok(())
            }
        }
    }

    fn power(&mut self) -> PResult<Expr> {
        let s = self.start();
        let base = if self.at(Tok::Await) {
            self.bump();
            let v = self.primary()?;
            self.check_version(5, "Await expressions are", None);
            mk(ExprKind::Await { value: Box::new(v) }, self.loc_from(s))
        } else {
            self.primary()?
        };
        if !self.eat(Tok::DoubleStar) {
            return Ok(base);
        }
        self.enter()?;
        let right = self.cnest(2, 0, |p| p.factor());
        self.leave();
        Ok(mk(ExprKind::BinOp { left: Box::new(base), op: Operator::Pow, right: Box::new(right?) }, self.loc_from(s)))
    }

    /// An atom followed by `.name`, `(args)` and `[slices]` trailers.
    pub fn primary(&mut self) -> PResult<Expr> {
        let s = self.start();
        let mut e = self.atom()?;
        let saved = self.depth;
        let r = self.trailers(s, &mut e);
        self.depth = saved;
        r.map(|_| e)
    }

    fn trailers(&mut self, s: Pos, e: &mut Expr) -> PResult<()> {
        loop {
            match self.kind() {
                Tok::Dot => {
                    self.bump();
                    if !self.at(Tok::Name) {
                        return Err(self.invalid());
                    }
                    let attr = self.name()?;
                    let v = std::mem::replace(e, mk(ExprKind::Name { id: String::new(), ctx: ExprContext::Load }, Loc::default()));
                    *e = mk(ExprKind::Attribute { value: Box::new(v), attr, ctx: ExprContext::Load }, self.loc_from(s));
                }
                Tok::LPar => {
                    let open = self.i;
                    self.bump();
                    let (args, keywords) = self.cbracket(Br::Call, |p| p.call_args(Some(open)))?;
                    let v = std::mem::replace(e, mk(ExprKind::Name { id: String::new(), ctx: ExprContext::Load }, Loc::default()));
                    *e = mk(ExprKind::Call { func: Box::new(v), args, keywords }, self.loc_from(s));
                }
                Tok::LSqb => {
                    self.bump();
                    let slice = self.cbracket(Br::Subscript, |p| p.slices())?;
                    if !self.at(Tok::RSqb) {
                        let last = match &slice.node {
                            ExprKind::Tuple { elts, .. } if !elts.is_empty() => elts[elts.len() - 1].loc,
                            _ => slice.loc,
                        };
                        if matches!(self.toks[last_tok(self)].kind, Tok::Name | Tok::Number | Tok::String | Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::FStringEnd) {
                            return Err(self.elements_error_loc(&last));
                        }
                    }
                    self.expect(Tok::RSqb)?;
                    let v = std::mem::replace(e, mk(ExprKind::Name { id: String::new(), ctx: ExprContext::Load }, Loc::default()));
                    *e = mk(ExprKind::Subscript { value: Box::new(v), slice: Box::new(slice), ctx: ExprContext::Load }, self.loc_from(s));
                }
                _ => return Ok(()),
            }
            self.enter()?;
        }
    }

    fn slices(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.slice()?;
        if !self.at(Tok::Comma) {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Ok(mk(ExprKind::Tuple { elts: vec![first], ctx: ExprContext::Load }, self.loc_from(s)));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.at(Tok::RSqb) {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(s)))
    }

    fn slice(&mut self) -> PResult<Expr> {
        let s = self.start();
        if self.at(Tok::Star) {
            return self.star_expression().map_err(star_error);
        }
        // `x[(a:=1):2]`: a parenthesized walrus is an ordinary bound
        let paren = self.at(Tok::LPar);
        let lower = if self.at(Tok::Colon) { None } else { Some(self.named_expression()?) };
        if !self.at(Tok::Colon) {
            return lower.ok_or_else(|| self.invalid());
        }
        if let Some(l) = &lower {
            if matches!(l.node, ExprKind::NamedExpr { .. }) && !paren {
                // `x[a:=1:2]` is not a slice bound; CPython reports invalid syntax.
                return Err(self.invalid());
            }
        }
        self.bump();
        let upper = if matches!(self.kind(), Tok::Colon | Tok::Comma | Tok::RSqb) { None } else { Some(Box::new(self.expression()?)) };
        let mut step = None;
        if self.eat(Tok::Colon) && !matches!(self.kind(), Tok::Comma | Tok::RSqb) {
            step = Some(Box::new(self.expression()?));
        }
        Ok(mk(ExprKind::Slice { lower: lower.map(Box::new), upper, step }, self.loc_from(s)))
    }

    /// Arguments after '(' up to and including ')'. `open` is the index of the
    /// '(' token of a call (a lone generator argument spans the parentheses).
    pub fn call_args(&mut self, open: Option<usize>) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw_unpack = false;
        let mut genexp_at: Option<Loc> = None;
        let mut count = 0usize;
        // The last argument was a generator expression without parentheses.
        let mut bare_comp = false;
        let mut cost = 0;
        while !self.at(Tok::RPar) {
            let before = self.i;
            let s = self.start();
            count += 1;
            bare_comp = false;
            // CPython's parser goes deeper for arguments after the first,
            // and for a first one that is a keyword or unpacking.
            self.cpop(cost);
            cost = match self.kind() {
                _ if count > 1 => 4,
                Tok::Star | Tok::DoubleStar => 3,
                Tok::Name if self.nth(1) == Tok::Equal => 3,
                _ => 0,
            };
            self.cpush(cost)?;
            match self.kind() {
                Tok::Star => {
                    self.bump();
                    if self.at(Tok::RPar) || self.at(Tok::Comma) {
                        return Err(self.err_tok("Invalid star expression", self.i));
                    }
                    let value = self.expression().map_err(star_error)?;
                    if self.at(Tok::Equal) {
                        self.bump();
                        let end = match self.expression() {
                            Ok(v) => end_of(&v.loc),
                            Err(_) => self.prev_end(),
                        };
                        return Err(self.err_range("cannot assign to iterable argument unpacking", s, end));
                    }
                    if seen_kw_unpack {
                        let c = self.tok_start(before - 1);
                        let e = self.start();
                        return Err(self.err_range("iterable argument unpacking follows keyword argument unpacking", c, e));
                    }
                    let starred = mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, self.loc_from(s));
                    if count == 1 && (self.at(Tok::For) || (self.at(Tok::Async) && self.nth(1) == Tok::For)) {
                        return Err(self.err_loc("iterable unpacking cannot be used in comprehension", &starred.loc));
                    }
                    args.push(starred);
                }
                Tok::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    if self.at(Tok::Equal) {
                        self.bump();
                        let end = match self.expression() {
                            Ok(v) => end_of(&v.loc),
                            Err(_) => self.prev_end(),
                        };
                        return Err(self.err_range("cannot assign to keyword argument unpacking", s, end));
                    }
                    seen_kw_unpack = true;
                    keywords.push(Keyword { arg: None, value, loc: self.loc_from(s) });
                }
                Tok::Name if self.nth(1) == Tok::Equal => {
                    let arg = self.name()?;
                    self.bump();
                    if self.at(Tok::RPar) || self.at(Tok::Comma) {
                        return Err(self.err_range("expected argument value expression", s, self.prev_end()));
                    }
                    let eq_end = self.prev_end();
                    let value = self.expression()?;
                    if self.at(Tok::For) {
                        return Err(self.err_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", s, eq_end));
                    }
                    keywords.push(Keyword { arg: Some(arg), value, loc: self.loc_from(s) });
                }
                _ => {
                    let e = match self.arg_expression() {
                        Ok(e) => e,
                        // After keywords CPython's first pass reads only the first
                        // token of a positional argument that is not a name; a
                        // generic error is reported there.
                        Err(err) if err.msg == "invalid syntax" && !keywords.is_empty() && !matches!(self.toks[before].kind, Tok::Name | Tok::Error) => {
                            return Err(self.err_tok("invalid syntax", before));
                        }
                        // One that starts with a name: CPython backtracks to
                        // the name, a positional argument after keywords,
                        // and reports that where it stopped reading.
                        // `b := ` whose value fails: CPython stops at the ':='.
                        Err(err) if err.msg == "invalid syntax" && !keywords.is_empty() && self.toks[before].kind == Tok::Name && self.toks[before + 1].kind == Tok::ColonEqual && !self.at(Tok::Error) => {
                            return Err(self.err_tok("invalid syntax", before + 1));
                        }
                        Err(mut err) if err.msg == "invalid syntax" && !keywords.is_empty() && self.toks[before].kind == Tok::Name && !self.at(Tok::Error) => {
                            err.msg = if seen_kw_unpack { "positional argument follows keyword argument unpacking" } else { "positional argument follows keyword argument" }.into();
                            return Err(err);
                        }
                        Err(err) => return Err(err),
                    };
                    if self.at(Tok::Equal) {
                        if self.toks[before].kind == Tok::Name && self.toks[before + 1].kind == Tok::ColonEqual {
                            // `f(x := y = 1)`: no invalid_kwarg for a bare named
                            // expression; CPython stops at the '=' (at the ':='
                            // after keywords, where it stopped reading).
                            return Err(self.err_tok("invalid syntax", if keywords.is_empty() { self.i } else { before + 1 }));
                        }
                        let msg = match e.node {
                            ExprKind::Constant { value: Constant::True {}, .. } => "cannot assign to True",
                            ExprKind::Constant { value: Constant::False {}, .. } => "cannot assign to False",
                            ExprKind::Constant { value: Constant::None {}, .. } => "cannot assign to None",
                            _ => "expression cannot contain assignment, perhaps you meant \"==\"?",
                        };
                        // CPython's range starts at the expression itself, inside any parentheses.
                        let from = if matches!(e.node, ExprKind::Constant { .. }) { s } else { start_of(&e.loc) };
                        return Err(self.err_range(msg, from, self.tok_end(self.i)));
                    }
                    let e = if self.at(Tok::For) || self.at(Tok::Async) && self.nth(1) == Tok::For {
                        bare_comp = true;
                        let for_idx = self.i;
                        let generators = self.comp_for()?;
                        if open.is_none() && count == 1 && self.at(Tok::RPar) {
                            // Class bases take no bare generator expression.
                            return Err(self.err_tok("invalid syntax", for_idx));
                        }
                        let only = count == 1 && self.at(Tok::RPar) && open.is_some();
                        let l = if only {
                            let o = self.tok_start(open.unwrap_or(0));
                            loc(o, self.tok_end(self.i))
                        } else {
                            self.loc_from(s)
                        };
                        if !only {
                            if count == 1 && self.at(Tok::Comma) && self.nth(1) == Tok::Error {
                                // CPython's rule reads on after the comma and
                                // meets the tokenizer's error first.
                                self.bump();
                                return Err(self.invalid());
                            }
                            if count == 1 && self.at(Tok::Comma) {
                                // A first bare generator followed by a comma.
                                return Err(self.err_range("Generator expression must be parenthesized", s, self.prev_end()));
                            }
                            genexp_at = Some(self.loc_from(s));
                        }
                        mk(ExprKind::GeneratorExp { elt: Box::new(e), generators }, l)
                    } else {
                        e
                    };
                    if !keywords.is_empty() {
                        // CPython's checks before this one: an unparenthesized
                        // generator, a missing comma.
                        if bare_comp {
                            return Err(self.err_loc("Generator expression must be parenthesized", &e.loc));
                        }
                        if !matches!(self.kind(), Tok::Comma | Tok::RPar) && self.starts_expr() {
                            let err = self.forgot_comma(&e.loc);
                            if err.msg != "invalid syntax" {
                                return Err(err);
                            }
                        }
                        let msg = if seen_kw_unpack {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        // CPython reports it at the last token it read,
                        // having parsed the arguments that follow.
                        self.second_pass(|p| p.skim_args());
                        let last = self.furthest.get().max(self.reach).max(self.i).min(self.toks.len() - 1);
                        return Err(self.err_tok(msg, last));
                    }
                    args.push(e);
                }
            }
            if !self.eat(Tok::Comma) {
                break;
            }
            debug_assert!(self.i > before);
        }
        self.cpop(cost);
        if !self.at(Tok::RPar) {
            if bare_comp {
                return Err(self.invalid());
            }
            return Err(self.call_args_error(&args, &keywords));
        }
        if let Some(l) = genexp_at {
            if count > 1 {
                return Err(self.err_loc("Generator expression must be parenthesized", &l));
            }
        }
        self.bump();
        Ok((args, keywords))
    }

    /// Reads the rest of an argument list as far as it goes (for error
    /// positions).
    fn skim_args(&mut self) {
        while self.eat(Tok::Comma) {
            let ok = match self.kind() {
                Tok::Star | Tok::DoubleStar => {
                    self.bump();
                    self.expression().is_ok()
                }
                Tok::Name if self.nth(1) == Tok::Equal => {
                    self.bump();
                    self.bump();
                    self.expression().is_ok()
                }
                _ if self.starts_expr() => self.arg_expression().is_ok(),
                _ => false,
            };
            if !ok {
                break;
            }
        }
    }

    fn call_args_error(&mut self, args: &[Expr], keywords: &[Keyword]) -> PError {
        if self.starts_expr() && !self.at(Tok::Star) {
            // `f(a b)`: a missing comma between two expressions.
            // A starred argument: CPython's range starts at its value.
            let arg_loc = |a: &Expr| match &a.node {
                ExprKind::Starred { value, .. } => value.loc,
                _ => a.loc,
            };
            // The argument written last, positional or keyword.
            let last = [args.last().map(arg_loc), keywords.last().map(|k| k.value.loc)].into_iter().flatten().max_by_key(|l| (l.lineno, l.col_offset));
            if let Some(last) = last {
                return self.forgot_comma(&last);
            }
        }
        self.invalid()
    }

    /// "invalid syntax. Perhaps you forgot a comma?" spanning the previous
    /// element and the one that starts here.
    pub fn forgot_comma(&mut self, prev: &Loc) -> PError {
        self.forgot_comma_before(prev, false)
    }

    /// `forgot_comma`; `not_before_eq`: an element followed by '=' is not
    /// a missing comma (in an f-string field '=' is the debug specifier).
    pub fn forgot_comma_before(&mut self, prev: &Loc, not_before_eq: bool) -> PError {
        let inv = self.invalid();
        self.second_pass(|p| p.missing_comma(prev, not_before_eq)).unwrap_or(inv)
    }

    fn missing_comma(&mut self, prev: &Loc, not_before_eq: bool) -> Option<PError> {
        if self.at(Tok::Error) {
            return None;
        }
        // CPython's invalid_expression skips an element that starts with a
        // name before a string (`na'x'`, a bad prefix) or with a soft
        // keyword, which it recognizes by comparing only the name's length
        // (`m`, `ca`, `ty`: prefixes of match/case/type count).
        if let Some(k) = self.tok_index_of(Pos { line: prev.lineno, col: prev.col_offset }) {
            if self.toks[k].kind == Tok::Name {
                let name = self.text(&self.toks[k]);
                if self.toks.get(k + 1).is_some_and(|t| t.kind == Tok::String) || ["_", "case", "match", "type"].iter().any(|kw| kw.starts_with(name)) {
                    // Its invalid_legacy_expression reads on after a name
                    // that is not called: the elements that follow may
                    // still lack a comma (`[m b c]`: between b and c).
                    if k + 1 != self.i || self.at(Tok::LPar) || !self.starts_expr() {
                        return None;
                    }
                    let (save, depth, clevel) = (self.i, self.depth, self.clevel);
                    let r = match self.disjunction() {
                        Ok(e) if self.starts_expr() => self.missing_comma(&e.loc, not_before_eq),
                        _ => None,
                    };
                    (self.i, self.depth, self.clevel) = (save, depth, clevel);
                    return r;
                }
            }
        }
        // Parse the next element speculatively to find where it ends; an
        // element followed by '=' is not a missing comma.
        let save = self.i;
        let (depth, clevel) = (self.depth, self.clevel);
        let not_eq = |p: &Self| !(not_before_eq && matches!(p.kind(), Tok::Equal | Tok::ColonEqual));
        let end = match self.expression() {
            Ok(e) if not_eq(self) => Some(end_of(&e.loc)),
            Ok(_) => None,
            // CPython's expression_without_invalid falls back to a plain
            // disjunction when `a if b` lacks its 'else' (`f(x y if z w)`).
            Err(_) if self.toks[save].kind != Tok::Lambda => {
                self.i = save;
                (self.depth, self.clevel) = (depth, clevel);
                match self.disjunction() {
                    Ok(e) if self.at(Tok::If) && not_eq(self) => Some(end_of(&e.loc)),
                    _ => None,
                }
            }
            Err(_) => None,
        };
        self.i = save;
        self.depth = depth;
        self.clevel = clevel;
        end.map(|end| PError::new("invalid syntax. Perhaps you forgot a comma?", prev.lineno, prev.col_offset, end.line, end.col))
    }

    pub fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.at(Tok::Async) && self.nth(1) == Tok::For {
                self.bump();
                true
            } else {
                false
            };
            if !self.eat(Tok::For) {
                if is_async {
                    return Err(self.invalid());
                }
                break;
            }
            let after_for = self.i;
            let (depth, clevel) = (self.depth, self.clevel);
            let target = match self.star_targets() {
                Ok(t) if self.at(Tok::In) => {
                    self.bump();
                    t
                }
                parsed => {
                    // CPython's second pass: 'in' expected after expressions,
                    // then an invalid target, then what the parse met.
                    let stop = self.i;
                    self.i = after_for;
                    self.depth = depth;
                    self.clevel = clevel;
                    if let Some(e) = self.in_expected_error() {
                        return Err(e);
                    }
                    if let Some(e) = self.for_target_error(after_for) {
                        return Err(e);
                    }
                    self.i = stop;
                    return Err(match parsed {
                        Err(e) => e,
                        Ok(_) if matches!(self.kind(), Tok::Error | Tok::Indent | Tok::Dedent) => self.invalid(),
                        Ok(_) => self.err_tok("'in' expected after for-loop variables", self.i),
                    });
                }
            };
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If) {
                ifs.push(self.disjunction()?);
            }
            if is_async {
                self.check_version(6, "Async comprehensions are", None);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
            if !(self.at(Tok::For) || self.at(Tok::Async) && self.nth(1) == Tok::For) {
                break;
            }
        }
        Ok(gens)
    }

    /// CPython's `invalid_for_if_clause`: after `for`, expressions that
    /// are not followed by `in`. None (and nothing consumed) otherwise.
    fn in_expected_error(&mut self) -> Option<PError> {
        let (i, depth, clevel, fur) = (self.i, self.depth, self.clevel, self.furthest.get());
        // bitwise_or (',' bitwise_or)* [','] !'in'
        let ok = self.bitwise_or().is_ok();
        while ok && self.at(Tok::Comma) {
            let comma = self.i;
            self.bump();
            if !self.starts_expr() {
                break;
            }
            if self.bitwise_or().is_err() {
                self.i = comma + 1;
                break;
            }
        }
        let r = if ok && !matches!(self.kind(), Tok::In | Tok::Error | Tok::Indent | Tok::Dedent) {
            // At the last token CPython's parser read.
            let last = self.furthest.get().max(self.i).min(self.toks.len() - 1);
            let last = if matches!(self.toks[last].kind, Tok::Error | Tok::EndMarker) { self.i } else { last };
            Some(self.err_tok("'in' expected after for-loop variables", last))
        } else {
            None
        };
        self.i = i;
        self.depth = depth;
        self.clevel = clevel;
        if r.is_none() {
            self.furthest.set(fur);
        }
        r
    }

    /// CPython's `invalid_for_target`: the targets after `for` (token
    /// `from`) read as expressions, the left side of an `in` comparison,
    /// name an expression that cannot be assigned to. None otherwise.
    pub fn for_target_error(&mut self, from: usize) -> Option<PError> {
        let (i, depth, clevel, fur) = (self.i, self.depth, self.clevel, self.furthest.get());
        self.i = from;
        let r = self.star_expressions();
        self.i = i;
        self.depth = depth;
        self.clevel = clevel;
        self.furthest.set(fur);
        let e = r.ok()?;
        let mut bad = invalid_for_target(&e)?.clone();
        match self.set_ctx(&mut bad, ExprContext::Store, CtxUse::Other) {
            Err(err) if err.msg.starts_with("cannot assign to") => Some(err),
            _ => None,
        }
    }

    pub fn yield_expr(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.bump();
        if self.eat(Tok::From) {
            let v = self.expression()?;
            return Ok(mk(ExprKind::YieldFrom { value: Box::new(v) }, self.loc_from(s)));
        }
        let value = if self.starts_expr() { Some(Box::new(self.cnest(2, 0, |p| p.star_expressions())?)) } else { None };
        Ok(mk(ExprKind::Yield { value }, self.loc_from(s)))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let s = self.start();
        let t = *self.tok();
        let node = match t.kind {
            Tok::Name => {
                self.bump();
                ExprKind::Name { id: crate::ident::normalize(self.text(&t)).into_owned(), ctx: ExprContext::Load }
            }
            Tok::Number => {
                self.bump();
                let value = crate::strings::parse_number(self.text(&t));
                ExprKind::Constant { value, kind: None }
            }
            Tok::String | Tok::FStringStart => return self.strings(),
            Tok::True => {
                self.bump();
                ExprKind::Constant { value: Constant::True {}, kind: None }
            }
            Tok::False => {
                self.bump();
                ExprKind::Constant { value: Constant::False {}, kind: None }
            }
            Tok::None => {
                self.bump();
                ExprKind::Constant { value: Constant::None {}, kind: None }
            }
            Tok::Ellipsis => {
                self.bump();
                ExprKind::Constant { value: Constant::Ellipsis {}, kind: None }
            }
            // Brackets: the cost of the outermost one in CPython's parser.
            Tok::LPar => return self.cbracket(Br::Paren, |p| p.paren()),
            Tok::LSqb => return self.cbracket(Br::List, |p| p.list()),
            Tok::LBrace => return self.cbracket(Br::Brace, |p| p.dict_or_set()),
            _ => return Err(self.invalid()),
        };
        Ok(mk(node, self.loc_from(s)))
    }

    fn paren(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.bump();
        if self.eat(Tok::RPar) {
            return Ok(mk(ExprKind::Tuple { elts: vec![], ctx: ExprContext::Load }, self.loc_from(s)));
        }
        if self.at(Tok::Yield) {
            let e = self.yield_expr()?;
            self.expect(Tok::RPar)?;
            return Ok(e);
        }
        if self.at(Tok::Star) && matches!(self.nth(1), Tok::RPar | Tok::Comma) {
            self.bump();
            return Err(self.err_tok("Invalid star expression", self.i));
        }
        let first = self.star_named_expression()?;
        if self.at(Tok::For) || self.at(Tok::Async) && self.nth(1) == Tok::For {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Err(self.err_loc("iterable unpacking cannot be used in comprehension", &first.loc));
            }
            let generators = self.comp_for()?;
            self.close(Tok::RPar)?;
            return Ok(mk(ExprKind::GeneratorExp { elt: Box::new(first), generators }, self.loc_from(s)));
        }
        if self.at(Tok::RPar) {
            self.bump();
            if let ExprKind::Starred { .. } = first.node {
                return Err(self.err_loc("cannot use starred expression here", &first.loc));
            }
            return Ok(first);
        }
        if !self.at(Tok::Comma) {
            if matches!(first.node, ExprKind::NamedExpr { .. }) || !self.at(Tok::Equal) {
                return Err(self.elements_error(&first));
            }
            return Err(self.elements_error(&first));
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.at(Tok::RPar) {
                break;
            }
            elts.push(self.cnest(1, 0, |p| p.star_named_expression())?);
            if !self.at(Tok::Comma) && !self.at(Tok::RPar) {
                let last = elts[elts.len() - 1].loc;
                return Err(self.elements_error_loc(&last));
            }
        }
        self.expect(Tok::RPar)?;
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(s)))
    }

    /// The closing bracket after a comprehension. Its clauses end with a
    /// disjunction, which CPython never checks for a forgotten comma.
    fn close(&mut self, k: Tok) -> PResult<()> {
        if self.eat(k) {
            return Ok(());
        }
        Err(self.invalid())
    }

    fn elements_error(&mut self, last: &Expr) -> PError {
        self.elements_error_loc(&last.loc)
    }

    /// After an element of a display, something other than ',' or the closing bracket.
    fn elements_error_loc(&mut self, last: &Loc) -> PError {
        if self.starts_expr() && !matches!(self.kind(), Tok::Star | Tok::Not | Tok::Lambda | Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Await | Tok::Yield) {
            return self.forgot_comma(last);
        }
        self.invalid()
    }

    fn list(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.bump();
        if self.eat(Tok::RSqb) {
            return Ok(mk(ExprKind::List { elts: vec![], ctx: ExprContext::Load }, self.loc_from(s)));
        }
        if self.at(Tok::Star) && matches!(self.nth(1), Tok::RSqb | Tok::Comma) {
            self.bump();
            return Err(self.err_tok("Invalid star expression", self.i));
        }
        let first = self.star_named_expression()?;
        if self.at(Tok::For) || self.at(Tok::Async) && self.nth(1) == Tok::For {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Err(self.err_loc("iterable unpacking cannot be used in comprehension", &first.loc));
            }
            let generators = self.comp_for()?;
            self.close(Tok::RSqb)?;
            return Ok(mk(ExprKind::ListComp { elt: Box::new(first), generators }, self.loc_from(s)));
        }
        let mut elts = vec![first];
        loop {
            if self.eat(Tok::RSqb) {
                break;
            }
            if !self.eat(Tok::Comma) {
                if let Some(e) = self.comp_target_error(&elts) {
                    return Err(e);
                }
                let last = elts[elts.len() - 1].loc;
                return Err(self.elements_error_loc(&last));
            }
            if self.eat(Tok::RSqb) {
                break;
            }
            elts.push(self.cnest(1, 0, |p| p.star_named_expression())?);
        }
        Ok(mk(ExprKind::List { elts, ctx: ExprContext::Load }, self.loc_from(s)))
    }

    fn dict_or_set(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.bump();
        if self.eat(Tok::RBrace) {
            return Ok(mk(ExprKind::Dict { keys: vec![], values: vec![] }, self.loc_from(s)));
        }
        // First element decides: `**x` or `k: v` makes a dict.
        if self.at(Tok::DoubleStar) {
            let (save, star) = (self.i, self.i);
            self.bump();
            let unpack_comp = self.bitwise_or().is_ok() && self.at(Tok::For);
            self.i = save;
            if unpack_comp {
                return Err(self.err_tok("dict unpacking cannot be used in dict comprehension", star));
            }
            return self.dict_rest(s, None);
        }
        if self.at(Tok::Star) && matches!(self.nth(1), Tok::RBrace | Tok::Comma) {
            self.bump();
            return Err(self.err_tok("Invalid star expression", self.i));
        }
        let first = self.star_named_expression()?;
        if self.at(Tok::Colon) {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Err(self.invalid());
            }
            self.bump();
            if self.at(Tok::RBrace) || self.at(Tok::Comma) {
                return Err(self.err_tok("expression expected after dictionary key and ':'", self.i - 1));
            }
            let value = self.dict_value()?;
            if self.at(Tok::For) || self.at(Tok::Async) && self.nth(1) == Tok::For {
                let generators = self.comp_for()?;
                self.close(Tok::RBrace)?;
                return Ok(mk(ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators }, self.loc_from(s)));
            }
            return self.dict_rest(s, Some((first, value)));
        }
        if self.at(Tok::For) || self.at(Tok::Async) && self.nth(1) == Tok::For {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Err(self.err_loc("iterable unpacking cannot be used in comprehension", &first.loc));
            }
            let generators = self.comp_for()?;
            self.close(Tok::RBrace)?;
            return Ok(mk(ExprKind::SetComp { elt: Box::new(first), generators }, self.loc_from(s)));
        }
        let mut elts = vec![first];
        loop {
            if self.eat(Tok::RBrace) {
                break;
            }
            if !self.eat(Tok::Comma) {
                if let Some(e) = self.comp_target_error(&elts) {
                    return Err(e);
                }
                let last = elts[elts.len() - 1].loc;
                return Err(self.elements_error_loc(&last));
            }
            if self.eat(Tok::RBrace) {
                break;
            }
            elts.push(self.cnest(1, 0, |p| p.star_named_expression())?);
        }
        Ok(mk(ExprKind::Set { elts }, self.loc_from(s)))
    }

    fn dict_rest(&mut self, s: Pos, first: Option<(Expr, Expr)>) -> PResult<Expr> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut have_first = false;
        if let Some((k, v)) = first {
            keys.push(Some(k));
            values.push(v);
            have_first = true;
        }
        loop {
            if have_first {
                if self.eat(Tok::RBrace) {
                    break;
                }
                if !self.eat(Tok::Comma) {
                    // After `**mapping` (a bitwise_or, not an expression)
                    // CPython sees no missing comma.
                    if keys.last().is_some_and(|k| k.is_none()) && !self.at(Tok::Error) {
                        return Err(self.invalid());
                    }
                    let last = values[values.len() - 1].loc;
                    return Err(self.elements_error_loc(&last));
                }
                if self.eat(Tok::RBrace) {
                    break;
                }
            }
            have_first = true;
            // Items after the first are one call deeper in CPython's parser.
            let cost = u32::from(!keys.is_empty());
            self.cpush(cost)?;
            let r = self.dict_item(&mut keys, &mut values);
            self.cpop(cost);
            r?;
        }
        Ok(mk(ExprKind::Dict { keys, values }, self.loc_from(s)))
    }

    /// A dict key from token `start` failed to parse: the longest
    /// expression from there that does parse (as CPython's ordered choice
    /// backtracks to) makes "':' expected after dictionary key". None when
    /// nothing parses or the parse reached a tokenizer error.
    fn kvpair_prefix(&mut self, start: usize) -> Option<PError> {
        let fur = self.furthest.get().min(self.toks.len() - 1);
        if self.toks[fur].kind == Tok::Error {
            return None;
        }
        self.longest_prefix(start, fur, Self::expression).map(|(k, _)| colon_expected(&k))
    }

    /// The longest run of tokens from `start` (ending at most at `fur`)
    /// that `rule` parses whole, and the index of the token after it: what
    /// CPython's ordered choice backtracks to when the rule fails further on.
    pub(crate) fn longest_prefix(&mut self, start: usize, fur: usize, rule: fn(&mut Self) -> PResult<Expr>) -> Option<(Expr, usize)> {
        for j in (start + 1..=fur.min(self.toks.len() - 1)).rev().take(64) {
            // A NEWLINE cannot continue an expression nor close a bracket.
            let kind = std::mem::replace(&mut self.toks[j].kind, Tok::Newline);
            let r = self.second_pass(|p| {
                p.i = start;
                match rule(p) {
                    Ok(k) if p.i == j => Some(k),
                    _ => None,
                }
            });
            self.toks[j].kind = kind;
            if let Some(k) = r {
                return Some((k, j));
            }
        }
        None
    }

    /// One `key: value` or `**mapping` of a dict display.
    fn dict_item(&mut self, keys: &mut Vec<Option<Expr>>, values: &mut Vec<Expr>) -> PResult<()> {
        if self.eat(Tok::DoubleStar) {
            keys.push(None);
            values.push(self.bitwise_or()?);
            return Ok(());
        }
        let start = self.i;
        let k = match self.expression() {
            Ok(k) => k,
            // After a valid pair, CPython's invalid_kvpair takes the
            // expression its backtracking finds before the failure.
            // Errors raised by rules' actions (a bytes and str literal
            // mixed...) came in CPython's first pass and stand.
            Err(e) if !keys.is_empty() && is_second_pass_error(&e) => return Err(self.kvpair_prefix(start).unwrap_or(e)),
            Err(e) => return Err(e),
        };
        if !self.at(Tok::Colon) {
            // After a valid pair any token but ':' (invalid_kvpair); a
            // first key only before '}' or ','.
            if self.at(Tok::RBrace) || self.at(Tok::Comma) || !keys.is_empty() && !self.at(Tok::Error) {
                return Err(colon_expected(&k));
            }
            return Err(self.invalid());
        }
        self.bump();
        if self.at(Tok::RBrace) || self.at(Tok::Comma) {
            return Err(self.err_tok("expression expected after dictionary key and ':'", self.i - 1));
        }
        keys.push(Some(k));
        values.push(self.dict_value()?);
        Ok(())
    }

    /// A dictionary value; `*x` there is CPython's "cannot use a starred
    /// expression in a dictionary value".
    fn dict_value(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            let s = self.start();
            self.bump();
            if self.bitwise_or().is_ok() {
                return Err(self.err_range("cannot use a starred expression in a dictionary value", s, self.prev_end()));
            }
            return Err(self.invalid());
        }
        self.expression()
    }

    /// `[a, b for x in y]`: the comprehension target needs parentheses.
    fn comp_target_error(&mut self, elts: &[Expr]) -> Option<PError> {
        if elts.len() < 2 || !(self.at(Tok::For) || self.at(Tok::Async) && self.nth(1) == Tok::For) {
            return None;
        }
        let (a, b) = (&elts[0].loc, &elts[elts.len() - 1].loc);
        Some(self.err_range("did you forget parentheses around the comprehension target?", start_of(a), end_of(b)))
    }

    // ----- targets ----------------------------------------------------------

    pub fn star_targets(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.star_target()?;
        if !self.at(Tok::Comma) {
            let mut f = first;
            self.set_ctx(&mut f, ExprContext::Store, CtxUse::Other)?;
            return Ok(f);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if matches!(self.kind(), Tok::In | Tok::Equal | Tok::RPar | Tok::RSqb | Tok::Colon | Tok::Newline) {
                break;
            }
            elts.push(self.star_target()?);
        }
        let mut t = mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(s));
        self.set_ctx(&mut t, ExprContext::Store, CtxUse::Other)?;
        Ok(t)
    }

    pub fn star_target(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            let s = self.start();
            self.bump();
            if self.at(Tok::Star) {
                return Err(self.invalid());
            }
            let v = self.star_target()?;
            return Ok(mk(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.loc_from(s)));
        }
        self.enter()?;
        let r = self.primary();
        self.leave();
        r
    }

    /// Sets Store/Del context on a target, checking it is assignable.
    pub fn set_ctx(&self, e: &mut Expr, ctx: ExprContext, why: CtxUse) -> PResult<()> {
        let start = (e.loc.lineno, e.loc.col_offset);
        let end = (e.loc.end_lineno, e.loc.end_col_offset);
        let is_tuple = matches!(e.node, ExprKind::Tuple { .. });
        match &mut e.node {
            ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => {
                *c = ctx;
                Ok(())
            }
            ExprKind::Starred { value, ctx: c } => {
                if why == CtxUse::Del {
                    return Err(self.err_loc("cannot delete starred", &e.loc));
                }
                *c = ctx;
                let inner = if let CtxUse::Assign { .. } = why { CtxUse::Assign { first_of_one: false } } else { why };
                self.set_ctx(value, ctx, inner)
            }
            ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
                *c = ctx;
                // An unparenthesized tuple's last element stands right before
                // the '=' (CPython's invalid_named_expression sees it there),
                // unless a trailing comma follows it.
                let bare = is_tuple
                    && elts.first().is_some_and(|f| (f.loc.lineno, f.loc.col_offset) == start)
                    && elts.last().is_some_and(|l| (l.loc.end_lineno, l.loc.end_col_offset) == end);
                let inner = if let CtxUse::Assign { .. } = why { CtxUse::Assign { first_of_one: false } } else { why };
                let n = elts.len();
                for (i, x) in elts.iter_mut().enumerate() {
                    let here = why == (CtxUse::Assign { first_of_one: true }) && bare && i + 1 == n;
                    self.set_ctx(x, ctx, if here { why } else { inner })?;
                }
                Ok(())
            }
            _ => {
                let what = expr_name(e);
                let msg = match why {
                    CtxUse::Del => format!("cannot delete {what}"),
                    CtxUse::Assign { first_of_one: true }
                        if matches!(
                            e.node,
                            ExprKind::Call { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::NamedExpr { .. } | ExprKind::Constant { .. } | ExprKind::Dict { .. } | ExprKind::Set { .. } | ExprKind::ListComp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } | ExprKind::JoinedStr { .. } | ExprKind::Await { .. } | ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
                        ) && !matches!(e.node, ExprKind::Constant { value: Constant::None {} | Constant::True {} | Constant::False {}, .. } | ExprKind::UnaryOp { op: UnaryOp::Not, .. }) =>
                    {
                        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                    }
                    _ => format!("cannot assign to {what}"),
                };
                Err(self.err_loc(msg, &e.loc))
            }
        }
    }
}

/// Index of the token before the current one.
fn last_tok(p: &Parser<'_>) -> usize {
    p.i.saturating_sub(1)
}

/// CPython's `starred_expression` (in calls and subscripts) ends with
/// `'*' { "Invalid star expression" }`: a generic failure after the star
/// gets that message, at the same place.
fn star_error(mut e: PError) -> PError {
    if e.msg == "invalid syntax" && e.kind == pyk_abi::component::SyntaxErrorKind::SyntaxError {
        e.msg = "Invalid star expression".to_string();
    }
    e
}

/// CPython's `_PyPegen_get_invalid_target` for `for` targets.
fn invalid_for_target(e: &Expr) -> Option<&Expr> {
    match &e.node {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(invalid_for_target),
        ExprKind::Starred { value, .. } => invalid_for_target(value),
        ExprKind::Compare { left, ops, .. } => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_for_target(left)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// "':' expected after dictionary key" after key `k`: CPython points at the
/// key's last character, with no end.
fn colon_expected(k: &Expr) -> PError {
    let mut e = PError::new("':' expected after dictionary key", k.loc.lineno, k.loc.end_col_offset.saturating_sub(1), k.loc.end_lineno, 0);
    e.end_raw = Some(0);
    e
}

/// Errors of the generic kind or from CPython's `invalid_*` rules, which
/// its second pass raises (and a rule that backtracks may never reach),
/// as opposed to errors its rules' actions raise while it reads.
fn is_second_pass_error(e: &PError) -> bool {
    e.msg == "invalid syntax"
        || e.msg.starts_with("invalid syntax. Perhaps you forgot a comma?")
        || e.msg == "'not' after an operator must be parenthesized"
        || e.msg == "expected 'else' after 'if' expression"
}
