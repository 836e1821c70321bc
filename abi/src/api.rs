//! `KernelApi`: the function table the kernel hands to every component and
//! native module. It is the kernel's whole public surface.
//!
//! Versioning is by hand (see DESIGN.md §2): the struct is `#[repr(C)]`,
//! starts with `{size, abi_major, abi_minor}` and only ever grows at the end.
//! A component compiled against a newer table checks `size` (with
//! [`KernelApi::has`]) before it uses an entry the running kernel may lack.
//!
//! Conventions shared by every entry:
//! - A returned `Value` is a new reference unless the entry says "borrowed".
//! - `Value::NULL` (or `false`, or -1) means an exception has been set in the
//!   calling thread's state; the caller propagates it by returning NULL.
//! - Argument values are borrowed unless the entry says "steals".
//! - No entry unwinds: a panic inside the kernel becomes a `SystemError`.

use crate::value::Value;
use abi_stable::std_types::RStr;
use abi_stable::StableAbi;

/// Incremented on an incompatible change of the table (never expected).
pub const KERNEL_API_MAJOR: u32 = 1;
/// Incremented each time entries are appended.
pub const KERNEL_API_MINOR: u32 = 4;

/// A native function: `(module_or_self, args, nargs, kwnames)`. `kwnames` is
/// NULL or a tuple naming the last `len(kwnames)` of the `nargs` arguments.
pub type NativeFn = unsafe extern "C" fn(slf: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value;

/// A native function's definition; lives as long as the library (forever).
#[repr(C)]
pub struct NativeFnDef {
    pub name: RStr<'static>,
    pub doc: RStr<'static>,
    pub func: NativeFn,
}

/// Builtin exception types a component can name without a lookup.
#[repr(u32)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ExcKind {
    BaseException = 0,
    Exception = 1,
    TypeError = 2,
    ValueError = 3,
    OverflowError = 4,
    ZeroDivisionError = 5,
    SystemError = 6,
    RuntimeError = 7,
    KeyError = 8,
    IndexError = 9,
    AttributeError = 10,
    OSError = 11,
    NotImplementedError = 12,
    StopIteration = 13,
    KeyboardInterrupt = 14,
    SystemExit = 15,
    MemoryError = 16,
}

/// Outcome of [`KernelApi::run_source`].
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, StableAbi)]
pub struct RunStatus {
    /// 0: ran to completion; 1: an exception was raised and printed;
    /// 2: `SystemExit` was raised (see `exit_code`); 3: the source is incomplete.
    pub kind: u32,
    pub exit_code: i32,
}

/// Compile modes of [`KernelApi::run_source`].
pub mod run_mode {
    /// A whole module.
    pub const EXEC: u32 = 0;
    /// One interactive statement: expression results go to `sys.displayhook`.
    pub const SINGLE: u32 = 1;
}

/// The kernel function table. Grows only at the end.
#[repr(C)]
pub struct KernelApi {
    /// `size_of::<KernelApi>()` as the kernel was built.
    pub size: usize,
    pub abi_major: u32,
    pub abi_minor: u32,

    // --- reference counting ---
    pub incref: unsafe extern "C" fn(Value),
    pub decref: unsafe extern "C" fn(Value),

