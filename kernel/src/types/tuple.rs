//! `tuple`: an immutable array of references.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{index_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::int;
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::str::new_string;
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct TupleObject {
    pub header: ObjHeader,
    pub items: Box<[Obj]>,
}

impl Drop for TupleObject {
    /// Items are released last to first, as CPython does.
    fn drop(&mut self) {
        let mut v = std::mem::take(&mut self.items).into_vec();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

pub fn new_tuple(items: Vec<Obj>) -> Obj {
    if items.is_empty() {
        return empty_tuple();
    }
    fresh_tuple(items)
}

fn fresh_tuple(items: Vec<Obj>) -> Obj {
    alloc(TupleObject { header: crate::object::new_header_tracked(&TUPLE_TYPE), items: items.into_boxed_slice() })
}

/// The one empty tuple (`tuple() is ()`, as in CPython), immortal.
fn empty_tuple() -> Obj {
    static EMPTY: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let v = *EMPTY.get_or_init(|| {
        let o = fresh_tuple(Vec::new());
        // SAFETY: a freshly allocated tuple nobody else holds; making it
        // immortal means it is never freed, which EMPTY relies on.
        unsafe { (*o.value().as_ptr()).refcnt = std::sync::atomic::AtomicIsize::new(pyk_abi::value::IMMORTAL_REFCNT) };
        o.into_raw().0
    });
    Obj::from_borrowed(pyk_abi::Value(v))
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
    if int::is_int(k) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        let idx = sl.indices(items.len())?;
        if idx.len() == items.len() && std::ptr::eq(o.type_obj(), &TUPLE_TYPE) && idx.iter().enumerate().all(|(i, &j)| i == j) {
            return Ok(o.clone());
        }
        return Ok(new_tuple(idx.into_iter().map(|j| items[j].clone()).collect()));
    }
    if let Some(i) = crate::abstract_::custom_index(k) {
        return tuple_getitem(o, &i?);
    }
    Err(type_error(format!("tuple indices must be integers or slices, not {}", k.type_obj().name())))
}

fn tuple_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (as_tuple(a), as_tuple(b)) {
        (Some(x), Some(y)) => Ok(bool_obj(crate::abstract_::compare_sequences(x, y, op)?)),
        _ => Ok(not_implemented()),
    }
}

pub(crate) fn tuple_hash(o: &Obj) -> PyResult<i64> {
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
        // An exact tuple is its own copy; a subclass instance gives a new
        // tuple of what its (possibly overridden) iteration yields.
        [x] if std::ptr::eq(x.type_obj(), &TUPLE_TYPE) => Ok(x.clone()),
        [x] => Ok(new_tuple(crate::abstract_::collect(x)?)),
        _ => Err(type_error(format!("tuple expected at most 1 argument, got {}", args.len()))),
    }
}

/// A slice bound for `index(x, start, end)`: `__index__`, then clamped to
/// `0..=n` with negative values counted from the end.
pub(crate) fn clamp_bound(o: &Obj, n: usize) -> PyResult<usize> {
    let i = crate::abstract_::index(o).map_err(|_| type_error("slice indices must be integers or have an __index__ method"))?;
    let v = int::as_bigint(&i).unwrap_or_default();
    let n_big = num_bigint::BigInt::from(n);
    let v = if v.sign() == num_bigint::Sign::Minus { v + &n_big } else { v };
    Ok(if v.sign() == num_bigint::Sign::Minus { 0 } else if v > n_big { n } else { num_traits::ToPrimitive::to_usize(&v).unwrap_or(n) })
}

