//! Dict views (`dict_keys`, `dict_values`, `dict_items`) and the dict
//! iterators. Views are live: they hold the dict and read it on every use.
//! Keys and items views are set-like (comparisons and `& | - ^`, whose
//! results are sets).
//!
//! Iterators walk the dict's entry positions (stable until the dict grows)
//! and raise RuntimeError when the dict's size changed since they started.

use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{runtime_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::dict::{as_dict, DictObject};
use crate::types::set::{as_anyset, new_set};
use crate::types::singletons::{bool_obj, not_implemented};
use crate::types::str::new_string;
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::{ready as ready_type, MethodDef, NumberSlots, TypeObject};

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

#[repr(C)]
pub struct DictView {
    pub header: ObjHeader,
    dict: Obj,
    kind: ViewKind,
}

pub fn new_view(d: &Obj, kind: ViewKind) -> Obj {
    let t: &'static TypeObject = match kind {
        ViewKind::Keys => &DICT_KEYS_TYPE,
        ViewKind::Values => &DICT_VALUES_TYPE,
        ViewKind::Items => &DICT_ITEMS_TYPE,
    };
    alloc(DictView { header: crate::object::new_header_tracked(t), dict: d.clone(), kind })
}

/// A view of kind `kind` and type `t` (OrderedDict's views, which extend
/// the dict views and lay out instances as they do).
pub(crate) fn new_view_of_type(d: &Obj, kind: ViewKind, t: &'static TypeObject) -> Obj {
    alloc(DictView { header: crate::object::new_header_tracked(t), dict: d.clone(), kind })
}

/// The mapping and kind of a view made by `new_view`/`new_view_of_type`.
///
/// # Safety
/// `o` must be laid out as a DictView.
pub(crate) unsafe fn view_parts(o: &Obj) -> (&Obj, ViewKind) {
    // SAFETY: per the contract.
    let v = unsafe { o.cast::<DictView>() };
    (&v.dict, v.kind)
}

/// The view, when `o` is a dict view of any kind (OrderedDict's too).
fn as_view(o: &Obj) -> Option<&DictView> {
    let t = o.type_ptr();
    let views = [&DICT_KEYS_TYPE as *const TypeObject, &DICT_VALUES_TYPE, &DICT_ITEMS_TYPE];
    // SAFETY: the type pointer of a live object points to a live type.
    if views.contains(&t) || (crate::types::odict::is_odict_view(t) && views.contains(&unsafe { (*t).base })) {
        // SAFETY: the three view types all lay out instances as DictView.
        Some(unsafe { o.cast::<DictView>() })
    } else {
        None
    }
}

fn view(o: &Obj) -> &DictView {
    // SAFETY: these slots are installed only on the view types (the dict's
    // three and OrderedDict's, laid out alike).
    unsafe { o.cast::<DictView>() }
}

impl DictView {
    fn dict(&self) -> &DictObject {
        as_dict(&self.dict).expect("a dict view holds a dict")
    }

    /// The view's elements now (new references), in iteration order.
    fn elements(&self) -> Vec<Obj> {
        self.dict().items().into_iter().map(|(k, v)| element(self.kind, k, v)).collect()
    }

