//! Python source bytes to text (PEP 263): a UTF-8 BOM, an encoding
//! declaration (`# -*- coding: latin-1 -*-`) on the first or second line,
//! UTF-8 otherwise. Used for scripts, imported modules and `compile()`,
//! `exec()` and `eval()` of bytes.

use crate::error::PyResult;

/// Why source bytes could not be decoded.
pub enum DecodeError {
    /// The declared encoding is not known.
    Unknown(String),
    /// A BOM with a declaration other than UTF-8 (CPython's normalized name).
    BomMismatch(String),
    /// UTF-8 (declared or by default) that is not: the offending byte, its
    /// line, and whether an encoding was declared.
    /// `offset`/`end_offset`: where `compile()` points (1-based columns;
    /// -1: no end).
    BadUtf8 { byte: u8, line: usize, declared: bool, pos: usize, reason: &'static str, offset: u32, end_offset: i32 },
    /// Another codec failed; its exception.
    Codec(crate::error::PyErr),
    /// The declared codec could not decode the bytes: its exception (a
    /// UnicodeDecodeError) and the declared name.
    Undecodable { err: crate::error::PyErr, declared: String },
}

/// The chunk size of CPython's text reader.
const CHUNK: usize = 8192;

/// What CPython's script runner reports for a file its declared codec
/// cannot decode. It reads such a file through a text reader over the bytes
/// from the last byte of the declaration's line on, decoding chunks of 8 KB
/// incrementally: a failure in the first chunk (read when the reader is set
/// up) is an "encoding problem"; a later one (or a sequence cut by the end
/// of the file, at the final decode) is the tokenizer's, shown at the last
/// line it had read, with the decoder's message (positions counted in the
/// failing chunk). None if the reader would not fail.
fn reader_failure(body: &[u8], declared: &str, path: &str) -> Option<String> {
    use crate::abstract_::{call, getattr_str};
    let line_end = |from: usize| body[from..].iter().position(|&c| c == b'\n').map_or(body.len(), |i| from + i + 1);
    let first = line_end(0);
    let cookie_end = if cookie(&body[..first]).is_some() { first } else { line_end(first) };
    let start = cookie_end.saturating_sub(1);
    let codecs = crate::import::import_module("codecs").ok()?;
    let make = call(&getattr_str(&codecs, "getincrementaldecoder").ok()?, &[crate::types::str::new_str(declared)], None).ok()?;
    let decode = getattr_str(&call(&make, &[], None).ok()?, "decode").ok()?;
    let mut at = start;
    let (chunk_start, err) = loop {
        let last = at >= body.len();
        let end = (at + CHUNK).min(body.len());
        let chunk = crate::types::bytes::new_bytes(&body[at.min(end)..end]);
        match call(&decode, &[chunk, crate::types::bool_obj(last)], None) {
            Err(e) => break (at, e),
            Ok(_) if last => return None,
            Ok(_) => at = end,
        }
    };
    if chunk_start == start {
        return Some(format!("SyntaxError: encoding problem: {declared}"));
    }
    let line = body[..chunk_start.min(body.len())].iter().filter(|&&c| c == b'\n').count();
    let mut end = 0;
    for _ in 0..line {
        end = line_end(end);
    }
    let text = match decode_as(&body[..end], false) {
        Ok(src) => src.lines().nth(line.saturating_sub(1)).unwrap_or_default().trim().to_string(),
        Err(_) => String::new(),
    };
    let msg = crate::abstract_::str_string(&err.0).unwrap_or_default();
    Some(format!("  File \"{path}\", line {line}\n    {text}\nSyntaxError: (unicode error) {msg}"))
}

/// The declared encoding of one line, if it is a comment carrying one
/// (`coding[:=]\s*([-\w.]+)` after `#`, as PEP 263 says).
fn cookie(line: &[u8]) -> Option<String> {
    let t = line.iter().position(|&c| !matches!(c, b' ' | b'\t' | b'\x0c'))?;
    if line[t] != b'#' {
        return None;
    }
    let text = String::from_utf8_lossy(&line[t..]);
    let at = text.find("coding")?;
    let rest = &text[at + 6..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
    (!name.is_empty()).then_some(name)
}

/// CPython's spelling of common names (what its messages show).
fn normalize(enc: &str) -> String {
    let e = enc.to_ascii_lowercase().replace('_', "-");
    if e == "utf-8" || e.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].iter().any(|p| e == *p || e.starts_with(&format!("{p}-"))) {
        "iso-8859-1".into()
    } else {
        enc.to_string()
    }
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    match line.iter().position(|&c| !matches!(c, b' ' | b'\t' | b'\x0c' | b'\r' | b'\n')) {
        None => true,
        Some(i) => line[i] == b'#',
    }
}

/// Decodes Python source bytes.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_as(bytes, false)
}

