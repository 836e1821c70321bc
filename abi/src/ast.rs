//! The AST wire format: parser -> compiler, and the `_ast` module's objects.
//!
//! The node set mirrors CPython 3.13's ASDL (Parser/Python.asdl) node for node
//! and field for field, so that `ast.dump` of a decoded tree can match
//! CPython's exactly. Positions are 1-based lines and 0-based columns counted
//! in UTF-8 bytes, as CPython stores them.

use crate::wire::{self, WireError};
use crate::{wire_enum, wire_struct, wire_unit_enum};

/// Magic and version of an encoded tree.
pub const AST_MAGIC: &[u8; 4] = b"PKAS";
pub const AST_VERSION: u32 = 1;

pub type Identifier = String;

wire_struct! {
    /// Source range of a node: `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
    #[derive(Copy, Default, Eq)]
    pub struct Loc { pub lineno: u32, pub col_offset: u32, pub end_lineno: u32, pub end_col_offset: u32 }
}

wire_unit_enum! { pub enum ExprContext { Load = 0, Store = 1, Del = 2 } }
wire_unit_enum! { pub enum BoolOp { And = 0, Or = 1 } }
wire_unit_enum! {
    pub enum Operator {
        Add = 0, Sub = 1, Mult = 2, MatMult = 3, Div = 4, Mod = 5, Pow = 6, LShift = 7,
        RShift = 8, BitOr = 9, BitXor = 10, BitAnd = 11, FloorDiv = 12,
    }
}
wire_unit_enum! { pub enum UnaryOp { Invert = 0, Not = 1, UAdd = 2, USub = 3 } }
wire_unit_enum! {
    pub enum CmpOp { Eq = 0, NotEq = 1, Lt = 2, LtE = 3, Gt = 4, GtE = 5, Is = 6, IsNot = 7, In = 8, NotIn = 9 }
}

wire_enum! {
    /// A constant value as the parser (or constant folding) produces it.
    /// `Int` holds values that fit in an i64; `BigInt` the decimal digits
    /// (with a leading '-' when negative) of any other integer.
    pub enum Constant {
        0 => None {},
        1 => True {},
        2 => False {},
        3 => Ellipsis {},
        4 => Int { value: i64 },
        5 => BigInt { digits: String },
        6 => Float { value: f64 },
        7 => Complex { real: f64, imag: f64 },
        8 => Str { value: String },
        9 => Bytes { value: Vec<u8> },
        10 => Tuple { items: Vec<Constant> },
        11 => FrozenSet { items: Vec<Constant> },
    }
}

wire_enum! {
    pub enum Mod {
        0 => Module { body: Vec<Stmt>, type_ignores: Vec<TypeIgnore> },
        1 => Interactive { body: Vec<Stmt> },
        2 => Expression { body: Box<Expr> },
        3 => FunctionType { argtypes: Vec<Expr>, returns: Box<Expr> },
    }
}

wire_struct! { pub struct TypeIgnore { pub lineno: u32, pub tag: String } }

wire_struct! { pub struct Stmt { pub node: StmtKind, pub loc: Loc } }
wire_struct! { pub struct Expr { pub node: ExprKind, pub loc: Loc } }

