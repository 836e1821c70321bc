//! Decisions about an input buffer that need no terminal: when a statement
//! is finished, which words are console commands, what indentation a new
//! line gets. Shared by the line console and the editor.

use crate::kernel::{Completeness, Kernel};
use crate::scan;

/// Words that the editor console treats as commands when typed alone, as
/// CPython 3.13's console does.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `exit` or `quit`.
    Exit,
    /// `clear`: clears the screen.
    Clear,
    /// `help`: the interactive help.
    Help,
    /// `copyright`.
    Copyright,
}

/// The command `statement` names, if it is one of the console's words alone
/// on its line (surrounding blanks allowed).
pub fn detect_command(statement: &str) -> Option<Command> {
    match statement.trim() {
        "exit" | "quit" => Some(Command::Exit),
        "clear" => Some(Command::Clear),
        "help" => Some(Command::Help),
        "copyright" => Some(Command::Copyright),
        _ => None,
    }
}

/// Removes blanks at the very end of `text` when they follow a newline: the
/// indentation the editor inserted on a line the user left empty.
pub fn strip_final_indent(text: &str) -> &str {
    let short = text.trim_end_matches([' ', '\t']);
    if short.ends_with('\n') {
        short
    } else {
        text
    }
}

/// True when every line of `source` is blank or only a comment: there is
/// nothing to run.
pub fn is_blank_source(source: &str) -> bool {
    source.lines().all(|l| {
        let l = l.trim_start();
        l.is_empty() || l.starts_with('#')
    })
}

/// Whether the editor should open another line when Enter is pressed with
/// `text` in the buffer (cursor at its end).
///
/// Complete input is submitted; incomplete input continues. Invalid input is
/// submitted (so the error is shown) when it is a single line or its last
/// line is empty; otherwise the user may still be typing a block and gets
/// another line, as in CPython's console.
pub fn editor_needs_more(kernel: &dyn Kernel, text: &str) -> bool {
    let src = strip_final_indent(text);
    match kernel.check_complete(src) {
        Completeness::Complete => false,
        Completeness::Incomplete => true,
        Completeness::Invalid => {
            let mut lines = src.split_inclusive('\n');
            let Some(last) = lines.next_back() else { return false };
            if lines.next().is_none() {
                return false;
            }
            let indented = last.starts_with([' ', '\t']);
            let not_empty = !last.trim().is_empty();
            (indented || not_empty) && !last.ends_with('\n')
        }
    }
}

/// The indentation unit of `buffer`: the blanks of its first indented
/// non-blank line, or four spaces.
fn indent_unit(buffer: &str) -> &str {
    for line in buffer.split('\n').skip(1) {
        let body = line.trim_start_matches([' ', '\t']);
        if body.len() < line.len() && !body.is_empty() {
            return &line[..line.len() - body.len()];
        }
    }
    "    "
}

/// The indentation to insert at `pos` in `buffer`, just after the newline
/// Enter put there: the previous line's indentation (unless that line is
/// blank), plus one unit when it ends with a colon.
pub fn auto_indent(buffer: &str, pos: usize) -> String {
    let pos = pos.min(buffer.len());
    let Some(before) = buffer[..pos].strip_suffix('\n') else { return String::new() };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = &before[line_start..];
    let body = line.trim_start_matches([' ', '\t']);
    let mut indent = String::new();
    if !body.is_empty() {
        indent.push_str(&line[..line.len() - body.len()]);
    }
    if scan::line_ends_with_colon(before, before.len()) {
        indent.push_str(indent_unit(buffer));
    }
    indent
}

