//! Classes defined in Python: heap types and their instances, slots that
//! dispatch to Python-level dunder methods, `__build_class__`, `super`,
//! `property`, `classmethod` and `staticmethod`.
//!
//! Heap types are immortal for now (never freed): a class lives as long as
//! the process. Instances of a class whose solid base is `object` are
//! `InstanceObject`s; of an exception class, `ExcObject`s (with an instance
//! dict in their state). Subclassing other builtin types is not supported yet.

use pyk_abi::opcode::{BinaryOp, CompareOp};
use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{attribute_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::dict::{as_dict, new_dict, set_item_str};
use crate::types::exceptions::{as_exc, ExcObject};
use crate::types::function::{as_function, as_method_descr, new_bound_method, ObjLockCell};
use crate::types::str::{as_str, intern, new_string};
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::{tpflags, MethodDef, NumberSlots, TypeObject, TYPE_TYPE};
use crate::types::{is_none, is_not_implemented, none};

/// An instance of a class whose solid base is `object`.
#[repr(C)]
pub struct InstanceObject {
    pub header: ObjHeader,
    pub dict: ObjLockCell,
    /// `__slots__` values (a dict by slot name, created on first store).
    pub slots: ObjLockCell,
}

fn is_heap(t: &TypeObject) -> bool {
    t.flags & tpflags::HEAPTYPE != 0
}

/// The nearest builtin (non-heap) type in the base chain.
/// The nearest class along `t`'s `__base__` chain whose own `__slots__`
/// add members (not just `__dict__`/`__weakref__`), if any.
fn slotted_layout(t: &'static TypeObject) -> Option<&'static TypeObject> {
    let mut cur = t;
    while is_heap(cur) {
        if let Some(slots) = crate::types::dict::get_str(cur.dict(), &crate::types::str::istr("__slots__")) {
            let names = crate::types::member::slot_names(&slots).unwrap_or_default();
            if names.iter().any(|n| !matches!(as_str(n), Some("__dict__" | "__weakref__"))) {
                return Some(cur);
            }
        }
        if cur.base.is_null() {
            break;
        }
        // SAFETY: base pointers point to live (static or immortal heap) types.
        cur = unsafe { &*cur.base };
    }
    None
}

pub fn solid_base(t: &'static TypeObject) -> &'static TypeObject {
    let mut cur = t;
    while is_heap(cur) && !cur.base.is_null() {
        // SAFETY: base pointers point to live (static or immortal heap) types.
        cur = unsafe { &*cur.base };
    }
    cur
}

/// The instance dict of an exception (created on first use).
pub fn exc_dict(e: &ExcObject) -> Obj {
    if let Some(d) = e.with(|s| s.dict.clone()) {
        return d;
    }
    let d = new_dict();
    e.with(|s| s.dict.get_or_insert_with(|| d.clone()).clone())
}

/// The instance dict of an object, when it has one (instances of a class
/// whose `__slots__` leave out `__dict__` have none).
pub fn instance_dict(o: &Obj) -> Option<Obj> {
    if o.type_obj().flags & tpflags::NO_DICT != 0 {
        return None;
    }
    attribute_storage(o)
}

/// Where an instance keeps its `__slots__` values: a hidden dict of its
/// own, apart from the instance dict (InstanceObject's `slots`, the
/// `slots` cell after a builtin's struct in `WithDict<S>`, an exception's
/// `slots` state).
/// The cell after the builtin struct of an instance of a heap subclass of
/// a builtin type other than object (`WithDict<S>`'s `slots`).
pub fn subclass_slots_cell(o: &Obj) -> Option<&ObjLockCell> {
    let t = o.type_obj();
    let solid = solid_base(t);
    if !is_heap(t) || std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE) || solid.flags & tpflags::EXCEPTION != 0 {
        return None;
    }
    let info = solid.subclass?;
    // SAFETY: instances of a heap subclass of `solid` are WithDict<S>
    // allocations (see subclass_info); the slots cell is at slots_offset.
    Some(unsafe { &*((o.value().as_ptr() as *const u8).add(info.slots_offset) as *const ObjLockCell) })
}

pub fn slot_storage(o: &Obj) -> Option<Obj> {
    let t = o.type_obj();
    if !is_heap(t) {
        return attribute_storage(o);
    }
    if let Some(e) = as_exc(o) {
        if let Some(d) = e.with(|s| s.slots.clone()) {
            return Some(d);
        }
        let d = new_dict();
        return Some(e.with(|s| s.slots.get_or_insert_with(|| d.clone()).clone()));
    }
    let solid = solid_base(t);
    let cell: &ObjLockCell = if std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE) {
        // SAFETY: heap types whose solid base is object lay out instances as InstanceObject.
        &unsafe { o.cast::<InstanceObject>() }.slots
    } else {
        let Some(info) = solid.subclass else { return attribute_storage(o) };
        // SAFETY: instances of a heap subclass of `solid` are WithDict<S>
        // allocations (see subclass_info); the slots cell is at slots_offset.
        unsafe { &*((o.value().as_ptr() as *const u8).add(info.slots_offset) as *const ObjLockCell) }
    };
    if let Some(d) = cell.get() {
        return Some(d);
    }
    let d = new_dict();
    drop(cell.set(Some(d.clone())));
    Some(d)
}

/// Whether instances of `t` are InstanceObjects with an instance dict
/// (a Python class whose solid base is object, without `__slots__`
/// leaving `__dict__` out): the common case, tested first.
#[inline(always)]
fn plain_layout(t: &TypeObject) -> bool {
    is_heap(t) && t.flags & tpflags::NO_DICT == 0 && std::ptr::eq(t.solid, &crate::types::object::OBJECT_TYPE)
}

/// Whether the instance dict of `o` holds the str `name` (for the method
/// short cut: an instance attribute shadows a class's method). Creates
/// no dict and takes no reference in the common layout.
pub fn instance_dict_has_str(o: &Obj, name: &Obj) -> bool {
    if plain_layout(o.type_obj()) {
        // SAFETY: plain_layout types lay out instances as InstanceObject; the
        // dict is borrowed under its cell's lock and has_str runs no Python code.
        return unsafe { o.cast::<InstanceObject>() }.dict.with_ref(|d| d.is_some_and(|d| crate::types::dict::has_str(d, name)));
    }
    instance_dict(o).is_some_and(|d| crate::types::dict::get_str(&d, name).is_some())
}

/// The instance dict, whether or not the class exposes it.
fn attribute_storage(o: &Obj) -> Option<Obj> {
    let t = o.type_obj();
    if is_heap(t) && std::ptr::eq(t.solid, &crate::types::object::OBJECT_TYPE) {
        // SAFETY: heap types whose solid base is object lay out instances as InstanceObject.
        let cell = &unsafe { o.cast::<InstanceObject>() }.dict;
        if let Some(d) = cell.get() {
            return Some(d);
        }
    }
    if !is_heap(t) {
        // OrderedDict instances have attributes of their own.
        return crate::types::odict::as_odict(o).map(|od| od.attr_dict());
    }
    if let Some(e) = as_exc(o) {
        return Some(exc_dict(e));
    }
    let solid = solid_base(t);
    let cell: &ObjLockCell = if std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE) {
        // SAFETY: heap types whose solid base is object lay out instances as InstanceObject.
        &unsafe { o.cast::<InstanceObject>() }.dict
    } else if std::ptr::eq(solid, &crate::thread::LOCAL_TYPE) {
        // Subclasses of _thread._local keep one dict per thread.
        return crate::thread::local_storage(o);
    } else if std::ptr::eq(solid, &crate::types::module::MODULE_TYPE) {
        // A module subclass's attributes are the module's own dict.
        return crate::types::module::as_module(o).map(|m| m.dict.clone());
    } else if std::ptr::eq(solid, &crate::types::odict::ODICT_TYPE) {
        // A subclass of OrderedDict keeps its attributes where OrderedDict does.
        return crate::types::odict::as_odict(o).map(|od| od.attr_dict());
    } else if std::ptr::eq(solid, &crate::types::namespace::NAMESPACE_TYPE) {
        // So are a SimpleNamespace subclass's.
        return o.downcast::<crate::types::namespace::NamespaceObject>(solid).map(|n| n.dict.clone());
    } else {
        let info = solid.subclass?;
        // SAFETY: instances of a heap subclass of `solid` are WithDict<S>
        // allocations (see subclass_info); the dict cell is at dict_offset.
        unsafe { &*((o.value().as_ptr() as *const u8).add(info.dict_offset) as *const ObjLockCell) }
    };
    if let Some(d) = cell.get() {
        return Some(d);
    }
    let d = new_dict();
    drop(cell.set(Some(d.clone())));
    Some(d)
}

/// `d[name] = v`, or delete with AttributeError when missing.
pub fn dict_set(d: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let dd = as_dict(d).ok_or_else(|| type_error("__dict__ must be a dict"))?;
    match v {
        Some(v) => dd.set(name.clone(), v.clone()),
        None => match dd.del(name)? {
            Some(_) => Ok(()),
            None => Err(attribute_error(as_str(name).unwrap_or("?").to_string())),
        },
    }
}

// ------------------------------------------------------------- descriptors

#[repr(C)]
pub struct WrapperObject {
    pub header: ObjHeader,
    pub func: Obj,
    /// The instance dict: `classmethod(f)`/`staticmethod(f)` copy f's
    /// `__module__`, `__name__`, `__qualname__`, `__doc__` and
    /// `__annotations__` into it, as CPython's functools_wraps.
    pub dict: ObjLockCell,
}

#[repr(C)]
pub struct PropertyObject {
    pub header: ObjHeader,
    pub fget: Option<Obj>,
    pub fset: Option<Obj>,
    pub fdel: Option<Obj>,
    /// Writable (`prop.__doc__ = ...`, as namedtuple does).
    pub doc: crate::types::function::SwapCell,
    /// The attribute name `__set_name__` gave it (`prop.__name__`).
    pub name: crate::types::function::SwapCell,
}

fn wrapper_new(t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs(t.name(), k)?;
    let [f] = a else { return Err(type_error(format!("{} expected 1 argument, got {}", t.name(), a.len()))) };
    let d = new_dict();
    for n in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        if let Some(v) = ab::lookup_attr(f, &crate::types::str::istr(n))? {
            set_item_str(&d, n, v);
        }
    }
    Ok(alloc(WrapperObject { header: crate::object::new_header_tracked(t), func: f.clone(), dict: ObjLockCell::new(Some(d)) }))
}

/// The `__qualname__` of classes whose qualified name differs from `name`
/// or was set (types are immortal, so their addresses are stable keys).
static QUALNAMES: std::sync::LazyLock<std::sync::Mutex<std::collections::HashMap<usize, Obj>>> = std::sync::LazyLock::new(Default::default);

fn set_heap_qualname(t: &'static TypeObject, q: Obj) {
    let key = t as *const TypeObject as usize;
    let old = QUALNAMES.lock().unwrap_or_else(|e| e.into_inner()).insert(key, q);
    drop(old);
}

/// A class's `__qualname__` if one was given (else it is its `__name__`).
pub fn heap_qualname(t: &TypeObject) -> Option<Obj> {
    let key = t as *const TypeObject as usize;
    QUALNAMES.lock().unwrap_or_else(|e| e.into_inner()).get(&key).cloned()
}

/// `classmethod(f)`.
pub fn wrap_classmethod(f: Obj) -> Obj {
    alloc(WrapperObject { header: crate::object::new_header_tracked(&CLASSMETHOD_TYPE), func: f, dict: ObjLockCell::new(None) })
}

fn wrapper_func(o: &Obj) -> PyResult {
    // SAFETY: getset of the wrapper types.
    Ok(unsafe { o.cast::<WrapperObject>() }.func.clone())
}

fn wrapper_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: installed on the wrapper types only.
    let w = unsafe { o.cast::<WrapperObject>() };
    visit(&w.func);
    if let Some(d) = w.dict.get() {
        visit(&d);
    }
}

/// The wrapper's instance dict, made on first need.
fn wrapper_dict(o: &Obj) -> Obj {
    // SAFETY: installed on the exact wrapper types only.
    let w = unsafe { o.cast::<WrapperObject>() };
    match w.dict.get() {
        Some(d) => d,
        None => {
            let d = new_dict();
            w.dict.set(Some(d.clone()));
            d
        }
    }
}

/// Attributes of classmethod/staticmethod objects: the type's data
/// descriptors (`__func__`), then the instance dict, then the type's.
fn wrapper_getattr(o: &Obj, name: &Obj) -> PyResult {
    if as_str(name) == Some("__dict__") {
        return Ok(wrapper_dict(o));
    }
    let found = o.type_obj().lookup(name);
    if found.as_ref().is_some_and(is_data_descriptor) {
        return ab::generic_type_attr(o, name)?.ok_or_else(|| ab::no_attribute(o, name));
    }
    // SAFETY: installed on the exact wrapper types only.
    if let Some(d) = unsafe { o.cast::<WrapperObject>() }.dict.get() {
        if let Some(v) = crate::types::dict::get_str(&d, name) {
            return Ok(v);
        }
    }
    ab::generic_type_attr(o, name)?.ok_or_else(|| ab::no_attribute(o, name))
}

fn wrapper_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if o.type_obj().lookup(name).as_ref().is_some_and(is_data_descriptor) || as_str(name) == Some("__dict__") {
        return Err(attribute_error("readonly attribute"));
    }
    let d = wrapper_dict(o);
    if v.is_none() && crate::types::dict::get_str(&d, name).is_none() {
        return Err(ab::no_attribute(o, name));
    }
    dict_set(&d, name, v)
}

/// `<classmethod(<function f at 0x…>)>`, as CPython's cm_repr/sm_repr.
fn wrapper_repr(o: &Obj) -> PyResult {
    // SAFETY: installed on the wrapper types only.
    let f = &unsafe { o.cast::<WrapperObject>() }.func;
    let name = if o.type_obj().is_subtype(&CLASSMETHOD_TYPE) { "classmethod" } else { "staticmethod" };
    Ok(crate::types::str::new_string(format!("<{name}({})>", ab::repr_string(f)?)))
}

/// `__isabstractmethod__` of classmethod/staticmethod: the wrapped callable's.
fn wrapper_isabstract(o: &Obj) -> PyResult {
    // SAFETY: getset of the wrapper types.
    let f = unsafe { o.cast::<WrapperObject>() }.func.clone();
    let v = ab::lookup_attr(&f, &crate::types::str::istr("__isabstractmethod__"))?;
    Ok(crate::types::bool_obj(match v {
        Some(v) => ab::is_true(&v)?,
        None => false,
    }))
}

/// `__name__`, `__qualname__`, `__doc__` and `__module__` of
/// classmethod/staticmethod: the wrapped callable's (CPython copies them
/// at creation; pyk reads them through).
fn wrapper_attr(o: &Obj, n: &'static str) -> PyResult {
    // SAFETY: getset of the wrapper types.
    let f = unsafe { o.cast::<WrapperObject>() }.func.clone();
    match ab::lookup_attr(&f, &crate::types::str::istr(n))? {
        Some(v) => Ok(v),
        None if n == "__doc__" => Ok(none()),
        None => Err(ab::no_attribute(o, &crate::types::str::istr(n))),
    }
}
fn wrapper_name(o: &Obj) -> PyResult {
    wrapper_attr(o, "__name__")
}
fn wrapper_qualname(o: &Obj) -> PyResult {
    wrapper_attr(o, "__qualname__")
}
fn wrapper_doc(o: &Obj) -> PyResult {
    wrapper_attr(o, "__doc__")
}
fn wrapper_module(o: &Obj) -> PyResult {
    wrapper_attr(o, "__module__")
}

static WRAPPER_GETSETS: [crate::types::typeobj::GetSetDef; 7] = [
    crate::types::typeobj::GetSetDef { name: "__name__", get: wrapper_name },
    crate::types::typeobj::GetSetDef { name: "__qualname__", get: wrapper_qualname },
    crate::types::typeobj::GetSetDef { name: "__doc__", get: wrapper_doc },
    crate::types::typeobj::GetSetDef { name: "__module__", get: wrapper_module },
    crate::types::typeobj::GetSetDef { name: "__isabstractmethod__", get: wrapper_isabstract },
    crate::types::typeobj::GetSetDef { name: "__func__", get: wrapper_func },
    crate::types::typeobj::GetSetDef { name: "__wrapped__", get: wrapper_func },
];

pub static CLASSMETHOD_TYPE: TypeObject = TypeObject {
    methods: &DESCR_GET_METHODS,
    subclass: Some(crate::object::subclass_info::<WrapperObject>(true)),
    new: Some(wrapper_new),
    getsets: &WRAPPER_GETSETS,
    getattr: Some(wrapper_getattr),
    setattr: Some(wrapper_setattr),
    repr: Some(wrapper_repr),
    traverse: Some(wrapper_traverse),
    flags: tpflags::BASETYPE,
    ..TypeObject::builtin("classmethod", &crate::types::object::OBJECT_TYPE, dealloc_box::<WrapperObject>)
};

fn staticmethod_call(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    // SAFETY: slot of STATICMETHOD_TYPE.
    ab::call(&unsafe { o.cast::<WrapperObject>() }.func, a, k)
}

pub static STATICMETHOD_TYPE: TypeObject = TypeObject {
    methods: &DESCR_GET_METHODS,
    subclass: Some(crate::object::subclass_info::<WrapperObject>(true)),
    new: Some(wrapper_new),
    call: Some(staticmethod_call),
    getsets: &WRAPPER_GETSETS,
    getattr: Some(wrapper_getattr),
    setattr: Some(wrapper_setattr),
    repr: Some(wrapper_repr),
    traverse: Some(wrapper_traverse),
    flags: tpflags::BASETYPE,
    ..TypeObject::builtin("staticmethod", &crate::types::object::OBJECT_TYPE, dealloc_box::<WrapperObject>)
};

fn as_property(o: &Obj) -> Option<&PropertyObject> {
    o.downcast::<PropertyObject>(&PROPERTY_TYPE)
}

