//! A `dis`-like disassembler for debugging and snapshot tests.

use crate::unparse::{repr_float, repr_str};
use pyk_abi::code::{CodeData, ConstValue};
use pyk_abi::opcode::{decode_all, flags, Op, BINARY_OP_SYMBOLS, COMPARE_OP_SYMBOLS};
use std::fmt::Write;

/// A constant as `repr` would show it (code objects by name).
pub fn const_repr(c: &ConstValue) -> String {
    match c {
        ConstValue::None {} => "None".into(),
        ConstValue::True {} => "True".into(),
        ConstValue::False {} => "False".into(),
        ConstValue::Ellipsis {} => "Ellipsis".into(),
        ConstValue::Int { value } => value.to_string(),
        ConstValue::BigInt { digits } => digits.clone(),
        ConstValue::Float { value } => repr_float(*value),
        ConstValue::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", repr_float(*imag).trim_end_matches(".0"))
            } else {
                let i = repr_float(*imag);
                let i = i.trim_end_matches(".0");
                let sign = if imag.is_sign_negative() { "" } else { "+" };
                format!("({}{sign}{i}j)", repr_float(*real).trim_end_matches(".0"))
            }
        }
        ConstValue::Str { value } => repr_str(value),
        ConstValue::Bytes { value } => {
            // Python's bytes repr: double quotes when there is a ' and no ".
            let q = if value.contains(&b'\'') && !value.contains(&b'"') { b'"' } else { b'\'' };
            let mut s = format!("b{}", q as char);
            for &b in value {
                match b {
                    b'\\' => s.push_str("\\\\"),
                    b'\'' if q == b'\'' => s.push_str("\\'"),
                    b'\n' => s.push_str("\\n"),
                    b'\r' => s.push_str("\\r"),
                    b'\t' => s.push_str("\\t"),
                    0x20..=0x7e => s.push(b as char),
                    _ => {
                        let _ = write!(s, "\\x{b:02x}");
                    }
                }
            }
            s.push(q as char);
            s
        }
        ConstValue::Tuple { items } => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        ConstValue::FrozenSet { items } => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        ConstValue::Code { code } => format!("<code object {}, line {}>", code.name, code.firstlineno),
    }
}

fn arg_repr(code: &CodeData, op: Op, arg: u32) -> String {
    let f = op.flags();
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_else(|| "?".into());
    let local = |i: u32| code.localsplusnames.get(i as usize).cloned().unwrap_or_else(|| "?".into());
    match op {
        Op::BINARY_OP => return BINARY_OP_SYMBOLS.get(arg as usize).map(|s| s.to_string()).unwrap_or_default(),
        Op::COMPARE_OP => return COMPARE_OP_SYMBOLS.get(arg as usize).map(|s| s.to_string()).unwrap_or_default(),
        Op::LOAD_SUPER_ATTR => return name(arg >> 2),
        Op::IS_OP => return if arg == 1 { "is not".into() } else { "is".into() },
        Op::CONTAINS_OP => return if arg == 1 { "not in".into() } else { "in".into() },
        Op::CONVERT_VALUE => return ["", "str", "repr", "ascii"].get(arg as usize).unwrap_or(&"?").to_string(),
        Op::SET_FUNCTION_ATTRIBUTE => {
            return match arg {
                1 => "defaults",
                2 => "kwdefaults",
                4 => "annotations",
                8 => "closure",
                _ => "?",
            }
            .into()
        }
        _ => {}
    }
    if f & flags::JUMP != 0 {
        return format!("to {arg}");
    }
    if f & flags::CONST != 0 {
        return code.consts.get(arg as usize).map(const_repr).unwrap_or_else(|| "?".into());
    }
    if f & flags::NAME != 0 {
        return name(arg);
    }
    if f & flags::LOCAL != 0 {
        return local(arg);
    }
    String::new()
}

/// Disassembles a code object and, after it, every nested code object.
pub fn disassemble(code: &CodeData) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &CodeData, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of {} ({}): args={} posonly={} kwonly={} flags={:#x} stacksize={}",
        code.qualname, code.name, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.stacksize
    );
    if !code.localsplusnames.is_empty() {
        let slots: Vec<String> = code
            .localsplusnames
            .iter()
            .zip(&code.localspluskinds)
            .map(|(n, k)| {
                let mut kinds = Vec::new();
                if k & 0x20 != 0 {
                    kinds.push("local");
                }
                if k & 0x40 != 0 {
                    kinds.push("cell");
                }
                if k & 0x80 != 0 {
                    kinds.push("free");
                }
                format!("{n}:{}", kinds.join("+"))
            })
            .collect();
        let _ = writeln!(out, "  slots: {}", slots.join(" "));
    }
    let targets: std::collections::HashSet<u32> = match decode_all(&code.code) {
        Ok(ins) => ins
            .iter()
            .filter(|i| i.op.flags() & flags::JUMP != 0)
            .map(|i| i.arg)
            .chain(code.exceptiontable.iter().map(|e| e.target))
            .collect(),
        Err(e) => {
            let _ = writeln!(out, "  <undecodable: {e}>");
            return;
        }
    };
    let mut last_line = u32::MAX;
    for ins in decode_all(&code.code).unwrap_or_default() {
        let loc = code.locations.get(ins.index).copied().unwrap_or_default();
        let line = if loc.lineno != last_line {
            last_line = loc.lineno;
            if loc.lineno == 0 {
                "--".to_string()
            } else {
                loc.lineno.to_string()
            }
        } else {
            String::new()
        };
        let mark = if targets.contains(&(ins.index as u32)) { ">>" } else { "  " };
        let a = if ins.op.flags() & flags::ARG != 0 { ins.arg.to_string() } else { String::new() };
        let r = arg_repr(code, ins.op, ins.arg);
        let r = if r.is_empty() { String::new() } else { format!(" ({r})") };
        let _ = writeln!(out, "{line:>4} {mark}{:>4} {:<24} {a}{r}", ins.index, ins.op.name()).map(|_| ());
        // trim the trailing spaces of argument-less lines
        while out.ends_with(' ') || out.ends_with(" \n") {
            if out.ends_with(" \n") {
                out.truncate(out.len() - 2);
                out.push('\n');
            } else {
                out.pop();
            }
        }
    }
    if !code.exceptiontable.is_empty() {
        let _ = writeln!(out, "  ExceptionTable:");
        for e in &code.exceptiontable {
            let _ = writeln!(out, "    {} to {} -> {} [{}]{}", e.start, e.end, e.target, e.depth, if e.lasti { " lasti" } else { "" });
        }
    }
    for c in &code.consts {
        if let ConstValue::Code { code } = c {
            out.push('\n');
            dis_one(code, out);
        }
    }
}
