//! Builtin types, one file each.

pub mod asyncgen;
pub mod bytearray;
pub mod memoryview;
pub mod bytes;
pub mod bytes_methods;
pub mod mappingproxy;
pub mod member;
pub mod class;
pub mod code;
pub mod complex;
pub mod dict;
pub mod dictview;
pub mod deque;
pub mod odict;
pub mod excgroup;
pub mod exceptions;
pub mod float;
pub mod format_spec;
pub mod frame;
pub mod framelocals;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod int;
pub mod list;
pub mod module;
pub mod namespace;
pub mod native;
pub mod object;
pub mod range;
pub mod set;
pub mod singletons;
pub mod slotwrapper;
pub mod str;
pub mod str_format;
pub mod tuple;
pub mod typeobj;
pub mod weakref;

pub use singletons::{bool_obj, none, not_implemented, is_none, is_not_implemented};

/// Readies every builtin type (MRO and dict). Called once at start-up.
pub fn ready_all() {
    use typeobj::ready;
    ready(&slotwrapper::SLOT_WRAPPER_TYPE);
    ready(&object::OBJECT_TYPE);
    ready(&typeobj::TYPE_TYPE);
    ready(&int::INT_TYPE);
    ready(&singletons::BOOL_TYPE);
    ready(&singletons::NONE_TYPE);
    ready(&singletons::NOTIMPLEMENTED_TYPE);
    ready(&singletons::ELLIPSIS_TYPE);
    ready(&float::FLOAT_TYPE);
    ready(&complex::COMPLEX_TYPE);
    ready(&str::STR_TYPE);
    ready(&tuple::TUPLE_TYPE);
    ready(&tuple::TUPLE_ITER_TYPE);
    ready(&list::LIST_TYPE);
    ready(&list::LIST_ITER_TYPE);
    ready(&dict::DICT_TYPE);
    ready(&set::SET_TYPE);
    ready(&bytes::BYTES_TYPE);
    ready(&bytearray::BYTEARRAY_TYPE);
    ready(&bytearray::MEMORYVIEW_TYPE);
    ready(&memoryview::MANAGED_BUFFER_TYPE);
    ready(&set::FROZENSET_TYPE);
    ready(&range::RANGE_TYPE);
    ready(&range::RANGE_ITER_TYPE);
    ready(&range::LONGRANGE_ITER_TYPE);
    ready(&range::SLICE_TYPE);
    ready(&list::STR_ITER_TYPE);
    ready(&function::FUNCTION_TYPE);
    ready(&function::BUILTIN_FUNCTION_TYPE);
    ready(&function::METHOD_DESCR_TYPE);
    ready(&function::GETSET_DESCR_TYPE);
    ready(&function::BOUND_METHOD_TYPE);
    ready(&function::METHOD_WRAPPER_TYPE);
    ready(&function::CELL_TYPE);
    ready(&code::CODE_TYPE);
    ready(&frame::FRAME_TYPE);
    ready(&framelocals::FRAME_LOCALS_PROXY_TYPE);
    ready(&genericalias::GENERIC_ALIAS_TYPE);
    ready(&genericalias::UNION_TYPE);
    ready(&generator::GENERATOR_TYPE);
    ready(&member::MEMBER_DESCR_TYPE);
    ready(&generator::COROUTINE_TYPE);
    ready(&generator::CORO_WRAPPER_TYPE);
    ready(&generator::ASYNC_GENERATOR_TYPE);
    ready(&asyncgen::ASEND_TYPE);
    ready(&mappingproxy::MAPPINGPROXY_TYPE);
    ready(&asyncgen::ATHROW_TYPE);
    ready(&asyncgen::WRAPPED_TYPE);
    ready(&module::MODULE_TYPE);
    ready(&namespace::NAMESPACE_TYPE);
    exceptions::ready_all();
    class::ready();
    for f in [int::ready_extra, float::ready_extra, dict::ready_extra, odict::ready, deque::ready, list::ready_extra, range::ready_extra, bytes_methods::ready, class::ready_object_extras] { f() }
    ready_extras();
}

