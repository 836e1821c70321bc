//! The kernel's implementation of `KernelApi`. Every entry catches panics
//! (a kernel bug becomes SystemError, never an unwind across the boundary).

use std::sync::OnceLock;

use abi_stable::std_types::RStr;
use pyk_abi::abi_stable;
use pyk_abi::api::{ExcKind, KernelApi, NativeFnDef, RunStatus, KERNEL_API_MAJOR, KERNEL_API_MINOR};
use pyk_abi::Value;

use crate::error::{type_error, PyErr, PyResult};
use crate::object::{decref, incref, Obj};
use crate::types::exceptions as ex;

/// Runs `f`; an error or panic is stored as the thread's pending exception
/// and `fail` is returned.
fn wrap<T>(fail: T, f: impl FnOnce() -> PyResult<T>) -> T {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            crate::thread::set_error(e);
            fail
        }
        Err(_) => {
            crate::thread::set_error(crate::error::system_error("internal error in the pyk kernel (panic)"));
            fail
        }
    }
}

fn borrowed(v: Value) -> Obj {
    Obj::from_borrowed(v)
}

fn new_ref(r: PyResult) -> PyResult<Value> {
    r.map(Obj::into_raw)
}

unsafe extern "C" fn api_incref(v: Value) {
    incref(v);
}
unsafe extern "C" fn api_decref(v: Value) {
    decref(v);
}
extern "C" fn api_singleton(which: u32) -> Value {
    match which {
        0 => crate::types::singletons::none_value(),
        1 => crate::types::singletons::true_value(),
        _ => crate::types::singletons::false_value(),
    }
}
extern "C" fn api_exc_type(kind: ExcKind) -> Value {
    let t: &'static crate::types::typeobj::TypeObject = match kind {
        ExcKind::BaseException => &ex::BASE_EXCEPTION,
        ExcKind::Exception => &ex::EXCEPTION,
        ExcKind::TypeError => &ex::TYPE_ERROR,
        ExcKind::ValueError => &ex::VALUE_ERROR,
        ExcKind::OverflowError => &ex::OVERFLOW_ERROR,
        ExcKind::ZeroDivisionError => &ex::ZERO_DIVISION_ERROR,
        ExcKind::SystemError => &ex::SYSTEM_ERROR,
        ExcKind::RuntimeError => &ex::RUNTIME_ERROR,
        ExcKind::KeyError => &ex::KEY_ERROR,
        ExcKind::IndexError => &ex::INDEX_ERROR,
        ExcKind::AttributeError => &ex::ATTRIBUTE_ERROR,
        ExcKind::OSError => &ex::OS_ERROR,
        ExcKind::NotImplementedError => &ex::NOT_IMPLEMENTED_ERROR,
        ExcKind::StopIteration => &ex::STOP_ITERATION,
        ExcKind::KeyboardInterrupt => &ex::KEYBOARD_INTERRUPT,
        ExcKind::SystemExit => &ex::SYSTEM_EXIT,
        ExcKind::MemoryError => &ex::MEMORY_ERROR,
    };
    Value::from_ptr(t as *const _)
}
unsafe extern "C" fn api_err_set_str(t: Value, msg: RStr<'_>) {
    wrap((), || {
        let to = borrowed(t);
        let e = crate::abstract_::call(&to, &[crate::types::str::new_str(msg.as_str())], None)?;
        if ex::as_exc(&e).is_none() {
            return Err(type_error("err_set_str needs an exception type"));
        }
        Err(PyErr(e))
    })
}
extern "C" fn api_err_occurred() -> bool {
    crate::thread::has_error()
}
extern "C" fn api_err_clear() {
    drop(crate::thread::take_error());
}
extern "C" fn api_int_from_i64(i: i64) -> Value {
    crate::types::int::from_i64(i).into_raw()
}
unsafe extern "C" fn api_int_as_i64(v: Value, out: *mut i64) -> bool {
    wrap(false, || {
        let o = borrowed(v);
        let i = crate::abstract_::index(&o)?;
        let n = crate::types::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))?;
        // SAFETY: the caller passes a valid out pointer (KernelApi contract).
        unsafe { *out = n };
        Ok(true)
    })
}
extern "C" fn api_float_from_f64(f: f64) -> Value {
    crate::types::float::new_float(f).into_raw()
}
unsafe extern "C" fn api_float_as_f64(v: Value, out: *mut f64) -> bool {
    wrap(false, || {
        let f = crate::abstract_::to_float(&borrowed(v))?;
        // SAFETY: the caller passes a valid out pointer.
        unsafe { *out = f };
        Ok(true)
    })
}
extern "C" fn api_str_from_utf8(s: RStr<'_>) -> Value {
    crate::types::str::new_str(s.as_str()).into_raw()
}
unsafe extern "C" fn api_str_as_utf8(v: Value, ptr: *mut *const u8, len: *mut usize) -> bool {
    wrap(false, || {
        if !v.is_ptr() {
            return Err(type_error("expected str, got int"));
        }
        // SAFETY: v is a live object borrowed by the caller for the call's duration.
        let o = std::mem::ManuallyDrop::new(unsafe { Obj::from_raw(v) });
        let s = crate::types::str::as_str(&o).ok_or_else(|| type_error(format!("expected str, got {}", o.type_obj().name())))?;
        // SAFETY: valid out pointers per the contract; the bytes live as long as v.
        unsafe {
            *ptr = s.as_ptr();
            *len = s.len();
        }
        Ok(true)
    })
}
unsafe fn slice<'a>(items: *const Value, n: usize) -> &'a [Obj] {
    if n == 0 {
        return &[];
    }
    // SAFETY: the caller passes n valid borrowed Values; Obj is transparent.
    unsafe { std::slice::from_raw_parts(items as *const Obj, n) }
}
unsafe extern "C" fn api_tuple_new(items: *const Value, n: usize) -> Value {
    // SAFETY: forwarded contract.
    let s = unsafe { slice(items, n) };
    crate::types::tuple::new_tuple(s.to_vec()).into_raw()
}
unsafe extern "C" fn api_list_new(items: *const Value, n: usize) -> Value {
    // SAFETY: forwarded contract.
    let s = unsafe { slice(items, n) };
    crate::types::list::new_list(s.to_vec()).into_raw()
}
unsafe extern "C" fn api_type_of(v: Value) -> Value {
    Value::from_ptr(crate::object::type_ptr_of(v))
}
unsafe extern "C" fn api_getattr(o: Value, name: RStr<'_>) -> Value {
    wrap(Value::NULL, || new_ref(crate::abstract_::getattr_str(&borrowed(o), name.as_str())))
}
unsafe extern "C" fn api_setattr(o: Value, name: RStr<'_>, v: Value) -> bool {
    wrap(false, || {
        let val = if v.is_null() { None } else { Some(borrowed(v)) };
        crate::abstract_::setattr(&borrowed(o), &crate::types::str::intern(name.as_str()), val.as_ref())?;
        Ok(true)
    })
}
unsafe extern "C" fn api_call(f: Value, args: *const Value, n: usize, kwnames: Value) -> Value {
    wrap(Value::NULL, || {
        // SAFETY: forwarded contract.
        let a = unsafe { slice(args, n) };
        let kw = if kwnames.is_null() { None } else { Some(borrowed(kwnames)) };
        new_ref(crate::abstract_::call(&borrowed(f), a, kw.as_ref()))
    })
}
unsafe extern "C" fn api_repr(v: Value) -> Value {
    wrap(Value::NULL, || new_ref(crate::abstract_::repr(&borrowed(v))))
}
unsafe extern "C" fn api_str(v: Value) -> Value {
    wrap(Value::NULL, || new_ref(crate::abstract_::str(&borrowed(v))))
}
unsafe extern "C" fn api_is_true(v: Value) -> i32 {
    wrap(-1, || Ok(crate::abstract_::is_true(&borrowed(v))? as i32))
}
extern "C" fn api_module_new(name: RStr<'_>, doc: RStr<'_>) -> Value {
    let d = doc.as_str();
    crate::types::module::new_module(name.as_str(), if d.is_empty() { None } else { Some(d) }).into_raw()
}
unsafe extern "C" fn api_module_add(m: Value, name: RStr<'_>, v: Value) -> bool {
    wrap(false, || {
        let mo = borrowed(m);
        let md = crate::types::module::as_module(&mo).ok_or_else(|| type_error("module_add needs a module"))?;
        crate::types::dict::set_item_str(&md.dict, name.as_str(), borrowed(v));
        Ok(true)
    })
}
unsafe extern "C" fn api_function_new(def: &'static NativeFnDef, slf: Value) -> Value {
    let s = if slf.is_null() { crate::types::none() } else { borrowed(slf) };
    crate::types::function::new_native(def, s).into_raw()
}
extern "C" fn api_thread_detach() {
    crate::interp::detach();
}
extern "C" fn api_thread_attach() {
    crate::interp::attach();
}
extern "C" fn api_run_source(source: RStr<'_>, filename: RStr<'_>, mode: u32) -> RunStatus {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::interp::run_source(source.as_str(), filename.as_str(), mode)
    })) {
        Ok(s) => s,
        Err(_) => {
            crate::interp::write_stderr("pyk: internal error while running input\n");
            RunStatus { kind: 1, exit_code: 1 }
        }
    }
}
extern "C" fn api_check_complete(source: RStr<'_>) -> u32 {
    std::panic::catch_unwind(|| crate::interp::check_complete(source.as_str())).unwrap_or(2)
}

