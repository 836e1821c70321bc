//! Tokens for Python's `tokenize` module, as CPython 3.13's
//! `_tokenize.TokenizerIter(..., extra_tokens=True)` yields them: operators
//! as OP (the exact type is kept beside it), keywords as NAME, comments as
//! COMMENT, non-logical newlines as NL (an empty one for the newline
//! CPython's tokenizer adds to a last line of blanks or inside brackets), a
//! final NEWLINE '' when the input does not end with one, DEDENTs at the
//! next token (those at the end with ENDMARKER, on the line after the
//! last), FSTRING_MIDDLE split after a doubled brace. Columns count
//! characters, as Python strings do. With `extra_tokens` the lexer is
//! lenient as CPython's is then (unmatched brackets, `2sin`, `012`, `€`
//! pass); errors are placed as `_tokenize` raises them (`tokenizer_error`).
//! Exported as `ParserMod::tokenize`; the kernel's `_tokenize` drives it.

use crate::error::PError;
use crate::lexer::{self, EofCase};
use crate::token::Tok;
use pyk_abi::component::{SyntaxErrorInfo, SyntaxErrorKind, NO_END};

/// CPython's token numbers (Lib/token.py of 3.13).
pub mod kind {
    pub const ENDMARKER: u8 = 0;
    pub const NAME: u8 = 1;
    pub const NUMBER: u8 = 2;
    pub const STRING: u8 = 3;
    pub const NEWLINE: u8 = 4;
    pub const INDENT: u8 = 5;
    pub const DEDENT: u8 = 6;
    pub const OP: u8 = 55;
    pub const FSTRING_START: u8 = 59;
    pub const FSTRING_MIDDLE: u8 = 60;
    pub const FSTRING_END: u8 = 61;
    pub const COMMENT: u8 = 62;
    pub const NL: u8 = 63;
    pub const ERRORTOKEN: u8 = 64;
}

/// One token as `tokenize.TokenInfo` holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRecord {
    /// The type `_tokenize` yields (OP for every operator).
    pub type_: u8,
    /// `TokenInfo.exact_type` (the operator's own number; equal to `type_` otherwise).
    pub exact_type: u8,
    pub string: String,
    /// 1-based line, 0-based column in characters.
    pub start: (u32, u32),
    pub end: (u32, u32),
    /// The physical line(s) the token is on.
    pub line: String,
}

/// CPython's exact token number of an operator.
fn op_number(s: &str) -> u8 {
    match s {
        "(" => 7,
        ")" => 8,
        "[" => 9,
        "]" => 10,
        ":" => 11,
        "," => 12,
        ";" => 13,
        "+" => 14,
        "-" => 15,
        "*" => 16,
        "/" => 17,
        "|" => 18,
        "&" => 19,
        "<" => 20,
        ">" => 21,
        "=" => 22,
        "." => 23,
        "%" => 24,
        "{" => 25,
        "}" => 26,
        "==" => 27,
        "!=" => 28,
        "<=" => 29,
        ">=" => 30,
        "~" => 31,
        "^" => 32,
        "<<" => 33,
        ">>" => 34,
        "**" => 35,
        "+=" => 36,
        "-=" => 37,
        "*=" => 38,
        "/=" => 39,
        "%=" => 40,
        "&=" => 41,
        "|=" => 42,
        "^=" => 43,
        "<<=" => 44,
        ">>=" => 45,
        "**=" => 46,
        "//" => 47,
        "//=" => 48,
        "@" => 49,
        "@=" => 50,
        "->" => 51,
        "..." => 52,
        ":=" => 53,
        "!" => 54,
        _ => kind::OP,
    }
}

