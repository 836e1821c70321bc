//! The terminal console on reedline, in the manner of CPython 3.13's REPL:
//! a whole compound statement is one buffer and one history entry, new
//! lines are auto-indented, and a few words typed alone are commands.
//!
//! Reedline has no hook to edit the buffer after it inserts a newline, so
//! Enter is bound to "Enter, then the host command [`AFTER_ENTER`]": when
//! Enter submitted the buffer the host command never runs; when it opened a
//! new line, `read_line` returns to us, we insert the indentation and call
//! `read_line` again, which resumes the same input in place.

use crate::color;
use crate::highlight::{PlainHighlighter, PythonHighlighter};
use crate::history::PyHistory;
use crate::input::{self, Command};
use crate::kernel::{detached, status, Kernel, EXIT_OK, RUN_INTERACTIVE};
use pyk_abi::api::{run_mode, RunStatus};
use reedline::{
    default_emacs_keybindings, MenuBuilder, Color, EditCommand, Emacs, KeyCode, KeyModifiers, Prompt, PromptEditMode,
    PromptHistorySearch, PromptHistorySearchStatus, Reedline, ReedlineEvent, Signal, ValidationResult, Validator,
};
use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Host command sent after every Enter: indent the new line, if one was opened.
const AFTER_ENTER: &str = "pyk:after-enter";
/// F1: interactive help.
const F1_HELP: &str = "pyk:help";
/// F2: the history in a pager, without prompts or output.
const F2_HISTORY: &str = "pyk:history";
/// F3: toggle paste mode.
const F3_PASTE: &str = "pyk:paste";

/// The `help` command and F1: the interactive help (`help> `), as CPython's
/// console starts it, whatever `builtins.help` is; leaves no name behind.
const HELP_SRC: &str = "__import__('_sitebuiltins')._Helper()()\n";
/// The `copyright` command, as CPython's console prints it.
const COPYRIGHT_SRC: &str = "__import__('_sitebuiltins')._Printer('copyright', __import__('sys').copyright)()\n";

/// State shared by the editor's helpers (which reedline owns) and the loop.
#[derive(Default)]
struct Shared {
    /// In paste mode Enter always opens a new line and nothing is indented.
    paste_mode: bool,
    /// `sys.ps1` and `sys.ps2` as read before the current input, painted.
    ps1: String,
    ps2: String,
}

type SharedRef = Arc<Mutex<Shared>>;

fn lock(shared: &SharedRef) -> std::sync::MutexGuard<'_, Shared> {
    // A panic while holding the lock leaves plain data behind: keep using it.
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

/// Decides whether Enter submits, asking the kernel about completeness.
struct PyValidator<K> {
    kernel: K,
    shared: SharedRef,
}

impl<K: Kernel + Send> Validator for PyValidator<K> {
    fn validate(&self, line: &str) -> ValidationResult {
        if lock(&self.shared).paste_mode {
            return ValidationResult::Incomplete;
        }
        // Called from inside `read_line`, while the thread is detached.
        self.kernel.attach();
        let more = input::editor_needs_more(&self.kernel, line);
        self.kernel.detach();
        if more {
            ValidationResult::Incomplete
        } else {
            ValidationResult::Complete
        }
    }
}

/// Tab completion of names and attributes (the kernel lists candidates).
struct PyCompleter<K> {
    kernel: K,
}

/// Where the dotted name ending at `pos` starts (letters, digits, `_`, `.`).
fn word_start(line: &str, pos: usize) -> usize {
    line[..pos]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(pos, |(i, _)| i)
}

impl<K: Kernel + Send> reedline::Completer for PyCompleter<K> {
    fn complete(&mut self, line: &str, pos: usize) -> reedline::CompletionResult {
        let pos = pos.min(line.len());
        let start = word_start(line, pos);
        let text = &line[start..pos];
        if text.is_empty() || text.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return reedline::CompletionResult::fresh(Vec::<reedline::Suggestion>::new());
        }
        // Called from inside `read_line`, while the thread is detached.
        self.kernel.attach();
        let names = self.kernel.completions(text);
        self.kernel.detach();
        let suggestions: Vec<reedline::Suggestion> = names
            .into_iter()
            .map(|value| reedline::Suggestion {
                value,
                display_override: None,
                description: None,
                style: None,
                extra: None,
                span: reedline::Span { start, end: pos },
                append_whitespace: false,
                match_indices: None,
            })
            .collect();
        reedline::CompletionResult::fresh(suggestions)
    }
}