    fn contains(&self, x: &Obj) -> PyResult<bool> {
        match self.kind {
            ViewKind::Keys => Ok(self.dict().get(x)?.is_some()),
            ViewKind::Items => {
                let Some([k, v]) = as_tuple(x).and_then(|t| <&[Obj; 2]>::try_from(t).ok()) else { return Ok(false) };
                match self.dict().get(k)? {
                    Some(w) => ab::eq(&w, v),
                    None => Ok(false),
                }
            }
            ViewKind::Values => {
                for v in self.dict().items().into_iter().map(|(_, v)| v) {
                    if ab::eq(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn element(kind: ViewKind, k: Obj, v: Obj) -> Obj {
    match kind {
        ViewKind::Keys => k,
        ViewKind::Values => v,
        ViewKind::Items => new_tuple(vec![k, v]),
    }
}

pub(crate) fn view_len(o: &Obj) -> PyResult<usize> {
    Ok(view(o).dict().len())
}

fn view_iter(o: &Obj) -> PyResult {
    let v = view(o);
    Ok(new_iter(&v.dict, v.kind, false))
}

pub(crate) fn view_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    view(o).contains(x)
}

fn view_repr(o: &Obj) -> PyResult {
    repr_elements(o, view(o).elements())
}

/// `name([e1, e2, ...])` for a view `o` of these elements (dict and
/// OrderedDict views), `...` when it is already being shown.
pub(crate) fn repr_elements(o: &Obj, items: Vec<Obj>) -> PyResult {
    let name = o.type_obj().name();
    ab::repr_enter(o, "...", || {
        let mut s = format!("{name}([");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&ab::repr_string(x)?);
        }
        s.push_str("])");
        Ok(new_string(s))
    })
}

pub(crate) fn view_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    visit(&view(o).dict);
}

pub(crate) fn view_hash(o: &Obj) -> PyResult<i64> {
    Ok((o.value().0 >> 4) as i64)
}

/// Is `o` set-like for view comparisons and operators (a set, frozenset,
/// or a keys or items view)?
fn is_setlike(o: &Obj) -> bool {
    as_anyset(o).is_some() || as_view(o).is_some_and(|v| v.kind != ViewKind::Values)
}

fn setlike_len(o: &Obj) -> PyResult<usize> {
    ab::len(o)
}

/// Every element of `a` is in `b`.
fn all_contained_in(a: &Obj, b: &Obj) -> PyResult<bool> {
    for x in ab::collect(a)? {
        if !ab::contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(crate) fn view_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    if !is_setlike(a) || !is_setlike(b) {
        return Ok(not_implemented());
    }
    let (la, lb) = (setlike_len(a)?, setlike_len(b)?);
    let r = match op {
        CompareOp::Eq => la == lb && all_contained_in(a, b)?,
        CompareOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CompareOp::Lt => la < lb && all_contained_in(a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(bool_obj(r))
}

/// A new set of the elements of `o` (any iterable).
fn set_of(o: &Obj) -> PyResult {
    let s = new_set();
    as_anyset(&s).expect("set").update(o)?;
    Ok(s)
}

/// Applies a set operator where one operand is a view (NotImplemented when
/// neither is); the other operand must be iterable.
fn view_setop(a: &Obj, b: &Obj, f: impl FnOnce(&Obj, &Obj) -> PyResult) -> PyResult {
    if as_view(a).is_none() && as_view(b).is_none() {
        return Ok(not_implemented());
    }
    f(a, b)
}

fn view_and(a: &Obj, b: &Obj) -> PyResult {
    view_setop(a, b, |a, b| {
        // Commutative: iterate the right operand, keep what the left holds.
        let (left, right) = if as_view(a).is_some() { (a, b) } else { (b, a) };
        let out = new_set();
        let set = as_anyset(&out).expect("set");
        let it = ab::iter(right)?;
        while let Some(x) = ab::next(&it)? {
            if ab::contains(left, &x)? {
                set.add(x)?;
            }
        }
        Ok(out)
    })
}

fn view_or(a: &Obj, b: &Obj) -> PyResult {
    view_setop(a, b, |a, b| {
        let out = set_of(a)?;
        as_anyset(&out).expect("set").update(b)?;
        Ok(out)
    })
}

fn view_sub(a: &Obj, b: &Obj) -> PyResult {
    view_setop(a, b, |a, b| {
        let out = set_of(a)?;
        let set = as_anyset(&out).expect("set");
        let it = ab::iter(b)?;
        while let Some(x) = ab::next(&it)? {
            set.discard(&x)?;
        }
        Ok(out)
    })
}

fn view_xor(a: &Obj, b: &Obj) -> PyResult {
    view_setop(a, b, |a, b| {
        let out = set_of(a)?;
        let set = as_anyset(&out).expect("set");
        let other = set_of(b)?;
        for x in as_anyset(&other).expect("set").items() {
            if !set.discard(&x)? {
                set.add(x)?;
            }
        }
        Ok(out)
    })
}

fn m_isdisjoint(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("isdisjoint", k)?;
    let [other] = a else {
        return Err(type_error(format!("{}.isdisjoint() takes exactly one argument ({} given)", s.type_obj().name(), a.len())));
    };
    let it = ab::iter(other)?;
    while let Some(x) = ab::next(&it)? {
        if view(s).contains(&x)? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
}

fn m_reversed(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::types::int::no_args("__reversed__", a)?;
    let v = view(s);
    Ok(new_iter(&v.dict, v.kind, true))
}

static SETLIKE_METHODS: [MethodDef; 2] = [
    MethodDef { name: "isdisjoint", func: m_isdisjoint, doc: "Return True if the view and the given iterable have a null intersection." },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "Iterate over the view from the last inserted entry to the first." },
];

static VALUES_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__reversed__", func: m_reversed, doc: "Return a reverse iterator over the dict values." }];

pub(crate) const SETLIKE_NUMBER: NumberSlots = NumberSlots {
    and: Some(view_and),
    or: Some(view_or),
    sub: Some(view_sub),
    xor: Some(view_xor),
    ..NumberSlots::EMPTY
};

/// `view.mapping`: a read-only proxy of the dict.
fn g_mapping(o: &Obj) -> PyResult {
    // SAFETY: getset of the view types, whose instances are DictViews.
    let v = unsafe { o.cast::<DictView>() };
    Ok(crate::types::mappingproxy::new_proxy(v.dict.clone()))
}

static VIEW_GETSETS: [crate::types::typeobj::GetSetDef; 1] = [crate::types::typeobj::GetSetDef { name: "mapping", get: g_mapping }];

pub static DICT_KEYS_TYPE: TypeObject = TypeObject {
    traverse: Some(view_traverse),
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    richcompare: Some(view_richcompare),
    number: SETLIKE_NUMBER,
    methods: &SETLIKE_METHODS,
    getsets: &VIEW_GETSETS,
    ..TypeObject::builtin("dict_keys", &crate::types::object::OBJECT_TYPE, dealloc_box::<DictView>)
};

pub static DICT_ITEMS_TYPE: TypeObject = TypeObject {
    traverse: Some(view_traverse),
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    richcompare: Some(view_richcompare),
    number: SETLIKE_NUMBER,
    methods: &SETLIKE_METHODS,
    getsets: &VIEW_GETSETS,
    ..TypeObject::builtin("dict_items", &crate::types::object::OBJECT_TYPE, dealloc_box::<DictView>)
};

pub static DICT_VALUES_TYPE: TypeObject = TypeObject {
    traverse: Some(view_traverse),
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    hash: Some(view_hash),
    methods: &VALUES_METHODS,
    getsets: &VIEW_GETSETS,
    ..TypeObject::builtin("dict_values", &crate::types::object::OBJECT_TYPE, dealloc_box::<DictView>)
};

/// An iterator over a dict's keys, values or items, forwards or backwards.
#[repr(C)]
pub struct DictIter {
    pub header: ObjHeader,
    /// Released once the iteration ends (as CPython, so the dict may be
    /// freed before its iterator).
    dict: crate::types::function::ObjLockCell,
    kind: ViewKind,
    reversed: bool,
    /// The dict's size when iteration started; -1 once exhausted or broken.
    used: AtomicIsize,
    /// Next entry position (forwards), or the end of the unvisited part (backwards).
    pos: AtomicUsize,
    /// Items still to yield.
    remaining: AtomicIsize,
}

pub fn new_iter(d: &Obj, kind: ViewKind, reversed: bool) -> Obj {
    let dd = as_dict(d).expect("dict");
    let t: &'static TypeObject = match (kind, reversed) {
        (ViewKind::Keys, false) => &DICT_KEYITER_TYPE,
        (ViewKind::Values, false) => &DICT_VALUEITER_TYPE,
        (ViewKind::Items, false) => &DICT_ITEMITER_TYPE,
        (ViewKind::Keys, true) => &DICT_REVKEYITER_TYPE,
        (ViewKind::Values, true) => &DICT_REVVALUEITER_TYPE,
        (ViewKind::Items, true) => &DICT_REVITEMITER_TYPE,
    };
    let used = dd.len() as isize;
    let pos = if reversed { dd.entry_count() } else { 0 };
    alloc(DictIter {
        header: new_header(t),
        dict: crate::types::function::ObjLockCell::new(Some(d.clone())),
        kind,
        reversed,
        used: AtomicIsize::new(used),
        pos: AtomicUsize::new(pos),
        remaining: AtomicIsize::new(used),
    })
}

fn dictiter_next(o: &Obj) -> PyResult<Option<Obj>> {
    // SAFETY: installed only on the dict iterator types, whose instances are DictIters.
    let it = unsafe { o.cast::<DictIter>() };
    let used = it.used.load(Ordering::Relaxed);
    // Exhausted: the dict is gone. After a change of size the count stays
    // -1, so every later call raises again (CPython's sticky state).
    let Some(dict) = it.dict.get() else { return Ok(None) };
    let d = as_dict(&dict).expect("dict");
    // Ends the iteration for good: the dict is released.
    let finish = || {
        it.used.store(-1, Ordering::Relaxed);
        let old = it.dict.set(None);
        drop(old);
    };
    if d.len() as isize != used {
        it.used.store(-1, Ordering::Relaxed);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let pos = it.pos.load(Ordering::Relaxed);
    let found = if it.reversed { d.entry_before(pos) } else { d.entry_from(pos) };
    let remaining = it.remaining.load(Ordering::Relaxed);
    match found {
        Some((i, k, v)) if remaining > 0 => {
            it.pos.store(if it.reversed { i } else { i + 1 }, Ordering::Relaxed);
            it.remaining.store(remaining - 1, Ordering::Relaxed);
            Ok(Some(element(it.kind, k, v)))
        }
        None if remaining == 0 => {
            finish();
            Ok(None)
        }
        _ => {
            finish();
            Err(runtime_error("dictionary keys changed during iteration"))
        }
    }
}

fn dictiter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: installed only on the dict iterator types.
    unsafe { o.cast::<DictIter>() }.dict.with_ref(|d| {
        if let Some(d) = d {
            visit(d);
        }
    });
}

fn m_length_hint(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // SAFETY: installed only on the dict iterator types.
    let it = unsafe { s.cast::<DictIter>() };
    let n = if it.used.load(Ordering::Relaxed) < 0 { 0 } else { it.remaining.load(Ordering::Relaxed).max(0) };
    Ok(crate::types::int::from_i64(n as i64))
}

/// `__reduce__`: `(iter, (list_of_the_rest,))`, the rest read from a copy
/// of the iterator (so a dict changed during iteration raises here too).
fn m_reduce(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // SAFETY: installed only on the dict iterator types.
    let it = unsafe { s.cast::<DictIter>() };
    let copy = alloc(DictIter {
        header: new_header(s.type_obj()),
        dict: crate::types::function::ObjLockCell::new(it.dict.get()),
        kind: it.kind,
        reversed: it.reversed,
        used: AtomicIsize::new(it.used.load(Ordering::Relaxed)),
        pos: AtomicUsize::new(it.pos.load(Ordering::Relaxed)),
        remaining: AtomicIsize::new(it.remaining.load(Ordering::Relaxed)),
    });
    let mut rest = Vec::new();
    while let Some(x) = dictiter_next(&copy)? {
        rest.push(x);
    }
    let iter = crate::types::list::builtin_fn("iter")?;
    Ok(crate::types::tuple::new_tuple(vec![iter, crate::types::tuple::new_tuple(vec![crate::types::list::new_list(rest)])]))
}

static ITER_METHODS: [MethodDef; 2] = [
    MethodDef { name: "__length_hint__", func: m_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: m_reduce, doc: "Give pickle the data to rebuild this object." },
];

macro_rules! dict_iter_type {
    ($name:ident, $pyname:literal) => {
        pub static $name: TypeObject = TypeObject {
            traverse: Some(dictiter_traverse),
            iter: Some(crate::types::list::self_iter),
            next: Some(dictiter_next),
            methods: &ITER_METHODS,
            ..TypeObject::builtin($pyname, &crate::types::object::OBJECT_TYPE, dealloc_box::<DictIter>)
        };
    };
}

dict_iter_type!(DICT_KEYITER_TYPE, "dict_keyiterator");
dict_iter_type!(DICT_VALUEITER_TYPE, "dict_valueiterator");
dict_iter_type!(DICT_ITEMITER_TYPE, "dict_itemiterator");
dict_iter_type!(DICT_REVKEYITER_TYPE, "dict_reversekeyiterator");
dict_iter_type!(DICT_REVVALUEITER_TYPE, "dict_reversevalueiterator");
dict_iter_type!(DICT_REVITEMITER_TYPE, "dict_reverseitemiterator");

/// Readies the view and iterator types (from `dict::ready_extra`).
pub fn ready() {
    for t in [
        &DICT_KEYS_TYPE,
        &DICT_VALUES_TYPE,
        &DICT_ITEMS_TYPE,
        &DICT_KEYITER_TYPE,
        &DICT_VALUEITER_TYPE,
        &DICT_ITEMITER_TYPE,
        &DICT_REVKEYITER_TYPE,
        &DICT_REVVALUEITER_TYPE,
        &DICT_REVITEMITER_TYPE,
    ] {
        ready_type(t);
    }
}