fn property_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() + kws.len() > 4 {
        let n = pos.len() + kws.len();
        return Err(type_error(if pos.is_empty() { format!("property() takes at most 4 keyword arguments ({n} given)") } else { format!("property() takes at most 4 arguments ({n} given)") }));
    }
    let mut slots: [Option<Obj>; 4] = [None, None, None, None];
    for (i, v) in pos.iter().enumerate().take(4) {
        slots[i] = Some(v.clone()).filter(|v| !is_none(v));
    }
    for (n, v) in kws {
        let i = match n {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            other => return Err(crate::error::unexpected_kwarg("property", other, &["fget", "fset", "fdel", "doc"])),
        };
        slots[i] = Some(v.clone()).filter(|v| !is_none(v));
    }
    let [fget, fset, fdel, doc] = slots;
    let doc = crate::types::function::SwapCell::new(doc);
    let name = crate::types::function::SwapCell::new(None);
    Ok(alloc(PropertyObject { header: crate::object::new_header_tracked(&PROPERTY_TYPE), fget, fset, fdel, doc, name }))
}

fn property_copy(p: &PropertyObject, which: usize, f: &Obj) -> Obj {
    let mut s = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    s[which] = Some(f.clone());
    let [fget, fset, fdel] = s;
    let doc = crate::types::function::SwapCell::new(p.doc.get().cloned());
    let name = crate::types::function::SwapCell::new(p.name.get().cloned());
    alloc(PropertyObject { header: crate::object::new_header_tracked(&PROPERTY_TYPE), fget, fset, fdel, doc, name })
}

/// `prop.getter(f)` and friends: a copy with one accessor replaced; a
/// subclass of property makes the copy by calling its type, as CPython.
fn property_copy_of(s: &Obj, which: usize, f: Option<&Obj>, name: &str) -> PyResult {
    let p = as_property(s).ok_or_else(|| type_error("property expected"))?;
    let f = f.ok_or_else(|| type_error(format!("{name}() takes exactly one argument")))?;
    if std::ptr::eq(s.type_obj(), &PROPERTY_TYPE) {
        return Ok(property_copy(p, which, f));
    }
    let mut acc = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    acc[which] = Some(f.clone());
    let mut args: Vec<Obj> = acc.into_iter().map(|x| x.unwrap_or_else(none)).collect();
    args.push(p.doc.get().cloned().unwrap_or_else(none));
    let r = ab::call(&s.type_obj().as_obj(), &args, None)?;
    if let (Some(n), Some(q)) = (p.name.get(), as_property(&r)) {
        q.name.set(Some(n.clone()));
    }
    Ok(r)
}
fn m_getter(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    property_copy_of(s, 0, a.first(), "getter")
}
fn m_setter(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    property_copy_of(s, 1, a.first(), "setter")
}
fn m_deleter(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    property_copy_of(s, 2, a.first(), "deleter")
}
fn p_fget(o: &Obj) -> PyResult {
    Ok(as_property(o).and_then(|p| p.fget.clone()).unwrap_or_else(none))
}
fn p_fset(o: &Obj) -> PyResult {
    Ok(as_property(o).and_then(|p| p.fset.clone()).unwrap_or_else(none))
}
fn p_fdel(o: &Obj) -> PyResult {
    Ok(as_property(o).and_then(|p| p.fdel.clone()).unwrap_or_else(none))
}

/// Only `__doc__` of a property can be set.
fn property_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let p = as_property(o).ok_or_else(|| type_error("property expected"))?;
    match as_str(name) {
        Some("__doc__") => {
            p.doc.set(v.cloned().filter(|v| !is_none(v)));
            Ok(())
        }
        Some(n) if matches!(n, "fget" | "fset" | "fdel") => Err(attribute_error("readonly attribute")),
        _ => Err(ab::no_attribute(o, name)),
    }
}
fn p_doc(o: &Obj) -> PyResult {
    let p = as_property(o).ok_or_else(|| type_error("property expected"))?;
    if let Some(d) = p.doc.get() {
        return Ok(d.clone());
    }
    match &p.fget {
        Some(f) => ab::getattr_str(f, "__doc__").or_else(|_| Ok(none())),
        None => Ok(none()),
    }
}

fn property_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(p) = as_property(o) {
        for x in [p.fget.as_ref(), p.fset.as_ref(), p.fdel.as_ref(), p.doc.get()].into_iter().flatten() {
            visit(x);
        }
        if let Some(d) = p.doc.get() {
            visit(&d);
        }
    }
}

/// `descr.__get__(instance, owner=None)` for the builtin descriptor types
/// (functions, methods, property, classmethod, staticmethod, getset and
/// member descriptors): what attribute access would give.
pub fn descr_get(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let (inst, owner) = match a {
        [i] => (i, None),
        [i, o] => (i, Some(o)),
        // CPython's slot wrapper unpacks with an empty function name
        [] => return Err(type_error(" expected at least 1 argument, got 0")),
        _ => return Err(type_error(format!(" expected at most 2 arguments, got {}", a.len()))),
    };
    let inst = if crate::types::is_none(inst) { None } else { Some(inst) };
    let owner = owner.filter(|o| !crate::types::is_none(o));
    // An owner that is not a class: a classmethod binds to it as it is
    // (CPython's cm_descr_get); the others ignore it and use the instance.
    if let Some(o) = owner.filter(|o| type_arg(o).is_none()) {
        if let Some(w) = s.downcast::<WrapperObject>(&CLASSMETHOD_TYPE) {
            return Ok(new_bound_method(w.func.clone(), o.clone()));
        }
        if inst.is_none() && s.downcast::<WrapperObject>(&STATICMETHOD_TYPE).is_none() {
            return Ok(s.clone());
        }
    }
    let owner_t = match (owner.and_then(type_arg), inst) {
        (Some(o), _) => o,
        (None, Some(i)) => i.type_obj(),
        (None, None) if owner.is_some() => &crate::types::object::OBJECT_TYPE,
        (None, None) => return Err(type_error("__get__(None, None) is invalid")),
    };
    bind(s, inst, owner_t, &crate::types::str::istr("__get__"))
}

pub static DESCR_GET_METHODS: [MethodDef; 1] = [MethodDef { name: "__get__", func: descr_get, doc: "" }];

/// "property 'x' of 'C' object has no getter"; a direct `prop.__get__(obj)`
/// call does not know the attribute's name.
fn property_error_message(_p: &PropertyObject, name: &Obj, inst: &Obj, what: &str) -> String {
    match as_str(name) {
        Some(n) if n != "__get__" => format!("property '{n}' of '{}' object has no {what}", inst.type_obj().name()),
        _ => format!("property of '{}' object has no {what}", inst.type_obj().name()),
    }
}

/// A directly called property's name: its getter's `__name__` (CPython's
/// prop_name), else the generic "property" wording.
fn property_direct_error(p: &PropertyObject, inst: &Obj, what: &str) -> crate::error::PyErr {
    let n = p.fget.as_ref().and_then(|f| ab::getattr(f, &crate::types::str::istr("__name__")).ok()).filter(|n| as_str(n).is_some());
    match n {
        Some(n) => attribute_error(format!("property {} of '{}' object has no {what}", crate::abstract_::repr_string(&n).unwrap_or_default(), inst.type_obj().name())),
        None => attribute_error(format!("property of '{}' object has no {what}", inst.type_obj().name())),
    }
}

fn property_set(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [inst, v] = a else { return Err(type_error(format!("expected 2 arguments, got {}", a.len()))) };
    let p = as_property(s).ok_or_else(|| type_error("property expected"))?;
    match &p.fset {
        Some(f) => ab::call(f, &[inst.clone(), v.clone()], None),
        None => Err(property_direct_error(p, inst, "setter")),
    }
}

fn property_delete(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [inst] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    let p = as_property(s).ok_or_else(|| type_error("property expected"))?;
    match &p.fdel {
        Some(f) => ab::call(f, std::slice::from_ref(inst), None),
        None => Err(property_direct_error(p, inst, "deleter")),
    }
}

fn property_set_name(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [_owner, name] = a else { return Err(type_error(format!("__set_name__() takes 2 positional arguments but {} were given", a.len()))) };
    let p = as_property(s).ok_or_else(|| type_error("property expected"))?;
    p.name.set(Some(name.clone()));
    Ok(none())
}

/// `prop.__name__`: the name it was set under, else its getter's.
fn p_name(o: &Obj) -> PyResult {
    let p = as_property(o).ok_or_else(|| type_error("property expected"))?;
    if let Some(n) = p.name.get() {
        return Ok(n.clone());
    }
    match &p.fget {
        Some(f) => ab::getattr_str(f, "__name__"),
        None => Err(attribute_error("'property' object has no attribute '__name__'")),
    }
}

static PROPERTY_METHODS: [MethodDef; 7] = [
    MethodDef { name: "__set_name__", func: property_set_name, doc: "" },
    MethodDef { name: "__get__", func: descr_get, doc: "" },
    MethodDef { name: "__set__", func: property_set, doc: "" },
    MethodDef { name: "__delete__", func: property_delete, doc: "" },
    MethodDef { name: "getter", func: m_getter, doc: "" },
    MethodDef { name: "setter", func: m_setter, doc: "" },
    MethodDef { name: "deleter", func: m_deleter, doc: "" },
];
/// True when the getter, setter or deleter is abstract.
fn p_isabstract(o: &Obj) -> PyResult {
    let p = as_property(o).ok_or_else(|| type_error("property expected"))?;
    for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
        if let Some(v) = ab::lookup_attr(f, &crate::types::str::istr("__isabstractmethod__"))? {
            if ab::is_true(&v)? {
                return Ok(crate::types::bool_obj(true));
            }
        }
    }
    Ok(crate::types::bool_obj(false))
}

static PROPERTY_GETSETS: [crate::types::typeobj::GetSetDef; 6] = [
    crate::types::typeobj::GetSetDef { name: "__name__", get: p_name },
    crate::types::typeobj::GetSetDef { name: "__isabstractmethod__", get: p_isabstract },
    crate::types::typeobj::GetSetDef { name: "fget", get: p_fget },
    crate::types::typeobj::GetSetDef { name: "fset", get: p_fset },
    crate::types::typeobj::GetSetDef { name: "fdel", get: p_fdel },
    crate::types::typeobj::GetSetDef { name: "__doc__", get: p_doc },
];

pub static PROPERTY_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::object::subclass_info::<PropertyObject>(true)),
    new: Some(property_new),
    setattr: Some(property_setattr),
    methods: &PROPERTY_METHODS,
    getsets: &PROPERTY_GETSETS,
    traverse: Some(property_traverse),
    flags: tpflags::BASETYPE,
    ..TypeObject::builtin("property", &crate::types::object::OBJECT_TYPE, dealloc_box::<PropertyObject>)
};

/// Binds `v` (found on the type of `inst`, or on `owner` itself when `inst`
/// is None) as attribute access does.
pub fn bind(v: &Obj, inst: Option<&Obj>, owner: &'static TypeObject, name: &Obj) -> PyResult {
    if let Some(w) = v.downcast::<WrapperObject>(&CLASSMETHOD_TYPE) {
        let cls = match inst {
            Some(i) if !crate::types::typeobj::is_type(&i) => i.type_obj().as_obj(),
            Some(i) => i.clone(),
            None => owner.as_obj(),
        };
        return Ok(new_bound_method(w.func.clone(), cls));
    }
    if let Some(w) = v.downcast::<WrapperObject>(&STATICMETHOD_TYPE) {
        return Ok(w.func.clone());
    }
    let Some(inst) = inst else {
        // A Python descriptor read through the class: __get__(None, owner).
        if is_heap(v.type_obj()) {
            if let Some(get) = v.type_obj().lookup(&crate::types::str::istr("__get__")).filter(|g| !is_builtin_descr_get(g)) {
                return ab::call(&get, &[v.clone(), crate::types::none(), owner.as_obj()], None);
            }
        }
        return Ok(v.clone());
    };
    if let Some(m) = crate::types::member::as_member(v) {
        return crate::types::member::get(m, inst);
    }
    if let Some(p) = as_property(v) {
        return match &p.fget {
            Some(f) => ab::call(f, std::slice::from_ref(inst), None),
            None => Err(attribute_error(property_error_message(p, name, inst, "getter"))),
        };
    }
    if crate::types::slotwrapper::as_slot_wrapper(v).is_some() {
        return Ok(crate::types::function::new_method_wrapper(v.clone(), inst.clone()));
    }
    if as_function(v).is_some() || as_method_descr(v).is_some() {
        return Ok(new_bound_method(v.clone(), inst.clone()));
    }
    if let Some(b) = v.downcast::<crate::types::function::BuiltinFunction>(&crate::types::function::BUILTIN_FUNCTION_TYPE) {
        if matches!(b.kind, crate::types::function::BuiltinKind::NativeMethod(_)) {
            return Ok(new_bound_method(v.clone(), inst.clone()));
        }
    }
    if let Some(g) = crate::types::function::as_getset(v) {
        return (g.def.get)(inst);
    }
    if v.type_ptr() == &SUPER_TYPE as *const _ {
        return super_get_inst(v, inst);
    }
    if is_heap(v.type_obj()) {
        if let Some(get) = v.type_obj().lookup(&crate::types::str::istr("__get__")).filter(|g| !is_builtin_descr_get(g)) {
            return ab::call(&get, &[v.clone(), inst.clone(), inst.type_obj().as_obj()], None);
        }
    }
    Ok(v.clone())
}

/// The builtin descriptors' own `__get__` (which calls `bind` back): a
/// subclass that inherits it must not be dispatched to it again.
fn is_builtin_descr_get(g: &Obj) -> bool {
    as_method_descr(g).is_some_and(|d| d.def.func as *const () as usize == descr_get as *const () as usize)
}

pub fn is_data_descriptor(v: &Obj) -> bool {
    if as_property(v).is_some() || crate::types::function::as_getset(v).is_some() || crate::types::member::as_member(v).is_some() {
        return true;
    }
    let t = v.type_obj();
    is_heap(t) && (t.lookup(&crate::types::str::istr("__set__")).is_some() || t.lookup(&crate::types::str::istr("__delete__")).is_some())
}

// ------------------------------------------------------------- dunder dispatch

/// Calls `type(o).name(o, *args)` when the type defines it.
fn call_dunder(o: &Obj, name: &'static str, args: &[Obj]) -> Option<PyResult> {
    let t = o.type_obj();
    let f = t.lookup(&crate::types::str::istr(name))?;
    if is_none(&f) {
        return None;
    }
    Some(call_found(&f, o, args))
}

fn call_found(f: &Obj, o: &Obj, args: &[Obj]) -> PyResult {
    if as_function(f).is_some() {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(o.clone());
        v.extend_from_slice(args);
        return ab::call(f, &v, None);
    }
    if let Some(d) = as_method_descr(f) {
        return d.call_with_self(o, args, None);
    }
    if let Some(w) = crate::types::slotwrapper::as_slot_wrapper(f) {
        return w.call_with_self(o, args, None);
    }
    let bound = bind(f, Some(o), o.type_obj(), &crate::types::str::istr("?"))?;
    ab::call(&bound, args, None)
}

fn base_slot<T>(o: &Obj, get: impl Fn(&TypeObject) -> Option<T>) -> Option<T> {
    get(solid_base(o.type_obj()))
}

fn slot_repr(o: &Obj) -> PyResult {
    if let Some(r) = call_dunder(o, "__repr__", &[]) {
        return r;
    }
    match base_slot(o, |t| t.repr) {
        Some(f) => f(o),
        None => {
            let t = o.type_obj();
            Ok(new_string(format!("<{}.{} object at {:#x}>", t.module, t.name(), o.value().0)))
        }
    }
}

fn slot_str(o: &Obj) -> PyResult {
    let name = crate::types::str::istr("__str__");
    let inherited_from_object = match (o.type_obj().lookup(&name), crate::types::dict::get_str(crate::types::object::OBJECT_TYPE.dict(), &name)) {
        (Some(f), Some(g)) => f.is(&g),
        _ => false,
    };
    // object.__str__ is the repr, unchecked (str() checks the result).
    if !inherited_from_object {
        // `__str__ = None` blocks str() (CPython calls the None).
        if o.type_obj().lookup(&name).is_some_and(|f| is_none(&f)) {
            return Err(type_error("'NoneType' object is not callable"));
        }
        if let Some(r) = call_dunder(o, "__str__", &[]) {
            return r;
        }
    }
    match base_slot(o, |t| t.str) {
        Some(f) => f(o),
        None => slot_repr(o),
    }
}

fn slot_hash(o: &Obj) -> PyResult<i64> {
    match o.type_obj().lookup(&crate::types::str::istr("__hash__")) {
        Some(h) if is_none(&h) => Err(type_error(format!("unhashable type: '{}'", o.type_obj().name()))),
        // Any callable a class sets (a function, a callable object such as a
        // mock) is called; a builtin's own slot answers directly.
        Some(h) if crate::types::slotwrapper::as_slot_wrapper(&h).is_none() && as_method_descr(&h).is_none() => {
            let r = call_found(&h, o, &[])?;
            if !crate::types::int::is_int(&r) {
                return Err(type_error("__hash__ method should return an integer"));
            }
            // A result that does not fit a word is hashed as an int; -1 is
            // reserved for errors in CPython, so it becomes -2.
            let h = match crate::types::int::as_i64(&r) {
                Some(h) => h,
                None => crate::abstract_::hash(&r)?,
            };
            Ok(if h == -1 { -2 } else { h })
        }
        _ => match base_slot(o, |t| t.hash) {
            Some(f) => f(o),
            None => Ok((o.value().0 >> 4) as i64),
        },
    }
}

/// `type(a).name(a, b)` for a comparison; a descriptor under the name
/// whose `__get__` fails counts as NotImplemented (CPython's
/// slot_tp_richcompare clears that error).
fn richcmp_dunder(a: &Obj, name: &'static str, b: &Obj) -> Option<PyResult> {
    let f = a.type_obj().lookup(&crate::types::str::istr(name))?;
    if is_none(&f) {
        // `__eq__ = None` blocks the comparison: CPython calls the None.
        return Some(Err(type_error("'NoneType' object is not callable")));
    }
    if as_function(&f).is_none() && as_method_descr(&f).is_none() && crate::types::slotwrapper::as_slot_wrapper(&f).is_none() {
        return Some(match bind(&f, Some(a), a.type_obj(), &crate::types::str::istr(name)) {
            Ok(m) => ab::call(&m, std::slice::from_ref(b), None),
            Err(_) => Ok(crate::types::not_implemented()),
        });
    }
    call_dunder(a, name, std::slice::from_ref(b))
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
    if let Some(r) = richcmp_dunder(a, name, b) {
        return r;
    }
    if op == CompareOp::Ne {
        // Default __ne__ inverts __eq__ unless it is NotImplemented.
        if let Some(r) = richcmp_dunder(a, "__eq__", b) {
            let r = r?;
            if is_not_implemented(&r) {
                return Ok(r);
            }
            return Ok(crate::types::bool_obj(!ab::is_true(&r)?));
        }
    }
    match base_slot(a, |t| t.richcompare) {
        Some(f) => f(a, b, op),
        None => Ok(crate::types::not_implemented()),
    }
}

