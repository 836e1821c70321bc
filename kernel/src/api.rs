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
        crate::interp::run_source(source.as_str(), filename.as_str(), mode == pyk_abi::api::run_mode::SINGLE)
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
    })
}
