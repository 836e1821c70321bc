//! The tokenizer: source text to a vector of tokens, with INDENT/DEDENT,
//! implicit line joining inside brackets, and PEP 701 f-strings lexed as
//! FSTRING_START / FSTRING_MIDDLE / replacement fields / FSTRING_END.
//!
//! The lexer tokenizes the whole input up front. When it meets an error it
//! stops, appends a `Tok::Error` token and keeps the error; the parser reports
//! it when it reaches that token (or when it fails elsewhere and the error
//! should take precedence, as CPython's tokenizer errors do).

use crate::error::{PError, END_MINUS_ONE};
use crate::token::{Tok, Token};
use pyk_abi::component::SyntaxErrorKind;

/// CPython's tokenizer refuses more than 200 open brackets.
pub const MAX_PAREN: usize = 200;
/// CPython's tokenizer refuses more than 100 indentation levels.
pub const MAX_INDENT: usize = 100;
/// Replacement fields nested in one f-string's format specs (CPython's MAX_EXPR_NESTING).
const MAX_FIELD_NESTING: usize = 3;
/// f-strings nested in each other's fields (CPython's MAXFSTRINGLEVEL).
const MAX_FSTRING_NESTING: usize = 150;

pub struct Lexed {
    pub tokens: Vec<Token>,
    pub line_starts: Vec<u32>,
    /// The error of the final `Tok::Error` token, if the lexer stopped early.
    pub error: Option<PError>,
    /// The end-of-input condition the error stands for, if it is one
    /// (CPython treats these as end-of-file conditions rather than
    /// tokenizer errors; `tokenize` words them its own way).
    pub eof: Option<EofCase>,
    /// The lexer was inside an f-string when it failed: CPython then keeps
    /// an earlier parser error rather than this one.
    pub error_in_fstring: bool,
    /// `# type: ignore...` comments (with type comments on): line and tag.
    pub type_ignores: Vec<(u32, String)>,
    /// SyntaxWarnings: a number directly followed by a keyword (`1if x`).
    pub warnings: Vec<PError>,
}

/// Which end of input stopped the lexer: CPython's tokenizer meets end of
/// file (E_EOF) where more input was needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EofCase {
    /// Inside brackets, at the start of a line ("'(' was never closed").
    InBrackets,
    /// Right after a line continuation (a backslash, with or without its
    /// newline). `in_brackets`: brackets were open. `buffer_start`: where
    /// CPython's line buffer began (the first line of the statement's run
    /// of continued lines, or None when the backslash stood in a line's
    /// indentation, which starts a fresh buffer).
    AfterContinuation { in_brackets: bool, buffer_start: Option<u32> },
}

impl Lexed {
    /// The error is "bracket never closed" at end of input.
    pub fn eof_in_brackets(&self) -> bool {
        matches!(self.eof, Some(EofCase::InBrackets | EofCase::AfterContinuation { in_brackets: true, .. }))
    }
}

#[derive(Clone, Copy, Debug)]
enum Mode {
    FString { quote: u8, triple: bool, raw: bool, start: u32 },
    /// A replacement field; `depth` is the bracket depth just inside its `{`.
    /// `spec`: lexing format-spec text; `in_spec`: CPython's `in_format_spec`
    /// (set by the field's ':', cleared when a nested field or the spec ends),
    /// which decides whether `{{` is a field and whether a newline ends the spec.
    Field { depth: usize, spec: bool, in_spec: bool },
}

struct Lexer<'a> {
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_starts: Vec<u32>,
    tokens: Vec<Token>,
    indents: Vec<(u32, u32)>,
    parens: Vec<(u8, u32, u32)>,
    modes: Vec<Mode>,
    at_bol: bool,
    eof: Option<EofCase>,
    /// Start of the line after the last NEWLINE/NL newline: where CPython's
    /// tokenizer starts a fresh line buffer.
    bol_pos: usize,
    dont_imply_dedent: bool,
    /// Also emit COMMENT and NL tokens (for `tokenize`).
    trivia: bool,
    /// CPython's extra_tokens mode (see `lex_tokenize`).
    lenient: bool,
    /// The input counts as ending with a newline (exec input).
    final_newline: bool,
    /// Start of a comment ending the current line: CPython's NEWLINE token
    /// starts there.
    comment_start: Option<usize>,
    /// `PyCF_TYPE_COMMENTS`: TYPE_COMMENT tokens and collected type ignores.
    type_comments: bool,
    type_ignores: Vec<(u32, String)>,
    warnings: Vec<PError>,
}

pub fn lex(src: &str, dont_imply_dedent: bool, type_comments: bool) -> Lexed {
    lex_with(src, dont_imply_dedent, false, type_comments)
}

/// `lex` for eval/single input: CPython adds no newline after the last
/// line then, so a backslash at the very end is followed by nothing.
pub fn lex_no_final_newline(src: &str, type_comments: bool) -> Lexed {
    lex_inner(src, false, false, type_comments, false)
}

/// Lexes; with `trivia`, comments and non-logical newlines become tokens too.
pub fn lex_with(src: &str, dont_imply_dedent: bool, trivia: bool, type_comments: bool) -> Lexed {
    lex_inner(src, dont_imply_dedent, trivia, type_comments, true)
}

/// Lexes for `tokenize`: comments and non-logical newlines as tokens;
/// `lenient` is CPython's extra_tokens mode, which leaves unmatched
/// brackets, names that are not identifiers, leading zeros and a name
/// right after a number to the parser.
pub fn lex_tokenize(src: &str, lenient: bool) -> Lexed {
    lex_inner_with(src, false, true, false, true, lenient)
}

fn lex_inner(src: &str, dont_imply_dedent: bool, trivia: bool, type_comments: bool, final_newline: bool) -> Lexed {
    lex_inner_with(src, dont_imply_dedent, trivia, type_comments, final_newline, false)
}

