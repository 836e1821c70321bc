//! `match` statements and patterns (PEP 634).

use crate::parser::{end_of, loc, mk, name_expr, start_of, PResult, Parser, Pos};
use crate::token::Tok;
use pyk_abi::ast::*;

fn pat(node: PatternKind, l: Loc) -> Pattern {
    Pattern { node, loc: l }
}

impl<'s> Parser<'s> {
    /// Parses a match statement if the tokens form one; otherwise rewinds
    /// and returns None (then `match` is an ordinary name).
    pub fn try_match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let (save, depth, clevel) = (self.i, self.depth, self.clevel);
        let fur = self.furthest.get();
        let s = self.start();
        self.bump(); // 'match'
        if !self.starts_expr() || matches!(self.kind(), Tok::Lambda | Tok::Not) && false {
            self.i = save;
            self.furthest.set(fur);
            return Ok(None);
        }
        let subject = match self.subject() {
            Ok(e) if self.at(Tok::Colon) => e,
            // CPython's second pass reports what its rules find in the subject.
            Err(e) if e.msg.contains("Maybe you meant") => return Err(e),
            Ok(_) if self.at(Tok::Newline) => {
                // `match x` NEWLINE: "expected ':'" if no simple statement
                // parses there either (CPython's second pass).
                let colon = self.err_tok("expected ':'", self.i);
                self.i = save;
                self.depth = depth;
                self.clevel = clevel;
                self.match_no_colon = Some(colon);
                return Ok(None);
            }
            _ => {
                // The tokens read stay read (CPython's generic error points
                // at the furthest token).
                self.i = save;
                self.depth = depth;
                self.clevel = clevel;
                return Ok(None);
            }
        };
        self.bump(); // ':'
        if !self.eat(Tok::Newline) {
            return Err(self.invalid());
        }
        if !self.at(Tok::Indent) {
            let msg = format!("expected an indented block after 'match' statement on line {}", s.line);
            return Err(self.expected_block(msg));
        }
        self.bump();
        let mut cases = Vec::new();
        while !self.at(Tok::Dedent) && !self.at(Tok::EndMarker) {
            if !self.at_soft("case") {
                return Err(self.invalid());
            }
            cases.push(self.case_block()?);
        }
        let dedent = self.eat(Tok::Dedent).then(|| self.i - 1);
        self.check_version(10, "Pattern matching is", dedent);
        let end = self.last_end(&[]);
        Ok(Some(Stmt { node: StmtKind::Match { subject: Box::new(subject), cases }, loc: loc(s, end) }))
    }

    fn subject(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.star_named_expression()?;
        if !self.at(Tok::Comma) {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.at(Tok::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(s)))
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let cs = self.start();
        self.bump(); // 'case'
        let pattern = self.patterns()?;
        let guard = if self.eat(Tok::If) { Some(self.named_expression()?) } else { None };
        self.expect_msg(Tok::Colon, ":")?;
        let body = self.block("'case' statement", cs.line)?;
        Ok(MatchCase { pattern, guard, body })
    }

    fn patterns(&mut self) -> PResult<Pattern> {
        let s = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at(Tok::Comma) {
            if matches!(first.node, PatternKind::MatchStar { .. }) {
                return Ok(pat(PatternKind::MatchSequence { patterns: vec![first] }, self.loc_from(s)));
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::Comma) {
            if self.at(Tok::Colon) || self.at(Tok::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(pat(PatternKind::MatchSequence { patterns }, self.loc_from(s)))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at(Tok::Star) {
            let s = self.start();
            self.bump();
            let name = self.name()?;
            let name = if name == "_" { None } else { Some(name) };
            return Ok(pat(PatternKind::MatchStar { name }, self.loc_from(s)));
        }
        self.pattern()
    }

    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let s = self.start();
        let first = self.closed_pattern()?;
        let mut p = if self.at(Tok::VBar) {
            let mut patterns = vec![first];
            while self.eat(Tok::VBar) {
                patterns.push(self.closed_pattern()?);
            }
            pat(PatternKind::MatchOr { patterns }, self.loc_from(s))
        } else {
            first
        };
        if self.eat(Tok::As) {
            if !self.at(Tok::Name) {
                // CPython points at the whole expression after 'as'.
                let i = self.i;
                if let Ok(e) = self.expression() {
                    return Err(self.err_loc("invalid pattern target", &e.loc));
                }
                self.i = i;
                return Err(self.err_tok("invalid pattern target", self.i));
            }
            let name = self.name()?;
            if name == "_" {
                return Err(self.err_tok("cannot use '_' as a target", self.i - 1));
            }
            p = pat(PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(name) }, self.loc_from(s));
        }
        Ok(p)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let s = self.start();
        match self.kind() {
            Tok::Number | Tok::Minus => {
                let v = self.signed_or_complex()?;
                Ok(pat(PatternKind::MatchValue { value: Box::new(v) }, self.loc_from(s)))
            }
            Tok::String | Tok::FStringStart => {
                let v = self.strings()?;
                if matches!(v.node, ExprKind::JoinedStr { .. }) {
                    return Err(self.err_loc("patterns may only match literals and attribute lookups", &v.loc));
                }
                Ok(pat(PatternKind::MatchValue { value: Box::new(v) }, self.loc_from(s)))
            }
            Tok::None | Tok::True | Tok::False => {
                let value = match self.kind() {
                    Tok::None => Constant::None {},
                    Tok::True => Constant::True {},
                    _ => Constant::False {},
                };
                self.bump();
                Ok(pat(PatternKind::MatchSingleton { value }, self.loc_from(s)))
            }
            Tok::LPar => {
                self.bump();
                if self.eat(Tok::RPar) {
                    return Ok(pat(PatternKind::MatchSequence { patterns: vec![] }, self.loc_from(s)));
                }
                let first = self.maybe_star_pattern()?;
                if self.at(Tok::RPar) && matches!(first.node, PatternKind::MatchStar { .. }) {
                    // `(*x)` is no group (a one-item sequence needs the comma)
                    return Err(self.invalid());
                }
                if self.eat(Tok::RPar) {
                    // A group pattern keeps the inner pattern's position.
                    return Ok(first);
                }
                let mut patterns = vec![first];
                while self.eat(Tok::Comma) {
                    if self.at(Tok::RPar) {
                        break;
                    }
                    patterns.push(self.maybe_star_pattern()?);
                }
                self.expect(Tok::RPar)?;
                Ok(pat(PatternKind::MatchSequence { patterns }, self.loc_from(s)))
            }
            Tok::LSqb => {
                self.bump();
                let mut patterns = Vec::new();
                while !self.at(Tok::RSqb) {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                self.expect(Tok::RSqb)?;
                Ok(pat(PatternKind::MatchSequence { patterns }, self.loc_from(s)))
            }
            Tok::LBrace => self.mapping_pattern(),
            Tok::Name => {
                let n = self.name()?;
                if !self.at(Tok::Dot) && !self.at(Tok::LPar) {
                    if n == "_" {
                        return Ok(pat(PatternKind::MatchAs { pattern: None, name: None }, self.loc_from(s)));
                    }
                    return Ok(pat(PatternKind::MatchAs { pattern: None, name: Some(n) }, self.loc_from(s)));
                }
                let mut e = name_expr(n, ExprContext::Load, self.loc_from(s));
                while self.eat(Tok::Dot) {
                    let attr = self.name()?;
                    e = mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, self.loc_from(s));
                }
                if self.at(Tok::LPar) {
                    return self.class_pattern(s, e);
                }
                Ok(pat(PatternKind::MatchValue { value: Box::new(e) }, self.loc_from(s)))
            }
            _ => Err(self.invalid()),
        }
    }

    /// `NUMBER`, `-NUMBER`, or `real ± imag` as an expression.
    fn signed_or_complex(&mut self) -> PResult<Expr> {
        let s = self.start();
        let real = self.signed_number()?;
        if matches!(self.kind(), Tok::Plus | Tok::Minus) {
            // CPython checks the real part as soon as it reads it.
            let number = match &real.node {
                ExprKind::UnaryOp { operand, .. } => operand.as_ref(),
                _ => &real,
            };
            if matches!(number.node, ExprKind::Constant { value: Constant::Complex { .. }, .. }) {
                return Err(self.err_loc("real number required in complex literal", &number.loc));
            }
            let op = if self.at(Tok::Plus) { Operator::Add } else { Operator::Sub };
            self.bump();
            let is = self.start();
            if !self.at(Tok::Number) {
                return Err(self.invalid());
            }
            let t = *self.tok();
            self.bump();
            let value = crate::strings::parse_number(self.text(&t));
            if !matches!(value, Constant::Complex { .. }) {
                return Err(self.err_range("imaginary number required in complex literal", is, self.prev_end()));
            }
            let right = mk(ExprKind::Constant { value, kind: None }, self.loc_from(is));
            return Ok(mk(ExprKind::BinOp { left: Box::new(real), op, right: Box::new(right) }, self.loc_from(s)));
        }
        Ok(real)
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let s = self.start();
        let neg = self.eat(Tok::Minus);
        if !self.at(Tok::Number) {
            return Err(self.invalid());
        }
        let t = *self.tok();
        let ns = self.start();
        self.bump();
        let value = crate::strings::parse_number(self.text(&t));
        let c = mk(ExprKind::Constant { value, kind: None }, self.loc_from(ns));
        if neg {
            return Ok(mk(ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(c) }, self.loc_from(s)));
        }
        Ok(c)
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let s = self.start();
        self.bump(); // '{'
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(Tok::RBrace) {
            if self.eat(Tok::DoubleStar) {
                // `**_` is not a capture target.
                if self.at_soft("_") {
                    return Err(self.invalid());
                }
                rest = Some(self.name()?);
                self.eat(Tok::Comma);
                break;
            }
            let ks = self.start();
            let key = match self.kind() {
                Tok::Number | Tok::Minus => self.signed_or_complex()?,
                Tok::String | Tok::FStringStart => self.strings()?,
                Tok::None | Tok::True | Tok::False => {
                    let value = match self.kind() {
                        Tok::None => Constant::None {},
                        Tok::True => Constant::True {},
                        _ => Constant::False {},
                    };
                    self.bump();
                    mk(ExprKind::Constant { value, kind: None }, self.loc_from(ks))
                }
                Tok::Name => {
                    let n = self.name()?;
                    let mut e = name_expr(n, ExprContext::Load, self.loc_from(ks));
                    if !self.at(Tok::Dot) {
                        return Err(self.invalid());
                    }
                    while self.eat(Tok::Dot) {
                        let attr = self.name()?;
                        e = mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, self.loc_from(ks));
                    }
                    e
                }
                _ => return Err(self.invalid()),
            };
            self.expect(Tok::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RBrace)?;
        Ok(pat(PatternKind::MatchMapping { keys, patterns, rest }, self.loc_from(s)))
    }

    fn class_pattern(&mut self, s: Pos, cls: Expr) -> PResult<Pattern> {
        self.bump(); // '('
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(Tok::RPar) {
            if self.at(Tok::Name) && self.nth(1) == Tok::Equal {
                kwd_attrs.push(self.name()?);
                self.bump();
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    // CPython's rule takes all the positional patterns that
                    // follow (reading past a final ',' meets a tokenizer error
                    // first) and spans them.
                    let mut last = p.loc;
                    while self.eat(Tok::Comma) {
                        if self.at(Tok::Error) {
                            return Err(self.invalid());
                        }
                        if self.at(Tok::RPar) || self.at(Tok::Name) && self.nth(1) == Tok::Equal {
                            break;
                        }
                        let i = self.i;
                        match self.pattern() {
                            Ok(q) => last = q.loc,
                            Err(_) => {
                                self.i = i;
                                break;
                            }
                        }
                    }
                    return Err(self.err_range("positional patterns follow keyword patterns", start_of(&p.loc), end_of(&last)));
                }
                patterns.push(p);
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RPar)?;
        let _ = start_of;
        Ok(pat(PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }, self.loc_from(s)))
    }
}
