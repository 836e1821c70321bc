//! `list`, and the generic sequence iterator used by list, tuple and str.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj, ObjLock};
use crate::types::function::ObjLockCell;
use crate::types::int;
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::new_string;
use crate::types::tuple::{normalize_index, TUPLE_ITER_TYPE};
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct ListObject {
    pub header: ObjHeader,
    lock: ObjLock,
    items: UnsafeCell<Vec<Obj>>,
}

impl Drop for ListObject {
    /// Items are released last to first, as CPython does (visible through
    /// `__del__` order).
    fn drop(&mut self) {
        let v = self.items.get_mut();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

// The items are reached only inside `with`, which holds the object's lock in
// free-threaded mode (the GIL serialises access otherwise).
impl ListObject {
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<Obj>) -> R) -> R {
        // SAFETY: exclusive access is guaranteed by the lock (free-threaded
        // mode) or the GIL; `f` runs no Python code (by contract of `with`),
        // so it cannot re-enter this list.
        self.lock.with(|| f(unsafe { &mut *self.items.get() }))
    }

    /// A snapshot of the items (new references), for code that calls back into Python.
    pub fn snapshot(&self) -> Vec<Obj> {
        self.with(|v| v.clone())
    }

    pub fn len(&self) -> usize {
        self.with(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Obj> {
        self.with(|v| v.get(i).cloned())
    }

    pub fn push(&self, x: Obj) {
        self.with(|v| v.push(x));
    }
}

pub fn new_list(items: Vec<Obj>) -> Obj {
    alloc(ListObject { header: crate::object::new_header_tracked(&LIST_TYPE), lock: ObjLock::new(), items: UnsafeCell::new(items) })
}

pub fn as_list(o: &Obj) -> Option<&ListObject> {
    o.downcast::<ListObject>(&LIST_TYPE)
}

fn list_repr(o: &Obj) -> PyResult {
    let items = as_list(o).map(|l| l.snapshot()).unwrap_or_default();
    crate::abstract_::repr_enter(o, "[...]", || {
        let mut s = String::from("[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&crate::abstract_::repr_string(x)?);
        }
        s.push(']');
        Ok(new_string(s))
    })
}

fn list_len(o: &Obj) -> PyResult<usize> {
    Ok(as_list(o).map(|l| l.len()).unwrap_or(0))
}

fn list_getitem(o: &Obj, k: &Obj) -> PyResult {
    let l = as_list(o).ok_or_else(|| type_error("list expected"))?;
    if let Some(i) = int::as_i64(k) {
        return l
            .with(|v| normalize_index(i, v.len()).map(|j| v[j].clone()))
            .ok_or_else(|| index_error("list index out of range"));
    }
    if int::is_int(k) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        let n = l.len();
        let idx = sl.indices(n)?;
        return Ok(new_list(l.with(|v| idx.into_iter().filter_map(|j| v.get(j).cloned()).collect())));
    }
    if let Some(i) = crate::abstract_::custom_index(k) {
        let i = i?;
        if int::as_i64(&i).is_none() {
            return Err(index_error(format!("cannot fit '{}' into an index-sized integer", k.type_obj().name())));
        }
        return list_getitem(o, &i);
    }
    Err(type_error(format!("list indices must be integers or slices, not {}", k.type_obj().name())))
}

fn list_setitem(o: &Obj, k: &Obj, val: Option<&Obj>) -> PyResult<()> {
    let l = as_list(o).ok_or_else(|| type_error("list expected"))?;
    if let Some(i) = int::as_i64(k) {
        let old = l.with(|v| match normalize_index(i, v.len()) {
            Some(j) => Ok(match val {
                Some(x) => std::mem::replace(&mut v[j], x.clone()),
                None => v.remove(j),
            }),
            None => Err(()),
        });
        return match old {
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err(()) => Err(index_error("list assignment index out of range")),
        };
    }
    if let Some(sl) = crate::types::range::as_slice(k) {
        return list_set_slice(l, sl, val);
    }
    if let Some(i) = crate::abstract_::custom_index(k) {
        return list_setitem(o, &i?, val);
    }
    Err(type_error(format!("list indices must be integers or slices, not {}", k.type_obj().name())))
}

fn list_set_slice(l: &ListObject, sl: &crate::types::range::SliceObject, val: Option<&Obj>) -> PyResult<()> {
    let step_one = crate::types::is_none(&sl.step) || int::as_i64(&sl.step) == Some(1);
    let items = match val {
        Some(v) if v.type_obj().iter.is_none() && v.type_obj().getitem.is_none() => {
            return Err(type_error("must assign iterable to extended slice"));
        }
        Some(v) => Some(crate::abstract_::collect(v)?),
        None => None,
    };
    let n = l.len();
    if step_one {
        let (start, stop) = sl.bounds(n)?;
        let stop = stop.max(start);
        let removed: Vec<Obj> = l.with(|v| {
            let (start, stop) = (start.min(v.len()), stop.min(v.len()));
            v.splice(start..stop, items.unwrap_or_default()).collect()
        });
        drop(removed);
        return Ok(());
    }
    let idx = sl.indices(n)?;
    match items {
        Some(items) => {
            if items.len() != idx.len() {
                return Err(crate::error::value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    idx.len()
                )));
            }
            let old: Vec<Obj> = l.with(|v| idx.iter().zip(items).filter_map(|(&i, x)| v.get_mut(i).map(|s| std::mem::replace(s, x))).collect());
            drop(old);
        }
        None => {
            let mut sorted = idx;
            sorted.sort_unstable();
            let old: Vec<Obj> = l.with(|v| {
                let mut out = Vec::with_capacity(sorted.len());
                for &i in sorted.iter().rev() {
                    if i < v.len() {
                        out.push(v.remove(i));
                    }
                }
                out
            });
            drop(old);
        }
    }
    Ok(())
}

