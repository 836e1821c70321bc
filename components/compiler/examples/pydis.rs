//! Disassembles an AST wire file: `cargo run -p pyk-compiler-std --example pydis -- FILE.ast`
//! (make one with `tools/py2ast.py`).
use pyk_abi::component::Mode;

fn main() {
    let path = std::env::args().nth(1).expect("usage: pydis FILE.ast [exec|eval|single]");
    let mode = match std::env::args().nth(2).as_deref() {
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => Mode::Exec,
    };
    let data = std::fs::read(&path).expect("read");
    match pyk_compiler_std::compile_bytes(&data, &path, mode, 0) {
        Ok(bytes) => {
            let code = pyk_abi::code::decode(&bytes).expect("decode");
            print!("{}", pyk_compiler_std::disassemble(&code));
        }
        Err(e) => {
            println!("{:?}: {} (line {}, offset {})", e.kind, e.msg, e.lineno, e.offset);
            std::process::exit(1);
        }
    }
}