/// Tokenizes `src` for `tokenize`: the tokens up to the first error, and
/// the error (CPython's iterator raises it after yielding those tokens).
pub fn tokenize(src: &str, extra_tokens: bool) -> (Vec<TokenRecord>, Option<SyntaxErrorInfo>) {
    let lexed = lexer::lex_tokenize(src, extra_tokens);
    let ls = &lexed.line_starts;
    let line_end = |l: u32| -> usize {
        if (l as usize) < ls.len() {
            ls[l as usize] as usize
        } else {
            src.len()
        }
    };
    let line_start = |l: u32| -> usize { ls[(l as usize).saturating_sub(1).min(ls.len() - 1)] as usize };
    let col = |l: u32, off: u32| -> u32 {
        let s = line_start(l);
        let off = (off as usize).clamp(s, src.len());
        src.get(s..off).map_or(off as u32 - s as u32, |t| t.chars().count() as u32)
    };
    let lines_text = |a: u32, b: u32| -> String { src.get(line_start(a)..line_end(b)).unwrap_or("").to_string() };
    let last_line = ls.len() as u32;
    let ends_nl = src.ends_with('\n') || src.ends_with('\r');
    let endmarker_line = if ends_nl || src.is_empty() { last_line } else { last_line + 1 };
    let mut out = Vec::with_capacity(lexed.tokens.len());
    // Open f-strings (the number of fields open when each started, and
    // whether it is raw) and their open replacement fields.
    let (mut fstrings, mut fields): (Vec<(usize, bool)>, Vec<Field>) = (Vec::new(), Vec::new());
    // The last FSTRING_MIDDLE ended with a `\N{...}` escape's brace.
    let mut middle_ended_by_escape = false;
    for (j, t) in lexed.tokens.iter().enumerate() {
        let escape_end = std::mem::take(&mut middle_ended_by_escape);
        let text = src.get(t.start as usize..(t.end as usize).min(src.len())).unwrap_or("");
        let (mut start, mut end) = ((t.sline, col(t.sline, t.start)), (t.eline, col(t.eline, t.end)));
        let mut line = lines_text(t.sline, t.eline);
        let mut string = text.to_string();
        let (ty, exact) = match t.kind {
            Tok::Error => break,
            Tok::EndMarker => {
                start = (endmarker_line, 0);
                end = (endmarker_line, 0);
                line = String::new();
                (kind::ENDMARKER, kind::ENDMARKER)
            }
            Tok::Newline => {
                if t.end as usize > src.len() || text.is_empty() {
                    // The implicit NEWLINE at end of input.
                    string = String::new();
                    end = (start.0, start.1 + 1);
                }
                (kind::NEWLINE, kind::NEWLINE)
            }
            Tok::Nl => {
                if text.is_empty() {
                    end = (start.0, start.1 + 1);
                }
                (kind::NL, kind::NL)
            }
            Tok::Indent => {
                // The indentation itself: from the line start to the next token.
                let next = lexed.tokens.get(j + 1).map_or(t.end, |n| n.start);
                string = src.get(t.start as usize..next as usize).unwrap_or("").to_string();
                start = (t.sline, 0);
                end = (t.sline, col(t.sline, next));
                (kind::INDENT, kind::INDENT)
            }
            Tok::Dedent => {
                // At the start of the next real token.
                // At the end of input: where ENDMARKER is, on the line after the last.
                let n = lexed.tokens[j + 1..].iter().find(|n| n.kind != Tok::Dedent).copied().unwrap_or(*t);
                let p = if n.kind == Tok::EndMarker { (endmarker_line, 0) } else { (n.sline, col(n.sline, n.start)) };
                string = String::new();
                start = p;
                end = p;
                line = if n.kind == Tok::EndMarker { String::new() } else { lines_text(n.sline, n.sline) };
                (kind::DEDENT, kind::DEDENT)
            }
            Tok::Comment => (kind::COMMENT, kind::COMMENT),
            Tok::Name => (kind::NAME, kind::NAME),
            k if k as u8 >= Tok::False as u8 => (kind::NAME, kind::NAME),
            Tok::Number => (kind::NUMBER, kind::NUMBER),
            Tok::String => (kind::STRING, kind::STRING),
            Tok::FStringStart => (kind::FSTRING_START, kind::FSTRING_START),
            Tok::FStringMiddle => {
                // A doubled brace stands for one: CPython ends the token
                // after the first brace and goes on after the second. The
                // brace closing a `\N{...}` escape (not in a raw f-string)
                // ends the token too.
                let pos = |off: usize| -> (u32, u32) {
                    let l = ls.partition_point(|&st| st as usize <= off) as u32;
                    (l, col(l, off as u32))
                };
                let raw = fstrings.last().is_some_and(|&(_, r)| r);
                let (base, bytes) = (t.start as usize, text.as_bytes());
                let (mut from, mut k, mut named) = (0, 0, false);
                while k < bytes.len() {
                    let c = bytes[k];
                    // Where the token ends (after byte `end`), and where the next begins.
                    let split = match c {
                        b'\\' => {
                            match bytes.get(k + 1) {
                                // The brace is read again as a brace.
                                Some(b'{' | b'}') => k += 1,
                                Some(b'N') if !raw && bytes.get(k + 2) == Some(&b'{') => {
                                    named = true;
                                    k += 3;
                                }
                                _ => k += 2,
                            }
                            None
                        }
                        b'}' if named => Some((k, k + 1)),
                        b'{' | b'}' if bytes.get(k + 1) == Some(&c) => Some((k, k + 2)),
                        _ => {
                            k += 1;
                            None
                        }
                    };
                    if let Some((end, next)) = split {
                        let (a, b) = (pos(base + from), pos(base + end + 1));
                        out.push(TokenRecord { type_: kind::FSTRING_MIDDLE, exact_type: kind::FSTRING_MIDDLE, string: text[from..=end].to_string(), start: a, end: b, line: lines_text(a.0, b.0) });
                        (from, k, named) = (next, next, false);
                    }
                }
                if from > 0 {
                    if from >= text.len() {
                        // Ended by a `\N{...}` escape's brace: CPython's next
                        // FSTRING_MIDDLE starts there (an empty one before a
                        // format spec's closing brace).
                        middle_ended_by_escape = bytes.last() == Some(&b'}') && !text.ends_with("}}");
                        continue;
                    }
                    string = text[from..].to_string();
                    start = pos(base + from);
                    line = lines_text(start.0, end.0);
                }
                (kind::FSTRING_MIDDLE, kind::FSTRING_MIDDLE)
            }
            Tok::FStringEnd => (kind::FSTRING_END, kind::FSTRING_END),
            // CPython's tokenizer yields a character it does not know as
            // OP (its parser then rejects it).
            Tok::Unknown => (kind::OP, kind::ERRORTOKEN),
            _ => (kind::OP, op_number(text)),
        };
        // Replacement fields of f-strings: a format spec that ends with
        // its `:` or with a nested field gets an empty FSTRING_MIDDLE
        // before the closing brace, as CPython's tokenizer yields.
        let in_literal = fstrings.last().is_some_and(|&(n, _)| n == fields.len());
        let in_spec = fstrings.last().is_some_and(|&(n, _)| n < fields.len()) && fields.last().is_some_and(|f| f.depth == 0 && f.in_spec);
        match t.kind {
            Tok::FStringStart => fstrings.push((fields.len(), text.bytes().any(|b| b == b'r' || b == b'R'))),
            Tok::FStringEnd => {
                fstrings.pop();
            }
            Tok::LBrace if in_literal || in_spec => fields.push(Field { depth: 0, in_spec: false }),
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if let Some(f) = fields.last_mut() {
                    f.depth += 1;
                }
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace if fields.last().is_some_and(|f| f.depth > 0) => {
                if let Some(f) = fields.last_mut() {
                    f.depth -= 1;
                }
            }
            Tok::Nl if in_spec => {
                // A newline ends a single-quoted f-string's format spec:
                // its FSTRING_MIDDLE (empty if nothing came before) is
                // yielded there, and none at the closing brace.
                if out.last().is_some_and(|p: &TokenRecord| p.type_ != kind::FSTRING_MIDDLE) {
                    out.push(TokenRecord { type_: kind::FSTRING_MIDDLE, exact_type: kind::FSTRING_MIDDLE, string: String::new(), start, end: start, line: line.clone() });
                }
                if let Some(f) = fields.last_mut() {
                    f.in_spec = false;
                }
            }
            Tok::Colon => {
                if let Some(f) = fields.last_mut().filter(|f| f.depth == 0) {
                    f.in_spec = true;
                }
            }
            Tok::RBrace if !fields.is_empty() => {
                if fields.last().is_some_and(|f| f.in_spec) && (escape_end || out.last().is_some_and(|p: &TokenRecord| p.type_ != kind::FSTRING_MIDDLE)) {
                    out.push(TokenRecord { type_: kind::FSTRING_MIDDLE, exact_type: kind::FSTRING_MIDDLE, string: String::new(), start, end: start, line: line.clone() });
                }
                fields.pop();
            }
            _ => {}
        }
        out.push(TokenRecord { type_: ty, exact_type: exact, string, start, end, line });
    }
    let mut err = lexed.error.as_ref().map(|e| tokenizer_error(e, lexed.eof, src, &lexed.line_starts));
    if let Some(nul) = src.find('\0') {
        // CPython's tokenizer refuses a line with a NUL when it reads it:
        // only the tokens of the lines before it come out, unless an error
        // came first.
        let stopped_before = lexed.eof.is_none() && lexed.tokens.last().is_some_and(|t| t.kind == Tok::Error && (t.start as usize) < nul);
        if !stopped_before {
            let l = ls.partition_point(|&st| st as usize <= nul) as u32;
            out.retain(|t| t.end.0 < l);
            let mut e = SyntaxErrorInfo::internal("source code cannot contain null bytes");
            (e.kind, e.lineno, e.end_lineno) = (SyntaxErrorKind::SyntaxError, l, l);
            err = Some(e);
        }
    }
    (out, err)
}