fn list_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    match (as_list(a), as_list(b)) {
        (Some(x), Some(y)) => compare_lists(x, y, op).map(bool_obj),
        _ => Ok(not_implemented()),
    }
}

/// Compares two lists item by item as CPython does: lists of different
/// lengths are unequal without looking at items, and the items and lengths
/// are read afresh at each step, since an item's `__eq__` may change
/// either list.
fn compare_lists(x: &ListObject, y: &ListObject, op: CompareOp) -> PyResult<bool> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(op == CompareOp::Ne);
    }
    let mut i = 0;
    while let (Some(p), Some(q)) = (x.get(i), y.get(i)) {
        if !crate::abstract_::eq(&p, &q)? {
            // The comparison may have shrunk a list below `i`: then only
            // the lengths are left to compare.
            let (Some(p), Some(q)) = (x.get(i), y.get(i)) else { break };
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => crate::abstract_::is_true(&crate::abstract_::richcompare(&p, &q, op)?),
            };
        }
        i += 1;
    }
    Ok(int::cmp_result(x.len().cmp(&y.len()), op))
}

fn list_add(a: &Obj, b: &Obj) -> PyResult {
    match (as_list(a), as_list(b)) {
        (Some(x), Some(y)) => {
            let mut v = x.snapshot();
            v.extend(y.snapshot());
            Ok(new_list(v))
        }
        (Some(_), None) => Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.type_obj().name()
        ))),
        _ => Ok(not_implemented()),
    }
}

fn list_iadd(a: &Obj, b: &Obj) -> PyResult {
    let Some(l) = as_list(a) else { return Ok(not_implemented()) };
    let items = crate::abstract_::collect(b)?;
    l.with(|v| v.extend(items));
    Ok(a.clone())
}

fn list_mul(a: &Obj, b: &Obj) -> PyResult {
    let (l, n) = match (as_list(a), as_list(b)) {
        (Some(l), None) => (l, b),
        (None, Some(l)) => (l, a),
        _ => return Ok(not_implemented()),
    };
    let Some(n) = crate::types::tuple::repeat_count(n) else { return Ok(not_implemented()) };
    Ok(new_list(crate::types::tuple::repeat(&l.snapshot(), n?)?))
}

