//! `__slots__`: each slot name becomes a member descriptor in the class
//! dict. Slot values live in a hidden per-instance dict, apart from the
//! instance dict (`class::slot_storage`); a
//! class whose slots leave out `__dict__` (and whose bases have no dict
//! either) gets the NO_DICT flag, so its instances refuse other attributes.

use pyk_abi::value::ObjHeader;

use crate::error::{attribute_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::str::{as_str, new_string};
use crate::types::typeobj::{GetSetDef, TypeObject};

#[repr(C)]
pub struct MemberDescr {
    pub header: ObjHeader,
    pub name: Obj,
    owner: &'static str,
    /// `__objclass__`: the class that defined the slot (set once the class exists).
    objclass: crate::types::function::ObjLockCell,
    /// A builtin type's member (CPython's PyMemberDef): read through the
    /// type's getter; None for a `__slots__` member.
    builtin: Option<Builtin>,
    /// A struct-sequence field (`time.struct_time.tm_year`): its index
    /// among the fields and its doc; read-only (see `structseq`).
    field: Option<(usize, Obj)>,
}

#[derive(Clone, Copy)]
struct Builtin {
    owner: &'static TypeObject,
    def: &'static GetSetDef,
    writable: bool,
}

pub fn new_member(name: Obj, owner: &'static str) -> Obj {
    alloc(MemberDescr { header: new_header(&MEMBER_DESCR_TYPE), name, owner, objclass: crate::types::function::ObjLockCell::new(None), builtin: None, field: None })
}

/// The read-only descriptor of field `index` of a struct-sequence type
/// (`owner` is its full name, `time.struct_time`).
pub fn new_field_member(name: Obj, owner: &'static str, index: usize, doc: Obj) -> Obj {
    alloc(MemberDescr { header: new_header(&MEMBER_DESCR_TYPE), name, owner, objclass: crate::types::function::ObjLockCell::new(None), builtin: None, field: Some((index, doc)) })
}

/// The attributes of builtin types that CPython exposes as member
/// descriptors (fields of the object's struct) rather than getset
/// descriptors, by type name, with whether they can be assigned. Each
/// type's getter computes the value; the descriptor's type is what
/// `types.MemberDescriptorType` and `type(complex.real)` see.
const BUILTIN_MEMBERS: &[(&str, &[(&str, bool)])] = &[
    ("complex", &[("real", false), ("imag", false)]),
    ("range", &[("start", false), ("stop", false), ("step", false)]),
    ("slice", &[("start", false), ("stop", false), ("step", false)]),
    ("function", &[("__closure__", false), ("__doc__", true), ("__globals__", false), ("__module__", true), ("__builtins__", false)]),
    ("method", &[("__func__", false), ("__self__", false)]),
    ("property", &[("fget", false), ("fset", false), ("fdel", false)]),
    ("super", &[("__thisclass__", false), ("__self__", false), ("__self_class__", false)]),
    ("type", &[("__flags__", false), ("__base__", false)]),
    (
        "code",
        &[
            ("co_argcount", false), ("co_posonlyargcount", false), ("co_kwonlyargcount", false), ("co_stacksize", false),
            ("co_flags", false), ("co_nlocals", false), ("co_consts", false), ("co_names", false), ("co_filename", false),
            ("co_name", false), ("co_qualname", false), ("co_firstlineno", false), ("co_linetable", false), ("co_exceptiontable", false),
        ],
    ),
];

/// Whether `name` of builtin type `t` is a member (and whether writable).
pub fn builtin_member(t: &'static TypeObject, name: &str) -> Option<bool> {
    if t.flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 || t.module != "builtins" {
        return None;
    }
    let (_, names) = BUILTIN_MEMBERS.iter().find(|(tn, _)| *tn == t.name)?;
    names.iter().find(|(n, _)| *n == name).map(|(_, w)| *w)
}

/// A member descriptor for attribute `def` of builtin type `owner`.
pub fn new_builtin_member(owner: &'static TypeObject, def: &'static GetSetDef, writable: bool) -> Obj {
    alloc(MemberDescr {
        header: new_header(&MEMBER_DESCR_TYPE),
        name: crate::types::str::istr(def.name),
        owner: owner.name,
        objclass: crate::types::function::ObjLockCell::new(Some(owner.as_obj())),
        builtin: Some(Builtin { owner, def, writable }),
        field: None,
    })
}

/// Records the class the member descriptors of its dict belong to.
pub fn set_objclass(dict: &Obj, cls: &Obj) {
    if let Some(d) = crate::types::dict::as_dict(dict) {
        for (_, v) in d.items() {
            if let Some(m) = as_member(&v) {
                if m.objclass.get().is_none() {
                    drop(m.objclass.set(Some(cls.clone())));
                }
            }
        }
    }
}

/// How many `__slots__` members the classes of `t`'s MRO declare.
pub fn slot_count(t: &'static TypeObject) -> usize {
    let mut n = 0;
    for &c in t.mro() {
        // SAFETY: MRO entries are live (immortal) type objects.
        let c: &TypeObject = unsafe { &*c };
        if c.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
            continue;
        }
        if let Some(d) = crate::types::dict::as_dict(c.dict()) {
            n += d.items().iter().filter(|(_, v)| as_member(v).is_some_and(|m| m.builtin.is_none() && m.field.is_none())).count();
        }
    }
    n
}