fn slot_call(o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    // `C.__call__ = C()` makes each call call an instance again.
    crate::thread::check_recursion().map_err(|_| crate::error::recursion_error("maximum recursion depth exceeded while calling a Python object"))?;
    match o.type_obj().lookup(&crate::types::str::istr("__call__")) {
        Some(f) => {
            let bound = bind(&f, Some(o), o.type_obj(), &crate::types::str::istr("__call__"))?;
            ab::call(&bound, args, kw)
        }
        None => Err(type_error(format!("'{}' object is not callable", o.type_obj().name()))),
    }
}

fn slot_iter(o: &Obj) -> PyResult {
    match call_dunder(o, "__iter__", &[]) {
        Some(r) => {
            let it = r?;
            if it.type_obj().next.is_none() {
                return Err(type_error(format!("iter() returned non-iterator of type '{}'", it.type_obj().name())));
            }
            Ok(it)
        }
        // `__iter__ = None` declares the class not iterable, whatever its __getitem__
        None if o.type_obj().lookup(&crate::types::str::istr("__iter__")).is_none()
            && o.type_obj().lookup(&crate::types::str::istr("__getitem__")).is_some() =>
        {
            Ok(crate::builtins::getitem_iter(o))
        }
        None => Err(type_error(format!("'{}' object is not iterable", o.type_obj().name()))),
    }
}

/// `type(o).__next__(o)` of a Python class, its StopIteration kept (the
/// value a `yield from` returns); None when the class defines no `__next__`.
pub fn call_next_dunder(o: &Obj) -> Option<PyResult> {
    if o.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
        return None;
    }
    call_dunder(o, "__next__", &[])
}

fn slot_next(o: &Obj) -> PyResult<Option<Obj>> {
    match call_dunder(o, "__next__", &[]) {
        Some(Ok(v)) => Ok(Some(v)),
        Some(Err(e)) if e.is_instance(&crate::types::exceptions::STOP_ITERATION) => Ok(None),
        Some(Err(e)) => Err(e),
        None => Err(type_error(format!("'{}' object is not an iterator", o.type_obj().name()))),
    }
}

fn slot_len(o: &Obj) -> PyResult<usize> {
    if o.type_obj().lookup(&crate::types::str::istr("__len__")).is_some_and(|f| is_none(&f)) {
        return Err(type_error("'NoneType' object is not callable"));
    }
    match call_dunder(o, "__len__", &[]) {
        Some(r) => {
            let r = r?;
            // The sign is checked before the size, as CPython's
            // slot_sq_length: a huge negative length is a ValueError.
            let r = ab::index(&r)?;
            if crate::types::int::as_bigint(&r).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                return Err(crate::error::value_error("__len__() should return >= 0"));
            }
            let n = crate::types::int::as_i64(&r).ok_or_else(|| crate::error::overflow_error("cannot fit 'int' into an index-sized integer"))?;
            Ok(n as usize)
        }
        None => Err(type_error(format!("object of type '{}' has no len()", o.type_obj().name()))),
    }
}

fn slot_bool(o: &Obj) -> PyResult<bool> {
    if o.type_obj().lookup(&crate::types::str::istr("__bool__")).is_some_and(|f| is_none(&f)) {
        return Err(type_error("'NoneType' object is not callable"));
    }
    if let Some(r) = call_dunder(o, "__bool__", &[]) {
        let r = r?;
        if r.type_ptr() != &crate::types::singletons::BOOL_TYPE as *const _ {
            return Err(type_error(format!("__bool__ should return bool, returned {}", r.type_obj().name())));
        }
        return ab::is_true(&r);
    }
    if o.type_obj().lookup(&crate::types::str::istr("__len__")).is_some() {
        return Ok(slot_len(o)? != 0);
    }
    match base_slot(o, |t| t.number.bool) {
        Some(f) => f(o),
        None => Ok(true),
    }
}

fn slot_getitem(o: &Obj, k: &Obj) -> PyResult {
    match call_dunder(o, "__getitem__", std::slice::from_ref(k)) {
        Some(r) => r,
        None => Err(type_error(format!("'{}' object is not subscriptable", o.type_obj().name()))),
    }
}

fn slot_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let r = match v {
        Some(v) => call_dunder(o, "__setitem__", &[k.clone(), v.clone()]),
        None => call_dunder(o, "__delitem__", std::slice::from_ref(k)),
    };
    match r {
        Some(r) => r.map(drop),
        None if v.is_some() => Err(type_error(format!("'{}' object does not support item assignment", o.type_obj().name()))),
        None => Err(type_error(format!("'{}' object doesn't support item deletion", o.type_obj().name()))),
    }
}

fn slot_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    if o.type_obj().lookup(&crate::types::str::istr("__contains__")).is_some_and(|f| is_none(&f)) {
        return Err(type_error(format!("'{}' object is not a container", o.type_obj().name())));
    }
    if let Some(r) = call_dunder(o, "__contains__", std::slice::from_ref(x)) {
        return ab::is_true(&r?);
    }
    let has = |n: &'static str| o.type_obj().lookup(&crate::types::str::istr(n)).is_some_and(|f| !is_none(&f));
    if !has("__iter__") && !has("__getitem__") && o.type_obj().iter.is_none() && o.type_obj().getitem.is_none() {
        return Err(type_error(format!("argument of type '{}' is not iterable", o.type_obj().name())));
    }
    let it = ab::iter(o)?;
    while let Some(y) = ab::next(&it)? {
        if ab::eq(&y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

macro_rules! unary_slot {
    ($f:ident, $name:literal, $base:ident) => {
        fn $f(o: &Obj) -> PyResult {
            match call_dunder(o, $name, &[]) {
                Some(r) => r,
                None => match base_slot(o, |t| t.number.$base) {
                    Some(f) => f(o),
                    None => Ok(crate::types::not_implemented()),
                },
            }
        }
    };
}
unary_slot!(slot_neg, "__neg__", neg);
unary_slot!(slot_pos, "__pos__", pos);
unary_slot!(slot_invert, "__invert__", invert);
unary_slot!(slot_index, "__index__", index);
unary_slot!(slot_int, "__int__", int);
unary_slot!(slot_float, "__float__", float);

fn dunder_names(op: BinaryOp) -> (&'static str, &'static str, Option<&'static str>) {
    use BinaryOp::*;
    let base = match op {
        Add | InplaceAdd => "add",
        Subtract | InplaceSubtract => "sub",
        Multiply | InplaceMultiply => "mul",
        TrueDivide | InplaceTrueDivide => "truediv",
        FloorDivide | InplaceFloorDivide => "floordiv",
        Remainder | InplaceRemainder => "mod",
        Power | InplacePower => "pow",
        LShift | InplaceLShift => "lshift",
        RShift | InplaceRShift => "rshift",
        And | InplaceAnd => "and",
        Or | InplaceOr => "or",
        Xor | InplaceXor => "xor",
        MatrixMultiply | InplaceMatrixMultiply => "matmul",
    };
    let leak = |s: String| -> &'static str { crate::types::str::as_str(&intern(&s)).map(|x| {
        // SAFETY: interned strings are immortal, so their text lives for the process.
        unsafe { &*(x as *const str) }
    }).unwrap_or("") };
    let inplace = if (op as u8) >= 13 { Some(leak(format!("__i{base}__"))) } else { None };
    (leak(format!("__{base}__")), leak(format!("__r{base}__")), inplace)
}

/// Binary operators when either operand's class is defined in Python:
/// `__iop__`, then the reflected method first when the right operand's
/// type is a proper subclass of the left's, else `__op__` then `__rop__`.
/// None: neither side handled it (the builtin slots are tried next).
pub fn binary_op(a: &Obj, b: &Obj, op: BinaryOp) -> PyResult<Option<Obj>> {
    let (fwd, rev, inplace) = dunder_names(op);
    let (ta, tb) = (a.type_obj(), b.type_obj());
    let try_ = |o: &Obj, name: &'static str, other: &Obj| -> PyResult<Option<Obj>> {
        if !is_heap(o.type_obj()) {
            return Ok(None);
        }
        // A method set to None blocks the operator (CPython calls the None).
        if o.type_obj().lookup(&crate::types::str::istr(name)).is_some_and(|f| is_none(&f)) {
            return Err(type_error("'NoneType' object is not callable"));
        }
        match call_dunder(o, name, std::slice::from_ref(other)) {
            Some(r) => {
                let r = r?;
                Ok(if is_not_implemented(&r) { None } else { Some(r) })
            }
            None => Ok(None),
        }
    };
    if let Some(i) = inplace {
        if let Some(r) = try_(a, i, b)? {
            return Ok(Some(r));
        }
    }
    let same = std::ptr::eq(ta, tb);
    // A subclass operand goes first only when it overrides the reflected
    // method (CPython's method_is_overloaded).
    let overloaded = || {
        let n = crate::types::str::istr(rev);
        match (tb.lookup(&n), ta.lookup(&n)) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            (None, _) => false,
        }
    };
    let mut rev_tried = false;
    if !same && tb.is_subtype(ta) && overloaded() {
        rev_tried = true;
        if let Some(r) = try_(b, rev, a)? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = try_(a, fwd, b)? {
        return Ok(Some(r));
    }
    if !same && !rev_tried {
        if let Some(r) = try_(b, rev, a)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

// ------------------------------------------------------------- attributes

/// What a class's MRO says about plain attribute access by one name.
const PLAIN_GET: u8 = 1;
const PLAIN_SET: u8 = 2;
const PLAIN_CACHE_SIZE: usize = 512;

thread_local! {
    /// Per-thread verdicts `(type, name, epoch, PLAIN_* bits)`: whether an
    /// instance attribute of that name is read (or written) straight from
    /// (to) the instance dict — no Python `__getattribute__`/`__setattr__`
    /// and no class attribute of that name anywhere on the MRO. Valid while
    /// no type dict has changed (`TYPE_EPOCH`).
    static PLAIN_CACHE: [std::cell::Cell<(usize, usize, u64, u8)>; PLAIN_CACHE_SIZE] =
        const { [const { std::cell::Cell::new((0, 0, u64::MAX, 0)) }; PLAIN_CACHE_SIZE] };
}

/// The PLAIN_* verdict bits for `name` on instances of `t`; 0 unless `t`
/// lays its instances out as InstanceObject with a dict.
#[inline]
fn plain_verdict(t: &'static TypeObject, name: &Obj) -> u8 {
    // The cache comes first: a hit costs a few loads. Names are keyed by
    // address, so only immortal (interned) ones are cached; types are
    // immortal. The layout checks are part of the cached verdict (a
    // type's layout changes only with its bases, which bumps the epoch).
    if name.refcnt() < pyk_abi::value::IMMORTAL_REFCNT {
        return 0;
    }
    let (tk, nk) = (t as *const TypeObject as usize, name.value().0);
    let epoch = crate::types::typeobj::TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
    let idx = ((tk >> 4) ^ (nk >> 3).wrapping_mul(0x9E37_79B9)) & (PLAIN_CACHE_SIZE - 1);
    if let Ok(Some(bits)) = PLAIN_CACHE.try_with(|c| {
        let e = c[idx].get();
        (e.0 == tk && e.1 == nk && e.2 == epoch).then_some(e.3)
    }) {
        return bits;
    }
    let bits = plain_verdict_uncached(t, name);
    // Computing the verdict ran no Python code, so the epoch still holds.
    let _ = PLAIN_CACHE.try_with(|c| c[idx].set((tk, nk, epoch, bits)));
    bits
}

#[cold]
fn plain_verdict_uncached(t: &'static TypeObject, name: &Obj) -> u8 {
    if !is_heap(t) || t.flags & tpflags::NO_DICT != 0 || !std::ptr::eq(solid_base(t), &crate::types::object::OBJECT_TYPE) {
        return 0;
    }
    // `__class__`, `__dict__` and `__weakref__` are handled by the generic
    // paths (they are not found through the MRO).
    if matches!(as_str(name), None | Some("__class__" | "__dict__" | "__weakref__")) {
        return 0;
    }
    let mut bits = 0;
    if t.lookup(name).is_none() {
        if python_getattribute(t).is_none() {
            bits |= PLAIN_GET;
        }
        if !t.lookup(&crate::types::str::istr("__setattr__")).is_some_and(|f| !is_builtin_setattr(&f)) {
            bits |= PLAIN_SET;
        }
    }
    bits
}

/// Whether a class's MRO has a Python `__getattribute__` (which then sees
/// every attribute read, method calls included): a flag the slot fix-up
/// keeps, so method calls and attribute reads need no MRO lookup for it.
pub fn has_python_getattribute(t: &'static TypeObject) -> bool {
    t.flags & crate::types::typeobj::tpflags::PY_GETATTRIBUTE != 0
}

/// The class's `__getattribute__` when it is a Python function.
/// The class's `__getattribute__` when it is not a builtin type's own (a
/// Python function, or any other object, bound as a descriptor).
fn python_getattribute(t: &TypeObject) -> Option<Obj> {
    t.lookup(&crate::types::str::istr("__getattribute__")).filter(|f| {
        let builtin = crate::types::slotwrapper::as_slot_wrapper(f).is_some_and(|w| w.name == "__getattribute__") || as_method_descr(f).is_some_and(|d| d.def.name == "__getattribute__");
        !builtin
    })
}

/// Attribute lookup on instances of Python classes (and exceptions): a
/// class-defined `__getattribute__` if there is one, else the generic
/// lookup; then `__getattr__` when either raised AttributeError. Plain
/// reads of instance-dict attributes take the verdict cache's short cut.
pub fn instance_getattr(o: &Obj, name: &Obj) -> PyResult {
    let t = o.type_obj();
    if plain_verdict(t, name) & PLAIN_GET != 0 {
        // SAFETY: plain_verdict is non-zero only for InstanceObject layouts.
        // The dict is borrowed under its cell's lock: get_str runs no Python code.
        if let Some(v) = unsafe { o.cast::<InstanceObject>() }.dict.with_ref(|d| d.and_then(|d| crate::types::dict::get_str(d, name))) {
            return Ok(v);
        }
    }
    let custom = if has_python_getattribute(t) { python_getattribute(t) } else { None };
    let r = match custom {
        Some(ga) => call_found(&ga, o, std::slice::from_ref(name)),
        None => generic_getattr(o, name),
    };
    match r {
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => match t.lookup(&crate::types::str::istr("__getattr__")) {
            Some(ga) => call_found(&ga, o, std::slice::from_ref(name)),
            None => Err(e),
        },
        r => r,
    }
}

/// Attribute lookup on a class whose metaclass is a Python class: the
/// metaclass's own `__getattribute__` if it defines one, else type's
/// lookup; then the metaclass's `__getattr__` when that raised AttributeError.
fn meta_getattr(o: &Obj, name: &Obj) -> PyResult {
    let meta = o.type_obj();
    let custom = if has_python_getattribute(meta) { python_getattribute(meta) } else { None };
    let r = match custom {
        Some(ga) => call_found(&ga, o, std::slice::from_ref(name)),
        None => (TYPE_TYPE.getattr.expect("type has a getattr slot"))(o, name),
    };
    match r {
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => {
            match o.type_obj().lookup(&crate::types::str::istr("__getattr__")).filter(|f| as_function(f).is_some()) {
                Some(ga) => call_found(&ga, o, std::slice::from_ref(name)),
                None => Err(e),
            }
        }
        r => r,
    }
}

/// `object.__getattribute__` for instances of Python classes: data
/// descriptors, the instance dict, then other class attributes.
pub fn generic_getattr(o: &Obj, name: &Obj) -> PyResult {
    let t = o.type_obj();
    let tattr = t.lookup(name);
    if let Some(a) = &tattr {
        // A data descriptor without __get__ (only __set__) lets the instance dict win.
        let has_get = !is_heap(a.type_obj()) || a.type_obj().lookup(&crate::types::str::istr("__get__")).is_some();
        if has_get && is_data_descriptor(a) {
            return bind(a, Some(o), t, name);
        }
    }
    if let Some(d) = instance_dict(o) {
        let v = crate::types::dict::get_str_eq(&d, name)?;
        if let Some(v) = v {
            return Ok(v);
        }
    }
    if let Some(a) = tattr {
        return bind(&a, Some(o), t, name);
    }
    match as_str(name) {
        Some("__class__") => return Ok(t.as_obj()),
        Some("__dict__") => {
            if let Some(d) = instance_dict(o) {
                return Ok(d);
            }
        }
        // Instances that can be weakly referenced: the first weak reference, or None.
        // (A builtin base's own weak references show no attribute, as a set's.)
        Some("__weakref__")
            if crate::types::weakref::instances_weakrefable(t)
                && t.mro().iter().any(|&c| {
                    // SAFETY: MRO entries are live (immortal) type objects.
                    let c: &TypeObject = unsafe { &*c };
                    is_heap(c) && crate::types::dict::get_str(c.dict(), name).is_some()
                }) =>
        {
            return Ok(crate::types::weakref::first_ref(o).unwrap_or_else(none));
        }
        _ => {}
    }
    Err(ab::no_attribute(o, name))
}

fn slot_getattr(o: &Obj, name: &Obj) -> PyResult {
    if let Some(e) = as_exc(o) {
        let _ = e;
        // Exceptions: their own attributes first, then the class's.
        if let Some(a) = o.type_obj().lookup(name) {
            if is_data_descriptor(&a) || as_function(&a).is_some() {
                return bind(&a, Some(o), o.type_obj(), name);
            }
        }
        return base_slot(o, |t| t.getattr).map(|f| f(o, name)).unwrap_or_else(|| instance_getattr(o, name));
    }
    instance_getattr(o, name)
}

/// setattr/delattr on a class whose metaclass is a Python class: the
/// metaclass's Python `__setattr__`/`__delattr__` if it has one, else `type`'s.
fn meta_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let t = o.type_obj();
    if let Some(sa) = t.lookup(&crate::types::str::istr(if v.is_some() { "__setattr__" } else { "__delattr__" })) {
        if as_function(&sa).is_some() {
            let mut args = vec![name.clone()];
            args.extend(v.cloned());
            return call_found(&sa, o, &args).map(drop);
        }
    }
    (TYPE_TYPE.setattr.expect("type setattr"))(o, name, v)
}

pub fn instance_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let t = o.type_obj();
    if let Some(v) = v {
        if plain_verdict(t, name) & PLAIN_SET != 0 {
            // SAFETY: plain_verdict is non-zero only for InstanceObject layouts.
            let cell = &unsafe { o.cast::<InstanceObject>() }.dict;
            // The dict is cloned out of its cell: storing may drop an old
            // value, whose `__del__` must not run under the cell's lock.
            let d = match cell.get() {
                Some(d) => d,
                None => {
                    let d = new_dict();
                    drop(cell.set(Some(d.clone())));
                    d
                }
            };
            if let Some(dd) = as_dict(&d) {
                return dd.set_str(name.clone(), v.clone());
            }
        }
    }
    if let Some(sa) = t.lookup(&crate::types::str::istr(if v.is_some() { "__setattr__" } else { "__delattr__" })) {
        if !is_builtin_setattr(&sa) {
            let mut args = vec![name.clone()];
            args.extend(v.cloned());
            return call_found(&sa, o, &args).map(drop);
        }
    }
    object_setattr(o, name, v)
}