fn lex_inner_with(src: &str, dont_imply_dedent: bool, trivia: bool, type_comments: bool, final_newline: bool, lenient: bool) -> Lexed {
    let b = src.as_bytes();
    let mut lx = Lexer {
        b,
        pos: 0,
        line: 1,
        line_starts: vec![0],
        tokens: Vec::with_capacity(b.len() / 4 + 16),
        indents: vec![(0, 0)],
        parens: Vec::new(),
        modes: Vec::new(),
        at_bol: true,
        eof: None,
        bol_pos: 0,
        dont_imply_dedent,
        trivia,
        lenient,
        final_newline,
        comment_start: None,
        type_comments,
        type_ignores: Vec::new(),
        warnings: Vec::new(),
    };
    let mut error_in_fstring = false;
    let error = match lx.run() {
        Ok(()) => None,
        Err(e) => {
            let (s, l) = (lx.pos as u32, lx.line);
            error_in_fstring = lx.modes.iter().any(|m| matches!(m, Mode::FString { .. }));
            lx.tokens.push(Token { kind: Tok::Error, start: s, end: s, sline: l, eline: l });
            // Record the remaining line starts so that error text can be shown.
            let mut p = lx.pos;
            while p < b.len() {
                let n = nl_len(b, p);
                if n > 0 {
                    p += n;
                    lx.line_starts.push(p as u32);
                } else {
                    p += 1;
                }
            }
            Some(e)
        }
    };
    Lexed { tokens: lx.tokens, line_starts: lx.line_starts, error, eof: lx.eof, error_in_fstring, type_ignores: lx.type_ignores, warnings: lx.warnings }
}

