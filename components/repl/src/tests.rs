//! The component's face: its info and its use of a `KernelApi` table,
//! driven through a fake table built here.

use super::*;
use crate::kernel::{status, Completeness};
use pyk_abi::api::{run_mode, ExcKind, KernelApi, NativeFnDef, KERNEL_API_MAJOR};
use pyk_abi::Value;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

/// Sources the fake kernel was asked to run, with filename and mode.
static RUNS: Mutex<Vec<(String, String, u32)>> = Mutex::new(Vec::new());
/// Serializes the tests that use `RUNS`.
static SERIAL: Mutex<()> = Mutex::new(());
/// Set when an entry the console must not use is called.
static UNEXPECTED: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// False while the console has detached the thread (waiting for input).
static ATTACHED: AtomicBool = AtomicBool::new(true);
/// How many times the console detached.
static DETACHES: AtomicUsize = AtomicUsize::new(0);

extern "C" fn fake_detach() {
    if !ATTACHED.swap(false, Ordering::SeqCst) {
        unexpected("detach while detached");
    }
    DETACHES.fetch_add(1, Ordering::SeqCst);
}

extern "C" fn fake_attach() {
    if ATTACHED.swap(true, Ordering::SeqCst) {
        unexpected("attach while attached");
    }
}

fn require_attached(entry: &'static str) {
    if !ATTACHED.load(Ordering::SeqCst) {
        unexpected(entry);
    }
}

fn unexpected(name: &'static str) {
    UNEXPECTED.lock().unwrap_or_else(|e| e.into_inner()).push(name);
}

extern "C" fn fake_run_source(source: RStr<'_>, filename: RStr<'_>, mode: u32) -> RunStatus {
    require_attached("run_source while detached");
    let mut runs = RUNS.lock().unwrap_or_else(|e| e.into_inner());
    runs.push((source.to_string(), filename.to_string(), mode));
    if source.as_str().starts_with("raise SystemExit(4)") {
        RunStatus { kind: status::SYSTEM_EXIT, exit_code: 4 }
    } else {
        RunStatus { kind: status::OK, exit_code: 0 }
    }
}

extern "C" fn fake_check_complete(source: RStr<'_>) -> u32 {
    require_attached("check_complete while detached");
    match crate::input::tests::fake_complete(source.as_str()) {
        Completeness::Complete => 0,
        Completeness::Incomplete => 1,
        Completeness::Invalid => 2,
    }
}

// Entries the console never uses: they record the call and return a failure.
unsafe extern "C" fn stub_value(_: Value) {
    unexpected("refcount");
}
extern "C" fn stub_singleton(_: u32) -> Value {
    unexpected("singleton");
    Value::NULL
}
extern "C" fn stub_exc_type(_: ExcKind) -> Value {
    unexpected("exc_type");
    Value::NULL
}
unsafe extern "C" fn stub_err_set_str(_: Value, _: RStr<'_>) {
    unexpected("err_set_str");
}
extern "C" fn stub_err_occurred() -> bool {
    unexpected("err_occurred");
    false
}
extern "C" fn stub_void() {
    unexpected("void entry");
}
extern "C" fn stub_int_from_i64(_: i64) -> Value {
    unexpected("int_from_i64");
    Value::NULL
}
unsafe extern "C" fn stub_int_as_i64(_: Value, _: *mut i64) -> bool {
    unexpected("int_as_i64");
    false
}
extern "C" fn stub_float_from_f64(_: f64) -> Value {
    unexpected("float_from_f64");
    Value::NULL
}
unsafe extern "C" fn stub_float_as_f64(_: Value, _: *mut f64) -> bool {
    unexpected("float_as_f64");
    false
}
extern "C" fn stub_str_from_utf8(_: RStr<'_>) -> Value {
    unexpected("str_from_utf8");
    Value::NULL
}
unsafe extern "C" fn stub_str_as_utf8(_: Value, _: *mut *const u8, _: *mut usize) -> bool {
    unexpected("str_as_utf8");
    false
}
unsafe extern "C" fn stub_seq_new(_: *const Value, _: usize) -> Value {
    unexpected("tuple/list_new");
    Value::NULL
}
unsafe extern "C" fn stub_unary(_: Value) -> Value {
    unexpected("unary entry");
    Value::NULL
}
unsafe extern "C" fn stub_getattr(_: Value, _: RStr<'_>) -> Value {
    unexpected("getattr");
    Value::NULL
}
unsafe extern "C" fn stub_setattr(_: Value, _: RStr<'_>, _: Value) -> bool {
    unexpected("setattr");
    false
}
unsafe extern "C" fn stub_call(_: Value, _: *const Value, _: usize, _: Value) -> Value {
    unexpected("call");
    Value::NULL
}
unsafe extern "C" fn stub_is_true(_: Value) -> i32 {
    unexpected("is_true");
    -1
}
extern "C" fn stub_module_new(_: RStr<'_>, _: RStr<'_>) -> Value {
    unexpected("module_new");
    Value::NULL
}
unsafe extern "C" fn stub_module_add(_: Value, _: RStr<'_>, _: Value) -> bool {
    unexpected("module_add");
    false
}
unsafe extern "C" fn stub_function_new(_: &'static NativeFnDef, _: Value) -> Value {
    unexpected("function_new");
    Value::NULL
}