/// A builtin type's own `__setattr__`/`__delattr__` (object's, or the
/// solid base's): the generic path serves it. Anything else the class
/// names so (a Python function, `dict.__setitem__`, any callable) is called.
fn is_builtin_setattr(f: &Obj) -> bool {
    let named = |n: &str| matches!(n, "__setattr__" | "__delattr__");
    if let Some(w) = crate::types::slotwrapper::as_slot_wrapper(f) {
        return named(w.name);
    }
    if let Some(d) = as_method_descr(f) {
        return named(d.def.name);
    }
    false
}

/// `object.__setattr__` on an instance of a class: data descriptors
/// (slots, properties, `__set__`), then the instance dict.
pub fn object_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let t = o.type_obj();
    if let Some(a) = t.lookup(name) {
        if let Some(m) = crate::types::member::as_member(&a) {
            return crate::types::member::set(m, o, v);
        }
        if let Some(p) = as_property(&a) {
            let f = if v.is_some() { &p.fset } else { &p.fdel };
            return match f {
                Some(f) => {
                    let mut args = vec![o.clone()];
                    args.extend(v.cloned());
                    ab::call(f, &args, None).map(drop)
                }
                None => Err(attribute_error(format!(
                    "property '{}' of '{}' object has no {}",
                    as_str(name).unwrap_or("?"),
                    t.name(),
                    if v.is_some() { "setter" } else { "deleter" }
                ))),
            };
        }
        if let Some(g) = crate::types::function::as_getset(&a).filter(|g| g.def.name == "__weakref__") {
            return Err(attribute_error(format!("attribute '__weakref__' of '{}' objects is not writable", g.owner.name())));
        }
        if is_heap(a.type_obj()) {
            let hook = if v.is_some() { "__set__" } else { "__delete__" };
            if let Some(set) = a.type_obj().lookup(&crate::types::str::istr(hook)) {
                let mut args = vec![a.clone(), o.clone()];
                args.extend(v.cloned());
                return ab::call(&set, &args, None).map(drop);
            }
            // a data descriptor lacking this hook: CPython's slot_tp_descr_set
            // fails to find the method, an AttributeError naming it
            let other = if v.is_some() { "__delete__" } else { "__set__" };
            if a.type_obj().lookup(&crate::types::str::istr(other)).is_some() {
                return Err(attribute_error(hook));
            }
        }
    }
    generic_setattr(o, name, v)
}

/// All `__slots__` names along a class's MRO (its instance layout in pyk).
fn slot_layout(t: &'static TypeObject) -> Vec<String> {
    let mut names = vec![];
    for &c in t.mro() {
        // SAFETY: MRO entries are live (immortal) type objects.
        let c: &'static TypeObject = unsafe { &*c };
        if !is_heap(c) {
            continue;
        }
        if let Some(slots) = crate::types::dict::get_str(c.dict(), &crate::types::str::istr("__slots__")) {
            for n in crate::types::member::slot_names(&slots).unwrap_or_default() {
                names.push(as_str(&n).unwrap_or("").to_string());
            }
        }
    }
    names.sort();
    names
}

/// CPython's layout bits of `type.__flags__` for a class: MANAGED_DICT
/// (instances get a dict their builtin base lacks), INLINE_VALUES (that
/// dict on a plain object layout with no slots), MANAGED_WEAKREF (weak
/// references their builtin base lacks) and IS_ABSTRACT.
pub fn layout_flags(t: &'static TypeObject) -> i64 {
    if !is_heap(t) {
        return 0;
    }
    let solid = solid_base(t);
    let mut f = 0;
    if layout_has_dict(t) && !layout_has_dict(solid) {
        f |= 1 << 4;
        let slotted = t.mro().iter().any(|&c| {
            // SAFETY: MRO entries are live (immortal) type objects.
            let c: &'static TypeObject = unsafe { &*c };
            is_heap(c) && !own_slots(c).is_empty()
        });
        if std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE) && !slotted {
            f |= 1 << 2;
        }
    }
    let solid_weak = solid.flags & tpflags::EXCEPTION == 0 && crate::types::weakref::builtin_weakrefable(solid);
    if crate::types::weakref::instances_weakrefable(t) && !solid_weak {
        f |= 1 << 3;
    }
    let abstract_ = crate::types::dict::get_str(t.dict(), &crate::types::str::istr("__abstractmethods__")).is_some_and(|v| ab::is_true(&v).unwrap_or(false));
    if abstract_ {
        f |= 1 << 20;
    }
    f
}

/// A class's own `__slots__` names that add storage (sorted, as CPython's
/// ht_slots), empty when it has none.
fn own_slots(c: &'static TypeObject) -> Vec<String> {
    let mut names: Vec<String> = match crate::types::dict::get_str(c.dict(), &crate::types::str::istr("__slots__")) {
        Some(slots) => crate::types::member::slot_names(&slots).unwrap_or_default().iter().filter_map(|n| as_str(n).map(str::to_owned)).collect(),
        None => vec![],
    };
    names.retain(|n| n != "__dict__" && n != "__weakref__");
    names.sort();
    names
}

/// Whether instances of `t` have an instance dict.
fn layout_has_dict(t: &'static TypeObject) -> bool {
    if is_heap(t) {
        return t.flags & tpflags::NO_DICT == 0;
    }
    t.flags & tpflags::EXCEPTION != 0 || t.is_subtype(&TYPE_TYPE) || crate::types::dict::get_str(t.dict(), &crate::types::str::istr("__dict__")).is_some()
}

/// The nearest class along `t`'s `__base__` chain that adds to the
/// instance layout of its base (slots, a dict, weak references), or the
/// first builtin type (CPython's compatible_with_tp_base walk).
fn layout_base(t: &'static TypeObject) -> &'static TypeObject {
    let mut cur = t;
    while is_heap(cur) && !cur.base.is_null() {
        // SAFETY: base pointers point to live (static or immortal heap) types.
        let base: &'static TypeObject = unsafe { &*cur.base };
        let adds = !own_slots(cur).is_empty()
            || layout_has_dict(cur) != layout_has_dict(base)
            || crate::types::weakref::instances_weakrefable(cur) != crate::types::weakref::instances_weakrefable(base);
        if adds {
            break;
        }
        cur = base;
    }
    cur
}

/// CPython's rule for `__class__` assignment between two classes: their
/// layout-adding ancestors are the same class, or siblings of one base
/// that added the same slots.
fn same_layout_base(t: &'static TypeObject, nt: &'static TypeObject) -> bool {
    let (a, b) = (layout_base(t), layout_base(nt));
    std::ptr::eq(a, b) || (is_heap(a) && is_heap(b) && std::ptr::eq(a.base, b.base) && own_slots(a) == own_slots(b))
}

/// Whether no class along `t`'s MRO declares `__slots__` entries.
fn all_slots_empty(t: &'static TypeObject) -> bool {
    t.mro().iter().all(|&c| {
        // SAFETY: MRO entries point to live (static or immortal heap) types.
        let c: &'static TypeObject = unsafe { &*c };
        !is_heap(c) || own_slots(c).is_empty()
    })
}

/// `obj.__class__ = C`: only between classes with the same instance layout.
pub(crate) fn set_class(o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("can't delete __class__ attribute")) };
    let Some(nt) = type_arg(v) else {
        return Err(type_error(format!("__class__ must be set to a class, not '{}' object", v.type_obj().name())));
    };
    let t = o.type_obj();
    let module = &crate::types::module::MODULE_TYPE;
    // Modules and ModuleType subclasses share one layout (the module's dict).
    // (Not with `__slots__`: their cell exists only in a subclass's layout.)
    let any_modules = t.is_subtype(module) && nt.is_subtype(module);
    let modules = any_modules && all_slots_empty(t) && all_slots_empty(nt);
    if !any_modules && (!is_heap(t) || !is_heap(nt)) {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let same = std::ptr::eq(solid_base(t), solid_base(nt))
        && (modules || (t.flags & tpflags::NO_DICT) == (nt.flags & tpflags::NO_DICT))
        && (modules || std::ptr::eq(t.dealloc as *const (), nt.dealloc as *const ()))
        && crate::types::weakref::instances_weakrefable(t) == crate::types::weakref::instances_weakrefable(nt)
        && (modules || same_layout_base(t, nt));
    if !same {
        return Err(type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", nt.name(), t.name())));
    }
    let h = o.value().as_ptr() as *const ObjHeader;
    // SAFETY: `o` is a live object; `ob_type` is a pointer-sized, aligned
    // field, stored atomically here so a concurrent reader sees the old or
    // the new type, both immortal type objects with the same layout.
    unsafe {
        let field = std::ptr::addr_of!((*h).ob_type) as *const std::sync::atomic::AtomicPtr<ObjHeader>;
        (*field).store(nt as *const TypeObject as *mut ObjHeader, std::sync::atomic::Ordering::Release);
    }
    Ok(())
}

/// `object.__setattr__`: store in the instance dict.
pub fn generic_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if as_str(name) == Some("__class__") {
        return set_class(o, v);
    }
    if let Some(e) = as_exc(o) {
        if matches!(as_str(name), Some("__traceback__" | "__cause__" | "__context__" | "__suppress_context__" | "args" | "__dict__")) {
            if let Some(f) = crate::types::exceptions::BASE_EXCEPTION.setattr {
                return f(o, name, v);
            }
        }
        return dict_set(&exc_dict(e), name, v).map_err(|_| ab::no_attribute(o, name));
    }
    // A module's dict is its namespace for good.
    if as_str(name) == Some("__dict__") && std::ptr::eq(solid_base(o.type_obj()), &crate::types::module::MODULE_TYPE) {
        return Err(attribute_error("readonly attribute"));
    }
    if as_str(name) == Some("__dict__") && is_heap(o.type_obj()) && std::ptr::eq(solid_base(o.type_obj()), &crate::thread::LOCAL_TYPE) {
        // A _local's dict is per thread and cannot be replaced (local_setattro).
        return Err(attribute_error(format!("'{}' object attribute '__dict__' is read-only", o.type_obj().name())));
    }
    if as_str(name) == Some("__dict__") {
        if let Some(od) = crate::types::odict::as_odict(o) {
            return od.set_attr_dict(v);
        }
    }
    if as_str(name) == Some("__dict__") && instance_dict(o).is_some() && is_heap(o.type_obj()) && std::ptr::eq(solid_base(o.type_obj()), &crate::types::object::OBJECT_TYPE) {
        // Replacing the instance dict.
        // Deleting it leaves a fresh empty dict for the next access.
        let Some(v) = v else {
            // SAFETY: heap types whose solid base is object lay out instances as InstanceObject.
            drop(unsafe { o.cast::<InstanceObject>() }.dict.set(None));
            return Ok(());
        };
        if as_dict(v).is_none() {
            return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", v.type_obj().name())));
        }
        // SAFETY: heap types whose solid base is object lay out instances as InstanceObject.
        drop(unsafe { o.cast::<InstanceObject>() }.dict.set(Some(v.clone())));
        return Ok(());
    }
    match instance_dict(o) {
        Some(d) => dict_set(&d, name, v).map_err(|_| ab::no_attribute(o, name)),
        // A class attribute that is no descriptor cannot be shadowed
        // without an instance dict.
        None if o.type_obj().lookup(name).is_some() => {
            Err(attribute_error(format!("'{}' object attribute '{}' is read-only", o.type_obj().name(), as_str(name).unwrap_or("?"))))
        }
        // CPython adds the __dict__ remark only when the class keeps the
        // generic __setattr__.
        None if o.type_obj().lookup(&crate::types::str::istr("__setattr__")).is_some_and(|f| as_function(&f).is_some()) => {
            Err(attribute_error(format!("'{}' object has no attribute '{}'", o.type_obj().name(), as_str(name).unwrap_or("?"))))
        }
        None => Err(attribute_error(format!(
            "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
            o.type_obj().tp_name(),
            as_str(name).unwrap_or("?")
        ))),
    }
}

// ------------------------------------------------------------- creation

fn instance_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: installed on object-based heap types only.
    let inst = unsafe { o.cast::<InstanceObject>() };
    if let Some(d) = inst.dict.get() {
        visit(&d);
    }
    if let Some(d) = inst.slots.get() {
        visit(&d);
    }
}

fn instance_clear(o: &Obj) {
    // SAFETY: as instance_traverse.
    let inst = unsafe { o.cast::<InstanceObject>() };
    drop(inst.dict.set(None));
    drop(inst.slots.set(None));
}

/// `cls(*args)` for Python classes: `__new__` then `__init__`.
fn heap_new(t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    if let Some(am) = t.lookup(&crate::types::str::istr("__abstractmethods__")) {
        let mut names: Vec<String> = ab::collect(&am)?.iter().filter_map(|n| as_str(n).map(str::to_owned)).collect();
        if !names.is_empty() {
            names.sort();
            let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
            return Err(type_error(format!(
                "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
                t.name(),
                if names.len() == 1 { "" } else { "s" },
                quoted.join(", ")
            )));
        }
    }
    let cls = t.as_obj();
    // `__new__ = None` / `__init__ = None` in a class: calling None fails.
    for n in ["__new__", "__init__"] {
        if t.lookup(&crate::types::str::istr(n)).is_some_and(|f| is_none(&f)) {
            return Err(type_error("'NoneType' object is not callable"));
        }
    }
    let user_new = t.lookup(&crate::types::str::istr("__new__")).filter(|f| as_function(f).is_some() || f.downcast::<WrapperObject>(&STATICMETHOD_TYPE).is_some() || f.downcast::<WrapperObject>(&CLASSMETHOD_TYPE).is_some());
    let found_init = t.lookup(&crate::types::str::istr("__init__"));
    let user_init = found_init.clone().filter(|f| as_function(f).is_some());
    // Any other Python-level object there (a property, a callable
    // instance, a class/staticmethod) is bound as a descriptor and called.
    let descr_init = found_init.filter(|f| {
        as_function(f).is_none()
            && (is_heap(f.type_obj()) || as_property(f).is_some() || f.downcast::<WrapperObject>(&STATICMETHOD_TYPE).is_some() || f.downcast::<WrapperObject>(&CLASSMETHOD_TYPE).is_some())
    });
    let solid = solid_base(t);
    let info = solid.subclass;
    let obj = match &user_new {
        Some(f) => {
            // As CPython's slot: getattr(cls, '__new__') called with cls
            // first (a classmethod __new__ thus gets the class twice).
            let f = if f.downcast::<WrapperObject>(&CLASSMETHOD_TYPE).is_some() {
                bind(f, None, t, &crate::types::str::istr("__new__"))?
            } else {
                f.downcast::<WrapperObject>(&STATICMETHOD_TYPE).map(|w| w.func.clone()).unwrap_or_else(|| f.clone())
            };
            let mut v = vec![cls.clone()];
            v.extend_from_slice(args);
            let o = ab::call(&f, &v, kw)?;
            if !o.type_obj().is_subtype(t) {
                return Ok(o);
            }
            if !std::ptr::eq(o.type_obj(), t) {
                // `__new__` made an instance of a subclass: CPython runs that
                // subclass's `__init__` (type(obj).__init__), not t's.
                let sub = o.type_obj();
                let name = crate::types::str::istr("__init__");
                if let Some(init) = sub.lookup(&name).filter(|f| !f.is(&crate::types::dict::get_str(crate::types::object::OBJECT_TYPE.dict(), &name).unwrap_or_else(none))) {
                    let bound = bind(&init, Some(&o), sub, &name)?;
                    let r = ab::call(&bound, args, kw)?;
                    if !is_none(&r) {
                        return Err(type_error(format!("__init__() should return None, not '{}'", r.type_obj().name())));
                    }
                }
                return Ok(o);
            }
            o
        }
        None => {
            if user_init.is_none() && descr_init.is_none() && !args.is_empty() && std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE) {
                return Err(type_error(format!("{}() takes no arguments", t.name())));
            }
            let o = alloc_instance(t, args, kw)?;
            // A builtin base's `__new__` may return another object (reversed()
            // of a sequence with `__reversed__`): no `__init__` then, as CPython.
            if !o.type_obj().is_subtype(t) {
                return Ok(o);
            }
            o
        }
    };
    if user_init.is_none() && !solid.native.is_null() && obj.type_obj().is_subtype(t) {
        // A native type's own `__init__` method (one its module defines) runs
        // as CPython's inherited tp_init would.
        let name = crate::types::str::istr("__init__");
        if let (Some(own), Some(found)) = (crate::types::dict::get_str(solid.dict(), &name), t.lookup(&name)) {
            if own.is(&found) {
                let mut v = vec![obj.clone()];
                v.extend_from_slice(args);
                ab::call(&found, &v, kw)?;
            }
        }
    }
    if user_init.is_none() && user_new.is_some() && solid.flags & tpflags::EXCEPTION != 0 && obj.type_obj().is_subtype(t) {
        // BaseException.__init__ stores the call's arguments as args, after a
        // Python __new__ (CPython's type call runs the inherited tp_init).
        if let Some(init) = t.lookup(&crate::types::str::istr("__init__")) {
            if let Some(d) = as_method_descr(&init) {
                d.call_with_self(&obj, args, kw)?;
            }
        }
    }
    if user_init.is_none() {
        // A mutable builtin base fills the instance in its own __init__.
        if let Some(info) = info.filter(|i| !i.args_to_new) {
            let _ = info;
            if let Some(init) = t.lookup(&crate::types::str::istr("__init__")) {
                if let Some(d) = as_method_descr(&init) {
                    d.call_with_self(&obj, args, kw)?;
                }
            }
        }
    }
    if let Some(init) = descr_init.filter(|_| obj.type_obj().is_subtype(t)) {
        let bound = bind(&init, Some(&obj), obj.type_obj(), &crate::types::str::istr("__init__"))?;
        let r = ab::call(&bound, args, kw)?;
        if !is_none(&r) {
            return Err(type_error(format!("__init__() should return None, not '{}'", r.type_obj().name())));
        }
        return Ok(obj);
    }
    if let Some(init) = user_init {
        let mut v = vec![obj.clone()];
        v.extend_from_slice(args);
        let r = ab::call(&init, &v, kw)?;
        if !is_none(&r) {
            return Err(type_error(format!("__init__() should return None, not '{}'", r.type_obj().name())));
        }
    }
    Ok(obj)
}