/// `l *= n`: repeats the list in place (a count <= 0 empties it).
fn list_imul(a: &Obj, b: &Obj) -> PyResult {
    let Some(l) = as_list(a) else { return Ok(not_implemented()) };
    let Some(n) = crate::types::tuple::repeat_count(b) else { return Ok(not_implemented()) };
    let items = crate::types::tuple::repeat(&l.snapshot(), n?)?;
    let old = l.with(|v| std::mem::replace(v, items));
    drop(old);
    Ok(a.clone())
}

fn list_bool(o: &Obj) -> PyResult<bool> {
    Ok(as_list(o).map(|l| !l.is_empty()).unwrap_or(false))
}

fn list_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    for y in as_list(o).map(|l| l.snapshot()).unwrap_or_default() {
        if crate::abstract_::eq(&y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn list_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("list", kw)?;
    match args {
        [] => Ok(new_list(vec![])),
        [x] => {
            if x.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
                crate::abstract_::length_hint(x, 8)?;
            }
            Ok(new_list(crate::abstract_::collect(x)?))
        }
        _ => Err(type_error(format!("list expected at most 1 argument, got {}", args.len()))),
    }
}

fn this(s: &Obj) -> PyResult<&ListObject> {
    as_list(s).ok_or_else(|| type_error("descriptor requires a 'list' object"))
}

