//! The code-object wire format: compiler -> kernel, and the on-disk
//! `__pycache__` format.

use crate::ast::Loc;
use crate::wire::{self, WireError};
use crate::{wire_enum, wire_struct};

pub const CODE_MAGIC: &[u8; 4] = b"PKCO";
/// Bump on any change to this file or to the instruction set.
pub const CODE_VERSION: u32 = 1;

/// Code flags (CPython's CO_* values).
pub mod co {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// The first constant is the docstring.
    pub const HAS_DOCSTRING: u32 = 0x4000000;
    /// The code is a method body that uses `__class__` (compiler hint).
    pub const METHOD: u32 = 0x8000000;
}

/// Kinds of locals-plus slots (CPython's CO_FAST_* values); a slot may be
/// both LOCAL and CELL (an argument captured by an inner function).
pub mod fast {
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

wire_enum! {
    /// A constant of a code object.
    pub enum ConstValue {
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
        10 => Tuple { items: Vec<ConstValue> },
        11 => FrozenSet { items: Vec<ConstValue> },
        12 => Code { code: Box<CodeData> },
    }
}

wire_struct! {
    /// One exception-table entry: an exception raised by an instruction with
    /// index in `start..end` pops the value stack to `depth`, pushes the
    /// raising instruction's index when `lasti` is set, pushes the exception
    /// and jumps to `target`.
    #[derive(Copy, Eq)]
    pub struct ExceptEntry { pub start: u32, pub end: u32, pub target: u32, pub depth: u32, pub lasti: bool }
}

wire_struct! {
    /// A compiled code object.
    ///
    /// Frame layout: `localsplusnames.len()` slots (arguments first, then
    /// other locals, then cells, then free variables) followed by a value
    /// stack of `stacksize` slots. `locations` has one entry per word of
    /// `code` (lineno 0: no location).
    pub struct CodeData {
        pub name: String,
        pub qualname: String,
        pub filename: String,
        pub firstlineno: u32,
        pub argcount: u32,
        pub posonlyargcount: u32,
        pub kwonlyargcount: u32,
        pub flags: u32,
        pub stacksize: u32,
        pub code: Vec<u32>,
        pub consts: Vec<ConstValue>,
        pub names: Vec<String>,
        pub localsplusnames: Vec<String>,
        pub localspluskinds: Vec<u8>,
        pub locations: Vec<Loc>,
        pub exceptiontable: Vec<ExceptEntry>,
    }
}

impl CodeData {
    /// Structural checks the kernel relies on before running the code: every
    /// opcode known, every argument in range, tables consistent. A code
    /// object that passes cannot make the interpreter index out of bounds.
    pub fn validate(&self) -> Result<(), String> {
        use crate::opcode::{flags, Op};
        let n = self.code.len();
        if self.locations.len() != n {
            return Err(format!("{} locations for {} code words", self.locations.len(), n));
        }
        if self.localspluskinds.len() != self.localsplusnames.len() {
            return Err("localspluskinds and localsplusnames differ in length".into());
        }
        let nargs = self.argcount + self.kwonlyargcount
            + u32::from(self.flags & co::VARARGS != 0)
            + u32::from(self.flags & co::VARKEYWORDS != 0);
        if nargs as usize > self.localsplusnames.len() || self.posonlyargcount > self.argcount {
            return Err("argument counts exceed the locals".into());
        }
        if n == 0 {
            return Err("empty code".into());
        }
        for ins in crate::opcode::decode_all(&self.code)? {
            let f = ins.op.flags();
            let a = ins.arg as usize;
            let bad = |what: &str| Err(format!("{} at {}: {what} {} out of range", ins.op.name(), ins.index, a));
            if f & flags::JUMP != 0 && a >= n {
                return bad("jump target");
            }
            if f & flags::CONST != 0 && a >= self.consts.len() {
                return bad("constant");
            }
            if f & flags::NAME != 0 && a >= self.names.len() {
                return bad("name");
            }
            if ins.op == Op::LOAD_SUPER_ATTR && (a >> 2) >= self.names.len() {
                return bad("name");
            }
            if f & flags::LOCAL != 0 && a >= self.localsplusnames.len() {
                return bad("local");
            }
            if ins.op == Op::COPY_FREE_VARS && a > self.localsplusnames.len() {
                return bad("free variable count");
            }
            if ins.index + 1 + ins.op.cache() as usize > n {
                return Err(format!("{} at {}: cache runs past the end", ins.op.name(), ins.index));
            }
        }
        for e in &self.exceptiontable {
            if e.start > e.end || e.end as usize > n || e.target as usize >= n || e.depth > self.stacksize {
                return Err(format!("bad exception-table entry {e:?}"));
            }
        }
        for c in &self.consts {
            if let ConstValue::Code { code } = c {
                code.validate()?;
            }
        }
        Ok(())
    }
}

pub fn encode(code: &CodeData) -> Vec<u8> {
    wire::to_bytes(CODE_MAGIC, CODE_VERSION, code)
}

/// Decodes and validates a code object; bad bytes give an error, never a panic.
pub fn decode(data: &[u8]) -> Result<CodeData, WireError> {
    decode_with_stack(data, wire::DEFAULT_STACK_BUDGET)
}

/// [`decode`] for a caller that knows how much native stack (bytes) the
/// decoder may use (code objects nest as deeply as the functions do).
pub fn decode_with_stack(data: &[u8], budget: usize) -> Result<CodeData, WireError> {
    let c: CodeData = wire::from_bytes_with_stack(CODE_MAGIC, CODE_VERSION, data, budget)?;
    c.validate().map_err(|message| WireError { offset: 0, message: format!("invalid code object: {message}") })?;
    Ok(c)
}

/// Bytes before the body in pyk's marshal record for a code object.
pub const MARSHAL_HEADER_LEN: usize = 20;

/// The header of pyk's marshal record for a code object. The record is what
/// follows marshal's `c` type byte: [`CODE_MAGIC`] (where CPython's own record
/// has its code's argument count, so CPython's records are told apart), the
/// code-format version and the producer stamp (u32 and u64, little-endian;
/// the stamp names the parser and compiler builds that made the code, so a
/// cache can tell stale code from current), the body's length (u32) and the
/// body: the wire encoding of [`CodeData`] after its magic and version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarshalHeader {
    pub version: u32,
    pub stamp: u64,
    pub body_len: usize,
}

