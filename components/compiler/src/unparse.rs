//! A small `ast.unparse` for annotations under `from __future__ import annotations`.

use pyk_abi::ast::*;

pub fn unparse(e: &Expr) -> String {
    let mut s = String::new();
    expr(e, &mut s, 0);
    s
}

fn prec_of(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 6,
        Operator::BitXor => 7,
        Operator::BitAnd => 8,
        Operator::LShift | Operator::RShift => 9,
        Operator::Add | Operator::Sub => 10,
        Operator::Mult | Operator::MatMult | Operator::Div | Operator::Mod | Operator::FloorDiv => 11,
        Operator::Pow => 13,
    }
}

fn op_str(op: Operator) -> &'static str {
    match op {
        Operator::Add => "+",
        Operator::Sub => "-",
        Operator::Mult => "*",
        Operator::MatMult => "@",
        Operator::Div => "/",
        Operator::Mod => "%",
        Operator::Pow => "**",
        Operator::LShift => "<<",
        Operator::RShift => ">>",
        Operator::BitOr => "|",
        Operator::BitXor => "^",
        Operator::BitAnd => "&",
        Operator::FloorDiv => "//",
    }
}

pub fn repr_str(v: &str) -> String {
    let q = if v.contains('\'') && !v.contains('"') { '"' } else { '\'' };
    let mut s = String::new();
    s.push(q);
    for ch in v.chars() {
        match ch {
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if c == q => {
                s.push('\\');
                s.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => s.push_str(&format!("\\x{:02x}", c as u32)),
            c if pyk_abi::surrogate::is_surrogate(c) => s.push_str(&format!("\\u{:04x}", pyk_abi::surrogate::code_point(c))),
            c => s.push(c),
        }
    }
    s.push(q);
    s
}

pub fn repr_float(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v.is_nan() {
        return "nan".into();
    }
    let s = format!("{v:?}");
    if let Some((m, e)) = s.split_once('e') {
        let m = if m.ends_with(".0") { &m[..m.len() - 2] } else { m };
        let (sign, digits) = if let Some(d) = e.strip_prefix('-') { ("-", d) } else { ("+", e) };
        return format!("{m}e{sign}{digits:0>2}");
    }
    s
}

fn constant(c: &Constant, s: &mut String) {
    match c {
        Constant::None {} => s.push_str("None"),
        Constant::True {} => s.push_str("True"),
        Constant::False {} => s.push_str("False"),
        Constant::Ellipsis {} => s.push_str("..."),
        Constant::Int { value } => s.push_str(&value.to_string()),
        Constant::BigInt { digits } => s.push_str(digits),
        Constant::Float { value } => s.push_str(&repr_float(*value)),
        Constant::Complex { real, imag } => {
            if *real == 0.0 {
                s.push_str(&format!("{}j", repr_float(*imag).trim_end_matches(".0")));
            } else {
                s.push_str(&format!("({}+{}j)", repr_float(*real), repr_float(*imag)));
            }
        }
        Constant::Str { value } => s.push_str(&repr_str(value)),
        Constant::Bytes { value } => {
            s.push('b');
            let txt: String = value.iter().map(|&b| b as char).collect();
            s.push_str(&repr_str(&txt));
        }
        Constant::Tuple { items } => {
            s.push('(');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                constant(it, s);
            }
            if items.len() == 1 {
                s.push(',');
            }
            s.push(')');
        }
        Constant::FrozenSet { .. } => s.push_str("frozenset(...)"),
    }
}

fn list(es: &[Expr], s: &mut String) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        expr(e, s, 0);
    }
}

fn expr(e: &Expr, s: &mut String, prec: u8) {
    match &e.node {
        ExprKind::Constant { value, .. } => constant(value, s),
        ExprKind::Name { id, .. } => s.push_str(id),
        ExprKind::Attribute { value, attr, .. } => {
            expr(value, s, 16);
            s.push('.');
            s.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(value, s, 16);
            s.push('[');
            match &slice.node {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => list(elts, s),
                _ => expr(slice, s, 0),
            }
            s.push(']');
        }
        ExprKind::BinOp { left, op, right } => {
            let p = prec_of(*op);
            if p < prec {
                s.push('(');
            }
            let (lp, rp) = if *op == Operator::Pow { (p + 1, p) } else { (p, p + 1) };
            expr(left, s, lp);
            s.push_str(&format!(" {} ", op_str(*op)));
            expr(right, s, rp);
            if p < prec {
                s.push(')');
            }
        }
        ExprKind::Tuple { elts, .. } => {
            s.push('(');
            list(elts, s);
            if elts.len() == 1 {
                s.push(',');
            }
            s.push(')');
        }
        ExprKind::List { elts, .. } => {
            s.push('[');
            list(elts, s);
            s.push(']');
        }
        ExprKind::Call { func, args, keywords } => {
            expr(func, s, 16);
            s.push('(');
            list(args, s);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    s.push_str(", ");
                }
                match &k.arg {
                    Some(a) => {
                        s.push_str(a);
                        s.push('=');
                    }
                    None => s.push_str("**"),
                }
                expr(&k.value, s, 0);
            }
            s.push(')');
        }
        ExprKind::Starred { value, .. } => {
            s.push('*');
            expr(value, s, 16);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (t, p) = match op {
                UnaryOp::Not => ("not ", 3),
                UnaryOp::Invert => ("~", 12),
                UnaryOp::UAdd => ("+", 12),
                UnaryOp::USub => ("-", 12),
            };
            if p < prec {
                s.push('(');
            }
            s.push_str(t);
            expr(operand, s, p);
            if p < prec {
                s.push(')');
            }
        }
        ExprKind::BoolOp { op, values } => {
            let (t, p) = if *op == BoolOp::And { (" and ", 2) } else { (" or ", 1) };
            if p < prec {
                s.push('(');
            }
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    s.push_str(t);
                }
                expr(v, s, p + 1);
            }
            if p < prec {
                s.push(')');
            }
        }
        ExprKind::Compare { left, ops, comparators } => {
            if 5 < prec {
                s.push('(');
            }
            expr(left, s, 6);
            for (o, c) in ops.iter().zip(comparators) {
                let t = match o {
                    CmpOp::Eq => "==",
                    CmpOp::NotEq => "!=",
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    CmpOp::GtE => ">=",
                    CmpOp::Is => "is",
                    CmpOp::IsNot => "is not",
                    CmpOp::In => "in",
                    CmpOp::NotIn => "not in",
                };
                s.push_str(&format!(" {t} "));
                expr(c, s, 6);
            }
            if 5 < prec {
                s.push(')');
            }
        }
        ExprKind::Dict { keys, values } => {
            s.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(k, s, 0);
                        s.push_str(": ");
                    }
                    None => s.push_str("**"),
                }
                expr(v, s, 0);
            }
            s.push('}');
        }
        ExprKind::Set { elts } => {
            s.push('{');
            list(elts, s);
            s.push('}');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(l, s, 0);
            }
            s.push(':');
            if let Some(u) = upper {
                expr(u, s, 0);
            }
            if let Some(st) = step {
                s.push(':');
                expr(st, s, 0);
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            if prec > 0 {
                s.push('(');
            }
            expr(body, s, 1);
            s.push_str(" if ");
            expr(test, s, 1);
            s.push_str(" else ");
            expr(orelse, s, 0);
            if prec > 0 {
                s.push(')');
            }
        }
        _ => s.push_str("..."),
    }
}
