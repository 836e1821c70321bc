//! Literals: numbers, string and bytes escapes, implicit concatenation and
//! f-strings (JoinedStr / FormattedValue / Constant as CPython builds them).

use crate::error::PError;
use crate::parser::{end_of, loc, mk, start_of, Br, PResult, Parser, Pos};
use crate::token::Tok;
use pyk_abi::ast::*;

/// Decodes a NUMBER token (already validated by the lexer).
pub fn parse_number(text: &str) -> Constant {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(im) = lower.strip_suffix('j') {
        let imag = im.parse::<f64>().unwrap_or(f64::INFINITY);
        return Constant::Complex { real: 0.0, imag };
    }
    let radix = if lower.starts_with("0x") {
        16
    } else if lower.starts_with("0o") {
        8
    } else if lower.starts_with("0b") {
        2
    } else {
        10
    };
    if radix == 10 && (lower.contains('.') || lower.contains('e')) {
        return Constant::Float { value: lower.parse::<f64>().unwrap_or(f64::INFINITY) };
    }
    let digits = if radix == 10 { &lower[..] } else { &lower[2..] };
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Constant::Int { value: v };
    }
    Constant::BigInt { digits: to_decimal(digits, radix) }
}

/// Converts digits in `radix` to decimal digits (schoolbook, base 10^9 limbs).
fn to_decimal(digits: &str, radix: u32) -> String {
    let mut limbs: Vec<u32> = vec![0]; // little-endian base 1e9
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        let mut carry = d;
        for l in limbs.iter_mut() {
            let v = *l as u64 * radix as u64 + carry;
            *l = (v % 1_000_000_000) as u32;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push((carry % 1_000_000_000) as u32);
            carry /= 1_000_000_000;
        }
    }
    let mut s = String::new();
    let mut first = true;
    for l in limbs.iter().rev() {
        if first {
            s.push_str(&l.to_string());
            first = false;
        } else {
            s.push_str(&format!("{l:09}"));
        }
    }
    s
}

/// Splits a string token into (prefix flags, body without quotes).
struct Prefix {
    raw: bool,
    bytes: bool,
    u: bool,
}

fn split_string(text: &str) -> (Prefix, &str) {
    let mut p = Prefix { raw: false, bytes: false, u: false };
    let mut i = 0;
    for (k, c) in text.char_indices() {
        match c {
            'r' | 'R' => p.raw = true,
            'b' | 'B' => p.bytes = true,
            'u' | 'U' => p.u = true,
            'f' | 'F' => {}
            _ => {
                i = k;
                break;
            }
        }
    }
    let rest = &text[i..];
    let q = if rest.len() >= 6 && (rest.starts_with("\"\"\"") || rest.starts_with("'''")) { 3 } else { 1 };
    let body = rest.get(q..rest.len().saturating_sub(q)).unwrap_or("");
    (p, body)
}