unsafe extern "C" fn api_tuple_size(v: Value) -> isize {
    wrap(-1, || Ok(crate::types::tuple::as_tuple(&borrowed(v)).ok_or_else(|| type_error("expected a tuple"))?.len() as isize))
}
unsafe extern "C" fn api_tuple_item(v: Value, i: usize) -> Value {
    wrap(Value::NULL, || {
        let t = borrowed(v);
        let items = crate::types::tuple::as_tuple(&t).ok_or_else(|| type_error("expected a tuple"))?;
        // Borrowed: the item stays alive as long as the tuple.
        items.get(i).map(|x| x.value()).ok_or_else(|| crate::error::index_error("tuple index out of range"))
    })
}
unsafe extern "C" fn api_iter(v: Value) -> Value {
    wrap(Value::NULL, || new_ref(crate::abstract_::iter(&borrowed(v))))
}
unsafe extern "C" fn api_iter_next(it: Value) -> Value {
    wrap(Value::NULL, || match crate::abstract_::next(&borrowed(it)) {
        Ok(Some(x)) => Ok(x.into_raw()),
        Ok(None) => Ok(Value::NULL),
        Err(e) if e.is_instance(&ex::STOP_ITERATION) => Ok(Value::NULL),
        Err(e) => Err(e),
    })
}
unsafe extern "C" fn api_binary_op(a: Value, b: Value, op: u32) -> Value {
    wrap(Value::NULL, || {
        let op = crate::abstract_::binary_op_from_u32(op).ok_or_else(|| crate::error::value_error("bad binary operator"))?;
        new_ref(crate::abstract_::binary_op(&borrowed(a), &borrowed(b), op))
    })
}
unsafe extern "C" fn api_richcompare(a: Value, b: Value, op: u32) -> Value {
    wrap(Value::NULL, || {
        use pyk_abi::opcode::CompareOp::*;
        let op = match op {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            5 => Ge,
            _ => return Err(crate::error::value_error("bad comparison operator")),
        };
        new_ref(crate::abstract_::richcompare(&borrowed(a), &borrowed(b), op))
    })
}
extern "C" fn api_err_fetch() -> Value {
    crate::thread::take_error().map(|e| e.0.into_raw()).unwrap_or(Value::NULL)
}
unsafe extern "C" fn api_err_restore(exc: Value) {
    if exc.is_null() {
        return;
    }
    // SAFETY: the caller passes a reference it owns (stolen).
    let o = unsafe { Obj::from_raw(exc) };
    if ex::as_exc(&o).is_some() {
        crate::thread::set_error(PyErr(o));
    } else {
        crate::thread::set_error(type_error("err_restore needs an exception instance"));
    }
}
unsafe extern "C" fn api_err_matches(t: Value) -> bool {
    let Some(e) = crate::thread::take_error() else { return false };
    let t = borrowed(t);
    let m = crate::types::typeobj::is_type(&t) && {
        // SAFETY: instances of `type` are TypeObjects, which are immortal.
        let tt: &crate::types::typeobj::TypeObject = unsafe { &*(t.value().as_ptr() as *const crate::types::typeobj::TypeObject) };
        e.0.type_obj().is_subtype(tt)
    };
    crate::thread::set_error(e);
    m
}
extern "C" fn api_builtin(name: RStr<'_>) -> Value {
    wrap(Value::NULL, || {
        let d = crate::interp::builtins_dict();
        // Borrowed: builtins live for the process.
        crate::types::dict::get_str(&d, &crate::types::str::intern(name.as_str()))
            .map(|v| v.value())
            .ok_or_else(|| crate::error::attribute_error(format!("module 'builtins' has no attribute '{}'", name.as_str())))
    })
}
unsafe extern "C" fn api_isinstance(v: Value, t: Value) -> i32 {
    wrap(-1, || {
        let t = borrowed(t);
        if !crate::types::typeobj::is_type(&t) {
            return Err(type_error("isinstance() arg 2 must be a type"));
        }
        // SAFETY: instances of `type` are TypeObjects, which are immortal.
        let tt: &crate::types::typeobj::TypeObject = unsafe { &*(t.value().as_ptr() as *const crate::types::typeobj::TypeObject) };
        Ok(borrowed(v).type_obj().is_subtype(tt) as i32)
    })
}
unsafe extern "C" fn api_getitem(o: Value, k: Value) -> Value {
    wrap(Value::NULL, || new_ref(crate::abstract_::getitem(&borrowed(o), &borrowed(k))))
}
unsafe extern "C" fn api_setitem(o: Value, k: Value, v: Value) -> bool {
    wrap(false, || {
        let val = if v.is_null() { None } else { Some(borrowed(v)) };
        crate::abstract_::setitem(&borrowed(o), &borrowed(k), val.as_ref())?;
        Ok(true)
    })
}
unsafe extern "C" fn api_len(o: Value) -> isize {
    wrap(-1, || Ok(crate::abstract_::len(&borrowed(o))? as isize))
}
unsafe extern "C" fn api_hash(o: Value, out: *mut i64) -> bool {
    wrap(false, || {
        let h = crate::abstract_::hash(&borrowed(o))?;
        // SAFETY: the caller passes a valid out pointer.
        unsafe { *out = h };
        Ok(true)
    })
}
extern "C" fn api_import_module(name: RStr<'_>) -> Value {
    wrap(Value::NULL, || new_ref(crate::import::import_module(name.as_str())))
}
extern "C" fn api_dict_new() -> Value {
    crate::types::dict::new_dict().into_raw()
}
unsafe extern "C" fn api_list_append(l: Value, v: Value) -> bool {
    wrap(false, || {
        let lo = borrowed(l);
        crate::types::list::as_list(&lo).ok_or_else(|| type_error("list_append needs a list"))?.push(borrowed(v));
        Ok(true)
    })
}
extern "C" fn api_int_from_str(s: RStr<'_>, base: u32) -> Value {
    wrap(Value::NULL, || {
        // Digits of any length: this entry is for native code, not subject to
        // the str->int conversion limit.
        let t = s.as_str().trim();
        let (neg, digits) = match t.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let clean: String = digits.chars().filter(|c| *c != '_').collect();
        let v = if (2..=36).contains(&base) && !clean.is_empty() { num_bigint::BigInt::parse_bytes(clean.as_bytes(), base) } else { None };
        match v {
            Some(b) => Ok(crate::types::int::from_bigint(if neg { -b } else { b }).into_raw()),
            None => Err(crate::error::value_error(format!("invalid literal for int() with base {base}: {:?}", s.as_str()))),
        }
    })
}
unsafe extern "C" fn api_type_new(spec: &'static pyk_abi::api::NativeTypeSpec) -> Value {
    wrap(Value::NULL, || new_ref(crate::types::native::type_new(spec)))
}
unsafe extern "C" fn api_native_new(t: Value, data: *mut u8) -> Value {
    wrap(Value::NULL, || new_ref(crate::types::native::native_new(&borrowed(t), data)))
}
unsafe extern "C" fn api_native_data(o: Value, t: Value) -> *mut u8 {
    std::panic::catch_unwind(|| crate::types::native::native_data(&borrowed(o), &borrowed(t)).unwrap_or(std::ptr::null_mut()))
        .unwrap_or(std::ptr::null_mut())
}
extern "C" fn api_clear_sigint() {
    crate::interp::clear_sigint();
}

