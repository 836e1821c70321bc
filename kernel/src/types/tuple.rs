//! `tuple`: an immutable array of references.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{index_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::int;
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::str::new_string;
use crate::types::typeobj::{NumberSlots, TypeObject};

#[repr(C)]
pub struct TupleObject {
    pub header: ObjHeader,
    pub items: Box<[Obj]>,
}

pub fn new_tuple(items: Vec<Obj>) -> Obj {
    alloc(TupleObject { header: crate::object::new_header_tracked(&TUPLE_TYPE), items: items.into_boxed_slice() })
}

pub fn as_tuple(o: &Obj) -> Option<&[Obj]> {
    o.downcast::<TupleObject>(&TUPLE_TYPE).map(|t| &*t.items)
}

fn tuple_repr(o: &Obj) -> PyResult {
    let items = as_tuple(o).unwrap_or(&[]);
    crate::abstract_::repr_enter(o, "(...)", || {
        let mut s = String::from("(");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&crate::abstract_::repr_string(x)?);
        }
        if items.len() == 1 {
            s.push(',');
        }
        s.push(')');
        Ok(new_string(s))
    })
}

fn tuple_len(o: &Obj) -> PyResult<usize> {
    Ok(as_tuple(o).map(|t| t.len()).unwrap_or(0))
}

pub fn normalize_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 { None } else { Some(j as usize) }
}

fn tuple_getitem(o: &Obj, k: &Obj) -> PyResult {
    let items = as_tuple(o).unwrap_or(&[]);
    if let Some(i) = int::as_i64(k) {
        return normalize_index(i, items.len())
            .map(|j| items[j].clone())
            .ok_or_else(|| index_error("tuple index out of range"));
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        let idx = sl.indices(items.len())?;
        return Ok(new_tuple(idx.into_iter().map(|j| items[j].clone()).collect()));
    }
    Err(type_error(format!("tuple indices must be integers or slices, not {}", k.type_obj().name())))
}

fn tuple_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (as_tuple(a), as_tuple(b)) {
        (Some(x), Some(y)) => Ok(bool_obj(crate::abstract_::compare_sequences(x, y, op)?)),
        _ => Ok(not_implemented()),
    }
}

fn tuple_hash(o: &Obj) -> PyResult<i64> {
    // xxHash-based combination, as CPython's tuplehash.
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let items = as_tuple(o).unwrap_or(&[]);
    let mut acc: u64 = P5;
    for x in items {
        let lane = crate::abstract_::hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn tuple_add(a: &Obj, b: &Obj) -> PyResult {
    match (as_tuple(a), as_tuple(b)) {
        (Some(x), Some(y)) => Ok(new_tuple(x.iter().chain(y.iter()).cloned().collect())),
        (Some(_), None) => Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.type_obj().name()
        ))),
        _ => Ok(not_implemented()),
    }
}

fn tuple_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    for y in as_tuple(o).unwrap_or(&[]) {
        if crate::abstract_::eq(y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_bool(o: &Obj) -> PyResult<bool> {
    Ok(!as_tuple(o).unwrap_or(&[]).is_empty())
}

fn tuple_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("tuple", kw)?;
    match args {
        [] => Ok(new_tuple(vec![])),
        [x] if as_tuple(x).is_some() => Ok(x.clone()),
        [x] => Ok(new_tuple(crate::abstract_::collect(x)?)),
        _ => Err(type_error(format!("tuple expected at most 1 argument, got {}", args.len()))),
    }
}

fn tuple_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    for x in as_tuple(o).unwrap_or(&[]) {
        visit(x);
    }
}

/// Tuples are immutable: their references go when a mutable container in
/// the same cycle is cleared, so no clear hook is needed.
pub static TUPLE_TYPE: TypeObject = TypeObject {
    traverse: Some(tuple_traverse),
    repr: Some(tuple_repr),
    len: Some(tuple_len),
    getitem: Some(tuple_getitem),
    richcompare: Some(tuple_richcompare),
    hash: Some(tuple_hash),
    contains: Some(tuple_contains),
    iter: Some(crate::types::list::seq_iter),
    new: Some(tuple_new),
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots { add: Some(tuple_add), bool: Some(tuple_bool), ..NumberSlots::EMPTY },
    ..TypeObject::builtin("tuple", &crate::types::object::OBJECT_TYPE, dealloc_box::<TupleObject>)
};

pub static TUPLE_ITER_TYPE: TypeObject = TypeObject {
    traverse: Some(crate::types::list::seqiter_traverse),
    iter: Some(crate::types::list::self_iter),
    next: Some(crate::types::list::seq_iter_next),
    ..TypeObject::builtin("tuple_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<crate::types::list::SeqIter>)
};
