//! The REPL component in a real terminal (tmux: send-keys/capture-pane), and
//! the plain console fed from a pipe. The terminal tests say they were
//! skipped when tmux is absent (.ci/run installs it).
//!
//! The terminal tests wait for screen content (with generous timeouts, as
//! they run beside other test binaries on small machines) rather than
//! sleeping; every value they wait for is printed only once per session.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn pyk() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyk"))
}

const WAIT: Duration = Duration::from_secs(20);

fn tmux(args: &[&str]) -> String {
    let o = Command::new("tmux").args(args).output().expect("tmux");
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn have_tmux() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("skipped: tmux not installed");
        return false;
    }
    true
}

/// A tmux session running one command; killed when dropped, so a failed
/// assertion leaves no pyk process behind.
struct Term {
    name: String,
}

impl Term {
    /// Starts `shell_cmd` in a 100x40 terminal. The command should end with
    /// `echo TAG $?; sleep 30` so that the exit status can be read.
    fn start(name: &str, shell_cmd: &str) -> Term {
        let name = format!("{name}-{}", std::process::id());
        tmux(&["kill-session", "-t", &name]);
        tmux(&["new-session", "-d", "-s", &name, "-x", "100", "-y", "40", shell_cmd]);
        Term { name }
    }

    /// The screen and its scrollback, trailing blanks trimmed.
    fn screen(&self) -> String {
        tmux(&["capture-pane", "-t", &self.name, "-p", "-S", "-3000"])
    }

    /// Waits until `pred` holds for the screen; returns that screen.
    fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > WAIT {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for(&self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?}"), |s| s.contains(needle))
    }

    /// The visible screen only, escape sequences (colours) kept.
    fn visible(&self, escapes: bool) -> String {
        let mut args = vec!["capture-pane", "-t", &self.name, "-p"];
        if escapes {
            args.push("-e");
        }
        tmux(&args)
    }

