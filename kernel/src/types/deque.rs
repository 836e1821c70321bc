//! `collections.deque` (exported by `_collections`): a ring buffer
//! (`VecDeque`) of objects with an optional maximum length, and its two
//! iterators (`_collections._deque_iterator`, `_deque_reverse_iterator`).
//!
//! A counter (`state`) changes whenever items are added or taken out
//! (not when one is replaced or the order reversed); iterators and the
//! searching methods compare it to raise CPython's "deque mutated during
//! iteration". Instances accept weak references; subclass instances get
//! an attribute dict.

use std::cell::UnsafeCell;
use std::collections::VecDeque;

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{index_error, memory_error, runtime_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj, ObjLock};
use crate::types::int;
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::typeobj::{GetSetDef, MethodDef, NumberSlots, TypeObject};

struct State {
    items: VecDeque<Obj>,
    maxlen: Option<usize>,
    state: u64,
}

#[repr(C)]
pub struct DequeObject {
    header: ObjHeader,
    lock: ObjLock,
    st: UnsafeCell<State>,
}

impl DequeObject {
    #[inline(always)]
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        // SAFETY: the lock (free-threaded) or the GIL gives exclusive
        // access; closures passed here run no Python code and drop no
        // object (removed items are handed back to drop outside).
        self.lock.with(|| f(unsafe { &mut *self.st.get() }))
    }

    fn len(&self) -> usize {
        self.with(|s| s.items.len())
    }

    fn state(&self) -> u64 {
        self.with(|s| s.state)
    }

    fn get(&self, i: usize) -> Option<Obj> {
        self.with(|s| s.items.get(i).cloned())
    }

    fn snapshot(&self) -> Vec<Obj> {
        self.with(|s| s.items.iter().cloned().collect())
    }

    /// Appends `x`; gives back the item pushed out at the left, if any.
    fn push_back(&self, x: Obj) -> Option<Obj> {
        self.with(|s| {
            s.state = s.state.wrapping_add(1);
            if s.maxlen == Some(0) {
                return Some(x);
            }
            s.items.push_back(x);
            if s.maxlen.is_some_and(|m| s.items.len() > m) {
                return s.items.pop_front();
            }
            None
        })
    }

    fn push_front(&self, x: Obj) -> Option<Obj> {
        self.with(|s| {
            s.state = s.state.wrapping_add(1);
            if s.maxlen == Some(0) {
                return Some(x);
            }
            s.items.push_front(x);
            if s.maxlen.is_some_and(|m| s.items.len() > m) {
                return s.items.pop_back();
            }
            None
        })
    }

    fn clear(&self) -> VecDeque<Obj> {
        self.with(|s| {
            s.state = s.state.wrapping_add(1);
            std::mem::take(&mut s.items)
        })
    }
}

/// The deque, when `o` is one (or an instance of a subclass).
pub fn as_deque(o: &Obj) -> Option<&DequeObject> {
    o.downcast::<DequeObject>(&DEQUE_TYPE)
}

fn this(o: &Obj) -> PyResult<&DequeObject> {
    as_deque(o).ok_or_else(|| type_error(format!("descriptor requires a 'collections.deque' object but received a '{}'", o.type_obj().name())))
}

fn is_exact(o: &Obj) -> bool {
    o.type_ptr() == &DEQUE_TYPE as *const _
}

fn new_empty(maxlen: Option<usize>) -> Obj {
    alloc(DequeObject {
        header: crate::object::new_header_tracked(&DEQUE_TYPE),
        lock: ObjLock::new(),
        st: UnsafeCell::new(State { items: VecDeque::new(), maxlen, state: 0 }),
    })
}

/// Calling the type runs only this slot, so the arguments are `__init__`'s
/// (subclasses pass none and run `__init__` after). The class machinery
/// calls it with deque itself and re-types the object for a subclass.
fn deque_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let d = new_empty(None);
    if !a.is_empty() || k.is_some() {
        m_init(&d, a, k)?;
    }
    Ok(d)
}

