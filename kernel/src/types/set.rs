//! `set` and `frozenset`, with CPython's table (open addressing, runs of
//! linear probes, then perturbation) so that iteration order — and so
//! `repr` — is the same as CPython's for the same hashes.

use std::cell::UnsafeCell;

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{key_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj, ObjLock};
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::{as_str_obj, new_string};
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active(i64, Obj),
}

pub struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    version: u64,
}

impl Default for Table {
    fn default() -> Self {
        Table { slots: vec![Slot::Unused; MIN_SIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }
}

enum Probe {
    Found(usize),
    Unused(usize),
    Compare { at: usize, key: Obj, i: usize, perturb: u64, j: usize, version: u64 },
}

/// `o` as a str when it is exactly one (not a subclass).
fn exact_str(o: &Obj) -> Option<&crate::types::str::StrObject> {
    as_str_obj(o).filter(|_| std::ptr::eq(o.type_ptr(), &crate::types::str::STR_TYPE))
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Walks CPython's probe sequence from state (i, perturb, j = offset in the linear run).
    fn probe(&self, hash: i64, key: &Obj, mut i: usize, mut perturb: u64, mut j: usize) -> Probe {
        let mask = self.mask();
        // Only exact strs compare by content here, as CPython's set_lookkey:
        // a str subclass may define its own `__eq__`.
        let kstr = exact_str(key);
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            while j <= probes {
                let at = i + j;
                match &self.slots[at] {
                    Slot::Unused => return Probe::Unused(at),
                    Slot::Dummy => {}
                    Slot::Active(h, k) if *h == hash => {
                        if k.is(key) {
                            return Probe::Found(at);
                        }
                        match (kstr, exact_str(k)) {
                            (Some(a), Some(b)) => {
                                if a.data == b.data {
                                    return Probe::Found(at);
                                }
                            }
                            _ if k.value().is_small_int() && key.value().is_small_int() => {}
                            _ => return Probe::Compare { at, key: k.clone(), i, perturb, j: j + 1, version: self.version },
                        }
                    }
                    Slot::Active(..) => {}
                }
                j += 1;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            j = 0;
        }
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Obj) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Unused) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Unused) {
                        slots[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; size]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    fn add_at(&mut self, at: usize, hash: i64, key: Obj) {
        self.slots[at] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        self.version += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    fn active(&self) -> impl Iterator<Item = (i64, &Obj)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }
}

#[repr(C)]
pub struct SetObject {
    pub header: ObjHeader,
    lock: ObjLock,
    table: UnsafeCell<Table>,
}

impl SetObject {
    fn with<R>(&self, f: impl FnOnce(&mut Table) -> R) -> R {
        // SAFETY: exclusive access under the lock (free-threaded) or the GIL;
        // closures run no Python code.
        self.lock.with(|| f(unsafe { &mut *self.table.get() }))
    }

    /// `Ok(Ok(slot))` when present, `Ok(Err(free slot))` when absent.
    fn find(&self, hash: i64, key: &Obj) -> PyResult<Result<usize, usize>> {
        let start = |_: &Table| (hash as u64 as usize, hash as u64, 0usize);
        let mut st = self.with(|t| {
            let (i, p, j) = start(t);
            (i & t.mask(), p, j)
        });
        loop {
            match self.with(|t| t.probe(hash, key, st.0, st.1, st.2)) {
                Probe::Found(at) => return Ok(Ok(at)),
                Probe::Unused(at) => return Ok(Err(at)),
                Probe::Compare { at, key: k, i, perturb, j, version } => {
                    let eq = ab::eq(&k, key)?;
                    let same = self.with(|t| t.version == version);
                    if !same {
                        st = self.with(|t| ((hash as u64 as usize) & t.mask(), hash as u64, 0));
                        continue;
                    }
                    if eq {
                        return Ok(Ok(at));
                    }
                    st = (i, perturb, j);
                }
            }
        }
    }

    pub fn add(&self, key: Obj) -> PyResult<()> {
        let h = ab::hash(&key)?;
        loop {
            let r = self.find(h, &key)?;
            let done = self.with(|t| match r {
                Ok(_) => true,
                Err(at) => {
                    if matches!(t.slots.get(at), Some(Slot::Unused)) {
                        t.add_at(at, h, key.clone());
                        true
                    } else {
                        false
                    }
                }
            });
            if done {
                return Ok(());
            }
        }
    }