unsafe extern "C" fn api_bytes_new(ptr: *const u8, len: usize) -> Value {
    wrap(Value::NULL, || {
        let b: &[u8] = if len == 0 {
            &[]
        } else {
            // SAFETY: the caller promises `len` readable bytes at `ptr`.
            unsafe { std::slice::from_raw_parts(ptr, len) }
        };
        Ok(crate::types::bytes::new_bytes(b).into_raw())
    })
}
unsafe extern "C" fn api_bytes_data(v: Value, ptr: *mut *const u8, len: *mut usize) -> bool {
    wrap(false, || {
        let o = borrowed(v);
        let b = crate::types::bytes::as_bytes(&o)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", o.type_obj().name())))?;
        // SAFETY: the caller passes writable out-pointers; the bytes object's
        // storage is immutable and lives as long as `v`, which the caller holds.
        unsafe {
            *ptr = b.as_ptr();
            *len = b.len();
        }
        Ok(true)
    })
}
unsafe extern "C" fn api_type_add_getter(t: Value, def: &'static NativeFnDef) -> bool {
    wrap(false, || {
        crate::types::native::add_getter(&borrowed(t), def)?;
        Ok(true)
    })
}

unsafe extern "C" fn api_code_marshal(v: Value) -> Value {
    wrap(Value::NULL, || {
        let o = borrowed(v);
        let payload = crate::types::code::marshal_payload(&o)?;
        Ok(crate::types::bytes::new_bytes(&payload).into_raw())
    })
}
unsafe extern "C" fn api_code_unmarshal(ptr: *const u8, len: usize) -> Value {
    wrap(Value::NULL, || {
        let b: &[u8] = if len == 0 {
            &[]
        } else {
            // SAFETY: the caller promises `len` readable bytes at `ptr`.
            unsafe { std::slice::from_raw_parts(ptr, len) }
        };
        Ok(crate::types::code::unmarshal_payload(b)?.0.into_raw())
    })
}

