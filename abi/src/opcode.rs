//! pyk's instruction set, defined once.
//!
//! Each instruction is one 32-bit word: the opcode in the low 8 bits and the
//! argument in the high 24 bits (`EXTENDED_ARG` prefixes supply more bits).
//! An instruction is followed by `cache` words of inline cache (opcode 0,
//! `CACHE`), reserved now so that adaptive specialization can rewrite an
//! instruction in place without changing the format. Jump arguments are
//! absolute word indexes into the code.
//!
//! Stack notation in the docs: `(before -- after)`, top of stack on the right.
//! `null` is the NULL value. Everything else here (the `Op` enum, names, cache
//! sizes, flags, stack effects, the disassembler) is generated from the one
//! `instructions!` table below.

/// Instruction metadata flags.
pub mod flags {
    /// The argument is used.
    pub const ARG: u8 = 1;
    /// The argument is an absolute jump target.
    pub const JUMP: u8 = 2;
    /// The argument indexes `consts`.
    pub const CONST: u8 = 4;
    /// The argument indexes `names` (for LOAD_SUPER_ATTR: `arg >> 2`).
    pub const NAME: u8 = 8;
    /// The argument indexes the frame's locals-plus slots.
    pub const LOCAL: u8 = 16;
    /// The instruction may run arbitrary code or raise (the JIT must sync state).
    pub const ESCAPES: u8 = 32;
    /// The instruction never falls through (return, raise, unconditional jump).
    pub const TERMINAL: u8 = 64;
}

/// Number of opcode bits in an instruction word.
pub const OP_BITS: u32 = 8;
/// Largest argument that fits in one word without EXTENDED_ARG.
pub const MAX_ARG: u32 = (1 << 24) - 1;

macro_rules! instructions {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident = $code:literal, cache $cache:literal, flags $flags:expr,
            effect |$a:pat_param, $j:pat_param| $eff:expr;
    )*) => {
        /// An opcode.
        #[repr(u8)]
        #[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
        #[allow(non_camel_case_types)]
        pub enum Op { $( $(#[doc = $doc])* $name = $code ),* }

        /// Every opcode, in numeric order.
        pub const ALL: &[Op] = &[$(Op::$name),*];

        /// Inline cache words of each opcode byte (0 for unassigned bytes),
        /// for the interpreter's dispatch: `ip += 1 + CACHE_WORDS[op]`.
        pub static CACHE_WORDS: [u8; 256] = {
            let mut t = [0u8; 256];
            $( t[$code] = $cache; )*
            t
        };

        impl Op {
            /// The opcode for a byte, or `None` for an unassigned byte.
            pub const fn from_u8(b: u8) -> Option<Op> {
                match b { $( $code => Some(Op::$name), )* _ => None }
            }
            pub const fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name), )* }
            }
            /// Inline cache words that follow the instruction.
            #[inline(always)]
            pub const fn cache(self) -> u32 {
                CACHE_WORDS[self as usize] as u32
            }
            pub const fn flags(self) -> u8 {
                match self { $( Op::$name => $flags, )* }
            }
            /// Net change of stack depth for `oparg`; `jump` selects the
            /// branch-taken effect of conditional jumps.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                let oparg = oparg as i32;
                match self { $( Op::$name => { let $a = oparg; let $j = jump; $eff } )* }
            }
            pub fn doc(self) -> &'static str {
                match self { $( Op::$name => concat!($($doc, "\n"),*), )* }
            }
        }
    };
}

use flags::*;

