//! Weak references: `_weakref.ref`, proxies, and clearing when the referent
//! dies. A registry maps each weakly referenced object to its weak
//! references; the object carries FLAG_HAS_WEAKREFS so that only those pay
//! a lookup when they are destroyed. Callbacks run after the referent is gone.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Mutex;

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;
use pyk_abi::Value;

use crate::error::{type_error, PyErr, PyResult};
use crate::object::{alloc, Obj, FLAG_HAS_WEAKREFS};
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::new_string;
use crate::types::typeobj::{tpflags, MethodDef, TypeObject};

/// referent address -> addresses of the weak references to it.
static REGISTRY: Mutex<Option<HashMap<usize, Vec<usize>>>> = Mutex::new(None);

#[repr(C)]
pub struct WeakRefObject {
    pub header: ObjHeader,
    /// The referent's Value word, 0 once it died.
    referent: AtomicUsize,
    /// Taken (so `__callback__` reads None) when the referent dies.
    callback: std::sync::Mutex<Option<Obj>>,
    hash: AtomicI64,
}

impl Drop for WeakRefObject {
    fn drop(&mut self) {
        let r = self.referent.load(Ordering::Acquire);
        if r == 0 {
            return;
        }
        let me = self as *const WeakRefObject as usize;
        let mut g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(m) = g.as_mut() {
            if let Some(v) = m.get_mut(&r) {
                v.retain(|w| *w != me);
                if v.is_empty() {
                    m.remove(&r);
                }
            }
        }
    }
}

fn weakrefable(o: &Obj) -> bool {
    if !o.value().is_ptr() {
        return false;
    }
    instances_weakrefable(o.type_obj())
}

/// Whether instances of `t` can be weakly referenced.
pub fn instances_weakrefable(t: &'static crate::types::typeobj::TypeObject) -> bool {
    use crate::types::*;
    if t.flags & tpflags::HEAPTYPE != 0 {
        // Variable-size builtin layouts (int, tuple, bytes) take none, as in CPython.
        let solid = crate::types::class::solid_base(t);
        if [&int::INT_TYPE, &tuple::TUPLE_TYPE, &bytes::BYTES_TYPE].iter().any(|v| std::ptr::eq(solid, *v)) {
            return false;
        }
        // a class gets weak references unless all its classes define
        // __slots__ without '__weakref__' (then its builtin base decides)
        let slots_key = str::istr("__slots__");
        for &c in t.mro() {
            // SAFETY: MRO entries are live (immortal) type objects.
            let c: &'static typeobj::TypeObject = unsafe { &*c };
            if c.flags & tpflags::HEAPTYPE == 0 {
                return builtin_weakrefable(c);
            }
            match dict::get_str(c.dict(), &slots_key) {
                None => return true,
                Some(slots) => {
                    let names = member::slot_names(&slots).unwrap_or_default();
                    if names.iter().any(|n| str::as_str(n) == Some("__weakref__")) {
                        return true;
                    }
                }
            }
        }
        return true;
    }
    builtin_weakrefable(t)
}

pub fn builtin_weakrefable(t: &'static crate::types::typeobj::TypeObject) -> bool {
    use crate::types::*;
    std::ptr::eq(t, &typeobj::TYPE_TYPE)
        || std::ptr::eq(t, &function::FUNCTION_TYPE)
        || std::ptr::eq(t, &function::BUILTIN_FUNCTION_TYPE)
        || std::ptr::eq(t, &function::BOUND_METHOD_TYPE)
        || std::ptr::eq(t, &set::SET_TYPE)
        || std::ptr::eq(t, &set::FROZENSET_TYPE)
        || std::ptr::eq(t, &generator::GENERATOR_TYPE)
        || std::ptr::eq(t, &generator::COROUTINE_TYPE)
        || std::ptr::eq(t, &generator::ASYNC_GENERATOR_TYPE)
        || std::ptr::eq(t, &module::MODULE_TYPE)
        || std::ptr::eq(t, &odict::ODICT_TYPE)
        || std::ptr::eq(t, &deque::DEQUE_TYPE)
        || std::ptr::eq(t, &memoryview::MEMORYVIEW_TYPE)
        || std::ptr::eq(t, &code::CODE_TYPE)
        || std::ptr::eq(t, &genericalias::GENERIC_ALIAS_TYPE)
        || std::ptr::eq(t, &crate::thread::LOCK_TYPE)
        || std::ptr::eq(t, &crate::thread::RLOCK_TYPE)
        || std::ptr::eq(t, &crate::thread::LOCAL_TYPE)
        || !t.native.is_null()
}

