//! The developer flags: `--dis FILE` (pyk's bytecode listing, from the
//! compiler component) and `--dump-ast FILE` (the parser's `ast.dump`).

use std::path::PathBuf;
use std::process::Command;

fn pyk() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyk"))
}

fn file(name: &str, text: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pyk-devflags-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("tmp dir");
    let p = d.join(name);
    std::fs::write(&p, text).expect("write");
    p
}

#[test]
fn dis_lists_module_and_nested_code() {
    let p = file("d.py", "def add(a, b):\n    return a + b\nprint(add(1, 2))\n");
    let o = Command::new(pyk()).arg("--dis").arg(&p).output().expect("run");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Disassembly of <module>"), "{out}");
    assert!(out.contains("Disassembly of add"), "nested code listed:\n{out}");
    for op in ["MAKE_FUNCTION", "STORE_NAME", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE", "CALL"] {
        assert!(out.contains(op), "listing lacks {op}:\n{out}");
    }
    // The program itself did not run.
    assert!(!out.lines().any(|l| l.trim() == "3"), "{out}");
}

#[test]
fn dis_and_dump_ast_report_syntax_errors() {
    let p = file("bad.py", "x = (1,\n");
    for flag in ["--dis", "--dump-ast"] {
        let o = Command::new(pyk()).arg(flag).arg(&p).output().expect("run");
        assert_eq!(o.status.code(), Some(1), "{flag}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("SyntaxError: '(' was never closed"), "{flag}: {}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn dump_ast_prints_cpythons_dump() {
    let p = file("a.py", "x = 1\n");
    let o = Command::new(pyk()).arg("--dump-ast").arg(&p).output().expect("run");
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])"
    );
}
