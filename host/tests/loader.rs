//! Component loading failures: each is one line on stderr and exit status 2,
//! never a crash.

use std::path::{Path, PathBuf};
use std::process::Command;

fn pyk() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyk"))
}

fn libdir() -> PathBuf {
    pyk().parent().expect("target dir").to_path_buf()
}

fn lib(name: &str) -> PathBuf {
    libdir().join(format!("{}{}{}", std::env::consts::DLL_PREFIX, name, std::env::consts::DLL_SUFFIX))
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pyk-loader-test-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("tmp dir");
    d.join(name)
}

/// Runs pyk with `args`, checks status 2 and a single stderr line containing `want`.
fn check(args: &[&str], want: &str) {
    let out = Command::new(pyk()).args(args).args(["-c", "print('ran')"]).output().expect("run pyk");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "args {args:?}: status {:?}, stderr {err}", out.status);
    assert!(out.stdout.is_empty(), "args {args:?}: program ran");
    assert_eq!(err.lines().count(), 1, "args {args:?}: want one line, got:\n{err}");
    assert!(err.starts_with("pyk: ") && err.contains(want), "args {args:?}: {err:?} lacks {want:?}");
}

#[test]
fn unknown_name_lists_available() {
    check(&["--parser", "nosuch"], "unknown parser component 'nosuch' (available: std)");
    check(&["--runtime", "turbo"], "unknown runtime component 'turbo' (available: ft, gil)");
    check(&["--jit", "cranelift"], "unknown jit component 'cranelift' (available: none)");
}

#[test]
fn missing_file() {
    check(&["--compiler", "/nonexistent/libpyk_compiler_x.so"], "compiler component file not found: /nonexistent/libpyk_compiler_x.so");
}

#[test]
fn not_a_component() {
    let p = tmp("libgarbage.so");
    std::fs::write(&p, b"this is not a shared library\n").expect("write");
    check(&["--parser", p.to_str().expect("utf8")], "is not a pyk component: not a shared library (no ELF header)");
    let empty = tmp("libempty.so");
    std::fs::write(&empty, b"").expect("write");
    check(&["--parser", empty.to_str().expect("utf8")], "is not a pyk component");
}

#[test]
fn a_shared_library_that_is_not_a_component() {
    // The bad-abi fixture's neighbour: any real shared object without a pyk root module.
    let libm = ["/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6", "/lib/aarch64-linux-gnu/libm.so.6"]
        .iter()
        .map(Path::new)
        .find(|p| p.exists());
    match libm {
        Some(p) => check(&["--parser", p.to_str().expect("utf8")], "exports no pyk root module"),
        None => println!("skipped: no system libm found"),
    }
}

#[test]
fn wrong_kind() {
    let gil = lib("pyk_runtime_gil");
    check(&["--parser", gil.to_str().expect("utf8")], "is a runtime component, not a parser component");
    let parser = lib("pyk_parser_std");
    check(&["--runtime", parser.to_str().expect("utf8")], "is a parser component, not a runtime component");
}

#[test]
fn incompatible_abi_names_file_and_versions() {
    let bad = lib("badabi_fixture");
    assert!(bad.exists(), "fixture not built: {}", bad.display());
    let out = Command::new(pyk()).args(["--parser", bad.to_str().expect("utf8"), "-c", "pass"]).output().expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(bad.to_str().expect("utf8")), "{err}");
    assert!(err.contains("built against pyk ABI 0.0.1") && err.contains(&format!("this pyk has ABI {}", env!("CARGO_PKG_VERSION"))), "{err}");
}

#[test]
fn truncated_and_corrupted_libraries() {
    let good = std::fs::read(lib("pyk_parser_std")).expect("parser library");
    for (i, n) in [16usize, 63, 64, 1000, good.len() / 3, good.len() / 2, good.len() - 1].into_iter().enumerate() {
        let p = tmp(&format!("libtrunc{i}.so"));
        std::fs::write(&p, &good[..n]).expect("write");
        check(&["--parser", p.to_str().expect("utf8")], "is not a pyk component");
    }
    // Corrupt the program-header offset, the section-header offset, the class byte.
    for (i, (off, bytes)) in [(32usize, vec![0xff; 8]), (40, vec![0x7f; 8]), (4, vec![9]), (0, vec![0; 4])].into_iter().enumerate() {
        let mut b = good.clone();
        b[off..off + bytes.len()].copy_from_slice(&bytes);
        let p = tmp(&format!("libcorrupt{i}.so"));
        std::fs::write(&p, &b).expect("write");
        check(&["--parser", p.to_str().expect("utf8")], "is not a pyk component");
    }
}

#[test]
fn runtime_selection() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = Command::new(pyk());
        c.args(args).args(["-c", "import sys; print(sys._is_gil_enabled())"]).env_remove("PYTHON_GIL").env_remove("PYK_RUNTIME");
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c.output().expect("run");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    assert_eq!(run(&[], &[]), "True");
    assert_eq!(run(&["--runtime", "ft"], &[]), "False");
    assert_eq!(run(&["--runtime", "gil"], &[]), "True");
    assert_eq!(run(&["-X", "gil=0"], &[]), "False");
    assert_eq!(run(&["-X", "gil=1"], &[]), "True");
    assert_eq!(run(&[], &[("PYTHON_GIL", "0")]), "False");
    assert_eq!(run(&[], &[("PYK_RUNTIME", "ft")]), "False");
    assert_eq!(run(&["--runtime", lib("pyk_runtime_ft").to_str().expect("utf8")], &[]), "False");
}

#[test]
fn listing_cannot_be_mistaken_for_a_script() {
    let o = Command::new(pyk()).arg("--list-components").output().expect("run");
    assert!(o.status.success());
    let s = String::from_utf8_lossy(&o.stdout);
    for want in ["parser", "compiler", "runtime", "repl", "native", "gil", "ft", "std"] {
        assert!(s.contains(want), "listing lacks {want}:\n{s}");
    }
    assert!(s.lines().filter(|l| l.contains(" ok ")).count() >= 6, "{s}");
}

#[test]
fn bad_command_line() {
    let o = Command::new(pyk()).arg("-z").output().expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("Unknown option: -z"));
    let o = Command::new(pyk()).arg("/nonexistent/script.py").output().expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("can't open file '/nonexistent/script.py': [Errno 2] No such file or directory"));
}