/// The filename of the `n`th input of the editor console.
pub fn input_name(n: u64) -> String {
    format!("<python-input-{n}>")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::kernel::Completeness::{self, *};
    use pyk_abi::api::RunStatus;
    use std::cell::RefCell;

    /// A kernel whose completeness answers follow codeop-like rules on a
    /// small vocabulary, and which records what it is asked to run.
    #[derive(Default)]
    pub struct FakeKernel {
        pub runs: RefCell<Vec<(String, String, u32)>>,
        /// Status returned for a source containing the key.
        pub statuses: Vec<(&'static str, RunStatus)>,
    }

    /// A crude stand-in for the parser's completeness check, enough for
    /// the statements the tests use.
    pub fn fake_complete(src: &str) -> Completeness {
        if src.contains("$bad") || src.trim_end().ends_with('+') {
            return Invalid;
        }
        let (_, end) = scan::scan(src);
        if end.depth > 0 || end.in_triple_string || end.continued {
            return Incomplete;
        }
        let lines: Vec<&str> = src.split('\n').collect();
        let first = lines[0].trim_end();
        if first.ends_with(':') {
            if lines.len() == 1 || !lines[1..].iter().any(|l| l.starts_with(' ')) {
                return Incomplete;
            }
            if lines[1..].iter().any(|l| !l.is_empty() && !l.starts_with([' ', '#'])) {
                return Invalid;
            }
            // A block ends with an empty line.
            return if src.ends_with('\n') { Complete } else { Incomplete };
        }
        Complete
    }

    impl Kernel for FakeKernel {
        fn run_source(&self, source: &str, filename: &str, mode: u32) -> RunStatus {
            self.runs.borrow_mut().push((source.to_owned(), filename.to_owned(), mode));
            for (key, st) in &self.statuses {
                if source.contains(key) {
                    return *st;
                }
            }
            RunStatus { kind: 0, exit_code: 0 }
        }

        fn check_complete(&self, source: &str) -> Completeness {
            fake_complete(source)
        }
    }

    #[test]
    fn commands() {
        assert_eq!(detect_command("exit"), Some(Command::Exit));
        assert_eq!(detect_command("  quit \n"), Some(Command::Exit));
        assert_eq!(detect_command("clear"), Some(Command::Clear));
        assert_eq!(detect_command("help"), Some(Command::Help));
        assert_eq!(detect_command("copyright"), Some(Command::Copyright));
        assert_eq!(detect_command("exit()"), None);
        assert_eq!(detect_command("help(int)"), None);
        assert_eq!(detect_command("exit = 1"), None);
        assert_eq!(detect_command("credits"), None);
    }

    #[test]
    fn final_indent() {
        assert_eq!(strip_final_indent("if x:\n    pass\n    "), "if x:\n    pass\n");
        assert_eq!(strip_final_indent("x = 1  "), "x = 1  ");
        assert_eq!(strip_final_indent("\t"), "\t");
    }

    #[test]
    fn blank_sources() {
        assert!(is_blank_source(""));
        assert!(is_blank_source("   \n# only a comment\n"));
        assert!(!is_blank_source("# c\nx"));
    }

    #[test]
    fn editor_continuation() {
        let k = FakeKernel::default();
        let more = |t: &str| editor_needs_more(&k, t);
        assert!(!more("x = 1"));
        assert!(!more(""));
        assert!(more("if x:"));
        assert!(more("if x:\n    y"));
        // Enter on the auto-indented empty line ends the block.
        assert!(!more("if x:\n    y\n    "));
        assert!(more("(1,"));
        // Invalid: one line is submitted, a block keeps going until an empty line.
        assert!(!more("1 +"));
        assert!(more("if x:\n    y\nz"));
        assert!(!more("if x:\n    y\nz\n"));
    }

    #[test]
    fn indentation() {
        assert_eq!(auto_indent("if x:\n", 6), "    ");
        assert_eq!(auto_indent("if x:  # c\n", 11), "    ");
        assert_eq!(auto_indent("if x:\n    y = 1\n", 16), "    ");
        assert_eq!(auto_indent("if x:\n    for i in y:\n", 22), "        ");
        assert_eq!(auto_indent("if x:\n  for i in y:\n", 20), "    ");
        assert_eq!(auto_indent("x = (1,\n", 8), "");
        assert_eq!(auto_indent("if x:\n    \n", 11), "");
        assert_eq!(auto_indent("x = 1", 5), "");
        // Newline inserted in the middle of the buffer.
        assert_eq!(auto_indent("def f():\n\n    return 1", 9), "    ");
    }

    #[test]
    fn names() {
        assert_eq!(input_name(0), "<python-input-0>");
        assert_eq!(input_name(12), "<python-input-12>");
    }
}