    pub fn contains(&self, key: &Obj) -> PyResult<bool> {
        let h = ab::hash(key)?;
        Ok(self.find(h, key)?.is_ok())
    }

    /// Removes `key`; false when it was absent.
    pub fn discard(&self, key: &Obj) -> PyResult<bool> {
        self.discard_hashed(ab::hash(key)?, key)
    }

    fn discard_hashed(&self, h: i64, key: &Obj) -> PyResult<bool> {
        match self.find(h, key)? {
            Ok(at) => {
                let old = self.with(|t| {
                    t.used -= 1;
                    t.version += 1;
                    std::mem::replace(&mut t.slots[at], Slot::Dummy)
                });
                drop(old);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    pub fn items(&self) -> Vec<Obj> {
        self.with(|t| t.active().map(|(_, k)| k.clone()).collect())
    }

    pub(crate) fn hashed_items(&self) -> Vec<(i64, Obj)> {
        self.with(|t| t.active().map(|(h, k)| (h, k.clone())).collect())
    }

    pub fn len(&self) -> usize {
        self.with(|t| t.used)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn clear(&self) {
        let old = self.with(std::mem::take);
        drop(old);
    }

    /// Adds every element of an iterable (CPython's presizing for sets and dicts).
    pub fn update(&self, other: &Obj) -> PyResult<()> {
        if let Some(o) = as_anyset(other) {
            let (oused, items) = (o.len(), o.hashed_items());
            let empty_same_layout = self.with(|t| {
                if (t.fill + oused) * 5 >= t.mask() * 3 {
                    let used = t.used;
                    t.resize((used + oused) * 2);
                }
                t.fill == 0
            });
            if empty_same_layout && self.with(|t| t.slots.len()) == o.with(|t| t.slots.len()) && o.with(|t| t.fill == t.used) {
                let slots = o.with(|t| t.slots.clone());
                self.with(|t| {
                    t.fill = oused;
                    t.used = oused;
                    t.slots = slots;
                    t.version += 1;
                });
                return Ok(());
            }
            for (h, k) in items {
                self.add_hashed(h, k)?;
            }
            return Ok(());
        }
        if let Some(d) = crate::types::dict::as_dict(other) {
            let n = d.len();
            self.with(|t| {
                if n > t.used {
                    let want = (t.used + n) * 2;
                    if (t.fill + n) * 5 >= t.mask() * 3 {
                        t.resize(want);
                    }
                }
            });
            for (h, k) in d.hashed_keys() {
                self.add_hashed(h, k)?;
            }
            return Ok(());
        }
        let it = ab::iter(other)?;
        while let Some(x) = ab::next(&it)? {
            self.add(x)?;
        }
        Ok(())
    }

    fn add_hashed(&self, h: i64, key: Obj) -> PyResult<()> {
        loop {
            let r = self.find(h, &key)?;
            let done = self.with(|t| match r {
                Ok(_) => true,
                Err(at) if matches!(t.slots.get(at), Some(Slot::Unused)) => {
                    t.add_at(at, h, key.clone());
                    true
                }
                Err(_) => false,
            });
            if done {
                return Ok(());
            }
        }
    }
}

pub fn as_anyset(o: &Obj) -> Option<&SetObject> {
    o.downcast::<SetObject>(&SET_TYPE).or_else(|| o.downcast::<SetObject>(&FROZENSET_TYPE))
}

pub fn new_set_of(t: &'static TypeObject) -> Obj {
    alloc(SetObject { header: crate::object::new_header_tracked(t), lock: ObjLock::new(), table: UnsafeCell::new(Table::default()) })
}

pub fn new_set() -> Obj {
    new_set_of(&SET_TYPE)
}

pub fn set_from(t: &'static TypeObject, items: &[Obj]) -> PyResult {
    let s = new_set_of(t);
    let so = as_anyset(&s).expect("set");
    for x in items {
        so.add(x.clone())?;
    }
    Ok(s)
}

fn this(o: &Obj) -> PyResult<&SetObject> {
    as_anyset(o).ok_or_else(|| type_error("set expected"))
}

fn is_frozen(o: &Obj) -> bool {
    o.type_obj().is_subtype(&FROZENSET_TYPE)
}

/// `set(x)`, through `update` (which takes a dict's stored hashes).
fn set_of_iterable(x: &Obj) -> PyResult {
    let r = new_set_of(&SET_TYPE);
    this(&r)?.update(x)?;
    Ok(r)
}

fn same_kind(o: &Obj) -> &'static TypeObject {
    if is_frozen(o) { &FROZENSET_TYPE } else { &SET_TYPE }
}

fn set_repr(o: &Obj) -> PyResult {
    let items = this(o)?.items();
    let name = o.type_obj().name();
    if items.is_empty() {
        return Ok(new_string(format!("{name}()")));
    }
    ab::repr_enter(o, &format!("{name}(...)"), || {
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(ab::repr_string(x)?);
        }
        let body = format!("{{{}}}", parts.join(", "));
        Ok(new_string(if o.type_ptr() == &SET_TYPE as *const _ { body } else { format!("{name}({body})") }))
    })
}

fn set_len(o: &Obj) -> PyResult<usize> {
    Ok(this(o)?.len())
}

fn set_contains(o: &Obj, k: &Obj) -> PyResult<bool> {
    let s = this(o)?;
    match s.contains(k) {
        Err(e) if e.is_instance(&crate::types::exceptions::TYPE_ERROR) && as_anyset(k).is_some() => {
            // A set key is looked up as the equivalent frozenset.
            let f = set_from(&FROZENSET_TYPE, &this(k)?.items())?;
            s.contains(&f)
        }
        r => r,
    }
}

/// `set_iterator`: walks the items the set held when iteration began; a
/// change of size is CPython's RuntimeError.
#[repr(C)]
pub struct SetIter {
    header: ObjHeader,
    /// Released once exhausted (as CPython).
    set: crate::types::function::ObjLockCell,
    state: std::sync::Mutex<SetIterState>,
}

struct SetIterState {
    items: Vec<Obj>,
    size: usize,
    pos: usize,
    done: bool,
}

fn set_iter(o: &Obj) -> PyResult {
    let s = this(o)?;
    let state = SetIterState { items: s.items(), size: s.len(), pos: 0, done: false };
    Ok(alloc(SetIter { header: new_header(&SET_ITER_TYPE), set: crate::types::function::ObjLockCell::new(Some(o.clone())), state: std::sync::Mutex::new(state) }))
}

fn set_iter_of(o: &Obj) -> PyResult<&SetIter> {
    o.downcast::<SetIter>(&SET_ITER_TYPE).ok_or_else(|| type_error("descriptor requires a 'set_iterator' object"))
}

fn set_iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let it = set_iter_of(o)?;
    let Some(set) = it.set.get() else { return Ok(None) };
    let len = this(&set).map(|s| s.len());
    drop(set);
    let mut st = it.state.lock().unwrap_or_else(|e| e.into_inner());
    if st.done {
        return Ok(None);
    }
    if len.is_ok_and(|n| n != st.size) {
        st.done = true;
        return Err(crate::error::runtime_error("Set changed size during iteration"));
    }
    let r = st.items.get(st.pos).cloned();
    st.pos += 1;
    st.done = r.is_none();
    drop(st);
    if r.is_none() {
        // The set is released after the lock (its __del__ may call next).
        let old = it.set.set(None);
        drop(old);
    }
    Ok(r)
}

/// Items still to come (0 once the set changed size or the iterator ended).
fn set_iter_remaining(it: &SetIter) -> Vec<Obj> {
    let Some(set) = it.set.get() else { return Vec::new() };
    let len = this(&set).map(|s| s.len());
    let st = it.state.lock().unwrap_or_else(|e| e.into_inner());
    if st.done || len.is_ok_and(|n| n != st.size) {
        return Vec::new();
    }
    st.items.get(st.pos..).map(<[Obj]>::to_vec).unwrap_or_default()
}

fn set_iter_length_hint(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(set_iter_remaining(set_iter_of(o)?).len() as i64))
}

/// `__reduce__`: `(iter, (list_of_remaining_items,))`.
fn set_iter_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let rest = crate::types::list::new_list(set_iter_remaining(set_iter_of(o)?));
    let iter = crate::types::list::builtin_fn("iter")?;
    Ok(crate::types::tuple::new_tuple(vec![iter, crate::types::tuple::new_tuple(vec![rest])]))
}

