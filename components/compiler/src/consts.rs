//! Constant conversion and folding (CPython's AST optimizer, the safe subset).

use pyk_abi::ast::{Constant, Operator, UnaryOp};
use pyk_abi::code::ConstValue;

pub fn from_ast(c: &Constant) -> ConstValue {
    match c {
        Constant::None {} => ConstValue::None {},
        Constant::True {} => ConstValue::True {},
        Constant::False {} => ConstValue::False {},
        Constant::Ellipsis {} => ConstValue::Ellipsis {},
        Constant::Int { value } => ConstValue::Int { value: *value },
        Constant::BigInt { digits } => big(digits),
        Constant::Float { value } => ConstValue::Float { value: *value },
        Constant::Complex { real, imag } => ConstValue::Complex { real: *real, imag: *imag },
        Constant::Str { value } => ConstValue::Str { value: value.clone() },
        Constant::Bytes { value } => ConstValue::Bytes { value: value.clone() },
        Constant::Tuple { items } => ConstValue::Tuple { items: items.iter().map(from_ast).collect() },
        Constant::FrozenSet { items } => ConstValue::FrozenSet { items: items.iter().map(from_ast).collect() },
    }
}

/// A BigInt constant, normalized to Int when it fits.
pub fn big(digits: &str) -> ConstValue {
    match digits.parse::<i64>() {
        Ok(v) => ConstValue::Int { value: v },
        Err(_) => ConstValue::BigInt { digits: digits.to_string() },
    }
}

/// Python truthiness of a constant.
pub fn truthy(c: &ConstValue) -> bool {
    match c {
        ConstValue::None {} | ConstValue::False {} => false,
        ConstValue::True {} | ConstValue::Ellipsis {} | ConstValue::Code { .. } => true,
        ConstValue::Int { value } => *value != 0,
        ConstValue::BigInt { digits } => digits.trim_start_matches('-').trim_start_matches('0') != "",
        ConstValue::Float { value } => *value != 0.0,
        ConstValue::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        ConstValue::Str { value } => !value.is_empty(),
        ConstValue::Bytes { value } => !value.is_empty(),
        ConstValue::Tuple { items } | ConstValue::FrozenSet { items } => !items.is_empty(),
    }
}

/// A key that identifies a constant for de-duplication: equal keys only for
/// constants of the same type and value (so 0, 0.0, -0.0 and False differ).
pub fn key(c: &ConstValue) -> Option<String> {
    fn go(c: &ConstValue, out: &mut String) -> bool {
        use std::fmt::Write;
        match c {
            ConstValue::None {} => out.push('N'),
            ConstValue::True {} => out.push('T'),
            ConstValue::False {} => out.push('F'),
            ConstValue::Ellipsis {} => out.push('E'),
            ConstValue::Int { value } => {
                let _ = write!(out, "i{value};");
            }
            ConstValue::BigInt { digits } => {
                let _ = write!(out, "i{digits};");
            }
            ConstValue::Float { value } => {
                let _ = write!(out, "f{:x};", value.to_bits());
            }
            ConstValue::Complex { real, imag } => {
                let _ = write!(out, "c{:x},{:x};", real.to_bits(), imag.to_bits());
            }
            ConstValue::Str { value } => {
                let _ = write!(out, "s{}:{value}", value.len());
            }
            ConstValue::Bytes { value } => {
                let _ = write!(out, "b{}:{value:?}", value.len());
            }
            ConstValue::Tuple { items } | ConstValue::FrozenSet { items } => {
                out.push(if matches!(c, ConstValue::Tuple { .. }) { '(' } else { '{' });
                for it in items {
                    if !go(it, out) {
                        return false;
                    }
                }
                out.push(')');
            }
            ConstValue::Code { .. } => return false,
        }
        true
    }
    let mut s = String::new();
    if go(c, &mut s) {
        Some(s)
    } else {
        None
    }
}

const MAX_INT_BITS: u32 = 128;
const MAX_COLLECTION: usize = 256;
const MAX_STR: usize = 4096;

pub fn fold_unary(op: UnaryOp, v: &ConstValue) -> Option<ConstValue> {
    use ConstValue as C;
    Some(match (op, v) {
        (UnaryOp::Not, _) => {
            if truthy(v) {
                C::False {}
            } else {
                C::True {}
            }
        }
        (UnaryOp::USub, C::Int { value }) => match value.checked_neg() {
            Some(n) => C::Int { value: n },
            None => C::BigInt { digits: value.to_string().trim_start_matches('-').to_string() },
        },
        (UnaryOp::USub, C::BigInt { digits }) => {
            if let Some(d) = digits.strip_prefix('-') {
                big(d)
            } else {
                big(&format!("-{digits}"))
            }
        }
        (UnaryOp::USub, C::Float { value }) => C::Float { value: -value },
        (UnaryOp::USub, C::Complex { real, imag }) => C::Complex { real: -real, imag: -imag },
        (UnaryOp::UAdd, C::Int { .. } | C::BigInt { .. } | C::Float { .. } | C::Complex { .. }) => v.clone(),
        (UnaryOp::Invert, C::Int { value }) => C::Int { value: !value },
        (UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert, C::True {} | C::False {}) => {
            let b = i64::from(matches!(v, C::True {}));
            match op {
                UnaryOp::USub => C::Int { value: -b },
                UnaryOp::UAdd => C::Int { value: b },
                // CPython folds `~True` too; its compile-time DeprecationWarning
                // is not shown under the default filters (a run-time `~b` warns).
                _ => C::Int { value: !b },
            }
        }
        _ => return None,
    })
}

