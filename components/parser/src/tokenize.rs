//! Tokens for Python's `tokenize` module, as CPython 3.13's
//! `_tokenize.TokenizerIter(..., extra_tokens=True)` yields them: operators
//! as OP (the exact type is kept beside it), keywords as NAME, comments as
//! COMMENT, non-logical newlines as NL, a final NEWLINE '' when the input
//! does not end with one, DEDENTs at the next token, ENDMARKER on the line
//! after the last. Columns count characters, as Python strings do.
//! Known gap: CPython splits FSTRING_MIDDLE at a doubled brace (`{{`),
//! ending the token after the first brace; pyk yields one token.
//! Exported as `ParserMod::tokenize`; the kernel's `_tokenize` drives it.

use crate::lexer;
use crate::token::Tok;
use pyk_abi::component::SyntaxErrorInfo;

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
pub fn tokenize(src: &str) -> (Vec<TokenRecord>, Option<SyntaxErrorInfo>) {
    let lexed = lexer::lex_with(src, false, true, false);
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
    let mut out = Vec::with_capacity(lexed.tokens.len());
    for (j, t) in lexed.tokens.iter().enumerate() {
        let text = src.get(t.start as usize..(t.end as usize).min(src.len())).unwrap_or("");
        let (mut start, mut end) = ((t.sline, col(t.sline, t.start)), (t.eline, col(t.eline, t.end)));
        let mut line = lines_text(t.sline, t.eline);
        let mut string = text.to_string();
        let (ty, exact) = match t.kind {
            Tok::Error => break,
            Tok::EndMarker => {
                let l = if ends_nl || src.is_empty() { last_line } else { last_line + 1 };
                start = (l, 0);
                end = (l, 0);
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
                let n = lexed.tokens[j + 1..].iter().find(|n| n.kind != Tok::Dedent).copied().unwrap_or(*t);
                let p = if n.kind == Tok::EndMarker { (t.sline, col(t.sline, t.start)) } else { (n.sline, col(n.sline, n.start)) };
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
                // `{{` and `}}` stand for one brace in the token's string.
                string = string.replace("{{", "{").replace("}}", "}");
                (kind::FSTRING_MIDDLE, kind::FSTRING_MIDDLE)
            }
            Tok::FStringEnd => (kind::FSTRING_END, kind::FSTRING_END),
            Tok::Unknown => (kind::ERRORTOKEN, kind::ERRORTOKEN),
            _ => (kind::OP, op_number(text)),
        };
        out.push(TokenRecord { type_: ty, exact_type: exact, string, start, end, line });
    }
    let err = lexed.error.map(|e| e.to_info(src, &lexed.line_starts));
    (out, err)
}