    // --- singletons and errors ---
    /// Borrowed None, True or False for 0, 1, 2.
    pub singleton: extern "C" fn(which: u32) -> Value,
    /// Borrowed builtin exception type.
    pub exc_type: extern "C" fn(kind: ExcKind) -> Value,
    /// Sets the current exception to `exc_type(msg)`.
    pub err_set_str: unsafe extern "C" fn(exc_type: Value, msg: RStr<'_>),
    pub err_occurred: extern "C" fn() -> bool,
    pub err_clear: extern "C" fn(),

    // --- numbers and strings ---
    pub int_from_i64: extern "C" fn(i64) -> Value,
    /// False (with OverflowError or TypeError set) when `v` is not an int in range.
    pub int_as_i64: unsafe extern "C" fn(v: Value, out: *mut i64) -> bool,
    pub float_from_f64: extern "C" fn(f64) -> Value,
    /// Accepts float, int and objects with `__float__`/`__index__`, as `float()` does.
    pub float_as_f64: unsafe extern "C" fn(v: Value, out: *mut f64) -> bool,
    pub str_from_utf8: extern "C" fn(RStr<'_>) -> Value,
    /// Borrowed UTF-8 of a str, valid while `v` lives; false with TypeError when not a str.
    pub str_as_utf8: unsafe extern "C" fn(v: Value, ptr: *mut *const u8, len: *mut usize) -> bool,

    // --- containers ---
    pub tuple_new: unsafe extern "C" fn(items: *const Value, n: usize) -> Value,
    pub list_new: unsafe extern "C" fn(items: *const Value, n: usize) -> Value,

    // --- objects ---
    pub type_of: unsafe extern "C" fn(v: Value) -> Value,
    pub getattr: unsafe extern "C" fn(obj: Value, name: RStr<'_>) -> Value,
    pub setattr: unsafe extern "C" fn(obj: Value, name: RStr<'_>, v: Value) -> bool,
    pub call: unsafe extern "C" fn(callable: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value,
    pub repr: unsafe extern "C" fn(v: Value) -> Value,
    pub str: unsafe extern "C" fn(v: Value) -> Value,
    /// 1 true, 0 false, -1 error.
    pub is_true: unsafe extern "C" fn(v: Value) -> i32,

    // --- modules and functions ---
    pub module_new: extern "C" fn(name: RStr<'_>, doc: RStr<'_>) -> Value,
    pub module_add: unsafe extern "C" fn(module: Value, name: RStr<'_>, v: Value) -> bool,
    /// A builtin function object calling `def.func` with `slf` as its first argument.
    pub function_new: unsafe extern "C" fn(def: &'static NativeFnDef, slf: Value) -> Value,

    // --- threads ---
    /// Lets other threads run while this one blocks outside Python (releases the GIL in GIL mode).
    pub thread_detach: extern "C" fn(),
    pub thread_attach: extern "C" fn(),

    // --- front ends (REPL) ---
    /// Compiles and runs `source` in `__main__`, printing any uncaught exception.
    pub run_source: extern "C" fn(source: RStr<'_>, filename: RStr<'_>, mode: u32) -> RunStatus,
    /// 0 complete, 1 incomplete (needs more lines), 2 invalid; the parser component decides.
    pub check_complete: extern "C" fn(source: RStr<'_>) -> u32,

    // --- minor 1: sequences, iteration, operators, errors, native types ---
    /// Length of a tuple, or -1 with TypeError.
    pub tuple_size: unsafe extern "C" fn(v: Value) -> isize,
    /// Borrowed item `i` of a tuple (NULL with IndexError/TypeError).
    pub tuple_item: unsafe extern "C" fn(v: Value, i: usize) -> Value,
    /// `iter(v)`.
    pub iter: unsafe extern "C" fn(v: Value) -> Value,
    /// `next(it)`: NULL without an exception when exhausted (StopIteration is absorbed).
    pub iter_next: unsafe extern "C" fn(it: Value) -> Value,
    /// `a op b`; `op` numbers as BINARY_OP's argument (`opcode::BinaryOp`).
    pub binary_op: unsafe extern "C" fn(a: Value, b: Value, op: u32) -> Value,
    /// `a op b`; `op` numbers as COMPARE_OP's argument (`opcode::CompareOp`).
    pub richcompare: unsafe extern "C" fn(a: Value, b: Value, op: u32) -> Value,
    /// Takes the pending exception (a new reference), or NULL when none is set.
    pub err_fetch: extern "C" fn() -> Value,
    /// Makes `exc` (an exception instance; stolen) the pending exception.
    pub err_restore: unsafe extern "C" fn(exc: Value),
    /// True when an exception is pending and is an instance of `t`.
    pub err_matches: unsafe extern "C" fn(t: Value) -> bool,
    /// Borrowed attribute of the builtins module (`int`, `list`, `len`…), or NULL with AttributeError.
    pub builtin: extern "C" fn(name: RStr<'_>) -> Value,
    /// `isinstance(v, t)`: 1, 0, or -1 with an exception.
    pub isinstance: unsafe extern "C" fn(v: Value, t: Value) -> i32,
    pub getitem: unsafe extern "C" fn(o: Value, k: Value) -> Value,
    /// `o[k] = v`, or `del o[k]` when `v` is NULL.
    pub setitem: unsafe extern "C" fn(o: Value, k: Value, v: Value) -> bool,
    /// `len(o)`, or -1 with an exception.
    pub len: unsafe extern "C" fn(o: Value) -> isize,
    pub hash: unsafe extern "C" fn(o: Value, out: *mut i64) -> bool,
    /// `import name` (absolute, dotted).
    pub import_module: extern "C" fn(name: RStr<'_>) -> Value,
    pub dict_new: extern "C" fn() -> Value,
    pub list_append: unsafe extern "C" fn(l: Value, v: Value) -> bool,
    /// `int(s, base)` for digits of any length (no str->int digit limit).
    pub int_from_str: extern "C" fn(s: RStr<'_>, base: u32) -> Value,
    /// A new type whose instances carry native data (see [`NativeTypeSpec`]).
    pub type_new: unsafe extern "C" fn(spec: &'static NativeTypeSpec) -> Value,
    /// A new instance of a native type owning `data` (dropped with the spec's `drop_data`).
    pub native_new: unsafe extern "C" fn(t: Value, data: *mut u8) -> Value,
    /// The data of `o` when it is an instance of native type `t` (or a subclass), else NULL.
    pub native_data: unsafe extern "C" fn(o: Value, t: Value) -> *mut u8,
    /// Forgets a pending Ctrl-C (the REPL calls it after cancelling input).
    pub clear_sigint: extern "C" fn(),

    // --- minor 2 ---
    /// A new `bytes` object copying `len` bytes at `ptr`.
    pub bytes_new: unsafe extern "C" fn(ptr: *const u8, len: usize) -> Value,
    /// Borrowed contents of a `bytes` object (or subclass), valid while `v`
    /// lives; false with TypeError ("a bytes-like object is required, not
    /// 'X'") for anything else. Mutable buffers (bytearray) are not lent out:
    /// convert them with `bytes(v)` first.
    pub bytes_data: unsafe extern "C" fn(v: Value, ptr: *mut *const u8, len: *mut usize) -> bool,
    /// Adds a read-only attribute `def.name` to the native type `t`: reading
    /// it calls `def.func(instance, NULL, 0, NULL)`.
    pub type_add_getter: unsafe extern "C" fn(t: Value, def: &'static NativeFnDef) -> bool,

    // --- minor 3: code objects for marshal ---
    /// pyk's marshal record of a code object (what follows marshal's `c`
    /// byte, `code::marshal_payload`) as a new bytes object; NULL with
    /// TypeError when `v` is not a code object, ValueError("unmarshallable
    /// object") when it holds constants the code wire format cannot carry
    /// (`code.replace(co_consts=...)` can put any object there).
    pub code_marshal: unsafe extern "C" fn(v: Value) -> Value,
    /// The code object of a whole marshal record at `ptr`; NULL with
    /// ValueError("bad marshal data (...)") when it is CPython's record, pyk
    /// code of another format version, or corrupt, and RecursionError when
    /// it nests too deeply.
    pub code_unmarshal: unsafe extern "C" fn(ptr: *const u8, len: usize) -> Value,

    // --- minor 4: the buffer protocol for native types ---
    /// Makes instances of native type `t` (and its subclasses) export their
    /// memory to `memoryview` and every bytes-like consumer through `procs`.
    pub type_set_buffer: unsafe extern "C" fn(t: Value, procs: &'static NativeBufferProcs) -> bool,
}

/// Memory a native instance lends out (a one-dimensional Py_buffer).
#[repr(C)]
pub struct NativeBuffer {
    /// The first byte; may dangle when `len` is 0.
    pub ptr: *mut u8,
    /// Length in bytes (a multiple of `itemsize`).
    pub len: usize,
    pub itemsize: usize,
    /// The struct-module format of one item (`"B"`, `"i"`, `"d"`…).
    pub format: RStr<'static>,
    pub readonly: bool,
}

/// How a native type lends its instances' memory (CPython's bf_getbuffer
/// and bf_releasebuffer).
#[repr(C)]
pub struct NativeBufferProcs {
    /// Fills `out` and counts one export of `slf`: until the matching
    /// `release`, the instance must keep its memory where `ptr` says (no
    /// resizing, no reallocation). False with an exception set on failure.
    pub get: unsafe extern "C" fn(slf: Value, out: *mut NativeBuffer) -> bool,
    /// Ends one export counted by `get`. Never fails.
    pub release: unsafe extern "C" fn(slf: Value),
}

/// A slot of a native type taking only the instance.
pub type NativeUnary = unsafe extern "C" fn(slf: Value) -> Value;

/// Describes a type implemented by a native module. Lives for the process.
/// Instances own an opaque `data` pointer made by the module; the kernel
/// calls `drop_data` when the instance dies. Methods receive the instance as
/// `slf`; `new` receives the type as `slf`.
#[repr(C)]
pub struct NativeTypeSpec {
    /// `module.Name`
    pub name: RStr<'static>,
    pub doc: RStr<'static>,
    /// Python classes may subclass it.
    pub basetype: bool,
    pub drop_data: unsafe extern "C" fn(data: *mut u8),
    pub methods: *const NativeFnDef,
    pub nmethods: usize,
    /// `Type(*args)`: returns a new instance (via `native_new`) or NULL.
    pub new: Option<NativeFn>,
    pub iter: Option<NativeUnary>,
    /// NULL without an exception when exhausted.
    pub next: Option<NativeUnary>,
    pub repr: Option<NativeUnary>,
    pub call: Option<NativeFn>,
}

// SAFETY: a spec is immutable static data (function pointers and 'static strs).
unsafe impl Sync for NativeTypeSpec {}

impl KernelApi {
    /// True when the running kernel's table includes the entry that starts at
    /// byte `offset` (use `core::mem::offset_of!(KernelApi, field)`).
    pub fn has(&self, offset: usize) -> bool {
        offset + std::mem::size_of::<usize>() <= self.size
    }
}

/// The pointer to the kernel's table as it crosses the boundary.
#[repr(transparent)]
#[derive(Copy, Clone, StableAbi)]
pub struct KernelApiRef(pub *const u8);

impl KernelApiRef {
    pub fn new(api: &'static KernelApi) -> Self {
        KernelApiRef(api as *const KernelApi as *const u8)
    }

    /// The table.
    ///
    /// # Safety
    /// The pointer must come from the kernel ([`KernelApiRef::new`]); the
    /// kernel's table lives for the whole process. The caller must check
    /// `abi_major` (see [`KernelApiRef::checked`]) before relying on the layout.
    pub unsafe fn get(self) -> &'static KernelApi {
        // SAFETY: the caller guarantees the pointer came from KernelApiRef::new
        // on a 'static KernelApi.
        unsafe { &*(self.0 as *const KernelApi) }
    }

    /// The table, or an error message when its major version differs.
    ///
    /// # Safety
    /// As [`KernelApiRef::get`].
    pub unsafe fn checked(self) -> Result<&'static KernelApi, String> {
        // SAFETY: forwarded contract.
        let api = unsafe { self.get() };
        if api.abi_major != KERNEL_API_MAJOR {
            return Err(format!(
                "kernel API major version {} but this component needs {}",
                api.abi_major, KERNEL_API_MAJOR
            ));
        }
        Ok(api)
    }
}