/// `sys.ps1` and `sys.ps2` (`>>> ` and `... `), coloured as CPython's
/// when colours are on.
struct PyPrompt {
    paste: String,
    shared: SharedRef,
}

impl PyPrompt {
    fn new(color: bool, shared: SharedRef) -> Self {
        {
            let mut sh = lock(&shared);
            sh.ps1 = color::paint_prompt(">>> ", color);
            sh.ps2 = color::paint_prompt("... ", color);
        }
        PyPrompt { paste: color::paint_prompt("(paste) ", color), shared }
    }
}

/// Reads `sys.ps1`/`sys.ps2` again (a program may change them).
fn refresh_prompts<K: Kernel>(kernel: &K, shared: &SharedRef, color: bool) {
    if let Some((ps1, ps2)) = kernel.prompts() {
        let mut sh = lock(shared);
        sh.ps1 = color::paint_prompt(&ps1, color);
        sh.ps2 = color::paint_prompt(&ps2, color);
    }
}

impl Prompt for PyPrompt {
    fn render_prompt_left(&self) -> Cow<'_, str> {
        Cow::Borrowed("")
    }

    fn render_prompt_right(&self) -> Cow<'_, str> {
        Cow::Borrowed("")
    }

    fn render_prompt_indicator(&self, _mode: PromptEditMode) -> Cow<'_, str> {
        let sh = lock(&self.shared);
        if sh.paste_mode {
            Cow::Borrowed(&self.paste)
        } else {
            Cow::Owned(sh.ps1.clone())
        }
    }

    fn render_prompt_multiline_indicator(&self) -> Cow<'_, str> {
        let sh = lock(&self.shared);
        if sh.paste_mode {
            Cow::Borrowed(&self.paste)
        } else {
            Cow::Owned(sh.ps2.clone())
        }
    }

    fn render_prompt_history_search_indicator(&self, search: PromptHistorySearch) -> Cow<'_, str> {
        let failing = match search.status {
            PromptHistorySearchStatus::Passing => "",
            PromptHistorySearchStatus::Failing => "failing ",
        };
        Cow::Owned(format!("({failing}reverse-i-search)`{}': ", search.term))
    }

    fn get_prompt_color(&self) -> Color {
        Color::Default
    }

    fn get_prompt_multiline_color(&self) -> Color {
        Color::Default
    }

    fn get_indicator_color(&self) -> Color {
        Color::Default
    }
}

/// Where the history lives: `$PYTHON_HISTORY`, else `~/.pyk_history`.
pub fn history_path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(p) = env("PYTHON_HISTORY").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    env("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".pyk_history"))
}

fn build_editor<K: Kernel + Send + Clone + 'static>(kernel: K, color: bool, shared: &SharedRef) -> Reedline {
    let mut keys = default_emacs_keybindings();
    // Tab completes the name before the cursor (a menu when there are
    // several); with nothing to complete it indents.
    keys.add_binding(
        KeyModifiers::NONE,
        KeyCode::Tab,
        ReedlineEvent::UntilFound(vec![
            ReedlineEvent::Menu("completion_menu".into()),
            ReedlineEvent::MenuNext,
            ReedlineEvent::Edit(vec![EditCommand::InsertString("    ".into())]),
        ]),
    );
    keys.add_binding(
        KeyModifiers::NONE,
        KeyCode::Enter,
        ReedlineEvent::UntilFound(vec![
            // Enter acts on the whole input: a recalled entry leaves the
            // cursor on its first line. Alt-Enter splits a line.
            ReedlineEvent::Multiple(vec![
                ReedlineEvent::Edit(vec![EditCommand::MoveToEnd { select: false }]),
                ReedlineEvent::Enter,
                ReedlineEvent::ExecuteHostCommand(AFTER_ENTER.into()),
            ]),
            // History search (Ctrl-R) knows no `Multiple`: a plain Enter
            // accepts the entry found.
            ReedlineEvent::Enter,
        ]),
    );
    keys.add_binding(KeyModifiers::NONE, KeyCode::F(1), ReedlineEvent::ExecuteHostCommand(F1_HELP.into()));
    keys.add_binding(KeyModifiers::NONE, KeyCode::F(2), ReedlineEvent::ExecuteHostCommand(F2_HISTORY.into()));
    keys.add_binding(KeyModifiers::NONE, KeyCode::F(3), ReedlineEvent::ExecuteHostCommand(F3_PASTE.into()));

    let env = |name: &str| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned());
    let history = PyHistory::open(history_path(&env));

    // While the menu is open its marker replaces the prompt: keep `>>> `.
    let menu = reedline::ColumnarMenu::default().with_name("completion_menu").with_marker(&color::paint_prompt(">>> ", color));
    let mut editor = Reedline::create()
        .with_edit_mode(Box::new(Emacs::new(keys)))
        .with_completer(Box::new(PyCompleter { kernel: kernel.clone() }))
        .with_quick_completions(true)
        .with_partial_completions(true)
        .with_menu(reedline::ReedlineMenu::EngineCompleter(Box::new(menu)))
        .with_validator(Box::new(PyValidator { kernel, shared: shared.clone() }))
        .with_ansi_colors(color)
        .use_bracketed_paste(true);
    editor = if color {
        editor.with_highlighter(Box::new(PythonHighlighter))
    } else {
        editor.with_highlighter(Box::new(PlainHighlighter))
    };
    if let Some(history) = history {
        editor = editor.with_history(Box::new(history));
    }
    editor
}