/// The class whose dict gives `c` its `__new__`.
fn new_provider(c: &typeobj::TypeObject) -> Option<*const typeobj::TypeObject> {
    let key = str::istr("__new__");
    c.mro().iter().copied().find(|&m| {
        // SAFETY: MRO entries are live (immortal) type objects.
        dict::get_str(unsafe { &*m }.dict(), &key).is_some()
    })
}

/// The class a builtin `__new__` checks `cls` by (CPython's tp_new_wrapper
/// and object_new): classes whose `__new__` is Python code are passed over,
/// as CPython's slot_tp_new; the first other one is named in errors.
pub(crate) fn new_staticbase(t: &'static typeobj::TypeObject) -> &'static typeobj::TypeObject {
    let mut staticbase = t;
    while staticbase.flags & typeobj::tpflags::HEAPTYPE != 0
        // SAFETY: MRO entries are live (immortal) type objects.
        && new_provider(staticbase).is_some_and(|p| unsafe { &*p }.flags & typeobj::tpflags::HEAPTYPE != 0)
        && !staticbase.base.is_null()
    {
        // SAFETY: base pointers point to live (static or immortal heap) types.
        staticbase = unsafe { &*staticbase.base };
    }
    staticbase
}

/// `T.__new__(cls, *args)` for a builtin type T (slf is T): an instance of
/// `cls`, which must be T or a Python subclass of it.
pub(crate) fn builtin_type_new(slf: &crate::object::Obj, a: &[crate::object::Obj], k: Option<&crate::object::Obj>) -> crate::error::PyResult {
    use crate::error::type_error;
    let owner: &'static typeobj::TypeObject = if crate::types::typeobj::is_type(&slf) {
        // SAFETY: instances of `type` are TypeObjects, which are immortal.
        unsafe { &*(slf.value().as_ptr() as *const typeobj::TypeObject) }
    } else {
        return Err(type_error("__new__ bound to a non-type"));
    };
    // CPython's tp_name: a native module's type is named with its module.
    // (the kernel's deque is a `collections.` type too).
    let oname = if owner.native.is_null() && owner.module == "builtins" { owner.name().to_string() } else { format!("{}.{}", owner.module, owner.name()) };
    let Some((cls, rest)) = a.split_first() else {
        return Err(type_error(format!("{oname}.__new__(): not enough arguments")));
    };
    if !crate::types::typeobj::is_type(&cls) {
        return Err(type_error(format!("{oname}.__new__(X): X is not a type object ({})", cls.type_obj().name())));
    }
    // SAFETY: as above.
    let t: &'static typeobj::TypeObject = unsafe { &*(cls.value().as_ptr() as *const typeobj::TypeObject) };
    if !t.is_subtype(owner) {
        return Err(type_error(format!("{oname}.__new__({}): {} is not a subtype of {oname}", t.tp_name(), t.tp_name())));
    }
    // Types whose __init__ fills the object (list, dict, set) ignore the
    // arguments of __new__, as CPython's.
    let (rest, k) = if owner.subclass.is_some_and(|i| !i.args_to_new) { (&[][..], None) } else { (rest, k) };
    // CPython's tp_new_wrapper: the nearest builtin type of `cls` (a class
    // with or without a `__new__` of its own is made by its builtin base's)
    // must take its `__new__` from `owner`: `int.__new__(bool)` is refused,
    // `dict.__new__(OrderedDict)` is not (OrderedDict inherits dict's).
    let staticbase = new_staticbase(t);
    let solid = class::solid_base(staticbase);
    if !std::ptr::eq(solid, owner) {
        let differs = if solid.flags & typeobj::tpflags::EXCEPTION != 0 {
            solid.is_subtype(&exceptions::OS_ERROR) && !owner.is_subtype(&exceptions::OS_ERROR)
        } else {
            !new_provider(solid).is_some_and(|p| std::ptr::eq(p, owner))
        };
        if differs {
            return Err(type_error(format!("{oname}.__new__({}) is not safe, use {}.__new__()", t.tp_name(), staticbase.tp_name())));
        }
    }
    if t.flags & typeobj::tpflags::EXCEPTION != 0 && t.flags & typeobj::tpflags::HEAPTYPE == 0 {
        return exceptions::exc_dunder_new(t, rest, k);
    }
    if std::ptr::eq(t, &module::MODULE_TYPE) {
        // CPython's module __new__ leaves the dict empty; __init__ fills it.
        return Ok(module::new_uninitialized());
    }
    if std::ptr::eq(t, owner) {
        return (owner.new.ok_or_else(|| type_error(format!("cannot create '{}' instances", owner.name())))?)(owner, rest, k);
    }
    if t.flags & typeobj::tpflags::HEAPTYPE == 0 {
        // A builtin subtype that inherits the method (bool and int.__new__).
        if let Some(new) = t.new {
            return new(t, rest, k);
        }
    }
    class::alloc_instance(t, rest, k)
}