/// Positional-or-keyword arguments `names` (the first `required` needed).
fn parse<const N: usize>(fname: &str, a: &[Obj], k: Option<&Obj>, names: [&str; N], required: usize) -> PyResult<[Option<Obj>; N]> {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() > N {
        let s = if N == 1 { "" } else { "s" };
        return Err(type_error(format!("{fname}() takes at most {N} argument{s} ({} given)", pos.len())));
    }
    let mut out: [Option<Obj>; N] = std::array::from_fn(|_| None);
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (key, v) in kws {
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(type_error(format!("{fname}() got an unexpected keyword argument '{key}'")));
        };
        if out[i].is_some() {
            return Err(type_error(format!("argument for {fname}() given by name ('{key}') and position ({})", i + 1)));
        }
        out[i] = Some(v.clone());
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!("{fname}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

fn no_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    crate::builtins::no_kwargs(&format!("deque.{name}"), k)?;
    if !a.is_empty() {
        return Err(type_error(format!("deque.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

fn one_arg<'a>(name: &str, a: &'a [Obj], k: Option<&Obj>) -> PyResult<&'a Obj> {
    crate::builtins::no_kwargs(&format!("deque.{name}"), k)?;
    match a {
        [x] => Ok(x),
        _ => Err(type_error(format!("deque.{name}() takes exactly one argument ({} given)", a.len()))),
    }
}

/// An index-sized integer from `o` (through `__index__`).
fn ssize(o: &Obj) -> PyResult<i64> {
    let i = ab::index(o)?;
    int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// A sequence index (`d[i]`): an int or an object with `__index__`.
fn seq_index(k: &Obj) -> PyResult<i64> {
    if let Some(i) = int::as_i64(k) {
        return Ok(i);
    }
    if int::is_int(k) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    match ab::custom_index(k) {
        Some(i) => {
            let i = i?;
            int::as_i64(&i).ok_or_else(|| index_error(format!("cannot fit '{}' into an index-sized integer", k.type_obj().name())))
        }
        None => Err(type_error(format!("sequence index must be integer, not '{}'", k.type_obj().name()))),
    }
}

fn position(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

// ---------------------------------------------------------------- slots

fn deque_len(o: &Obj) -> PyResult<usize> {
    Ok(this(o)?.len())
}

fn deque_bool(o: &Obj) -> PyResult<bool> {
    Ok(this(o)?.len() != 0)
}

fn deque_getitem(o: &Obj, k: &Obj) -> PyResult {
    let d = this(o)?;
    let i = seq_index(k)?;
    d.with(|s| position(i, s.items.len()).map(|j| s.items[j].clone())).ok_or_else(|| index_error("deque index out of range"))
}

fn deque_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let d = this(o)?;
    let i = seq_index(k)?;
    let old = d.with(|s| {
        let j = position(i, s.items.len())?;
        Some(match v {
            Some(v) => std::mem::replace(&mut s.items[j], v.clone()),
            None => {
                s.state = s.state.wrapping_add(1);
                s.items.remove(j).expect("in range")
            }
        })
    });
    match old {
        Some(x) => {
            drop(x);
            Ok(())
        }
        None => Err(index_error("deque index out of range")),
    }
}

/// Calls `f` on each item in turn (read afresh), stopping at the first
/// `Some`; a change of the deque meanwhile is `mutated()`.
fn search<R>(d: &DequeObject, from: usize, to: usize, mutated: fn() -> crate::error::PyErr, mut f: impl FnMut(usize, &Obj) -> PyResult<Option<R>>) -> PyResult<Option<R>> {
    let start = d.state();
    for i in from..to {
        let Some(item) = d.get(i) else { break };
        let r = f(i, &item)?;
        if d.state() != start {
            return Err(mutated());
        }
        if r.is_some() {
            return Ok(r);
        }
    }
    Ok(None)
}

fn mutated() -> crate::error::PyErr {
    runtime_error("deque mutated during iteration")
}

fn deque_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    let d = this(o)?;
    let n = d.len();
    Ok(search(d, 0, n, mutated, |_, item| Ok(ab::eq(item, x)?.then_some(())))?.is_some())
}

fn deque_iter(o: &Obj) -> PyResult {
    new_iter(o, false, 0)
}

fn deque_repr(o: &Obj) -> PyResult {
    let d = this(o)?;
    ab::repr_enter(o, "[...]", || {
        let l = crate::types::list::new_list(d.snapshot());
        let body = ab::repr_string(&l)?;
        let name = o.type_obj().name();
        Ok(new_string(match d.with(|s| s.maxlen) {
            Some(m) => format!("{name}({body}, maxlen={m})"),
            None => format!("{name}({body})"),
        }))
    })
}

fn deque_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (as_deque(a), as_deque(b)) else { return Ok(not_implemented()) };
    let (xs, ys) = (x.snapshot(), y.snapshot());
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && xs.len() != ys.len() {
        return Ok(bool_obj(op == CompareOp::Ne));
    }
    Ok(bool_obj(ab::compare_sequences(&xs, &ys, op)?))
}

fn deque_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let Some(d) = as_deque(o) else { return };
    for x in d.snapshot() {
        visit(&x);
    }
}

fn deque_clear_slot(o: &Obj) {
    let Some(d) = as_deque(o) else { return };
    drop(d.clear());
}

/// Appends every item of `it` (a copy first when it is the deque itself).
fn extend(o: &Obj, iterable: &Obj, left: bool) -> PyResult<()> {
    let d = this(o)?;
    if iterable.is(o) {
        let items = crate::types::list::new_list(d.snapshot());
        return extend(o, &items, left);
    }
    let it = ab::iter(iterable)?;
    while let Some(x) = ab::next(&it)? {
        let out = if left { d.push_front(x) } else { d.push_back(x) };
        drop(out);
    }
    Ok(())
}

fn deque_add(a: &Obj, b: &Obj) -> PyResult {
    if as_deque(a).is_none() {
        return Ok(not_implemented());
    }
    if as_deque(b).is_none() {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", b.type_obj().name())));
    }
    let new = copy_of(a)?;
    extend(&new, b, false)?;
    Ok(new)
}

fn deque_iadd(a: &Obj, b: &Obj) -> PyResult {
    if as_deque(a).is_none() {
        return Ok(not_implemented());
    }
    extend(a, b, false)?;
    Ok(a.clone())
}

/// The items of `d` repeated `n` times, the last `maxlen` of them only.
fn repeated(d: &DequeObject, n: i64) -> PyResult<Vec<Obj>> {
    let items = d.snapshot();
    let len = items.len();
    if n <= 0 || len == 0 {
        return Ok(Vec::new());
    }
    let total = (len as u128) * (n as u128);
    let keep = match d.with(|s| s.maxlen) {
        Some(m) => total.min(m as u128),
        None => total,
    };
    if keep > (isize::MAX as u128) / 8 {
        return Err(memory_error(""));
    }
    let start = total - keep;
    Ok((0..keep).map(|i| items[((start + i) % len as u128) as usize].clone()).collect())
}

fn mul_operands<'a>(a: &'a Obj, b: &'a Obj) -> Option<(&'a Obj, &'a Obj)> {
    if as_deque(a).is_some() {
        Some((a, b))
    } else if as_deque(b).is_some() {
        Some((b, a))
    } else {
        None
    }
}

fn count_of(n: &Obj) -> PyResult<Option<i64>> {
    if !int::is_int(n) && ab::custom_index(n).is_none() {
        return Ok(None);
    }
    Ok(Some(ssize(n)?))
}

fn deque_mul(a: &Obj, b: &Obj) -> PyResult {
    let Some((dq, n)) = mul_operands(a, b) else { return Ok(not_implemented()) };
    let Some(n) = count_of(n)? else { return Ok(not_implemented()) };
    let items = repeated(this(dq)?, n)?;
    let new = copy_of(dq)?;
    let nd = this(&new)?;
    let old = nd.clear();
    drop(old);
    for x in items {
        drop(nd.push_back(x));
    }
    Ok(new)
}

fn deque_imul(a: &Obj, b: &Obj) -> PyResult {
    let Some(d) = as_deque(a) else { return Ok(not_implemented()) };
    let Some(n) = count_of(b)? else { return Ok(not_implemented()) };
    let items = repeated(d, n)?;
    let old = d.clear();
    drop(old);
    for x in items {
        drop(d.push_back(x));
    }
    Ok(a.clone())
}

/// A shallow copy: a new deque of the same maxlen, or `type(d)(d[, maxlen])`
/// for a subclass.
fn copy_of(s: &Obj) -> PyResult {
    let d = this(s)?;
    let maxlen = d.with(|x| x.maxlen);
    if is_exact(s) {
        let new = new_empty(maxlen);
        let items = d.snapshot();
        let nd = this(&new)?;
        for x in items {
            drop(nd.push_back(x));
        }
        return Ok(new);
    }
    let t = s.type_obj().as_obj();
    match maxlen {
        None => ab::call(&t, std::slice::from_ref(s), None),
        Some(m) => ab::call(&t, &[s.clone(), int::from_i64(m as i64)], None),
    }
}

// --------------------------------------------------------------- methods

fn m_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let args = parse("deque", a, k, ["iterable", "maxlen"], 0)?;
    let d = this(s)?;
    let maxlen = match &args[1] {
        Some(m) if !crate::types::is_none(m) => {
            if !int::is_int(m) {
                return Err(type_error("an integer is required"));
            }
            let v = int::as_i64(m).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))?;
            if v < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(v as usize)
        }
        _ => None,
    };
    let old = d.with(|x| {
        x.maxlen = maxlen;
        if x.items.is_empty() {
            VecDeque::new()
        } else {
            x.state = x.state.wrapping_add(1);
            std::mem::take(&mut x.items)
        }
    });
    drop(old);
    if let Some(it) = &args[0] {
        extend(s, it, false)?;
    }
    Ok(none())
}