instructions! {
    /// Inline cache word (never executed).
    CACHE = 0, cache 0, flags 0, effect |_a, _j| 0;
    /// Prefix: `arg` supplies the next 24 higher bits of the following instruction's argument.
    EXTENDED_ARG = 1, cache 0, flags ARG, effect |_a, _j| 0;
    NOP = 2, cache 0, flags 0, effect |_a, _j| 0;
    /// `(v -- )`
    POP_TOP = 3, cache 0, flags 0, effect |_a, _j| -1;
    /// `( -- null)`
    PUSH_NULL = 4, cache 0, flags 0, effect |_a, _j| 1;
    /// `(x ... -- x ... x)`: pushes a copy of the arg-th item (1 = top).
    COPY = 5, cache 0, flags ARG, effect |_a, _j| 1;
    /// Swaps the top with the arg-th item (arg >= 2).
    SWAP = 6, cache 0, flags ARG, effect |_a, _j| 0;
    /// `( -- consts[arg])`
    LOAD_CONST = 7, cache 0, flags ARG | CONST, effect |_a, _j| 1;
    /// `( -- v)` local slot; UnboundLocalError when empty.
    LOAD_FAST = 8, cache 0, flags ARG | LOCAL, effect |_a, _j| 1;
    /// `( -- v_or_null)` and empties the slot (inlined comprehensions save outer values).
    LOAD_FAST_AND_CLEAR = 9, cache 0, flags ARG | LOCAL, effect |_a, _j| 1;
    /// `(v -- )`
    STORE_FAST = 10, cache 0, flags ARG | LOCAL, effect |_a, _j| -1;
    /// Empties a local slot; UnboundLocalError when already empty.
    DELETE_FAST = 11, cache 0, flags ARG | LOCAL | ESCAPES, effect |_a, _j| 0;
    /// `( -- v)` locals mapping, then globals, then builtins; NameError.
    LOAD_NAME = 12, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| 1;
    /// `(v -- )` into the locals mapping.
    STORE_NAME = 13, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| -1;
    DELETE_NAME = 14, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| 0;
    /// `( -- v)` globals, then builtins; NameError.
    LOAD_GLOBAL = 15, cache 2, flags ARG | NAME | ESCAPES, effect |_a, _j| 1;
    /// `(v -- )`
    STORE_GLOBAL = 16, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| -1;
    DELETE_GLOBAL = 17, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| 0;
    /// Replaces local slot arg with a new cell holding its current value (or empty).
    MAKE_CELL = 18, cache 0, flags ARG | LOCAL, effect |_a, _j| 0;
    /// Copies the function's `arg` closure cells into the last `arg` slots.
    COPY_FREE_VARS = 19, cache 0, flags ARG, effect |_a, _j| 0;
    /// `( -- v)` contents of the cell in slot arg; NameError/UnboundLocalError when empty.
    LOAD_DEREF = 20, cache 0, flags ARG | LOCAL | ESCAPES, effect |_a, _j| 1;
    /// `(v -- )` into the cell in slot arg.
    STORE_DEREF = 21, cache 0, flags ARG | LOCAL, effect |_a, _j| -1;
    DELETE_DEREF = 22, cache 0, flags ARG | LOCAL | ESCAPES, effect |_a, _j| 0;
    /// `(mapping -- v)` mapping[localsplusnames[arg]], else the cell in slot arg (class bodies).
    LOAD_FROM_DICT_OR_DEREF = 23, cache 0, flags ARG | LOCAL | ESCAPES, effect |_a, _j| 0;
    /// `(mapping -- v)` mapping[names[arg]], else globals, else builtins.
    LOAD_FROM_DICT_OR_GLOBALS = 24, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| 0;
    /// `( -- locals)` the frame's locals mapping.
    LOAD_LOCALS = 25, cache 0, flags 0, effect |_a, _j| 1;
    /// `(obj -- attr)`
    LOAD_ATTR = 26, cache 3, flags ARG | NAME | ESCAPES, effect |_a, _j| 0;
    /// `(obj -- meth self)` when the attribute is a plain method found on the type, else `(obj -- attr null)`.
    LOAD_METHOD = 27, cache 3, flags ARG | NAME | ESCAPES, effect |_a, _j| 1;
    /// `(v obj -- )` obj.names[arg] = v
    STORE_ATTR = 28, cache 1, flags ARG | NAME | ESCAPES, effect |_a, _j| -2;
    /// `(obj -- )`
    DELETE_ATTR = 29, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| -1;
    /// `(super cls self -- attr)`, or with bit 0 of arg `(super cls self -- meth self_or_null)`;
    /// bit 1 set: two-argument form. The name is names[arg >> 2].
    LOAD_SUPER_ATTR = 30, cache 1, flags ARG | ESCAPES, effect |a, _j| if a & 1 != 0 { -1 } else { -2 };
    /// `(container key -- v)`
    BINARY_SUBSCR = 31, cache 1, flags ESCAPES, effect |_a, _j| -1;
    /// `(v container key -- )`
    STORE_SUBSCR = 32, cache 1, flags ESCAPES, effect |_a, _j| -3;
    /// `(container key -- )`
    DELETE_SUBSCR = 33, cache 0, flags ESCAPES, effect |_a, _j| -2;
    /// `(start stop -- slice)` or with arg 3 `(start stop step -- slice)`.
    BUILD_SLICE = 34, cache 0, flags ARG, effect |a, _j| 1 - a;
    /// `(container start stop -- v)`
    BINARY_SLICE = 35, cache 0, flags ESCAPES, effect |_a, _j| -2;
    /// `(v container start stop -- )`
    STORE_SLICE = 36, cache 0, flags ESCAPES, effect |_a, _j| -4;
    /// `(v -- -v)`
    UNARY_NEGATIVE = 37, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(v -- not v)`
    UNARY_NOT = 38, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(v -- ~v)`
    UNARY_INVERT = 39, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(a b -- a op b)`; arg is a `BinaryOp` number (13..=25 are the in-place forms).
    BINARY_OP = 40, cache 1, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// `(a b -- a cmp b)`; arg is a `CompareOp` number.
    COMPARE_OP = 41, cache 1, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// `(a b -- bool)` `a is b`, negated when arg is 1.
    IS_OP = 42, cache 0, flags ARG, effect |_a, _j| -1;
    /// `(a b -- bool)` `a in b`, negated when arg is 1.
    CONTAINS_OP = 43, cache 0, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// `(items[arg] -- tuple)`
    BUILD_TUPLE = 44, cache 0, flags ARG, effect |a, _j| 1 - a;
    /// `(items[arg] -- list)`
    BUILD_LIST = 45, cache 0, flags ARG, effect |a, _j| 1 - a;
    /// `(items[arg] -- set)`
    BUILD_SET = 46, cache 0, flags ARG | ESCAPES, effect |a, _j| 1 - a;
    /// `(k1 v1 ... k_arg v_arg -- dict)`
    BUILD_MAP = 47, cache 0, flags ARG | ESCAPES, effect |a, _j| 1 - 2 * a;
    /// `(s1 ... s_arg -- str)` concatenation of str pieces.
    BUILD_STRING = 48, cache 0, flags ARG, effect |a, _j| 1 - a;
    /// `(list items[arg-1] v -- list items[arg-1])` appends v to the list arg places below it.
    LIST_APPEND = 49, cache 0, flags ARG, effect |_a, _j| -1;
    /// Like LIST_APPEND for a set.
    SET_ADD = 50, cache 0, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// `(dict items[arg-1] key value -- dict items[arg-1])`
    MAP_ADD = 51, cache 0, flags ARG | ESCAPES, effect |_a, _j| -2;
    /// `(list items[arg-1] iterable -- list items[arg-1])`
    LIST_EXTEND = 52, cache 0, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// Like LIST_EXTEND for a set.
    SET_UPDATE = 53, cache 0, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// `(dict items[arg-1] mapping -- dict items[arg-1])` dict.update(mapping)
    DICT_UPDATE = 54, cache 0, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// Like DICT_UPDATE for `**mapping` in calls: a duplicate key raises "f() got multiple
    /// values for keyword argument 'k'"; the callable is the item 3 places below the dict
    /// (`callable null args_tuple dict`).
    DICT_MERGE = 55, cache 0, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// `(v -- str)` format(v, '')
    FORMAT_SIMPLE = 56, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(v spec -- str)` format(v, spec)
    FORMAT_WITH_SPEC = 57, cache 0, flags ESCAPES, effect |_a, _j| -1;
    /// `(v -- r)` arg 1: str(v), 2: repr(v), 3: ascii(v).
    CONVERT_VALUE = 58, cache 0, flags ARG | ESCAPES, effect |_a, _j| 0;
    /// `(seq -- v_arg ... v_1)` the first item ends on top.
    UNPACK_SEQUENCE = 59, cache 1, flags ARG | ESCAPES, effect |a, _j| a - 1;
    /// `(seq -- after... list before...)`: arg = before | after << 8; the first item ends on top.
    UNPACK_EX = 60, cache 0, flags ARG | ESCAPES, effect |a, _j| (a & 0xff) + (a >> 8);
    /// Jump to arg; a backward jump checks the eval breaker.
    JUMP = 61, cache 0, flags ARG | JUMP | TERMINAL, effect |_a, _j| 0;
    /// Jump to arg without checking the eval breaker.
    JUMP_NO_INTERRUPT = 62, cache 0, flags ARG | JUMP | TERMINAL, effect |_a, _j| 0;
    /// `(v -- )` jump to arg when v is false.
    POP_JUMP_IF_FALSE = 63, cache 1, flags ARG | JUMP | ESCAPES, effect |_a, _j| -1;
    /// `(v -- )` jump to arg when v is true.
    POP_JUMP_IF_TRUE = 64, cache 1, flags ARG | JUMP | ESCAPES, effect |_a, _j| -1;
    /// `(v -- )` jump to arg when v is None.
    POP_JUMP_IF_NONE = 65, cache 1, flags ARG | JUMP, effect |_a, _j| -1;
    /// `(v -- )` jump to arg when v is not None.
    POP_JUMP_IF_NOT_NONE = 66, cache 1, flags ARG | JUMP, effect |_a, _j| -1;
    /// `(iterable -- iter)`
    GET_ITER = 67, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(iter -- iter next)`; when exhausted `(iter -- )` and jump to arg.
    FOR_ITER = 68, cache 1, flags ARG | JUMP | ESCAPES, effect |_a, j| if j { -1 } else { 1 };
    /// `(callable self_or_null args[arg] -- result)`
    CALL = 69, cache 3, flags ARG | ESCAPES, effect |a, _j| -1 - a;
    /// `(callable self_or_null args[arg] kwnames -- result)`: the last len(kwnames) args are keywords.
    CALL_KW = 70, cache 0, flags ARG | ESCAPES, effect |a, _j| -2 - a;
    /// `(callable null args_tuple -- result)`, with bit 0 of arg `(callable null args_tuple kwargs_dict -- result)`.
    CALL_FUNCTION_EX = 71, cache 0, flags ARG | ESCAPES, effect |a, _j| if a & 1 != 0 { -3 } else { -2 };
    /// `(code -- function)`
    MAKE_FUNCTION = 72, cache 0, flags 0, effect |_a, _j| 0;
    /// `(value func -- func)`; arg 1: defaults tuple, 2: kwdefaults dict, 4: annotations tuple
    /// (name, value, ...), 8: closure tuple of cells.
    SET_FUNCTION_ATTRIBUTE = 73, cache 0, flags ARG, effect |_a, _j| -1;
    /// `(v -- )` returns v from the frame.
    RETURN_VALUE = 74, cache 0, flags TERMINAL, effect |_a, _j| -1;
    /// Returns consts[arg].
    RETURN_CONST = 75, cache 0, flags ARG | CONST | TERMINAL, effect |_a, _j| 0;
    /// `( -- builtins.__build_class__)`
    LOAD_BUILD_CLASS = 76, cache 0, flags ESCAPES, effect |_a, _j| 1;
    /// Creates `__annotations__` in the locals mapping if missing.
    SETUP_ANNOTATIONS = 77, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `( -- AssertionError)`
    LOAD_ASSERTION_ERROR = 78, cache 0, flags 0, effect |_a, _j| 1;
    /// arg 0: re-raise the handled exception; 1: `(exc -- )` raise exc; 2: `(exc cause -- )` raise exc from cause.
    RAISE_VARARGS = 79, cache 0, flags ARG | ESCAPES | TERMINAL, effect |a, _j| -a;
    /// `(exc -- prev exc)` makes exc the handled exception, saving the previous one.
    PUSH_EXC_INFO = 80, cache 0, flags 0, effect |_a, _j| 1;
    /// `(prev -- )` restores the handled exception.
    POP_EXCEPT = 81, cache 0, flags 0, effect |_a, _j| -1;
    /// `(exc type -- exc bool)`; TypeError when type is not an exception class or tuple of them.
    CHECK_EXC_MATCH = 82, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(eg type -- rest match)` for except*.
    CHECK_EG_MATCH = 83, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(values[arg] exc -- values[arg])` re-raises exc; when arg is non-zero, values[0] is the
    /// instruction index to report as the frame's last instruction.
    RERAISE = 84, cache 0, flags ARG | ESCAPES | TERMINAL, effect |_a, _j| -1;
    /// `(exit lasti prev val -- exit lasti prev val res)` calls exit(type(val), val, tb).
    WITH_EXCEPT_START = 85, cache 0, flags ESCAPES, effect |_a, _j| 1;
    /// `(mgr -- exit enter_result)` exit is the bound `__exit__`.
    BEFORE_WITH = 86, cache 0, flags ESCAPES, effect |_a, _j| 1;
    /// `(mgr -- aexit awaitable)`
    BEFORE_ASYNC_WITH = 87, cache 0, flags ESCAPES, effect |_a, _j| 1;
    /// `(iterable -- iter)` for `yield from`: generators/coroutines pass through.
    GET_YIELD_FROM_ITER = 88, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(receiver v -- receiver result)`; when the receiver returns, `(receiver v -- receiver retval)` and jump to arg.
    SEND = 89, cache 1, flags ARG | JUMP | ESCAPES, effect |_a, _j| 0;
    /// `(receiver v -- v)`
    END_SEND = 90, cache 0, flags 0, effect |_a, _j| -1;
    /// `(v -- sent)` suspends the frame yielding v; resumes with the sent value. arg is the
    /// exception-stack depth (as CPython's oparg) and may be ignored.
    YIELD_VALUE = 91, cache 0, flags ARG | ESCAPES, effect |_a, _j| 0;
    /// Makes the current frame a generator/coroutine object and returns it.
    RETURN_GENERATOR = 92, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// Start of a code object or resumption point; arg 0: start, 1: after yield, 2: after yield from, 3: after await.
    RESUME = 93, cache 0, flags ARG | ESCAPES, effect |_a, _j| 0;
    /// `(sub_iter last_sent_val exc -- none value)` after throw() into a delegated iterator.
    CLEANUP_THROW = 94, cache 0, flags ESCAPES, effect |_a, _j| -1;
    /// `(v -- awaitable_iter)`; arg 1: after `__aenter__`, 2: after `__aexit__` (for error messages).
    GET_AWAITABLE = 95, cache 0, flags ARG | ESCAPES, effect |_a, _j| 0;
    /// `(v -- aiter)`
    GET_AITER = 96, cache 0, flags ESCAPES, effect |_a, _j| 0;
    /// `(aiter -- aiter awaitable)`
    GET_ANEXT = 97, cache 0, flags ESCAPES, effect |_a, _j| 1;
    /// `(aiter exc -- )` ends `async for` on StopAsyncIteration, else re-raises.
    END_ASYNC_FOR = 98, cache 0, flags ESCAPES, effect |_a, _j| -2;
    /// `(level fromlist -- module)` imports names[arg].
    IMPORT_NAME = 99, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| -1;
    /// `(module -- module attr)` from module import names[arg].
    IMPORT_FROM = 100, cache 0, flags ARG | NAME | ESCAPES, effect |_a, _j| 1;
    /// `(subject cls names -- attrs_or_none)`: arg is the positional count; attrs is a tuple.
    MATCH_CLASS = 101, cache 0, flags ARG | ESCAPES, effect |_a, _j| -2;
    /// `(subject -- subject bool)` is a mapping.
    MATCH_MAPPING = 102, cache 0, flags 0, effect |_a, _j| 1;
    /// `(subject -- subject bool)` is a sequence.
    MATCH_SEQUENCE = 103, cache 0, flags 0, effect |_a, _j| 1;
    /// `(subject keys -- subject keys values_or_none)`
    MATCH_KEYS = 104, cache 0, flags ESCAPES, effect |_a, _j| 1;
    /// `(obj -- obj len)`
    GET_LEN = 105, cache 0, flags ESCAPES, effect |_a, _j| 1;
    /// `(v -- r)` one-argument intrinsic; arg is an `Intrinsic1` number.
    CALL_INTRINSIC_1 = 106, cache 0, flags ARG | ESCAPES, effect |_a, _j| 0;
    /// `(a b -- r)` two-argument intrinsic; arg is an `Intrinsic2` number.
    CALL_INTRINSIC_2 = 107, cache 0, flags ARG | ESCAPES, effect |_a, _j| -1;
    /// `(v -- +v)`
    UNARY_POSITIVE = 108, cache 0, flags ESCAPES, effect |_a, _j| 0;
}