fn nl_len(b: &[u8], p: usize) -> usize {
    match b.get(p) {
        Some(b'\n') => 1,
        Some(b'\r') => {
            if b.get(p + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        }
        _ => 0,
    }
}

pub fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_id_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl<'a> Lexer<'a> {
    fn peek(&self, off: usize) -> u8 {
        *self.b.get(self.pos + off).unwrap_or(&0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }

    fn col_of(&self, pos: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&(pos as u32)) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos as u32 - self.line_starts[line])
    }

    fn bump_newline(&mut self, n: usize) {
        self.pos += n;
        self.line += 1;
        self.line_starts.push(self.pos as u32);
    }

    fn push(&mut self, kind: Tok, start: usize, sline: u32) {
        self.tokens.push(Token { kind, start: start as u32, end: self.pos as u32, sline, eline: self.line });
    }

    /// An error whose offset and end offset both point at byte `pos` (1-based column = col + 1).
    fn err_at(&self, msg: impl Into<String>, pos: usize) -> PError {
        let (l, c) = self.col_of(pos);
        let mut e = PError::new(msg, l, c, l, c);
        e.add_newline = false;
        e
    }

    fn last_kind(&self) -> Option<Tok> {
        self.tokens.last().map(|t| t.kind)
    }

    fn run(&mut self) -> Result<(), PError> {
        loop {
            match self.modes.last().copied() {
                Some(Mode::FString { quote, triple, raw, start }) => {
                    self.fstring_middle(quote, triple, raw, start as usize)?;
                    continue;
                }
                Some(Mode::Field { spec: true, .. }) => {
                    self.spec_middle()?;
                    continue;
                }
                _ => {}
            }
            if self.at_bol {
                self.at_bol = false;
                if self.parens.is_empty() && self.indentation()? {
                    continue;
                }
            }
            while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.at_end() {
                return self.eof();
            }
            let c = self.b[self.pos];
            let start = self.pos;
            let sline = self.line;
            match c {
                b'#' => {
                    while !self.at_end() && !matches!(self.b[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                    let typed = self.type_comments && self.type_comment(start, false);
                    if self.trivia {
                        self.push(Tok::Comment, start, sline);
                    } else if !typed {
                        self.comment_start = Some(start);
                    }
                }
                b'\\' => {
                    let n = nl_len(self.b, self.pos + 1);
                    let in_indent = self.in_indentation(self.pos);
                    let at_eof = EofCase::AfterContinuation { in_brackets: !self.parens.is_empty(), buffer_start: (!in_indent).then_some(self.bol_pos as u32) };
                    if self.pos + 1 + n >= self.b.len() && !self.parens.is_empty() {
                        // End of input right after a continuation inside brackets.
                        let e = self.unclosed_error();
                        self.eof = Some(at_eof);
                        return Err(e);
                    }
                    if n == 0 {
                        return Err(self.continuation_error(at_eof));
                    }
                    self.pos += 1;
                    self.bump_newline(n);
                    if in_indent {
                        self.bol_pos = self.pos;
                    }
                    if self.at_end() {
                        self.eof = Some(at_eof);
                        let mut e = self.err_at("unexpected EOF while parsing", self.pos);
                        let (l, _) = self.col_of(start);
                        e.lineno = l;
                        e.end_lineno = l;
                        e.col = self.col_of(start).1 + 1;
                        e.end_raw = Some(END_MINUS_ONE);
                        e.add_newline = true;
                        return Err(e.incomplete());
                    }
                }
                b'\n' | b'\r' => {
                    let n = nl_len(self.b, self.pos);
                    let comment = self.comment_start.take();
                    if self.parens.is_empty() {
                        if !matches!(self.last_kind(), None | Some(Tok::Newline) | Some(Tok::Indent) | Some(Tok::Dedent) | Some(Tok::Nl)) {
                            self.pos += n;
                            self.push(Tok::Newline, comment.unwrap_or(start), sline);
                            self.pos -= n;
                        } else if self.trivia {
                            self.trivia_nl(start, n);
                        }
                        self.bump_newline(n);
                        self.at_bol = true;
                    } else {
                        if self.trivia {
                            self.trivia_nl(start, n);
                        }
                        self.bump_newline(n);
                    }
                    self.bol_pos = self.pos;
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(start, false, false, false)?,
                _ if is_id_start(c) => self.name()?,
                _ => self.operator()?,
            }
        }
    }

    /// A comment from `start` ('#') to `self.pos` (the end of its line) with
    /// type comments on: `# type: ignore...` is recorded (its tag, plus the
    /// newline when the comment is alone on its line), another `# type: ...`
    /// becomes a TYPE_COMMENT token. True for a TYPE_COMMENT.
    fn type_comment(&mut self, start: usize, alone: bool) -> bool {
        let c = &self.b[start..self.pos];
        // CPython's prefix "# type: ": each space matches any run of spaces
        // and tabs, none included.
        let mut p = 0;
        for &want in b"# type: " {
            if want == b' ' {
                while p < c.len() && matches!(c[p], b' ' | b'\t') {
                    p += 1;
                }
            } else if p < c.len() && c[p] == want {
                p += 1;
            } else {
                return false;
            }
        }
        let text = &c[p..];
        let ignore = text.starts_with(b"ignore") && text.get(6).is_none_or(|&d| d < 0x80 && !d.is_ascii_alphanumeric());
        if ignore {
            let mut tag = String::from_utf8_lossy(&text[6..]).into_owned();
            if alone {
                tag.push('\n');
            }
            self.type_ignores.push((self.line, tag));
            return false;
        }
        let l = self.line;
        self.tokens.push(Token { kind: Tok::TypeComment, start: (start + p) as u32, end: self.pos as u32, sline: l, eline: l });
        true
    }

    /// The backslash at `pos` stands in the indentation of a line that
    /// began after a NEWLINE/NL newline (only blanks and continuations
    /// before it), where CPython's tokenizer reads on with a fresh buffer.
    fn in_indentation(&self, pos: usize) -> bool {
        self.b[self.bol_pos.min(pos)..pos].iter().all(|c| matches!(c, b' ' | b'\t' | b'\x0c' | b'\\' | b'\n' | b'\r'))
    }

    /// An NL token of `n` bytes at `start` (a zero-width one at end of input).
    fn trivia_nl(&mut self, start: usize, n: usize) {
        let l = self.line;
        self.tokens.push(Token { kind: Tok::Nl, start: start as u32, end: (start + n) as u32, sline: l, eline: l });
    }

    fn enclosing_fstring(&self) -> Option<Mode> {
        self.modes.iter().rev().find(|m| matches!(m, Mode::FString { .. })).copied()
    }

    /// A replacement field just closed: the enclosing field's format spec,
    /// if any, is no longer "fresh" (CPython clears `in_format_spec`).
    fn field_closed(&mut self) {
        self.parens.pop();
        self.modes.pop();
        if let Some(Mode::Field { in_spec, .. }) = self.modes.last_mut() {
            *in_spec = false;
        }
    }

    /// An error whose offset counts the characters before byte `pos` on its
    /// line (CPython's tokenizer reports its cursor standing before `pos`).
    fn err_before(&self, msg: impl Into<String>, pos: usize) -> PError {
        let (l, _) = self.col_of(pos);
        let ls = self.line_starts[l as usize - 1] as usize;
        let n = String::from_utf8_lossy(&self.b[ls..pos.max(ls)]).chars().count() as u32;
        let mut e = PError::new(msg, l, 0, l, 0);
        e.offset_raw = Some(n);
        e.end_raw = Some(n);
        e.add_newline = false;
        e
    }

    /// A backslash at `self.pos` not followed by a newline: at the end of
    /// input (where CPython's tokenizer adds a newline unless told not to)
    /// an unexpected EOF, else a bad continuation.
    fn continuation_error(&mut self, at_eof: EofCase) -> PError {
        if self.pos + 1 >= self.b.len() && !self.final_newline {
            let mut e = self.err_at("unexpected character after line continuation character", self.pos);
            e.end_raw = Some(0);
            e.recorded = Some(self.bol_pos as u32);
            e.text_from = Some(self.bol_pos as u32);
            return e;
        }
        if self.pos + 1 >= self.b.len() {
            let mut e = self.err_at("unexpected EOF while parsing", self.pos + 1);
            e.end_raw = Some(END_MINUS_ONE);
            e.add_newline = true;
            self.eof = Some(at_eof);
            return e.incomplete();
        }
        self.bad_continuation()
    }

    /// A backslash at `self.pos` followed by something other than a newline.
    fn bad_continuation(&self) -> PError {
        let mut e = self.err_at("unexpected character after line continuation character", self.pos + 1);
        e.end_raw = Some(0);
        e.recorded = Some(self.bol_pos as u32);
        e.text_from = Some(self.bol_pos as u32);
        e.add_newline = true;
        e
    }

    /// Measures the indentation of a new line and emits INDENT/DEDENT.
    /// Returns true when the line was blank (consumed entirely).
    fn indentation(&mut self) -> Result<bool, PError> {
        let (mut col, mut alt) = (0u32, 0u32);
        // CPython: the first backslash continuation met in the indentation
        // (after some whitespace) fixes the indentation of what follows.
        let mut cont_col = 0u32;
        loop {
            match self.peek(0) {
                b'\\' => {
                    let n = nl_len(self.b, self.pos + 1);
                    if n == 0 {
                        // CPython's tokenizer fails there, before it
                        // compares the indentation with the enclosing ones.
                        let at_eof = EofCase::AfterContinuation { in_brackets: !self.parens.is_empty(), buffer_start: None };
                        return Err(self.continuation_error(at_eof));
                    }
                    if n == 0 || self.pos + 1 + n >= self.b.len() {
                        break;
                    }
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    self.pos += 1;
                    self.bump_newline(n);
                    self.bol_pos = self.pos;
                    continue;
                }
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if self.at_end() {
            if self.trivia && self.pos > *self.line_starts.last().unwrap_or(&0) as usize {
                // A last line of blanks without a newline: CPython's
                // tokenizer adds one, which makes the line blank (NL '').
                let p = self.pos;
                self.trivia_nl(p, 0);
            }
            return Ok(false);
        }
        let c = self.b[self.pos];
        if c == b'#' || c == b'\n' || c == b'\r' {
            let cstart = self.pos;
            while !self.at_end() && !matches!(self.b[self.pos], b'\n' | b'\r') {
                self.pos += 1;
            }
            if self.trivia && c == b'#' {
                let l = self.line;
                self.push(Tok::Comment, cstart, l);
            }
            let n = nl_len(self.b, self.pos);
            if self.type_comments && c == b'#' && self.type_comment(cstart, true) {
                // A type comment alone on its line is followed by a NEWLINE,
                // as in CPython (a blank line otherwise yields none).
                let (p, l) = (self.pos, self.line);
                self.tokens.push(Token { kind: Tok::Newline, start: p as u32, end: (p + n.max(1)) as u32, sline: l, eline: l });
            }
            if self.trivia {
                let p = self.pos;
                self.trivia_nl(p, n);
            }
            if n > 0 {
                self.bump_newline(n);
                self.bol_pos = self.pos;
                self.at_bol = true;
            }
            return Ok(true);
        }
        if c == b'\\' && nl_len(self.b, self.pos + 1) > 0 {
            // A continuation at the end of input: left to the main loop.
            return Ok(false);
        }
        if cont_col != 0 {
            col = cont_col;
            alt = cont_col;
        }
        let (tcol, talt) = *self.indents.last().unwrap_or(&(0, 0));
        let line_start = *self.line_starts.last().unwrap_or(&0) as usize;
        if col == tcol {
            if alt != talt {
                return Err(self.tab_error());
            }
        } else if col > tcol {
            if self.indents.len() >= MAX_INDENT {
                let mut e = PError::new("too many levels of indentation", self.line, 0, self.line, 0);
                e.end_raw = Some(0);
                e.kind = SyntaxErrorKind::IndentationError;
                e.recorded = Some(self.bol_pos as u32);
                return Err(e);
            }
            if alt <= talt {
                return Err(self.tab_error());
            }
            self.indents.push((col, alt));
            let sl = self.line;
            self.push(Tok::Indent, line_start, sl);
        } else {
            // The level dedented to must exist before any DEDENT is made:
            // CPython's tokenizer fails first.
            let keep = self.indents.iter().rposition(|&(c, _)| c <= col).unwrap_or(0) + 1;
            let (tcol, talt) = self.indents[keep - 1];
            if col == tcol {
                while self.indents.len() > keep {
                    self.indents.pop();
                    let (sl, p) = (self.line, self.pos);
                    self.push(Tok::Dedent, p, sl);
                }
            }
            if col != tcol {
                let (l, c) = self.col_of(self.pos);
                let mut e = PError::new("unindent does not match any outer indentation level", l, c + 1, l, 0);
                e.kind = SyntaxErrorKind::IndentationError;
                // CPython reports the offset at the end of the offending line.
                let ls = *self.line_starts.last().unwrap_or(&0) as usize;
                let mut le = self.pos;
                while le < self.b.len() && !matches!(self.b[le], b'\n' | b'\r') {
                    le += 1;
                }
                let n = nl_len(self.b, le);
                // At the end of input CPython's line has its implied newline.
                let implied = u32::from(n == 0 && self.final_newline);
                le += n;
                let chars = String::from_utf8_lossy(&self.b[ls..le]).chars().count() as u32 + implied;
                e.offset_raw = Some(chars);
                e.end_raw = Some(END_MINUS_ONE);
                e.recorded = Some(self.bol_pos as u32);
                return Err(e);
            }
            if alt != talt {
                return Err(self.tab_error());
            }
        }
        Ok(false)
    }

    fn tab_error(&self) -> PError {
        let (l, _) = self.col_of(self.pos);
        let mut e = PError::new("inconsistent use of tabs and spaces in indentation", l, 0, l, 0);
        e.kind = SyntaxErrorKind::TabError;
        e.end_raw = Some(0);
        e.recorded = Some(self.bol_pos as u32);
        e
    }

    /// The line CPython names in "(detected at line N)": the last line with content.
    fn detected_line(&self) -> u32 {
        if self.b.last().is_some_and(|&c| c == b'\n' || c == b'\r') {
            self.line - 1
        } else {
            self.line
        }
    }

    /// "'(' was never closed" for the innermost open bracket at end of input.
    fn unclosed_error(&mut self) -> PError {
        let (ch, p, _) = self.parens.last().copied().unwrap_or((b'(', 0, 1));
        let mut e = self.err_at(format!("'{}' was never closed", ch as char), p as usize);
        e.end_raw = Some(0);
        // A parser-level error: the line with its newline, or bare when
        // the tokenizer had gone past it.
        e.add_newline = true;
        e.tok_line = self.detected_line();
        self.eof = Some(EofCase::InBrackets);
        e.incomplete()
    }

    fn eof(&mut self) -> Result<(), PError> {
        if !self.parens.is_empty() {
            if self.trivia && !self.b.last().is_some_and(|&c| c == b'\n' || c == b'\r') {
                // The newline CPython's tokenizer adds to the last line is
                // an NL inside brackets (an empty one for `tokenize`).
                let p = self.pos;
                self.trivia_nl(p, 0);
            }
            return Err(self.unclosed_error());
        }
        if let Some(m) = self.enclosing_fstring() {
            if let Mode::FString { triple, start, .. } = m {
                let msg = if triple {
                    format!("unterminated triple-quoted f-string literal (detected at line {})", self.detected_line())
                } else {
                    format!("unterminated f-string literal (detected at line {})", self.detected_line())
                };
                let mut e = self.err_at(msg, start as usize);
                if triple {
                    e = e.incomplete();
                }
                return Err(e);
            }
        }
        let p = self.pos;
        let l = self.line;
        if self.dont_imply_dedent && self.indents.len() > 1 && !self.b.last().is_some_and(|&c| c == b'\n' || c == b'\r') {
            // CPython: "invalid syntax" at offset 0; with
            // PyCF_ALLOW_INCOMPLETE_INPUT the kernel makes it "incomplete input".
            let mut e = self.err_at("invalid syntax", p);
            e.add_newline = false;
            (e.offset_raw, e.end_raw) = (Some(0), Some(0));
            return Err(e.incomplete());
        }
        if !matches!(self.last_kind(), None | Some(Tok::Newline) | Some(Tok::Indent) | Some(Tok::Dedent) | Some(Tok::Nl)) {
            // The implicit NEWLINE at end of input spans one (virtual) column.
            self.tokens.push(Token { kind: Tok::Newline, start: p as u32, end: p as u32 + 1, sline: l, eline: l });
        }
        for _ in 1..self.indents.len() {
            self.push(Tok::Dedent, p, l);
        }
        self.push(Tok::EndMarker, p, l);
        Ok(())
    }

    fn name(&mut self) -> Result<(), PError> {
        let start = self.pos;
        let sline = self.line;
        // As CPython's tokenizer: every character at or above U+0080 may be
        // part of a name; the whole name is then checked against
        // XID_Start/XID_Continue and the first misfit reported.
        let mut ascii = true;
        while self.pos < self.b.len() && is_id_char(self.b[self.pos]) {
            ascii &= self.b[self.pos] < 0x80;
            self.pos += 1;
        }
        let text = &self.b[start..self.pos];
        // `tokenize` takes any run of such characters as a NAME, as
        // CPython's tokenizer in extra_tokens mode.
        if !ascii && !self.lenient {
            let name = std::str::from_utf8(text).unwrap_or("");
            if let Some((off, ch)) = crate::ident::first_invalid(name) {
                self.pos = start + off;
                return Err(self.invalid_char(ch));
            }
        }
        // String prefixes.
        if matches!(self.peek(0), b'"' | b'\'') && text.len() <= 2 {
            let mut r = false;
            let mut bb = false;
            let mut f = false;
            let mut u = false;
            let mut ok = true;
            for &c in text {
                match c.to_ascii_lowercase() {
                    b'r' if !r => r = true,
                    b'b' if !bb => bb = true,
                    b'f' if !f => f = true,
                    b'u' if !u => u = true,
                    _ => ok = false,
                }
            }
            if u && (r || bb || f) {
                ok = false;
            }
            if bb && f {
                ok = false;
            }
            if ok {
                return self.string(start, r, bb, f);
            }
        }
        let kind = if ascii { Tok::keyword(text).unwrap_or(Tok::Name) } else { Tok::Name };
        self.push(kind, start, sline);
        Ok(())
    }

    fn invalid_char(&self, ch: char) -> PError {
        let (l, c) = self.col_of(self.pos);
        let msg = if crate::dump::printable(ch) {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        let mut e = PError::new(msg, l, c, l, c);
        e.add_newline = false;
        e
    }

    fn digits(&mut self, pred: fn(u8) -> bool, kind: &str) -> Result<(), PError> {
        // Digits with single underscores between them; at least one digit expected at pos.
        loop {
            while self.pos < self.b.len() && pred(self.b[self.pos]) {
                self.pos += 1;
            }
            if self.peek(0) == b'_' {
                self.pos += 1;
                if !pred(self.peek(0)) {
                    let c = self.peek(0);
                    if matches!(kind, "binary" | "octal") && c.is_ascii_digit() {
                        return Err(self.err_at(format!("invalid digit '{}' in {kind} literal", c as char), self.pos));
                    }
                    return Err(self.err_at(format!("invalid {kind} literal"), self.pos - 1));
                }
            } else {
                return Ok(());
            }
        }
    }

    fn number(&mut self) -> Result<(), PError> {
        let start = self.pos;
        let sline = self.line;
        let c0 = self.peek(0);
        let c1 = self.peek(1).to_ascii_lowercase();
        if c0 == b'0' && matches!(c1, b'x' | b'o' | b'b') {
            self.pos += 2;
            let (pred, kind): (fn(u8) -> bool, &str) = match c1 {
                b'x' => (|c: u8| c.is_ascii_hexdigit(), "hexadecimal"),
                b'o' => (|c: u8| (b'0'..=b'7').contains(&c), "octal"),
                _ => (|c: u8| c == b'0' || c == b'1', "binary"),
            };
            if self.peek(0) == b'_' {
                self.pos += 1;
            }
            if !pred(self.peek(0)) {
                if self.peek(0).is_ascii_digit() {
                    let d = self.peek(0) as char;
                    return Err(self.err_at(format!("invalid digit '{d}' in {kind} literal"), self.pos));
                }
                return Err(self.err_at(format!("invalid {kind} literal"), self.pos - 1));
            }
            self.digits(pred, kind)?;
            if self.peek(0).is_ascii_digit() {
                let d = self.peek(0) as char;
                return Err(self.err_at(format!("invalid digit '{d}' in {kind} literal"), self.pos));
            }
            // The check comes first: CPython yields no NUMBER before its error.
            self.verify_end(kind)?;
            self.push(Tok::Number, start, sline);
            return Ok(());
        }
        let dec = |c: u8| c.is_ascii_digit();
        let mut is_float = false;
        if c0 != b'.' {
            self.digits(dec, "decimal")?;
        }
        if self.peek(0) == b'.' {
            is_float = true;
            self.pos += 1;
            if self.peek(0).is_ascii_digit() {
                self.digits(dec, "decimal")?;
            }
        }
        if matches!(self.peek(0), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
            }
            if !self.peek(0).is_ascii_digit() {
                let signed = self.pos > save + 1;
                self.pos = save;
                if signed {
                    return Err(self.err_at("invalid decimal literal", save + 1));
                }
                // No exponent after all: the number ends before the `e`,
                // which may start a keyword (`1 if 1else 0`, with a warning).
            } else {
                is_float = true;
                self.digits(dec, "decimal")?;
            }
        }
        let imag = matches!(self.peek(0), b'j' | b'J');
        if imag {
            self.pos += 1;
        }
        // For `tokenize` (CPython's extra_tokens mode) leading zeros and a
        // name right after a number are left to the parser.
        if !is_float && !imag && c0 == b'0' && !self.lenient {
            // Leading zeros: only "0", "00", "0_0" ... are allowed.
            let text = &self.b[start..self.pos];
            if text.iter().any(|&c| c != b'0' && c != b'_') {
                let zeros = text.iter().take_while(|&&c| c == b'0' || c == b'_').count();
                let (l, c) = self.col_of(start);
                let mut e = PError::new(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    l,
                    c,
                    l,
                    c + zeros as u32,
                );
                e.add_newline = false;
                return Err(e);
            }
        }
        self.verify_end(if imag { "imaginary" } else { "decimal" })?;
        self.push(Tok::Number, start, sline);
        Ok(())
    }

    /// A number directly followed by a name is an error, except before the
    /// keywords CPython tolerates there (`1if x else y`).
    fn verify_end(&mut self, kind: &str) -> Result<(), PError> {
        if self.lenient {
            return Ok(());
        }
        let c = self.peek(0);
        // Only ASCII letters make the number invalid; a non-ASCII character
        // starts the next token.
        if !is_id_start(c) || c >= 0x80 {
            return Ok(());
        }
        let rest = &self.b[self.pos..];
        let msg = format!("invalid {kind} literal");
        // CPython's check: "if", "in", "is" by their first two letters;
        // the others must end there (`1else9` is an invalid literal).
        for kw in [&b"and"[..], b"else", b"for", b"if", b"in", b"is", b"not", b"or"] {
            let whole = kw.len() == 2 && kw[0] == b'i' || !rest.get(kw.len()).is_some_and(|&c| is_id_char(c));
            if rest.starts_with(kw) && whole {
                // Accepted, with a SyntaxWarning where the error would point.
                let w = self.err_at(msg, self.pos - 1);
                self.warnings.push(w);
                return Ok(());
            }
        }
        Err(self.err_at(msg, self.pos - 1))
    }

    fn string(&mut self, start: usize, raw: bool, _bytes: bool, fstr: bool) -> Result<(), PError> {
        let sline = self.line;
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        self.pos += if triple { 3 } else { 1 };
        if fstr {
            if self.modes.iter().filter(|m| matches!(m, Mode::FString { .. })).count() + 1 >= MAX_FSTRING_NESTING {
                return Err(self.err_before("too many nested f-strings", self.pos));
            }
            self.push(Tok::FStringStart, start, sline);
            self.modes.push(Mode::FString { quote: q, triple, raw, start: start as u32 });
            return Ok(());
        }
        let mut escaped_quote = false;
        let hint = |escaped: bool| if escaped { "; perhaps you escaped the end quote?" } else { "" };
        loop {
            if self.at_end() {
                if let Some(Mode::FString { quote, triple: t, .. }) = self.enclosing_fstring() {
                    if quote == q && t == triple {
                        return Err(self.err_at("f-string: expecting '}'", start));
                    }
                }
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {})", self.detected_line())
                } else {
                    format!("unterminated string literal (detected at line {}){}", self.detected_line(), hint(escaped_quote))
                };
                let mut e = self.err_at(msg, start);
                if triple {
                    e = e.incomplete();
                }
                return Err(e);
            }
            let c = self.b[self.pos];
            if c == b'\\' {
                self.pos += 1;
                let n = nl_len(self.b, self.pos);
                if n > 0 {
                    self.bump_newline(n);
                } else if !self.at_end() {
                    escaped_quote |= self.b[self.pos] == q;
                    self.pos += 1;
                }
                continue;
            }
            if c == b'\n' || c == b'\r' {
                if !triple {
                    if let Some(Mode::FString { quote, triple: false, .. }) = self.enclosing_fstring() {
                        if quote == q {
                            return Err(self.err_at("f-string: expecting '}'", start));
                        }
                    }
                    return Err(self.err_at(format!("unterminated string literal (detected at line {}){}", self.line, hint(escaped_quote)), start));
                }
                let n = nl_len(self.b, self.pos);
                self.bump_newline(n);
                continue;
            }
            if c == q {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek(1) == q && self.peek(2) == q {
                    self.pos += 3;
                    break;
                }
            }
            self.pos += 1;
        }
        self.push(Tok::String, start, sline);
        Ok(())
    }

    fn fstring_middle(&mut self, q: u8, triple: bool, raw: bool, fstart: usize) -> Result<(), PError> {
        let start = self.pos;
        let sline = self.line;
        loop {
            if self.at_end() {
                let msg = if triple {
                    format!("unterminated triple-quoted f-string literal (detected at line {})", self.detected_line())
                } else {
                    format!("unterminated f-string literal (detected at line {})", self.detected_line())
                };
                let mut e = self.err_at(msg, fstart);
                if triple {
                    e = e.incomplete();
                }
                return Err(e);
            }
            let c = self.b[self.pos];
            if c == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) {
                if self.pos > start {
                    self.push(Tok::FStringMiddle, start, sline);
                }
                let s = self.pos;
                let l = self.line;
                self.pos += if triple { 3 } else { 1 };
                self.push(Tok::FStringEnd, s, l);
                self.modes.pop();
                return Ok(());
            }
            match c {
                b'\n' | b'\r' => {
                    if !triple {
                        return Err(self.err_at(format!("unterminated f-string literal (detected at line {})", self.line), fstart));
                    }
                    let n = nl_len(self.b, self.pos);
                    self.bump_newline(n);
                }
                b'\\' => {
                    if !raw && self.peek(1) == b'N' && self.peek(2) == b'{' {
                        self.pos += 3;
                        while !self.at_end() && self.b[self.pos] != b'}' && self.b[self.pos] != q && nl_len(self.b, self.pos) == 0 {
                            self.pos += 1;
                        }
                        if self.peek(0) == b'}' {
                            self.pos += 1;
                        }
                    } else {
                        self.pos += 1;
                        let n = nl_len(self.b, self.pos);
                        let brace = self.peek(0);
                        if !raw && matches!(brace, b'{' | b'}') && self.peek(1) != brace {
                            // CPython's tokenizer warns about a backslash before a
                            // field's brace (a doubled brace is the decoder's to warn).
                            self.escape_brace_warning();
                        }
                        if n > 0 {
                            self.bump_newline(n);
                        } else if !self.at_end() && (self.b[self.pos] == b'\\' || self.b[self.pos] == q || !raw) && self.b[self.pos] != b'{' && self.b[self.pos] != b'}' {
                            self.pos += 1;
                        }
                    }
                }
                b'{' => {
                    if self.peek(1) == b'{' {
                        self.pos += 2;
                        continue;
                    }
                    if self.pos > start {
                        self.push(Tok::FStringMiddle, start, sline);
                    }
                    self.open_field()?;
                    return Ok(());
                }
                b'}' => {
                    if self.peek(1) == b'}' {
                        self.pos += 2;
                        continue;
                    }
                    return Err(self.err_at("f-string: single '}' is not allowed", self.pos));
                }
                _ => self.pos += 1,
            }
        }
    }

    fn open_field(&mut self) -> Result<(), PError> {
        let s = self.pos;
        let l = self.line;
        // CPython allows three levels of replacement fields in one f-string
        // (fields inside format specs inside fields).
        if self.modes.iter().rev().take_while(|m| matches!(m, Mode::Field { .. })).count() >= MAX_FIELD_NESTING {
            return Err(self.err_before("f-string: expressions nested too deeply", s));
        }
        if self.parens.len() >= MAX_PAREN {
            return Err(self.err_at("too many nested parentheses", s));
        }
        self.pos += 1;
        self.push(Tok::LBrace, s, l);
        self.parens.push((b'{', s as u32, l));
        self.modes.push(Mode::Field { depth: self.parens.len(), spec: false, in_spec: false });
        Ok(())
    }

    /// Format-spec text of a replacement field (CPython's f-string mode with
    /// `in_format_spec`), up to a nested field, the field's `}`, or what ends
    /// the spec early: a newline in a single-quoted f-string (the field goes
    /// on in expression mode) or the f-string's closing quote.
    fn spec_middle(&mut self) -> Result<(), PError> {
        let start = self.pos;
        let sline = self.line;
        let (q, triple, raw, fstart) = match self.enclosing_fstring() {
            Some(Mode::FString { quote, triple, raw, start }) => (quote, triple, raw, start as usize),
            _ => (0, true, false, start),
        };
        let in_spec = matches!(self.modes.last(), Some(Mode::Field { in_spec: true, .. }));
        let unterminated = |lx: &Self, line: u32| -> PError {
            let msg = if triple {
                format!("unterminated triple-quoted f-string literal (detected at line {line})")
            } else {
                format!("unterminated f-string literal (detected at line {line})")
            };
            let e = lx.err_at(msg, fstart);
            if triple {
                e.incomplete()
            } else {
                e
            }
        };
        loop {
            // CPython's input always ends with a newline.
            let c = if self.at_end() { b'\n' } else { self.b[self.pos] };
            if self.at_end() && (triple || !in_spec) {
                return Err(unterminated(self, self.detected_line()));
            }
            match c {
                b'{' if !in_spec && self.peek(1) == b'{' => self.pos += 2,
                b'{' => {
                    if self.pos > start {
                        self.push(Tok::FStringMiddle, start, sline);
                    }
                    return self.open_field();
                }
                b'}' => {
                    if self.pos > start {
                        self.push(Tok::FStringMiddle, start, sline);
                    }
                    let s = self.pos;
                    let l = self.line;
                    self.pos += 1;
                    self.push(Tok::RBrace, s, l);
                    self.field_closed();
                    return Ok(());
                }
                b'\n' | b'\r' if !triple => {
                    if !in_spec {
                        return Err(unterminated(self, self.line));
                    }
                    // The spec ends here; the field continues as an expression.
                    if self.pos > start {
                        self.push(Tok::FStringMiddle, start, sline);
                    }
                    if let Some(Mode::Field { spec, in_spec, .. }) = self.modes.last_mut() {
                        *spec = false;
                        *in_spec = false;
                    }
                    return Ok(());
                }
                b'\n' | b'\r' => {
                    let n = nl_len(self.b, self.pos);
                    self.bump_newline(n);
                }
                b'\\' => {
                    self.pos += 1;
                    if !raw && matches!(self.peek(0), b'{' | b'}') {
                        self.escape_brace_warning();
                    }
                    if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
                        self.pos += 1;
                    }
                    let n = nl_len(self.b, self.pos);
                    if n > 0 {
                        self.bump_newline(n);
                    } else if !raw && self.peek(0) == b'N' && self.peek(1) == b'{' {
                        // `\N{NAME}`: its braces are not a field.
                        self.pos += 2;
                        while !self.at_end() && !matches!(self.b[self.pos], b'}' | b'\n' | b'\r') && self.b[self.pos] != q {
                            self.pos += 1;
                        }
                        if self.peek(0) == b'}' {
                            self.pos += 1;
                        }
                    } else if !self.at_end() && self.b[self.pos] != b'{' && self.b[self.pos] != b'}' {
                        self.pos += 1;
                    }
                }
                _ if c == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) => {
                    // The f-string ends inside the spec: the parser reports
                    // the missing '}' at FSTRING_END; the '{' stays open.
                    if self.pos > start {
                        self.push(Tok::FStringMiddle, start, sline);
                    }
                    let (s, l) = (self.pos, self.line);
                    self.pos += if triple { 3 } else { 1 };
                    self.push(Tok::FStringEnd, s, l);
                    while let Some(m) = self.modes.pop() {
                        if matches!(m, Mode::FString { .. }) {
                            break;
                        }
                    }
                    return Ok(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// SyntaxWarning "invalid escape sequence '\\{'" for the brace at `pos`.
    fn escape_brace_warning(&mut self) {
        let w = self.err_at(format!("invalid escape sequence '\\{}'", self.peek(0) as char), self.pos);
        self.warnings.push(w);
    }

    fn operator(&mut self) -> Result<(), PError> {
        let start = self.pos;
        let sline = self.line;
        let c = self.b[self.pos];
        let c1 = self.peek(1);
        let c2 = self.peek(2);
        // Replacement-field boundaries inside f-strings.
        if let Some(&Mode::Field { depth, .. }) = self.modes.last() {
            if self.parens.len() == depth {
                if c == b'}' {
                    self.pos += 1;
                    self.push(Tok::RBrace, start, sline);
                    self.field_closed();
                    return Ok(());
                }
                if c == b':' {
                    self.pos += 1;
                    self.push(Tok::Colon, start, sline);
                    if let Some(Mode::Field { spec, in_spec, .. }) = self.modes.last_mut() {
                        *spec = true;
                        *in_spec = true;
                    }
                    return Ok(());
                }
                if c == b')' || c == b']' {
                    // Closing a bracket the field never opened.
                    return Err(self.err_at(format!("f-string: unmatched '{}'", c as char), start));
                }
            }
        }
        let (kind, n) = match (c, c1, c2) {
            (b'*', b'*', b'=') => (Tok::DoubleStarEqual, 3),
            (b'.', b'.', b'.') => (Tok::Ellipsis, 3),
            (b'/', b'/', b'=') => (Tok::DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (Tok::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (Tok::RightShiftEqual, 3),
            (b'!', b'=', _) => (Tok::NotEqual, 2),
            (b'%', b'=', _) => (Tok::PercentEqual, 2),
            (b'&', b'=', _) => (Tok::AmperEqual, 2),
            (b'*', b'*', _) => (Tok::DoubleStar, 2),
            (b'*', b'=', _) => (Tok::StarEqual, 2),
            (b'+', b'=', _) => (Tok::PlusEqual, 2),
            (b'-', b'=', _) => (Tok::MinEqual, 2),
            (b'-', b'>', _) => (Tok::RArrow, 2),
            (b'/', b'/', _) => (Tok::DoubleSlash, 2),
            (b'/', b'=', _) => (Tok::SlashEqual, 2),
            (b':', b'=', _) => (Tok::ColonEqual, 2),
            (b'<', b'<', _) => (Tok::LeftShift, 2),
            (b'<', b'=', _) => (Tok::LessEqual, 2),
            (b'<', b'>', _) => (Tok::NotEqual, 2),
            (b'=', b'=', _) => (Tok::EqEqual, 2),
            (b'>', b'=', _) => (Tok::GreaterEqual, 2),
            (b'>', b'>', _) => (Tok::RightShift, 2),
            (b'@', b'=', _) => (Tok::AtEqual, 2),
            (b'^', b'=', _) => (Tok::CircumflexEqual, 2),
            (b'|', b'=', _) => (Tok::VBarEqual, 2),
            (b'!', _, _) => (Tok::Exclamation, 1),
            (b'%', _, _) => (Tok::Percent, 1),
            (b'&', _, _) => (Tok::Amper, 1),
            (b'(', _, _) => (Tok::LPar, 1),
            (b')', _, _) => (Tok::RPar, 1),
            (b'*', _, _) => (Tok::Star, 1),
            (b'+', _, _) => (Tok::Plus, 1),
            (b',', _, _) => (Tok::Comma, 1),
            (b'-', _, _) => (Tok::Minus, 1),
            (b'.', _, _) => (Tok::Dot, 1),
            (b'/', _, _) => (Tok::Slash, 1),
            (b':', _, _) => (Tok::Colon, 1),
            (b';', _, _) => (Tok::Semi, 1),
            (b'<', _, _) => (Tok::Less, 1),
            (b'=', _, _) => (Tok::Equal, 1),
            (b'>', _, _) => (Tok::Greater, 1),
            (b'@', _, _) => (Tok::At, 1),
            (b'[', _, _) => (Tok::LSqb, 1),
            (b']', _, _) => (Tok::RSqb, 1),
            (b'^', _, _) => (Tok::Circumflex, 1),
            (b'{', _, _) => (Tok::LBrace, 1),
            (b'|', _, _) => (Tok::VBar, 1),
            (b'}', _, _) => (Tok::RBrace, 1),
            (b'~', _, _) => (Tok::Tilde, 1),
            (0, _, _) => {
                return Err(self.err_at("source code cannot contain null bytes", self.pos));
            }
            _ => {
                if c >= 0x80 {
                    let s = std::str::from_utf8(&self.b[self.pos..(self.pos + 4).min(self.b.len())])
                        .or_else(|e| std::str::from_utf8(&self.b[self.pos..self.pos + e.valid_up_to()]))
                        .unwrap_or("");
                    let ch = s.chars().next().unwrap_or('\u{fffd}');
                    return Err(self.invalid_char(ch));
                }
                if c < 0x20 || c == 0x7f {
                    return Err(self.invalid_char(c as char));
                }
                self.pos += 1;
                self.push(Tok::Unknown, start, sline);
                return Ok(());
            }
        };
        match kind {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.parens.len() >= MAX_PAREN {
                    return Err(self.err_at("too many nested parentheses", start));
                }
                self.parens.push((c, start as u32, sline));
            }
            // `tokenize` yields unmatched and mismatched closing brackets
            // (CPython's extra_tokens mode); a closer still ends the
            // innermost open bracket.
            Tok::RPar | Tok::RSqb | Tok::RBrace if self.lenient => {
                self.parens.pop();
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => match self.parens.last() {
                None => return Err(self.err_at(format!("unmatched '{}'", c as char), start)),
                Some(&(open, _, oline)) => {
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != c {
                        let msg = if oline != sline {
                            format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c as char, open as char, oline)
                        } else {
                            format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char)
                        };
                        return Err(self.err_at(msg, start));
                    }
                    self.parens.pop();
                }
            },
            _ => {}
        }
        self.pos += n;
        self.push(kind, start, sline);
        Ok(())
    }
}

