//! Types defined by native modules through `KernelApi::type_new`: each
//! instance owns an opaque data pointer made by the module, dropped with the
//! spec's `drop_data`. Slots call the spec's `extern "C"` functions.

use pyk_abi::api::NativeTypeSpec;
use pyk_abi::opcode::CompareOp;
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

impl Drop for NativeInstance {
    /// Frees the module's data with the spec's `drop_data`, exactly once (an
    /// instance moved into a subclass allocation by `rewrap` is not dropped
    /// at its old address).
    fn drop(&mut self) {
        // SAFETY: the header's type is a live (immortal) type.
        let t = unsafe { &*(self.header.ob_type as *const TypeObject) };
        if let Some(spec) = spec_of(t) {
            if !self.data.is_null() {
                // SAFETY: `data` was made by the module for this type and is freed once.
                unsafe { (spec.drop_data)(self.data) };
                self.data = std::ptr::null_mut();
            }
        }
    }
}

unsafe fn native_dealloc(p: *mut ObjHeader) {
    // SAFETY: instances of native types are Box<NativeInstance> (alloc);
    // dropping it frees the module's data.
    unsafe { crate::object::dealloc_box::<NativeInstance>(p) }
}

fn spec(o: &Obj) -> PyResult<&'static NativeTypeSpec> {
    spec_of(o.type_obj()).ok_or_else(|| type_error("native type expected"))
}

fn slot_new(t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let s = spec_of(t).ok_or_else(|| type_error("native type expected"))?;
    // CPython names the type with its module ("_hashlib.HMAC"), as the spec does.
    let new = s.new.ok_or_else(|| type_error(format!("cannot create '{}' instances", s.name.as_str())))?;
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
        // Named as its own class (a Python subclass is not the native type).
        None => {
            let t = o.type_obj();
            let name = if t.module == "builtins" { t.name().to_string() } else { format!("{}.{}", t.module, t.name()) };
            Ok(crate::types::str::new_string(format!("<{name} object at {:#x}>", o.value().0)))
        }
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
    let defs: &'static [pyk_abi::api::NativeFnDef] = if spec.nmethods == 0 {
        &[]
    } else {
        // SAFETY: the spec promises `nmethods` 'static definitions at `methods`.
        unsafe { std::slice::from_raw_parts(spec.methods, spec.nmethods) }
    };
    let has = |n: &str| defs.iter().any(|d| d.name.as_str() == n);
    let t = TypeObject {
        module: leak(module),
        doc: spec.doc.as_str(),
        flags: if spec.basetype { tpflags::BASETYPE } else { 0 },
        new: Some(slot_new),
        iter: spec.iter.map(|_| slot_iter as crate::types::typeobj::UnaryFn),
        next: spec.next.map(|_| slot_next as crate::types::typeobj::IterNextFn),
        repr: Some(slot_repr),
        call: spec.call.map(|_| slot_call as crate::types::typeobj::CallFn),
        hash: has("__hash__").then_some(slot_hash as crate::types::typeobj::HashFn),
        richcompare: ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
            .iter()
            .any(|n| has(n))
            .then_some(slot_richcompare as crate::types::typeobj::RichCmpFn),
        str: has("__str__").then_some(slot_str as crate::types::typeobj::UnaryFn),
        len: has("__len__").then_some(slot_len as crate::types::typeobj::LenFn),
        getitem: has("__getitem__").then_some(slot_getitem as crate::types::typeobj::BinaryFn),
        contains: has("__contains__").then_some(slot_contains as crate::types::typeobj::ContainsFn),
        setitem: (has("__setitem__") || has("__delitem__")).then_some(slot_setitem as crate::types::typeobj::SetItemFn),
        number: crate::types::typeobj::NumberSlots {
            add: (has("__add__") || has("__radd__")).then_some(slot_add as crate::types::typeobj::BinaryFn),
            mul: (has("__mul__") || has("__rmul__")).then_some(slot_mul as crate::types::typeobj::BinaryFn),
            inplace_add: has("__iadd__").then_some(slot_iadd as crate::types::typeobj::BinaryFn),
            inplace_mul: has("__imul__").then_some(slot_imul as crate::types::typeobj::BinaryFn),
            ..crate::types::typeobj::NumberSlots::EMPTY
        },
        native: spec,
        // A Python subclass of a BASETYPE native type is a NativeInstance
        // followed by an instance dict; `new` gets the constructor's
        // arguments (the module decides what to do with them).
        subclass: spec.basetype.then(|| crate::object::subclass_info::<NativeInstance>(true)),
        ..TypeObject::builtin(leak(name), &crate::types::object::OBJECT_TYPE, native_dealloc)
    };
    let t: &'static TypeObject = Box::leak(Box::new(t));
    crate::types::typeobj::ready(t);
    let d = t.dict();
    // `T.__new__(cls, ...)`, which a subclass's own `__new__` calls through
    // super() (without it, object.__new__ answers and refuses).
    if spec.new.is_some() {
        crate::types::dict::set_item_str(d, "__new__", crate::types::function::new_builtin("__new__", crate::types::builtin_type_new, t.as_obj(), Some("builtins")));
    }
    for def in defs {
        let f = alloc(crate::types::function::BuiltinFunction {
            header: crate::object::new_header(&crate::types::function::BUILTIN_FUNCTION_TYPE),
            name: def.name.as_str(),
            kind: crate::types::function::BuiltinKind::NativeMethod(def),
            slf: crate::types::none(),
            module: None,
        });
        // `__class_getitem__` is called on the class, as CPython's METH_CLASS.
        let f = if def.name.as_str() == "__class_getitem__" { crate::types::class::wrap_classmethod(f) } else { f };
        crate::types::dict::set_item_str(d, def.name.as_str(), f);
    }
    // As CPython's type_ready: comparisons without a hash leave the type
    // unhashable, which `__hash__ = None` says (collections.abc.Hashable).
    if t.richcompare.is_some() && t.hash.is_none() {
        crate::types::dict::set_item_str(d, "__hash__", crate::types::none());
    }
    Ok(t.as_obj())
}