/// Decodes Python source bytes; `whole`: as `compile()` and imports do,
/// with the whole text given at once and a final newline added when it
/// lacks one (so a multibyte sequence cut by the end meets that newline).
fn decode_as(bytes: &[u8], whole: bool) -> Result<String, DecodeError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut lines = body.split_inclusive(|&c| c == b'\n');
    let first = lines.next().unwrap_or(&[]);
    let declared = cookie(first).or_else(|| if is_blank_or_comment(first) { lines.next().and_then(cookie) } else { None });
    let enc = declared.as_deref().map(normalize);
    if bom && enc.as_deref().is_some_and(|e| e != "utf-8") {
        return Err(DecodeError::BomMismatch(enc.unwrap_or_default()));
    }
    match enc.as_deref() {
        None | Some("utf-8") => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let at = e.valid_up_to();
                let line = body[..at].iter().filter(|&&c| c == b'\n').count() + 1;
                // CPython meets the bad byte when it decodes the string
                // literal holding it: the position counts from the
                // literal's first character, the reason is about its text.
                let line_start = body[..at].iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
                let col = |b: usize| String::from_utf8_lossy(&body[line_start..b]).chars().count();
                let (start, end, offset, end_offset) = match body[line_start..at].iter().rposition(|&c| c == b'"' || c == b'\'') {
                    Some(q) => {
                        let quote = body[line_start + q];
                        let start = line_start + q + 1;
                        let end = body[at..].iter().position(|&c| c == quote || c == b'\n').map_or(body.len(), |k| at + k);
                        // The string token, from its quote to the last
                        // character before the closing one.
                        (start, end, col(line_start + q) + 1, col(end) as i32)
                    }
                    // Elsewhere the bad byte starts a token of its own.
                    None => (at, body.len(), col(at) + 1, -1),
                };
                let (pos, reason) = match std::str::from_utf8(&body[start..end]) {
                    Err(e2) => {
                        let p = e2.valid_up_to();
                        let b = body[start + p];
                        let reason = if e2.error_len().is_none() {
                            "unexpected end of data"
                        } else if b >= 0xf8 || (0x80..0xc0).contains(&b) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (p, reason)
                    }
                    Ok(_) => (at - start, "invalid start byte"),
                };
                Err(DecodeError::BadUtf8 { byte: body[at], line, declared: declared.is_some(), pos, reason, offset: offset as u32, end_offset })
            }
        },
        Some("iso-8859-1") => Ok(body.iter().map(|&b| b as char).collect()),
        Some(_) => {
            let name = declared.unwrap_or_default();
            let codecs = crate::import::import_module("codecs").map_err(DecodeError::Codec)?;
            let lookup = crate::abstract_::getattr_str(&codecs, "lookup").map_err(DecodeError::Codec)?;
            if crate::abstract_::call(&lookup, &[crate::types::str::new_str(&name)], None).is_err() {
                return Err(DecodeError::Unknown(name));
            }
            let mut owned;
            let mut body = body;
            if whole && !body.ends_with(b"\n") {
                owned = body.to_vec();
                owned.push(b'\n');
                body = &owned;
            }
            let b = crate::types::bytes::new_bytes(body);
            let dec = crate::abstract_::getattr_str(&b, "decode").map_err(DecodeError::Codec)?;
            let s = crate::abstract_::call(&dec, &[crate::types::str::new_str(&name)], None).map_err(|e| {
                if e.is_instance(&crate::types::exceptions::UNICODE_DECODE_ERROR) {
                    DecodeError::Undecodable { err: e, declared: name.clone() }
                } else {
                    DecodeError::Codec(e)
                }
            })?;
            Ok(crate::types::str::as_str(&s).unwrap_or_default().to_string())
        }
    }
}

/// An encoding error about the whole file: CPython's `(filename, 0, -1, None)`.
fn file_syntax_error(msg: String, filename: &str) -> crate::error::PyErr {
    use crate::types::exceptions as ex;
    let details = crate::types::tuple::new_tuple(vec![
        crate::types::str::new_str(filename),
        crate::types::int::from_i64(0),
        crate::types::int::from_i64(-1),
        crate::types::none(),
    ]);
    crate::error::PyErr(ex::new_exception(&ex::SYNTAX_ERROR, vec![crate::types::str::new_str(&msg), details]))
}

/// `compile()`/`exec()`/`eval()` of bytes (and imports): the errors as
/// CPython's compile() reports them.
pub fn decode_for_compile(bytes: &[u8], filename: &str) -> PyResult<String> {
    decode_as(bytes, true).map_err(|e| match e {
        DecodeError::Unknown(n) => file_syntax_error(format!("unknown encoding: {n}"), filename),
        DecodeError::BomMismatch(n) => file_syntax_error(format!("encoding problem: {n} with BOM"), filename),
        DecodeError::BadUtf8 { byte, line, pos, reason, offset, end_offset, .. } => {
            use crate::types::exceptions as ex;
            let msg = format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}");
            let text = bytes.split_inclusive(|&b| b == b'\n').nth(line - 1).map(String::from_utf8_lossy).unwrap_or_default();
            crate::error::PyErr(ex::new_syntax_error(&ex::SYNTAX_ERROR, &msg, filename, line as u32, offset, &text, line as u32, end_offset as u32))
        }
        DecodeError::Codec(e) => e,
        // CPython decodes the whole source at once: the codec's message
        // about the whole file.
        DecodeError::Undecodable { err, .. } => file_syntax_error(crate::abstract_::str_string(&err.0).unwrap_or_default(), filename),
    })
}

/// A script's bytes, or the one-line error CPython prints for them.
pub fn decode_script(bytes: &[u8], path: &str) -> Result<String, String> {
    decode(bytes).map_err(|e| match e {
        DecodeError::Unknown(n) => format!("SyntaxError: encoding problem: {n}"),
        DecodeError::BomMismatch(n) => format!("SyntaxError: encoding problem: {n} with BOM"),
        DecodeError::BadUtf8 { byte, line, declared: false, .. } => format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        ),
        DecodeError::BadUtf8 { byte, pos, reason, .. } => {
            format!("SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}")
        }
        DecodeError::Codec(e) => format!("SyntaxError: {}", crate::abstract_::str_string(&e.0).unwrap_or_default()),
        DecodeError::Undecodable { err, declared, .. } => reader_failure(bytes, &declared, path)
            .unwrap_or_else(|| format!("SyntaxError: (unicode error) {}", crate::abstract_::str_string(&err.0).unwrap_or_default())),
    })
}