fn m_append(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let x = one_arg("append", a, k)?;
    drop(this(s)?.push_back(x.clone()));
    Ok(none())
}

fn m_appendleft(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let x = one_arg("appendleft", a, k)?;
    drop(this(s)?.push_front(x.clone()));
    Ok(none())
}

fn m_pop(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("pop", a, k)?;
    let d = this(s)?;
    d.with(|x| {
        let r = x.items.pop_back();
        if r.is_some() {
            x.state = x.state.wrapping_add(1);
        }
        r
    })
    .ok_or_else(|| index_error("pop from an empty deque"))
}

fn m_popleft(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("popleft", a, k)?;
    let d = this(s)?;
    d.with(|x| {
        let r = x.items.pop_front();
        if r.is_some() {
            x.state = x.state.wrapping_add(1);
        }
        r
    })
    .ok_or_else(|| index_error("pop from an empty deque"))
}

fn m_extend(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let x = one_arg("extend", a, k)?;
    this(s)?;
    extend(s, x, false)?;
    Ok(none())
}

fn m_extendleft(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let x = one_arg("extendleft", a, k)?;
    this(s)?;
    extend(s, x, true)?;
    Ok(none())
}

fn m_clear(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("clear", a, k)?;
    drop(this(s)?.clear());
    Ok(none())
}

