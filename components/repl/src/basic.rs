//! The plain line console, used when stdin is not a terminal or when
//! `PYTHON_BASIC_REPL` is set. It behaves like CPython 3.13's `python3 -i`
//! fed from a pipe: prompts go to stderr, each statement runs as
//! `<stdin>`, a block ends on an empty line, and end of input writes a
//! newline and ends the session with status 0.

use crate::input::is_blank_source;
use crate::kernel::{detached, status, Completeness, Kernel, EXIT_OK};
use crate::scan;
use pyk_abi::api::{run_mode, RunStatus};
use std::io::{self, ErrorKind, Read, Write};

pub const PS1: &str = ">>> ";
pub const PS2: &str = "... ";

/// Reads `input` one byte at a time, so that whatever follows the current
/// line stays in the file for the program (`input()`, `sys.stdin`), as
/// CPython's console leaves it.
pub struct Lines<R: Read> {
    input: R,
}

impl<R: Read> Lines<R> {
    pub fn new(input: R) -> Self {
        Lines { input }
    }

    /// The next line without its line ending, or `None` at end of input.
    /// A last line without a newline is still a line.
    pub fn next_line(&mut self) -> io::Result<Option<String>> {
        let mut raw = Vec::new();
        let mut byte = [0u8; 1];
        loop {
            match self.input.read(&mut byte) {
                Ok(0) if raw.is_empty() => return Ok(None),
                Ok(0) => break,
                Ok(_) if byte[0] == b'\n' => break,
                Ok(_) => raw.push(byte[0]),
                Err(e) if e.kind() == ErrorKind::Interrupted && raw.is_empty() => return Err(e),
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        if raw.last() == Some(&b'\r') {
            raw.pop();
        }
        Ok(Some(String::from_utf8_lossy(&raw).into_owned()))
    }
}

/// What to do with the lines gathered so far.
#[derive(Debug, PartialEq, Eq)]
enum Next {
    Run,
    More,
}

/// Decides after each line. Complete and invalid input runs (the kernel
/// reports the error); incomplete input waits for more lines, except that an
/// empty line outside brackets and triple-quoted strings ends the statement.
fn decide(kernel: &dyn Kernel, source: &str, last_line: &str) -> Next {
    match kernel.check_complete(source) {
        Completeness::Complete | Completeness::Invalid => Next::Run,
        Completeness::Incomplete => {
            let (_, end) = scan::scan(source);
            if last_line.is_empty() && end.depth == 0 && !end.in_triple_string {
                Next::Run
            } else {
                Next::More
            }
        }
    }
}

/// Runs the line console until end of input or `SystemExit`.
pub fn run<R: Read>(kernel: &dyn Kernel, lines: &mut Lines<R>, prompts: &mut dyn Write) -> RunStatus {
    let mut buffer: Vec<String> = Vec::new();
    loop {
        let (ps1, ps2) = kernel.prompts().unwrap_or_else(|| (PS1.to_string(), PS2.to_string()));
        let prompt = if buffer.is_empty() { ps1 } else { ps2 };
        // The prompt is a courtesy: a closed stderr must not stop the session.
        let _ = prompts.write_all(prompt.as_bytes());
        let _ = prompts.flush();
        let line = match detached(kernel, || lines.next_line()) {
            Ok(Some(line)) => line,
            Ok(None) => {
                let _ = prompts.write_all(b"\n");
                let _ = prompts.flush();
                if buffer.is_empty() {
                    return EXIT_OK;
                }
                // What was typed before the end still runs (and reports its error).
                let st = run_buffer(kernel, &mut buffer);
                if st.kind == status::SYSTEM_EXIT {
                    return st;
                }
                continue;
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {
                let _ = prompts.write_all(b"\nKeyboardInterrupt\n");
                buffer.clear();
                continue;
            }
            Err(_) => return EXIT_OK,
        };
        if buffer.is_empty() && is_blank_source(&line) {
            continue;
        }
        buffer.push(line);
        let source = buffer.join("\n");
        if decide(kernel, &source, buffer.last().map_or("", String::as_str)) == Next::Run {
            let st = run_buffer(kernel, &mut buffer);
            if st.kind == status::SYSTEM_EXIT {
                return st;
            }
        }
    }
}

fn run_buffer(kernel: &dyn Kernel, buffer: &mut Vec<String>) -> RunStatus {
    let mut source = buffer.join("\n");
    buffer.clear();
    source.push('\n');
    kernel.run_source(&source, "<stdin>", run_mode::SINGLE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::tests::FakeKernel;

    /// Runs the console over `input`; returns the sources run, the prompts
    /// written and the final status.
    fn check(kernel: &FakeKernel, input: &str) -> (Vec<String>, String, RunStatus) {
        let mut prompts = Vec::new();
        let st = run(kernel, &mut Lines::new(input.as_bytes()), &mut prompts);
        let runs = kernel.runs.borrow();
        let sources = runs.iter().map(|(s, f, m)| {
            assert_eq!((f.as_str(), *m), ("<stdin>", run_mode::SINGLE));
            s.clone()
        });
        (sources.collect(), String::from_utf8(prompts).unwrap(), st)
    }

    #[test]
    fn simple_statements() {
        let (runs, prompts, st) = check(&FakeKernel::default(), "x=1\nx\n");
        assert_eq!(runs, ["x=1\n", "x\n"]);
        assert_eq!(prompts, ">>> >>> >>> \n");
        assert_eq!(st, EXIT_OK);
    }

    #[test]
    fn block_ends_on_empty_line() {
        let (runs, prompts, _) = check(&FakeKernel::default(), "if 1:\n  print(1)\n\nprint(2)\n");
        assert_eq!(runs, ["if 1:\n  print(1)\n\n", "print(2)\n"]);
        assert_eq!(prompts, ">>> ... ... >>> >>> \n");
    }

    #[test]
    fn dedent_without_empty_line_is_one_invalid_statement() {
        let (runs, prompts, _) = check(&FakeKernel::default(), "if 1:\n  print(1)\nprint(2)\n");
        assert_eq!(runs, ["if 1:\n  print(1)\nprint(2)\n"]);
        assert_eq!(prompts, ">>> ... ... >>> \n");
    }

    #[test]
    fn empty_line_inside_brackets_and_strings_continues() {
        let (runs, prompts, _) = check(&FakeKernel::default(), "(1,\n\n2)\nx='''a\n\nb'''\n");
        assert_eq!(runs, ["(1,\n\n2)\n", "x='''a\n\nb'''\n"]);
        assert_eq!(prompts, ">>> ... ... >>> ... ... >>> \n");
    }

    #[test]
    fn empty_line_after_header_runs_so_the_kernel_reports_it() {
        let (runs, prompts, _) = check(&FakeKernel::default(), "if 1:\n\n1\n");
        assert_eq!(runs, ["if 1:\n\n", "1\n"]);
        assert_eq!(prompts, ">>> ... >>> >>> \n");
    }

    #[test]
    fn blank_and_comment_lines_at_the_first_prompt() {
        let (runs, prompts, _) = check(&FakeKernel::default(), "\n   \n# hi\n1\n");
        assert_eq!(runs, ["1\n"]);
        assert_eq!(prompts, ">>> >>> >>> >>> >>> \n");
    }

    #[test]
    fn invalid_line_runs_at_once() {
        let (runs, prompts, _) = check(&FakeKernel::default(), "1+\nx\n");
        assert_eq!(runs, ["1+\n", "x\n"]);
        assert_eq!(prompts, ">>> >>> >>> \n");
    }

    #[test]
    fn end_of_input_inside_a_statement() {
        let (runs, prompts, st) = check(&FakeKernel::default(), "if 1:\n  print(5)\n");
        assert_eq!(runs, ["if 1:\n  print(5)\n"]);
        assert_eq!(prompts, ">>> ... ... \n>>> \n");
        assert_eq!(st, EXIT_OK);
        let (runs, prompts, _) = check(&FakeKernel::default(), "(1,\n");
        assert_eq!(runs, ["(1,\n"]);
        assert_eq!(prompts, ">>> ... \n>>> \n");
    }

    #[test]
    fn last_line_without_newline_and_crlf() {
        let (runs, _, _) = check(&FakeKernel::default(), "a\r\nb");
        assert_eq!(runs, ["a\n", "b\n"]);
    }

    #[test]
    fn system_exit_stops_the_session() {
        let kernel = FakeKernel {
            statuses: vec![("exit(3)", RunStatus { kind: status::SYSTEM_EXIT, exit_code: 3 })],
            ..Default::default()
        };
        let (runs, prompts, st) = check(&kernel, "exit(3)\nprint(1)\n");
        assert_eq!(runs, ["exit(3)\n"]);
        assert_eq!(prompts, ">>> ");
        assert_eq!(st, RunStatus { kind: status::SYSTEM_EXIT, exit_code: 3 });
    }

    #[test]
    fn exceptions_do_not_stop_the_session() {
        let kernel = FakeKernel {
            statuses: vec![("1/0", RunStatus { kind: status::EXCEPTION, exit_code: 1 })],
            ..Default::default()
        };
        let (runs, _, st) = check(&kernel, "1/0\n2\n");
        assert_eq!(runs, ["1/0\n", "2\n"]);
        assert_eq!(st, EXIT_OK);
    }

    #[test]
    fn lines_leave_the_rest_of_the_input_unread() {
        let mut input: &[u8] = b"first\nsecond\n";
        let mut lines = Lines::new(&mut input);
        assert_eq!(lines.next_line().unwrap().as_deref(), Some("first"));
        assert_eq!(input, b"second\n");
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let mut lines = Lines::new(&b"a\xffb\n"[..]);
        assert_eq!(lines.next_line().unwrap().as_deref(), Some("a\u{fffd}b"));
    }
}
