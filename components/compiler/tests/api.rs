//! The exported entry points: errors, recursion limits, stack sizes, modes.

use pyk_abi::ast::*;
use pyk_abi::code;
use pyk_abi::component::{Mode, SyntaxErrorKind};
use pyk_compiler_std::compile_bytes;

fn loc(line: u32) -> Loc {
    Loc { lineno: line, col_offset: 0, end_lineno: line, end_col_offset: 1 }
}

fn name(id: &str) -> Expr {
    Expr { node: ExprKind::Name { id: id.into(), ctx: ExprContext::Load }, loc: loc(1) }
}

fn int(v: i64) -> Expr {
    Expr { node: ExprKind::Constant { value: Constant::Int { value: v }, kind: None }, loc: loc(1) }
}

fn compile_expr(e: Expr) -> Result<code::CodeData, pyk_abi::component::SyntaxErrorInfo> {
    let m = Mod::Expression { body: Box::new(e) };
    compile_bytes(&encode(&m), "<t>", Mode::Eval, 0).map(|b| code::decode(&b).unwrap())
}

#[test]
fn bad_ast_bytes_are_an_error() {
    let e = compile_bytes(b"nonsense", "<t>", Mode::Exec, 0).unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::Internal);
}

#[test]
fn deep_nesting_is_a_recursion_error() {
    // deeper than the compiler allows (CPython: 10,000 levels), built,
    // encoded and dropped on a big stack
    let big = std::thread::Builder::new().stack_size(64 << 20);
    let err = big
        .spawn(|| {
            let mut e = name("x");
            for _ in 0..12_000 {
                e = Expr { node: ExprKind::UnaryOp { op: UnaryOp::Invert, operand: Box::new(e) }, loc: loc(1) };
            }
            compile_expr(e).unwrap_err()
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(err.kind, SyntaxErrorKind::Recursion);
    assert_eq!(err.msg.as_str(), "maximum recursion depth exceeded during compilation");
}

#[test]
fn moderately_deep_nesting_compiles() {
    let mut e = name("x");
    for _ in 0..1000 {
        e = Expr { node: ExprKind::BinOp { left: Box::new(e), op: Operator::Add, right: Box::new(name("y")) }, loc: loc(1) };
    }
    let c = compile_expr(e).unwrap();
    assert_eq!(c.stacksize, 2);
}

#[test]
fn stacksize_counts_pending_operands() {
    // x + (y + (z + 1)): right-nested keeps operands pending
    let mut e = int(1);
    for n in ["z", "y", "x"] {
        e = Expr { node: ExprKind::BinOp { left: Box::new(name(n)), op: Operator::Add, right: Box::new(e) }, loc: loc(1) };
    }
    assert_eq!(compile_expr(e).unwrap().stacksize, 4);
    // f(a, b, c): callable, null, 3 arguments
    let call = Expr { node: ExprKind::Call { func: Box::new(name("f")), args: vec![name("a"), name("b"), name("c")], keywords: vec![] }, loc: loc(1) };
    assert_eq!(compile_expr(call).unwrap().stacksize, 5);
}

#[test]
fn eval_mode_returns_the_value_and_folds_constants() {
    let e = Expr { node: ExprKind::BinOp { left: Box::new(int(6)), op: Operator::Mult, right: Box::new(int(7)) }, loc: loc(1) };
    let c = compile_expr(e).unwrap();
    assert_eq!(c.consts, vec![code::ConstValue::Int { value: 42 }]);
    let d = pyk_compiler_std::disassemble(&c);
    assert!(d.contains("LOAD_CONST               0 (42)") && d.contains("RETURN_VALUE"), "{d}");
}

#[test]
fn root_module_reports_itself() {
    let m = pyk_compiler_std::get_library();
    let info = (m.info())();
    assert_eq!(info.name.as_str(), "std");
    assert_eq!(info.kind, pyk_abi::component::ComponentKind::Compiler);
    let module = Mod::Module { body: vec![Stmt { node: StmtKind::Pass {}, loc: loc(1) }], type_ignores: vec![] };
    let bytes = encode(&module);
    let r = (m.compile())(bytes.as_slice().into(), "x.py".into(), Mode::Exec, 0, 0);
    let out = r.unwrap();
    code::decode(&out).unwrap();
}