fn m_copy(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("copy", a, k)?;
    copy_of(s)
}

fn m_rotate(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("deque.rotate", k)?;
    let d = this(s)?;
    let n = match a {
        [] => 1,
        [n] => ssize(n)?,
        _ => return Err(type_error(format!("rotate expected at most 1 argument, got {}", a.len()))),
    };
    d.with(|x| {
        let len = x.items.len() as i64;
        if len <= 1 {
            return;
        }
        let r = n.rem_euclid(len) as usize;
        if r != 0 {
            x.items.rotate_right(r);
        }
        x.state = x.state.wrapping_add(1);
    });
    Ok(none())
}

fn m_reverse(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("reverse", a, k)?;
    this(s)?.with(|x| x.items.make_contiguous().reverse());
    Ok(none())
}

fn m_count(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = one_arg("count", a, k)?;
    let d = this(s)?;
    let n = d.len();
    let mut c = 0i64;
    search(d, 0, n, mutated, |_, item| {
        if ab::eq(item, v)? {
            c += 1;
        }
        Ok(None::<()>)
    })?;
    Ok(int::from_i64(c))
}

fn negative(o: &Obj) -> PyResult<bool> {
    ab::is_true(&ab::richcompare(o, &int::from_i64(0), CompareOp::Lt)?)
}

/// A slice bound of index(): clamped to 0..=n, negative counted from the end.
fn bound(o: &Obj, n: usize) -> PyResult<usize> {
    let i = if let Some(i) = int::as_i64(o) {
        i
    } else if int::is_int(o) {
        if negative(o)? { i64::MIN } else { i64::MAX }
    } else {
        match ab::custom_index(o) {
            Some(r) => {
                let r = r?;
                match int::as_i64(&r) {
                    Some(i) => i,
                    None if negative(&r)? => i64::MIN,
                    None => i64::MAX,
                }
            }
            None => return Err(type_error("slice indices must be integers or have an __index__ method")),
        }
    };
    let n = n as i64;
    let j = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    Ok(j as usize)
}