/// `object.__subclasshook__`: NotImplemented (normal subclass rules apply).
fn subclasshook(_m: &crate::object::Obj, _a: &[crate::object::Obj], _k: Option<&crate::object::Obj>) -> crate::error::PyResult {
    Ok(not_implemented())
}

/// Entries of builtin type dicts that are not methods of the instance.
pub fn ready_extras() {
    str::ready_extras();
    let hook = function::new_builtin("__subclasshook__", subclasshook, none(), Some("builtins"));
    let cm = class::wrap_classmethod(hook);
    dict::set_item_str(object::OBJECT_TYPE.dict(), "__subclasshook__", cm);
    dict::set_item_str(typeobj::TYPE_TYPE.dict(), "__new__", function::new_builtin("__new__", class::type_dunder_new, none(), Some("builtins")));
    for t in [&list::LIST_TYPE, &dict::DICT_TYPE, &tuple::TUPLE_TYPE, &set::SET_TYPE, &set::FROZENSET_TYPE, &typeobj::TYPE_TYPE, &class::PROPERTY_TYPE, &exceptions::BASE_EXCEPTION_GROUP, &mappingproxy::MAPPINGPROXY_TYPE] {
        dict::set_item_str(t.dict(), "__class_getitem__", function::new_builtin("__class_getitem__", genericalias::class_getitem, t.as_obj(), Some("builtins")));
    }
    for t in [&int::INT_TYPE, &singletons::BOOL_TYPE, &float::FLOAT_TYPE, &complex::COMPLEX_TYPE, &tuple::TUPLE_TYPE, &list::LIST_TYPE, &dict::DICT_TYPE, &set::SET_TYPE, &set::FROZENSET_TYPE, &bytes::BYTES_TYPE, &bytearray::BYTEARRAY_TYPE, &str::STR_TYPE, &class::PROPERTY_TYPE, &class::CLASSMETHOD_TYPE, &class::STATICMETHOD_TYPE, &exceptions::BASE_EXCEPTION, &genericalias::GENERIC_ALIAS_TYPE, &namespace::NAMESPACE_TYPE, &module::MODULE_TYPE, &exceptions::OS_ERROR, &deque::DEQUE_TYPE] {
        dict::set_item_str(t.dict(), "__new__", function::new_builtin("__new__", builtin_type_new, t.as_obj(), Some("builtins")));
    }
    // Unhashable builtin types say so in their dict (collections.abc.Hashable looks).
    for t in [&list::LIST_TYPE, &dict::DICT_TYPE, &set::SET_TYPE, &bytearray::BYTEARRAY_TYPE] {
        dict::set_item_str(t.dict(), "__hash__", none());
    }
    let d = object::OBJECT_TYPE.dict();
    dict::set_item_str(d, "__new__", function::new_builtin("__new__", object::object_new_fn, none(), Some("builtins")));
}
