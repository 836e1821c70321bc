//! Syntax errors inside the parser, and their conversion to the ABI's
//! `SyntaxErrorInfo` (1-based character offsets, the source line as text).

use pyk_abi::abi_stable::std_types::RString;
use pyk_abi::component::{SyntaxErrorInfo, SyntaxErrorKind};

/// CPython's end offset of -1 (errors at tokens without an end, such as
/// DEDENT or the end of input). The ABI's field is unsigned: it carries the
/// bit pattern of -1, which the kernel reads back as a signed value.
pub const END_MINUS_ONE: u32 = -1i32 as u32;

/// An error with byte columns (0-based) on 1-based lines.
#[derive(Clone, Debug)]
pub struct PError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
    /// Overrides the computed end offset (CPython reports 0 or -1 for some errors).
    pub end_raw: Option<u32>,
    /// Overrides the computed offset.
    pub offset_raw: Option<u32>,
    pub incomplete: bool,
    /// Parser errors show the line with a newline even when the source lacks
    /// one; tokenizer errors (false) show it without.
    pub add_newline: bool,
    /// The line CPython's tokenizer had reached when the parser failed (0:
    /// unknown). Past `lineno`, CPython takes the error line from its
    /// buffers without the newline and measures the end offset on it.
    pub tok_line: u32,
    /// CPython's tokenizer records this error in its state (E_DEDENT,
    /// E_TABSPACE, E_TOODEEP, E_LINECONT) instead of raising it: the
    /// parser reports it only on reaching it, and `tokenize` reports it on
    /// the tokenizer's line buffer, which starts at this byte offset.
    pub recorded: Option<u32>,
    /// The logical line began on an earlier physical line (a backslash
    /// continuation) at this byte offset: CPython's text for a bad line
    /// continuation starts there, and its offset counts from there.
    pub text_from: Option<u32>,
}

impl PError {
    pub fn new(msg: impl Into<String>, lineno: u32, col: u32, end_lineno: u32, end_col: u32) -> PError {
        PError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno,
            col,
            end_lineno,
            end_col,
            end_raw: None,
            offset_raw: None,
            incomplete: false,
            add_newline: true,
            tok_line: 0,
            recorded: None,
            text_from: None,
        }
    }

    pub fn incomplete(mut self) -> PError {
        self.incomplete = true;
        self
    }

    /// Converts byte columns to 1-based character offsets using `src`.
    pub fn to_info(&self, src: &str, line_starts: &[u32]) -> SyntaxErrorInfo {
        let line_text = |line: u32| -> &str {
            if line == 0 || line as usize > line_starts.len() {
                return "";
            }
            let s = line_starts[line as usize - 1] as usize;
            let e = if (line as usize) < line_starts.len() { line_starts[line as usize] as usize } else { src.len() };
            src.get(s..e.min(src.len())).unwrap_or("")
        };
        let to_chars = |line: u32, col: u32| -> u32 {
            let t = line_text(line);
            let c = (col as usize).min(t.len());
            let mut c2 = c;
            while c2 > 0 && !t.is_char_boundary(c2) {
                c2 -= 1;
            }
            let chars = t[..c2].chars().count() as u32;
            chars + (col as usize - c2.min(col as usize)).min(u32::MAX as usize) as u32 + 1
        };
        let offset = self.offset_raw.unwrap_or_else(|| if self.lineno == 0 { 0 } else { to_chars(self.lineno, self.col) });
        let mut end_offset = self.end_raw.unwrap_or_else(|| if self.end_lineno == 0 { 0 } else { to_chars(self.end_lineno, self.end_col) });
        let mut text = line_text(self.lineno).to_string();
        if let Some(stripped) = text.strip_suffix("\r\n") {
            text = format!("{stripped}\n");
        }
        if self.tok_line > self.lineno && self.lineno != 0 {
            // CPython's error line is then the bare line; the end column (in
            // bytes of the end line) is clamped to it and counted on it.
            let bare = text.trim_end_matches(['\n', '\r']).to_string();
            if self.end_raw.is_none() && self.end_lineno != 0 {
                let want = self.end_col as usize + 1;
                let cut = want.min(bare.len());
                end_offset = String::from_utf8_lossy(&bare.as_bytes()[..cut]).chars().count() as u32 + u32::from(want > bare.len());
            }
            text = bare;
        } else if self.add_newline && !text.ends_with('\n') && self.lineno != 0 {
            text.push('\n');
        } else if !self.add_newline {
            // CPython's tokenizer shows its errors' line without the newline.
            text.truncate(text.trim_end_matches(['\n', '\r']).len());
        }
        let mut offset = offset;
        if let Some(b) = self.text_from {
            let ls = line_starts.get((self.lineno as usize).wrapping_sub(1)).copied().unwrap_or(0) as usize;
            if let Some(before) = src.get(b as usize..ls).filter(|t| !t.is_empty()) {
                if self.offset_raw.is_none() {
                    offset += before.chars().count() as u32;
                }
                text = format!("{before}{text}");
            }
        }
        SyntaxErrorInfo {
            kind: self.kind,
            msg: RString::from(self.msg.as_str()),
            lineno: self.lineno,
            offset,
            end_lineno: self.end_lineno,
            end_offset,
            text: RString::from(text),
            incomplete: self.incomplete,
        }
    }
}