fn as_f64(v: &ConstValue) -> Option<f64> {
    match v {
        ConstValue::Int { value } => Some(*value as f64),
        ConstValue::Float { value } => Some(*value),
        ConstValue::True {} => Some(1.0),
        ConstValue::False {} => Some(0.0),
        _ => None,
    }
}

fn as_int(v: &ConstValue) -> Option<i64> {
    match v {
        ConstValue::Int { value } => Some(*value),
        ConstValue::True {} => Some(1),
        ConstValue::False {} => Some(0),
        _ => None,
    }
}

fn is_num(v: &ConstValue) -> bool {
    matches!(v, ConstValue::Int { .. } | ConstValue::Float { .. } | ConstValue::Complex { .. } | ConstValue::True {} | ConstValue::False {})
}

fn complex(v: &ConstValue) -> Option<(f64, f64)> {
    match v {
        ConstValue::Complex { real, imag } => Some((*real, *imag)),
        _ => as_f64(v).map(|r| (r, 0.0)),
    }
}

fn int_binop(op: Operator, a: i64, b: i64) -> Option<ConstValue> {
    use ConstValue as C;
    let r = match op {
        Operator::Add => a.checked_add(b)?,
        Operator::Sub => a.checked_sub(b)?,
        Operator::Mult => a.checked_mul(b)?,
        Operator::FloorDiv => {
            if b == 0 {
                return None;
            }
            let (q, r) = (a.checked_div(b)?, a.checked_rem(b)?);
            if r != 0 && ((r < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        Operator::Mod => {
            if b == 0 {
                return None;
            }
            let r = a.checked_rem(b)?;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        Operator::Pow => {
            if b < 0 {
                return Some(C::Float { value: (a as f64).powf(b as f64) }).filter(|_| a != 0);
            }
            if b > MAX_INT_BITS as i64 {
                return None;
            }
            a.checked_pow(b as u32)?
        }
        Operator::LShift => {
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            r
        }
        Operator::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::Div => {
            if b == 0 {
                return None;
            }
            return Some(C::Float { value: a as f64 / b as f64 });
        }
        Operator::MatMult => return None,
    };
    Some(C::Int { value: r })
}

pub fn fold_binop(op: Operator, l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    use ConstValue as C;
    // bool & bool etc. keep their type in Python; leave them alone.
    let is_bool = |v: &ConstValue| matches!(v, C::True {} | C::False {});
    if is_bool(l) && is_bool(r) {
        return None;
    }
    match (l, r) {
        (C::Int { .. } | C::True {} | C::False {}, C::Int { .. } | C::True {} | C::False {}) => {
            int_binop(op, as_int(l)?, as_int(r)?)
        }
        (C::Str { value: a }, C::Str { value: b }) if op == Operator::Add => {
            if a.len() + b.len() > MAX_STR {
                return None;
            }
            Some(C::Str { value: format!("{a}{b}") })
        }
        (C::Bytes { value: a }, C::Bytes { value: b }) if op == Operator::Add => {
            if a.len() + b.len() > MAX_STR {
                return None;
            }
            let mut v = a.clone();
            v.extend_from_slice(b);
            Some(C::Bytes { value: v })
        }
        (C::Str { value: a }, C::Int { value: n }) if op == Operator::Mult => {
            let n = (*n).max(0) as usize;
            if a.len().checked_mul(n)? > MAX_STR {
                return None;
            }
            Some(C::Str { value: a.repeat(n) })
        }
        (C::Bytes { value: a }, C::Int { value: n }) if op == Operator::Mult => {
            let n = (*n).max(0) as usize;
            if a.len().checked_mul(n)? > MAX_STR {
                return None;
            }
            Some(C::Bytes { value: a.repeat(n) })
        }
        (C::Tuple { items }, C::Int { value: n }) if op == Operator::Mult => {
            let n = (*n).max(0) as usize;
            if items.len().checked_mul(n)? > MAX_COLLECTION {
                return None;
            }
            let mut v = Vec::new();
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            Some(C::Tuple { items: v })
        }
        (C::Tuple { items: a }, C::Tuple { items: b }) if op == Operator::Add => {
            if a.len() + b.len() > MAX_COLLECTION {
                return None;
            }
            Some(C::Tuple { items: a.iter().chain(b).cloned().collect() })
        }
        _ if is_num(l) && is_num(r) => {
            if matches!(l, C::Complex { .. }) || matches!(r, C::Complex { .. }) {
                let (a, b) = (complex(l)?, complex(r)?);
                return match op {
                    Operator::Add => Some(C::Complex { real: a.0 + b.0, imag: a.1 + b.1 }),
                    Operator::Sub => Some(C::Complex { real: a.0 - b.0, imag: a.1 - b.1 }),
                    Operator::Mult => Some(C::Complex { real: a.0 * b.0 - a.1 * b.1, imag: a.0 * b.1 + a.1 * b.0 }),
                    _ => None,
                };
            }
            let (a, b) = (as_f64(l)?, as_f64(r)?);
            let v = match op {
                Operator::Add => a + b,
                Operator::Sub => a - b,
                Operator::Mult => a * b,
                Operator::Div if b != 0.0 => a / b,
                _ => return None,
            };
            Some(C::Float { value: v })
        }
        _ => None,
    }
}