fn m_index(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("index", k)?;
    let d = this(s)?;
    let (v, rest) = match a {
        [v, rest @ ..] if rest.len() <= 2 => (v, rest),
        [] => return Err(type_error("index expected at least 1 argument, got 0")),
        _ => return Err(type_error(format!("index expected at most 3 arguments, got {}", a.len()))),
    };
    let n = d.len();
    let from = match rest.first() {
        Some(x) => bound(x, n)?,
        None => 0,
    };
    let to = match rest.get(1) {
        Some(x) => bound(x, n)?,
        None => n,
    };
    match search(d, from, to, mutated, |i, item| Ok(ab::eq(item, v)?.then_some(i)))? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(value_error(format!("{} is not in deque", ab::repr_string(v)?))),
    }
}

fn m_insert(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("insert", k)?;
    let [i, x] = a else { return Err(type_error(format!("insert expected 2 arguments, got {}", a.len()))) };
    let i = ssize(i)?;
    let d = this(s)?;
    let full = d.with(|st| {
        if st.maxlen.is_some_and(|m| st.items.len() >= m) {
            return true;
        }
        let n = st.items.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        st.items.insert(j as usize, x.clone());
        st.state = st.state.wrapping_add(1);
        false
    });
    if full {
        return Err(index_error("deque already at its maximum size"));
    }
    Ok(none())
}

fn m_remove(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = one_arg("remove", a, k)?;
    let d = this(s)?;
    let n = d.len();
    let found = search(d, 0, n, || index_error("deque mutated during iteration"), |i, item| Ok(ab::eq(item, v)?.then_some(i)))?;
    let Some(i) = found else { return Err(value_error(format!("{} is not in deque", ab::repr_string(v)?))) };
    let old = d.with(|x| {
        x.state = x.state.wrapping_add(1);
        x.items.remove(i)
    });
    drop(old);
    Ok(none())
}

fn m_reversed(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__reversed__", a, k)?;
    this(s)?;
    new_iter(s, true, 0)
}

fn m_sizeof(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__sizeof__", a, k)?;
    let d = this(s)?;
    let n = std::mem::size_of::<DequeObject>() + d.with(|x| x.items.capacity()) * std::mem::size_of::<Obj>();
    Ok(int::from_i64(n as i64))
}

/// `(type, () or ((), maxlen), state, iter(self))`.
fn m_reduce(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__reduce__", a, k)?;
    let d = this(s)?;
    let state = ab::call0(&ab::getattr_str(s, "__getstate__")?)?;
    let args = match d.with(|x| x.maxlen) {
        None => new_tuple(vec![]),
        Some(m) => new_tuple(vec![new_tuple(vec![]), int::from_i64(m as i64)]),
    };
    let it = ab::iter(s)?;
    Ok(new_tuple(vec![s.type_obj().as_obj(), args, state, it]))
}

fn get_maxlen(o: &Obj) -> PyResult {
    Ok(match this(o)?.with(|x| x.maxlen) {
        Some(m) => int::from_i64(m as i64),
        None => none(),
    })
}

static DEQUE_METHODS: [MethodDef; 21] = [
    MethodDef { name: "__init__", func: m_init, doc: "Initialize self.  See help(type(self)) for accurate signature." },
    MethodDef { name: "append", func: m_append, doc: "Add an item at the right end." },
    MethodDef { name: "appendleft", func: m_appendleft, doc: "Add an item at the left end." },
    MethodDef { name: "pop", func: m_pop, doc: "Take out and give the rightmost item." },
    MethodDef { name: "popleft", func: m_popleft, doc: "Take out and give the leftmost item." },
    MethodDef { name: "extend", func: m_extend, doc: "Add the items of an iterable at the right end." },
    MethodDef { name: "extendleft", func: m_extendleft, doc: "Add the items of an iterable at the left end, one by one (so in reverse order)." },
    MethodDef { name: "clear", func: m_clear, doc: "Remove every item." },
    MethodDef { name: "copy", func: m_copy, doc: "A shallow copy." },
    MethodDef { name: "__copy__", func: m_copy, doc: "A shallow copy." },
    MethodDef { name: "rotate", func: m_rotate, doc: "Move the last n items to the front (the first ones to the end when n is negative)." },
    MethodDef { name: "reverse", func: m_reverse, doc: "Reverse the items in place." },
    MethodDef { name: "count", func: m_count, doc: "How many items equal value." },
    MethodDef { name: "index", func: m_index, doc: "Position of the first item equal to value (between start and stop); ValueError when there is none." },
    MethodDef { name: "insert", func: m_insert, doc: "Put value in before position index." },
    MethodDef { name: "remove", func: m_remove, doc: "Take out the first item equal to value; ValueError when there is none." },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "Iterate from the right end to the left." },
    MethodDef { name: "__sizeof__", func: m_sizeof, doc: "Size of the deque in memory, in bytes." },
    MethodDef { name: "__reduce__", func: m_reduce, doc: "Give pickle the class, the arguments, the attributes and an iterator over the items." },
    MethodDef { name: "__iadd__", func: m_iadd, doc: "Return self+=value." },
    MethodDef { name: "__imul__", func: m_imul, doc: "Return self*=value." },
];