fn hexval(s: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in s {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

/// Where byte `i` of a literal's body lands in the buffer CPython's string
/// parser hands to the `unicode_escape` codec (its error positions count
/// there): a non-ASCII character is rewritten as a 10-byte `\UXXXXXXXX`, a
/// backslash before one (or at the end) as the 6-byte `\u005c`, and a
/// newline (`\r\n` or `\r`) is one byte.
fn escape_pos(body: &str, i: usize) -> usize {
    let b = body.as_bytes();
    let mut n = 0;
    let mut k = 0;
    while k < i.min(b.len()) {
        let c = b[k];
        if c == b'\\' && b.get(k + 1).is_none_or(|&d| d >= 0x80) {
            n += 6;
            k += 1;
        } else if c == b'\r' {
            n += 1;
            k += if b.get(k + 1) == Some(&b'\n') { 2 } else { 1 };
        } else if c >= 0x80 {
            let w = body[k..].chars().next().map_or(1, char::len_utf8);
            n += 10;
            k += w;
        } else {
            n += 1;
            k += 1;
        }
    }
    n
}

/// The SyntaxWarning for an escape CPython accepts but warns about: an
/// unknown ASCII escape (kept as backslash + character), or an octal escape
/// above 0o377. Only the first one of a literal is reported.
fn note_escape(warn: &mut Option<String>, body: &[u8], esc_start: usize, end: usize) {
    if warn.is_some() {
        return;
    }
    let seq = &body[esc_start + 1..end];
    *warn = Some(if seq.first().is_some_and(u8::is_ascii_digit) && seq.len() == 3 && seq[0] <= b'7' {
        format!("invalid octal escape sequence '\\{}'", String::from_utf8_lossy(seq))
    } else {
        format!("invalid escape sequence '\\{}'", String::from_utf8_lossy(seq))
    });
}

/// Decodes the body of a str literal. `Err` carries CPython's message;
/// `warn` receives the first SyntaxWarning (see `note_escape`).
pub fn decode_str(body: &str, raw: bool, warn: &mut Option<String>) -> Result<String, String> {
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_string());
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push_str(&body[lit_start..i]);
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            lit_start = i;
            continue;
        }
        if c != b'\\' || raw {
            if c == b'\\' && raw {
                // A raw backslash keeps the next character, which may be a quote or newline.
                i += 1;
                if i < b.len() && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            i += 1;
            continue;
        }
        out.push_str(&body[lit_start..i]);
        let esc_start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push('\\');
            lit_start = i;
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                if v > 0o377 {
                    note_escape(warn, b, esc_start, i);
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let pos = escape_pos(body, esc_start);
                let hex = b.get(i..i + n).filter(|h| h.iter().all(|c| c.is_ascii_hexdigit()));
                let Some(h) = hex else {
                    let got = b[i..].iter().take(n).take_while(|c| c.is_ascii_hexdigit()).count();
                    let name = match e {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                        pos,
                        pos + 1 + got,
                        name
                    ));
                };
                let v = hexval(h).unwrap_or(0);
                i += n;
                // A lone surrogate becomes its stand-in (pyk_abi::surrogate).
                match pyk_abi::surrogate::char_for(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            pos,
                            pos + 1 + n
                        ));
                    }
                }
            }
            b'N' => {
                let pos = escape_pos(body, esc_start);
                // CPython's end position is where its scan stopped.
                let bad = |end: usize| format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape", pos, end - 1);
                if b.get(i) != Some(&b'{') {
                    return Err(bad(pos + 2));
                }
                let Some(close) = body[i..].find('}') else { return Err(bad(escape_pos(body, b.len()))) };
                if close == 1 {
                    return Err(bad(pos + 3));
                }
                let name = &body[i + 1..i + close];
                match crate::unicode_names::lookup(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                            pos,
                            escape_pos(body, i + close + 1) - 1
                        ));
                    }
                }
                i += close + 1;
            }
            _ => {
                // Invalid escape: kept as is, with a warning when ASCII.
                if e < 0x80 {
                    note_escape(warn, b, esc_start, esc_start + 2);
                }
                i = esc_start + 1;
                out.push('\\');
            }
        }
        lit_start = i;
    }
    if lit_start < b.len() {
        out.push_str(&body[lit_start..]);
    }
    Ok(out)
}