fn m_append(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("append", k)?;
    let [x] = a else { return Err(type_error(format!("list.append() takes exactly one argument ({} given)", a.len()))) };
    this(s)?.push(x.clone());
    Ok(none())
}
fn m_extend(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("extend", k)?;
    let [x] = a else { return Err(type_error(format!("list.extend() takes exactly one argument ({} given)", a.len()))) };
    if x.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
        crate::abstract_::length_hint(x, 8)?;
    }
    let items = crate::abstract_::collect(x)?;
    this(s)?.with(|v| v.extend(items));
    Ok(none())
}
/// An index argument through `__index__` (big values saturate).
fn index_arg(o: &Obj) -> PyResult<i64> {
    let i = crate::abstract_::index(o)?;
    Ok(int::as_i64(&i).unwrap_or_else(|| match int::as_bigint(&i) {
        Some(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        _ => i64::MAX,
    }))
}
fn m_pop(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("pop", k)?;
    if a.len() > 1 {
        return Err(type_error(format!("pop expected at most 1 argument, got {}", a.len())));
    }
    let l = this(s)?;
    let i = match a.first() {
        Some(i) => index_arg(i)?,
        None => -1,
    };
    l.with(|v| {
        if v.is_empty() {
            return Err(index_error("pop from empty list"));
        }
        match normalize_index(i, v.len()) {
            Some(j) => Ok(v.remove(j)),
            None => Err(index_error("pop index out of range")),
        }
    })
}
fn m_insert(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("insert", k)?;
    let [i, x] = a else { return Err(type_error(format!("insert expected 2 arguments, got {}", a.len()))) };
    let i = index_arg(i)?;
    this(s)?.with(|v| {
        let n = v.len() as i64;
        let j = if i < 0 { i.saturating_add(n).max(0) } else { i.min(n) };
        v.insert(j as usize, x.clone());
    });
    Ok(none())
}
fn m_reverse(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("reverse", k)?;
    int::no_args("list.reverse", a)?;
    this(s)?.with(|v| v.reverse());
    Ok(none())
}
fn m_index(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let items = this(s)?.snapshot();
    crate::types::tuple::seq_index(&items, a, k, |x| Ok(format!("{} is not in list", crate::abstract_::repr_string(x)?)))
}
fn m_remove(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("remove", k)?;
    let [x] = a else { return Err(type_error(format!("list.remove() takes exactly one argument ({} given)", a.len()))) };
    let l = this(s)?;
    for (i, y) in l.snapshot().iter().enumerate() {
        if crate::abstract_::eq(y, x)? {
            // The comparison may have changed the list: remove the same object if it is still there.
            let old = l.with(|v| {
                if v.get(i).is_some_and(|z| z.is(y)) {
                    Some(v.remove(i))
                } else {
                    v.iter().position(|z| z.is(y)).map(|j| v.remove(j))
                }
            });
            drop(old);
            return Ok(none());
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}
fn m_sort(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, _) = crate::builtins::split_kwargs(a, k);
    if !pos.is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = crate::builtins::sort_kwargs(a, k)?;
    let l = this(s)?;
    let items = l.with(std::mem::take);
    let sorted = crate::builtins::sort_values(items, key.as_ref(), reverse);
    let (v, err) = match sorted {
        Ok(v) => (v, None),
        Err((v, e)) => (v, Some(e)),
    };
    // Items appended while sorting are dropped (CPython raises
    // "list modified during sort"; the result order is what matters here).
    let added = l.with(|dst| std::mem::replace(dst, v));
    let modified = !added.is_empty();
    drop(added);
    match err {
        Some(e) => Err(e),
        None if modified => Err(value_error("list modified during sort")),
        None => Ok(none()),
    }
}
fn m_copy(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("copy", k)?;
    int::no_args("list.copy", a)?;
    Ok(new_list(this(s)?.snapshot()))
}
fn m_clear(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("clear", k)?;
    int::no_args("list.clear", a)?;
    let old = this(s)?.with(std::mem::take);
    drop(old);
    Ok(none())
}
fn m_count(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let items = this(s)?.snapshot();
    crate::types::tuple::seq_count("list.count", &items, a, k)
}
fn m_reversed(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("list.__reversed__", a)?;
    let n = this(s)?.len();
    Ok(alloc(SeqIter { header: new_header(&LIST_REVITER_TYPE), seq: ObjLockCell::new(Some(s.clone())), index: AtomicUsize::new(n) }))
}
fn m_imul(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    list_imul(s, n)
}
fn m_iadd(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    list_iadd(s, x)
}

fn m_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if !crate::types::class::overrides_new(s.type_obj(), &LIST_TYPE) {
        crate::builtins::no_kwargs("list", k)?;
    }
    let a = crate::builtins::split_kwargs(a, k).0;
    let items = match a {
        [] => vec![],
        [x] => crate::abstract_::collect(x)?,
        _ => return Err(type_error(format!("list expected at most 1 argument, got {}", a.len()))),
    };
    let old = this(s)?.with(|v| std::mem::replace(v, items));
    drop(old);
    Ok(none())
}

static LIST_METHODS: [MethodDef; 15] = [
    MethodDef { name: "__init__", func: m_init, doc: "" },
    MethodDef { name: "append", func: m_append, doc: "Add object as the new last item." },
    MethodDef { name: "extend", func: m_extend, doc: "Add every item of iterable at the end." },
    MethodDef { name: "pop", func: m_pop, doc: "Take out the item at index (the last one by default) and give it back." },
    MethodDef { name: "insert", func: m_insert, doc: "Put object in at position index." },
    MethodDef { name: "reverse", func: m_reverse, doc: "Reverse *IN PLACE*." },
    MethodDef { name: "index", func: m_index, doc: "Give the position of the first item equal to value." },
    MethodDef { name: "remove", func: m_remove, doc: "Delete the first item equal to value." },
    MethodDef { name: "sort", func: m_sort, doc: "Put the items in ascending order, in place; gives None." },
    MethodDef { name: "copy", func: m_copy, doc: "Give a new list holding the same items." },
    MethodDef { name: "clear", func: m_clear, doc: "Empty the list." },
    MethodDef { name: "count", func: m_count, doc: "Count the items equal to value." },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "Iterate over the items from last to first." },
    MethodDef { name: "__imul__", func: m_imul, doc: "Implement self*=value." },
    MethodDef { name: "__iadd__", func: m_iadd, doc: "Implement self+=value." },
];

fn list_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    for x in as_list(o).map(|l| l.snapshot()).unwrap_or_default() {
        visit(&x);
    }
}