fn m_iadd(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let x = one_arg("__iadd__", a, k)?;
    this(s)?;
    deque_iadd(s, x)
}

fn m_imul(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let x = one_arg("__imul__", a, k)?;
    this(s)?;
    deque_imul(s, x)
}

static DEQUE_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "maxlen", get: get_maxlen }];

pub static DEQUE_TYPE: TypeObject = TypeObject {
    module: "collections",
    doc: "deque([iterable[, maxlen]])\n--\n\nA sequence with fast appends and pops at both ends, optionally bounded to maxlen items.",
    subclass: Some(crate::object::subclass_info::<DequeObject>(false)),
    traverse: Some(deque_traverse),
    clear: Some(deque_clear_slot),
    repr: Some(deque_repr),
    len: Some(deque_len),
    getitem: Some(deque_getitem),
    setitem: Some(deque_setitem),
    contains: Some(deque_contains),
    iter: Some(deque_iter),
    new: Some(deque_new),
    richcompare: Some(deque_richcompare),
    methods: &DEQUE_METHODS,
    getsets: &DEQUE_GETSETS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots { bool: Some(deque_bool), add: Some(deque_add), mul: Some(deque_mul), inplace_add: Some(deque_iadd), inplace_mul: Some(deque_imul), ..NumberSlots::EMPTY },
    ..TypeObject::builtin("deque", &crate::types::object::OBJECT_TYPE, dealloc_box::<DequeObject>)
};

// ------------------------------------------------------------- iterators

struct IterState {
    /// Released when the iteration ends.
    deque: Option<Obj>,
    /// Position of the next item.
    index: usize,
    /// Items left.
    counter: usize,
    /// The deque's state when iteration started.
    state: u64,
}

#[repr(C)]
pub struct DequeIter {
    header: ObjHeader,
    lock: ObjLock,
    st: UnsafeCell<IterState>,
    reversed: bool,
}

impl DequeIter {
    fn with<R>(&self, f: impl FnOnce(&mut IterState) -> R) -> R {
        // SAFETY: as DequeObject::with: exclusive access under the lock or
        // the GIL; the closures run no Python code and drop nothing.
        self.lock.with(|| f(unsafe { &mut *self.st.get() }))
    }
}

fn new_iter(o: &Obj, reversed: bool, skip: usize) -> PyResult {
    let d = this(o)?;
    let (n, state) = d.with(|s| (s.items.len(), s.state));
    let skip = skip.min(n);
    let index = if reversed { n.wrapping_sub(1 + skip) } else { skip };
    Ok(alloc(DequeIter {
        header: crate::object::new_header_tracked(if reversed { &DEQUE_REVITER_TYPE } else { &DEQUE_ITER_TYPE }),
        lock: ObjLock::new(),
        st: UnsafeCell::new(IterState { deque: Some(o.clone()), index, counter: n - skip, state }),
        reversed,
    }))
}

fn iter_of(o: &Obj) -> &DequeIter {
    // SAFETY: the iterator types' slots and methods receive DequeIters.
    unsafe { o.cast::<DequeIter>() }
}