pub fn as_member(o: &Obj) -> Option<&MemberDescr> {
    o.downcast::<MemberDescr>(&MEMBER_DESCR_TYPE)
}

fn unset(inst: &Obj, m: &MemberDescr) -> crate::error::PyErr {
    attribute_error(format!("'{}' object has no attribute '{}'", inst.type_obj().name(), as_str(&m.name).unwrap_or("?")))
}

/// `inst.slot`.
pub fn get(m: &MemberDescr, inst: &Obj) -> PyResult {
    if let Some(b) = m.builtin {
        return (b.def.get)(inst);
    }
    if let Some((i, _)) = &m.field {
        return crate::structseq::field_get(inst, *i).ok_or_else(|| {
            type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", as_str(&m.name).unwrap_or("?"), m.owner, inst.type_obj().name()))
        });
    }
    let store = crate::types::class::slot_storage(inst).ok_or_else(|| unset(inst, m))?;
    crate::types::dict::get_str(&store, &m.name).ok_or_else(|| unset(inst, m))
}

/// `inst.slot = v` / `del inst.slot`.
pub fn set(m: &MemberDescr, inst: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if let Some(b) = m.builtin {
        // A writable member is stored by its type's own attribute setter.
        return match b.owner.setattr.filter(|_| b.writable) {
            Some(f) => f(inst, &m.name, v),
            None => Err(attribute_error("readonly attribute")),
        };
    }
    if m.field.is_some() {
        return Err(attribute_error("readonly attribute"));
    }
    let store = crate::types::class::slot_storage(inst).ok_or_else(|| unset(inst, m))?;
    // Deleting an unset slot says just the name, as CPython does.
    crate::types::class::dict_set(&store, &m.name, v).map_err(|_| attribute_error(as_str(&m.name).unwrap_or("?").to_string()))
}

/// The names a `__slots__` value lists (a string is one name).
pub fn slot_names(v: &Obj) -> PyResult<Vec<Obj>> {
    let items = if as_str(v).is_some() { vec![v.clone()] } else { crate::abstract_::collect(v)? };
    for n in &items {
        if as_str(n).is_none() {
            return Err(type_error(format!("__slots__ items must be strings, not '{}'", n.type_obj().name())));
        }
    }
    Ok(items)
}

fn member_repr(o: &Obj) -> PyResult {
    let m = as_member(o).ok_or_else(|| type_error("member_descriptor expected"))?;
    Ok(new_string(format!("<member '{}' of '{}' objects>", as_str(&m.name).unwrap_or("?"), m.owner)))
}

fn g_name(o: &Obj) -> PyResult {
    Ok(as_member(o).ok_or_else(|| type_error("member_descriptor expected"))?.name.clone())
}

fn g_doc(o: &Obj) -> PyResult {
    let m = as_member(o).ok_or_else(|| type_error("member_descriptor expected"))?;
    if let Some((_, doc)) = &m.field {
        return Ok(doc.clone());
    }
    Ok(match m.builtin.and_then(|b| builtin_attr_doc(b.owner.name, b.def.name)) {
        Some(d) => crate::types::str::new_str(d),
        None => crate::types::none(),
    })
}

