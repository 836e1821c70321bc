//! A small, versioned binary encoding shared by the AST and code-object wire
//! formats.
//!
//! Every value is written in a fixed order with little-endian integers and
//! length-prefixed sequences. Decoding never panics: truncated input, bad tags,
//! invalid UTF-8 and nesting deeper than the reader's stack budget (or than
//! [`MAX_DEPTH`]) all return a [`WireError`].

use std::fmt;

/// Deepest nesting a decoder accepts, whatever its stack allows.
pub const MAX_DEPTH: u32 = 200_000;

/// Native stack a [`Reader::new`] decoder may use for its recursion. The
/// decoder recurses once per nesting level, so the limit on legal depth is
/// really a limit on stack: measured in bytes, it holds on any thread with
/// at least 2 MiB of stack, and callers that know they run on a bigger one
/// (the compiler's thread, the kernel) pass their own budget to
/// [`Reader::with_stack_budget`].
pub const DEFAULT_STACK_BUDGET: usize = 1 << 20;

/// An approximation of the current stack pointer: the address of a local.
#[inline(always)]
fn stack_here() -> usize {
    let here = 0u8;
    std::hint::black_box(&here) as *const u8 as usize
}

/// Why a byte string could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad wire data at byte {}: {}", self.offset, self.message)
    }
}

impl std::error::Error for WireError {}

/// Reads values back from a byte slice.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: u32,
    /// Lowest stack address the recursion may reach (stacks grow down).
    stack_floor: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Self::with_stack_budget(data, DEFAULT_STACK_BUDGET)
    }

    /// A reader whose nesting may use up to `budget` bytes of native stack
    /// below the caller's frame.
    pub fn with_stack_budget(data: &'a [u8], budget: usize) -> Self {
        Reader { data, pos: 0, depth: 0, stack_floor: stack_here().saturating_sub(budget) }
    }

    pub fn error(&self, message: impl Into<String>) -> WireError {
        WireError { offset: self.pos, message: message.into() }
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        let end = self.pos.checked_add(n).ok_or_else(|| self.error("length overflow"))?;
        if end > self.data.len() {
            return Err(self.error(format!("truncated: wanted {n} bytes, {} left", self.data.len() - self.pos)));
        }
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub fn u8(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1)?[0])
    }

    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    /// Enters one level of nesting; fails past [`MAX_DEPTH`] or when the
    /// stack budget is spent.
    pub fn enter(&mut self) -> Result<(), WireError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || stack_here() < self.stack_floor {
            return Err(self.error("nesting too deep"));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Reads a sequence length and checks it against the bytes left, so that
    /// a corrupt length cannot make the decoder allocate gigabytes.
    pub fn len(&mut self) -> Result<usize, WireError> {
        let n = u32::decode(self)? as usize;
        if n > self.remaining() {
            return Err(self.error(format!("sequence length {n} exceeds the {} bytes left", self.remaining())));
        }
        Ok(n)
    }

    pub fn finish(&self) -> Result<(), WireError> {
        if self.pos != self.data.len() {
            return Err(self.error(format!("{} trailing bytes", self.data.len() - self.pos)));
        }
        Ok(())
    }
}

/// A type with a wire encoding.
pub trait Wire: Sized {
    fn encode(&self, out: &mut Vec<u8>);
    fn decode(r: &mut Reader<'_>) -> Result<Self, WireError>;
}

macro_rules! wire_int {
    ($($t:ty),*) => {$(
        impl Wire for $t {
            fn encode(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn decode(r: &mut Reader<'_>) -> Result<Self, WireError> {
                let b = r.take(std::mem::size_of::<$t>())?;
                let mut a = [0u8; std::mem::size_of::<$t>()];
                a.copy_from_slice(b);
                Ok(<$t>::from_le_bytes(a))
            }
        }
    )*};
}
wire_int!(u8, u16, u32, u64, i32, i64);

impl Wire for bool {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(*self as u8);
    }
    fn decode(r: &mut Reader<'_>) -> Result<Self, WireError> {
        match r.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(r.error(format!("bad bool {b}"))),
        }
    }
}

impl Wire for f64 {
    fn encode(&self, out: &mut Vec<u8>) {
        self.to_bits().encode(out);
    }
    fn decode(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(f64::from_bits(u64::decode(r)?))
    }
}