fn set_iter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(it) = set_iter_of(o) {
        it.set.with_ref(|s| {
            if let Some(s) = s {
                visit(s);
            }
        });
        for x in &it.state.lock().unwrap_or_else(|e| e.into_inner()).items {
            visit(x);
        }
    }
}

static SET_ITER_METHODS: [MethodDef; 2] = [
    MethodDef { name: "__length_hint__", func: set_iter_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: set_iter_reduce, doc: "Give pickle the data to rebuild this object." },
];

pub static SET_ITER_TYPE: TypeObject = TypeObject {
    methods: &SET_ITER_METHODS,
    traverse: Some(set_iter_traverse),
    iter: Some(crate::types::list::self_iter),
    next: Some(set_iter_next),
    ..TypeObject::builtin("set_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<SetIter>)
};

/// `set.__reduce__()`/`frozenset.__reduce__()`: `(type(s), (list(s),),
/// s.__getstate__())`.
fn m_reduce(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let items = crate::types::list::new_list(this(s)?.items());
    let getstate = crate::abstract_::getattr_str(s, "__getstate__")?;
    let state = crate::abstract_::call(&getstate, &[], None)?;
    Ok(crate::types::tuple::new_tuple(vec![s.type_obj().as_obj(), crate::types::tuple::new_tuple(vec![items]), state]))
}

fn set_bool(o: &Obj) -> PyResult<bool> {
    Ok(!this(o)?.is_empty())
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

fn frozenset_hash(o: &Obj) -> PyResult<i64> {
    let s = this(o)?;
    let mut hash: u64 = 0;
    for (h, _) in s.hashed_items() {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    Ok(hash as i64)
}

fn subset(a: &SetObject, b: &SetObject) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for x in a.items() {
        if !b.contains(&x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (as_anyset(a), as_anyset(b)) else { return Ok(not_implemented()) };
    let r = match op {
        CompareOp::Eq => x.len() == y.len() && subset(x, y)?,
        CompareOp::Ne => !(x.len() == y.len() && subset(x, y)?),
        CompareOp::Le => subset(x, y)?,
        CompareOp::Lt => x.len() < y.len() && subset(x, y)?,
        CompareOp::Ge => subset(y, x)?,
        CompareOp::Gt => x.len() > y.len() && subset(y, x)?,
    };
    Ok(bool_obj(r))
}

fn union(a: &Obj, b: &Obj) -> PyResult {
    let r = new_set_of(same_kind(a));
    let rs = this(&r)?;
    rs.update(a)?;
    rs.update(b)?;
    Ok(r)
}

fn intersection(a: &Obj, b: &Obj) -> PyResult {
    let r = new_set_of(same_kind(a));
    let rs = this(&r)?;
    let sa = this(a)?;
    match as_anyset(b) {
        Some(sb) => {
            // As CPython's set_intersection: the argument is iterated
            // unless it is larger (the result keeps the iterated keys).
            let (small, big) = if sb.len() > sa.len() { (sa, sb) } else { (sb, sa) };
            for (h, k) in small.hashed_items() {
                if big.contains(&k)? {
                    rs.add_hashed(h, k)?;
                }
            }
        }
        None => {
            let it = ab::iter(b)?;
            while let Some(x) = ab::next(&it)? {
                if sa.contains(&x)? {
                    rs.add(x)?;
                }
            }
        }
    }
    Ok(r)
}

fn difference(a: &Obj, b: &Obj) -> PyResult {
    let sa = this(a)?;
    let r = new_set_of(same_kind(a));
    let rs = this(&r)?;
    if let Some(d) = crate::types::dict::as_dict(b) {
        // A dict's keys are looked up with this set's stored hashes.
        for (h, k) in sa.hashed_items() {
            if d.get_hashed(h, &k)?.is_none() {
                rs.add_hashed(h, k)?;
            }
        }
        return Ok(r);
    }
    let other = match as_anyset(b) {
        Some(_) => b.clone(),
        None => set_of_iterable(b)?,
    };
    let so = this(&other)?;
    if (sa.len() >> 2) > so.len() {
        rs.update(a)?;
        for x in so.items() {
            rs.discard(&x)?;
        }
    } else {
        for (h, k) in sa.hashed_items() {
            if !so.contains(&k)? {
                rs.add_hashed(h, k)?;
            }
        }
    }
    Ok(r)
}

fn symmetric_difference(a: &Obj, b: &Obj) -> PyResult {
    let r = new_set_of(same_kind(a));
    let rs = this(&r)?;
    rs.update(a)?;
    let other = match as_anyset(b) {
        Some(_) => b.clone(),
        None => set_of_iterable(b)?,
    };
    for (h, k) in this(&other)?.hashed_items() {
        if !rs.discard(&k)? {
            rs.add_hashed(h, k)?;
        }
    }
    Ok(r)
}

macro_rules! set_binop {
    ($name:ident, $f:ident) => {
        fn $name(a: &Obj, b: &Obj) -> PyResult {
            if as_anyset(a).is_none() || as_anyset(b).is_none() {
                return Ok(not_implemented());
            }
            $f(a, b)
        }
    };
}
set_binop!(op_or, union);
set_binop!(op_and, intersection);
set_binop!(op_sub, difference);
set_binop!(op_xor, symmetric_difference);

fn m_add(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("set.add() takes exactly one argument ({} given)", a.len()))) };
    this(s)?.add(x.clone())?;
    Ok(none())
}
fn m_discard(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("set.discard() takes exactly one argument ({} given)", a.len()))) };
    discard_key(this(s)?, x)?;
    Ok(none())
}
/// Discards `x`, looking up an unhashable set as the equivalent frozenset
/// (as `in` does).
fn discard_key(so: &SetObject, x: &Obj) -> PyResult<bool> {
    match so.discard(x) {
        Err(e) if e.is_instance(&crate::types::exceptions::TYPE_ERROR) && as_anyset(x).is_some() => {
            let f = set_from(&FROZENSET_TYPE, &this(x)?.items())?;
            so.discard(&f)
        }
        r => r,
    }
}
fn m_remove(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("set.remove() takes exactly one argument ({} given)", a.len()))) };
    if !discard_key(this(s)?, x)? {
        return Err(key_error(x.clone()));
    }
    Ok(none())
}
fn m_pop(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let so = this(s)?;
    let r = so.with(|t| {
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        t.finger = i + 1;
        t.used -= 1;
        t.version += 1;
        match std::mem::replace(&mut t.slots[i], Slot::Dummy) {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    });
    r.ok_or_else(|| key_error(crate::types::str::new_str("pop from an empty set")))
}
fn m_clear(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?.clear();
    Ok(none())
}
fn m_copy(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if s.type_ptr() == &FROZENSET_TYPE as *const _ {
        return Ok(s.clone());
    }
    let r = new_set_of(same_kind(s));
    this(&r)?.update(s)?;
    Ok(r)
}
fn m_update(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    for x in a {
        this(s)?.update(x)?;
    }
    Ok(none())
}
fn fold(s: &Obj, a: &[Obj], f: fn(&Obj, &Obj) -> PyResult) -> PyResult {
    let mut acc = m_copy_kind(s)?;
    for x in a {
        acc = f(&acc, x)?;
    }
    Ok(acc)
}
fn m_copy_kind(s: &Obj) -> PyResult {
    let r = new_set_of(same_kind(s));
    this(&r)?.update(s)?;
    Ok(r)
}
fn m_union(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    fold(s, a, union)
}
fn m_intersection(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    fold(s, a, intersection)
}
fn m_difference(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    fold(s, a, difference)
}
fn m_symmetric_difference(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("{}.symmetric_difference() takes exactly one argument ({} given)", same_kind(s).name(), a.len()))) };
    symmetric_difference(s, x)
}
/// Gives `s` the table of the freshly built set `r` (CPython's intersection
/// update swaps bodies the same way, so iteration order matches).
fn take_table(s: &Obj, r: &Obj) -> PyResult<()> {
    let mut fresh = this(r)?.with(std::mem::take);
    let old = this(s)?.with(|t| {
        fresh.version = t.version.wrapping_add(1);
        std::mem::replace(t, fresh)
    });
    drop(old);
    Ok(())
}
fn difference_update(s: &Obj, x: &Obj) -> PyResult<()> {
    let so = this(s)?;
    if x.is(s) {
        so.clear();
        return Ok(());
    }
    let items = match as_anyset(x) {
        Some(o) => o.items(),
        None => ab::collect(x)?,
    };
    for k in items {
        so.discard(&k)?;
    }
    Ok(())
}
fn symmetric_difference_update(s: &Obj, x: &Obj) -> PyResult<()> {
    let so = this(s)?;
    if x.is(s) {
        so.clear();
        return Ok(());
    }
    let pairs = if let Some(d) = crate::types::dict::as_dict(x) {
        d.hashed_keys()
    } else {
        let other = match as_anyset(x) {
            Some(_) => x.clone(),
            None => set_of_iterable(x)?,
        };
        this(&other)?.hashed_items()
    };
    for (h, k) in pairs {
        if !so.discard_hashed(h, &k)? {
            so.add_hashed(h, k)?;
        }
    }
    Ok(())
}
fn m_intersection_update(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let r = fold(s, a, intersection)?;
    take_table(s, &r)?;
    Ok(none())
}
fn m_difference_update(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    for x in a {
        difference_update(s, x)?;
    }
    Ok(none())
}
fn m_symmetric_difference_update(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(type_error(format!("set.symmetric_difference_update() takes exactly one argument ({} given)", a.len()))) };
    symmetric_difference_update(s, x)?;
    Ok(none())
}
/// `s op= x` for sets: in place, and only with another set or frozenset.
fn inplace(a: &[Obj]) -> PyResult<Option<Obj>> {
    let [x] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    Ok(as_anyset(x).map(|_| x.clone()))
}
fn m_ior(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let Some(x) = inplace(a)? else { return Ok(not_implemented()) };
    this(s)?.update(&x)?;
    Ok(s.clone())
}
fn m_iand(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let Some(x) = inplace(a)? else { return Ok(not_implemented()) };
    let r = intersection(s, &x)?;
    take_table(s, &r)?;
    Ok(s.clone())
}
fn m_isub(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let Some(x) = inplace(a)? else { return Ok(not_implemented()) };
    difference_update(s, &x)?;
    Ok(s.clone())
}
fn m_ixor(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let Some(x) = inplace(a)? else { return Ok(not_implemented()) };
    symmetric_difference_update(s, &x)?;
    Ok(s.clone())
}
/// CPython's message for a one-argument method called with another count.
fn one_arg_error(s: &Obj, name: &str, got: usize) -> crate::error::PyErr {
    let owner = if is_frozen(s) { "frozenset" } else { "set" };
    type_error(format!("{owner}.{name}() takes exactly one argument ({got} given)"))
}
fn as_set_arg(x: &Obj) -> PyResult<Obj> {
    if as_anyset(x).is_some() { Ok(x.clone()) } else { set_from(&SET_TYPE, &ab::collect(x)?) }
}
fn m_issubset(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(one_arg_error(s, "issubset", a.len())) };
    let o = as_set_arg(x)?;
    Ok(bool_obj(subset(this(s)?, this(&o)?)?))
}
fn m_issuperset(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(one_arg_error(s, "issuperset", a.len())) };
    let o = as_set_arg(x)?;
    Ok(bool_obj(subset(this(&o)?, this(s)?)?))
}
fn m_isdisjoint(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [x] = a else { return Err(one_arg_error(s, "isdisjoint", a.len())) };
    let so = this(s)?;
    for y in ab::collect(x)? {
        if so.contains(&y)? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
}

fn set_new(t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs(t.name(), k)?;
    match a {
        [] => Ok(new_set_of(t)),
        [x] => {
            if std::ptr::eq(t, &FROZENSET_TYPE) && std::ptr::eq(x.type_ptr(), &FROZENSET_TYPE) {
                return Ok(x.clone());
            }
            let r = new_set_of(t);
            this(&r)?.update(x)?;
            Ok(r)
        }
        _ => Err(type_error(format!("{} expected at most 1 argument, got {}", t.name(), a.len()))),
    }
}

fn set_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(s) = this(o) {
        for x in s.items() {
            visit(&x);
        }
    }
}
fn set_clear(o: &Obj) {
    if let Ok(s) = this(o) {
        s.clear();
    }
}