const INIT_CACHE_SIZE: usize = 64;

thread_local! {
    /// Per-thread `simple_init` answers: (type, epoch, the `__init__`).
    static INIT_CACHE: std::cell::UnsafeCell<[(usize, u64, Option<Obj>); INIT_CACHE_SIZE]> =
        const { std::cell::UnsafeCell::new([const { (0, u64::MAX, None) }; INIT_CACHE_SIZE]) };
}

/// The Python `__init__` function that calling the class `t` (whose
/// metaclass the caller checked is exactly `type`) would run on a new
/// plain instance, when that is all `heap_new` would do: instances laid
/// out as InstanceObject, no `__abstractmethods__`, `__new__` not
/// overridden by Python code. The eval loop then makes the instance and
/// runs `__init__` as a frame of its own (CPython's
/// CALL_ALLOC_AND_ENTER_INIT). Cached per thread by the type epoch.
pub fn simple_init(t: &'static TypeObject) -> Option<Obj> {
    let tk = t as *const TypeObject as usize;
    let epoch = crate::types::typeobj::TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
    let idx = (tk >> 4) & (INIT_CACHE_SIZE - 1);
    let hit = INIT_CACHE
        .try_with(|c| {
            // SAFETY: this thread's cache; the borrow ends before anything
            // that could run Python code (cloning only increfs).
            let e = unsafe { &(*c.get())[idx] };
            (e.0 == tk && e.1 == epoch).then(|| e.2.clone())
        })
        .ok()
        .flatten();
    if let Some(r) = hit {
        return r;
    }
    let r = simple_init_uncached(t);
    // The evicted entry is dropped outside the borrow (dropping may run Python code).
    let evicted = INIT_CACHE
        .try_with(|c| {
            // SAFETY: as above; the exclusive borrow lasts for the swap only.
            let e = unsafe { &mut (*c.get())[idx] };
            std::mem::replace(e, (tk, epoch, r.clone()))
        })
        .ok();
    drop(evicted);
    r
}

#[cold]
fn simple_init_uncached(t: &'static TypeObject) -> Option<Obj> {
    if !is_heap(t) || !std::ptr::eq(solid_base(t), &crate::types::object::OBJECT_TYPE) || t.flags & tpflags::EXCEPTION != 0 {
        return None;
    }
    if t.lookup(&crate::types::str::istr("__abstractmethods__")).is_some() {
        return None;
    }
    // heap_new's user_new: a Python `__new__` (function, staticmethod or
    // classmethod), or `__new__ = None`, which fails.
    let new = t.lookup(&crate::types::str::istr("__new__"))?;
    if is_none(&new) || as_function(&new).is_some() || new.downcast::<WrapperObject>(&STATICMETHOD_TYPE).is_some() || new.downcast::<WrapperObject>(&CLASSMETHOD_TYPE).is_some() {
        return None;
    }
    let init = t.lookup(&crate::types::str::istr("__init__"))?;
    // A generator or coroutine `__init__` returns an object (a TypeError
    // heap_new reports); the frame route is for plain functions.
    let flags = as_function(&init)?.code().flags;
    if flags & (pyk_abi::code::co::GENERATOR | pyk_abi::code::co::COROUTINE | pyk_abi::code::co::ASYNC_GENERATOR | pyk_abi::code::co::ITERABLE_COROUTINE) != 0 {
        return None;
    }
    Some(init)
}

/// A new instance of a class laid out as InstanceObject, its dict not yet made.
pub fn new_plain_instance(t: &'static TypeObject) -> Obj {
    alloc(InstanceObject { header: crate::object::new_header_tracked(t), dict: ObjLockCell::new(None), slots: ObjLockCell::new(None) })
}

/// A new instance of heap type `t` (what `object.__new__(t)` or the
/// builtin base's `__new__` returns).
pub fn alloc_instance(t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let solid = solid_base(t);
    if solid.flags & tpflags::EXCEPTION != 0 {
        return crate::types::exceptions::exc_new(t, args, kw.filter(|k| as_tuple(k).is_some_and(|x| !x.is_empty())));
    }
    if !std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE) {
        let (Some(info), Some(new)) = (solid.subclass, solid.new) else {
            return Err(type_error(format!("pyk cannot create instances of '{}' (a subclass of '{}') yet", t.name(), solid.name())));
        };
        // A native type's `new` is told the real class, as CPython's tp_new
        // is (its module may treat a subclass differently), and builds the
        // subclass instance itself (`native::native_new`).
        if !solid.native.is_null() {
            return new(t, args, kw);
        }
        // tuple, float, frozenset, map, filter and reversed refuse keywords only for a subclass
        // that keeps their `__init__` (CPython checks `tp_init`): one with its
        // own `__init__` takes them there.
        let (args, kw) = if kw.is_some() && overrides_init_for_keywords(t, solid) { (crate::builtins::split_kwargs(args, kw).0, None) } else { (args, kw) };
        let exact = if std::ptr::eq(solid, &crate::thread::LOCAL_TYPE) {
            // Whether arguments are allowed depends on the subclass's __init__.
            crate::thread::local_new_for(t, args, kw)?
        } else if info.args_to_new {
            if std::ptr::eq(solid, &crate::builtins::ENUMERATE_TYPE) {
                // A subclass goes through enumerate's tp_new, whose argument
                // errors are worded as CPython's argument clinic words them.
                crate::builtins::enumerate_subclass_args(args, kw)?;
            }
            new(solid, args, kw)?
        } else {
            new(solid, &[], None)?
        };
        let inst = (info.rewrap)(exact, t)?;
        if std::ptr::eq(solid, &PROPERTY_TYPE) {
            // A property subclass keeps its doc in the instance dict (the
            // class's own `__doc__` would hide the property's), as CPython.
            let doc = p_doc(&inst)?;
            if let Some(d) = attribute_storage(&inst) {
                set_item_str(&d, "__doc__", doc);
            }
        }
        return Ok(inst);
    }
    Ok(new_plain_instance(t))
}

/// Whether `t`, a subclass of one of the builtins whose `__new__` ignores
/// keywords once `__init__` is overridden, overrides `__init__`.
fn overrides_init_for_keywords(t: &'static TypeObject, solid: &'static TypeObject) -> bool {
    let relevant = [
        &crate::types::tuple::TUPLE_TYPE,
        &crate::types::float::FLOAT_TYPE,
        &crate::types::set::FROZENSET_TYPE,
        &crate::builtins::MAP_TYPE,
        &crate::builtins::FILTER_TYPE,
        &crate::builtins::REVERSED_TYPE,
        &crate::types::weakref::REF_TYPE,
    ];
    if !relevant.iter().any(|r| std::ptr::eq(*r, solid)) {
        return false;
    }
    let name = crate::types::str::istr("__init__");
    match (t.lookup(&name), solid.lookup(&name)) {
        (Some(a), Some(b)) => a.value() != b.value(),
        _ => false,
    }
}

/// Whether `t` (an instance's type) has a `__new__` of its own rather than
/// `base`'s: list.__init__ then accepts (and ignores) keywords, as CPython's.
pub fn overrides_new(t: &'static TypeObject, base: &'static TypeObject) -> bool {
    let name = crate::types::str::istr("__new__");
    match (t.lookup(&name), base.lookup(&name)) {
        (Some(a), Some(b)) => a.value() != b.value(),
        _ => false,
    }
}

fn type_arg(o: &Obj) -> Option<&'static TypeObject> {
    if crate::types::typeobj::is_type(&o) {
        // SAFETY: instances of `type` are TypeObjects, immortal.
        Some(unsafe { &*(o.value().as_ptr() as *const TypeObject) })
    } else {
        None
    }
}