/// Adds the read-only attribute `def.name` to native type `t`: a property
/// whose getter is the native function called with the instance.
pub fn add_getter(t: &Obj, def: &'static pyk_abi::api::NativeFnDef) -> PyResult<()> {
    if !crate::types::typeobj::is_type(t) {
        return Err(type_error("type_add_getter needs a type"));
    }
    // SAFETY: instances of `type` are TypeObjects, which are immortal.
    let tt: &'static TypeObject = unsafe { &*(t.value().as_ptr() as *const TypeObject) };
    if tt.native.is_null() {
        return Err(type_error(format!("'{}' is not a native type", tt.name())));
    }
    let f = alloc(crate::types::function::BuiltinFunction {
        header: crate::object::new_header(&crate::types::function::BUILTIN_FUNCTION_TYPE),
        name: def.name.as_str(),
        kind: crate::types::function::BuiltinKind::NativeMethod(def),
        slf: crate::types::none(),
        module: None,
    });
    let prop = crate::abstract_::call(&crate::types::class::PROPERTY_TYPE.as_obj(), &[f], None)?;
    crate::types::dict::set_item_str(tt.dict(), def.name.as_str(), prop);
    tt.touch();
    Ok(())
}

/// Calls the type's method `name` on `o`.
fn call_method(o: &Obj, name: &'static str, args: &[Obj]) -> Option<PyResult> {
    let f = o.type_obj().lookup(&crate::types::str::istr(name))?;
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(o.clone());
    all.extend_from_slice(args);
    Some(crate::abstract_::call(&f, &all, None))
}

/// As [`call_method`], but only for a method the native type defines itself:
/// an inherited `object.__ne__` (or the slot wrapper the type's own
/// comparison slot gets) would call this slot again.
fn call_own_method(o: &Obj, name: &'static str, args: &[Obj]) -> Option<PyResult> {
    let s = spec_of(o.type_obj())?;
    let defs: &[pyk_abi::api::NativeFnDef] = if s.nmethods == 0 {
        &[]
    } else {
        // SAFETY: the spec is 'static and lists `nmethods` definitions at `methods`.
        unsafe { std::slice::from_raw_parts(s.methods, s.nmethods) }
    };
    if !defs.iter().any(|d| d.name.as_str() == name) {
        return None;
    }
    call_method(o, name, args)
}