fn m_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("set", k)?;
    let so = this(s)?;
    so.clear();
    match a {
        [] => {}
        [x] => so.update(x)?,
        _ => return Err(type_error(format!("set expected at most 1 argument, got {}", a.len()))),
    }
    Ok(none())
}

static SET_METHODS: [MethodDef; 23] = [
    MethodDef { name: "__reduce__", func: m_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "intersection_update", func: m_intersection_update, doc: "" },
    MethodDef { name: "difference_update", func: m_difference_update, doc: "" },
    MethodDef { name: "symmetric_difference_update", func: m_symmetric_difference_update, doc: "" },
    MethodDef { name: "__ior__", func: m_ior, doc: "" },
    MethodDef { name: "__iand__", func: m_iand, doc: "" },
    MethodDef { name: "__isub__", func: m_isub, doc: "" },
    MethodDef { name: "__ixor__", func: m_ixor, doc: "" },
    MethodDef { name: "__init__", func: m_init, doc: "" },
    MethodDef { name: "add", func: m_add, doc: "" },
    MethodDef { name: "discard", func: m_discard, doc: "" },
    MethodDef { name: "remove", func: m_remove, doc: "" },
    MethodDef { name: "pop", func: m_pop, doc: "" },
    MethodDef { name: "clear", func: m_clear, doc: "" },
    MethodDef { name: "copy", func: m_copy, doc: "" },
    MethodDef { name: "update", func: m_update, doc: "" },
    MethodDef { name: "union", func: m_union, doc: "" },
    MethodDef { name: "intersection", func: m_intersection, doc: "" },
    MethodDef { name: "difference", func: m_difference, doc: "" },
    MethodDef { name: "symmetric_difference", func: m_symmetric_difference, doc: "" },
    MethodDef { name: "issubset", func: m_issubset, doc: "" },
    MethodDef { name: "issuperset", func: m_issuperset, doc: "" },
    MethodDef { name: "isdisjoint", func: m_isdisjoint, doc: "" },
];
static FROZENSET_METHODS: [MethodDef; 9] = [
    MethodDef { name: "__reduce__", func: m_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "copy", func: m_copy, doc: "" },
    MethodDef { name: "union", func: m_union, doc: "" },
    MethodDef { name: "intersection", func: m_intersection, doc: "" },
    MethodDef { name: "difference", func: m_difference, doc: "" },
    MethodDef { name: "symmetric_difference", func: m_symmetric_difference, doc: "" },
    MethodDef { name: "issubset", func: m_issubset, doc: "" },
    MethodDef { name: "issuperset", func: m_issuperset, doc: "" },
    MethodDef { name: "isdisjoint", func: m_isdisjoint, doc: "" },
];