/// Why a marshal record is not a code object this build can load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarshalError {
    /// Not pyk's record: CPython's (or anything else's) code layout.
    Foreign,
    /// pyk code of another format version.
    Version(u32),
    /// Truncated, corrupt or invalid code.
    Bad(String),
}

impl std::fmt::Display for MarshalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MarshalError::Foreign => write!(f, "pyk cannot load CPython code objects"),
            MarshalError::Version(v) => write!(f, "pyk code object of format version {v}; this pyk reads version {CODE_VERSION}"),
            MarshalError::Bad(m) => write!(f, "{m}"),
        }
    }
}

/// The marshal record of `code` (see [`MarshalHeader`]).
pub fn marshal_payload(code: &CodeData, stamp: u64) -> Vec<u8> {
    let wire = encode(code);
    let body = &wire[8..];
    let mut out = Vec::with_capacity(MARSHAL_HEADER_LEN + body.len());
    out.extend_from_slice(CODE_MAGIC);
    out.extend_from_slice(&CODE_VERSION.to_le_bytes());
    out.extend_from_slice(&stamp.to_le_bytes());
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// Reads the first [`MARSHAL_HEADER_LEN`] bytes of a record. A version other
/// than this build's is still parsed (its body length stays meaningful).
pub fn marshal_header(h: &[u8]) -> Result<MarshalHeader, MarshalError> {
    if h.len() < MARSHAL_HEADER_LEN {
        return Err(MarshalError::Bad("truncated code object".into()));
    }
    if &h[..4] != CODE_MAGIC {
        return Err(MarshalError::Foreign);
    }
    let u32_at = |i: usize| u32::from_le_bytes([h[i], h[i + 1], h[i + 2], h[i + 3]]);
    let mut stamp = [0u8; 8];
    stamp.copy_from_slice(&h[8..16]);
    Ok(MarshalHeader { version: u32_at(4), stamp: u64::from_le_bytes(stamp), body_len: u32_at(16) as usize })
}

/// Decodes and validates a whole record; returns the code and its stamp.
/// `budget` is the native stack the decoder may use (see [`decode_with_stack`]).
pub fn unmarshal_payload(data: &[u8], budget: usize) -> Result<(CodeData, u64), MarshalError> {
    let h = marshal_header(data)?;
    if h.version != CODE_VERSION {
        return Err(MarshalError::Version(h.version));
    }
    let body = &data[MARSHAL_HEADER_LEN..];
    if body.len() != h.body_len {
        return Err(MarshalError::Bad("code object length mismatch".into()));
    }
    let mut wire = Vec::with_capacity(8 + body.len());
    wire.extend_from_slice(CODE_MAGIC);
    wire.extend_from_slice(&CODE_VERSION.to_le_bytes());
    wire.extend_from_slice(body);
    let code = decode_with_stack(&wire, budget).map_err(|e| MarshalError::Bad(e.message))?;
    Ok((code, h.stamp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcode::{word, Op};

    fn sample() -> CodeData {
        let loc = Loc { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 5 };
        CodeData {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "x.py".into(),
            firstlineno: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            stacksize: 1,
            code: vec![word(Op::LOAD_CONST, 0), word(Op::RETURN_VALUE, 0)],
            consts: vec![ConstValue::Int { value: 5 }],
            names: vec![],
            localsplusnames: vec![],
            localspluskinds: vec![],
            locations: vec![loc, loc],
            exceptiontable: vec![],
        }
    }

    #[test]
    fn round_trip() {
        let c = sample();
        assert_eq!(decode(&encode(&c)).unwrap(), c);
    }

    #[test]
    fn bad_bytes_are_errors() {
        let b = encode(&sample());
        for n in 0..b.len() {
            assert!(decode(&b[..n]).is_err());
        }
        for i in 0..b.len() {
            let mut c = b.clone();
            c[i] ^= 0xff;
            let _ = decode(&c);
        }
    }

    #[test]
    fn marshal_record_round_trip() {
        let c = sample();
        let p = marshal_payload(&c, 77);
        assert_eq!(unmarshal_payload(&p, wire::DEFAULT_STACK_BUDGET).unwrap(), (c, 77));
        for n in 0..p.len() {
            assert!(unmarshal_payload(&p[..n], wire::DEFAULT_STACK_BUDGET).is_err());
        }
        let mut cpython = p.clone();
        cpython[..4].copy_from_slice(&2u32.to_le_bytes());
        assert_eq!(unmarshal_payload(&cpython, wire::DEFAULT_STACK_BUDGET).unwrap_err(), MarshalError::Foreign);
        let mut old = p.clone();
        old[4] ^= 0x40;
        assert!(matches!(unmarshal_payload(&old, wire::DEFAULT_STACK_BUDGET), Err(MarshalError::Version(_))));
    }

    #[test]
    fn out_of_range_constant_is_rejected() {
        let mut c = sample();
        c.code[0] = word(Op::LOAD_CONST, 7);
        assert!(decode(&encode(&c)).unwrap_err().message.contains("constant"));
    }
}