impl Wire for String {
    fn encode(&self, out: &mut Vec<u8>) {
        (self.len() as u32).encode(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn decode(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let n = r.len()?;
        let b = r.take(n)?;
        match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => Err(r.error(format!("invalid UTF-8 in string: {e}"))),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        (self.len() as u32).encode(out);
        for x in self {
            x.encode(out);
        }
    }
    fn decode(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let n = r.len()?;
        let mut v = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            v.push(T::decode(r)?);
        }
        Ok(v)
    }
}

impl<T: Wire> Wire for Option<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(x) => {
                out.push(1);
                x.encode(out);
            }
        }
    }
    fn decode(r: &mut Reader<'_>) -> Result<Self, WireError> {
        match r.u8()? {
            0 => Ok(None),
            1 => Ok(Some(T::decode(r)?)),
            b => Err(r.error(format!("bad option tag {b}"))),
        }
    }
}

impl<T: Wire> Wire for Box<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        (**self).encode(out);
    }
    fn decode(r: &mut Reader<'_>) -> Result<Self, WireError> {
        r.enter()?;
        let v = T::decode(r);
        r.leave();
        Ok(Box::new(v?))
    }
}

/// Encodes a value into a fresh buffer that starts with `magic` and `version`.
pub fn to_bytes<T: Wire>(magic: &[u8; 4], version: u32, value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(magic);
    version.encode(&mut out);
    value.encode(&mut out);
    out
}

/// Decodes a buffer written by [`to_bytes`], checking magic and version.
pub fn from_bytes<T: Wire>(magic: &[u8; 4], version: u32, data: &[u8]) -> Result<T, WireError> {
    from_bytes_with_stack(magic, version, data, DEFAULT_STACK_BUDGET)
}

/// [`from_bytes`] with the decoder's native-stack budget in bytes.
pub fn from_bytes_with_stack<T: Wire>(magic: &[u8; 4], version: u32, data: &[u8], budget: usize) -> Result<T, WireError> {
    let mut r = Reader::with_stack_budget(data, budget);
    let m = r.take(4)?;
    if m != magic {
        return Err(WireError { offset: 0, message: format!("bad magic {m:?}, expected {magic:?}") });
    }
    let v = u32::decode(&mut r)?;
    if v != version {
        return Err(WireError { offset: 4, message: format!("format version {v}, this build reads version {version}") });
    }
    let value = T::decode(&mut r)?;
    r.finish()?;
    Ok(value)
}

/// Defines a struct and its wire encoding (fields in declaration order).
#[macro_export]
macro_rules! wire_struct {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $f:ident : $t:ty),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name { $($(#[$fm])* pub $f: $t),* }
        impl $crate::wire::Wire for $name {
            fn encode(&self, out: &mut Vec<u8>) {
                $( $crate::wire::Wire::encode(&self.$f, out); )*
            }
            fn decode(r: &mut $crate::wire::Reader<'_>) -> Result<Self, $crate::wire::WireError> {
                Ok($name { $( $f: <$t as $crate::wire::Wire>::decode(r)? ),* })
            }
        }
    };
}

/// Defines an enum whose variants all have named fields (possibly none),
/// with a one-byte tag given explicitly for each variant.
#[macro_export]
macro_rules! wire_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($tag:literal => $v:ident { $($f:ident : $t:ty),* $(,)? }),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq)]
        pub enum $name { $($v { $($f: $t),* }),* }
        impl $crate::wire::Wire for $name {
            fn encode(&self, out: &mut Vec<u8>) {
                match self {
                    $( $name::$v { $($f),* } => {
                        out.push($tag);
                        $( $crate::wire::Wire::encode($f, out); )*
                    } )*
                }
            }
            fn decode(r: &mut $crate::wire::Reader<'_>) -> Result<Self, $crate::wire::WireError> {
                let tag = r.u8()?;
                r.enter()?;
                let v = match tag {
                    $( $tag => (|| -> Result<Self, $crate::wire::WireError> { Ok($name::$v { $( $f: <$t as $crate::wire::Wire>::decode(r)? ),* }) })(), )*
                    _ => Err(r.error(format!(concat!("bad ", stringify!($name), " tag {}"), tag))),
                };
                r.leave();
                v
            }
        }
    };
}

/// Defines a field-less enum (operators, contexts) encoded as one byte.
#[macro_export]
macro_rules! wire_unit_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($v:ident = $tag:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum $name { $($v = $tag),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            pub fn name(self) -> &'static str {
                match self { $($name::$v => stringify!($v)),* }
            }
        }
        impl $crate::wire::Wire for $name {
            fn encode(&self, out: &mut Vec<u8>) {
                out.push(*self as u8);
            }
            fn decode(r: &mut $crate::wire::Reader<'_>) -> Result<Self, $crate::wire::WireError> {
                let tag = r.u8()?;
                match tag {
                    $( $tag => Ok($name::$v), )*
                    _ => Err(r.error(format!(concat!("bad ", stringify!($name), " tag {}"), tag))),
                }
            }
        }
    };
}
