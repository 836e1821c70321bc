//! The one-word `Value` and the object header: part of the ABI because the
//! kernel, native modules and JIT tiers all read them directly.
//!
//! ```text
//!  Value (one machine word)
//!  ...xxxxxxx1   small int: the word shifted right by one (63-bit signed)
//!  ...xxxxx000   pointer to an object that starts with ObjHeader
//!  0             NULL: "no value" (an error was set, or an empty slot)
//!
//!  ObjHeader (24 bytes in both modes)
//!  +0   refcnt  AtomicIsize  reference count; >= IMMORTAL_REFCNT means immortal
//!  +8   ob_type *const ObjHeader  the object's type (a type object)
//!  +16  flags   AtomicUsize  bit 0: GC-tracked container; bits 8..15: per-object
//!                            lock state (free-threaded mode); bits 32..63: reserved
//!                            for the owning thread of biased reference counting
//! ```
//!
//! Reference counting rules: in GIL mode the count is updated with a relaxed
//! load and store (no read-modify-write; the GIL serialises every writer). In
//! free-threaded mode it is updated with atomic read-modify-write operations.
//! Immortal objects (None, True, False, interned strings, static types) are
//! never counted.

use abi_stable::StableAbi;
use std::sync::atomic::{AtomicIsize, AtomicUsize};

/// A Python value: a tagged small int, or a pointer to an object, or NULL.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, StableAbi)]
pub struct Value(pub usize);

/// Smallest int stored inline in a `Value`.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
/// Largest int stored inline in a `Value`.
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    pub const NULL: Value = Value(0);

    /// The small int `i`, or `None` when `i` needs a heap int.
    #[inline(always)]
    pub const fn small_int(i: i64) -> Option<Value> {
        if i >= SMALL_INT_MIN && i <= SMALL_INT_MAX {
            Some(Value(((i as usize) << 1) | 1))
        } else {
            None
        }
    }

    /// Tags `i` without a range check; `i` must be within the small-int range.
    #[inline(always)]
    pub const fn small_int_unchecked(i: i64) -> Value {
        Value(((i as usize) << 1) | 1)
    }

    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.0 & 1 == 1
    }

    /// The integer of a small-int value (meaningless for other values).
    #[inline(always)]
    pub const fn as_small_int(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == 0
    }

    /// True when the value points to a heap object.
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        self.0 != 0 && self.0 & 1 == 0
    }

    #[inline(always)]
    pub const fn as_ptr(self) -> *mut ObjHeader {
        self.0 as *mut ObjHeader
    }

    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as usize)
    }
}

/// Reference counts at or above this value mark an immortal object.
pub const IMMORTAL_REFCNT: isize = 1 << 60;

/// Flag bit: the object is a container tracked by the cycle collector.
pub const FLAG_GC_TRACKED: usize = 1;

/// The header every heap object starts with.
#[repr(C)]
#[derive(StableAbi)]
pub struct ObjHeader {
    pub refcnt: AtomicIsize,
    pub ob_type: *const ObjHeader,
    pub flags: AtomicUsize,
}

/// Threading mode, fixed by the runtime component before any Python code runs.
#[repr(u8)]
#[derive(Copy, Clone, PartialEq, Eq, Debug, StableAbi)]
pub enum ThreadingMode {
    /// One global interpreter lock; reference counts are plain memory.
    Gil = 0,
    /// No GIL; reference counts are atomic and containers lock themselves.
    FreeThreaded = 1,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_24_bytes() {
        assert_eq!(std::mem::size_of::<ObjHeader>(), 24);
    }

    #[test]
    fn small_int_round_trip() {
        for i in [0, 1, -1, 42, SMALL_INT_MIN, SMALL_INT_MAX, -12345678901] {
            let v = Value::small_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_ptr());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
    }
}