unsafe extern "C" fn api_type_set_buffer(t: Value, procs: &'static pyk_abi::api::NativeBufferProcs) -> bool {
    wrap(false, || {
        crate::types::native::set_buffer(&borrowed(t), procs)?;
        Ok(true)
    })
}

static API: OnceLock<KernelApi> = OnceLock::new();

/// The kernel's function table (built once, lives for the process).
pub fn kernel_api() -> &'static KernelApi {
    API.get_or_init(|| KernelApi {
        size: std::mem::size_of::<KernelApi>(),
        abi_major: KERNEL_API_MAJOR,
        abi_minor: KERNEL_API_MINOR,
        incref: api_incref,
        decref: api_decref,
        singleton: api_singleton,
        exc_type: api_exc_type,
        err_set_str: api_err_set_str,
        err_occurred: api_err_occurred,
        err_clear: api_err_clear,
        int_from_i64: api_int_from_i64,
        int_as_i64: api_int_as_i64,
        float_from_f64: api_float_from_f64,
        float_as_f64: api_float_as_f64,
        str_from_utf8: api_str_from_utf8,
        str_as_utf8: api_str_as_utf8,
        tuple_new: api_tuple_new,
        list_new: api_list_new,
        type_of: api_type_of,
        getattr: api_getattr,
        setattr: api_setattr,
        call: api_call,
        repr: api_repr,
        str: api_str,
        is_true: api_is_true,
        module_new: api_module_new,
        module_add: api_module_add,
        function_new: api_function_new,
        thread_detach: api_thread_detach,
        thread_attach: api_thread_attach,
        run_source: api_run_source,
        check_complete: api_check_complete,
        tuple_size: api_tuple_size,
        tuple_item: api_tuple_item,
        iter: api_iter,
        iter_next: api_iter_next,
        binary_op: api_binary_op,
        richcompare: api_richcompare,
        err_fetch: api_err_fetch,
        err_restore: api_err_restore,
        err_matches: api_err_matches,
        builtin: api_builtin,
        isinstance: api_isinstance,
        getitem: api_getitem,
        setitem: api_setitem,
        len: api_len,
        hash: api_hash,
        import_module: api_import_module,
        dict_new: api_dict_new,
        list_append: api_list_append,
        int_from_str: api_int_from_str,
        type_new: api_type_new,
        native_new: api_native_new,
        native_data: api_native_data,
        clear_sigint: api_clear_sigint,
        bytes_new: api_bytes_new,
        bytes_data: api_bytes_data,
        type_add_getter: api_type_add_getter,
        code_marshal: api_code_marshal,
        code_unmarshal: api_code_unmarshal,
        type_set_buffer: api_type_set_buffer,
    })
}