/// Argument of BINARY_OP (CPython's numbering).
#[repr(u8)]
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BinaryOp {
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5,
    Remainder = 6, Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd = 14, InplaceFloorDivide = 15, InplaceLShift = 16,
    InplaceMatrixMultiply = 17, InplaceMultiply = 18, InplaceRemainder = 19, InplaceOr = 20,
    InplacePower = 21, InplaceRShift = 22, InplaceSubtract = 23, InplaceTrueDivide = 24,
    InplaceXor = 25,
}

/// Operator symbols of BINARY_OP arguments, indexed by the argument.
pub const BINARY_OP_SYMBOLS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// Argument of COMPARE_OP.
#[repr(u8)]
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

pub const COMPARE_OP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// Arguments of CALL_INTRINSIC_1 (CPython's numbering).
pub mod intrinsic1 {
    pub const PRINT: u32 = 1;
    pub const IMPORT_STAR: u32 = 2;
    pub const STOPITERATION_ERROR: u32 = 3;
    pub const ASYNC_GEN_WRAP: u32 = 4;
    pub const UNARY_POSITIVE: u32 = 5;
    pub const LIST_TO_TUPLE: u32 = 6;
    pub const TYPEVAR: u32 = 7;
    pub const PARAMSPEC: u32 = 8;
    pub const TYPEVARTUPLE: u32 = 9;
    pub const SUBSCRIPT_GENERIC: u32 = 10;
    pub const TYPEALIAS: u32 = 11;
}

