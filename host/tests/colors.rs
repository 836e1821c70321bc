//! Coloured tracebacks: tests/colors/*.py run with FORCE_COLOR=1 must print
//! exactly the stderr CPython 3.13 printed (tests/colors/*.err, generated
//! with `FORCE_COLOR=1 python3.13 NAME.py` in that directory, the directory
//! then written as `{DIR}`), and the
//! environment switches must turn colours on and off as in CPython.

use std::path::{Path, PathBuf};
use std::process::Command;

fn pyk() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyk"))
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/colors")
}

fn stderr_of(script: &str, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut c = Command::new(pyk());
    c.current_dir(dir()).args(args).arg(script);
    for k in ["FORCE_COLOR", "NO_COLOR", "PYTHON_COLORS", "TERM"] {
        c.env_remove(k);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    String::from_utf8_lossy(&c.output().expect("run pyk").stderr).into_owned()
}

#[test]
fn force_color_matches_cpython() {
    let mut failures = vec![];
    let mut n = 0;
    for entry in std::fs::read_dir(dir()).expect("tests/colors") {
        let p = entry.expect("entry").path();
        if p.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        n += 1;
        let name = p.file_name().and_then(|f| f.to_str()).expect("name").to_string();
        // `{DIR}` stands for this directory (tracebacks print absolute paths).
        let dir_s = dir().canonicalize().expect("tests/colors").display().to_string();
        let want = std::fs::read_to_string(p.with_extension("err")).expect("expected .err").replace("{DIR}", &dir_s);
        let got = stderr_of(&name, &[("FORCE_COLOR", "1")], &[]);
        if got != want {
            failures.push(format!("=== {name}\n--- expected\n{want:?}\n--- got\n{got:?}"));
        }
    }
    assert!(n >= 5, "only {n} colour programs found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn colour_switches() {
    let esc = |s: &str| s.contains('\x1b');
    // Not a terminal: no colours by default.
    assert!(!esc(&stderr_of("no_message.py", &[], &[])));
    assert!(esc(&stderr_of("no_message.py", &[("PYTHON_COLORS", "1")], &[])));
    // PYTHON_COLORS=0 wins over FORCE_COLOR; NO_COLOR wins over FORCE_COLOR.
    assert!(!esc(&stderr_of("no_message.py", &[("PYTHON_COLORS", "0"), ("FORCE_COLOR", "1")], &[])));
    assert!(!esc(&stderr_of("no_message.py", &[("NO_COLOR", "1"), ("FORCE_COLOR", "1")], &[])));
    // -E ignores PYTHON_COLORS (but not FORCE_COLOR).
    assert!(!esc(&stderr_of("no_message.py", &[("PYTHON_COLORS", "1")], &["-E"])));
    assert!(esc(&stderr_of("no_message.py", &[("PYTHON_COLORS", "0"), ("FORCE_COLOR", "1")], &["-E"])));
}