    /// Waits until the visible screen holds nothing but an empty prompt.
    fn wait_cleared(&self, prompt: &str) {
        let start = Instant::now();
        loop {
            let v = self.visible(false);
            if v.trim() == prompt {
                return;
            }
            if start.elapsed() > WAIT {
                panic!("timed out waiting for a cleared screen; screen:\n{v}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The last non-blank line of the screen.
    fn last_line(&self) -> String {
        self.screen().lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string()
    }

    /// Waits until the last non-blank line is exactly `line`.
    fn wait_last_line(&self, line: &str) {
        let start = Instant::now();
        loop {
            let last = self.last_line();
            if last.trim_end() == line {
                return;
            }
            if start.elapsed() > WAIT {
                panic!("timed out waiting for the line {line:?}; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types `text` literally (no key names).
    fn type_text(&self, text: &str) {
        tmux(&["send-keys", "-t", &self.name, "-l", text]);
    }

    /// Presses keys by tmux name (`Enter`, `Tab`, `C-c`, `F3`, `Up`…).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        tmux(&args);
    }

    /// Types `text` then presses Enter.
    fn line(&self, text: &str) {
        self.type_text(text);
        self.keys(&["Enter"]);
    }

    /// Pastes `text` as a terminal paste (bracketed when the program asked for it).
    fn paste(&self, text: &str) {
        let file = std::env::temp_dir().join(format!("{}-paste", self.name));
        std::fs::write(&file, text).expect("write paste");
        let buffer = format!("{}-buf", self.name);
        tmux(&["load-buffer", "-b", &buffer, &file.to_string_lossy()]);
        tmux(&["paste-buffer", "-p", "-d", "-b", &buffer, "-t", &self.name]);
        let _ = std::fs::remove_file(file);
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        tmux(&["kill-session", "-t", &self.name]);
    }
}

/// A shell command that runs pyk with `env` and reports its exit status.
fn pyk_cmd(env: &str, args: &str, tag: &str) -> String {
    format!("env {env} {} {args}; echo {tag} $?; sleep 30", pyk().display())
}

/// Banner, a multi-line `def` then a call, Up bringing a whole block back,
/// Tab completion of a name and of a module attribute, a traceback naming
/// `<python-input-N>`, `_`, the `copyright`/`help` commands, several
/// statements in one input, and `exit` without parentheses.
#[test]
fn terminal_repl_edits_runs_and_exits() {
    if !have_tmux() {
        return;
    }
    let hist = std::env::temp_dir().join(format!("pyk-hist-a-{}", std::process::id()));
    let _ = std::fs::remove_file(&hist);
    let t = Term::start("pyk-repl-a", &pyk_cmd(&format!("PYTHON_HISTORY={} PAGER=cat", hist.display()), "", "EXITED"));
    let s = t.wait_for(">>>");
    assert!(s.contains("pyk") && s.contains("Python 3.13") && s.contains("runtime, JIT:"), "banner:\n{s}");

    // A block: auto-indented after ':', ended by an empty line.
    t.line("def f(a):");
    t.wait_last_line("...");
    t.line("return a + 1");
    t.wait_last_line("...");
    t.keys(&["Enter"]);
    t.wait_last_line(">>>");
    t.line("f(4300)");
    let s = t.wait_for("4301");
    assert!(s.contains(">>> def f(a):\n...     return a + 1\n...\n"), "auto-indented block:\n{s}");

    // Up brings the whole block back as one entry; edit it and run it again.
    t.keys(&["Up", "Up"]);
    t.wait_for("4301\n>>> def f(a):\n...     return a + 1");
    // The cursor is at the end of the block's first line.
    t.keys(&["Down", "End"]);
    t.type_text("0");
    t.wait_for(">>> def f(a):\n...     return a + 10");
    t.keys(&["Enter"]);
    t.wait_last_line(">>>");
    t.line("f(1) + 1017");
    t.wait_for("1028");

    // Tab completes a unique name and a module attribute.
    t.line("abcdefg_var = 41");
    t.type_text("abcdefg_v");
    t.keys(&["Tab"]);
    t.wait_last_line(">>> abcdefg_var");
    t.line(" + 1000");
    t.wait_for("1041");
    t.line("import math");
    t.type_text("math.facto");
    t.keys(&["Tab"]);
    // As rlcompleter: a callable gets its parenthesis.
    t.wait_last_line(">>> math.factorial(");
    t.line("7)");
    t.wait_for("5040");

    // Results go through sys.displayhook and set `_`.
    t.line("_ // 2");
    t.wait_for("2520");

    // A traceback names the input it came from (inputs count from 0; this
    // is the tenth).
    t.line("1/0");
    let s = t.wait_for("ZeroDivisionError: division by zero");
    assert!(s.contains("  File \"<python-input-9>\", line 1, in <module>\n    1/0\n    ~^~\n"), "traceback:\n{s}");
    // Coloured as CPython 3.13 colours it.
    let v = t.visible(true);
    for piece in ["File \x1b[35m\"<python-input-9>\"\x1b[39m, line \x1b[35m1", "\x1b[35mZeroDivisionError\x1b[0m"] {
        assert!(v.contains(piece), "{piece:?} not in the coloured traceback:\n{v:?}");
    }
    t.line("f(None)");
    let s = t.wait_for("TypeError: unsupported operand");
    assert!(s.contains("  File \"<python-input-2>\", line 2, in f\n    return a + 10\n"), "the block's own input name:\n{s}");

    // Several statements in one input run in turn; only the last is displayed.
    t.paste("7777\nx = 3\ny = 4\nx * y * 1111\n");
    t.keys(&["Enter"]);
    let s = t.wait_for("13332");
    assert!(!s.lines().any(|l| l == "7777"), "only the last value is displayed:\n{s}");

    // Commands without parentheses.
    t.line("copyright");
    t.wait_for("All Rights Reserved.");
    t.line("help");
    t.wait_last_line("help>");
    t.line("quit");
    t.wait_for("You are now leaving help");
    t.wait_last_line(">>>");
    // F1 is the same help, in the middle of an input that then carries on.
    t.type_text("40 + ");
    t.keys(&["F1"]);
    t.wait_last_line("help>");
    t.line("q");
    t.wait_last_line(">>> 40 +");
    t.line("2000002");
    t.wait_for("2000042");
    // `clear` and Ctrl-L clear the screen.
    t.line("clear");
    t.wait_cleared(">>>");
    t.line("'clear me'");
    t.wait_for("'clear me'");
    t.keys(&["C-l"]);
    t.wait_cleared(">>>");

    // The input is coloured as it is typed (the terminal is a tty, TERM is
    // not dumb): prompt, keyword, string, builtin, number, comment.
    t.type_text("for i in 'ab': print(i, 1)  # c");
    t.wait_until("the typed line", |_| t.visible(true).contains("# c"));
    let v = t.visible(true);
    for piece in ["\x1b[35m>>> ", "\x1b[34mfor", "\x1b[32m'ab'", "\x1b[36mprint", "\x1b[33m1", "\x1b[31m# c"] {
        assert!(v.contains(piece), "{piece:?} not coloured:\n{v:?}");
    }
    t.keys(&["C-c"]);
    t.wait_last_line(">>>");

    t.line("exit");
    let s = t.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
    // Commands are not history entries; the block is one.
    let h = std::fs::read_to_string(&hist).unwrap_or_default();
    let _ = std::fs::remove_file(&hist);
    assert!(h.contains("def f(a):") && !h.lines().any(|l| l == "exit" || l == "help"), "history file:\n{h}");
}

/// History kept across sessions (Ctrl-R and Up in the second), F2 history
/// browsing, F3 paste mode and bracketed paste with blank lines, Ctrl-C
/// cancelling the input and interrupting `while True: pass`, `sys.ps1`, a
/// variable shadowing the `exit` command, Ctrl-D on an empty line.
#[test]
fn terminal_repl_history_paste_interrupt() {
    if !have_tmux() {
        return;
    }
    let hist = std::env::temp_dir().join(format!("pyk-hist-b-{}", std::process::id()));
    let _ = std::fs::remove_file(&hist);
    let env = format!("PAGER=cat PYTHON_HISTORY={}", hist.display());
    {
        let t = Term::start("pyk-repl-b1", &pyk_cmd(&env, "-q", "FIRST"));
        t.wait_for(">>>");
        t.line("remembered_value = 17");

        // Ctrl-C cancels the input being edited.
        // (Once the editor echoes the text the terminal is in raw mode, so
        // Ctrl-C is a key, not a signal.)
        t.type_text("never_run = 1 +");
        t.wait_last_line(">>> never_run = 1 +");
        t.keys(&["C-c"]);
        t.wait_for("KeyboardInterrupt");
        t.wait_last_line(">>>");

        // Ctrl-C interrupts running code with a traceback; the prompt comes back.
        t.line("def spin():");
        t.line("print('SPIN' + 'NING')");
        t.line("while True: pass");
        t.keys(&["Enter"]);
        t.wait_last_line(">>>");
        t.line("spin()");
        t.wait_for("SPINNING");
        t.keys(&["C-c"]);
        let s = t.wait_for("  File \"<python-input-1>\", line 3, in spin\n    while True: pass\n");
        assert!(s.contains("  File \"<python-input-2>\", line 1, in <module>\n    spin()\n"), "traceback:\n{s}");
        t.wait_last_line(">>>");
        let s = t.screen();
        assert!(s[s.find("in spin").unwrap_or(0)..].contains("\nKeyboardInterrupt\n>>>"), "traceback:\n{s}");
        t.line("6 * 1111");
        t.wait_for("6666");
        // The same at the top level: once the editor has taken the empty
        // line that ends the statement the loop runs (no prompt comes).
        t.line("while True: pass");
        t.wait_last_line("...");
        t.keys(&["Enter"]);
        t.wait_until("the submitted loop", |s| s.trim_end().ends_with(">>> while True: pass\n..."));
        std::thread::sleep(Duration::from_millis(300));
        t.keys(&["C-c"]);
        t.wait_for("  File \"<python-input-4>\", line 1, in <module>\n    while True: pass\n");
        t.wait_last_line(">>>");

        // F3 paste mode: a block with a blank line inside runs as one input.
        t.keys(&["F3"]);
        t.wait_last_line("(paste)");
        for l in ["def pasted():", "    a = 20", "", "    return a + 1"] {
            t.line(l);
        }
        t.keys(&["F3"]);
        t.wait_last_line("...");
        t.keys(&["Enter"]);
        t.wait_last_line(">>>");
        t.line("pasted() * 1000");
        t.wait_for("21000");

        // A bracketed paste with blank lines is one input too.
        t.paste("def bracketed():\n    b = 30\n\n    return b + 1\n\nbracketed() * 1000\n");
        t.keys(&["Enter"]);
        t.wait_for("31000");

        // sys.ps1 is the prompt.
        t.line("import sys; sys.ps1 = 'py> '");
        t.wait_last_line("py>");
        // A variable named exit is evaluated, not obeyed.
        t.line("exit = 'shadowed'");
        t.line("exit");
        t.wait_for("'shadowed'");
        // F2 shows the history without prompts or output.
        t.keys(&["F2"]);
        let s = t.wait_for("\nremembered_value = 17\n");
        assert!(s.contains("\nexit = 'shadowed'\n"), "history listing:\n{s}");
        assert!(s.contains("\ndef spin():\n    print('SPIN' + 'NING')\n    while True: pass\n"), "history listing:\n{s}");
        t.line("del exit");
        t.line("def twice(v):");
        t.line("return v * 2");
        t.keys(&["Enter"]);
        t.wait_last_line("py>");
        t.line("exit");
        let s = t.wait_for("FIRST");
        assert!(s.contains("FIRST 0"), "{s}");
    }
    // A new session recalls the previous one's input: Up gives the last
    // block whole, Ctrl-R finds an older line.
    let t = Term::start("pyk-repl-b2", &pyk_cmd(&env, "-q", "SECOND"));
    t.wait_for(">>>");
    t.keys(&["Up"]);
    t.wait_for(">>> def twice(v):\n...     return v * 2");
    t.keys(&["Enter"]);
    t.wait_last_line(">>>");
    t.line("twice(50505)");
    t.wait_for("101010");
    // Keys that a terminal in cooked mode would take for itself wait for
    // the editor's prompt.
    t.wait_last_line(">>>");
    t.keys(&["C-r"]);
    t.type_text("remembered_val");
    t.wait_for("remembered_value = 17");
    t.keys(&["Enter"]);
    t.wait_last_line(">>> remembered_value = 17");
    t.keys(&["Enter"]);
    t.line("remembered_value + 9000");
    t.wait_for("9017");
    // Ctrl-D on an empty line leaves.
    t.wait_last_line(">>>");
    t.keys(&["C-d"]);
    let s = t.wait_for("SECOND");
    let _ = std::fs::remove_file(&hist);
    assert!(s.contains("SECOND 0"), "{s}");
}

/// `PYTHON_BASIC_REPL` on a terminal gives the line console (no commands:
/// `exit` says how to leave, as CPython's); `-q` hides the banner.
#[test]
fn terminal_basic_repl() {
    if !have_tmux() {
        return;
    }
    let t = Term::start("pyk-repl-c", &pyk_cmd("PYTHON_BASIC_REPL=1", "-q", "BASIC"));
    t.wait_for(">>>");
    t.line("exit");
    t.wait_for("Use exit() or Ctrl-D (i.e. EOF) to exit");
    t.line("if 1:");
    t.wait_last_line("...");
    t.line("  print(40 + 2000)");
    t.keys(&["Enter"]);
    t.wait_for("2040");
    t.keys(&["C-d"]);
    let s = t.wait_for("BASIC");
    assert!(s.contains("BASIC 0") && !s.contains("Type \"help\""), "{s}");
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("repl")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Runs `program -i -q` with `input` on a pipe: stdout, stderr, status.
fn run_piped(program: &mut Command, input: &[u8]) -> (String, String, String) {
    let mut child = program
        .args(["-i", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    // The console may stop reading early (SystemExit): ignore a broken pipe.
    let _ = child.stdin.take().expect("stdin").write_all(input);
    let out = child.wait_with_output().expect("wait");
    let status = out.status.code().map_or("signal".to_string(), |c| c.to_string());
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), status)
}

/// The plain console fed from a pipe prints what CPython 3.13 prints, on
/// both streams, with its exit status: tests/repl/NAME.in against the
/// NAME.out/.err/.status that tests/repl/gen.sh made with CPython. Where
/// CPython 3.13 is installed the expectations are re-checked against it.
#[test]
fn piped_console_matches_cpython() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/repl")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "in"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let py = std::env::var("PYK_CPYTHON").unwrap_or_else(|_| "python3.13".into());
    let probe = Command::new(&py).env("PYENV_VERSION", "3.13.0").args(["-c", "import sys; print(sys.version_info[:2] == (3, 13))"]).output();
    let cpython = matches!(probe, Ok(o) if String::from_utf8_lossy(&o.stdout).trim() == "True");
    if !cpython {
        println!("skipped: CPython 3.13 not found (set PYK_CPYTHON); piped console expectations not re-checked");
    }
    let mut failures = vec![];
    for case in &cases {
        let input = std::fs::read(case).expect("input");
        let want = (read(&case.with_extension("out")), read(&case.with_extension("err")), read(&case.with_extension("status")).trim().to_string());
        let got = run_piped(&mut Command::new(pyk()), &input);
        if got != want {
            failures.push(format!("{}:\n  pyk:     {got:?}\n  CPython: {want:?}", case.display()));
        }
        if cpython {
            let live = run_piped(Command::new(&py).env("PYENV_VERSION", "3.13.0"), &input);
            if live != want {
                failures.push(format!("{}: expectation is stale (run tests/repl/gen.sh):\n  now: {live:?}", case.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