/// Clears every weak reference to `v` (which is being destroyed) and
/// returns `(weakref, callback)` pairs to run once it is gone.
pub fn clear_weakrefs(v: Value) -> Vec<(Obj, Obj)> {
    let refs = {
        let mut g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
        g.as_mut().and_then(|m| m.remove(&v.0)).unwrap_or_default()
    };
    let mut out = vec![];
    for w in refs {
        // SAFETY: registered weak references are alive (they unregister in
        // Drop under the same lock, which we no longer need: the entry is gone).
        let wr = unsafe { &*(w as *const WeakRefObject) };
        wr.referent.store(0, Ordering::Release);
        // The weakref itself may be dying (its count is zero, perhaps queued
        // behind a deep destruction); only a live one gets its callback, and
        // a dying one must not be revived.
        // SAFETY: as above, the weak reference is still allocated.
        if let Some(wo) = unsafe { Obj::from_listed(Value(w)) } {
            let cb = wr.callback.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some(cb) = cb {
                out.push((wo, cb));
            }
        }
    }
    // The newest reference's callback runs first, as in CPython (which
    // lists each new reference with a callback before the older ones).
    out.reverse();
    out
}

/// Runs weakref callbacks; errors are reported as unraisable, as CPython.
pub fn run_callbacks(cbs: Vec<(Obj, Obj)>) {
    for (w, cb) in cbs {
        if let Err(e) = crate::abstract_::call(&cb, &[w], None) {
            let r = crate::abstract_::repr_string(&cb).unwrap_or_default();
            crate::traceback::print_unraisable(&format!("Exception ignored in: {r}"), &e);
        }
    }
}

fn register(referent: &Obj, w: &Obj) {
    register_at(referent, w, false);
}

/// `front`: a shared plain reference or proxy, which CPython keeps at the
/// head of the list (the reference before the proxy).
fn register_at(referent: &Obj, w: &Obj, front: bool) {
    let mut g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    let list = g.get_or_insert_with(HashMap::new).entry(referent.value().0).or_default();
    if front {
        let after_ref = !std::ptr::eq(w.type_obj(), &REF_TYPE)
            && list.first().is_some_and(|&f| {
                // SAFETY: registered weak references are alive while listed (they unregister under this lock).
                let h = unsafe { &*(f as *const ObjHeader) };
                std::ptr::eq(h.ob_type as *const TypeObject, &REF_TYPE)
                    // SAFETY: as above; a REF_TYPE header starts a WeakRefObject.
                    && unsafe { &*(f as *const WeakRefObject) }.callback.lock().unwrap_or_else(|e| e.into_inner()).is_none()
            });
        list.insert(usize::from(after_ref), w.value().0);
    } else {
        list.push(w.value().0);
    }
    // SAFETY: heap objects start with a header.
    unsafe { (*referent.value().as_ptr()).flags.fetch_or(FLAG_HAS_WEAKREFS, Ordering::Relaxed) };
}

fn as_weakref(o: &Obj) -> Option<&WeakRefObject> {
    o.downcast::<WeakRefObject>(&REF_TYPE).or_else(|| o.downcast::<WeakRefObject>(&PROXY_TYPE)).or_else(|| o.downcast::<WeakRefObject>(&CALLABLE_PROXY_TYPE))
}

/// The referent, if still alive (a new reference).
fn deref(w: &WeakRefObject) -> Option<Obj> {
    let _g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    let r = w.referent.load(Ordering::Acquire);
    if r == 0 {
        return None;
    }
    // SAFETY: the referent is allocated while it is registered (clearing
    // happens under this lock before it is freed); a zero count means it is
    // dying, and it is not revived.
    unsafe { Obj::from_listed(Value(r)) }
}