wire_enum! {
    pub enum StmtKind {
        0 => FunctionDef { name: Identifier, args: Box<Arguments>, body: Vec<Stmt>, decorator_list: Vec<Expr>, returns: Option<Box<Expr>>, type_comment: Option<String>, type_params: Vec<TypeParam> },
        1 => AsyncFunctionDef { name: Identifier, args: Box<Arguments>, body: Vec<Stmt>, decorator_list: Vec<Expr>, returns: Option<Box<Expr>>, type_comment: Option<String>, type_params: Vec<TypeParam> },
        2 => ClassDef { name: Identifier, bases: Vec<Expr>, keywords: Vec<Keyword>, body: Vec<Stmt>, decorator_list: Vec<Expr>, type_params: Vec<TypeParam> },
        3 => Return { value: Option<Box<Expr>> },
        4 => Delete { targets: Vec<Expr> },
        5 => Assign { targets: Vec<Expr>, value: Box<Expr>, type_comment: Option<String> },
        6 => TypeAlias { name: Box<Expr>, type_params: Vec<TypeParam>, value: Box<Expr> },
        7 => AugAssign { target: Box<Expr>, op: Operator, value: Box<Expr> },
        8 => AnnAssign { target: Box<Expr>, annotation: Box<Expr>, value: Option<Box<Expr>>, simple: bool },
        9 => For { target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>, type_comment: Option<String> },
        10 => AsyncFor { target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>, type_comment: Option<String> },
        11 => While { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
        12 => If { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
        13 => With { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<String> },
        14 => AsyncWith { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<String> },
        15 => Match { subject: Box<Expr>, cases: Vec<MatchCase> },
        16 => Raise { exc: Option<Box<Expr>>, cause: Option<Box<Expr>> },
        17 => Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
        18 => TryStar { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
        19 => Assert { test: Box<Expr>, msg: Option<Box<Expr>> },
        20 => Import { names: Vec<Alias> },
        21 => ImportFrom { module: Option<Identifier>, names: Vec<Alias>, level: u32 },
        22 => Global { names: Vec<Identifier> },
        23 => Nonlocal { names: Vec<Identifier> },
        24 => Expr { value: Box<Expr> },
        25 => Pass {},
        26 => Break {},
        27 => Continue {},
    }
}

wire_enum! {
    pub enum ExprKind {
        0 => BoolOp { op: BoolOp, values: Vec<Expr> },
        1 => NamedExpr { target: Box<Expr>, value: Box<Expr> },
        2 => BinOp { left: Box<Expr>, op: Operator, right: Box<Expr> },
        3 => UnaryOp { op: UnaryOp, operand: Box<Expr> },
        4 => Lambda { args: Box<Arguments>, body: Box<Expr> },
        5 => IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
        6 => Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
        7 => Set { elts: Vec<Expr> },
        8 => ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
        9 => SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
        10 => DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
        11 => GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
        12 => Await { value: Box<Expr> },
        13 => Yield { value: Option<Box<Expr>> },
        14 => YieldFrom { value: Box<Expr> },
        15 => Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
        16 => Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
        17 => FormattedValue { value: Box<Expr>, conversion: i32, format_spec: Option<Box<Expr>> },
        18 => JoinedStr { values: Vec<Expr> },
        19 => Constant { value: Constant, kind: Option<String> },
        20 => Attribute { value: Box<Expr>, attr: Identifier, ctx: ExprContext },
        21 => Subscript { value: Box<Expr>, slice: Box<Expr>, ctx: ExprContext },
        22 => Starred { value: Box<Expr>, ctx: ExprContext },
        23 => Name { id: Identifier, ctx: ExprContext },
        24 => List { elts: Vec<Expr>, ctx: ExprContext },
        25 => Tuple { elts: Vec<Expr>, ctx: ExprContext },
        26 => Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    }
}

wire_struct! {
    pub struct Comprehension { pub target: Expr, pub iter: Expr, pub ifs: Vec<Expr>, pub is_async: bool }
}

wire_struct! {
    /// `except [type [as name]]: body`.
    pub struct ExceptHandler { pub type_: Option<Expr>, pub name: Option<Identifier>, pub body: Vec<Stmt>, pub loc: Loc }
}

wire_struct! {
    pub struct Arguments {
        pub posonlyargs: Vec<Arg>,
        pub args: Vec<Arg>,
        pub vararg: Option<Arg>,
        pub kwonlyargs: Vec<Arg>,
        pub kw_defaults: Vec<Option<Expr>>,
        pub kwarg: Option<Arg>,
        pub defaults: Vec<Expr>,
    }
}

wire_struct! {
    pub struct Arg { pub arg: Identifier, pub annotation: Option<Expr>, pub type_comment: Option<String>, pub loc: Loc }
}

wire_struct! {
    /// `arg=value`, or `**value` when `arg` is `None`.
    pub struct Keyword { pub arg: Option<Identifier>, pub value: Expr, pub loc: Loc }
}

wire_struct! {
    pub struct Alias { pub name: Identifier, pub asname: Option<Identifier>, pub loc: Loc }
}

wire_struct! {
    pub struct WithItem { pub context_expr: Expr, pub optional_vars: Option<Expr> }
}

wire_struct! {
    pub struct MatchCase { pub pattern: Pattern, pub guard: Option<Expr>, pub body: Vec<Stmt> }
}

wire_struct! { pub struct Pattern { pub node: PatternKind, pub loc: Loc } }

wire_enum! {
    pub enum PatternKind {
        0 => MatchValue { value: Box<Expr> },
        1 => MatchSingleton { value: Constant },
        2 => MatchSequence { patterns: Vec<Pattern> },
        3 => MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Identifier> },
        4 => MatchClass { cls: Box<Expr>, patterns: Vec<Pattern>, kwd_attrs: Vec<Identifier>, kwd_patterns: Vec<Pattern> },
        5 => MatchStar { name: Option<Identifier> },
        6 => MatchAs { pattern: Option<Box<Pattern>>, name: Option<Identifier> },
        7 => MatchOr { patterns: Vec<Pattern> },
    }
}

wire_struct! { pub struct TypeParam { pub node: TypeParamKind, pub loc: Loc } }

wire_enum! {
    pub enum TypeParamKind {
        0 => TypeVar { name: Identifier, bound: Option<Box<Expr>>, default_value: Option<Box<Expr>> },
        1 => ParamSpec { name: Identifier, default_value: Option<Box<Expr>> },
        2 => TypeVarTuple { name: Identifier, default_value: Option<Box<Expr>> },
    }
}

/// Encodes a tree with the AST magic and version.
pub fn encode(module: &Mod) -> Vec<u8> {
    wire::to_bytes(AST_MAGIC, AST_VERSION, module)
}

/// Decodes a tree; bad bytes give an error, never a panic.
pub fn decode(data: &[u8]) -> Result<Mod, WireError> {
    wire::from_bytes(AST_MAGIC, AST_VERSION, data)
}

/// [`decode`] for a caller that knows how much native stack (bytes) the
/// decoder may use; deep trees need about 1 KiB per level.
pub fn decode_with_stack(data: &[u8], budget: usize) -> Result<Mod, WireError> {
    wire::from_bytes_with_stack(AST_MAGIC, AST_VERSION, data, budget)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Mod {
        let loc = Loc { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 12 };
        let call = Expr {
            node: ExprKind::Call {
                func: Box::new(Expr { node: ExprKind::Name { id: "print".into(), ctx: ExprContext::Load }, loc }),
                args: vec![Expr { node: ExprKind::Constant { value: Constant::Int { value: 3 }, kind: None }, loc }],
                keywords: vec![],
            },
            loc,
        };
        Mod::Module { body: vec![Stmt { node: StmtKind::Expr { value: Box::new(call) }, loc }], type_ignores: vec![] }
    }

    #[test]
    fn round_trip() {
        let m = sample();
        assert_eq!(decode(&encode(&m)).unwrap(), m);
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = encode(&sample());
        for n in 0..bytes.len() {
            assert!(decode(&bytes[..n]).is_err(), "prefix of {n} bytes decoded");
        }
    }

    #[test]
    fn corrupted_bytes_never_panic() {
        let bytes = encode(&sample());
        for i in 0..bytes.len() {
            for x in [0u8, 1, 0x7f, 0xff] {
                let mut b = bytes.clone();
                b[i] ^= x;
                let _ = decode(&b);
            }
        }
    }

    #[test]
    fn deep_nesting_is_rejected_not_overflowed() {
        let loc = Loc::default();
        let mut e = Expr { node: ExprKind::Name { id: "x".into(), ctx: ExprContext::Load }, loc };
        for _ in 0..5000 {
            e = Expr { node: ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e) }, loc };
        }
        let m = Mod::Expression { body: Box::new(e) };
        let bytes = encode(&m);
        // A small budget refuses the tree with an error...
        let err = decode_with_stack(&bytes, 64 << 10).unwrap_err();
        assert!(err.message.contains("too deep"), "{err}");
        // ...a big one accepts it...
        let b = bytes.clone();
        assert!(std::thread::Builder::new().stack_size(256 << 20).spawn(move || decode_with_stack(&b, 64 << 20).is_ok()).unwrap().join().unwrap());
        // ...and the default budget never overflows a 2 MiB thread, whatever
        // the depth it accepts.
        // (Building, encoding and dropping that deep a tree recurse too: on a
        // big stack.)
        let big = std::thread::Builder::new().stack_size(256 << 20);
        let deeper = big
            .spawn(move || {
                let mut e = Expr { node: ExprKind::Name { id: "x".into(), ctx: ExprContext::Load }, loc };
                for _ in 0..50_000 {
                    e = Expr { node: ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e) }, loc };
                }
                encode(&Mod::Expression { body: Box::new(e) })
            })
            .unwrap()
            .join()
            .unwrap();
        let r = std::thread::Builder::new().stack_size(2 << 20).spawn(move || decode(&deeper).is_ok()).unwrap().join().unwrap();
        assert!(!r, "50,000 levels fit no 1 MiB budget");
    }
}