fn list_clear(o: &Obj) {
    let old = as_list(o).map(|l| l.with(std::mem::take));
    drop(old);
}

pub fn seqiter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: installed only on the SeqIter types.
    unsafe { o.cast::<SeqIter>() }.seq.with_ref(|s| {
        if let Some(s) = s {
            visit(s);
        }
    });
}

pub static LIST_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::object::subclass_info::<ListObject>(false)),
    traverse: Some(list_traverse),
    clear: Some(list_clear),
    repr: Some(list_repr),
    len: Some(list_len),
    getitem: Some(list_getitem),
    setitem: Some(list_setitem),
    richcompare: Some(list_richcompare),
    contains: Some(list_contains),
    iter: Some(seq_iter),
    new: Some(list_new),
    methods: &LIST_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots {
        add: Some(list_add),
        inplace_add: Some(list_iadd),
        mul: Some(list_mul),
        inplace_mul: Some(list_imul),
        bool: Some(list_bool),
        ..NumberSlots::EMPTY
    },
    ..TypeObject::builtin("list", &crate::types::object::OBJECT_TYPE, dealloc_box::<ListObject>)
};

/// Iterator over a list, tuple or str by index.
#[repr(C)]
pub struct SeqIter {
    pub header: ObjHeader,
    /// The sequence; released once the iterator is exhausted (CPython
    /// drops it then, so the sequence may be freed before the iterator).
    seq: ObjLockCell,
    index: AtomicUsize,
}

impl SeqIter {
    fn seq(&self) -> Option<Obj> {
        self.seq.get()
    }
    /// Marks the iterator exhausted (index `end`) and drops the sequence.
    fn finish(&self, end: usize) {
        self.index.store(end, Ordering::Relaxed);
        let old = self.seq.set(None);
        drop(old);
    }
}

pub fn seq_iter(o: &Obj) -> PyResult {
    let t: &'static TypeObject = if as_list(o).is_some() {
        &LIST_ITER_TYPE
    } else if crate::types::tuple::as_tuple(o).is_some() {
        &TUPLE_ITER_TYPE
    } else {
        &STR_ITER_TYPE
    };
    Ok(alloc(SeqIter { header: new_header(t), seq: ObjLockCell::new(Some(o.clone())), index: AtomicUsize::new(0) }))
}

pub fn self_iter(o: &Obj) -> PyResult {
    Ok(o.clone())
}

pub fn seq_iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    // SAFETY: this slot is installed only on the SeqIter types.
    let it = unsafe { o.cast::<SeqIter>() };
    let i = it.index.load(Ordering::Relaxed);
    if i == EXHAUSTED {
        return Ok(None);
    }
    let Some(seq) = it.seq() else { return Ok(None) };
    let item = if let Some(l) = as_list(&seq) {
        l.get(i)
    } else if let Some(t) = crate::types::tuple::as_tuple(&seq) {
        t.get(i).cloned()
    } else if let Some(s) = crate::types::str::as_str_obj(&seq).filter(|s| i < s.nchars) {
        let c = if s.data.len() == s.nchars { s.data[i..i + 1].chars().next() } else { s.data.chars().nth(i) };
        c.map(|c| crate::types::str::new_string(c.to_string()))
    } else {
        None
    };
    drop(seq);
    // An exhausted iterator stays exhausted, even if the list grows again.
    if item.is_some() {
        it.index.store(i + 1, Ordering::Relaxed);
    } else {
        it.finish(EXHAUSTED);
    }
    Ok(item)
}

/// A forward sequence iterator's index once a `next` found the end.
const EXHAUSTED: usize = usize::MAX;

/// `__length_hint__` of the forward sequence iterators: items left.
fn seq_iter_length_hint(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = [&LIST_ITER_TYPE, &TUPLE_ITER_TYPE, &STR_ITER_TYPE]
        .iter()
        .find_map(|t| o.downcast::<SeqIter>(t))
        .ok_or_else(|| type_error("iterator expected"))?;
    let i = it.index.load(Ordering::Relaxed);
    let Some(seq) = it.seq().filter(|_| i != EXHAUSTED) else { return Ok(int::from_i64(0)) };
    let n = seq_len(&seq);
    Ok(int::from_i64(n.saturating_sub(i) as i64))
}