/// A new weak reference of type `t`; `share`: reuse an existing one of that
/// type without callback (subclass instances are never shared).
fn make(t: &'static TypeObject, referent: &Obj, callback: Option<&Obj>, share: bool) -> PyResult {
    if !weakrefable(referent) {
        return Err(type_error(format!("cannot create weak reference to '{}' object", referent.type_obj().tp_name())));
    }
    let cb = callback.filter(|c| !crate::types::is_none(c)).cloned();
    if cb.is_none() && share {
        // A plain reference or proxy without callback is shared, as in CPython.
        let existing = refs_to(referent).into_iter().find(|r| {
            std::ptr::eq(r.type_obj(), t) && as_weakref(r).is_some_and(|w| w.callback.lock().unwrap_or_else(|e| e.into_inner()).is_none())
        });
        if let Some(r) = existing {
            return Ok(r);
        }
    }
    let front = share && cb.is_none();
    let w = alloc(WeakRefObject {
        header: crate::object::new_header(t),
        referent: AtomicUsize::new(referent.value().0),
        callback: std::sync::Mutex::new(cb),
        hash: AtomicI64::new(-1),
    });
    register_at(referent, &w, front);
    Ok(w)
}

fn ref_new(t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kw) = crate::builtins::split_kwargs(a, k);
    // (CPython's ref.__init__ refuses them; a subclass with an `__init__`
    // of its own takes them there, and `__new__` never sees them.)
    if !kw.is_empty() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    let share = std::ptr::eq(t, &REF_TYPE);
    match pos {
        [o] => make(&REF_TYPE, o, None, share),
        [o, cb] => make(&REF_TYPE, o, Some(cb), share),
        [] => Err(type_error("__new__ expected at least 1 argument, got 0")),
        _ => Err(type_error(format!("__new__ expected at most 2 arguments, got {}", pos.len()))),
    }
}

fn unregister(w: usize, referent: usize) {
    let mut g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(m) = g.as_mut() {
        if let Some(v) = m.get_mut(&referent) {
            v.retain(|x| *x != w);
            if v.is_empty() {
                m.remove(&referent);
            }
        }
    }
}

/// Subclass instances (WeakMethod, KeyedRef): the weak reference moves to
/// the subclass allocation, so the registry must follow it.
fn ref_rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    let referent = as_weakref(&o).and_then(deref);
    // `__new__` handed back the shared plain reference: a subclass instance
    // gets a reference of its own.
    let o = match (&referent, o.refcnt() > 1) {
        (Some(r), true) => make(&REF_TYPE, r, None, false)?,
        _ => o,
    };
    if let Some(r) = &referent {
        unregister(o.value().0, r.value().0);
    }
    let moved = crate::object::rewrap::<WeakRefObject>(o, t)?;
    if let Some(r) = referent {
        register(&r, &moved);
    }
    Ok(moved)
}

fn ref_call(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("weakref() takes no arguments ({} given)", a.len())));
    }
    let w = as_weakref(o).ok_or_else(|| type_error("weakref expected"))?;
    Ok(deref(w).unwrap_or_else(none))
}