fn slot_hash(o: &Obj) -> PyResult<i64> {
    match call_method(o, "__hash__", &[]) {
        Some(r) => crate::types::int::as_i64(&r?).ok_or_else(|| type_error("__hash__ method should return an integer")),
        None => Ok((o.value().0 >> 4) as i64),
    }
}

fn slot_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let name = match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    };
    if let Some(r) = call_own_method(a, name, std::slice::from_ref(b)) {
        return r;
    }
    if op == CompareOp::Ne {
        if let Some(r) = call_own_method(a, "__eq__", std::slice::from_ref(b)) {
            let r = r?;
            if crate::types::is_not_implemented(&r) {
                return Ok(r);
            }
            return Ok(crate::types::bool_obj(!crate::abstract_::is_true(&r)?));
        }
    }
    Ok(crate::types::not_implemented())
}

fn slot_str(o: &Obj) -> PyResult {
    call_method(o, "__str__", &[]).unwrap_or_else(|| slot_repr(o))
}

fn slot_len(o: &Obj) -> PyResult<usize> {
    let r = call_method(o, "__len__", &[]).unwrap_or_else(|| Err(type_error("object has no len()")))?;
    let n = crate::types::int::as_i64(&r).ok_or_else(|| type_error("__len__ should return an int"))?;
    usize::try_from(n).map_err(|_| crate::error::value_error("__len__() should return >= 0"))
}

fn slot_getitem(o: &Obj, k: &Obj) -> PyResult {
    call_method(o, "__getitem__", std::slice::from_ref(k))
        .unwrap_or_else(|| Err(type_error(format!("'{}' object is not subscriptable", o.type_obj().name()))))
}

fn slot_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    let r = call_method(o, "__contains__", std::slice::from_ref(x)).unwrap_or_else(|| Err(type_error("object does not support 'in'")))?;
    crate::abstract_::is_true(&r)
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
    // A Python subclass's instances carry an instance dict after the native
    // part: build the base's instance and move it into that layout.
    let solid = crate::types::class::solid_base(tt);
    if !std::ptr::eq(solid, tt) {
        if let Some(info) = solid.subclass {
            let o = alloc(NativeInstance { header: crate::object::new_header(solid), data });
            // rewrap fails only for a shared object; this one is fresh.
            return (info.rewrap)(o, tt);
        }
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

fn slot_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let r = match v {
        Some(v) => call_own_method(o, "__setitem__", &[k.clone(), v.clone()]),
        None => call_own_method(o, "__delitem__", std::slice::from_ref(k)),
    };
    match r {
        Some(r) => r.map(drop),
        None => Err(type_error(format!(
            "'{}' object does not support item {}",
            o.type_obj().name(),
            if v.is_some() { "assignment" } else { "deletion" }
        ))),
    }
}