unsafe extern "C" fn stub_isize(_: Value) -> isize {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_item(_: Value, _: usize) -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_binop(_: Value, _: Value, _: u32) -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_restore(_: Value) {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_matches(_: Value) -> bool {
    unreachable!("not used by the console")
}
/// `sys`/`__main__` are not there in the fake: the console falls back to
/// its default prompts and to "not defined" for command names.
extern "C" fn stub_no_module(_: RStr<'_>) -> Value {
    Value::NULL
}
extern "C" fn stub_no_error() -> Value {
    Value::NULL
}
extern "C" fn stub_named(_: RStr<'_>) -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_isinstance(_: Value, _: Value) -> i32 {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_binary(_: Value, _: Value) -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_setitem(_: Value, _: Value, _: Value) -> bool {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_hash(_: Value, _: *mut i64) -> bool {
    unreachable!("not used by the console")
}
extern "C" fn stub_noarg() -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_append(_: Value, _: Value) -> bool {
    unreachable!("not used by the console")
}
extern "C" fn stub_int_from_str(_: RStr<'_>, _: u32) -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_type_new(_: &'static pyk_abi::api::NativeTypeSpec) -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_native_new(_: Value, _: *mut u8) -> Value {
    unreachable!("not used by the console")
}
unsafe extern "C" fn stub_native_data(_: Value, _: Value) -> *mut u8 {
    unreachable!("not used by the console")
}
extern "C" fn stub_clear() {}
unsafe extern "C" fn stub_bytes_new(_: *const u8, _: usize) -> Value {
    Value::NULL
}
unsafe extern "C" fn stub_bytes_data(_: Value, _: *mut *const u8, _: *mut usize) -> bool {
    false
}
unsafe extern "C" fn stub_set_buffer(_: Value, _: &'static pyk_abi::api::NativeBufferProcs) -> bool {
    false
}
unsafe extern "C" fn stub_add_getter(_: Value, _: &'static NativeFnDef) -> bool {
    false
}

fn fake_table(abi_major: u32) -> &'static KernelApi {
    Box::leak(Box::new(KernelApi {
        size: std::mem::size_of::<KernelApi>(),
        abi_major,
        abi_minor: 0,
        incref: stub_value,
        decref: stub_value,
        singleton: stub_singleton,
        exc_type: stub_exc_type,
        err_set_str: stub_err_set_str,
        err_occurred: stub_err_occurred,
        err_clear: stub_void,
        int_from_i64: stub_int_from_i64,
        int_as_i64: stub_int_as_i64,
        float_from_f64: stub_float_from_f64,
        float_as_f64: stub_float_as_f64,
        str_from_utf8: stub_str_from_utf8,
        str_as_utf8: stub_str_as_utf8,
        tuple_new: stub_seq_new,
        list_new: stub_seq_new,
        type_of: stub_unary,
        getattr: stub_getattr,
        setattr: stub_setattr,
        call: stub_call,
        repr: stub_unary,
        str: stub_unary,
        is_true: stub_is_true,
        module_new: stub_module_new,
        module_add: stub_module_add,
        function_new: stub_function_new,
        thread_detach: fake_detach,
        thread_attach: fake_attach,
        run_source: fake_run_source,
        check_complete: fake_check_complete,
        tuple_size: stub_isize,
        tuple_item: stub_item,
        iter: stub_unary,
        iter_next: stub_unary,
        binary_op: stub_binop,
        richcompare: stub_binop,
        err_fetch: stub_no_error,
        err_restore: stub_restore,
        err_matches: stub_matches,
        builtin: stub_named,
        isinstance: stub_isinstance,
        getitem: stub_binary,
        setitem: stub_setitem,
        len: stub_isize,
        hash: stub_hash,
        import_module: stub_no_module,
        dict_new: stub_noarg,
        list_append: stub_append,
        int_from_str: stub_int_from_str,
        type_new: stub_type_new,
        native_new: stub_native_new,
        native_data: stub_native_data,
        clear_sigint: stub_clear,
        bytes_new: stub_bytes_new,
        bytes_data: stub_bytes_data,
        type_add_getter: stub_add_getter,
        code_marshal: stub_unary,
        code_unmarshal: stub_bytes_new,
        type_set_buffer: stub_set_buffer,
    }))
}

#[test]
fn component_info() {
    let i = info();
    assert_eq!(i.kind, ComponentKind::Repl);
    assert_eq!(i.name.as_str(), "std");
    assert_eq!(i.version.as_str(), env!("CARGO_PKG_VERSION"));
}

#[test]
fn root_module_is_a_repl() {
    let m = get_library();
    assert_eq!(m.info()().kind, ComponentKind::Repl);
}

#[test]
fn wrong_kernel_major_is_an_internal_error() {
    let api = KernelApiRef::new(fake_table(KERNEL_API_MAJOR + 1));
    let config = ReplConfig { banner: "banner".into(), basic: true };
    assert_eq!(run(api, config), INTERNAL_ERROR);
}

#[test]
fn basic_console_through_the_table() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    RUNS.lock().unwrap_or_else(|e| e.into_inner()).clear();
    let table = Table(fake_table(KERNEL_API_MAJOR));
    let input = "x = 1\nfor i in x:\n    i\n\nraise SystemExit(4)\nnot run\n";
    let mut prompts = Vec::new();
    let st = basic::run(&table, &mut basic::Lines::new(input.as_bytes()), &mut prompts);
    assert_eq!(st, RunStatus { kind: status::SYSTEM_EXIT, exit_code: 4 });
    assert_eq!(String::from_utf8(prompts).unwrap(), ">>> >>> ... ... >>> ");
    let runs = RUNS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let expected = [
        ("x = 1\n", "<stdin>", run_mode::SINGLE),
        ("for i in x:\n    i\n\n", "<stdin>", run_mode::SINGLE),
        ("raise SystemExit(4)\n", "<stdin>", run_mode::SINGLE),
    ];
    let runs: Vec<(&str, &str, u32)> = runs.iter().map(|(s, f, m)| (s.as_str(), f.as_str(), *m)).collect();
    assert_eq!(runs, expected);
    // One wait for each of the five lines read.
    assert_eq!(DETACHES.load(Ordering::SeqCst), 5);
    assert!(ATTACHED.load(Ordering::SeqCst));
    assert!(UNEXPECTED.lock().unwrap_or_else(|e| e.into_inner()).is_empty());
}

#[test]
fn banner() {
    let mut out = Vec::new();
    print_banner(&mut out, "Python 3.13.0 (pyk)\nType \"help\" for more information.");
    assert_eq!(out, b"Python 3.13.0 (pyk)\nType \"help\" for more information.\n");
    let mut out = Vec::new();
    print_banner(&mut out, "");
    assert!(out.is_empty());
}