fn ref_hash(o: &Obj) -> PyResult<i64> {
    let w = as_weakref(o).ok_or_else(|| type_error("weakref expected"))?;
    let h = w.hash.load(Ordering::Relaxed);
    if h != -1 {
        return Ok(h);
    }
    let r = deref(w).ok_or_else(|| type_error("weak object has gone away"))?;
    let h = crate::abstract_::hash(&r)?;
    w.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn ref_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (as_weakref(a), as_weakref(b)) else { return Ok(not_implemented()) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    match (deref(x), deref(y)) {
        (Some(p), Some(q)) => crate::abstract_::richcompare(&p, &q, op),
        _ => Ok(bool_obj(a.is(b) == (op == CompareOp::Eq))),
    }
}

fn ref_repr(o: &Obj) -> PyResult {
    let w = as_weakref(o).ok_or_else(|| type_error("weakref expected"))?;
    Ok(new_string(match deref(w) {
        Some(r) => format!("<weakref at {:#x}; to '{}' at {:#x}>", o.value().0, r.type_obj().name(), r.value().0),
        None => format!("<weakref at {:#x}; dead>", o.value().0),
    }))
}

fn ref_getattr(o: &Obj, name: &Obj) -> PyResult {
    if crate::types::str::as_str(name) == Some("__callback__") {
        let w = as_weakref(o).ok_or_else(|| type_error("weakref expected"))?;
        return Ok(w.callback.lock().unwrap_or_else(|e| e.into_inner()).clone().unwrap_or_else(none));
    }
    if o.type_obj().flags & tpflags::HEAPTYPE != 0 {
        return crate::types::class::instance_getattr(o, name);
    }
    crate::abstract_::generic_type_attr(o, name)?.ok_or_else(|| crate::abstract_::no_attribute(o, name))
}

/// `ref.__init__(ob, callback=None)`: the work is done in `__new__`.
fn ref_init(_s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    if k.and_then(crate::types::tuple::as_tuple).is_some_and(|t| !t.is_empty()) {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    let npos = a.len() - k.and_then(crate::types::tuple::as_tuple).map_or(0, |t| t.len());
    match npos {
        0 => Err(type_error("__init__ expected at least 1 argument, got 0")),
        1 | 2 => Ok(crate::types::none()),
        n => Err(type_error(format!("__init__ expected at most 2 arguments, got {n}"))),
    }
}

static REF_METHODS: [crate::types::typeobj::MethodDef; 1] = [crate::types::typeobj::MethodDef { name: "__init__", func: ref_init, doc: "" }];

pub static REF_TYPE: TypeObject = TypeObject {
    module: "weakref",
    methods: &REF_METHODS,
    new: Some(ref_new),
    call: Some(ref_call),
    hash: Some(ref_hash),
    richcompare: Some(ref_richcompare),
    repr: Some(ref_repr),
    getattr: Some(ref_getattr),
    flags: tpflags::BASETYPE,
    subclass: Some(crate::types::typeobj::SubclassInfo { rewrap: ref_rewrap, ..crate::object::subclass_info::<WeakRefObject>(true) }),
    ..TypeObject::builtin("ReferenceType", &crate::types::object::OBJECT_TYPE, crate::object::dealloc_box::<WeakRefObject>)
};

fn dead() -> PyErr {
    PyErr::new(&crate::types::exceptions::REFERENCE_ERROR, "weakly-referenced object no longer exists")
}

fn target(o: &Obj) -> PyResult<Obj> {
    deref(as_weakref(o).ok_or_else(|| type_error("proxy expected"))?).ok_or_else(dead)
}

fn proxy_getattr(o: &Obj, n: &Obj) -> PyResult {
    crate::abstract_::getattr(&target(o)?, n)
}
fn proxy_setattr(o: &Obj, n: &Obj, v: Option<&Obj>) -> PyResult<()> {
    crate::abstract_::setattr(&target(o)?, n, v)
}
fn proxy_repr(o: &Obj) -> PyResult {
    let w = as_weakref(o).ok_or_else(|| type_error("proxy expected"))?;
    Ok(new_string(match deref(w) {
        Some(r) => format!("<weakproxy at {:#x}; to '{}' at {:#x}>", o.value().0, r.type_obj().name(), r.value().0),
        None => format!("<weakproxy at {:#x}; dead>", o.value().0),
    }))
}
fn proxy_str(o: &Obj) -> PyResult {
    crate::abstract_::str(&target(o)?)
}
fn proxy_call(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::abstract_::call(&target(o)?, a, k)
}
fn proxy_len(o: &Obj) -> PyResult<usize> {
    crate::abstract_::len(&target(o)?)
}
fn proxy_bool(o: &Obj) -> PyResult<bool> {
    crate::abstract_::is_true(&target(o)?)
}
fn proxy_getitem(o: &Obj, k: &Obj) -> PyResult {
    crate::abstract_::getitem(&target(o)?, k)
}
fn proxy_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    crate::abstract_::setitem(&target(o)?, k, v)
}
fn proxy_iter(o: &Obj) -> PyResult {
    crate::abstract_::iter(&target(o)?)
}
fn proxy_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    crate::abstract_::contains(&target(o)?, x)
}
fn proxy_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let b = if as_weakref(b).is_some() { target(b)? } else { b.clone() };
    crate::abstract_::richcompare(&target(a)?, &b, op)
}

