//! The recursive-descent parser: tokens to `pyk_abi::ast` nodes.
//!
//! Vocabulary (as in Ruff's parser): `at` tests the current token, `eat`
//! consumes it if it matches, `expect` consumes it or fails, `bump` consumes
//! unconditionally, `nth` looks ahead. Speculation saves `self.i` and
//! restores it. Every loop either consumes a token or exits; `progress`
//! asserts that in debug builds.
//!
//! Statement rules live here; expressions in `expr.rs`; match patterns in
//! `pattern.rs`; literals in `strings.rs`.

use crate::error::{PError, END_MINUS_ONE};
use crate::lexer::Lexed;
use crate::token::{Tok, Token};
use pyk_abi::ast::*;
use pyk_abi::component::{Mode, SyntaxErrorKind};
use std::cell::Cell;

pub type PResult<T> = Result<T, PError>;

/// Deepest tree (in levels) the parser builds. The parser's own recursion
/// stops earlier, at CPython's limit (`CPY_LEVEL_LIMIT`, brackets and
/// indentation levels); what reaches this backstop are left-associative
/// chains (`x+x+…`, `a.b.b…`), which CPython's parser builds iteratively
/// and its compiler refuses from 10,000 levels — as pyk's does. It bounds
/// the stack that encoding and dropping the tree need.
pub const MAX_DEPTH: u32 = 200_000;

/// CPython's parser raises MemoryError ("Parser stack overflowed - Python
/// source too complex to parse") when its rules nest 6000 calls deep.
/// `Parser::clevel` estimates that nesting from the constructs that nest
/// without brackets (unary operators and `not`: 1 each, `**` and `lambda`:
/// 2, a conditional's `else`: 1), brackets (their measured cost) and
/// blocks (6), over the 32 calls from a statement to its innermost atom:
/// calibrated on CPython 3.13 so that such chains at statement level
/// overflow at exactly CPython's length; elsewhere within a few calls.
pub const CPY_LEVEL_LIMIT: u32 = 6000 - 32;
/// Kinds of brackets, for their cost in CPython's parser.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Br {
    Paren,
    List,
    Brace,
    Call,
    Subscript,
    Field,
}

/// The minor version of the language this parser reads (3.13).
pub const CURRENT_MINOR: u32 = 13;

pub const STACK_OVERFLOW_MSG: &str = "Parser stack overflowed - Python source too complex to parse";

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

pub struct Parser<'s> {
    pub src: &'s str,
    pub toks: Vec<Token>,
    pub line_starts: Vec<u32>,
    pub i: usize,
    pub furthest: Cell<usize>,
    /// The furthest token read by second-pass checks (`second_pass`): it
    /// decides which tokenizer errors are reached, not where a generic
    /// "invalid syntax" points (CPython takes that from its first pass).
    pub reach: usize,
    pub depth: u32,
    /// Deepest `depth` reached; deep inputs get their encoded tree checked.
    pub max_depth: u32,
    /// Estimated nesting of CPython's parser here (see `CPY_LEVEL_LIMIT`).
    pub clevel: u32,
    /// Levels CPython's start rule saves against a file's (`eval` input
    /// reaches its expression 6 calls sooner, `single` 2).
    pub clevel_start: u32,
    /// The estimate went past CPython's limit: the parse is a MemoryError.
    pub overflowed: bool,
    /// Brackets open around the current point, and the kind of the outermost.
    pub brackets: u32,
    pub outer_bracket: Option<Br>,
    pub lex_error: Option<PError>,
    /// The lexer's error is "bracket never closed" at end of input.
    pub lex_error_is_eof: bool,
    /// The lexer's error is end of input right after a line continuation.
    pub lex_error_after_continuation: bool,
    pub lex_error_in_fstring: bool,
    /// A `match` statement lacked only its ':' (see `try_match_stmt`).
    pub match_no_colon: Option<PError>,
    pub type_ignores: Vec<(u32, String)>,
    /// SyntaxWarnings found so far (lexer's, then string literals'); a
    /// literal read twice by backtracking is recorded once.
    pub warnings: std::cell::RefCell<Vec<(usize, PError)>>,
    /// `ast.parse(..., feature_version=(3, N))`: N (13 when not asked).
    pub feature_version: u32,
    /// The first construct newer than `feature_version` the parser
    /// completed: CPython raises it from the rule's action, before any
    /// later error (see `check_version`).
    pub version_error: std::cell::RefCell<Option<PError>>,
}

pub fn loc(s: Pos, e: Pos) -> Loc {
    Loc { lineno: s.line, col_offset: s.col, end_lineno: e.line, end_col_offset: e.col }
}

pub fn start_of(l: &Loc) -> Pos {
    Pos { line: l.lineno, col: l.col_offset }
}

pub fn end_of(l: &Loc) -> Pos {
    Pos { line: l.end_lineno, col: l.end_col_offset }
}

pub fn mk(node: ExprKind, l: Loc) -> Expr {
    Expr { node, loc: l }
}

pub fn name_expr(id: String, ctx: ExprContext, l: Loc) -> Expr {
    Expr { node: ExprKind::Name { id, ctx }, loc: l }
}

/// The error for single-mode input holding more than one statement.
const MULTIPLE_STATEMENTS: &str = "multiple statements found while compiling a single statement";