/// A builtin function by name (`iter`, `reversed`), for `__reduce__`.
pub(crate) fn builtin_fn(name: &'static str) -> PyResult {
    crate::eval::get_builtin(name)
}

fn seq_iter_of(o: &Obj) -> PyResult<&SeqIter> {
    [&LIST_ITER_TYPE, &crate::types::tuple::TUPLE_ITER_TYPE, &STR_ITER_TYPE]
        .iter()
        .find_map(|t| o.downcast::<SeqIter>(t))
        .ok_or_else(|| type_error("iterator expected"))
}

fn seq_len(seq: &Obj) -> usize {
    if let Some(l) = as_list(seq) {
        l.len()
    } else if let Some(t) = crate::types::tuple::as_tuple(seq) {
        t.len()
    } else {
        crate::types::str::as_str_obj(seq).map_or(0, |s| s.nchars)
    }
}

/// `__reduce__`: `(iter, (seq,), index)`, or `(iter, (empty,))` once
/// exhausted (pickle and copy of a partly consumed iterator).
fn seq_iter_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = seq_iter_of(o)?;
    let i = it.index.load(Ordering::Relaxed);
    let iter = builtin_fn("iter")?;
    let Some(seq) = it.seq().filter(|_| i != EXHAUSTED) else {
        // Exhausted: the sequence is gone; its kind is the iterator's.
        let t = o.type_obj();
        let empty = if std::ptr::eq(t, &LIST_ITER_TYPE) {
            new_list(vec![])
        } else if std::ptr::eq(t, &crate::types::tuple::TUPLE_ITER_TYPE) {
            crate::types::tuple::new_tuple(vec![])
        } else {
            crate::types::str::new_str("")
        };
        return Ok(crate::types::tuple::new_tuple(vec![iter, crate::types::tuple::new_tuple(vec![empty])]));
    };
    Ok(crate::types::tuple::new_tuple(vec![iter, crate::types::tuple::new_tuple(vec![seq]), int::from_i64(i as i64)]))
}

/// `__setstate__(index)`, clamped to the sequence.
fn seq_iter_setstate(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = seq_iter_of(o)?;
    let [n] = a else { return Err(type_error(format!("__setstate__() takes exactly one argument ({} given)", a.len()))) };
    let n = int::as_i64(&crate::abstract_::index(n)?).unwrap_or(i64::MAX).max(0) as usize;
    if let Some(seq) = it.seq().filter(|_| it.index.load(Ordering::Relaxed) != EXHAUSTED) {
        it.index.store(n.min(seq_len(&seq)), Ordering::Relaxed);
    }
    Ok(crate::types::none())
}

pub static SEQ_ITER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__length_hint__", func: seq_iter_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: seq_iter_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__setstate__", func: seq_iter_setstate, doc: "Restore the position saved by __reduce__." },
];

fn reviter_length_hint(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<SeqIter>(&LIST_REVITER_TYPE).ok_or_else(|| type_error("iterator expected"))?;
    let i = it.index.load(Ordering::Relaxed);
    let n = it.seq().as_ref().and_then(as_list).map_or(0, |l| l.len());
    Ok(int::from_i64(i.min(n) as i64))
}

/// `reversed(list).__reduce__()`: `(reversed, (list,), next_index)`.
fn reviter_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<SeqIter>(&LIST_REVITER_TYPE).ok_or_else(|| type_error("iterator expected"))?;
    let seq = it.seq();
    let i = it.index.load(Ordering::Relaxed).min(seq.as_ref().and_then(as_list).map_or(0, |l| l.len()));
    let Some(seq) = seq.filter(|_| i != 0) else {
        return Ok(crate::types::tuple::new_tuple(vec![builtin_fn("reversed")?, crate::types::tuple::new_tuple(vec![new_list(vec![])])]));
    };
    Ok(crate::types::tuple::new_tuple(vec![builtin_fn("reversed")?, crate::types::tuple::new_tuple(vec![seq]), int::from_i64(i as i64 - 1)]))
}