/// Doc strings of some builtin types' member and getset descriptors, in
/// pyk's own words, by type name and attribute.
const ATTR_DOCS: &[(&str, &str, &str)] = &[
    ("complex", "real", "real component of the complex number"),
    ("complex", "imag", "imaginary component of the complex number"),
    ("generator", "__name__", "name of the generator (its function's, unless assigned)"),
    ("generator", "__qualname__", "qualified name of the generator (its function's, unless assigned)"),
    ("coroutine", "__name__", "name of the coroutine (its function's, unless assigned)"),
    ("coroutine", "__qualname__", "qualified name of the coroutine (its function's, unless assigned)"),
    ("async_generator", "__name__", "name of the async generator (its function's, unless assigned)"),
    ("async_generator", "__qualname__", "qualified name of the async generator (its function's, unless assigned)"),
];

/// The doc of attribute `name` of builtin type `owner`, if pyk has one.
pub fn builtin_attr_doc(owner: &str, name: &str) -> Option<&'static str> {
    ATTR_DOCS.iter().find(|(t, n, _)| *t == owner && *n == name).map(|(_, _, d)| *d)
}

fn g_objclass(o: &Obj) -> PyResult {
    let m = as_member(o).ok_or_else(|| type_error("member_descriptor expected"))?;
    m.objclass.get().ok_or_else(|| attribute_error("__objclass__"))
}

fn g_qualname(o: &Obj) -> PyResult {
    let m = as_member(o).ok_or_else(|| type_error("member_descriptor expected"))?;
    let owner = match m.objclass.get() {
        Some(c) => crate::types::str::as_str(&crate::abstract_::getattr_str(&c, "__qualname__")?).unwrap_or("?").to_string(),
        None => m.owner.to_string(),
    };
    Ok(new_string(format!("{owner}.{}", as_str(&m.name).unwrap_or("?"))))
}

static MEMBER_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: g_name },
    GetSetDef { name: "__doc__", get: g_doc },
    GetSetDef { name: "__objclass__", get: g_objclass },
    GetSetDef { name: "__qualname__", get: g_qualname },
];

/// The instance a direct `__get__`/`__set__`/`__delete__` call got, checked
/// against the class that defined the slot.
fn checked<'a>(m: &MemberDescr, inst: &'a Obj) -> PyResult<&'a Obj> {
    if let Some(cls) = m.objclass.get() {
        // The instance's real type must derive from the class (CPython's
        // PyObject_TypeCheck: a virtual subclass of an ABC does not do).
        if !crate::types::typeobj::as_type(&cls).is_some_and(|c| inst.type_obj().is_subtype(c)) {
            return Err(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                as_str(&m.name).unwrap_or("?"),
                m.owner,
                inst.type_obj().name()
            )));
        }
    }
    Ok(inst)
}

fn m_get(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let m = as_member(s).ok_or_else(|| type_error("member_descriptor expected"))?;
    if let Some(inst) = a.first().filter(|i| !crate::types::is_none(i)) {
        checked(m, inst)?;
    }
    crate::types::class::descr_get(s, a, k)
}

fn m_set(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let m = as_member(s).ok_or_else(|| type_error("member_descriptor expected"))?;
    let [inst, v] = a else { return Err(type_error(format!("expected 2 arguments, got {}", a.len()))) };
    set(m, checked(m, inst)?, Some(v))?;
    Ok(crate::types::none())
}

fn m_delete(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let m = as_member(s).ok_or_else(|| type_error("member_descriptor expected"))?;
    let [inst] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    set(m, checked(m, inst)?, None)?;
    Ok(crate::types::none())
}

static MEMBER_METHODS: [crate::types::typeobj::MethodDef; 3] = [
    crate::types::typeobj::MethodDef { name: "__get__", func: m_get, doc: "" },
    crate::types::typeobj::MethodDef { name: "__set__", func: m_set, doc: "" },
    crate::types::typeobj::MethodDef { name: "__delete__", func: m_delete, doc: "" },
];

pub static MEMBER_DESCR_TYPE: TypeObject = TypeObject {
    methods: &MEMBER_METHODS,
    repr: Some(member_repr),
    getsets: &MEMBER_GETSETS,
    ..TypeObject::builtin("member_descriptor", &crate::types::object::OBJECT_TYPE, dealloc_box::<MemberDescr>)
};
