//! `__slots__`: each slot name becomes a member descriptor in the class
//! dict. Slot values live in a hidden per-instance dict; a
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
}

pub fn new_member(name: Obj, owner: &'static str) -> Obj {
    alloc(MemberDescr { header: new_header(&MEMBER_DESCR_TYPE), name, owner })
}

pub fn as_member(o: &Obj) -> Option<&MemberDescr> {
    o.downcast::<MemberDescr>(&MEMBER_DESCR_TYPE)
}

fn unset(inst: &Obj, m: &MemberDescr) -> crate::error::PyErr {
    attribute_error(format!("'{}' object has no attribute '{}'", inst.type_obj().name(), as_str(&m.name).unwrap_or("?")))
}

/// `inst.slot`.
pub fn get(m: &MemberDescr, inst: &Obj) -> PyResult {
    let store = crate::types::class::slot_storage(inst).ok_or_else(|| unset(inst, m))?;
    crate::types::dict::get_str(&store, &m.name).ok_or_else(|| unset(inst, m))
}

/// `inst.slot = v` / `del inst.slot`.
pub fn set(m: &MemberDescr, inst: &Obj, v: Option<&Obj>) -> PyResult<()> {
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

fn g_doc(_o: &Obj) -> PyResult {
    Ok(crate::types::none())
}

static MEMBER_GETSETS: [GetSetDef; 2] = [GetSetDef { name: "__name__", get: g_name }, GetSetDef { name: "__doc__", get: g_doc }];

pub static MEMBER_DESCR_TYPE: TypeObject = TypeObject {
    methods: &crate::types::class::MEMBER_METHODS,
    repr: Some(member_repr),
    getsets: &MEMBER_GETSETS,
    ..TypeObject::builtin("member_descriptor", &crate::types::object::OBJECT_TYPE, dealloc_box::<MemberDescr>)
};
