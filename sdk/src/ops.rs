//! Operator numbers for [`PyAny::binary_op`](crate::PyAny::binary_op) and
//! [`PyAny::richcompare`](crate::PyAny::richcompare) (the kernel's BINARY_OP
//! and COMPARE_OP arguments).

use pyk_abi::opcode::{BinaryOp, CompareOp};

pub const ADD: u32 = BinaryOp::Add as u32;
pub const AND: u32 = BinaryOp::And as u32;
pub const FLOORDIV: u32 = BinaryOp::FloorDivide as u32;
pub const LSHIFT: u32 = BinaryOp::LShift as u32;
pub const MATMUL: u32 = BinaryOp::MatrixMultiply as u32;
pub const MUL: u32 = BinaryOp::Multiply as u32;
pub const MOD: u32 = BinaryOp::Remainder as u32;
pub const OR: u32 = BinaryOp::Or as u32;
pub const POW: u32 = BinaryOp::Power as u32;
pub const RSHIFT: u32 = BinaryOp::RShift as u32;
pub const SUB: u32 = BinaryOp::Subtract as u32;
pub const TRUEDIV: u32 = BinaryOp::TrueDivide as u32;
pub const XOR: u32 = BinaryOp::Xor as u32;
/// The in-place form of a binary operator (`+=` for `ADD`).
pub const fn inplace(op: u32) -> u32 {
    op + BinaryOp::InplaceAdd as u32
}

pub const LT: u32 = CompareOp::Lt as u32;
pub const LE: u32 = CompareOp::Le as u32;
pub const EQ: u32 = CompareOp::Eq as u32;
pub const NE: u32 = CompareOp::Ne as u32;
pub const GT: u32 = CompareOp::Gt as u32;
pub const GE: u32 = CompareOp::Ge as u32;
