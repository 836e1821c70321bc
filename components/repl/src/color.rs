//! Whether the console uses colours, decided as CPython 3.13 decides it:
//! `PYTHON_COLORS=0|1` first, then `NO_COLOR`, then `FORCE_COLOR`, then
//! `TERM=dumb`, and finally whether stderr is a terminal.

/// The colour decision from the environment (`env` looks up a variable) and
/// whether stderr is a terminal.
///
/// `ignore_environment` is `-E`/`-I`: the variables are not consulted. The
/// launcher does not pass it to the console yet (see ABI_REQUESTS.md), so
/// the caller gives `false`.
pub fn can_colorize(env: &dyn Fn(&str) -> Option<String>, ignore_environment: bool, stderr_is_tty: bool) -> bool {
    if !ignore_environment {
        match env("PYTHON_COLORS").as_deref() {
            Some("0") => return false,
            Some("1") => return true,
            _ => {}
        }
        if env("NO_COLOR").is_some() {
            return false;
        }
        if env("FORCE_COLOR").is_some() {
            return true;
        }
        if env("TERM").as_deref() == Some("dumb") {
            return false;
        }
    }
    stderr_is_tty
}

/// The decision for this process.
pub fn from_process() -> bool {
    use std::io::IsTerminal;
    can_colorize(
        &|name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()),
        false,
        std::io::stderr().is_terminal(),
    )
}

/// Prompt colour: bold magenta, as CPython 3.13's console.
pub const PROMPT_START: &str = "\x1b[1;35m";
pub const RESET: &str = "\x1b[0m";

/// `prompt`, coloured when `color` is on.
pub fn paint_prompt(prompt: &str, color: bool) -> String {
    if color {
        format!("{PROMPT_START}{prompt}{RESET}")
    } else {
        prompt.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(vars: &[(&str, &str)], tty: bool, expected: bool) {
        let env = |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned());
        assert_eq!(can_colorize(&env, false, tty), expected, "{vars:?} tty={tty}");
    }

    #[test]
    fn decisions() {
        check(&[], true, true);
        check(&[], false, false);
        check(&[("PYTHON_COLORS", "0")], true, false);
        check(&[("PYTHON_COLORS", "1")], false, true);
        check(&[("PYTHON_COLORS", "1"), ("NO_COLOR", "1")], false, true);
        check(&[("PYTHON_COLORS", "2")], true, true);
        check(&[("NO_COLOR", "")], true, false);
        check(&[("NO_COLOR", "1"), ("FORCE_COLOR", "1")], true, false);
        check(&[("FORCE_COLOR", "")], false, true);
        check(&[("TERM", "dumb")], true, false);
        check(&[("TERM", "dumb"), ("FORCE_COLOR", "1")], false, true);
        check(&[("TERM", "xterm")], true, true);
    }

    #[test]
    fn ignoring_the_environment() {
        let env = |_: &str| Some("0".to_owned());
        assert!(can_colorize(&env, true, true));
        assert!(!can_colorize(&env, true, false));
    }

    #[test]
    fn prompts() {
        assert_eq!(paint_prompt(">>> ", true), "\x1b[1;35m>>> \x1b[0m");
        assert_eq!(paint_prompt("... ", false), "... ");
    }
}