const SET_NUMBER: NumberSlots = NumberSlots {
    or: Some(op_or),
    and: Some(op_and),
    sub: Some(op_sub),
    xor: Some(op_xor),
    bool: Some(set_bool),
    ..NumberSlots::EMPTY
};

pub static SET_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::object::subclass_info::<SetObject>(false)),
    repr: Some(set_repr),
    len: Some(set_len),
    contains: Some(set_contains),
    iter: Some(set_iter),
    richcompare: Some(set_richcompare),
    new: Some(set_new),
    traverse: Some(set_traverse),
    clear: Some(set_clear),
    methods: &SET_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: SET_NUMBER,
    ..TypeObject::builtin("set", &crate::types::object::OBJECT_TYPE, dealloc_box::<SetObject>)
};

/// Subclass instances need their own set (`frozenset(f)` may return `f`).
fn frozenset_rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    let o = if o.refcnt() != 1 { set_from(&FROZENSET_TYPE, &this(&o)?.items())? } else { o };
    crate::object::rewrap::<SetObject>(o, t)
}

pub static FROZENSET_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::types::typeobj::SubclassInfo { rewrap: frozenset_rewrap, ..crate::object::subclass_info::<SetObject>(true) }),
    repr: Some(set_repr),
    len: Some(set_len),
    contains: Some(set_contains),
    iter: Some(set_iter),
    richcompare: Some(set_richcompare),
    hash: Some(frozenset_hash),
    new: Some(set_new),
    traverse: Some(set_traverse),
    methods: &FROZENSET_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: SET_NUMBER,
    ..TypeObject::builtin("frozenset", &crate::types::object::OBJECT_TYPE, dealloc_box::<SetObject>)
};