/// Arguments of CALL_INTRINSIC_2 (CPython's numbering).
pub mod intrinsic2 {
    pub const PREP_RERAISE_STAR: u32 = 1;
    pub const TYPEVAR_WITH_BOUND: u32 = 2;
    pub const TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
    pub const SET_FUNCTION_TYPE_PARAMS: u32 = 4;
    pub const SET_TYPEPARAM_DEFAULT: u32 = 5;
}

/// Packs an instruction word.
#[inline(always)]
pub const fn word(op: Op, arg: u32) -> u32 {
    (op as u32) | (arg << OP_BITS)
}

/// Splits an instruction word into its opcode byte and argument.
#[inline(always)]
pub const fn split(w: u32) -> (u8, u32) {
    ((w & 0xff) as u8, w >> OP_BITS)
}

/// One decoded instruction: its index, opcode and full argument (EXTENDED_ARG folded in).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instr {
    pub index: usize,
    pub op: Op,
    pub arg: u32,
}

/// Decodes a code array into instructions, skipping caches and folding
/// EXTENDED_ARG. Unknown opcodes are an error naming the index.
pub fn decode_all(code: &[u32]) -> Result<Vec<Instr>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut ext: u32 = 0;
    while i < code.len() {
        let (b, arg) = split(code[i]);
        let op = Op::from_u8(b).ok_or_else(|| format!("unknown opcode {b} at index {i}"))?;
        let full = (ext << 24) | arg;
        if op == Op::EXTENDED_ARG {
            ext = full;
            i += 1;
            continue;
        }
        if op != Op::CACHE {
            out.push(Instr { index: i, op, arg: full });
        }
        ext = 0;
        i += 1 + op.cache() as usize;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_are_dense_and_named() {
        for (i, op) in ALL.iter().enumerate() {
            assert_eq!(*op as usize, i, "{op:?}");
            assert_eq!(Op::from_u8(i as u8), Some(*op));
        }
        assert_eq!(Op::from_u8(ALL.len() as u8), None);
    }

    #[test]
    fn word_round_trip() {
        let w = word(Op::LOAD_CONST, 0x123456);
        assert_eq!(split(w), (Op::LOAD_CONST as u8, 0x123456));
    }

    #[test]
    fn decode_skips_caches_and_folds_extended_arg() {
        let code = [
            word(Op::EXTENDED_ARG, 1),
            word(Op::LOAD_CONST, 2),
            word(Op::BINARY_OP, 0),
            0,
            word(Op::RETURN_VALUE, 0),
        ];
        let ins = decode_all(&code).unwrap();
        assert_eq!(ins.len(), 3);
        assert_eq!(ins[0].arg, (1 << 24) | 2);
        assert_eq!(ins[1].op, Op::BINARY_OP);
        assert_eq!(ins[2].index, 4);
    }
}