fn dequeiter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let it = iter_of(o);
    let (dq, index, counter, state) = it.with(|s| (s.deque.clone(), s.index, s.counter, s.state));
    let Some(dq) = dq else { return Ok(None) };
    let d = as_deque(&dq).expect("deque");
    let item = d.with(|s| if s.state != state { Err(()) } else { Ok(s.items.get(index).cloned()) });
    let item = match item {
        Err(()) => {
            it.with(|s| s.counter = 0);
            return Err(mutated());
        }
        Ok(x) => x,
    };
    match item {
        Some(x) if counter > 0 => {
            it.with(|s| {
                s.counter -= 1;
                s.index = if it.reversed { s.index.wrapping_sub(1) } else { s.index + 1 };
            });
            Ok(Some(x))
        }
        _ => {
            let old = it.with(|s| {
                s.counter = 0;
                s.deque.take()
            });
            drop(old);
            Ok(None)
        }
    }
}

fn dequeiter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(d) = iter_of(o).with(|s| s.deque.clone()) {
        visit(&d);
    }
}

fn dequeiter_clear(o: &Obj) {
    let old = iter_of(o).with(|s| s.deque.take());
    drop(old);
}

fn dequeiter_length_hint(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("__length_hint__", a)?;
    Ok(int::from_i64(iter_of(s).with(|x| x.counter) as i64))
}

/// `(type(it), (deque, items already given))`.
fn dequeiter_reduce(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("__reduce__", a)?;
    let it = iter_of(s);
    let (dq, counter) = it.with(|x| (x.deque.clone(), x.counter));
    let dq = match dq {
        Some(d) => d,
        None => new_empty(None),
    };
    let n = this(&dq)?.len();
    Ok(new_tuple(vec![s.type_obj().as_obj(), new_tuple(vec![dq, int::from_i64(n.saturating_sub(counter) as i64)])]))
}

fn dequeiter_new_common(a: &[Obj], k: Option<&Obj>, reversed: bool) -> PyResult {
    let name = if reversed { "_deque_reverse_iterator" } else { "_deque_iterator" };
    crate::builtins::no_kwargs(name, k)?;
    let (d, skip) = match a {
        [d] => (d, 0),
        [d, i] => (d, ssize(i)?),
        _ => return Err(type_error(format!("{name} expected at most 2 arguments, got {}", a.len()))),
    };
    if as_deque(d).is_none() {
        return Err(type_error(format!("{name}() argument 1 must be collections.deque, not {}", d.type_obj().name())));
    }
    let it = new_iter(d, reversed, 0)?;
    for _ in 0..skip.max(0) {
        if dequeiter_next(&it)?.is_none() {
            break;
        }
    }
    Ok(it)
}

fn dequeiter_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    dequeiter_new_common(a, k, false)
}

fn dequereviter_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    dequeiter_new_common(a, k, true)
}

static ITER_METHODS: [MethodDef; 2] = [
    MethodDef { name: "__length_hint__", func: dequeiter_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: dequeiter_reduce, doc: "Give pickle the data to rebuild this object." },
];

pub static DEQUE_ITER_TYPE: TypeObject = TypeObject {
    module: "collections",
    traverse: Some(dequeiter_traverse),
    clear: Some(dequeiter_clear),
    iter: Some(crate::types::list::self_iter),
    next: Some(dequeiter_next),
    new: Some(dequeiter_new),
    methods: &ITER_METHODS,
    ..TypeObject::builtin("_deque_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<DequeIter>)
};

pub static DEQUE_REVITER_TYPE: TypeObject = TypeObject {
    module: "collections",
    traverse: Some(dequeiter_traverse),
    clear: Some(dequeiter_clear),
    iter: Some(crate::types::list::self_iter),
    next: Some(dequeiter_next),
    new: Some(dequereviter_new),
    methods: &ITER_METHODS,
    ..TypeObject::builtin("_deque_reverse_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<DequeIter>)
};

/// Readies the deque type and its iterators (from `types::ready_all`).
pub fn ready() {
    for t in [&DEQUE_TYPE, &DEQUE_ITER_TYPE, &DEQUE_REVITER_TYPE] {
        crate::types::typeobj::ready(t);
    }
    let d = DEQUE_TYPE.dict();
    crate::types::dict::set_item_str(d, "__hash__", none());
    crate::types::dict::set_item_str(d, "__class_getitem__", crate::types::function::new_builtin("__class_getitem__", crate::types::genericalias::class_getitem, DEQUE_TYPE.as_obj(), Some("collections")));
}