/// A binary operator slot: the left operand's `name`, else the right
/// operand's reflected `rname`, else NotImplemented.
fn binary(a: &Obj, b: &Obj, name: &'static str, rname: &'static str) -> PyResult {
    if spec_of(a.type_obj()).is_some() {
        if let Some(r) = call_own_method(a, name, std::slice::from_ref(b)) {
            let r = r?;
            if !crate::types::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if spec_of(b.type_obj()).is_some() {
        if let Some(r) = call_own_method(b, rname, std::slice::from_ref(a)) {
            return r;
        }
    }
    Ok(crate::types::not_implemented())
}

fn slot_add(a: &Obj, b: &Obj) -> PyResult {
    binary(a, b, "__add__", "__radd__")
}

fn slot_mul(a: &Obj, b: &Obj) -> PyResult {
    binary(a, b, "__mul__", "__rmul__")
}

fn slot_iadd(a: &Obj, b: &Obj) -> PyResult {
    call_own_method(a, "__iadd__", std::slice::from_ref(b)).unwrap_or_else(|| Ok(crate::types::not_implemented()))
}

fn slot_imul(a: &Obj, b: &Obj) -> PyResult {
    call_own_method(a, "__imul__", std::slice::from_ref(b)).unwrap_or_else(|| Ok(crate::types::not_implemented()))
}

/// Native types that lend their memory (`type_set_buffer`), by type address.
static BUFFER_PROCS: std::sync::Mutex<Vec<(usize, &'static pyk_abi::api::NativeBufferProcs)>> = std::sync::Mutex::new(Vec::new());

/// Registers `procs` as native type `t`'s buffer protocol.
pub fn set_buffer(t: &Obj, procs: &'static pyk_abi::api::NativeBufferProcs) -> PyResult<()> {
    if !crate::types::typeobj::is_type(t) {
        return Err(type_error("type_set_buffer needs a type"));
    }
    // SAFETY: instances of `type` are TypeObjects, which are immortal.
    let tt: &'static TypeObject = unsafe { &*(t.value().as_ptr() as *const TypeObject) };
    if tt.native.is_null() {
        return Err(type_error(format!("'{}' is not a native type", tt.name())));
    }
    let mut g = BUFFER_PROCS.lock().map_err(|_| type_error("buffer registry poisoned"))?;
    g.retain(|(k, _)| *k != tt as *const TypeObject as usize);
    g.push((tt as *const TypeObject as usize, procs));
    Ok(())
}

/// The buffer procs of `o`'s type or the nearest base that has them.
fn buffer_procs(o: &Obj) -> Option<&'static pyk_abi::api::NativeBufferProcs> {
    let g = BUFFER_PROCS.lock().ok()?;
    if g.is_empty() {
        return None;
    }
    o.type_obj().mro().iter().find_map(|t| g.iter().find(|(k, _)| *k == *t as usize).map(|(_, p)| *p))
}

/// One export of `o`'s memory when its type lends it (`type_set_buffer`):
/// the buffer and the function that ends the export.
pub fn get_buffer(o: &Obj) -> PyResult<Option<(pyk_abi::api::NativeBuffer, unsafe extern "C" fn(pyk_abi::value::Value))>> {
    let Some(p) = buffer_procs(o) else { return Ok(None) };
    let mut out = pyk_abi::api::NativeBuffer { ptr: std::ptr::null_mut(), len: 0, itemsize: 1, format: pyk_abi::abi_stable::std_types::RStr::from_str("B"), readonly: true };
    // SAFETY: `o` is live and `out` is a valid place for the exporter to fill.
    if !unsafe { (p.get)(o.value(), &mut out) } {
        return Err(crate::thread::take_error().unwrap_or_else(|| crate::error::system_error("buffer export failed without an exception")));
    }
    Ok(Some((out, p.release)))
}

/// The bytes of an instance of a native type that defines `__buffer__`
/// (PEP 688): the method returns a bytes-like object (a memoryview over a
/// copy), so native buffers are read-only snapshots for now.
pub fn buffer_bytes(o: &Obj) -> Option<Vec<u8>> {
    if !o.value().is_ptr() || spec_of(o.type_obj()).is_none() {
        return None;
    }
    if let Ok(Some((b, release))) = get_buffer(o) {
        // SAFETY: the exporter keeps `len` bytes at `ptr` until `release`.
        let v = if b.len == 0 { Vec::new() } else { unsafe { std::slice::from_raw_parts(b.ptr, b.len) }.to_vec() };
        // SAFETY: ends the export `get_buffer` counted.
        unsafe { release(o.value()) };
        return Some(v);
    }
    let r = call_own_method(o, "__buffer__", &[crate::types::int::from_i64(0)])?;
    match r {
        Ok(v) if !std::ptr::eq(v.type_obj(), o.type_obj()) => crate::types::bytearray::bytes_like(&v),
        Ok(_) => None,
        Err(e) => {
            drop(e);
            None
        }
    }
}