pub fn decode_bytes(body: &str, raw: bool, warn: &mut Option<String>) -> Result<Vec<u8>, String> {
    if body.bytes().any(|c| c >= 0x80) {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        if raw {
            out.push(c);
            i += 1;
            if i < b.len() && b[i] != b'\r' {
                out.push(b[i]);
                i += 1;
            }
            continue;
        }
        let esc_start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                if v > 0o377 {
                    note_escape(warn, b, esc_start, i);
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let h = b.get(i..i + 2).filter(|h| h.iter().all(|c| c.is_ascii_hexdigit()));
                let Some(h) = h else {
                    return Err(format!("(value error) invalid \\x escape at position {esc_start}"));
                };
                out.push(hexval(h).unwrap_or(0) as u8);
                i += 2;
            }
            _ => {
                note_escape(warn, b, esc_start, esc_start + 2);
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// One piece of a (possibly implicitly concatenated) string.
enum Piece {
    Str(String, Loc),
    Value(Expr),
}

impl<'s> Parser<'s> {
    /// Adjacent string literals: a Constant (str or bytes) or a JoinedStr.
    pub fn strings(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first_tok = self.i;
        let mut pieces: Vec<Piece> = Vec::new();
        let mut bytes: Option<bool> = None;
        let mut bvalue: Vec<u8> = Vec::new();
        let mut is_f = false;
        let mut kind_u = false;
        // As in CPython, each literal is decoded as it is read (an f-string
        // at its end); mixing bytes and str is checked after the last one.
        let mut mixed = false;
        loop {
            let t = *self.tok();
            match t.kind {
                Tok::String => {
                    let text = self.text(&t);
                    let (p, body) = split_string(text);
                    if self.i == first_tok {
                        kind_u = p.u;
                    }
                    if bytes.is_some_and(|b| b != p.bytes) {
                        mixed = true;
                    } else {
                        bytes = Some(p.bytes);
                    }
                    let mut warn = None;
                    let decoded = if p.bytes {
                        decode_bytes(body, p.raw, &mut warn).map(|v| bvalue.extend_from_slice(&v))
                    } else {
                        decode_str(body, p.raw, &mut warn).map(|v| {
                            let l = loc(self.tok_start(self.i), self.tok_end(self.i));
                            pieces.push(Piece::Str(v, l));
                        })
                    };
                    if let Err(m) = decoded {
                        return Err(self.err_tok(m, self.i));
                    }
                    if let Some(w) = warn {
                        self.warn_tok(w, self.i, self.i);
                    }
                    self.bump();
                }
                Tok::FStringStart => {
                    if bytes == Some(true) {
                        mixed = true;
                    }
                    bytes = Some(bytes.unwrap_or(false));
                    is_f = true;
                    self.fstring(&mut pieces)?;
                }
                _ => break,
            }
        }
        if mixed {
            // CPython reports the mix at the token after the concatenation.
            return Err(self.err_tok("cannot mix bytes and nonbytes literals", self.i));
        }
        let l = self.loc_from(s);
        if bytes == Some(true) {
            return Ok(mk(ExprKind::Constant { value: Constant::Bytes { value: bvalue }, kind: None }, l));
        }
        if !is_f {
            let mut v = String::new();
            for p in pieces {
                if let Piece::Str(x, _) = p {
                    if v.is_empty() {
                        v = x;
                    } else {
                        v.push_str(&x);
                    }
                }
            }
            let kind = if kind_u { Some("u".to_string()) } else { None };
            return Ok(mk(ExprKind::Constant { value: Constant::Str { value: v }, kind }, l));
        }
        Ok(mk(ExprKind::JoinedStr { values: merge(pieces) }, l))
    }

    fn fstring(&mut self, pieces: &mut Vec<Piece>) -> PResult<()> {
        let t = *self.tok();
        let raw = self.text(&t).bytes().take_while(|&c| c != b'"' && c != b'\'').any(|c| c == b'r' || c == b'R');
        self.bump();
        self.enter()?;
        // CPython decodes the literal parts once the f-string is read and
        // reports a bad escape at FSTRING_END.
        let mut decode_err: Option<String> = None;
        // Escape warnings of the literal parts also point at FSTRING_END.
        let mut warns: Vec<(usize, String)> = Vec::new();
        loop {
            let t = *self.tok();
            match t.kind {
                Tok::FStringMiddle => {
                    let mut warn = None;
                    let r = self.middle(raw, &mut warn);
                    warns.extend(warn.map(|w| (self.i, w)));
                    match r {
                        Ok(v) => pieces.push(Piece::Str(v, loc(self.tok_start(self.i), self.tok_end(self.i)))),
                        Err(e) => decode_err = decode_err.or(Some(e.msg)),
                    }
                    self.bump();
                }
                Tok::LBrace => {
                    if let Err(e) = self.cbracket(Br::Field, |p| p.field(raw, pieces)) {
                        self.leave();
                        return Err(e);
                    }
                }
                Tok::FStringEnd => {
                    if let Some(m) = decode_err {
                        self.leave();
                        return Err(self.err_tok(m, self.i));
                    }
                    for (src, w) in warns.drain(..) {
                        self.warn_tok(w, src, self.i);
                    }
                    self.bump();
                    break;
                }
                _ => {
                    self.leave();
                    return Err(self.invalid());
                }
            }
        }
        self.leave();
        Ok(())
    }

    /// The decoded text of an FSTRING_MIDDLE token; `warn` receives its
    /// first escape warning (the caller decides where it points).
    fn middle(&self, raw: bool, warn: &mut Option<String>) -> PResult<String> {
        let t = *self.tok();
        let text = self.text(&t);
        let v = if text.contains("{{") || text.contains("}}") {
            let mut s = String::with_capacity(text.len());
            let mut chars = text.char_indices().peekable();
            let mut last = 0;
            while let Some((k, c)) = chars.next() {
                if (c == '{' || c == '}') && chars.peek().map(|x| x.1) == Some(c) {
                    s.push_str(&text[last..k + 1]);
                    chars.next();
                    last = k + 2;
                }
            }
            s.push_str(&text[last..]);
            s
        } else {
            text.to_string()
        };
        decode_str(&v, raw, warn).map_err(|m| self.err_tok(m, self.i))
    }

    /// A replacement field `{expr [=] [!c] [:spec]}`.
    fn field(&mut self, raw: bool, pieces: &mut Vec<Piece>) -> PResult<()> {
        let s = self.start();
        let open_end = self.toks[self.i].end as usize;
        self.bump();
        if self.at(Tok::RBrace) || self.at(Tok::Exclamation) || self.at(Tok::Colon) || self.at(Tok::Equal) {
            let what = self.cur_text().to_string();
            return Err(self.err_tok(format!("f-string: valid expression required before '{what}'"), self.i));
        }
        if self.at(Tok::Lambda) {
            let ls = self.start();
            let mut j = self.i;
            while j < self.toks.len() - 1 && !matches!(self.toks[j].kind, Tok::Colon | Tok::RBrace | Tok::FStringEnd) {
                j += 1;
            }
            if self.toks[j].kind == Tok::Colon {
                return Err(self.err_range("f-string: lambda expressions are not allowed without parentheses", ls, self.tok_end(j)));
            }
        }
        let value_start = self.i;
        let value = match if self.at(Tok::Yield) { self.yield_expr() } else { self.star_expressions() } {
            Ok(v) => v,
            Err(e) => return Err(self.field_value_error(e, value_start)),
        };
        if !matches!(self.kind(), Tok::Equal | Tok::Exclamation | Tok::Colon | Tok::RBrace | Tok::Error) {
            return Err(self.field_tail_error(&value, value_start));
        }
        let mut debug = None;
        if self.at(Tok::Equal) {
            self.bump();
            if !matches!(self.kind(), Tok::Exclamation | Tok::Colon | Tok::RBrace | Tok::Error) {
                return Err(self.err_tok("f-string: expecting '!', or ':', or '}'", self.i));
            }
            let ds = Pos { line: s.line, col: s.col + 1 };
            let end_off = self.tok().start as usize;
            let text = strip_comments(&self.src[open_end..end_off].replace("\r\n", "\n"));
            // CPython keeps the debug text as a literal part of the f-string,
            // so its backslash escapes are decoded like the rest (f"{'\\n'=}"
            // shows '\n').
            let text = decode_str(&text, raw, &mut None).unwrap_or(text);
            let l = self.pos_of(self.tok().start, self.tok().sline);
            // The debug text runs from just after '{' to the next token.
            debug = Some(Piece::Str(text, loc(self.pos_of(open_end as u32, s.line).max_col(ds), l)));
        }
        let mut conversion = -1;
        if self.at(Tok::Exclamation) {
            let bang = self.i;
            self.bump();
            if !self.at(Tok::Name) {
                let msg = if matches!(self.kind(), Tok::Colon | Tok::RBrace) {
                    "f-string: missing conversion character"
                } else {
                    "f-string: invalid conversion character"
                };
                return Err(self.err_tok(msg, self.i));
            }
            if self.nth(1) == Tok::Error {
                // CPython's first pass reads past the conversion character
                // and meets the tokenizer's error first.
                self.bump();
                return Err(self.invalid());
            }
            if self.tok().start != self.toks[bang].end {
                return Err(self.err_range("f-string: conversion type must come right after the exclamanation mark", self.tok_start(bang), self.tok_end(self.i)));
            }
            let c = crate::ident::normalize(self.cur_text());
            conversion = match c.as_ref() {
                "s" => 's' as i32,
                "r" => 'r' as i32,
                "a" => 'a' as i32,
                _ => {
                    return Err(self.err_tok(format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"), self.i));
                }
            };
            self.bump();
            if !matches!(self.kind(), Tok::Colon | Tok::RBrace | Tok::Error) {
                return Err(self.err_tok("f-string: expecting ':' or '}'", self.i));
            }
        }
        let mut format_spec = None;
        if self.at(Tok::Colon) {
            let cs = self.start();
            let ce = self.tok_end(self.i);
            self.bump();
            let mut spec: Vec<Piece> = Vec::new();
            loop {
                match self.kind() {
                    Tok::FStringMiddle => {
                        let mut warn = None;
                        let v = self.middle(raw, &mut warn)?;
                        if let Some(w) = warn {
                            self.warn_tok(w, self.i, self.i);
                        }
                        spec.push(Piece::Str(v, loc(self.tok_start(self.i), self.tok_end(self.i))));
                        self.bump();
                    }
                    Tok::LBrace => {
                        self.enter()?;
                        let r = self.cbracket(Br::Field, |p| p.field(raw, &mut spec));
                        self.leave();
                        r?;
                    }
                    _ => break,
                }
            }
            let end = match spec.last() {
                Some(Piece::Str(_, l)) => end_of(l),
                Some(Piece::Value(e)) => end_of(&e.loc),
                None => ce,
            };
            format_spec = Some(Box::new(mk(ExprKind::JoinedStr { values: merge(spec) }, loc(cs, end))));
            if !self.at(Tok::RBrace) && !self.at(Tok::Error) {
                return Err(self.err_tok("f-string: expecting '}', or format specs", self.i));
            }
        }
        if !self.at(Tok::RBrace) {
            if self.at(Tok::Error) {
                return Err(self.invalid());
            }
            return Err(self.err_tok("f-string: expecting '}'", self.i));
        }
        self.bump();
        if debug.is_some() && conversion == -1 && format_spec.is_none() {
            conversion = 'r' as i32;
        }
        if let Some(d) = debug {
            pieces.push(d);
        }
        let l = self.loc_from(s);
        pieces.push(Piece::Value(mk(ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec }, l)));
        Ok(())
    }
}

impl<'s> Parser<'s> {
    /// The expression of a replacement field failed to parse. A specific
    /// error stands; a generic one becomes CPython's f-string message about
    /// the token after the longest expression that does parse there.
    fn field_value_error(&mut self, e: PError, value_start: usize) -> PError {
        if e.msg != "invalid syntax" || self.at(Tok::Error) || e.kind != pyk_abi::component::SyntaxErrorKind::SyntaxError {
            return e;
        }
        let (i, depth, clevel, fur) = (self.i, self.depth, self.clevel, self.furthest.get());
        let first = self.toks[value_start].kind;
        if !self.starts_expr_at(value_start) {
            return self.err_tok("f-string: expecting a valid expression after '{'", value_start);
        }
        // Try shorter and shorter token prefixes, fenced by a stand-in '}'.
        let last = fur.min(self.toks.len() - 1);
        let mut found = None;
        for k in (value_start + 1..=last).rev() {
            if matches!(self.toks[k].kind, Tok::FStringEnd | Tok::EndMarker | Tok::Error) {
                continue;
            }
            let kind = self.toks[k].kind;
            self.toks[k].kind = Tok::RBrace;
            self.i = value_start;
            let ok = if first == Tok::Yield { self.yield_expr().is_ok() } else { self.star_expressions().is_ok() } && self.i == k;
            self.toks[k].kind = kind;
            if ok {
                found = Some(k);
                break;
            }
        }
        self.i = i;
        self.depth = depth;
        self.clevel = clevel;
        self.furthest.set(fur);
        match found {
            Some(k) if !matches!(self.toks[k].kind, Tok::Equal | Tok::Exclamation | Tok::Colon | Tok::RBrace) => {
                self.err_tok("f-string: expecting '=', or '!', or ':', or '}'", k)
            }
            Some(_) => e,
            // No expression at all begins there.
            None => self.err_tok("f-string: expecting a valid expression after '{'", value_start),
        }
    }

    /// A field's expression followed by something other than `=`, `!`, `:`
    /// or `}`: a missing comma between two expressions, or CPython's
    /// "expecting '=', or '!', or ':', or '}'".
    fn field_tail_error(&mut self, value: &Expr, value_start: usize) -> PError {
        let t = self.toks[value_start];
        let soft = t.kind == Tok::Name
            && (matches!(self.text(&t), "match" | "case" | "type" | "_")
                || matches!(self.toks[value_start + 1].kind, Tok::String | Tok::FStringStart));
        let legacy = matches!(&value.node, ExprKind::Name { id, .. } if id == "print" || id == "exec");
        let disjunction = !matches!(value.node, ExprKind::Tuple { .. } | ExprKind::Lambda { .. } | ExprKind::IfExp { .. } | ExprKind::Starred { .. } | ExprKind::Yield { .. } | ExprKind::YieldFrom { .. });
        if !soft && !legacy && disjunction && self.starts_expr() {
            let e = self.forgot_comma_before(&value.loc, false);
            if e.msg != "invalid syntax" {
                return e;
            }
        }
        self.err_tok("f-string: expecting '=', or '!', or ':', or '}'", self.i)
    }
}

impl Pos {
    fn max_col(self, other: Pos) -> Pos {
        if self.line == other.line && other.col > self.col {
            other
        } else {
            self
        }
    }
}

/// The debug text of `f"{expr=}"` without `#` comments (quotes respected).
fn strip_comments(s: &str) -> String {
    if !s.contains('#') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut quote: Option<char> = None;
    let mut skipping = false;
    for c in s.chars() {
        if skipping {
            if c == '\n' {
                skipping = false;
                out.push(c);
            }
            continue;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' => {
                skipping = true;
                continue;
            }
            None => {}
        }
        out.push(c);
    }
    out
}

/// Joins adjacent constant pieces and drops empty ones.
fn merge(pieces: Vec<Piece>) -> Vec<Expr> {
    let mut out: Vec<Expr> = Vec::with_capacity(pieces.len());
    let mut cur: Option<(String, Loc)> = None;
    for p in pieces {
        match p {
            Piece::Str(v, l) => match &mut cur {
                Some((s, cl)) => {
                    s.push_str(&v);
                    cl.end_lineno = l.end_lineno;
                    cl.end_col_offset = l.end_col_offset;
                }
                None => cur = Some((v, l)),
            },
            Piece::Value(e) => {
                if let Some((s, l)) = cur.take() {
                    if !s.is_empty() {
                        out.push(mk(ExprKind::Constant { value: Constant::Str { value: s }, kind: None }, l));
                    }
                }
                out.push(e);
            }
        }
    }
    if let Some((s, l)) = cur.take() {
        if !s.is_empty() {
            out.push(mk(ExprKind::Constant { value: Constant::Str { value: s }, kind: None }, l));
        }
    }
    let _ = start_of;
    out
}