/// A replacement field of an f-string being tokenized.
struct Field {
    /// Brackets open inside the field's expression.
    depth: u32,
    /// Past the `:` that starts its format spec.
    in_spec: bool,
}

/// The error as CPython's `_tokenize` raises it. End of input where more
/// was needed (CPython's E_EOF) is "unexpected EOF in multi-line
/// statement" on the last line, at the byte length of the tokenizer's line
/// buffer (empty unless the input ended right after a continuation outside
/// a line's indentation), without an end column or text. An error the tokenizer
/// records in its state (indentation, tabs, a bad continuation) is placed
/// at the end of the line buffer (in characters, newline included), with
/// the buffer as text and no end. Other errors keep the parser's position.
fn tokenizer_error(e: &PError, eof: Option<EofCase>, src: &str, ls: &[u32]) -> SyntaxErrorInfo {
    let mut info = e.to_info(src, ls);
    // CPython's tokenizer adds a newline to a last line without one.
    let fake_nl = !src.is_empty() && !src.ends_with('\n');
    let no_end = |info: &mut SyntaxErrorInfo| {
        info.end_lineno = NO_END;
        info.end_offset = NO_END;
    };
    if let Some(case) = eof {
        info.msg = "unexpected EOF in multi-line statement".into();
        info.lineno = (src.matches('\n').count() + usize::from(fake_nl)).max(1) as u32;
        info.offset = match case {
            EofCase::AfterContinuation { buffer_start: Some(b), .. } => (src.len().saturating_sub(b as usize) + usize::from(fake_nl)) as u32,
            _ => 0,
        };
        info.text = Default::default();
        // Located after the fact (PyErr_SyntaxLocation): no end column.
        info.end_lineno = NO_END;
        info.end_offset = 0;
    } else if let Some(b) = e.recorded {
        let line_end = ls.get(e.lineno as usize).map_or(src.len(), |&x| x as usize);
        let buf = src.get(b as usize..line_end).unwrap_or("");
        let last = line_end >= src.len() && fake_nl;
        info.offset = (buf.chars().count() + usize::from(last)) as u32;
        info.text = buf.strip_suffix('\n').unwrap_or(buf).into();
        no_end(&mut info);
    }
    info
}