/// A proxy's referent (an error once it died); None for other objects.
pub fn proxy_referent(o: &Obj) -> Option<PyResult<Obj>> {
    (std::ptr::eq(o.type_obj(), &PROXY_TYPE) || std::ptr::eq(o.type_obj(), &CALLABLE_PROXY_TYPE)).then(|| target(o))
}

/// The operand itself, or a proxy's referent.
fn unproxy(o: &Obj) -> PyResult<Obj> {
    if std::ptr::eq(o.type_obj(), &PROXY_TYPE) || std::ptr::eq(o.type_obj(), &CALLABLE_PROXY_TYPE) {
        target(o)
    } else {
        Ok(o.clone())
    }
}

/// Number slots of proxies: the operation on the referents.
macro_rules! proxy_binary {
    ($($f:ident => $op:ident),* $(,)?) => {
        $(fn $f(a: &Obj, b: &Obj) -> PyResult {
            crate::abstract_::binary_op(&unproxy(a)?, &unproxy(b)?, pyk_abi::opcode::BinaryOp::$op)
        })*
    };
}
proxy_binary!(
    proxy_add => Add, proxy_sub => Subtract, proxy_mul => Multiply, proxy_truediv => TrueDivide,
    proxy_floordiv => FloorDivide, proxy_rem => Remainder, proxy_pow => Power, proxy_lshift => LShift,
    proxy_rshift => RShift, proxy_and => And, proxy_or => Or, proxy_xor => Xor, proxy_matmul => MatrixMultiply,
    proxy_iadd => InplaceAdd, proxy_imul => InplaceMultiply,
);
fn proxy_neg(o: &Obj) -> PyResult {
    crate::abstract_::unary(&target(o)?, "neg")
}
fn proxy_pos(o: &Obj) -> PyResult {
    crate::abstract_::unary(&target(o)?, "pos")
}
fn proxy_invert(o: &Obj) -> PyResult {
    crate::abstract_::unary(&target(o)?, "invert")
}
fn proxy_index(o: &Obj) -> PyResult {
    crate::abstract_::index(&target(o)?)
}
fn proxy_int(o: &Obj) -> PyResult {
    crate::abstract_::to_int(&target(o)?)
}
fn proxy_float(o: &Obj) -> PyResult {
    Ok(crate::types::float::new_float(crate::abstract_::to_float(&target(o)?)?))
}
fn proxy_next(o: &Obj) -> PyResult<Option<Obj>> {
    let t = target(o)?;
    if t.type_obj().next.is_none() {
        return Err(type_error(format!("Weakref proxy referenced a non-iterator '{}' object", t.type_obj().name())));
    }
    crate::abstract_::next(&t)
}
fn proxy_reversed(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("__reversed__() takes no arguments ({} given)", a.len())));
    }
    let r = crate::abstract_::getattr_str(&crate::interp::builtins_module(), "reversed")?;
    crate::abstract_::call(&r, &[target(o)?], None)
}
fn proxy_bytes(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("__bytes__() takes no arguments ({} given)", a.len())));
    }
    let b = crate::abstract_::getattr_str(&crate::interp::builtins_module(), "bytes")?;
    crate::abstract_::call(&b, &[target(o)?], None)
}

static PROXY_METHODS: [crate::types::typeobj::MethodDef; 2] = [
    crate::types::typeobj::MethodDef { name: "__reversed__", func: proxy_reversed, doc: "" },
    crate::types::typeobj::MethodDef { name: "__bytes__", func: proxy_bytes, doc: "" },
];

