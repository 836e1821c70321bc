//! The compiler's SyntaxWarnings: code that compiles but cannot do what it
//! seems to (`x is 1`, `5()`, `(1, 2)[x, y]`, `assert (x, "msg")`). Each
//! check looks at the tree as CPython's compiler sees it after constant
//! folding; a warning is recorded with the node's location and issued by
//! the kernel (which turns it into a SyntaxError under `-W error`).

use super::*;

/// Python's name of the type of a constant.
fn const_type(c: &ConstValue) -> &'static str {
    match c {
        ConstValue::None {} => "NoneType",
        ConstValue::True {} | ConstValue::False {} => "bool",
        ConstValue::Ellipsis {} => "ellipsis",
        ConstValue::Int { .. } | ConstValue::BigInt { .. } => "int",
        ConstValue::Float { .. } => "float",
        ConstValue::Complex { .. } => "complex",
        ConstValue::Str { .. } => "str",
        ConstValue::Bytes { .. } => "bytes",
        ConstValue::Tuple { .. } => "tuple",
        ConstValue::FrozenSet { .. } => "frozenset",
        ConstValue::Code { .. } => "code",
    }
}

/// What the compiler knows of an expression's value's type.
enum Known {
    /// A value computed at compile time.
    Const(ConstValue),
    /// A display or comprehension: the type is known, the value is not.
    Built(&'static str),
}

impl Known {
    fn type_name(&self) -> &'static str {
        match self {
            Known::Const(c) => const_type(c),
            Known::Built(t) => t,
        }
    }
}

impl<'a> Compiler<'a> {
    fn known(&self, e: &Expr) -> Option<Known> {
        if let Some(c) = self.fold(e) {
            return Some(Known::Const(c));
        }
        Some(Known::Built(match &e.node {
            ExprKind::Tuple { .. } => "tuple",
            ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
            ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
            ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
            ExprKind::GeneratorExp { .. } => "generator",
            ExprKind::Lambda { .. } => "function",
            ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
            _ => return None,
        }))
    }

    fn warn(&mut self, msg: String, loc: Loc) {
        self.warnings.push(CompileError::syntax(msg, loc));
    }

    /// `x is 1`, `x is not ()`: identity with a fresh literal.
    pub(super) fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comps: &[Expr]) {
        // A literal other than None, True, False and Ellipsis.
        let literal = |c: &Compiler<'a>, x: &Expr| match c.fold(x) {
            Some(ConstValue::None {} | ConstValue::True {} | ConstValue::False {} | ConstValue::Ellipsis {}) | None => None,
            Some(v) => Some(const_type(&v)),
        };
        let mut left_lit = literal(self, left);
        for (op, right) in ops.iter().zip(comps) {
            let right_lit = literal(self, right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) {
                if let Some(t) = left_lit.or(right_lit) {
                    let msg = if *op == CmpOp::Is {
                        format!("\"is\" with '{t}' literal. Did you mean \"==\"?")
                    } else {
                        format!("\"is not\" with '{t}' literal. Did you mean \"!=\"?")
                    };
                    self.warn(msg, e.loc);
                    return;
                }
            }
            left_lit = right_lit;
        }
    }

    /// `5()`, `(1, 2)(3)`: calling something that cannot be callable
    /// (a lambda, the one kind `known` names that can be, is fine).
    pub(super) fn check_caller(&mut self, func: &Expr) {
        if matches!(func.node, ExprKind::Lambda { .. }) {
            return;
        }
        if let Some(k) = self.known(func) {
            self.warn(format!("'{}' object is not callable; perhaps you missed a comma?", k.type_name()), func.loc);
        }
    }

    /// `{1}[0]`, `[1][1.0]`: subscripting what cannot be subscripted, or
    /// with an index the sequence cannot take.
    pub(super) fn check_subscript(&mut self, value: &Expr, slice: &Expr) {
        let Some(k) = self.known(value) else { return };
        let not_subscriptable = match &k {
            Known::Const(c) => matches!(
                c,
                ConstValue::None {}
                    | ConstValue::Ellipsis {}
                    | ConstValue::Int { .. }
                    | ConstValue::BigInt { .. }
                    | ConstValue::Float { .. }
                    | ConstValue::Complex { .. }
                    | ConstValue::FrozenSet { .. }
                    | ConstValue::True {}
                    | ConstValue::False {}
            ),
            Known::Built(t) => matches!(*t, "set" | "generator" | "function"),
        };
        if not_subscriptable {
            self.warn(format!("'{}' object is not subscriptable; perhaps you missed a comma?", k.type_name()), value.loc);
            return;
        }
        let sequence = match &k {
            Known::Const(c) => matches!(c, ConstValue::Str { .. } | ConstValue::Bytes { .. } | ConstValue::Tuple { .. }),
            Known::Built(t) => matches!(*t, "tuple" | "list" | "str"),
        };
        if !sequence || matches!(slice.node, ExprKind::Slice { .. }) {
            return;
        }
        let Some(index) = self.known(slice) else { return };
        let it = index.type_name();
        if matches!(it, "int" | "bool") {
            return;
        }
        self.warn(format!("{} indices must be integers or slices, not {it}; perhaps you missed a comma?", k.type_name()), value.loc);
    }

    /// `assert (x, "msg")`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, s: &Stmt, test: &Expr) {
        if let ExprKind::Tuple { elts, .. } = &test.node {
            if !elts.is_empty() {
                self.warn("assertion is always true, perhaps remove parentheses?".into(), s.loc);
            }
        }
    }
}
