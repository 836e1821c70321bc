//! Types defined by native modules through `KernelApi::type_new`: each
//! instance owns an opaque data pointer made by the module, dropped with the
//! spec's `drop_data`. Slots call the spec's `extern "C"` functions.

use pyk_abi::api::NativeTypeSpec;
use pyk_abi::value::ObjHeader;
use pyk_abi::Value;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, Obj};
use crate::types::function::native_result;
use crate::types::typeobj::{tpflags, TypeObject};

#[repr(C)]
pub struct NativeInstance {
    pub header: ObjHeader,
    pub data: *mut u8,
}

fn spec_of(t: &TypeObject) -> Option<&'static NativeTypeSpec> {
    let mut cur: *const TypeObject = t;
    while !cur.is_null() {
        // SAFETY: type pointers and their bases are live types; `native` points
        // to a 'static spec when set.
        unsafe {
            if !(*cur).native.is_null() {
                return Some(&*(*cur).native);
            }
            cur = (*cur).base;
        }
    }
    None
}

unsafe fn native_dealloc(p: *mut ObjHeader) {
    // SAFETY: instances of native types are Box<NativeInstance>; the spec's
    // drop_data frees what the module allocated, exactly once.
    unsafe {
        let inst = Box::from_raw(p as *mut NativeInstance);
        let t = &*(inst.header.ob_type as *const TypeObject);
        if let Some(spec) = spec_of(t) {
            if !inst.data.is_null() {
                (spec.drop_data)(inst.data);
            }
        }
    }
}

fn spec(o: &Obj) -> PyResult<&'static NativeTypeSpec> {
    spec_of(o.type_obj()).ok_or_else(|| type_error("native type expected"))
}

fn slot_new(t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let s = spec_of(t).ok_or_else(|| type_error("native type expected"))?;
    let new = s.new.ok_or_else(|| type_error(format!("cannot create '{}' instances", t.name())))?;
    let kwv = kw.map(|k| k.value()).unwrap_or(Value::NULL);
    // SAFETY: args are owned Values valid for the call (Obj is transparent).
    let r = unsafe { new(Value::from_ptr(t as *const TypeObject), args.as_ptr() as *const Value, args.len(), kwv) };
    native_result(r, t.name())
}

fn slot_iter(o: &Obj) -> PyResult {
    let s = spec(o)?;
    match s.iter {
        // SAFETY: the instance is alive for the call.
        Some(f) => native_result(unsafe { f(o.value()) }, "__iter__"),
        None => Err(type_error(format!("'{}' object is not iterable", o.type_obj().name()))),
    }
}

fn slot_next(o: &Obj) -> PyResult<Option<Obj>> {
    let s = spec(o)?;
    let f = s.next.ok_or_else(|| type_error(format!("'{}' object is not an iterator", o.type_obj().name())))?;
    // SAFETY: the instance is alive for the call.
    let r = unsafe { f(o.value()) };
    if r.is_null() {
        return match crate::thread::take_error() {
            Some(e) if e.is_instance(&crate::types::exceptions::STOP_ITERATION) => Ok(None),
            Some(e) => Err(e),
            None => Ok(None),
        };
    }
    // SAFETY: a new reference.
    Ok(Some(unsafe { Obj::from_raw(r) }))
}

fn slot_repr(o: &Obj) -> PyResult {
    let s = spec(o)?;
    match s.repr {
        // SAFETY: the instance is alive for the call.
        Some(f) => native_result(unsafe { f(o.value()) }, "__repr__"),
        None => Ok(crate::types::str::new_string(format!("<{} object at {:#x}>", s.name.as_str(), o.value().0))),
    }
}

fn slot_call(o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let s = spec(o)?;
    let f = s.call.ok_or_else(|| type_error(format!("'{}' object is not callable", o.type_obj().name())))?;
    let kwv = kw.map(|k| k.value()).unwrap_or(Value::NULL);
    // SAFETY: args are owned Values valid for the call.
    let r = unsafe { f(o.value(), args.as_ptr() as *const Value, args.len(), kwv) };
    native_result(r, "__call__")
}

/// Creates the type described by `spec` (immortal, like every type).
pub fn type_new(spec: &'static NativeTypeSpec) -> PyResult {
    let full = spec.name.as_str();
    let (module, name) = match full.rsplit_once('.') {
        Some((m, n)) => (m, n),
        None => ("builtins", full),
    };
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    let t = TypeObject {
        module: leak(module),
        doc: spec.doc.as_str(),
        flags: if spec.basetype { tpflags::BASETYPE } else { 0 },
        new: Some(slot_new),
        iter: spec.iter.map(|_| slot_iter as crate::types::typeobj::UnaryFn),
        next: spec.next.map(|_| slot_next as crate::types::typeobj::IterNextFn),
        repr: Some(slot_repr),
        call: spec.call.map(|_| slot_call as crate::types::typeobj::CallFn),
        native: spec,
        ..TypeObject::builtin(leak(name), &crate::types::object::OBJECT_TYPE, native_dealloc)
    };
    let t: &'static TypeObject = Box::leak(Box::new(t));
    crate::types::typeobj::ready(t);
    let d = t.dict();
    for i in 0..spec.nmethods {
        // SAFETY: the spec promises `nmethods` 'static definitions at `methods`.
        let def: &'static pyk_abi::api::NativeFnDef = unsafe { &*spec.methods.add(i) };
        let f = alloc(crate::types::function::BuiltinFunction {
            header: crate::object::new_header(&crate::types::function::BUILTIN_FUNCTION_TYPE),
            name: def.name.as_str(),
            kind: crate::types::function::BuiltinKind::NativeMethod(def),
            slf: crate::types::none(),
            module: None,
        });
        crate::types::dict::set_item_str(d, def.name.as_str(), f);
    }
    Ok(t.as_obj())
}

/// A new instance of native type `t` owning `data`.
pub fn native_new(t: &Obj, data: *mut u8) -> PyResult {
    if !crate::types::typeobj::is_type(&t) {
        return Err(type_error("native_new needs a type"));
    }
    // SAFETY: instances of `type` are TypeObjects, which are immortal.
    let tt: &'static TypeObject = unsafe { &*(t.value().as_ptr() as *const TypeObject) };
    if spec_of(tt).is_none() {
        return Err(type_error(format!("'{}' is not a native type", tt.name())));
    }
    Ok(alloc(NativeInstance { header: crate::object::new_header(tt), data }))
}

/// The data of `o` when it is an instance of native type `t` (or a subclass of it).
pub fn native_data(o: &Obj, t: &Obj) -> Option<*mut u8> {
    if !crate::types::typeobj::is_type(&t) || !o.value().is_ptr() {
        return None;
    }
    // SAFETY: as in native_new.
    let tt: &TypeObject = unsafe { &*(t.value().as_ptr() as *const TypeObject) };
    if tt.native.is_null() || !o.type_obj().is_subtype(tt) {
        return None;
    }
    // SAFETY: instances of native types (and their subclasses) are NativeInstances.
    Some(unsafe { o.cast::<NativeInstance>() }.data)
}