const fn proxy_type(name: &'static str, callable: bool) -> TypeObject {
    TypeObject {
        module: "weakref",
        getattr: Some(proxy_getattr),
        setattr: Some(proxy_setattr),
        repr: Some(proxy_repr),
        str: Some(proxy_str),
        call: if callable { Some(proxy_call) } else { None },
        len: Some(proxy_len),
        getitem: Some(proxy_getitem),
        setitem: Some(proxy_setitem),
        iter: Some(proxy_iter),
        contains: Some(proxy_contains),
        richcompare: Some(proxy_richcompare),
        next: Some(proxy_next),
        methods: &PROXY_METHODS,
        number: crate::types::typeobj::NumberSlots {
            add: Some(proxy_add),
            sub: Some(proxy_sub),
            mul: Some(proxy_mul),
            truediv: Some(proxy_truediv),
            floordiv: Some(proxy_floordiv),
            rem: Some(proxy_rem),
            pow: Some(proxy_pow),
            lshift: Some(proxy_lshift),
            rshift: Some(proxy_rshift),
            and: Some(proxy_and),
            or: Some(proxy_or),
            xor: Some(proxy_xor),
            matmul: Some(proxy_matmul),
            inplace_add: Some(proxy_iadd),
            inplace_mul: Some(proxy_imul),
            neg: Some(proxy_neg),
            pos: Some(proxy_pos),
            invert: Some(proxy_invert),
            index: Some(proxy_index),
            int: Some(proxy_int),
            float: Some(proxy_float),
            bool: Some(proxy_bool),
        },
        ..TypeObject::builtin(name, &crate::types::object::OBJECT_TYPE, crate::object::dealloc_box::<WeakRefObject>)
    }
}

pub static PROXY_TYPE: TypeObject = proxy_type("ProxyType", false);
pub static CALLABLE_PROXY_TYPE: TypeObject = proxy_type("CallableProxyType", true);

fn m_proxy(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    match a {
        [o] | [o, _] => {
            let t = if o.type_obj().call.is_some() { &CALLABLE_PROXY_TYPE } else { &PROXY_TYPE };
            make(t, o, a.get(1), true)
        }
        _ => Err(type_error(format!("proxy expected 1 or 2 arguments, got {}", a.len()))),
    }
}

fn refs_to(o: &Obj) -> Vec<Obj> {
    let g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    g.as_ref()
        .and_then(|m| m.get(&o.value().0))
        // SAFETY: registered weak references are allocated while listed (they
        // unregister in Drop under this lock); dying ones are left out.
        .map(|v| v.iter().filter_map(|w| unsafe { Obj::from_listed(Value(*w)) }).collect())
        .unwrap_or_default()
}

/// The oldest live weak reference to `o` (`o.__weakref__`).
pub fn first_ref(o: &Obj) -> Option<Obj> {
    refs_to(o).into_iter().next()
}

fn m_getweakrefcount(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [o] = a else { return Err(type_error("getweakrefcount() takes exactly one argument")) };
    Ok(crate::types::int::from_i64(refs_to(o).len() as i64))
}
fn m_getweakrefs(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [o] = a else { return Err(type_error("getweakrefs() takes exactly one argument")) };
    Ok(crate::types::list::new_list(refs_to(o)))
}
fn m_remove_dead_weakref(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [d, key] = a else { return Err(type_error("_remove_dead_weakref expected 2 arguments")) };
    let dd = crate::types::dict::as_dict(d).ok_or_else(|| type_error("_remove_dead_weakref() argument 1 must be dict"))?;
    if let Some(v) = dd.get(key)? {
        if as_weakref(&v).is_some_and(|w| deref(w).is_none()) {
            dd.del(key)?;
        }
    }
    Ok(none())
}

static NO_METHODS: [MethodDef; 0] = [];

pub fn make_module() -> Obj {
    for t in [&REF_TYPE, &PROXY_TYPE, &CALLABLE_PROXY_TYPE] {
        crate::types::typeobj::ready(t);
    }
    let _ = &NO_METHODS;
    let m = crate::types::module::new_module("_weakref", Some("Native weak reference support."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let add = |name: &'static str, f: crate::types::typeobj::MethodFn| {
        crate::types::dict::set_item_str(&d, name, crate::types::function::new_builtin(name, f, none(), Some("_weakref")));
    };
    add("proxy", m_proxy);
    add("getweakrefcount", m_getweakrefcount);
    add("getweakrefs", m_getweakrefs);
    add("_remove_dead_weakref", m_remove_dead_weakref);
    crate::types::dict::set_item_str(
        REF_TYPE.dict(),
        "__new__",
        crate::types::function::new_builtin("__new__", crate::types::builtin_type_new, REF_TYPE.as_obj(), Some("builtins")),
    );
    crate::types::dict::set_item_str(&d, "ref", REF_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "ReferenceType", REF_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "ProxyType", PROXY_TYPE.as_obj());
    crate::types::dict::set_item_str(&d, "CallableProxyType", CALLABLE_PROXY_TYPE.as_obj());
    m
}