impl<'s> Parser<'s> {
    pub fn new(src: &'s str, lexed: Lexed) -> Parser<'s> {
        let lex_error_is_eof = lexed.eof_in_brackets();
        let lex_error_after_continuation = matches!(lexed.eof, Some(crate::lexer::EofCase::AfterContinuation { .. }));
        Parser {
            src,
            toks: lexed.tokens,
            line_starts: lexed.line_starts,
            i: 0,
            furthest: Cell::new(0),
            reach: 0,
            depth: 0,
            max_depth: 0,
            clevel: 0,
            clevel_start: 0,
            overflowed: false,
            brackets: 0,
            outer_bracket: None,
            lex_error: lexed.error,
            lex_error_is_eof,
            lex_error_after_continuation,
            lex_error_in_fstring: lexed.error_in_fstring,
            match_no_colon: None,
            type_ignores: lexed.type_ignores,
            warnings: std::cell::RefCell::new(lexed.warnings.into_iter().map(|w| (usize::MAX, w)).collect()),
            feature_version: CURRENT_MINOR,
            version_error: std::cell::RefCell::new(None),
        }
    }

    // ----- token vocabulary -------------------------------------------------

    #[inline]
    pub fn tok(&self) -> &Token {
        &self.toks[self.i.min(self.toks.len() - 1)]
    }

    #[inline]
    pub fn kind(&self) -> Tok {
        self.tok().kind
    }

    #[inline]
    pub fn at(&self, k: Tok) -> bool {
        self.kind() == k
    }

    pub fn nth(&self, n: usize) -> Tok {
        let j = (self.i + n).min(self.toks.len() - 1);
        if j > self.furthest.get() {
            self.furthest.set(j);
        }
        self.toks[j].kind
    }

    #[inline]
    pub fn bump(&mut self) {
        if self.i < self.toks.len() - 1 {
            self.i += 1;
            if self.i > self.furthest.get() {
                self.furthest.set(self.i);
            }
        }
    }

    #[inline]
    pub fn eat(&mut self, k: Tok) -> bool {
        if self.at(k) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub fn expect(&mut self, k: Tok) -> PResult<()> {
        if self.eat(k) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    /// Expects `k`, or fails with "expected 'x'" at the previous token's end
    /// as CPython does for a missing ':' or similar.
    pub fn expect_msg(&mut self, k: Tok, what: &str) -> PResult<()> {
        if self.eat(k) {
            return Ok(());
        }
        if !(self.at(Tok::Newline) || self.at(Tok::EndMarker)) || what != ":" && what != "(" {
            if what == "(" && !self.at(Tok::Error) {
                return Err(self.err_tok("expected '('", self.i));
            }
            return Err(self.invalid());
        }
        let t = *self.tok();
        let s = self.pos_of(t.start, t.sline);
        // A NEWLINE after a comment spans the comment too.
        let end = if t.kind == Tok::Newline { self.pos_of(t.end, t.eline).col.max(s.col + 1) } else { s.col + 1 };
        Err(PError::new(format!("expected '{what}'"), s.line, s.col, s.line, end))
    }

    /// A forced token (`&&':'` in CPython's grammar): "expected ':'" at
    /// whatever token stands there.
    pub fn expect_forced(&mut self, k: Tok, what: &str) -> PResult<()> {
        if self.eat(k) {
            return Ok(());
        }
        if matches!(self.kind(), Tok::Newline | Tok::EndMarker | Tok::Error | Tok::Indent | Tok::Dedent) {
            return self.expect_msg(k, what);
        }
        Err(self.err_tok(format!("expected '{what}'"), self.i))
    }

    pub fn text(&self, t: &Token) -> &'s str {
        &self.src[t.start as usize..t.end as usize]
    }

    pub fn cur_text(&self) -> &'s str {
        let t = *self.tok();
        self.text(&t)
    }

    pub fn at_soft(&self, word: &str) -> bool {
        self.at(Tok::Name) && self.cur_text() == word
    }

    pub fn pos_of(&self, off: u32, line: u32) -> Pos {
        let ls = self.line_starts[(line as usize - 1).min(self.line_starts.len() - 1)];
        Pos { line, col: off.saturating_sub(ls) }
    }

    /// Start of the current token.
    pub fn start(&self) -> Pos {
        let t = self.tok();
        self.pos_of(t.start, t.sline)
    }

    pub fn tok_start(&self, j: usize) -> Pos {
        let t = &self.toks[j];
        self.pos_of(t.start, t.sline)
    }

    pub fn tok_end(&self, j: usize) -> Pos {
        let t = &self.toks[j];
        self.pos_of(t.end, t.eline)
    }

    /// End of the previous token.
    pub fn prev_end(&self) -> Pos {
        if self.i == 0 {
            return Pos { line: 1, col: 0 };
        }
        self.tok_end(self.i - 1)
    }

    pub fn loc_from(&self, s: Pos) -> Loc {
        loc(s, self.prev_end())
    }

    pub fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        if self.depth > MAX_DEPTH {
            let p = self.start();
            let mut e = PError::new("maximum recursion depth exceeded during compilation", p.line, p.col, p.line, p.col);
            e.kind = SyntaxErrorKind::Recursion;
            return Err(e);
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Runs `f` `cost` levels deeper in CPython's parser (see
    /// `CPY_LEVEL_LIMIT`); `slack` raises the limit for constructs whose
    /// innermost atom CPython reaches in fewer calls.
    pub fn cnest<T>(&mut self, cost: u32, slack: u32, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.clevel += cost;
        let r = if self.clevel > CPY_LEVEL_LIMIT + slack + self.clevel_start {
            self.overflowed = true;
            Err(Self::stack_overflow())
        } else {
            f(self)
        };
        self.clevel = self.clevel.saturating_sub(cost);
        r
    }

    /// `cnest` split in two, for loops with early returns (an error ends
    /// the parse, and speculative parses restore `clevel` themselves).
    pub fn cpush(&mut self, cost: u32) -> PResult<()> {
        self.clevel += cost;
        if self.clevel > CPY_LEVEL_LIMIT + self.clevel_start {
            self.overflowed = true;
            return Err(Self::stack_overflow());
        }
        Ok(())
    }

    pub fn cpop(&mut self, cost: u32) {
        self.clevel = self.clevel.saturating_sub(cost);
    }

    /// A bracketed construct, at the cost CPython's parser pays for it
    /// (measured: the outermost bracket by kind, brackets inside brackets
    /// 24 to 29 calls, less right inside an outermost parenthesis, where
    /// CPython reuses what it memoized).
    pub fn cbracket<T>(&mut self, kind: Br, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let cost = match (self.brackets, self.outer_bracket, kind) {
            (0, _, Br::Paren) => 9,
            (0, _, Br::List | Br::Brace) => 10,
            (0, _, Br::Call | Br::Subscript) => 5,
            (0, _, Br::Field) => 14,
            (1, Some(Br::Paren), Br::Paren) => 1,
            (1, Some(Br::Paren), Br::List) => 2,
            (_, _, Br::List | Br::Brace) => 29,
            (_, _, Br::Call) => 24,
            _ => 28,
        };
        if self.brackets == 0 {
            self.outer_bracket = Some(kind);
        }
        self.brackets += 1;
        let r = self.cnest(cost, 0, f);
        self.brackets -= 1;
        r
    }

    /// Runs a check that CPython's second pass makes (an `invalid_*` rule
    /// reading ahead), then puts the parser back where it was.
    pub fn second_pass<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let (i, depth, clevel, fur) = (self.i, self.depth, self.clevel, self.furthest.get());
        let r = f(self);
        self.reach = self.reach.max(self.furthest.get());
        (self.i, self.depth, self.clevel) = (i, depth, clevel);
        self.furthest.set(fur);
        r
    }

    pub fn stack_overflow() -> PError {
        let mut e = PError::new(STACK_OVERFLOW_MSG, 0, 0, 0, 0);
        e.kind = SyntaxErrorKind::Memory;
        e
    }

    // ----- errors -----------------------------------------------------------

    /// CPython's `CHECK_VERSION`: a construct (`what`, "Assignment
    /// expressions are") that needs Python 3.`minor` was just completed.
    /// Under an older `feature_version` its error is recorded (the first
    /// one wins) at the last token CPython's parser had read then, which
    /// `furthest` tracks; `at` overrides that token where CPython's rule
    /// read less. The parse goes on: the error replaces its result.
    pub fn check_version(&self, minor: u32, what: &str, at: Option<usize>) {
        if self.feature_version >= minor || self.version_error.borrow().is_some() {
            return;
        }
        let j = at.unwrap_or_else(|| self.furthest.get().max(self.i.saturating_sub(1))).min(self.toks.len() - 1);
        let msg = format!("{what} only supported in Python 3.{minor} and greater");
        // A tokenizer error in the token CPython needed first comes first.
        let e = match &self.lex_error {
            Some(le) if self.toks[j].kind == Tok::Error => le.clone(),
            _ => self.err_at_read_token(msg, j),
        };
        *self.version_error.borrow_mut() = Some(e);
    }

    /// The recorded feature-version error as CPython reports it: after it,
    /// CPython's tokenizer reads the rest of the input, and an error it
    /// raises there directly (not an indentation error it only records,
    /// an unclosed bracket at the end, or one inside an f-string) wins.
    pub fn take_version_error(&self) -> Option<PError> {
        let e = self.version_error.borrow_mut().take()?;
        if let Some(le) = &self.lex_error {
            let indentation = le.recorded.is_some() || self.lex_error_after_continuation && !self.lex_error_is_eof;
            if !self.lex_error_is_eof && !indentation && !self.lex_error_in_fstring {
                return Some(le.clone());
            }
        }
        Some(e)
    }

    /// An error at token `j` placed as CPython's `RAISE_SYNTAX_ERROR` places
    /// it on the last token read: INDENT, DEDENT and ENDMARKER have no
    /// columns (at the end of input, where the tokenizer stands; elsewhere
    /// the indentation of the line's first token), end offset -1.
    pub fn err_at_read_token(&self, msg: String, j: usize) -> PError {
        let t = self.toks[j];
        if !matches!(t.kind, Tok::Dedent | Tok::EndMarker | Tok::Indent) {
            return self.err_tok(msg, j);
        }
        if self.toks[j..].iter().all(|t| matches!(t.kind, Tok::Dedent | Tok::EndMarker)) {
            return self.eof_error(msg, SyntaxErrorKind::SyntaxError);
        }
        // Mid-input, CPython's offset is the column where the next line's
        // first token starts (its indentation).
        let k = (j..self.toks.len()).find(|&k| !matches!(self.toks[k].kind, Tok::Dedent | Tok::Indent)).unwrap_or(j);
        let p = self.tok_start(k);
        let mut e = PError::new(msg, p.line, 0, p.line, 0);
        e.offset_raw = Some(p.col);
        e.end_raw = Some(END_MINUS_ONE);
        e
    }

    pub fn err_range(&self, msg: impl Into<String>, s: Pos, e: Pos) -> PError {
        PError::new(msg, s.line, s.col, e.line, e.col)
    }

    pub fn err_loc(&self, msg: impl Into<String>, l: &Loc) -> PError {
        PError::new(msg, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset)
    }

    /// Records a SyntaxWarning about token `src` located at token `at`
    /// (once per token and message: backtracking may read a token twice).
    pub fn warn_tok(&self, msg: String, src: usize, at: usize) {
        let w = self.err_tok(msg, at);
        let mut ws = self.warnings.borrow_mut();
        if !ws.iter().any(|(k, x)| *k == src && x.msg == w.msg) {
            ws.push((src, w));
        }
    }

    pub fn err_tok(&self, msg: impl Into<String>, j: usize) -> PError {
        let s = self.tok_start(j);
        let e = self.tok_end(j);
        PError::new(msg, s.line, s.col, e.line, e.col)
    }

    /// The generic error at the current token ("invalid syntax"), or the
    /// token-specific error CPython gives for INDENT, DEDENT and lexer errors.
    pub fn invalid(&self) -> PError {
        let t = *self.tok();
        match t.kind {
            Tok::Error => self.lex_error.clone().unwrap_or_else(|| self.err_tok("invalid syntax", self.i)),
            Tok::Indent => {
                let p = self.tok_end(self.i);
                let mut e = PError::new("unexpected indent", p.line, p.col.saturating_sub(1), p.line, 0);
                e.end_raw = Some(END_MINUS_ONE);
                e.kind = SyntaxErrorKind::IndentationError;
                e
            }
            Tok::Dedent if self.toks[self.i..].iter().all(|t| matches!(t.kind, Tok::Dedent | Tok::EndMarker)) => {
                self.eof_error("unexpected unindent", SyntaxErrorKind::IndentationError)
            }
            Tok::Dedent => {
                let p = self.tok_start(self.i);
                let mut e = PError::new("unexpected unindent", p.line, p.col, p.line, 0);
                e.end_raw = Some(END_MINUS_ONE);
                e.kind = SyntaxErrorKind::IndentationError;
                e
            }
            Tok::EndMarker => {
                // ENDMARKER has no column: CPython reports offset 0 on the last line.
                let mut e = self.eof_error("invalid syntax", SyntaxErrorKind::SyntaxError);
                e.offset_raw = Some(0);
                e.end_raw = Some(0);
                e.incomplete = true;
                e
            }
            _ => self.err_tok("invalid syntax", self.i.max(self.furthest.get()).min(self.toks.len() - 1)),
        }
    }

    // ----- top level --------------------------------------------------------

    pub fn parse_mod(&mut self, mode: Mode) -> PResult<Mod> {
        match mode {
            Mode::Exec => {
                let body = self.statements_until_end()?;
                let type_ignores = std::mem::take(&mut self.type_ignores).into_iter().map(|(lineno, tag)| TypeIgnore { lineno, tag }).collect();
                Ok(Mod::Module { body, type_ignores })
            }
            Mode::Eval => {
                while self.eat(Tok::Newline) {}
                let body = self.star_expressions()?;
                while self.eat(Tok::Newline) {}
                if !self.at(Tok::EndMarker) {
                    return Err(self.invalid());
                }
                Ok(Mod::Expression { body: Box::new(body) })
            }
            Mode::FuncType => {
                // `(argtypes) -> returns`, as for `# type:` function comments.
                self.expect(Tok::LPar)?;
                let mut argtypes = Vec::new();
                while !self.at(Tok::RPar) {
                    // `*T` and `**T` contribute the bare expression, as in CPython.
                    if self.at(Tok::Star) || self.at(Tok::DoubleStar) {
                        self.bump();
                    }
                    argtypes.push(self.expression()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                self.expect(Tok::RPar)?;
                self.expect(Tok::RArrow)?;
                let returns = Box::new(self.expression()?);
                while self.eat(Tok::Newline) {}
                if !self.at(Tok::EndMarker) {
                    return Err(self.invalid());
                }
                Ok(Mod::FunctionType { argtypes, returns })
            }
            Mode::Single => {
                // Nothing but blank lines and comments is no statement:
                // "invalid syntax", as CPython's `single_input` says.
                if self.at(Tok::EndMarker) || self.at(Tok::Newline) {
                    return Err(self.invalid());
                }
                let body = self.statement()?;
                while self.eat(Tok::Newline) {}
                if !self.at(Tok::EndMarker) {
                    // `statement_newline: compound_stmt NEWLINE`: what follows
                    // a block is a syntax error at that token; only simple
                    // statements that parsed are "multiple statements".
                    if self.at(Tok::Error) || body.iter().any(crate::is_compound) {
                        return Err(self.invalid());
                    }
                    // CPython reports it at the last token it read: the
                    // NEWLINE that ended the statement.
                    let s = self.tok_start(self.i.saturating_sub(1));
                    return Err(PError::new(MULTIPLE_STATEMENTS, s.line, s.col, s.line, s.col + 1));
                }
                Ok(Mod::Interactive { body })
            }
        }
    }

    fn statements_until_end(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.kind() {
                Tok::EndMarker => break,
                Tok::Newline => self.bump(),
                _ => {
                    let before = self.i;
                    let mut s = self.statement()?;
                    body.append(&mut s);
                    debug_assert!(self.i > before, "parser made no progress");
                }
            }
        }
        Ok(body)
    }

    /// One statement line: a compound statement or simple statements up to NEWLINE.
    pub fn statement(&mut self) -> PResult<Vec<Stmt>> {
        match self.kind() {
            Tok::Def | Tok::If | Tok::Class | Tok::With | Tok::For | Tok::Try | Tok::While | Tok::At | Tok::Async => {
                if self.at(Tok::Async) && !matches!(self.nth(1), Tok::Def | Tok::With | Tok::For) {
                    self.bump();
                    return Err(self.invalid());
                }
                Ok(vec![self.compound_stmt()?])
            }
            Tok::Name if self.at_soft("match") => {
                if let Some(m) = self.try_match_stmt()? {
                    return Ok(vec![m]);
                }
                let colon = self.match_no_colon.take();
                let r = self.simple_stmts();
                match (r, colon) {
                    (Err(e), Some(c)) if e.msg == "invalid syntax" => Err(c),
                    (r, _) => r,
                }
            }
            Tok::Indent => Err(self.invalid()),
            _ => self.simple_stmts(),
        }
    }

    fn simple_stmts(&mut self) -> PResult<Vec<Stmt>> {
        let mut v = Vec::with_capacity(1);
        loop {
            // A statement after ';' is 2 calls deeper in CPython's parser.
            let cost = if v.is_empty() { 0 } else { 2 };
            v.push(self.cnest(cost, 0, |p| p.simple_stmt())?);
            if self.eat(Tok::Semi) {
                if self.at(Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !self.eat(Tok::Newline) {
            let e = self.invalid();
            let ends_in_expression = matches!(
                v.last().map(|s| &s.node),
                Some(StmtKind::Assign { .. } | StmtKind::AugAssign { .. } | StmtKind::AnnAssign { .. } | StmtKind::Return { value: Some(_) } | StmtKind::Raise { exc: Some(_), .. } | StmtKind::Assert { .. })
            );
            let last = match v.last().map(|s| &s.node) {
                Some(StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } | StmtKind::Return { value: Some(value) }) => Some(value.as_ref().clone()),
                Some(StmtKind::AnnAssign { value: Some(value), .. } | StmtKind::Raise { exc: Some(value), cause: None }) => Some(value.as_ref().clone()),
                Some(StmtKind::Assert { test, msg }) => Some(msg.as_ref().unwrap_or(test).as_ref().clone()),
                _ => None,
            };
            if let Some(e) = last.filter(|_| self.starts_expr()).and_then(|x| self.if_without_else_after_names(&x)) {
                return Err(e);
            }
            if ends_in_expression && self.starts_expr() {
                // CPython's second pass reads the expression that follows
                // (a missing comma?), maybe reaching a tokenizer error.
                let found = self.second_pass(|p| {
                    let at = p.i;
                    let r = p.expression();
                    p.raised_after_expression(r, at)
                });
                return Err(found.unwrap_or(e));
            }
            return Err(e);
        }
        Ok(v)
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        let node = match self.kind() {
            Tok::Pass => {
                self.bump();
                StmtKind::Pass {}
            }
            Tok::Break => {
                self.bump();
                StmtKind::Break {}
            }
            Tok::Continue => {
                self.bump();
                StmtKind::Continue {}
            }
            Tok::Return => {
                self.bump();
                let value = if self.at_expr_end() { None } else { Some(Box::new(self.cnest(1, 0, |p| p.star_expressions())?)) };
                StmtKind::Return { value }
            }
            Tok::Raise => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if !self.at_expr_end() {
                    exc = Some(Box::new(self.expression()?));
                    if self.eat(Tok::From) {
                        cause = Some(Box::new(self.expression()?));
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Global | Tok::Nonlocal => {
                let global = self.at(Tok::Global);
                self.bump();
                let mut names = Vec::new();
                loop {
                    names.push(self.name()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                if global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            Tok::Del => {
                self.bump();
                let after = self.i;
                let targets = match self.cnest(5, 0, |p| p.del_targets()) {
                    Ok(t) if matches!(self.kind(), Tok::Semi | Tok::Newline | Tok::EndMarker) => t,
                    Ok(_) => return Err(self.del_target_error(after).unwrap_or_else(|| self.invalid())),
                    Err(e) if e.msg == "invalid syntax" => return Err(self.del_target_error(after).unwrap_or(e)),
                    Err(e) => return Err(e),
                };
                StmtKind::Delete { targets }
            }
            Tok::Assert => {
                self.bump();
                let test = Box::new(self.expression()?);
                let msg = if self.eat(Tok::Comma) { Some(Box::new(self.expression()?)) } else { None };
                StmtKind::Assert { test, msg }
            }
            Tok::Import => self.import_name()?,
            Tok::From => self.import_from()?,
            Tok::Name if self.at_soft("type") && self.nth(1) == Tok::Name && matches!(self.nth(2), Tok::Equal | Tok::LSqb) => {
                self.type_alias()?
            }
            _ => return self.expr_or_assign_stmt(),
        };
        Ok(Stmt { node, loc: self.loc_from(s) })
    }

    /// True at a token that cannot start an expression after `return`/`raise`.
    fn at_expr_end(&self) -> bool {
        matches!(self.kind(), Tok::Newline | Tok::Semi | Tok::EndMarker)
    }

    pub fn name(&mut self) -> PResult<String> {
        if self.at(Tok::Name) {
            let s = crate::ident::normalize(self.cur_text()).into_owned();
            self.bump();
            Ok(s)
        } else {
            Err(self.invalid())
        }
    }

    fn type_alias(&mut self) -> PResult<StmtKind> {
        self.bump(); // 'type'
        let s = self.start();
        let n = self.name()?;
        let name = Box::new(name_expr(n, ExprContext::Store, self.loc_from(s)));
        if self.at(Tok::LSqb) && self.nth(1) == Tok::RSqb {
            return Err(self.err_range("Type parameter list cannot be empty", self.tok_start(self.i + 1), self.tok_start(self.i + 2)));
        }
        let type_params = if self.at(Tok::LSqb) { self.type_params()? } else { vec![] };
        self.expect(Tok::Equal)?;
        let value = Box::new(self.expression()?);
        self.check_version(12, "Type statement is", None);
        Ok(StmtKind::TypeAlias { name, type_params, value })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut n = self.name()?;
        while self.at(Tok::Dot) {
            self.bump();
            n.push('.');
            n.push_str(&self.name()?);
        }
        Ok(n)
    }

    fn import_name(&mut self) -> PResult<StmtKind> {
        let import = self.start();
        self.bump();
        if !self.at(Tok::Name) {
            if !self.at(Tok::Newline) {
                return Err(self.invalid());
            }
            return Err(self.no_import_names());
        }
        let mut names = Vec::new();
        loop {
            let s = self.start();
            let name = self.dotted_name()?;
            let asname = if self.eat(Tok::As) { Some(self.name()?) } else { None };
            names.push(Alias { name, asname, loc: self.loc_from(s) });
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        if self.at(Tok::From) && self.nth(1) == Tok::Name && names.iter().all(|a| a.asname.is_none()) {
            // `import a from b`: CPython's error runs from 'import' to where
            // its tokenizer stands, after the token following the module.
            self.bump();
            self.dotted_name()?;
            let end = self.tok_end(self.i);
            return Err(self.err_range("Did you mean to use 'from ... import ...' instead?", import, Pos { line: end.line, col: end.col.saturating_sub(1) }));
        }
        Ok(StmtKind::Import { names })
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.kind() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(Tok::Name) { Some(self.dotted_name()?) } else { None };
        if module.is_none() && level == 0 {
            return Err(self.invalid());
        }
        if !self.at(Tok::Import) {
            return Err(self.invalid());
        }
        self.bump();
        let mut names = Vec::new();
        if self.at(Tok::Star) {
            let s = self.start();
            self.bump();
            names.push(Alias { name: "*".into(), asname: None, loc: self.loc_from(s) });
            return Ok(StmtKind::ImportFrom { module, names, level });
        }
        let paren = self.eat(Tok::LPar);
        if !self.at(Tok::Name) {
            if !paren && self.at(Tok::Newline) {
                return Err(self.no_import_names());
            }
            return Err(self.invalid());
        }
        loop {
            let s = self.start();
            let name = self.name()?;
            let asname = if self.eat(Tok::As) { Some(self.name()?) } else { None };
            names.push(Alias { name, asname, loc: self.loc_from(s) });
            if !self.eat(Tok::Comma) {
                break;
            }
            if paren && self.at(Tok::RPar) {
                break;
            }
            if !paren && self.at(Tok::Newline) {
                return Err(self.err_tok("trailing comma not allowed without surrounding parentheses", self.i));
            }
        }
        if paren {
            self.expect(Tok::RPar)?;
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = Vec::new();
        loop {
            let mut e = if self.at(Tok::Star) { self.star_expression()? } else { self.bitwise_or_checked()? };
            self.set_ctx(&mut e, ExprContext::Del, CtxUse::Del)?;
            targets.push(e);
            if !self.eat(Tok::Comma) || self.at_expr_end() {
                break;
            }
        }
        Ok(targets)
    }

    /// CPython's invalid_del_stmt: what follows `del` (from token `after`)
    /// read as expressions, naming the one that cannot be deleted.
    fn del_target_error(&mut self, after: usize) -> Option<PError> {
        if self.at(Tok::Error) {
            return None;
        }
        let r = self.second_pass(|p| {
            p.i = after;
            p.star_expressions()
        });
        // An error raised while reading them comes first.
        let mut t = match r {
            Ok(e) => e,
            Err(e) if e.msg != "invalid syntax" => return Some(e),
            Err(_) => return None,
        };
        match self.set_ctx(&mut t, ExprContext::Del, CtxUse::Del) {
            Err(te) if te.msg.starts_with("cannot delete") => Some(te),
            _ => None,
        }
    }

    fn bitwise_or_checked(&mut self) -> PResult<Expr> {
        // del targets are primaries or bracketed target lists; parse a bitwise_or for error reporting.
        self.bitwise_or()
    }

    fn expr_or_assign_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        let s_tok = self.i;
        let first_bare_yield = self.at(Tok::Yield);
        let first = if first_bare_yield { self.yield_expr()? } else { self.star_expressions()? };
        match self.kind() {
            Tok::Equal => {
                let mut targets = vec![first];
                // Which targets are unparenthesized yields (`yield = 1`),
                // CPython's "assignment to yield expression not possible".
                let mut bare_yields = vec![first_bare_yield];
                let mut value;
                let first_eq = self.i;
                loop {
                    let eq = self.i;
                    self.bump(); // '='
                    let bare_yield = self.at(Tok::Yield);
                    value = match self.cnest(2, 0, |p| if p.at(Tok::Yield) { p.yield_expr() } else { p.star_expressions() }) {
                        Ok(v) => v,
                        Err(e) if targets.len() == 1 => return Err(self.first_target_error(&targets[0], eq).unwrap_or(e)),
                        Err(e) => {
                            // CPython's invalid_assignment reports a bad target
                            // followed by '=' before reading on (`x = 1 =`).
                            if targets.len() > 1 {
                                let mut t = targets[targets.len() - 1].clone();
                                self.set_ctx(&mut t, ExprContext::Store, CtxUse::Assign { first_of_one: false })?;
                            }
                            return Err(e);
                        }
                    };
                    if !self.at(Tok::Equal) {
                        break;
                    }
                    targets.push(value);
                    bare_yields.push(bare_yield);
                }
                let n = targets.len();
                for k in 0..n {
                    if bare_yields[k] {
                        return Err(self.err_loc("assignment to yield expression not possible", &targets[k].loc));
                    }
                    if let Err(e) = self.set_ctx(&mut targets[k], ExprContext::Store, CtxUse::Assign { first_of_one: n == 1 }) {
                        return Err(self.first_target_tail_error(&targets[0], s_tok, first_eq).unwrap_or(e));
                    }
                }
                // The statement ends after its type comment, as in CPython.
                let type_comment = self.type_comment();
                let l = self.loc_from(s);
                Ok(Stmt { node: StmtKind::Assign { targets, value: Box::new(value), type_comment }, loc: l })
            }
            Tok::Colon => {
                let mut target = first;
                let simple = matches!(target.node, ExprKind::Name { .. }) && !self.was_parenthesized(&target, s);
                match target.node {
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                    ExprKind::Tuple { ref elts, .. } => {
                        // Unparenthesized, CPython points at the first element only.
                        let l = match elts.first() {
                            Some(f) if start_of(&f.loc) == start_of(&target.loc) => f.loc,
                            _ => target.loc,
                        };
                        return Err(self.err_loc("only single target (not tuple) can be annotated", &l));
                    }
                    ExprKind::Starred { .. } => return Err(self.invalid()),
                    ExprKind::List { .. } => {
                        return Err(self.err_loc("only single target (not list) can be annotated", &target.loc));
                    }
                    _ => {
                        // CPython names the bad target only once the annotation parses.
                        let colon = self.i;
                        self.bump();
                        return match self.expression() {
                            Ok(_) => Err(self.err_loc("illegal target for annotation", &target.loc)),
                            Err(_) => Err(self.err_tok("invalid syntax", colon)),
                        };
                    }
                }
                self.set_ctx(&mut target, ExprContext::Store, CtxUse::Assign { first_of_one: false })?;
                self.bump();
                let annotation = Box::new(self.expression()?);
                let value = if self.eat(Tok::Equal) {
                    Some(Box::new(self.cnest(3, 0, |p| if p.at(Tok::Yield) { p.yield_expr() } else { p.star_expressions() })?))
                } else {
                    None
                };
                self.check_version(6, "Variable annotation syntax is", None);
                Ok(Stmt { node: StmtKind::AnnAssign { target: Box::new(target), annotation, value, simple }, loc: self.loc_from(s) })
            }
            k if aug_op(k).is_some() => {
                let op = aug_op(k).unwrap_or(Operator::Add);
                let mut target = first;
                match target.node {
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                    _ => {
                        // CPython's invalid_assignment names the target only
                        // when a right-hand side follows.
                        let op_tok = self.i;
                        let rhs = self.second_pass(|p| {
                            p.bump();
                            if p.at(Tok::Yield) { p.yield_expr().is_ok() } else { p.star_expressions().is_ok() }
                        });
                        if !rhs {
                            return Err(self.err_tok("invalid syntax", op_tok));
                        }
                        let what = crate::expr::expr_name(&target);
                        return Err(self.err_loc(format!("'{what}' is an illegal expression for augmented assignment"), &target.loc));
                    }
                }
                self.set_ctx(&mut target, ExprContext::Store, CtxUse::Assign { first_of_one: false })?;
                if op == Operator::MatMult {
                    self.check_version(5, "The '@' operator is", Some(self.i));
                }
                self.bump();
                let value = Box::new(self.cnest(2, 0, |p| if p.at(Tok::Yield) { p.yield_expr() } else { p.star_expressions() })?);
                Ok(Stmt { node: StmtKind::AugAssign { target: Box::new(target), op, value }, loc: self.loc_from(s) })
            }
            _ => {
                if !matches!(self.kind(), Tok::Newline | Tok::Semi) {
                    return Err(self.stmt_tail_error(&first));
                }
                let l = self.loc_from(s);
                Ok(Stmt { node: StmtKind::Expr { value: Box::new(first) }, loc: l })
            }
        }
    }

    /// An assignment whose targets cannot all be assigned to. CPython's
    /// second pass reads the first target as a list of elements
    /// (invalid_assignment's `star_named_expression ','` alternative) and
    /// its last element, the one the first '=' (token `eq`) follows, meets
    /// invalid_named_expression when a bitwise_or not followed by '=' or
    /// ':=' comes after it: `f(), a = 1, 2` and `x = f(), a = 1` are "Maybe
    /// you meant '==' or ':='", not the bad target.
    fn first_target_tail_error(&mut self, first: &Expr, s_tok: usize, eq: usize) -> Option<PError> {
        // `(a, b) = ...` is one parenthesized element; `(a), b = ...` two.
        let mut depth = 0i32;
        let mut closes_at = None;
        for j in s_tok..eq {
            match self.toks[j].kind {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                closes_at = Some(j);
                break;
            }
        }
        let parenthesized = self.toks[s_tok].kind == Tok::LPar && closes_at == Some(eq - 1);
        let last = match &first.node {
            ExprKind::Tuple { elts, .. } if !parenthesized => elts.last()?,
            _ => first,
        };
        if matches!(last.node, ExprKind::Starred { .. }) || self.toks[eq - 1].kind == Tok::Comma {
            return None;
        }
        // The last element's first token: after the last comma outside brackets.
        let mut depth = 0i32;
        let mut start = s_tok;
        for j in (s_tok..eq).rev() {
            match self.toks[j].kind {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                Tok::Comma if depth == 0 => {
                    start = j + 1;
                    break;
                }
                _ => {}
            }
        }
        let here = self.i;
        self.i = eq;
        let r = self.named_assign_error(last, start);
        self.i = here;
        r
    }

    /// The right side of `first = ...` failed to parse. CPython's second
    /// pass reports a first target that cannot be assigned to before it
    /// reads the right side: a comparison, boolean operation, conditional,
    /// `not`, None/True/False or a tuple holding one (invalid_assignment),
    /// and an operand (a call, a literal, `a + b`...) when a bitwise_or
    /// follows the '=' at token `eq` with no other '=' or ':=' after it
    /// (invalid_named_expression). A tokenizer error CPython raises while
    /// reading comes first.
    fn first_target_error(&mut self, first: &Expr, eq: usize) -> Option<PError> {
        if let Some(le) = &self.lex_error {
            let indentation = le.recorded.is_some() || self.lex_error_after_continuation && !self.lex_error_is_eof;
            if !self.lex_error_is_eof && !indentation && !self.lex_error_in_fstring && self.furthest.get() + 1 >= self.toks.len() {
                return None;
            }
        }
        let mut t = first.clone();
        let mut te = self.set_ctx(&mut t, ExprContext::Store, CtxUse::Assign { first_of_one: true }).err()?;
        // invalid_assignment's word for it, when no operand follows the '='.
        let plain = te.msg.replace(" here. Maybe you meant '==' instead of '='?", "");
        if te.msg == "assignment to yield expression not possible" {
            // A (parenthesized) yield is an operand to invalid_named_expression.
            te.msg = "cannot assign to yield expression here. Maybe you meant '==' instead of '='?".into();
        } else if !te.msg.contains(" here. Maybe you meant") {
            return Some(self.final_error(te, eq));
        }
        let (parsed, fur) = self.second_pass(|p| {
            p.i = eq + 1;
            let r = p.bitwise_or().map(|_| p.i);
            (r, p.furthest.get())
        });
        let after = match parsed {
            Ok(j) => j,
            // An error that rule raises inside the operand comes first.
            Err(e) if e.msg != "invalid syntax" => return None,
            Err(_) => match self.longest_prefix(eq + 1, fur, Self::bitwise_or) {
                Some((_, j)) => j,
                // Reading reached a tokenizer error (an unclosed bracket): that.
                None if self.toks[fur.min(self.toks.len() - 1)].kind == Tok::Error => return None,
                None => {
                    te.msg = plain;
                    return Some(self.final_error(te, eq));
                }
            },
        };
        if matches!(self.toks[after].kind, Tok::Equal | Tok::ColonEqual) {
            return None;
        }
        Some(self.final_error(te, eq))
    }

    /// `e`, an error CPython's second pass raises, found with the parser
    /// past token `at`: what was read beyond no longer decides whether an
    /// unclosed bracket at the end wins (see `choose_error`).
    fn final_error(&mut self, e: PError, at: usize) -> PError {
        self.furthest.set(at);
        self.reach = self.reach.min(at);
        e
    }

    /// An expression statement followed by something unexpected.
    fn stmt_tail_error(&mut self, first: &Expr) -> PError {
        if self.at(Tok::Error) || self.at(Tok::Indent) {
            return self.invalid();
        }
        if self.at(Tok::ColonEqual) {
            // `f() := 1`, `a, b[0] := 1`: CPython names the expression just
            // before the ':=' (the last of an unparenthesized tuple); a
            // plain name, a starred item or a yield is just invalid syntax.
            let last = match &first.node {
                ExprKind::Tuple { elts, .. }
                    if elts.first().is_some_and(|e0| start_of(&e0.loc) == start_of(&first.loc))
                        || elts.last().is_some_and(|e1| (e1.loc.end_lineno, e1.loc.end_col_offset) == (first.loc.end_lineno, first.loc.end_col_offset)) =>
                {
                    elts.last()
                }
                _ => Some(first),
            };
            if let Some(e) = last.filter(|e| !matches!(e.node, ExprKind::Name { .. } | ExprKind::Starred { .. } | ExprKind::Yield { .. } | ExprKind::YieldFrom { .. })) {
                let e = e.clone();
                return self.walrus_after(&e);
            }
        }
        if let Some(e) = self.if_without_else_after_names(first) {
            return e;
        }
        if let ExprKind::Name { id, .. } = &first.node {
            if (id == "print" || id == "exec") && matches!(self.kind(), Tok::String | Tok::Name | Tok::Number | Tok::FStringStart) && self.i > 0 {
                // Python 2 style print statement.
                let end = self.stmt_end_pos();
                return self.err_range(format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"), start_of(&first.loc), end);
            }
            if (id == "print" || id == "exec") && !self.at(Tok::LPar) && self.starts_expr() {
                // `print {1: x}`, `print not x`: the message spans the
                // expressions that follow, as far as they parse.
                if let Ok(e) = self.second_pass(|p| p.star_expressions()) {
                    let end = Pos { line: e.loc.end_lineno, col: e.loc.end_col_offset };
                    return self.err_range(format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"), start_of(&first.loc), end);
                }
            }
        }
        if self.starts_expr() {
            // CPython's second pass reads on: the expression that follows
            // (a missing comma?) and, while the statement's tokens are
            // names, the expressions after each of them (a Python 2
            // statement?). What it reads may reach a tokenizer error,
            // which then wins.
            let e = self.invalid();
            let start = self.tok_index_of(start_of(&first.loc)).unwrap_or(self.i);
            let raised = Self::raised_after_expression;
            let found = self.second_pass(|p| {
                let at = p.i;
                let r = p.expression();
                let mut found = raised(p, r, at);
                let mut k = start;
                while found.is_none() && p.toks[k].kind == Tok::Name && p.toks[k + 1].kind != Tok::LPar && p.starts_expr_at(k + 1) {
                    // invalid_expression there: a disjunction, then the
                    // expression after it (a missing comma?).
                    p.i = k + 1;
                    if p.disjunction().is_ok() && p.starts_expr() {
                        let at = p.i;
                        let r = p.expression();
                        found = raised(p, r, at);
                    }
                    p.i = k + 1;
                    let _ = p.star_expressions();
                    k += 1;
                }
                found
            });
            return found.unwrap_or(e);
        }
        self.invalid()
    }

    /// `r`, the parse of an expression from token `at` that CPython's second
    /// pass reads after a complete one (invalid_expression's `b`): of the
    /// errors inside it, CPython raises a bare '*' (invalid_starred_expression),
    /// a missing comma after the first element of a brace display and a
    /// '=' for '==' in one; the others it had memoized from its first pass.
    fn raised_after_expression(&self, r: PResult<Expr>, at: usize) -> Option<PError> {
        match r {
            Err(e) if e.msg == "Invalid star expression" => Some(e),
            Err(e)
                if e.msg.starts_with("invalid syntax. Perhaps you forgot a comma?")
                    && self.toks[at].kind == Tok::LBrace
                    && at + 1 < self.toks.len()
                    && self.tok_start(at + 1) == (Pos { line: e.lineno, col: e.col }) =>
            {
                Some(e)
            }
            // `{b=1}`, `{(b=1)`: its invalid_named_expression in the display.
            Err(e) if e.msg.starts_with("invalid syntax. Maybe you meant '==' or ':='") && self.toks[at].kind == Tok::LBrace => Some(e),
            _ => None,
        }
    }

    /// CPython's second pass at a statement of names (`a b c if d e`): each
    /// name not followed by '(' makes it read the expression after it
    /// (invalid_legacy_expression), whose `x if y` without 'else' or ':'
    /// raises "expected 'else' after 'if' expression" (invalid_expression)
    /// before anything else is reported. Errors inside those disjunctions
    /// are not raised: CPython memoized them from its pass without invalid
    /// rules.
    fn if_without_else_after_names(&mut self, first: &Expr) -> Option<PError> {
        // The last element of an unparenthesized tuple is an expression too.
        let mut first = first;
        while let ExprKind::Tuple { elts, .. } = &first.node {
            match elts.last() {
                Some(l) if end_of(&l.loc) == end_of(&first.loc) => first = l,
                _ => return None,
            }
        }
        if !matches!(first.node, ExprKind::Name { .. }) {
            return None;
        }
        let start = self.tok_index_of(start_of(&first.loc))?;
        self.second_pass(|p| {
            let mut k = start;
            while p.toks[k].kind == Tok::Name && p.toks[k + 1].kind != Tok::LPar && p.starts_expr_at(k + 1) {
                p.i = k + 1;
                let s = p.start();
                if p.disjunction().is_ok() && p.eat(Tok::If) && p.disjunction().is_ok() && !matches!(p.kind(), Tok::Else | Tok::Colon) {
                    return Some(p.err_range("expected 'else' after 'if' expression", s, p.prev_end()));
                }
                k += 1;
            }
            None
        })
    }

    /// The index of the token that starts at `p`, searching back from here.
    pub(crate) fn tok_index_of(&self, p: Pos) -> Option<usize> {
        (0..=self.i.min(self.toks.len() - 1)).rev().find(|&j| self.tok_start(j) == p)
    }

    /// End of the last token before the NEWLINE ending the current line.
    fn stmt_end_pos(&self) -> Pos {
        let mut j = self.i;
        while j + 1 < self.toks.len() && !matches!(self.toks[j + 1].kind, Tok::Newline | Tok::EndMarker | Tok::Error) {
            j += 1;
        }
        self.tok_end(j)
    }

    /// Whether the expression starting at `s` was written in parentheses (`(x): int`).
    fn was_parenthesized(&self, e: &Expr, s: Pos) -> bool {
        start_of(&e.loc) != s
    }

    // ----- compound statements ----------------------------------------------

    fn compound_stmt(&mut self) -> PResult<Stmt> {
        self.enter()?;
        let r = match self.kind() {
            Tok::If => self.if_stmt(),
            Tok::While => self.while_stmt(),
            Tok::For => self.for_stmt(None),
            Tok::Try => self.try_stmt(),
            Tok::With => self.with_stmt(None),
            Tok::Def => self.funcdef(vec![], None),
            Tok::Class => self.classdef(vec![]),
            Tok::At => self.decorated(),
            Tok::Async => {
                let s = self.start();
                self.bump();
                match self.kind() {
                    Tok::Def => self.funcdef(vec![], Some(s)),
                    Tok::With => self.with_stmt(Some(s)),
                    Tok::For => self.for_stmt(Some(s)),
                    _ => Err(self.invalid()),
                }
            }
            _ => Err(self.invalid()),
        };
        self.leave();
        r
    }

    /// `':' block` after a compound statement header; `what` names the
    /// statement in "expected an indented block after ..." errors.
    pub fn block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        if self.eat(Tok::Newline) {
            if !self.at(Tok::Indent) {
                let msg = format!("expected an indented block after {what} on line {header_line}");
                return Err(self.expected_block(msg));
            }
            self.bump();
            // An indented block is 6 calls deeper in CPython's parser.
            self.cnest(6, 0, |p| {
                let mut body = Vec::new();
                loop {
                    match p.kind() {
                        Tok::Dedent => {
                            p.bump();
                            break;
                        }
                        Tok::EndMarker => break,
                        _ => {
                            let before = p.i;
                            let mut s = p.statement()?;
                            body.append(&mut s);
                            debug_assert!(p.i > before, "parser made no progress");
                        }
                    }
                }
                Ok(body)
            })
        } else {
            if matches!(self.kind(), Tok::EndMarker) {
                return Err(self.invalid());
            }
            self.cnest(3, 0, |p| p.simple_stmts())
        }
    }

    /// Where CPython's tokenizer stands at the end of input: the last line
    /// (the one holding the last character; a final newline ends it) and its
    /// length in characters with its newline (added when missing). Errors
    /// raised at ENDMARKER/DEDENT without a known location report this.
    pub fn eof_cursor(&self) -> (u32, u32) {
        let b = self.src.as_bytes();
        let first = self.line_starts.first().copied().unwrap_or(0) as usize;
        if b.len() <= first {
            return (1, 0);
        }
        let mut line = self.line_starts.len();
        while line > 1 && self.line_starts[line - 1] as usize >= b.len() {
            line -= 1;
        }
        let ls = self.line_starts[line - 1] as usize;
        let mut le = b.len();
        while le > ls && matches!(b[le - 1], b'\n' | b'\r') {
            le -= 1;
        }
        let chars = self.src.get(ls..le).map(|t| t.chars().count()).unwrap_or(0);
        (line as u32, chars as u32 + 1)
    }

    /// An error at the end of input positioned as CPython's `RAISE_*_ERROR`
    /// without a location puts it (see `eof_cursor`); end offset 0.
    /// "expected an indented block after ..." where no INDENT follows a
    /// header's NEWLINE: at the end of input as an EOF error (incomplete),
    /// at a dedent to an outer block where CPython's tokenizer stands
    /// (after that line's indentation, in bytes; end offset -1), else at
    /// the token found.
    pub fn expected_block(&mut self, msg: String) -> PError {
        let mut j = self.i;
        while self.toks[j].kind == Tok::Dedent && j + 1 < self.toks.len() {
            j += 1;
        }
        if self.toks[j].kind == Tok::EndMarker || self.at(Tok::Error) && self.lex_error_is_eof {
            return self.eof_error(msg, SyntaxErrorKind::IndentationError).incomplete();
        }
        if self.at(Tok::Error) {
            return self.invalid();
        }
        let mut e = if self.at(Tok::Dedent) {
            let t = self.toks[j];
            let mut e = self.err_tok(msg, j);
            e.offset_raw = Some(t.start - self.line_starts[t.sline as usize - 1]);
            e.end_raw = Some(END_MINUS_ONE);
            e
        } else {
            self.err_tok(msg, self.i)
        };
        e.kind = SyntaxErrorKind::IndentationError;
        e
    }

    pub fn eof_error(&self, msg: impl Into<String>, kind: SyntaxErrorKind) -> PError {
        let (line, off) = self.eof_cursor();
        let mut e = PError::new(msg, line, 0, line, 0);
        e.offset_raw = Some(off);
        e.end_raw = Some(END_MINUS_ONE);
        e.kind = kind;
        // CPython's tokenizer stands on this line: its text keeps the newline.
        e.tok_line = line;
        e
    }

    /// End of a compound statement: the last token of its last block
    /// (a trailing ';' included), not counting NEWLINE/INDENT/DEDENT.
    pub fn last_end(&self, _body: &[Stmt]) -> Pos {
        let mut j = self.i;
        while j > 0 {
            j -= 1;
            if !matches!(self.toks[j].kind, Tok::Newline | Tok::Indent | Tok::Dedent) {
                return self.tok_end(j);
            }
        }
        Pos { line: 1, col: 0 }
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        self.bump();
        let test = self.named_expression()?;
        self.expect_msg(Tok::Colon, ":")?;
        let body = self.block("'if' statement", s.line)?;
        let mut orelse = Vec::new();
        if self.at(Tok::Elif) {
            // elif chains become nested If nodes (CPython recurses too).
            orelse.push(self.cnest(1, 0, |p| p.elif_chain())?);
        } else if self.at(Tok::Else) {
            let el = self.start();
            self.bump();
            self.expect_forced(Tok::Colon, ":")?;
            orelse = self.block("'else' statement", el.line)?;
        }
        let end = if orelse.is_empty() { self.last_end(&body) } else { self.last_end(&orelse) };
        Ok(Stmt { node: StmtKind::If { test: Box::new(test), body, orelse }, loc: loc(s, end) })
    }

    fn elif_chain(&mut self) -> PResult<Stmt> {
        self.enter()?;
        let s = self.start();
        self.bump();
        let test = self.named_expression()?;
        self.expect_msg(Tok::Colon, ":")?;
        let body = self.block("'elif' statement", s.line)?;
        let mut orelse = Vec::new();
        if self.at(Tok::Elif) {
            orelse.push(self.cnest(1, 0, |p| p.elif_chain())?);
        } else if self.at(Tok::Else) {
            let el = self.start();
            self.bump();
            self.expect_forced(Tok::Colon, ":")?;
            orelse = self.block("'else' statement", el.line)?;
        }
        self.leave();
        let end = if orelse.is_empty() { self.last_end(&body) } else { self.last_end(&orelse) };
        Ok(Stmt { node: StmtKind::If { test: Box::new(test), body, orelse }, loc: loc(s, end) })
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        self.bump();
        let test = self.named_expression()?;
        self.expect_msg(Tok::Colon, ":")?;
        let body = self.block("'while' statement", s.line)?;
        let orelse = self.else_block()?;
        let end = if orelse.is_empty() { self.last_end(&body) } else { self.last_end(&orelse) };
        Ok(Stmt { node: StmtKind::While { test: Box::new(test), body, orelse }, loc: loc(s, end) })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(Tok::Else) {
            let el = self.start();
            self.bump();
            self.expect_forced(Tok::Colon, ":")?;
            return self.block("'else' statement", el.line);
        }
        Ok(vec![])
    }

    fn for_stmt(&mut self, async_start: Option<Pos>) -> PResult<Stmt> {
        let s = async_start.unwrap_or_else(|| self.start());
        let for_line = self.start().line;
        self.bump();
        let after_for = self.i;
        let target = match self.star_targets() {
            Ok(t) => t,
            Err(e) => return Err(self.for_target_error(after_for).unwrap_or(e)),
        };
        if !self.at(Tok::In) {
            return Err(self.for_target_error(after_for).unwrap_or_else(|| self.invalid()));
        }
        self.bump();
        let iter = self.star_expressions()?;
        self.expect_msg(Tok::Colon, ":")?;
        let type_comment = self.type_comment();
        let body = self.block("'for' statement", for_line)?;
        let orelse = self.else_block()?;
        if async_start.is_some() {
            self.check_version(5, "Async for loops are", None);
        }
        let end = if orelse.is_empty() { self.last_end(&body) } else { self.last_end(&orelse) };
        let (target, iter) = (Box::new(target), Box::new(iter));
        let node = if async_start.is_some() {
            StmtKind::AsyncFor { target, iter, body, orelse, type_comment }
        } else {
            StmtKind::For { target, iter, body, orelse, type_comment }
        };
        Ok(Stmt { node, loc: loc(s, end) })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        self.bump();
        self.expect_forced(Tok::Colon, ":")?;
        let body = self.block("'try' statement", s.line)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(Tok::Except) {
            let hs = self.start();
            self.bump();
            let is_star = self.eat(Tok::Star);
            match star {
                None => star = Some(is_star),
                Some(prev) if prev != is_star => {
                    return Err(self.err_range("cannot have both 'except' and 'except*' on the same 'try'", hs, self.prev_end()));
                }
                _ => {}
            }
            let mut type_ = None;
            let mut name = None;
            if self.at(Tok::Newline) {
                return Err(self.err_tok("expected ':'", self.i));
            }
            if !self.at(Tok::Colon) {
                let t = self.expression()?;
                if self.at(Tok::Comma) {
                    let ts = start_of(&t.loc);
                    let mut elts = vec![t];
                    while self.eat(Tok::Comma) {
                        if self.at(Tok::Colon) || self.at(Tok::As) {
                            break;
                        }
                        elts.push(self.expression()?);
                    }
                    if self.at(Tok::As) && self.nth(1) == Tok::Name && self.nth(2) == Tok::Colon {
                        // CPython's error then ends where its tokenizer stands: after the ':'.
                        let end = self.tok_end(self.i + 2);
                        return Err(self.err_range("multiple exception types must be parenthesized", ts, Pos { line: end.line, col: end.col.saturating_sub(1) }));
                    }
                    if self.at(Tok::As) {
                        return Err(self.err_range("multiple exception types must be parenthesized", ts, self.prev_end()));
                    }
                    return Err(self.err_range("multiple exception types must be parenthesized", ts, self.prev_end()));
                }
                type_ = Some(t);
                if self.eat(Tok::As) {
                    name = Some(self.name()?);
                }
            } else if is_star {
                return Err(self.err_tok("expected one or more exception types", self.i));
            }
            self.expect_msg(Tok::Colon, ":")?;
            let what = if is_star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, hs.line)?;
            let end = self.last_end(&hbody);
            handlers.push(ExceptHandler { type_, name, body: hbody, loc: loc(hs, end) });
        }
        let orelse = if !handlers.is_empty() { self.else_block()? } else { vec![] };
        let mut finalbody = Vec::new();
        if self.at(Tok::Finally) {
            let fs = self.start();
            self.bump();
            self.expect_forced(Tok::Colon, ":")?;
            finalbody = self.block("'finally' statement", fs.line)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            if self.at(Tok::Error) {
                return Err(self.invalid());
            }
            let mut j = self.i;
            while self.toks[j].kind == Tok::Dedent && j + 1 < self.toks.len() {
                j += 1;
            }
            if !matches!(self.toks[j].kind, Tok::EndMarker | Tok::Error) {
                // At a DEDENT (the try closed an outer block too), CPython
                // points at that token, which has no columns.
                if self.at(Tok::Dedent) || self.at(Tok::Indent) {
                    return Err(self.err_at_read_token("expected 'except' or 'finally' block".into(), self.i));
                }
                return Err(self.err_tok("expected 'except' or 'finally' block", j));
            }
            let mut e = self.eof_error("expected 'except' or 'finally' block", SyntaxErrorKind::SyntaxError);
            e.incomplete = self.at(Tok::EndMarker);
            return Err(e);
        }
        let end = if !finalbody.is_empty() {
            self.last_end(&finalbody)
        } else if !orelse.is_empty() {
            self.last_end(&orelse)
        } else {
            handlers.last().map(|h| end_of(&h.loc)).unwrap_or_else(|| self.prev_end())
        };
        if star == Some(true) {
            self.check_version(11, "Exception groups are", None);
        }
        let node = if star == Some(true) {
            StmtKind::TryStar { body, handlers, orelse, finalbody }
        } else {
            StmtKind::Try { body, handlers, orelse, finalbody }
        };
        Ok(Stmt { node, loc: loc(s, end) })
    }

    fn with_stmt(&mut self, async_start: Option<Pos>) -> PResult<Stmt> {
        let s = async_start.unwrap_or_else(|| self.start());
        let wl = self.start().line;
        self.bump();
        let mut items = Vec::new();
        // Parenthesized with-items: `with (a as b, c):`.
        let mut done = false;
        if self.at(Tok::LPar) {
            let save = self.i;
            self.bump();
            let mut ok = true;
            let mut tmp = Vec::new();
            loop {
                if self.at(Tok::RPar) {
                    break;
                }
                match self.with_item() {
                    Ok(it) => tmp.push(it),
                    Err(_) => {
                        ok = false;
                        break;
                    }
                }
                if !self.eat(Tok::Comma) {
                    break;
                }
            }
            let closed = ok && !tmp.is_empty() && self.eat(Tok::RPar);
            if closed && (self.at(Tok::Colon) || tmp.iter().any(|it| it.optional_vars.is_some())) {
                items = tmp;
                done = true;
            } else {
                // CPython's tokens stay read: `furthest` is not rewound.
                self.i = save;
            }
        }
        if !done {
            loop {
                items.push(self.with_item()?);
                if !self.eat(Tok::Comma) {
                    break;
                }
            }
        }
        self.expect_msg(Tok::Colon, ":")?;
        let type_comment = self.type_comment();
        let body = self.block("'with' statement", wl)?;
        if async_start.is_some() {
            self.check_version(5, "Async with statements are", Some(self.i - 1));
        }
        let end = self.last_end(&body);
        let node = if async_start.is_some() {
            StmtKind::AsyncWith { items, body, type_comment }
        } else {
            StmtKind::With { items, body, type_comment }
        };
        Ok(Stmt { node, loc: loc(s, end) })
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(Tok::As) {
            let mut t = self.star_target()?;
            self.set_ctx(&mut t, ExprContext::Store, CtxUse::Other)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context_expr, optional_vars })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decos = Vec::new();
        while self.eat(Tok::At) {
            decos.push(self.cnest(2, 0, |p| p.named_expression())?);
            if !self.eat(Tok::Newline) {
                return Err(self.invalid());
            }
        }
        match self.kind() {
            Tok::Def => self.funcdef(decos, None),
            Tok::Class => self.classdef(decos),
            Tok::Async if self.nth(1) == Tok::Def => {
                let s = self.start();
                self.bump();
                self.funcdef(decos, Some(s))
            }
            _ => Err(self.invalid()),
        }
    }

    fn funcdef(&mut self, decorator_list: Vec<Expr>, async_start: Option<Pos>) -> PResult<Stmt> {
        let s = async_start.unwrap_or_else(|| self.start());
        let def_line = self.start().line;
        self.bump();
        let name = self.name()?;
        let lsqb = self.i;
        let type_params = match self.at(Tok::LSqb).then(|| self.type_params()) {
            None => vec![],
            Some(Ok(v)) => v,
            // A bracket that does not make type parameters: CPython's
            // forced '(' after the name fails there.
            Some(Err(e)) if e.msg == "invalid syntax" && !self.at(Tok::Error) => return Err(self.err_tok("expected '('", lsqb)),
            Some(Err(e)) => return Err(e),
        };
        if !self.at(Tok::LPar) {
            return Err(self.expect_msg(Tok::LPar, "(").err().unwrap_or_else(|| self.invalid()));
        }
        self.bump();
        let args = self.parameters(true)?;
        self.expect(Tok::RPar)?;
        let returns = if self.at(Tok::RArrow) {
            self.bump();
            if !self.starts_expr() {
                return Err(self.err_tok("expected ':'", self.i - 1));
            }
            let arrow = self.i - 1;
            match self.expression() {
                Ok(r) => Some(Box::new(r)),
                // CPython's forced ':' fails after the annotation its
                // backtracking finds (`-> t[a]**:`), or at '->' without one.
                Err(e) if e.msg == "invalid syntax" && !self.at(Tok::Error) => {
                    let fur = self.furthest.get();
                    let at = self.longest_prefix(arrow + 1, fur, crate::parser::Parser::expression).map_or(arrow, |(_, j)| j);
                    return Err(self.err_tok("expected ':'", at));
                }
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        self.expect_forced(Tok::Colon, ":")?;
        let type_comment = self.func_type_comment()?;
        let body = self.cnest(1, 0, |p| p.block("function definition", def_line))?;
        if async_start.is_some() {
            self.check_version(5, "Async functions are", Some(self.i - 1));
        }
        let end = self.last_end(&body);
        let args = Box::new(args);
        let node = if async_start.is_some() {
            StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
        } else {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
        };
        Ok(Stmt { node, loc: loc(s, end) })
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let s = self.start();
        self.bump();
        let name = self.name()?;
        let type_params = if self.at(Tok::LSqb) { self.type_params()? } else { vec![] };
        let (bases, keywords) = if self.eat(Tok::LPar) {
            let (a, k) = self.call_args(None)?;
            (a, k)
        } else {
            (vec![], vec![])
        };
        self.expect_msg(Tok::Colon, ":")?;
        let body = self.cnest(1, 0, |p| p.block("class definition", s.line))?;
        let end = self.last_end(&body);
        Ok(Stmt { node: StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params }, loc: loc(s, end) })
    }

    pub fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        self.bump(); // '['
        let mut v = Vec::new();
        if self.at(Tok::RSqb) {
            return Err(self.err_tok("Type parameter list cannot be empty", self.i).one_based_same());
        }
        loop {
            let s = self.start();
            let node = match self.kind() {
                Tok::Star => {
                    self.bump();
                    let name = self.name()?;
                    self.no_bound("TypeVarTuple")?;
                    let default_value = if self.eat(Tok::Equal) { Some(Box::new(self.type_param_default(true)?)) } else { None };
                    TypeParamKind::TypeVarTuple { name, default_value }
                }
                Tok::DoubleStar => {
                    self.bump();
                    let name = self.name()?;
                    self.no_bound("ParamSpec")?;
                    let default_value = if self.eat(Tok::Equal) { Some(Box::new(self.type_param_default(false)?)) } else { None };
                    TypeParamKind::ParamSpec { name, default_value }
                }
                _ => {
                    let name = self.name()?;
                    let bound = if self.eat(Tok::Colon) { Some(Box::new(self.expression()?)) } else { None };
                    let default_value = if self.eat(Tok::Equal) { Some(Box::new(self.type_param_default(false)?)) } else { None };
                    TypeParamKind::TypeVar { name, bound, default_value }
                }
            };
            // A bound or default (an expression in brackets) followed by
            // another expression: a missing comma.
            let last = match &node {
                TypeParamKind::TypeVar { bound, default_value, .. } => default_value.as_ref().or(bound.as_ref()),
                TypeParamKind::TypeVarTuple { default_value, .. } | TypeParamKind::ParamSpec { default_value, .. } => default_value.as_ref(),
            };
            if let Some(l) = last.filter(|_| !matches!(self.kind(), Tok::Comma | Tok::RSqb) && self.starts_expr()) {
                let l = l.loc;
                return Err(self.forgot_comma(&l));
            }
            v.push(TypeParam { node, loc: self.loc_from(s) });
            if !self.eat(Tok::Comma) || self.at(Tok::RSqb) {
                break;
            }
        }
        self.expect(Tok::RSqb)?;
        self.check_version(12, "Type parameter lists are", Some(self.i - 1));
        Ok(v)
    }

    /// A type parameter's default after its '=' (`*Ts` takes a starred one).
    fn type_param_default(&mut self, starred: bool) -> PResult<Expr> {
        let e = if starred { self.star_expression()? } else { self.expression()? };
        self.check_version(13, "Type parameter defaults are", None);
        Ok(e)
    }

    /// A TYPE_COMMENT token here (only with `PyCF_TYPE_COMMENTS`), taken.
    fn type_comment(&mut self) -> Option<String> {
        if !self.at(Tok::TypeComment) {
            return None;
        }
        let t = self.cur_text().to_string();
        self.bump();
        Some(t)
    }

    /// A function's type comment: after the ':' on the same line, or alone
    /// on the line after it (before the body's INDENT), not both.
    fn func_type_comment(&mut self) -> PResult<Option<String>> {
        let on_line = self.at(Tok::TypeComment);
        let j = self.i + usize::from(on_line);
        let below = self.nth(j - self.i) == Tok::Newline && self.nth(j - self.i + 1) == Tok::TypeComment && self.nth(j - self.i + 2) == Tok::Newline && self.nth(j - self.i + 3) == Tok::Indent;
        if on_line && below {
            // CPython reports it at the INDENT it looked ahead to.
            let indent = j + 3;
            let p = self.tok_end(indent);
            let mut e = PError::new("Cannot have two type comments on def", p.line, p.col.saturating_sub(1), p.line, 0);
            e.end_raw = Some(END_MINUS_ONE);
            return Err(e);
        }
        if on_line {
            return Ok(self.type_comment());
        }
        if below {
            self.bump();
            return Ok(self.type_comment());
        }
        Ok(None)
    }

    /// `*Ts: bound` / `**P: bound`: "cannot use bound with ...".
    fn no_bound(&mut self, what: &str) -> PResult<()> {
        if !self.at(Tok::Colon) {
            return Ok(());
        }
        let c = self.start();
        self.bump();
        let b = self.expression()?;
        Err(self.err_range(format!("cannot use bound with {what}"), c, end_of(&b.loc)))
    }

    /// Parameters of `def` (annotations allowed) or `lambda` (not).
    pub fn parameters(&mut self, annotated: bool) -> PResult<Arguments> {
        let end_tok = if annotated { Tok::RPar } else { Tok::Colon };
        let mut a = Arguments { posonlyargs: vec![], args: vec![], vararg: None, kwonlyargs: vec![], kw_defaults: vec![], kwarg: None, defaults: vec![] };
        let mut seen_star = false;
        let mut seen_default = false;
        let mut seen_slash = false;
        while !self.at(end_tok) {
            let before = self.i;
            // The parameter a type comment after it belongs to (def only).
            let mut last: Option<LastParam> = None;
            if a.kwarg.is_some() {
                return Err(self.err_tok("arguments cannot follow var-keyword argument", self.i));
            }
            match self.kind() {
                Tok::Slash => {
                    if seen_slash {
                        return Err(self.err_tok("/ may appear only once", self.i));
                    }
                    if seen_star {
                        return Err(self.err_tok("/ must be ahead of *", self.i));
                    }
                    if a.args.is_empty() {
                        if !annotated && self.toks[self.i + 1].kind != Tok::Comma {
                            return Err(self.err_tok("invalid syntax", self.i));
                        }
                        return Err(self.err_tok("at least one argument must precede /", self.i));
                    }
                    self.bump();
                    if self.at(Tok::Star) {
                        return Err(self.err_tok("expected comma between / and *", self.i));
                    }
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                Tok::Star => {
                    let st = self.i;
                    if seen_star {
                        return Err(self.err_tok("* argument may appear only once", self.i));
                    }
                    self.bump();
                    seen_star = true;
                    if self.at(Tok::Comma) || self.at(end_tok) {
                        let bad = self.at(end_tok) || self.at(Tok::Comma) && matches!(self.nth(1), t if t == end_tok || t == Tok::DoubleStar);
                        if bad {
                            // CPython points at '*' in a def, at the last token it read in a lambda.
                            let j = if annotated { st } else if self.at(end_tok) { st + 1 } else { st + 2 };
                            return Err(self.err_tok("named arguments must follow bare *", j));
                        }
                        if annotated && self.at(Tok::Comma) && self.nth(1) == Tok::TypeComment {
                            return Err(self.err_tok("bare * has associated type comment", self.i + 1));
                        }
                    } else {
                        if self.at(Tok::Equal) {
                            return Err(self.err_tok("var-positional argument cannot have default value", self.i));
                        }
                        let arg = self.param(annotated, true)?;
                        if self.at(Tok::Equal) {
                            return Err(self.err_tok("var-positional argument cannot have default value", self.i));
                        }
                        a.vararg = Some(arg);
                        last = Some(LastParam::Vararg);
                    }
                }
                Tok::DoubleStar => {
                    self.bump();
                    let arg = self.param(annotated, false)?;
                    if self.at(Tok::Equal) {
                        return Err(self.err_tok("var-keyword argument cannot have default value", self.i));
                    }
                    a.kwarg = Some(arg);
                    last = Some(LastParam::Kwarg);
                }
                Tok::Name => {
                    let arg = self.param(annotated, false)?;
                    let default = if self.eat(Tok::Equal) {
                        if self.at(Tok::Comma) || self.at(end_tok) {
                            return Err(self.err_tok("expected default value expression", self.i - 1));
                        }
                        // Defaults are 5 (def) or 8 (lambda) calls deeper in CPython.
                        let d = self.cnest(if annotated { 5 } else { 8 }, 0, |p| p.expression())?;
                        if (annotated || self.brackets > 0) && !matches!(self.kind(), Tok::Comma | Tok::Colon) && !self.at(end_tok) && self.starts_expr() {
                            // `def f(a=1 b=2)`: the default, in brackets, lacks a comma.
                            return Err(self.forgot_comma(&d.loc));
                        }
                        Some(d)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        last = Some(LastParam::KwOnly);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            // Only a whole parameter (followed by ',' or the
                            // end) counts, as CPython's param_no_default.
                            None if seen_default && (self.at(Tok::Comma) || self.at(end_tok) || self.at(Tok::TypeComment)) => {
                                return Err(self.err_loc("parameter without a default follows parameter with a default", &arg.loc));
                            }
                            None => {}
                        }
                        a.args.push(arg);
                        last = Some(LastParam::Arg);
                    }
                }
                Tok::LPar => {
                    // `lambda (x): ...` / `def f((x)): ...`
                    let s = self.start();
                    let mut depth = 0usize;
                    let mut j = self.i;
                    while j < self.toks.len() - 1 {
                        match self.toks[j].kind {
                            Tok::LPar => depth += 1,
                            Tok::RPar => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            Tok::Newline | Tok::EndMarker => break,
                            _ => {}
                        }
                        j += 1;
                    }
                    let msg = if annotated { "Function parameters cannot be parenthesized" } else { "Lambda expression parameters cannot be parenthesized" };
                    if self.toks[j].kind == Tok::RPar {
                        return Err(self.err_range(msg, s, self.tok_end(j)));
                    }
                    return Err(self.invalid());
                }
                _ => return Err(self.invalid()),
            }
            // `param TYPE_COMMENT` before ')', or `param ',' TYPE_COMMENT`.
            let target = if annotated { last } else { None };
            if let Some(w) = target {
                if self.at(Tok::TypeComment) && self.nth(1) == Tok::RPar {
                    let tc = self.type_comment();
                    w.set(&mut a, tc);
                }
            }
            if !self.eat(Tok::Comma) {
                break;
            }
            if let Some(w) = target {
                if self.at(Tok::TypeComment) {
                    let tc = self.type_comment();
                    w.set(&mut a, tc);
                }
            }
            debug_assert!(self.i > before, "parser made no progress");
        }
        if !self.at(end_tok) {
            return Err(self.invalid());
        }
        if seen_slash {
            self.check_version(8, "Positional-only parameters are", Some(self.i));
        }
        Ok(a)
    }

    fn param(&mut self, annotated: bool, star: bool) -> PResult<Arg> {
        let s = self.start();
        let arg = self.name()?;
        let annotation = if annotated && self.eat(Tok::Colon) {
            let a = self.cnest(6, 0, |p| if star && p.at(Tok::Star) { p.star_expression() } else { p.expression() })?;
            if !matches!(self.kind(), Tok::Comma | Tok::Equal | Tok::RPar) && self.starts_expr() {
                // `def f(a: s t)`: the annotation, in brackets, lacks a
                // comma (after its last operand: `x if y else z w`).
                let mut last = &a;
                while let ExprKind::IfExp { orelse: x, .. } | ExprKind::Lambda { body: x, .. } = &last.node {
                    last = x;
                }
                let l = last.loc;
                return Err(self.forgot_comma(&l));
            }
            Some(a)
        } else {
            None
        };
        Ok(Arg { arg, annotation, type_comment: None, loc: self.loc_from(s) })
    }
}

pub fn aug_op(k: Tok) -> Option<Operator> {
    Some(match k {
        Tok::PlusEqual => Operator::Add,
        Tok::MinEqual => Operator::Sub,
        Tok::StarEqual => Operator::Mult,
        Tok::AtEqual => Operator::MatMult,
        Tok::SlashEqual => Operator::Div,
        Tok::PercentEqual => Operator::Mod,
        Tok::DoubleStarEqual => Operator::Pow,
        Tok::LeftShiftEqual => Operator::LShift,
        Tok::RightShiftEqual => Operator::RShift,
        Tok::VBarEqual => Operator::BitOr,
        Tok::CircumflexEqual => Operator::BitXor,
        Tok::AmperEqual => Operator::BitAnd,
        Tok::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

/// The parameter just parsed, which a following type comment annotates.
#[derive(Copy, Clone)]
enum LastParam {
    Arg,
    KwOnly,
    Vararg,
    Kwarg,
}

impl LastParam {
    fn set(self, a: &mut Arguments, tc: Option<String>) {
        let arg = match self {
            LastParam::Arg => a.args.last_mut(),
            LastParam::KwOnly => a.kwonlyargs.last_mut(),
            LastParam::Vararg => a.vararg.as_mut(),
            LastParam::Kwarg => a.kwarg.as_mut(),
        };
        if let Some(arg) = arg {
            arg.type_comment = tc;
        }
    }
}

/// Why a context is being set, for CPython's error messages.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum CtxUse {
    /// `targets = value`; `first_of_one` adds "here. Maybe you meant '=='...".
    Assign { first_of_one: bool },
    Del,
    Other,
}

impl PError {
    /// CPython reports some errors with offset == end_offset at a point.
    pub fn one_based_same(mut self) -> PError {
        self.end_col = self.col;
        self
    }
}

impl<'s> Parser<'s> {
    /// "Expected one or more names after 'import'" at the NEWLINE here: a
    /// NEWLINE after a comment spans the comment, else CPython's end is its
    /// start.
    fn no_import_names(&self) -> PError {
        let t = *self.tok();
        let p = self.start();
        if let Some(rest) = self.src.get(t.start as usize..).filter(|r| r.starts_with('#')) {
            let len = rest.find(['\n', '\r']).unwrap_or(rest.len()) as u32;
            return self.err_range("Expected one or more names after 'import'", p, Pos { line: p.line, col: p.col + len });
        }
        self.err_range("Expected one or more names after 'import'", p, p).one_based_same()
    }

    /// Token `k` is a '{' right after an operand of an expression (not in
    /// an import, a class or def header, nor after a '.').
    fn brace_after_expression(&self, k: usize) -> bool {
        if k == 0 || self.toks[k].kind != Tok::LBrace {
            return false;
        }
        if !matches!(self.toks[k - 1].kind, Tok::Name | Tok::Number | Tok::String | Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::FStringEnd) {
            return false;
        }
        let mut j = k;
        while j > 0 && !matches!(self.toks[j - 1].kind, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi) {
            j -= 1;
        }
        !matches!(self.toks[j].kind, Tok::Import | Tok::From | Tok::Class | Tok::Def | Tok::At)
    }

    /// Picks the error CPython would report: a tokenizer error takes
    /// precedence over a parser error, and a parser error after an unclosed
    /// bracket on an earlier line becomes "'(' was never closed".
    pub fn choose_error(&mut self, e: PError) -> PError {
        if self.overflowed {
            return Self::stack_overflow();
        }
        if e.kind == SyntaxErrorKind::Recursion {
            return e;
        }
        if let Some(le) = &self.lex_error {
            let err_idx = self.toks.len() - 1;
            let reached = self.furthest.get().max(self.reach);
            if reached >= err_idx {
                return le.clone();
            }
            if e.msg == "unexpected indent" || e.msg == "unexpected unindent" {
                return e;
            }
            // CPython tokenizes the rest of the input after a parser error:
            // errors its tokenizer raises directly win; indentation errors
            // do not; an unclosed bracket wins if it was opened on a line
            // before the furthest token the parser read.
            // CPython's tokenizer only records some errors (indentation, a
            // bad line continuation); the parser turns them into exceptions
            // when it reaches them, so they do not replace a parser error.
            let indentation = le.recorded.is_some() || self.lex_error_after_continuation && !self.lex_error_is_eof;
            if self.lex_error_is_eof {
                // Inside an f-string at the end, CPython keeps the parser's
                // error (its tokenizer's mode stack is not empty).
                let line = self.toks[reached.min(err_idx)].sline;
                if line > le.lineno && !self.lex_error_in_fstring {
                    return le.clone();
                }
                // Stopped at the unclosed '{' itself: CPython's second pass
                // reads the display that starts there (invalid_expression)
                // into the end of input.
                let at = self.tok_index_of(Pos { line: e.lineno, col: e.col });
                if e.msg == "invalid syntax" && (e.lineno, e.col) == (le.lineno, le.col) && !self.lex_error_in_fstring {
                    if let Some(k) = at.filter(|&k| self.brace_after_expression(k)) {
                        let le = le.clone();
                        let reaches_end = self.second_pass(|p| {
                            p.i = k;
                            let _ = p.expression();
                            p.furthest.get() >= err_idx
                        });
                        if reaches_end {
                            return le;
                        }
                    }
                }
            } else if !indentation && !self.lex_error_in_fstring {
                return le.clone();
            }
        }
        if e.msg == MULTIPLE_STATEMENTS {
            // Raised after a successful parse: CPython shows the statement's
            // own line, newline included, whatever was read beyond it.
            return e;
        }
        let mut e = e;
        let fur = self.furthest.get().max(self.reach).max(self.i).min(self.toks.len() - 1);
        if e.tok_line == 0 {
            e.tok_line = self.toks[fur].eline;
        }
        e
    }

}