/// What the loop does after one `read_line`.
enum Step {
    /// A statement to run (or a command).
    Submit(String),
    /// Keep reading the same input (after a host command).
    Resume,
    Interrupted,
    Eof,
}

/// Runs the editor console. Returns `None` when the terminal cannot be
/// driven before anything was read, so the caller can fall back to the
/// line console.
pub fn run<K: Kernel + Send + Clone + 'static>(kernel: K, color: bool) -> Option<RunStatus> {
    let shared = SharedRef::default();
    let mut editor = build_editor(kernel.clone(), color, &shared);
    let prompt = PyPrompt::new(color, shared.clone());
    let mut input_n: u64 = 0;
    let mut read_anything = false;
    loop {
        refresh_prompts(&kernel, &shared, color);
        let step = match detached(&kernel, || editor.read_line(&prompt)) {
            Ok(Signal::Success(text)) => Step::Submit(text),
            Ok(Signal::HostCommand(cmd)) => {
                host_command(&kernel, &mut editor, &shared, &cmd);
                Step::Resume
            }
            Ok(Signal::CtrlC) => Step::Interrupted,
            Ok(Signal::CtrlD) => Step::Eof,
            Ok(_) => Step::Resume,
            Err(_) if !read_anything => return None,
            Err(_) => Step::Eof,
        };
        read_anything = true;
        match step {
            Step::Resume => {}
            Step::Interrupted => {
                lock(&shared).paste_mode = false;
                eprintln!("KeyboardInterrupt");
            }
            Step::Eof => {
                // Like CPython's console: the prompt line is left as is.
                let _ = std::io::stderr().flush();
                return Some(EXIT_OK);
            }
            Step::Submit(text) => {
                lock(&shared).paste_mode = false;
                // A name the program defined wins over the command (`exit = 3`).
                let command = input::detect_command(&text).filter(|_| !kernel.defines(text.trim()));
                match command {
                    Some(Command::Exit) => return Some(EXIT_OK),
                    Some(Command::Clear) => {
                        let _ = editor.clear_screen();
                    }
                    Some(Command::Help) => {
                        let st = kernel.run_source(HELP_SRC, "<stdin>", run_mode::EXEC);
                        if st.kind == status::SYSTEM_EXIT {
                            return Some(st);
                        }
                    }
                    Some(Command::Copyright) => {
                        let st = kernel.run_source(COPYRIGHT_SRC, "<stdin>", run_mode::EXEC);
                        if st.kind == status::SYSTEM_EXIT {
                            return Some(st);
                        }
                    }
                    None => {
                        let source = input::strip_final_indent(&text);
                        let name = input::input_name(input_n);
                        input_n += 1;
                        if input::is_blank_source(source) {
                            continue;
                        }
                        let st = kernel.run_source(source, &name, RUN_INTERACTIVE);
                        if st.kind == status::SYSTEM_EXIT {
                            return Some(st);
                        }
                    }
                }
            }
        }
    }
}