fn reviter_setstate(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<SeqIter>(&LIST_REVITER_TYPE).ok_or_else(|| type_error("iterator expected"))?;
    let [n] = a else { return Err(type_error(format!("__setstate__() takes exactly one argument ({} given)", a.len()))) };
    let n = int::as_i64(&crate::abstract_::index(n)?).unwrap_or(i64::MAX).max(-1);
    let len = it.seq().as_ref().and_then(as_list).map_or(0, |l| l.len()) as i64;
    it.index.store((n.min(len - 1) + 1).max(0) as usize, Ordering::Relaxed);
    Ok(crate::types::none())
}

static REVITER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__length_hint__", func: reviter_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: reviter_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__setstate__", func: reviter_setstate, doc: "Restore the position saved by __reduce__." },
];

pub static LIST_ITER_TYPE: TypeObject = TypeObject {
    methods: &SEQ_ITER_METHODS,
    traverse: Some(seqiter_traverse),
    iter: Some(self_iter),
    next: Some(seq_iter_next),
    ..TypeObject::builtin("list_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<SeqIter>)
};

/// `reversed(list)`: `index` counts the items still to yield (the next one
/// is at `index - 1`); a list that shrank below it ends the iteration.
fn list_reviter_next(o: &Obj) -> PyResult<Option<Obj>> {
    // SAFETY: installed only on LIST_REVITER_TYPE, whose instances are SeqIters.
    let it = unsafe { o.cast::<SeqIter>() };
    let i = it.index.load(Ordering::Relaxed);
    if i == 0 {
        // Exhausted: the list is released, as the forward iterators do
        // (CPython keeps it until its cycle collector frees the pair; pyk
        // has no cycle collector, so an iterator in a cycle would keep it).
        it.finish(0);
        return Ok(None);
    }
    let item = it.seq().as_ref().and_then(as_list).and_then(|l| l.get(i - 1));
    if item.is_some() {
        it.index.store(i - 1, Ordering::Relaxed);
    } else {
        // A list that shrank below the index: the list is released.
        it.finish(0);
    }
    Ok(item)
}

pub static LIST_REVITER_TYPE: TypeObject = TypeObject {
    methods: &REVITER_METHODS,
    traverse: Some(seqiter_traverse),
    iter: Some(self_iter),
    next: Some(list_reviter_next),
    ..TypeObject::builtin("list_reverseiterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<SeqIter>)
};

/// Readies the list's extra types. Called once from `types::ready_all`.
pub fn ready_extra() {
    crate::types::typeobj::ready(&LIST_REVITER_TYPE);
}

pub static STR_ITER_TYPE: TypeObject = TypeObject {
    methods: &SEQ_ITER_METHODS,
    traverse: Some(seqiter_traverse),
    iter: Some(self_iter),
    next: Some(seq_iter_next),
    ..TypeObject::builtin("str_ascii_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<SeqIter>)
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traverse_visits_items_and_clear_drops_them() {
        let inner = new_list(vec![Obj::small_int(1).expect("small")]);
        let l = new_list(vec![inner.clone(), crate::types::int::from_i64(2), crate::types::none()]);
        assert!(crate::object::is_tracked(&l));
        let mut seen = vec![];
        (LIST_TYPE.traverse.expect("traverse"))(&l, &mut |o| seen.push(o.value()));
        assert_eq!(seen, vec![inner.value(), crate::types::int::from_i64(2).value(), crate::types::none().value()]);
        assert_eq!(inner.refcnt(), 2);
        (LIST_TYPE.clear.expect("clear"))(&l);
        assert_eq!(as_list(&l).map(|x| x.len()), Some(0));
        assert_eq!(inner.refcnt(), 1);
    }
}