/// C3 linearization of `t` with `bases`.
fn c3_mro(t: *const TypeObject, bases: &[&'static TypeObject]) -> PyResult<Vec<*const TypeObject>> {
    let mut seqs: Vec<Vec<*const TypeObject>> = bases.iter().map(|b| b.mro().to_vec()).collect();
    seqs.push(bases.iter().map(|b| *b as *const TypeObject).collect());
    let mut out = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let cand = seqs.iter().map(|s| s[0]).find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
        let Some(c) = cand else {
            // As CPython: the heads of the lists left to merge, each once.
            let mut heads: Vec<*const TypeObject> = vec![];
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            // SAFETY: MRO entries are live types.
            let names: Vec<&str> = heads.iter().map(|h| unsafe { &**h }.name()).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// The base whose instance layout is the most derived (CPython's
/// best_base), which becomes `__base__`; the other bases' layouts must be
/// ones it extends.
fn best_base(base_types: &[&'static TypeObject]) -> PyResult<&'static TypeObject> {
    // The base whose instance layout is the most derived becomes __base__
    // (`class C(Plain, complex)` lays out as complex); the other bases'
    // layouts must be ones it extends.
    let mut base = base_types[0];
    let mut solid = solid_base(base);
    for b in &base_types[1..] {
        let s = solid_base(b);
        // Builtin exception classes all share one instance layout.
        let both_exceptions = s.flags & solid.flags & tpflags::EXCEPTION != 0;
        if std::ptr::eq(s, solid) || solid.is_subtype(s) || both_exceptions {
            continue;
        }
        if s.is_subtype(solid) {
            solid = s;
            base = b;
            continue;
        }
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    // Classes whose __slots__ add members each have their own layout:
    // two of them that do not extend one another cannot be combined.
    let mut slotted: Option<&'static TypeObject> = None;
    for b in base_types {
        if let Some(s) = slotted_layout(b) {
            match slotted {
                None => slotted = Some(s),
                Some(w) if w.is_subtype(s) => {}
                Some(w) if s.is_subtype(w) => slotted = Some(s),
                Some(_) => return Err(type_error("multiple bases have instance lay-out conflict")),
            }
        }
    }
    Ok(base)
}

/// The MRO a Python metaclass's own `mro()` gives `t` (checked as
/// CPython's mro_check), or None when the metaclass does not override it.
fn custom_mro(t: &'static TypeObject) -> PyResult<Option<Vec<*const TypeObject>>> {
    let meta = t.as_obj().type_obj();
    if std::ptr::eq(meta, &TYPE_TYPE) {
        return Ok(None);
    }
    let Some(m) = meta.lookup(&crate::types::str::istr("mro")).filter(|m| as_function(m).is_some()) else { return Ok(None) };
    let r = ab::call(&m, &[t.as_obj()], None)?;
    let solid = solid_base(t);
    let mut custom: Vec<*const TypeObject> = vec![];
    for x in ab::collect(&r)? {
        let xt = type_arg(&x).ok_or_else(|| type_error(format!("mro() returned a non-class ('{}')", x.type_obj().name())))?;
        if !solid.is_subtype(solid_base(xt)) {
            return Err(type_error(format!("mro() returned base with unsuitable layout ('{}')", xt.name())));
        }
        custom.push(xt);
    }
    Ok(Some(custom))
}

/// `c`'s MRO from its current bases: the metaclass's `mro()` when it
/// overrides it, else the C3 linearization.
fn compute_mro(c: &'static TypeObject) -> PyResult<Vec<*const TypeObject>> {
    if let Some(custom) = custom_mro(c)? {
        return Ok(custom);
    }
    c3_of_bases(c)
}

/// `type.mro(c)`: the C3 linearization of heap type `c` over its current
/// bases (a builtin type's is its fixed MRO).
pub fn c3_of_bases(c: &'static TypeObject) -> PyResult<Vec<*const TypeObject>> {
    if !is_heap(c) {
        return Ok(c.mro().to_vec());
    }
    // SAFETY: bases are written only by class creation and `set_bases`.
    let bases: Vec<&'static TypeObject> = unsafe { *c.bases.get() }.iter().map(|b| {
        // SAFETY: bases are live type objects.
        unsafe { &**b }
    }).collect();
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| std::ptr::eq(*x, *b)) {
            return Err(type_error(format!("duplicate base class {}", b.name())));
        }
    }
    c3_mro(c, &bases)
}

/// Whether instances laid out for base `old` fit base `new` (CPython's
/// compatible_for_assignment): the same builtin layout, the same
/// `__slots__` and, between classes, the same presence of an instance dict.
fn same_layout(old: &'static TypeObject, new: &'static TypeObject) -> bool {
    std::ptr::eq(solid_base(old), solid_base(new))
        && slot_layout(old) == slot_layout(new)
        && (!is_heap(old) || !is_heap(new) || (old.flags & tpflags::NO_DICT) == (new.flags & tpflags::NO_DICT))
}

/// `C.__bases__ = bases` (CPython's type_set_bases): checks the new bases,
/// recomputes the MRO of C and of every class derived from it (undoing
/// everything if one fails), then the subclass lists and the slots.
fn set_bases(t: &'static TypeObject, v: Option<&Obj>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(type_error(format!("cannot delete '__bases__' attribute of immutable type '{}'", t.name())));
    };
    let Some(items) = crate::types::tuple::as_tuple(v) else {
        return Err(type_error(format!("can only assign tuple to {}.__bases__, not {}", t.name(), v.type_obj().name())));
    };
    if items.is_empty() {
        return Err(type_error(format!("can only assign non-empty tuple to {}.__bases__, not ()", t.name())));
    }
    let mut new_bases: Vec<&'static TypeObject> = vec![];
    for ob in items.iter() {
        let Some(b) = type_arg(ob) else {
            return Err(type_error(format!("{}.__bases__ must be tuple of classes, not '{}'", t.name(), ob.type_obj().name())));
        };
        // Through the MRO, and through the `__base__` chain, which a
        // reentrant assignment (from a metaclass's mro()) may have changed
        // before the MROs were recomputed.
        let mut chain = b;
        let mut cycle = b.is_subtype(t);
        loop {
            cycle |= std::ptr::eq(chain, t);
            if cycle || chain.base.is_null() {
                break;
            }
            // SAFETY: base pointers point to live types.
            chain = unsafe { &*chain.base };
        }
        if cycle {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        new_bases.push(b);
    }
    for b in &new_bases {
        if b.flags & tpflags::BASETYPE == 0 {
            return Err(type_error(format!("type '{}' is not an acceptable base type", b.name())));
        }
    }
    let new_base = best_base(&new_bases)?;
    // SAFETY: a heap type's base points to a live type.
    let old_base: &'static TypeObject = unsafe { &*t.base };
    // Instances of heap types (and of builtin types with a collector
    // traverse hook) are freed as collected objects, others are not.
    let collected = |b: &'static TypeObject| is_heap(b) || b.traverse.is_some();
    if collected(old_base) != collected(new_base) {
        return Err(type_error(format!("__bases__ assignment: '{}' deallocator differs from '{}'", new_base.name(), old_base.name())));
    }
    if !same_layout(old_base, new_base) {
        return Err(type_error(format!("__bases__ assignment: '{}' object layout differs from '{}'", new_base.name(), old_base.name())));
    }
    // SAFETY: written only here and at creation (see update_slots for why
    // writing a published heap type's fields is sound).
    let old_bases: &'static [*const TypeObject] = unsafe { *t.bases.get() };
    let tm = heap_type_mut(t);
    let set = |bases: &'static [*const TypeObject], base: &'static TypeObject| {
        // SAFETY: as above; `base` and `bases` are each one aligned word
        // or slice, and `base` keeps the same solid layout.
        unsafe {
            *t.bases.get() = bases;
            (*tm).base = base;
        }
    };
    let new_slice: &'static [*const TypeObject] = Box::leak(new_bases.iter().map(|b| *b as *const TypeObject).collect::<Vec<_>>().into_boxed_slice());
    set(new_slice, new_base);
    // Each class after the classes it derives from.
    let all = with_subclasses(t);
    let mut order: Vec<&'static TypeObject> = vec![];
    while order.len() < all.len() {
        let before = order.len();
        for c in &all {
            if order.iter().any(|x| std::ptr::eq(*x, *c)) {
                continue;
            }
            // SAFETY: bases are live type objects, written as above.
            let ready = unsafe { *c.bases.get() }.iter().all(|b| std::ptr::eq(*c, t) || !all.iter().any(|x| std::ptr::eq(*x, *b)) || order.iter().any(|x| std::ptr::eq(*x, *b)));
            if ready {
                order.push(c);
            }
        }
        if order.len() == before {
            break;
        }
    }
    let mut done: Vec<(&'static TypeObject, &'static [*const TypeObject])> = vec![];
    for c in order {
        let old_mro: &'static [*const TypeObject] = unsafe_mro(c);
        match compute_mro(c) {
            Ok(m) => {
                // SAFETY: as above.
                unsafe { *c.mro.get() = Box::leak(m.into_boxed_slice()) };
                done.push((c, old_mro));
                c.touch();
            }
            Err(e) => {
                for (c, m) in done.into_iter().rev() {
                    // SAFETY: as above.
                    unsafe { *c.mro.get() = m };
                    c.touch();
                }
                // SAFETY: as above.
                if std::ptr::eq(unsafe { *t.bases.get() }, new_slice) {
                    set(old_bases, old_base);
                }
                t.touch();
                return Err(e);
            }
        }
    }
    // A reentrant assignment (from a metaclass's mro()) replaced the bases
    // meanwhile: it did the rest.
    // SAFETY: as above.
    if !std::ptr::eq(unsafe { *t.bases.get() }, new_slice) {
        return Ok(());
    }
    for b in old_bases {
        // SAFETY: bases are live type objects.
        crate::types::typeobj::unregister_subclass(unsafe { &**b }, t);
    }
    for b in &new_bases {
        crate::types::typeobj::register_subclass(b, t);
    }
    t.touch();
    update_slots(t);
    Ok(())
}

/// The MRO slice itself (to restore it unchanged).
fn unsafe_mro(c: &'static TypeObject) -> &'static [*const TypeObject] {
    // SAFETY: MROs are leaked slices, replaced only by `set_bases`.
    unsafe { *c.mro.get() }
}

/// `type(name, bases, ns)`: creates a heap type.
pub fn new_heap_type(name: &str, bases: &[Obj], ns: &Obj) -> PyResult {
    new_heap_type_meta(name, bases, ns, &TYPE_TYPE)
}

/// Creates a class whose type (metaclass) is `meta`.
pub fn new_heap_type_meta(name: &str, bases: &[Obj], ns: &Obj, meta: &'static TypeObject) -> PyResult {
    let mut base_types: Vec<&'static TypeObject> = vec![];
    for b in bases {
        match type_arg(b) {
            Some(t) => {
                if t.flags & tpflags::BASETYPE == 0 {
                    return Err(type_error(format!("type '{}' is not an acceptable base type", t.tp_name())));
                }
                if base_types.iter().any(|x| std::ptr::eq(*x, t)) {
                    return Err(type_error(format!("duplicate base class {}", t.name())));
                }
                base_types.push(t)
            }
            None => return Err(type_error(format!("bases must be types, not '{}'", b.type_obj().name()))),
        }
    }
    if base_types.is_empty() {
        base_types.push(&crate::types::object::OBJECT_TYPE);
    }
    let base = best_base(&base_types)?;
    let solid = solid_base(base);
    if solid.flags & tpflags::EXCEPTION == 0
        && !std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE)
        && !std::ptr::eq(solid, &TYPE_TYPE)
        && solid.subclass.is_none()
    {
        return Err(type_error(format!("pyk cannot subclass the builtin type '{}' yet", solid.name())));
    }
    let d = new_dict();
    crate::types::dict::update_from(&d, ns)?;
    if as_dict(&d).is_some_and(|dd| dd.keys().iter().any(|k| as_str(k).is_none())) {
        crate::warningsmod::warn(&crate::types::exceptions::RUNTIME_WARNING, &format!("non-string key in the __dict__ of class {name}"), 1)?;
    }
    // The class body's `__class__` cell does not stay in the class dict; it
    // is filled once the class exists (before `__set_name__` runs, so a
    // metaclass's `super().__new__` call fills it). A `__classcell__` slot
    // therefore does not conflict with it.
    let classcell_key = crate::types::str::istr("__classcell__");
    let classcell = crate::types::dict::get_str(&d, &classcell_key);
    if let Some(cell) = &classcell {
        if crate::types::function::as_cell(cell).is_none() {
            return Err(type_error(format!("__classcell__ must be a nonlocal cell, not {}", ab::repr_string(&cell.type_obj().as_obj())?)));
        }
        as_dict(&d).expect("dict").del(&classcell_key)?;
    }
    // `__init_subclass__` and `__class_getitem__` are implicitly classmethods.
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = crate::types::dict::get_str(&d, &crate::types::str::istr(n)) {
            if as_function(&f).is_some() {
                set_item_str(&d, n, wrap_classmethod(f));
            }
        }
    }
    // A plain-function `__new__` becomes a staticmethod, as CPython stores it
    // (enum's `_simple_enum` reads `cls.__dict__['__new__'].__func__`).
    if let Some(f) = crate::types::dict::get_str(&d, &crate::types::str::istr("__new__")) {
        if as_function(&f).is_some() {
            set_item_str(&d, "__new__", alloc(WrapperObject { header: crate::object::new_header_tracked(&STATICMETHOD_TYPE), func: f, dict: ObjLockCell::new(None) }));
        }
    }
    // `__qualname__` is kept beside the type, not in its dict (as CPython's
    // ht_qualname): typing's protocol checks list the dict's names.
    let qualname = crate::types::dict::get_str(&d, &crate::types::str::istr("__qualname__"));
    if let Some(q) = &qualname {
        if as_str(q).is_none() {
            return Err(type_error(format!("type __qualname__ must be a str, not {}", q.type_obj().name())));
        }
        crate::types::dict::as_dict(&d).expect("dict").del(&crate::types::str::istr("__qualname__"))?;
    }
    if crate::types::dict::get_str(&d, &crate::types::str::istr("__module__")).is_none() {
        // type(name, bases, ns): the module of the calling code.
        let caller = crate::eval::with_current_frame(|f| f.map(|f| f.globals.clone()));
        if let Some(m) = caller.and_then(|g| crate::types::dict::get_str(&g, &crate::types::str::istr("__name__"))) {
            set_item_str(&d, "__module__", m);
        }
    }
    let module = crate::types::dict::get_str(&d, &crate::types::str::istr("__module__"))
        .and_then(|m| as_str(&m).map(leak_str))
        .unwrap_or("builtins");
    // A class that defines __eq__ without __hash__ is unhashable.
    if crate::types::dict::get_str(&d, &crate::types::str::istr("__eq__")).is_some() && crate::types::dict::get_str(&d, &crate::types::str::istr("__hash__")).is_none() {
        set_item_str(&d, "__hash__", none());
    }
    // __slots__: member descriptors; no instance dict unless asked for or inherited.
    // A builtin base whose instances carry a dict (exceptions, modules,
    // types, functions...): CPython's nonzero tp_dictoffset.
    let builtin_dict = |b: &TypeObject| {
        b.flags & tpflags::EXCEPTION != 0
            || b.is_subtype(&TYPE_TYPE)
            || std::ptr::eq(b, &crate::types::module::MODULE_TYPE)
            || b.is_subtype(&crate::types::odict::ODICT_TYPE)
            || std::ptr::eq(b, &crate::types::namespace::NAMESPACE_TYPE)
            || std::ptr::eq(b, &crate::thread::LOCAL_TYPE)
            || crate::types::dict::get_str(b.dict(), &crate::types::str::istr("__dict__")).is_some()
    };
    let base_has_dict = |b: &TypeObject| if is_heap(b) { b.flags & tpflags::NO_DICT == 0 } else { builtin_dict(b) };
    // Weak references: a heap base's own rule; a builtin base's own (not
    // exceptions', whose instances take none in CPython).
    // (Native modules' types take weak references in pyk, whatever their
    // CPython counterparts do, so they never refuse a `__weakref__` slot.)
    let base_has_weak = |b: &'static TypeObject| b.native.is_null() && crate::types::weakref::instances_weakrefable(b);
    // The kernel's own tuple subclasses that keep extra fields in slots
    // (time.struct_time, CPython's structseq) say so with this name, which
    // is removed from their namespace; other classes get CPython's error.
    let structseq_key = crate::types::str::istr("_pyk_structseq_");
    let structseq = match crate::types::dict::get_str(&d, &structseq_key) {
        Some(desc) => {
            crate::types::dict::as_dict(&d).expect("dict").del(&structseq_key)?;
            if !std::ptr::eq(solid, &crate::types::tuple::TUPLE_TYPE) || crate::types::dict::get_str(&d, &crate::types::str::istr("__slots__")).is_some() {
                return Err(type_error("a struct sequence is a tuple subclass without __slots__"));
            }
            Some(crate::structseq::prepare_namespace(&d, name, &desc)?)
        }
        None => None,
    };
    let mut no_dict = false;
    if let Some(slots) = crate::types::dict::get_str(&d, &crate::types::str::istr("__slots__")) {
        let mut names = crate::types::member::slot_names(&slots)?;
        let mut wants_dict = false;
        let owner = leak_str(name);
        // Variable-size layouts (CPython's nonzero tp_itemsize) take no slots at all.
        let var_size_solid = [&crate::types::int::INT_TYPE, &crate::types::bytes::BYTES_TYPE, &crate::types::tuple::TUPLE_TYPE, &TYPE_TYPE].iter().any(|t| std::ptr::eq(solid, *t));
        if !names.is_empty() && var_size_solid {
            return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{}'", solid.name())));
        }
        if names.iter().filter(|n| as_str(n) == Some("__dict__")).count() > 1
            || (names.iter().any(|n| as_str(n) == Some("__dict__")) && base_has_dict(base))
        {
            return Err(type_error("__dict__ slot disallowed: we already got one"));
        }
        if names.iter().filter(|n| as_str(n) == Some("__weakref__")).count() > 1
            || (names.iter().any(|n| as_str(n) == Some("__weakref__")) && base_has_weak(base))
        {
            return Err(type_error("__weakref__ slot disallowed: we already got one"));
        }
        let mut seen: Vec<String> = vec![];
        names.retain(|n| {
            let s = as_str(n).unwrap_or("").to_string();
            let fresh = !seen.contains(&s);
            seen.push(s);
            fresh
        });
        for n in names {
            let s = as_str(&n).unwrap_or("");
            if !crate::types::str::py_isidentifier(s) {
                return Err(type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                wants_dict = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            // private names are mangled with the class name, as in its body
            let stripped = name.trim_start_matches('_');
            let (n, s) = if s.starts_with("__") && !s.ends_with("__") && !stripped.is_empty() {
                let m = format!("_{stripped}{s}");
                (crate::types::str::new_string(m.clone()), m)
            } else {
                (n.clone(), s.to_string())
            };
            let s = s.as_str();
            if crate::types::dict::get_str(&d, &n).is_some() {
                return Err(crate::error::value_error(format!("'{s}' in __slots__ conflicts with class variable")));
            }
            set_item_str(&d, s, crate::types::member::new_member(n.clone(), owner));
        }
        // Slot values live apart from the instance dict (slot_storage), so
        // a class whose slots leave out `__dict__` has none unless a base
        // gives its instances one.
        no_dict = !wants_dict && base_types.iter().all(|b| std::ptr::eq(*b, &crate::types::object::OBJECT_TYPE) || !base_has_dict(b));
    }
    // The first class of a hierarchy whose instances get a dict (weak
    // references) holds the `__dict__` (`__weakref__`) descriptor, as in
    // CPython; placeholders keep CPython's order, filled once the type exists.
    // A struct sequence's instances keep their hidden fields in the slots
    // cell (`structseq`) and take no dict or weak references.
    no_dict |= structseq.is_some();
    let (add_dict, add_weak) = if structseq.is_some() {
        (false, false)
    } else {
        let slot_list = match crate::types::dict::get_str(&d, &crate::types::str::istr("__slots__")) {
            Some(slots) => Some(crate::types::member::slot_names(&slots)?.iter().filter_map(|n| as_str(n).map(str::to_owned)).collect::<Vec<_>>()),
            None => None,
        };
        let wants = |n: &str| slot_list.as_ref().is_none_or(|l| l.iter().any(|x| x == n));
        let base_dict = base_has_dict(base);
        // Variable-size builtin layouts (int, tuple, bytes) take no weak references.
        let var_size = [&crate::types::int::INT_TYPE, &crate::types::tuple::TUPLE_TYPE, &crate::types::bytes::BYTES_TYPE].iter().any(|v| std::ptr::eq(solid, *v));
        let base_weak = base_has_weak(base);
        // A name the class body defines itself stays the class's.
        let own = |n: &'static str| crate::types::dict::get_str(&d, &crate::types::str::istr(n)).is_some();
        (wants("__dict__") && !base_dict && !own("__dict__"), wants("__weakref__") && !base_weak && !var_size && !own("__weakref__"))
    };
    if add_dict {
        set_item_str(&d, "__dict__", none());
    }
    if add_weak {
        set_item_str(&d, "__weakref__", none());
    }
    // A class without a docstring (or a `__doc__` slot) has __doc__ None, not its base's.
    if crate::types::dict::get_str(&d, &crate::types::str::istr("__doc__")).is_none() {
        set_item_str(&d, "__doc__", none());
    }
    let is_exc = solid.flags & tpflags::EXCEPTION != 0;
    let t = TypeObject {
        module,
        base,
        flags: tpflags::HEAPTYPE | if structseq.is_some() { 0 } else { tpflags::BASETYPE } | (solid.flags & tpflags::EXCEPTION) | if no_dict { tpflags::NO_DICT } else { 0 },
        dealloc: match solid.subclass {
            Some(info) if !is_exc => info.dealloc,
            // Instances of object-based classes are InstanceObjects (their
            // dict and slot values are released with them).
            _ if std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE) => dealloc_box::<InstanceObject>,
            _ => solid.dealloc,
        },
        solid,
        new: Some(heap_new),
        repr: Some(slot_repr),
        str: Some(slot_str),
        hash: Some(slot_hash),
        richcompare: Some(slot_richcompare),
        call: Some(slot_call),
        iter: Some(slot_iter),
        next: Some(slot_next),
        getattr: Some(if is_exc {
            slot_getattr
        } else if std::ptr::eq(solid, &SUPER_TYPE) {
            // (super's lookup first, then the subclass's own attributes)
            super_getattr
        } else {
            instance_getattr
        }),
        setattr: Some(instance_setattr),
        len: Some(slot_len),
        getitem: Some(slot_getitem),
        setitem: Some(slot_setitem),
        contains: Some(slot_contains),
        traverse: if is_exc || solid.subclass.is_some() { solid.traverse } else { Some(instance_traverse) },
        clear: if is_exc || solid.subclass.is_some() { solid.clear } else { Some(instance_clear) },
        number: NumberSlots {
            neg: Some(slot_neg),
            pos: Some(slot_pos),
            invert: Some(slot_invert),
            index: Some(slot_index),
            int: Some(slot_int),
            float: Some(slot_float),
            bool: Some(slot_bool),
            ..NumberSlots::EMPTY
        },
        ..TypeObject::builtin(leak_str(name), std::ptr::null(), dealloc_box::<InstanceObject>)
    };
    // The box's pointer keeps write permission (exposed for
    // `heap_type_mut`): a heap type's slots change when its dunders do.
    let raw: *mut TypeObject = Box::into_raw(Box::new(t));
    let _ = raw.expose_provenance();
    // SAFETY: a fresh, never-freed allocation.
    let t: &'static TypeObject = unsafe { &*raw };
    if let Some(q) = qualname {
        set_heap_qualname(t, q);
    }
    // SAFETY: the new type is private to this function; its header's type is its metaclass.
    unsafe {
        (*raw).header.ob_type = meta as *const TypeObject as *const pyk_abi::value::ObjHeader;
    }
    if let Some(b) = base_types.iter().find(|b| b.mro().is_empty()) {
        return Err(type_error(format!("Cannot extend an incomplete type '{}'", b.name())));
    }
    // A metaclass's own `mro()` runs while the class has no MRO yet
    // (`__mro__` is None), and its result is the MRO; C3 otherwise.
    let custom_mro_fn = !std::ptr::eq(meta, &TYPE_TYPE) && meta.lookup(&crate::types::str::istr("mro")).is_some_and(|m| as_function(&m).is_some());
    let mro = if custom_mro_fn { vec![] } else { c3_mro(t, &base_types)? };
    for b in &base_types {
        crate::types::typeobj::register_subclass(b, t);
    }
    // SAFETY: the new type is not yet visible to any other thread.
    unsafe {
        *t.mro.get() = Box::leak(mro.into_boxed_slice());
        *t.bases.get() = Box::leak(base_types.iter().map(|b| *b as *const TypeObject).collect::<Vec<_>>().into_boxed_slice());
        *t.dict.get() = d.into_raw();
    }
    if custom_mro_fn {
        if let Some(custom) = custom_mro(t)? {
            // SAFETY: the new type is not yet visible to any other thread.
            unsafe {
                *t.mro.get() = Box::leak(custom.into_boxed_slice());
            }
            crate::types::typeobj::TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }
    let tobj = t.as_obj();
    crate::types::member::set_objclass(t.dict(), &tobj);
    if let Some(layout) = structseq {
        crate::structseq::register(t, layout);
    }
    if add_dict {
        set_item_str(t.dict(), "__dict__", crate::types::function::new_getset_descr(t, &DICT_GETSET));
    }
    if add_weak {
        set_item_str(t.dict(), "__weakref__", crate::types::function::new_getset_descr(t, &crate::types::typeobj::WEAKREF_GETSET));
    }
    fixup_slots(raw);
    if let Some(cell) = classcell {
        set_classcell(&cell, &tobj);
    }
    Ok(tobj)
}

/// `obj.__dict__` through the descriptor in the class dict.
static DICT_GETSET: crate::types::typeobj::GetSetDef = crate::types::typeobj::GetSetDef { name: "__dict__", get: instance_dict_get };

fn instance_dict_get(o: &Obj) -> PyResult {
    instance_dict(o).ok_or_else(|| attribute_error("This object has no __dict__"))
}

/// Sets the slots of heap type `t` that depend on which dunders its MRO
/// provides (CPython's fixup_slot_dispatchers). Slots a class does not
/// define fall back to its solid base's behaviour; the dunder-dispatching
/// slots handle that, except the optional ones (`iter`, `next`, `call`,
/// the conversions, `len`, `getitem`...), which must stay unset when
/// nothing provides them so that the operations report the type.
/// Run when the class is made, and again (`update_slots`) whenever a dunder
/// of it or of a class on its MRO is set or deleted, or its bases change.
fn fixup_slots(p: *mut TypeObject) {
    use crate::types::typeobj::{BinaryFn, CallFn, IterNextFn, LenFn, UnaryFn};
    fn opt<F>(present: bool, f: F, base: Option<F>) -> Option<F> {
        if present { Some(f) } else { base }
    }
    // SAFETY: `p` is a live heap type (see the callers); this shared view
    // is not used after the writes below.
    let t: &TypeObject = unsafe { &*p };
    // SAFETY: a heap type's solid base is a live builtin type.
    let solid: &'static TypeObject = unsafe { &*t.solid };
    let has = |n: &'static str| t.lookup(&crate::types::str::istr(n)).is_some();
    let (h_iter, h_getitem, h_next, h_call, h_len) = (has("__iter__"), has("__getitem__"), has("__next__"), has("__call__"), has("__len__"));
    let (h_float, h_int, h_index) = (has("__float__"), has("__int__"), has("__index__"));
    let (h_contains, h_setitem, h_delitem, h_bool) = (has("__contains__"), has("__setitem__"), has("__delitem__"), has("__bool__"));
    let mut iter = opt(h_iter || h_getitem, slot_iter as UnaryFn, solid.iter);
    let next = opt(h_next, slot_next as IterNextFn, solid.next);
    let mut call = opt(h_call, slot_call as CallFn, solid.call);
    let len = opt(h_len, slot_len as LenFn, solid.len);
    let mut getitem = opt(h_getitem, slot_getitem as BinaryFn, solid.getitem);
    let mut contains = Some(slot_contains as crate::types::typeobj::ContainsFn);
    let mut setitem = Some(slot_setitem as crate::types::typeobj::SetItemFn);
    // Conversions a class does not define stay absent, so float()/int()/
    // indexing report the type instead of a NotImplemented result.
    let mut number = NumberSlots {
        neg: Some(slot_neg),
        pos: Some(slot_pos),
        invert: Some(slot_invert),
        index: opt(h_index, slot_index as UnaryFn, solid.number.index),
        int: opt(h_int, slot_int as UnaryFn, solid.number.int),
        float: opt(h_float, slot_float as UnaryFn, solid.number.float),
        bool: Some(slot_bool),
        ..NumberSlots::EMPTY
    };
    let metaclass = std::ptr::eq(solid, &TYPE_TYPE);
    let mut own_hash = false;
    if metaclass {
        // A metaclass: its instances are classes.
        call = Some(meta_call);
        if !h_getitem {
            // Classes take C[x] to __class_getitem__ unless the metaclass defines __getitem__.
            getitem = TYPE_TYPE.getitem;
        }
        // type's own identity hash, unless the metaclass sets `__hash__`
        // (None makes its classes unhashable).
        own_hash = t.lookup(&crate::types::str::istr("__hash__")).is_some_and(|h| crate::types::slotwrapper::as_slot_wrapper(&h).is_none());
        number = TYPE_TYPE.number;
        if h_bool {
            // Before `__len__`, as for any object (EnumType defines both).
            number.bool = Some(slot_bool);
        }
    }
    if solid.subclass.is_some() {
        // Operators a Python subclass does not override come from its builtin base.
        let n = solid.number;
        number = NumberSlots { neg: number.neg, pos: number.pos, invert: number.invert, index: number.index, int: number.int, float: number.float, bool: number.bool, ..n };
        if !h_contains {
            contains = solid.contains;
        }
        if !h_setitem && !h_delitem {
            setitem = solid.setitem;
        }
        if !h_iter {
            iter = solid.iter;
        }
    }
    // SAFETY: `p` may be written (see the callers); each store replaces
    // one field by a value of its type, through the raw pointer, with no
    // reference to the whole type held.
    let py_getattribute = python_getattribute(t).is_some();
    unsafe {
        let flag = crate::types::typeobj::tpflags::PY_GETATTRIBUTE;
        (*p).flags = if py_getattribute { (*p).flags | flag } else { (*p).flags & !flag };
        (*p).iter = iter;
        (*p).next = next;
        (*p).call = call;
        (*p).len = len;
        (*p).getitem = getitem;
        (*p).contains = contains;
        (*p).setitem = setitem;
        (*p).number = number;
        if metaclass {
            // A metaclass's own `__setattr__`/`__delattr__` (enum's, which
            // refuse to rebind members) run for its classes.
            (*p).getattr = Some(meta_getattr);
            (*p).setattr = Some(meta_setattr);
            (*p).new = Some(meta_new);
            (*p).hash = if own_hash { Some(slot_hash) } else { TYPE_TYPE.hash };
            (*p).dealloc = TYPE_TYPE.dealloc;
            (*p).traverse = None;
            (*p).clear = None;
        }
    }
}

/// A writable pointer to heap type `t`. Heap types are leaked boxes whose
/// pointer's provenance `new_heap_type_meta` exposes; the slots of a
/// published heap type are rewritten only through pointers made here.
fn heap_type_mut(t: &'static TypeObject) -> *mut TypeObject {
    std::ptr::with_exposed_provenance_mut(t as *const TypeObject as usize)
}

/// Heap type `t` and every class that derives from it, each once.
fn with_subclasses(t: &'static TypeObject) -> Vec<&'static TypeObject> {
    let mut out: Vec<&'static TypeObject> = vec![t];
    let mut i = 0;
    while i < out.len() {
        for s in crate::types::typeobj::subclasses_of(out[i]) {
            if !out.iter().any(|x| std::ptr::eq(*x, s)) {
                out.push(s);
            }
        }
        i += 1;
    }
    out
}

/// A dunder of heap type `t` was set or deleted (or its MRO changed):
/// recomputes the optional slots of `t` and of every subclass, so that
/// every operation sees the change (CPython's update_slot).
fn update_slots(t: &'static TypeObject) {
    for c in with_subclasses(t) {
        if is_heap(c) {
            // Heap types are leaked boxes, never freed, written through the
            // box's own pointer. TypeObject holds UnsafeCells (it is not
            // Freeze), so shared references to it promise no immutability
            // to the compiler; each slot is one aligned word, replaced by
            // another function of the same signature, and the slot
            // functions all dispatch through the MRO, so a reader racing
            // with the update (free-threaded mode) calls either the old or
            // the new function, both valid.
            fixup_slots(heap_type_mut(c));
        }
    }
}

/// `__set_name__` and the base's `__init_subclass__`, after creation.
fn finish_class(cls: &Obj, kwds: &[(Obj, Obj)]) -> PyResult<()> {
    let t = type_arg(cls).ok_or_else(|| type_error("class creation returned a non-type"))?;
    for (k, v) in as_dict(t.dict()).map(|d| d.items()).unwrap_or_default() {
        // Python classes' __set_name__, and the builtin one of property
        if is_heap(v.type_obj()) || as_property(&v).is_some() {
            if let Some(sn) = v.type_obj().lookup(&crate::types::str::istr("__set_name__")) {
                if let Err(e) = call_found(&sn, &v, &[cls.clone(), k.clone()]) {
                    let note = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        v.type_obj().name(),
                        ab::repr_string(&k).unwrap_or_default(),
                        t.name()
                    );
                    if let Ok(add) = ab::getattr_str(e.value(), "add_note") {
                        ab::call(&add, &[crate::types::str::new_string(note)], None)?;
                    }
                    return Err(e);
                }
            }
        }
    }
    // `super(cls, cls).__init_subclass__(**kwds)`: the MRO after the class.
    // (super's check: a custom mro() may leave the class out of its own MRO)
    let name = crate::types::str::istr("__init_subclass__");
    let Some(pos) = t.mro().iter().position(|p| std::ptr::eq(*p, t)) else {
        return Err(type_error(format!("super(type, obj): obj (type {0}) is not an instance or subtype of type ({0}).", t.name())));
    };
    let found = t.mro().iter().skip(pos + 1).find_map(|b| {
        // SAFETY: MRO entries are live types.
        crate::types::dict::get_str(unsafe { &**b }.dict(), &name)
    });
    if let Some(f) = found {
        let f = f.downcast::<WrapperObject>(&CLASSMETHOD_TYPE).map(|w| w.func.clone()).unwrap_or(f);
        if as_function(&f).is_some() {
            let names: Vec<Obj> = kwds.iter().map(|(k, _)| k.clone()).collect();
            let mut args = vec![cls.clone()];
            args.extend(kwds.iter().map(|(_, v)| v.clone()));
            let kw = if names.is_empty() { None } else { Some(new_tuple(names)) };
            ab::call(&f, &args, kw.as_ref())?;
            return Ok(());
        }
    }
    // object.__init_subclass__ accepts no keywords.
    if !kwds.is_empty() {
        return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", type_qualname(t))));
    }
    Ok(())
}

/// A class's `__qualname__` (its name when that is not a str).
fn type_qualname(t: &'static TypeObject) -> String {
    ab::getattr(&t.as_obj(), &crate::types::str::istr("__qualname__")).ok().and_then(|q| as_str(&q).map(str::to_string)).unwrap_or_else(|| t.name().to_string())
}

/// `object.__init_subclass__` (a classmethod): accepts nothing.
fn object_init_subclass(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let name = a.first().and_then(type_arg).map_or_else(|| "object".to_string(), type_qualname);
    if k.is_some_and(|k| crate::types::tuple::as_tuple(k).is_some_and(|t| !t.is_empty()) || as_dict(k).is_some_and(|d| d.len() > 0)) {
        return Err(type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    if a.len() > 1 {
        return Err(type_error(format!("{name}.__init_subclass__() takes no arguments ({} given)", a.len() - 1)));
    }
    Ok(none())
}

/// Puts `object.__init_subclass__` in object's dict. Called once from `types::ready_all`.
pub fn ready_object_extras() {
    let f = crate::types::function::new_builtin("__init_subclass__", object_init_subclass, crate::types::object::OBJECT_TYPE.as_obj(), Some("builtins"));
    set_item_str(crate::types::object::OBJECT_TYPE.dict(), "__init_subclass__", wrap_classmethod(f));
    let p = crate::types::function::builtin_classmethod("__prepare__", type_prepare, &TYPE_TYPE);
    set_item_str(TYPE_TYPE.dict(), "__prepare__", p);
}

/// `type.__prepare__(name, bases, **kwds)`: a new empty namespace.
fn type_prepare(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_dict())
}

/// Calling a class whose metaclass is a Python class: the metaclass's
/// `__call__` when it defines one, else the usual instance creation.
fn meta_call(o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let meta = o.type_obj();
    if let Some(f) = meta.lookup(&crate::types::str::istr("__call__")) {
        if as_function(&f).is_some() {
            let mut v = vec![o.clone()];
            v.extend_from_slice(args);
            return ab::call(&f, &v, kw);
        }
        // any other callable the metaclass puts there (typing's
        // `__call__ = dict`), through the descriptor protocol
        let name = crate::types::str::istr("__call__");
        if !TYPE_TYPE.lookup(&name).is_some_and(|t| t.is(&f)) {
            let bound = bind(&f, Some(o), meta, &name)?;
            return ab::call(&bound, args, kw);
        }
    }
    (TYPE_TYPE.call.expect("type call"))(o, args, kw)
}

/// `M(name, bases, ns, **kw)` for a metaclass M without its own `__new__`.
fn meta_new(m: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    if let Some(f) = m.lookup(&crate::types::str::istr("__new__")) {
        let f = f.downcast::<WrapperObject>(&STATICMETHOD_TYPE).map(|w| w.func.clone()).unwrap_or(f);
        if as_function(&f).is_some() {
            let mut v = vec![m.as_obj()];
            v.extend_from_slice(args);
            let cls = ab::call(&f, &v, kw)?;
            if crate::types::typeobj::as_type(&cls).is_some_and(|c| c.type_obj_is(m)) {
                if let Some(init) = m.lookup(&crate::types::str::istr("__init__")).filter(|i| as_function(i).is_some()) {
                    let mut v = vec![cls.clone()];
                    v.extend_from_slice(args);
                    ab::call(&init, &v, kw)?;
                }
            }
            return Ok(cls);
        }
    }
    let cls = type_new_impl(m, args, kw)?;
    if let Some(init) = m.lookup(&crate::types::str::istr("__init__")).filter(|i| as_function(i).is_some()) {
        let mut v = vec![cls.clone()];
        v.extend_from_slice(args);
        ab::call(&init, &v, kw)?;
    }
    Ok(cls)
}

/// type() and type.__new__ take classes only, not `__mro_entries__` objects.
fn no_mro_entries(bases: &[Obj]) -> PyResult<()> {
    for b in bases {
        if type_arg(b).is_none() && ab::lookup_attr(b, &crate::types::str::istr("__mro_entries__"))?.is_some() {
            return Err(type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
        }
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, ns, **kw)`: the class, with
/// `__set_name__` and `__init_subclass__` done.
fn type_new_impl(meta: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(args, kw);
    let [name, bases, ns] = pos else {
        return Err(type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len())));
    };
    let name = as_str(name).ok_or_else(|| type_error(format!("type.__new__() argument 1 must be str, not {}", name.type_obj().name())))?;
    if name.contains('\0') {
        return Err(crate::error::value_error("type name must not contain null characters"));
    }
    // CPython keeps the name (and a str __doc__) as UTF-8.
    crate::types::str::utf8_strict(name, "utf-8")?;
    if let Some(doc) = crate::types::dict::get_str(ns, &crate::types::str::istr("__doc__")) {
        if let Some(d) = as_str(&doc) {
            crate::types::str::utf8_strict(d, "utf-8")?;
        }
    }
    let bases = crate::types::tuple::as_tuple(bases).ok_or_else(|| type_error(format!("type.__new__() argument 2 must be tuple, not {}", bases.type_obj().name())))?.to_vec();
    if as_dict(ns).is_none() {
        return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", ns.type_obj().name())));
    }
    no_mro_entries(&bases)?;
    // The most derived metaclass makes the class (`M1(name, (c3,), ns)` is
    // an M3 when c3's metaclass derives from M1); one with its own
    // `__new__` is handed the call.
    let winner = calculate_meta(Some(meta), &bases)?;
    let meta = if std::ptr::eq(winner, meta) {
        meta
    } else {
        if let Some(f) = winner.lookup(&crate::types::str::istr("__new__")) {
            let f = f.downcast::<WrapperObject>(&STATICMETHOD_TYPE).map(|w| w.func.clone()).unwrap_or(f);
            if as_function(&f).is_some() {
                let mut v = vec![winner.as_obj()];
                v.extend_from_slice(args);
                return ab::call(&f, &v, kw);
            }
        }
        winner
    };
    let cls = new_heap_type_meta(name, &bases, ns, meta)?;
    let extra: Vec<(Obj, Obj)> = kws.into_iter().map(|(n, v)| (intern(n), v.clone())).collect();
    finish_class(&cls, &extra)?;
    Ok(cls)
}

/// `type(name, bases, ns, **kw)`: the most derived metaclass of the bases
/// makes the class (so `type(name, (SomeEnum,), ns)` goes through
/// EnumType), with `__set_name__` and `__init_subclass__` run.
pub fn type_call_new(args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let npos = args.len() - kw.and_then(crate::types::tuple::as_tuple).map_or(0, |k| k.len());
    if npos == 1 {
        return Err(type_error("type() takes no keyword arguments"));
    }
    if npos != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    if as_str(&args[0]).is_none() {
        return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", args[0].type_obj().name())));
    }
    let bases = crate::types::tuple::as_tuple(&args[1]).ok_or_else(|| type_error(format!("type.__new__() argument 2 must be tuple, not {}", args[1].type_obj().name())))?.to_vec();
    no_mro_entries(&bases)?;
    let winner = calculate_meta(None, &bases)?;
    if !std::ptr::eq(winner, &TYPE_TYPE) {
        return ab::call(&winner.as_obj(), args, kw);
    }
    type_new_impl(&TYPE_TYPE, args, kw)
}

/// The builtin `type.__new__`.
pub fn type_dunder_new(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some((m, rest)) = a.split_first() else { return Err(type_error("type.__new__(): not enough arguments")) };
    let meta = crate::types::typeobj::as_type(m).ok_or_else(|| {
        type_error(format!("type.__new__(X): X is not a type object ({})", m.type_obj().name()))
    })?;
    if !meta.is_subtype(&TYPE_TYPE) {
        return Err(type_error(format!("type.__new__({0}): {0} is not a subtype of type", meta.name())));
    }
    if rest.len() == 1 && k.is_none() {
        return Ok(rest[0].type_obj().as_obj());
    }
    type_new_impl(meta, rest, k)
}

/// The most derived metaclass among `explicit` and the bases' metaclasses.
fn calculate_meta(explicit: Option<&'static TypeObject>, bases: &[Obj]) -> PyResult<&'static TypeObject> {
    let mut winner: &'static TypeObject = explicit.unwrap_or(&TYPE_TYPE);
    for b in bases {
        let bt = b.type_obj();
        if winner.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if as_function(func).is_none() {
        return Err(type_error("__build_class__: func must be a function"));
    }
    let name = as_str(&pos[1]).ok_or_else(|| type_error("__build_class__: name is not a string"))?.to_string();
    let mut bases: Vec<Obj> = vec![];
    let mut replaced = false;
    for b in &pos[2..] {
        if type_arg(b).is_none() {
            // Looked up on the object itself (NamedTuple is a function with the attribute).
            if let Some(me) = ab::lookup_attr(b, &crate::types::str::istr("__mro_entries__"))? {
                let r = ab::call(&me, &[new_tuple(pos[2..].to_vec())], None)?;
                let items = crate::types::tuple::as_tuple(&r).ok_or_else(|| type_error("__mro_entries__ must return a tuple"))?;
                bases.extend(items.iter().cloned());
                replaced = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    // The class body runs, then `__orig_bases__` records the bases as written
    // when `__mro_entries__` replaced any of them.
    let run_body = |ns: &Obj| -> PyResult<Obj> {
        let cell = crate::eval::run_class_body(func, ns)?;
        if replaced {
            ab::setitem(ns, &crate::types::str::istr("__orig_bases__"), Some(&new_tuple(pos[2..].to_vec())))?;
        }
        Ok(cell)
    };
    let mut metaclass: Option<Obj> = None;
    let mut extra: Vec<(Obj, Obj)> = vec![];
    for (n, v) in kws {
        if n == "metaclass" {
            metaclass = Some(v.clone());
        } else {
            extra.push((intern(n), v.clone()));
        }
    }
    let explicit = match &metaclass {
        Some(m) => match crate::types::typeobj::as_type(m) {
            Some(t) => Some(t),
            // A non-class metaclass: its `__prepare__` if it has one, then it is called.
            None => {
                let ns = match ab::lookup_attr(m, &crate::types::str::istr("__prepare__"))? {
                    Some(p) => {
                        let mut args = vec![crate::types::str::new_str(&name), new_tuple(bases.clone())];
                        let names: Vec<Obj> = extra.iter().map(|(k, _)| k.clone()).collect();
                        args.extend(extra.iter().map(|(_, v)| v.clone()));
                        let kw = if names.is_empty() { None } else { Some(new_tuple(names)) };
                        let ns = ab::call(&p, &args, kw.as_ref())?;
                        if ns.type_obj().getitem.is_none() {
                            return Err(type_error(format!("<metaclass>.__prepare__() must return a mapping, not {}", ns.type_obj().name())));
                        }
                        ns
                    }
                    None => new_dict(),
                };
                let cell = run_body(&ns)?;
                let r = call_meta(m, &name, &bases, &ns, &extra)?;
                set_classcell(&cell, &r);
                return Ok(r);
            }
        },
        // Without one, the first base's type starts the search (CPython).
        None => bases.first().map(|b| b.type_obj()),
    };
    let meta = calculate_meta(explicit, &bases)?;
    if std::ptr::eq(meta, &TYPE_TYPE) {
        let ns = new_dict();
        let cell = run_body(&ns)?;
        let cls = new_heap_type(&name, &bases, &ns)?;
        set_classcell(&cell, &cls);
        finish_class(&cls, &extra)?;
        return Ok(cls);
    }
    let mobj = meta.as_obj();
    let ns = match meta.lookup(&crate::types::str::istr("__prepare__")) {
        Some(p) => {
            let p = p.downcast::<WrapperObject>(&CLASSMETHOD_TYPE).map(|w| w.func.clone()).unwrap_or(p);
            let mut args = vec![mobj.clone(), crate::types::str::new_str(&name), new_tuple(bases.clone())];
            let names: Vec<Obj> = extra.iter().map(|(k, _)| k.clone()).collect();
            args.extend(extra.iter().map(|(_, v)| v.clone()));
            let kw = if names.is_empty() { None } else { Some(new_tuple(names)) };
            let ns = ab::call(&p, &args, kw.as_ref())?;
            if ns.type_obj().getitem.is_none() {
                return Err(type_error(format!("{}.__prepare__() must return a mapping, not {}", meta.name(), ns.type_obj().name())));
            }
            ns
        }
        None => new_dict(),
    };
    let cell = run_body(&ns)?;
    let cls = call_meta(&mobj, &name, &bases, &ns, &extra)?;
    set_classcell(&cell, &cls);
    Ok(cls)
}

fn call_meta(m: &Obj, name: &str, bases: &[Obj], ns: &Obj, extra: &[(Obj, Obj)]) -> PyResult {
    let mut args = vec![crate::types::str::new_str(name), new_tuple(bases.to_vec()), ns.clone()];
    let names: Vec<Obj> = extra.iter().map(|(k, _)| k.clone()).collect();
    args.extend(extra.iter().map(|(_, v)| v.clone()));
    let kw = if names.is_empty() { None } else { Some(new_tuple(names)) };
    ab::call(m, &args, kw.as_ref())
}

fn set_classcell(cell: &Obj, cls: &Obj) {
    if let Some(c) = crate::types::function::as_cell(cell) {
        drop(c.contents.set(Some(cls.clone())));
    }
}

// ------------------------------------------------------------- super

#[repr(C)]
pub struct SuperObject {
    pub header: ObjHeader,
    /// The class after which the lookup starts (null until initialized).
    start: std::sync::atomic::AtomicPtr<TypeObject>,
    /// The bound object (None for an unbound super).
    obj: ObjLockCell,
    /// The class whose MRO is searched: the object itself when it is a
    /// class, its type, or its `__class__` (a proxy); null when unbound.
    obj_type: std::sync::atomic::AtomicPtr<TypeObject>,
}

impl SuperObject {
    fn start(&self) -> Option<&'static TypeObject> {
        let p = self.start.load(std::sync::atomic::Ordering::Acquire);
        // SAFETY: only ever set to immortal type objects.
        (!p.is_null()).then(|| unsafe { &*p })
    }
    fn obj(&self) -> Obj {
        self.obj.get().unwrap_or_else(none)
    }
    fn obj_type(&self) -> Option<&'static TypeObject> {
        let p = self.obj_type.load(std::sync::atomic::Ordering::Acquire);
        // SAFETY: only ever set to immortal type objects.
        (!p.is_null()).then(|| unsafe { &*p })
    }
    /// (Re)initializes the super object (`super.__init__`).
    fn init(&self, start: &'static TypeObject, obj: Option<Obj>, obj_type: Option<&'static TypeObject>) {
        use std::sync::atomic::Ordering::Release;
        self.start.store(start as *const TypeObject as *mut TypeObject, Release);
        self.obj_type.store(obj_type.map_or(std::ptr::null_mut(), |t| t as *const TypeObject as *mut TypeObject), Release);
        drop(self.obj.set(obj));
    }
}

/// The class whose MRO `super(start, obj)` searches (CPython's
/// supercheck): `obj` itself when it is a subclass of `start`, its type,
/// or else the class its `__class__` attribute names (a proxy object).
fn super_check(start: &'static TypeObject, obj: &Obj) -> PyResult<&'static TypeObject> {
    if let Some(t) = type_arg(obj).filter(|t| t.is_subtype(start)) {
        return Ok(t);
    }
    if obj.type_obj().is_subtype(start) {
        return Ok(obj.type_obj());
    }
    if let Some(c) = ab::lookup_attr(obj, &crate::types::str::istr("__class__"))? {
        if let Some(ct) = type_arg(&c).filter(|ct| !std::ptr::eq(*ct, obj.type_obj()) && ct.is_subtype(start)) {
            return Ok(ct);
        }
    }
    let (kind, name) = match type_arg(obj) {
        Some(ot) => ("type", ot.name()),
        None => ("instance of", obj.type_obj().name()),
    };
    Err(type_error(format!("super(type, obj): obj ({kind} {name}) is not an instance or subtype of type ({}).", start.name())))
}

/// Finds `name` on the MRO of `obj`'s type after `start`, bound to `obj`;
/// `(value, true)` for an unbound method to call with `obj` prepended.
pub fn super_lookup(start: &'static TypeObject, obj: &Obj, name: &Obj, method: bool) -> PyResult<(Obj, bool)> {
    let owner: &'static TypeObject = match type_arg(obj) {
        Some(t) if t.is_subtype(start) => t,
        _ => obj.type_obj(),
    };
    match super_lookup_in(start, owner, obj, name, method)? {
        Some(r) => Ok(r),
        None => Err(attribute_error(format!("'super' object has no attribute '{}'", as_str(name).unwrap_or("?")))),
    }
}

/// `name` on `owner`'s MRO after `start`, bound to `obj` (to nothing when
/// `obj` is `owner` itself); None when no class after `start` has it.
fn super_lookup_in(start: &'static TypeObject, owner: &'static TypeObject, obj: &Obj, name: &Obj, method: bool) -> PyResult<Option<(Obj, bool)>> {
    let mro = owner.mro();
    let pos = mro.iter().position(|t| std::ptr::eq(*t, start)).map(|p| p + 1).unwrap_or(mro.len());
    for t in &mro[pos..] {
        // SAFETY: MRO entries are live types.
        let t = unsafe { &**t };
        if let Some(v) = crate::types::dict::get_str(t.dict(), name) {
            let inst = if type_arg(obj).is_some_and(|ot| std::ptr::eq(owner, ot)) { None } else { Some(obj) };
            if method && inst.is_some() && (as_function(&v).is_some() || as_method_descr(&v).is_some() || crate::types::slotwrapper::as_slot_wrapper(&v).is_some()) {
                return Ok(Some((v, true)));
            }
            return Ok(Some((bind(&v, inst, owner, name)?, false)));
        }
    }
    Ok(None)
}

/// `super(type)`, `super(type, obj)` or `super()`: the values to
/// initialize a super object with.
fn super_args(a: &[Obj], k: Option<&Obj>) -> PyResult<(&'static TypeObject, Option<Obj>, Option<&'static TypeObject>)> {
    crate::builtins::no_kwargs("super", k)?;
    match a {
        [t] | [t, _] => {
            let start = type_arg(t).ok_or_else(|| type_error(format!("super() argument 1 must be a type, not {}", t.type_obj().name())))?;
            // One argument (or None): an unbound super object.
            match a.get(1).filter(|o| !is_none(o)) {
                None => Ok((start, None, None)),
                Some(o) => Ok((start, Some(o.clone()), Some(super_check(start, o)?))),
            }
        }
        [] => {
            let (cls, slf) = crate::eval::zero_arg_super()?;
            if type_arg(&cls).is_none() {
                return Err(crate::error::runtime_error("super(): __class__ is not a type"));
            }
            super_args(&[cls, slf], None)
        }
        _ => Err(type_error(format!("super() expected at most 2 arguments, got {}", a.len()))),
    }
}

fn super_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (start, obj, obj_type) = super_args(a, k)?;
    let s = SuperObject {
        header: crate::object::new_header_tracked(&SUPER_TYPE),
        start: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        obj: ObjLockCell::new(None),
        obj_type: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
    };
    s.init(start, obj, obj_type);
    Ok(alloc(s))
}

fn as_super(o: &Obj) -> Option<&SuperObject> {
    if !o.type_obj().is_subtype(&SUPER_TYPE) {
        return None;
    }
    // SAFETY: instances of super and of its subclasses (WithDict<SuperObject>,
    // repr(C) with the SuperObject first) start with a SuperObject.
    Some(unsafe { o.cast::<SuperObject>() })
}

/// `super.__init__(self, type, obj=None)`: (re)initializes, as a
/// subclass's `__init__` does through `super(mysuper, self).__init__(...)`.
fn m_super_init(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let s = as_super(o).ok_or_else(|| type_error("descriptor '__init__' requires a 'super' object"))?;
    let (start, obj, obj_type) = super_args(a, k)?;
    s.init(start, obj, obj_type);
    Ok(none())
}

/// An unbound super object read through an instance: a super bound to it
/// (a bound one stays as it is); a subclass's is made by calling the
/// subclass, as CPython's super_descr_get.
fn super_get_inst(o: &Obj, inst: &Obj) -> PyResult {
    let s = as_super(o).ok_or_else(|| type_error("descriptor '__get__' requires a 'super' object"))?;
    let Some(start) = s.start() else { return Ok(o.clone()) };
    if is_none(inst) || s.obj_type().is_some() {
        return Ok(o.clone());
    }
    if !std::ptr::eq(o.type_obj(), &SUPER_TYPE) {
        return ab::call(&o.type_obj().as_obj(), &[start.as_obj(), inst.clone()], None);
    }
    super_new(&SUPER_TYPE, &[start.as_obj(), inst.clone()], None)
}

/// `super.__get__(self, obj, type=None)`.
fn m_super_get(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if as_super(o).is_none() {
        return Err(type_error("descriptor '__get__' requires a 'super' object"));
    }
    match a {
        [obj] | [obj, _] => super_get_inst(o, obj),
        _ => Err(type_error(format!("expected 1 or 2 arguments, got {}", a.len()))),
    }
}

static SUPER_METHODS: [crate::types::typeobj::MethodDef; 2] = [
    crate::types::typeobj::MethodDef { name: "__get__", func: m_super_get, doc: "Compute the attribute for instance (whose class is owner)." },
    crate::types::typeobj::MethodDef { name: "__init__", func: m_super_init, doc: "" },
];

fn super_getattr(o: &Obj, name: &Obj) -> PyResult {
    let s = as_super(o).ok_or_else(|| type_error("super expected"))?;
    let n = as_str(name).unwrap_or("");
    if let (Some(start), Some(owner)) = (s.start(), s.obj_type()) {
        if n != "__class__" {
            if let Some((v, _)) = super_lookup_in(start, owner, &s.obj(), name, false)? {
                return Ok(v);
            }
        }
    }
    if !std::ptr::eq(o.type_obj(), &SUPER_TYPE) {
        // A subclass's own attributes (its class, its instance dict).
        return generic_getattr(o, name);
    }
    // The super object's own attributes.
    match n {
        "__class__" => Ok(SUPER_TYPE.as_obj()),
        "__thisclass__" => Ok(s.start().map_or_else(none, |t| t.as_obj())),
        "__self__" => Ok(s.obj()),
        "__self_class__" => Ok(s.obj_type().map_or_else(none, |t| t.as_obj())),
        _ => match SUPER_TYPE.lookup(name) {
            Some(v) => bind(&v, Some(o), &SUPER_TYPE, name),
            None => Err(attribute_error(format!("'super' object has no attribute '{n}'"))),
        },
    }
}

fn super_thisclass(o: &Obj) -> PyResult {
    Ok(as_super(o).and_then(|s| s.start()).map_or_else(none, |t| t.as_obj()))
}
fn super_self(o: &Obj) -> PyResult {
    Ok(as_super(o).map_or_else(none, |s| s.obj()))
}
fn super_self_class(o: &Obj) -> PyResult {
    Ok(as_super(o).and_then(|s| s.obj_type()).map_or_else(none, |t| t.as_obj()))
}

static SUPER_GETSETS: [crate::types::typeobj::GetSetDef; 3] = [
    crate::types::typeobj::GetSetDef { name: "__thisclass__", get: super_thisclass },
    crate::types::typeobj::GetSetDef { name: "__self__", get: super_self },
    crate::types::typeobj::GetSetDef { name: "__self_class__", get: super_self_class },
];

fn super_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(s) = as_super(o) {
        s.obj.with_ref(|v| {
            if let Some(v) = v {
                visit(v)
            }
        });
    }
}

/// `<super: <class 'B'>, <C object>>`, NULL for an unbound super.
fn super_repr(o: &Obj) -> PyResult {
    let s = as_super(o).ok_or_else(|| type_error("super expected"))?;
    let what = match s.obj_type() {
        None => "NULL".to_string(),
        Some(t) => format!("<{} object>", t.name()),
    };
    let start = s.start().map_or("NULL", |t| t.name());
    Ok(crate::types::str::new_string(format!("<super: <class '{start}'>, {what}>")))
}

pub static SUPER_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::object::subclass_info::<SuperObject>(true)),
    methods: &SUPER_METHODS,
    getsets: &SUPER_GETSETS,
    new: Some(super_new),
    repr: Some(super_repr),
    getattr: Some(super_getattr),
    traverse: Some(super_traverse),
    flags: tpflags::BASETYPE,
    ..TypeObject::builtin("super", &crate::types::object::OBJECT_TYPE, dealloc_box::<SuperObject>)
};

/// Heap types' `type.__setattr__`: set in the class dict.
pub fn type_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let t = type_arg(o).ok_or_else(|| type_error("type expected"))?;
    if as_str(name).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", name.type_obj().name())));
    }
    if !is_heap(t) {
        // Setting a builtin type's __module__ to what it already is changes
        // nothing: io.py does it to UnsupportedOperation, which the kernel
        // defines (module "io") so that its own files can raise it.
        if as_str(name) == Some("__module__") && v.and_then(as_str) == Some(t.module) {
            return Ok(());
        }
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            as_str(name).unwrap_or("?"),
            t.name()
        )));
    }
    match as_str(name) {
        Some(n @ ("__name__" | "__qualname__")) => match v {
            Some(v) if n == "__name__" && as_str(v).is_some_and(|s| s.contains('\0')) => {
                return Err(crate::error::value_error("type name must not contain null characters"));
            }
            Some(v) if n == "__name__" && as_str(v).is_some() => {
                crate::types::str::utf8_strict(as_str(v).unwrap_or(""), "utf-8")?;
                t.rename(as_str(v).unwrap_or(""));
                t.touch();
                return Ok(());
            }
            Some(v) if as_str(v).is_some() => {
                set_heap_qualname(t, v.clone());
                t.touch();
                return Ok(());
            }
            Some(v) => {
                let cur = ab::getattr_str(o, "__name__").ok().and_then(|c| as_str(&c).map(str::to_owned)).unwrap_or_default();
                return Err(type_error(format!("can only assign string to {cur}.{n}, not '{}'", v.type_obj().name())));
            }
            None => return Err(type_error(format!("cannot delete '{n}' attribute of immutable type '{}'", t.name()))),
        },
        Some(n @ ("__module__" | "__doc__" | "__type_params__")) if v.is_none() => {
            return Err(type_error(format!("cannot delete '{n}' attribute of immutable type '{}'", t.name())));
        }
        // A new module makes the recorded first line meaningless (CPython
        // drops `__firstlineno__` with it).
        Some("__module__") => {
            if let Some(d) = as_dict(t.dict()) {
                d.del(&crate::types::str::istr("__firstlineno__"))?;
            }
        }
        Some("__bases__") => return set_bases(t, v),
        // type's read-only getsets
        Some(n @ ("__dict__" | "__mro__" | "__base__" | "__basicsize__" | "__itemsize__" | "__flags__" | "__weakrefoffset__" | "__dictoffset__" | "__text_signature__")) => {
            return Err(attribute_error(format!("attribute '{n}' of 'type' objects is not writable")));
        }
        _ => {}
    }
    let old = crate::types::dict::get_str(t.dict(), name);
    dict_set(t.dict(), name, v).map_err(|_| attribute_error(format!("type object '{}' has no attribute '{}'", t.name(), as_str(name).unwrap_or("?"))))?;
    t.touch();
    // The value replaced may be held by this thread's lookup cache: let it
    // go now (only worth a look when something besides `old` holds it).
    if let Some(old) = old {
        if old.value().is_ptr() && old.refcnt() > 1 && old.refcnt() < pyk_abi::value::IMMORTAL_REFCNT {
            crate::types::typeobj::forget_lookups(t, name);
        }
        drop(old);
    }
    if as_str(name).is_some_and(|n| n.len() > 4 && n.starts_with("__") && n.ends_with("__")) {
        update_slots(t);
    }
    Ok(())
}



pub fn ready() {
    for t in [&CLASSMETHOD_TYPE, &STATICMETHOD_TYPE, &PROPERTY_TYPE, &SUPER_TYPE] {
        crate::types::typeobj::ready(t);
    }
}

