//! `_opcode`: facts about pyk's own instruction set (the table in
//! `pyk_abi::opcode`), under the names CPython's `_opcode` has. The numbers
//! are pyk's, not CPython's: `opcode.py` builds its tables from
//! `_opcode_metadata` (CPython's numbering), so `dis` imports and its
//! helpers work, but disassembling a pyk code object with CPython's `dis`
//! is not meaningful — pyk's own listing is the compiler's `disassemble`.

use pyk_abi::opcode::{flags, intrinsic1, intrinsic2, Op, BINARY_OP_SYMBOLS};

use crate::error::{type_error, value_error, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::function::new_builtin;
use crate::types::str::new_str;

pub fn make_module() -> Obj {
    let m = crate::types::module::new_module("_opcode", Some("Opcode support module."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("stack_effect", stack_effect),
        ("is_valid", is_valid),
        ("has_arg", has_arg),
        ("has_const", has_const),
        ("has_name", has_name),
        ("has_jump", has_jump),
        ("has_free", has_free),
        ("has_local", has_local),
        ("has_exc", has_exc),
        ("get_nb_ops", get_nb_ops),
        ("get_intrinsic1_descs", get_intrinsic1_descs),
        ("get_intrinsic2_descs", get_intrinsic2_descs),
        ("get_specialization_stats", get_specialization_stats),
        ("get_executor", get_executor),
    ];
    for (name, f) in funcs {
        set_item_str(&d, name, new_builtin(name, *f, crate::types::none(), Some("_opcode")));
    }
    set_item_str(&d, "ENABLE_SPECIALIZATION", crate::types::bool_obj(false));
    m
}

fn opcode_arg(name: &str, a: &[Obj]) -> PyResult<i64> {
    let Some(x) = a.first() else { return Err(type_error(format!("{name}() missing required argument 'opcode' (pos 1)"))) };
    crate::types::int::as_i64(x).ok_or_else(|| type_error("'opcode' must be an int"))
}

fn op_of(n: i64) -> Option<Op> {
    u8::try_from(n).ok().and_then(Op::from_u8)
}

fn has(name: &'static str, a: &[Obj], test: impl Fn(Op) -> bool) -> PyResult {
    Ok(crate::types::bool_obj(op_of(opcode_arg(name, a)?).is_some_and(test)))
}

fn is_valid(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("is_valid", a, |_| true)
}
fn has_arg(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("has_arg", a, |o| o.flags() & flags::ARG != 0)
}
fn has_const(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("has_const", a, |o| o.flags() & flags::CONST != 0)
}
fn has_name(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("has_name", a, |o| o.flags() & flags::NAME != 0)
}
fn has_jump(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("has_jump", a, |o| o.flags() & flags::JUMP != 0)
}
/// Cell and free-variable instructions (their argument is a localsplus slot).
fn has_free(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("has_free", a, |o| matches!(o, Op::MAKE_CELL | Op::LOAD_DEREF | Op::STORE_DEREF | Op::DELETE_DEREF))
}
fn has_local(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("has_local", a, |o| o.flags() & flags::LOCAL != 0 && !matches!(o, Op::MAKE_CELL | Op::LOAD_DEREF | Op::STORE_DEREF | Op::DELETE_DEREF))
}
fn has_exc(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    has("has_exc", a, |_| false)
}

/// `stack_effect(opcode, oparg=None, *, jump=None)`.
fn stack_effect(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let op = opcode_arg("stack_effect", pos)?;
    let mut oparg = pos.get(1).cloned();
    let mut jump = None;
    for (n, v) in kws {
        match n {
            "oparg" => oparg = Some(v.clone()),
            "jump" => jump = Some(v.clone()),
            other => return Err(type_error(format!("stack_effect() got an unexpected keyword argument '{other}'"))),
        }
    }
    let Some(o) = op_of(op) else { return Err(value_error("invalid opcode or oparg")) };
    let oparg = oparg.filter(|x| !crate::types::is_none(x));
    let arg = match (&oparg, o.flags() & flags::ARG != 0) {
        (Some(x), true) => crate::types::int::as_i64(x).ok_or_else(|| type_error("'oparg' must be an int"))? as u32,
        (None, true) => return Err(value_error("stack_effect: opcode requires oparg but oparg was not specified")),
        (Some(_), false) => return Err(value_error("stack_effect: opcode does not permit oparg but oparg was specified")),
        (None, false) => 0,
    };
    let jump = match jump.filter(|j| !crate::types::is_none(j)) {
        Some(j) => Some(crate::abstract_::is_true(&j)?),
        None => None,
    };
    let effect = match jump {
        Some(j) => o.stack_effect(arg, j),
        None => o.stack_effect(arg, false).max(o.stack_effect(arg, true)),
    };
    Ok(crate::types::int::from_i64(effect as i64))
}

/// `(NB_NAME, symbol)` for each BINARY_OP argument.
fn get_nb_ops(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    const NAMES: [&str; 26] = [
        "NB_ADD", "NB_AND", "NB_FLOOR_DIVIDE", "NB_LSHIFT", "NB_MATRIX_MULTIPLY", "NB_MULTIPLY", "NB_REMAINDER", "NB_OR", "NB_POWER",
        "NB_RSHIFT", "NB_SUBTRACT", "NB_TRUE_DIVIDE", "NB_XOR", "NB_INPLACE_ADD", "NB_INPLACE_AND", "NB_INPLACE_FLOOR_DIVIDE",
        "NB_INPLACE_LSHIFT", "NB_INPLACE_MATRIX_MULTIPLY", "NB_INPLACE_MULTIPLY", "NB_INPLACE_REMAINDER", "NB_INPLACE_OR",
        "NB_INPLACE_POWER", "NB_INPLACE_RSHIFT", "NB_INPLACE_SUBTRACT", "NB_INPLACE_TRUE_DIVIDE", "NB_INPLACE_XOR",
    ];
    let items = NAMES
        .iter()
        .zip(BINARY_OP_SYMBOLS.iter())
        .map(|(n, s)| crate::types::tuple::new_tuple(vec![new_str(n), new_str(s)]))
        .collect();
    Ok(crate::types::list::new_list(items))
}

fn names(list: &[(u32, &str)], invalid: &str) -> Obj {
    let max = list.iter().map(|(i, _)| *i).max().unwrap_or(0);
    let mut out = vec![new_str(invalid); max as usize + 1];
    for (i, n) in list {
        out[*i as usize] = new_str(n);
    }
    crate::types::list::new_list(out)
}

fn get_intrinsic1_descs(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(names(
        &[
            (intrinsic1::PRINT, "INTRINSIC_PRINT"),
            (intrinsic1::IMPORT_STAR, "INTRINSIC_IMPORT_STAR"),
            (intrinsic1::STOPITERATION_ERROR, "INTRINSIC_STOPITERATION_ERROR"),
            (intrinsic1::ASYNC_GEN_WRAP, "INTRINSIC_ASYNC_GEN_WRAP"),
            (intrinsic1::UNARY_POSITIVE, "INTRINSIC_UNARY_POSITIVE"),
            (intrinsic1::LIST_TO_TUPLE, "INTRINSIC_LIST_TO_TUPLE"),
            (intrinsic1::TYPEVAR, "INTRINSIC_TYPEVAR"),
            (intrinsic1::PARAMSPEC, "INTRINSIC_PARAMSPEC"),
            (intrinsic1::TYPEVARTUPLE, "INTRINSIC_TYPEVARTUPLE"),
            (intrinsic1::SUBSCRIPT_GENERIC, "INTRINSIC_SUBSCRIPT_GENERIC"),
            (intrinsic1::TYPEALIAS, "INTRINSIC_TYPEALIAS"),
        ],
        "INTRINSIC_1_INVALID",
    ))
}

fn get_intrinsic2_descs(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(names(
        &[
            (intrinsic2::PREP_RERAISE_STAR, "INTRINSIC_PREP_RERAISE_STAR"),
            (intrinsic2::TYPEVAR_WITH_BOUND, "INTRINSIC_TYPEVAR_WITH_BOUND"),
            (intrinsic2::TYPEVAR_WITH_CONSTRAINTS, "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS"),
            (intrinsic2::SET_FUNCTION_TYPE_PARAMS, "INTRINSIC_SET_FUNCTION_TYPE_PARAMS"),
            (intrinsic2::SET_TYPEPARAM_DEFAULT, "INTRINSIC_SET_TYPEPARAM_DEFAULT"),
        ],
        "INTRINSIC_2_INVALID",
    ))
}

/// pyk does not specialize yet: no statistics (as CPython built without them).
fn get_specialization_stats(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::none())
}

/// pyk has no tier-2 executors: every offset answers as CPython's does for
/// code without one.
fn get_executor(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [_code, _offset] = a else { return Err(type_error(format!("get_executor expected 2 arguments, got {}", a.len()))) };
    Err(value_error("no executor at given byte offset"))
}