/// `seq.index(x[, start[, end]])` over a snapshot of the items;
/// `not_found` builds the ValueError's message.
pub(crate) fn seq_index(items: &[Obj], a: &[Obj], k: Option<&Obj>, not_found: impl FnOnce(&Obj) -> PyResult<String>) -> PyResult {
    crate::builtins::no_kwargs("index", k)?;
    if a.is_empty() {
        return Err(type_error("index expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(type_error(format!("index expected at most 3 arguments, got {}", a.len())));
    }
    let n = items.len();
    let start = match a.get(1) {
        Some(o) => clamp_bound(o, n)?,
        None => 0,
    };
    let end = match a.get(2) {
        Some(o) => clamp_bound(o, n)?,
        None => n,
    };
    for (i, y) in items.iter().enumerate().take(end).skip(start) {
        if crate::abstract_::eq(y, &a[0])? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(crate::error::value_error(not_found(&a[0])?))
}

/// `seq.count(x)` over a snapshot of the items.
pub(crate) fn seq_count(qualname: &str, items: &[Obj], a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("count", k)?;
    let [x] = a else { return Err(type_error(format!("{qualname}() takes exactly one argument ({} given)", a.len()))) };
    let mut n = 0;
    for y in items {
        if crate::abstract_::eq(y, x)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

/// The repeat count of `seq * n`: None when `n` is not an int (the caller
/// returns NotImplemented); negative counts are 0, counts beyond i64 overflow.
pub(crate) fn repeat_count(n: &Obj) -> Option<PyResult<usize>> {
    int::int_val(n)?;
    Some(match int::as_i64(n) {
        Some(i) => Ok(i.max(0) as usize),
        None => Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
    })
}

/// `items * n` with a memory check.
pub(crate) fn repeat(items: &[Obj], n: usize) -> PyResult<Vec<Obj>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    if items.len().saturating_mul(n) > (isize::MAX as usize) / 16 {
        return Err(crate::error::memory_error(""));
    }
    let mut v = Vec::new();
    crate::error::reserve(&mut v, items.len() * n)?;
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(v)
}

fn tuple_mul(a: &Obj, b: &Obj) -> PyResult {
    let (t, n) = match (as_tuple(a), as_tuple(b)) {
        (Some(t), None) => (t, b),
        (None, Some(t)) => (t, a),
        _ => return Ok(not_implemented()),
    };
    let Some(n) = repeat_count(n) else { return Ok(not_implemented()) };
    let n = n?;
    // Only an exact tuple repeated once is itself; a subclass gets a copy.
    let seq = if as_tuple(a).is_some() { a } else { b };
    if n == 1 && seq.type_ptr() == &TUPLE_TYPE as *const _ {
        return Ok(seq.clone());
    }
    Ok(new_tuple(repeat(t, n)?))
}

fn m_index(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    seq_index(as_tuple(s).unwrap_or(&[]), a, k, |_| Ok("tuple.index(x): x not in tuple".to_string()))
}

fn m_count(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    seq_count("tuple.count", as_tuple(s).unwrap_or(&[]), a, k)
}

fn m_getnewargs(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("tuple.__getnewargs__", a)?;
    Ok(new_tuple(vec![new_tuple(as_tuple(s).unwrap_or(&[]).to_vec())]))
}

static TUPLE_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__getnewargs__", func: m_getnewargs, doc: "" },
    MethodDef { name: "index", func: m_index, doc: "Give the position of the first item equal to value." },
    MethodDef { name: "count", func: m_count, doc: "Count the items equal to value." },
];

fn tuple_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    for x in as_tuple(o).unwrap_or(&[]) {
        visit(x);
    }
}

/// Tuples are immutable: their references go when a mutable container in
/// the same cycle is cleared, so no clear hook is needed.
/// Subclass instances need their own tuple (`tuple(t)` may return `t` itself).
fn tuple_rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    // Never retype a shared tuple (the empty one is shared by everyone).
    let o = if o.refcnt() != 1 { fresh_tuple(as_tuple(&o).unwrap_or(&[]).to_vec()) } else { o };
    crate::object::rewrap::<TupleObject>(o, t)
}

pub static TUPLE_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::types::typeobj::SubclassInfo { rewrap: tuple_rewrap, ..crate::object::subclass_info::<TupleObject>(true) }),
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
    number: NumberSlots { add: Some(tuple_add), mul: Some(tuple_mul), bool: Some(tuple_bool), ..NumberSlots::EMPTY },
    methods: &TUPLE_METHODS,
    ..TypeObject::builtin("tuple", &crate::types::object::OBJECT_TYPE, dealloc_box::<TupleObject>)
};

pub static TUPLE_ITER_TYPE: TypeObject = TypeObject {
    methods: &crate::types::list::SEQ_ITER_METHODS,
    traverse: Some(crate::types::list::seqiter_traverse),
    iter: Some(crate::types::list::self_iter),
    next: Some(crate::types::list::seq_iter_next),
    ..TypeObject::builtin("tuple_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<crate::types::list::SeqIter>)
};