/// Handles a key bound to a host command; the input resumes afterwards.
fn host_command<K: Kernel>(kernel: &K, editor: &mut Reedline, shared: &SharedRef, cmd: &str) {
    match cmd {
        AFTER_ENTER => {
            if lock(shared).paste_mode {
                return;
            }
            let indent = input::auto_indent(editor.current_buffer_contents(), editor.current_insertion_point());
            if !indent.is_empty() {
                editor.run_edit_commands(&[EditCommand::InsertString(indent)]);
            }
        }
        F1_HELP => {
            // The help session needs the whole screen below the input.
            eprintln!();
            kernel.run_source(HELP_SRC, "<stdin>", run_mode::EXEC);
        }
        F3_PASTE => {
            let mut s = lock(shared);
            s.paste_mode = !s.paste_mode;
        }
        F2_HISTORY => show_history(editor),
        _ => {}
    }
}

/// F2: every history entry, oldest first, without prompts or output, in
/// `$PAGER` (else `less`, else printed), as CPython's REPL shows it.
fn show_history(editor: &Reedline) {
    let query = reedline::SearchQuery::everything(reedline::SearchDirection::Forward, None);
    let entries = editor.history().search(query).unwrap_or_default();
    let mut text = String::new();
    for e in entries {
        text.push_str(&e.command_line);
        text.push('\n');
    }
    // Below the prompt line, which stays on the screen.
    println!();
    let _ = std::io::stdout().flush();
    let pager = std::env::var("PAGER").ok().filter(|p| !p.trim().is_empty()).unwrap_or_else(|| "less -R".to_string());
    let shown = std::process::Command::new("sh")
        .arg("-c")
        .arg(&pager)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            if let Some(mut stdin) = child.stdin.take() {
                // A pager quit early closes its input: not an error.
                let _ = stdin.write_all(text.as_bytes());
            }
            child.wait()
        })
        .is_ok_and(|st| st.success());
    if !shown {
        print!("{text}");
        let _ = std::io::stdout().flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::tests::FakeKernel;

    #[test]
    fn history_location() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(history_path(&env(&[("HOME", "/h")])), Some(PathBuf::from("/h/.pyk_history")));
        assert_eq!(
            history_path(&env(&[("HOME", "/h"), ("PYTHON_HISTORY", "/tmp/hist")])),
            Some(PathBuf::from("/tmp/hist"))
        );
        assert_eq!(
            history_path(&env(&[("HOME", "/h"), ("PYTHON_HISTORY", "")])),
            Some(PathBuf::from("/h/.pyk_history"))
        );
        assert_eq!(history_path(&env(&[])), None);
    }

    #[derive(Clone)]
    struct SendKernel;

    impl Kernel for SendKernel {
        fn run_source(&self, _: &str, _: &str, _: u32) -> RunStatus {
            EXIT_OK
        }
        fn check_complete(&self, source: &str) -> crate::kernel::Completeness {
            FakeKernel::default().check_complete(source)
        }
    }

    #[test]
    fn validator_follows_the_kernel_and_paste_mode() {
        let shared = SharedRef::default();
        let v = PyValidator { kernel: SendKernel, shared: shared.clone() };
        let complete = |s: &str| matches!(v.validate(s), ValidationResult::Complete);
        assert!(complete("x = 1"));
        assert!(!complete("if x:"));
        assert!(complete("if x:\n    y\n    "));
        lock(&shared).paste_mode = true;
        assert!(!complete("x = 1"));
        lock(&shared).paste_mode = false;
        assert!(complete("x = 1"));
    }

    #[test]
    fn prompts_with_and_without_colour() {
        let shared = SharedRef::default();
        let p = PyPrompt::new(false, shared.clone());
        assert_eq!(p.render_prompt_indicator(PromptEditMode::Default), ">>> ");
        assert_eq!(p.render_prompt_multiline_indicator(), "... ");
        let p = PyPrompt::new(true, shared.clone());
        assert_eq!(p.render_prompt_indicator(PromptEditMode::Default), "\x1b[1;35m>>> \x1b[0m");
        lock(&shared).paste_mode = true;
        assert_eq!(p.render_prompt_indicator(PromptEditMode::Default), "\x1b[1;35m(paste) \x1b[0m");
        assert_eq!(p.render_prompt_multiline_indicator(), "\x1b[1;35m(paste) \x1b[0m");
    }
}

#[cfg(test)]
mod completion_tests {
    use super::word_start;

    #[test]
    fn the_word_before_the_cursor_is_a_dotted_name() {
        assert_eq!(word_start("print(os.pa", 11), 6);
        assert_eq!(word_start("x = abc", 7), 4);
        assert_eq!(word_start("", 0), 0);
        assert_eq!(word_start("a + ", 4), 4);
        assert_eq!(word_start("naïve_ab", "naïve_ab".len()), 0);
    }
}
