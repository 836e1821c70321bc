//! Data-driven tests: every `tests/cases/NAME.py` has `NAME.ast` (its tree in
//! the AST wire format, made by `tools/regen-ast.sh` with CPython's parser)
//! and `NAME.dis`, the expected disassembly (or `NAME.err`, the expected
//! compile error). `UPDATE_SNAPSHOTS=1 cargo test -p pyk-compiler-std`
//! rewrites the expectations.

use pyk_abi::code::{self, CodeData, ConstValue};
use pyk_abi::component::Mode;
use std::path::Path;

fn mode_of(src: &str) -> Mode {
    match src.lines().next().unwrap_or("").strip_prefix("# mode: ").map(str::trim) {
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => Mode::Exec,
    }
}

/// Checks invariants every code object must satisfy.
fn check_code(c: &CodeData) {
    c.validate().unwrap();
    assert_eq!(code::decode(&code::encode(c)).as_ref(), Ok(c), "wire round trip of {}", c.qualname);
    assert!(c.stacksize >= 1);
    for k in &c.consts {
        if let ConstValue::Code { code } = k {
            check_code(code);
        }
    }
}

fn compare(path: &Path, actual: &str) -> Option<String> {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        return None;
    }
    if update {
        std::fs::write(path, actual).unwrap();
        return None;
    }
    Some(format!("{} differs; actual:\n{actual}", path.display()))
}

#[test]
fn cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut failures = Vec::new();
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for py in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        n += 1;
        let src = std::fs::read_to_string(py).unwrap();
        let ast = std::fs::read(py.with_extension("ast")).unwrap_or_else(|_| panic!("{}: run tools/regen-ast.sh", py.display()));
        let name = py.file_name().unwrap().to_str().unwrap();
        match pyk_compiler_std::compile_bytes(&ast, name, mode_of(&src), 0) {
            Ok(bytes) => {
                let c = code::decode(&bytes).unwrap();
                check_code(&c);
                if let Some(f) = compare(&py.with_extension("dis"), &pyk_compiler_std::disassemble(&c)) {
                    failures.push(f);
                }
            }
            Err(e) => {
                let text = format!("{:?}: {} (line {}, offset {}, end line {}, end offset {})\n", e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset);
                if let Some(f) = compare(&py.with_extension("err"), &text) {
                    failures.push(f);
                }
            }
        }
    }
    assert!(n > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
