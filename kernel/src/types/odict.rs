//! `collections.OrderedDict` (exported by `_collections`): a dict subclass
//! whose order is a doubly linked list of its own, beside the dict's table,
//! as CPython's C type. `move_to_end` and `popitem(last=False)` are O(1).
//!
//! Nodes live in a slab and are found through the key object the dict
//! stores: a lookup in the dict gives that key, whose identity indexes the
//! node map (CPython indexes its nodes by the dict's slot instead). So a
//! key taken out of the dict behind the OrderedDict's back (`dict.pop(od,
//! k)`) keeps its node but can no longer be found through it, and
//! iteration, `repr` and `copy` then raise KeyError, as in CPython.
//!
//! A counter (`state`) changes whenever the list changes; iterators and
//! `==` compare it and the dict's size to raise CPython's RuntimeErrors.
//! Instances carry an attribute dict and accept weak references.

use std::cell::UnsafeCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{runtime_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj, ObjLock};
use crate::types::dict::{as_dict, new_dict, DictObject, DICT_TYPE};
use crate::types::dictview::{self, ViewKind};
use crate::types::function::ObjLockCell;
use crate::types::singletons::{bool_obj, none, not_implemented};
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

const NIL: u32 = u32::MAX;

struct Node {
    /// None once the node is freed (its slot waits on the free list).
    key: Option<Obj>,
    hash: i64,
    prev: u32,
    next: u32,
}

/// Hashes an object's address (keys of the node map).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, v: usize) {
        let h = (v as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}

/// The linked list of keys.
struct Order {
    nodes: Vec<Node>,
    free: Vec<u32>,
    first: u32,
    last: u32,
    /// Node of each listed key, by the key's identity.
    by_key: HashMap<usize, u32, BuildHasherDefault<AddrHasher>>,
    /// Changes whenever a node is added, removed or moved.
    state: u64,
}

impl Order {
    fn new() -> Order {
        Order { nodes: Vec::new(), free: Vec::new(), first: NIL, last: NIL, by_key: HashMap::default(), state: 0 }
    }

    fn find(&self, stored_key: &Obj) -> Option<u32> {
        self.by_key.get(&stored_key.value().0).copied()
    }

    fn key(&self, n: u32) -> Option<Obj> {
        self.nodes.get(n as usize).and_then(|x| x.key.clone())
    }

    fn step(&self, n: u32, reversed: bool) -> u32 {
        let node = &self.nodes[n as usize];
        if reversed {
            node.prev
        } else {
            node.next
        }
    }

    fn link_back(&mut self, n: u32) {
        let last = self.last;
        let node = &mut self.nodes[n as usize];
        node.prev = last;
        node.next = NIL;
        if last == NIL {
            self.first = n;
        } else {
            self.nodes[last as usize].next = n;
        }
        self.last = n;
        self.state = self.state.wrapping_add(1);
    }

    fn link_front(&mut self, n: u32) {
        let first = self.first;
        let node = &mut self.nodes[n as usize];
        node.prev = NIL;
        node.next = first;
        if first == NIL {
            self.last = n;
        } else {
            self.nodes[first as usize].prev = n;
        }
        self.first = n;
        self.state = self.state.wrapping_add(1);
    }

    fn unlink(&mut self, n: u32) {
        let (prev, next) = (self.nodes[n as usize].prev, self.nodes[n as usize].next);
        if prev == NIL {
            self.first = next;
        } else {
            self.nodes[prev as usize].next = next;
        }
        if next == NIL {
            self.last = prev;
        } else {
            self.nodes[next as usize].prev = prev;
        }
        self.state = self.state.wrapping_add(1);
    }

    /// Adds `key` (the object the dict stores) at the end, unless it has
    /// a node already.
    fn push_back(&mut self, key: Obj, hash: i64) {
        let id = key.value().0;
        if self.by_key.contains_key(&id) {
            return;
        }
        let node = Node { key: Some(key), hash, prev: NIL, next: NIL };
        let n = match self.free.pop() {
            Some(n) => {
                self.nodes[n as usize] = node;
                n
            }
            None => {
                self.nodes.push(node);
                (self.nodes.len() - 1) as u32
            }
        };
        self.by_key.insert(id, n);
        self.link_back(n);
    }

    /// Takes node `n` out; its key is handed back to be dropped by the
    /// caller outside any lock (dropping may run Python code).
    fn remove(&mut self, n: u32) -> Option<Obj> {
        self.unlink(n);
        let key = self.nodes[n as usize].key.take()?;
        self.by_key.remove(&key.value().0);
        self.free.push(n);
        Some(key)
    }

    /// Empties the list, handing back the keys to drop.
    fn clear(&mut self) -> Vec<Node> {
        self.by_key = HashMap::default();
        self.free = Vec::new();
        self.first = NIL;
        self.last = NIL;
        self.state = self.state.wrapping_add(1);
        std::mem::take(&mut self.nodes)
    }

    /// The keys with their hashes, first to last.
    fn keys(&self) -> Vec<(Obj, i64)> {
        let mut out = Vec::with_capacity(self.by_key.len());
        let mut n = self.first;
        while n != NIL {
            let node = &self.nodes[n as usize];
            if let Some(k) = &node.key {
                out.push((k.clone(), node.hash));
            }
            n = node.next;
        }
        out
    }
}

/// An OrderedDict: the dict's own struct first (so it is a dict for every
/// dict operation), then the order and the attribute dict.
#[repr(C)]
pub struct OdictObject {
    dict: DictObject,
    lock: ObjLock,
    order: UnsafeCell<Order>,
    inst_dict: ObjLockCell,
}

impl OdictObject {
    #[inline(always)]
    fn with<R>(&self, f: impl FnOnce(&mut Order) -> R) -> R {
        // SAFETY: the lock (free-threaded) or the GIL gives exclusive
        // access; closures passed here run no Python code and drop no
        // object that could.
        self.lock.with(|| f(unsafe { &mut *self.order.get() }))
    }

    fn state(&self) -> u64 {
        self.with(|o| o.state)
    }

    /// The key object the dict stores for `key` (hash `h`): what finds
    /// its node (looked up and used within one `with`, so that another
    /// thread cannot change the list in between).
    fn stored_key(&self, h: i64, key: &Obj) -> PyResult<Option<Obj>> {
        Ok(self.dict.lookup_hashed(h, key)?.map(|(k, _)| k))
    }

    /// `od[key] = value` (CPython's PyODict_SetItem): the dict first, then
    /// a node for a key that has none.
    fn set_item(&self, h: i64, key: Obj, value: Obj) -> PyResult<()> {
        let stored = self.dict.set_reporting(h, key.clone(), value)?.unwrap_or(key);
        self.with(|o| o.push_back(stored, h));
        Ok(())
    }

    /// Removes the node of `key`, if it has one; true when it had.
    fn drop_node(&self, h: i64, key: &Obj) -> PyResult<bool> {
        let Some(stored) = self.stored_key(h, key)? else { return Ok(false) };
        let old = self.with(|o| o.find(&stored).and_then(|n| o.remove(n)));
        let had = old.is_some();
        drop((old, stored));
        Ok(had)
    }

    /// `od.__dict__ = d` (a dict; it cannot be deleted).
    pub(crate) fn set_attr_dict(&self, v: Option<&Obj>) -> PyResult<()> {
        let Some(d) = v else { return Err(type_error("cannot delete __dict__")) };
        if as_dict(d).is_none() {
            return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", d.type_obj().name())));
        }
        drop(self.inst_dict.set(Some(d.clone())));
        Ok(())
    }

    /// The attribute dict (made on first use).
    pub(crate) fn attr_dict(&self) -> Obj {
        if let Some(d) = self.inst_dict.get() {
            return d;
        }
        let d = new_dict();
        drop(self.inst_dict.set(Some(d.clone())));
        d
    }
}

/// The OrderedDict, when `o` is one (or an instance of a subclass).
pub fn as_odict(o: &Obj) -> Option<&OdictObject> {
    o.downcast::<OdictObject>(&ODICT_TYPE)
}

fn this(o: &Obj) -> PyResult<&OdictObject> {
    as_odict(o).ok_or_else(|| type_error(format!("descriptor requires a 'collections.OrderedDict' object but received a '{}'", o.type_obj().name())))
}

fn is_exact(o: &Obj) -> bool {
    o.type_ptr() == &ODICT_TYPE as *const _
}

/// Calling the type runs only this slot, so the arguments are `__init__`'s
/// (`OrderedDict.__new__` and subclasses pass none).
fn odict_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let od = alloc(OdictObject {
        dict: DictObject::with_header(crate::object::new_header_tracked(&ODICT_TYPE)),
        lock: ObjLock::new(),
        order: UnsafeCell::new(Order::new()),
        inst_dict: ObjLockCell::new(None),
    });
    if !a.is_empty() {
        m_init(&od, a, k)?;
    }
    Ok(od)
}

// ---------------------------------------------------------------- slots

fn odict_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let od = this(o)?;
    let h = ab::hash(k)?;
    match v {
        Some(v) => od.set_item(h, k.clone(), v.clone()),
        None => {
            // The node first, then the entry (CPython's PyODict_DelItem).
            od.drop_node(h, k)?;
            match od.dict.del_hashed(h, k)? {
                Some(kv) => {
                    drop(kv);
                    Ok(())
                }
                None => Err(crate::error::key_error(k.clone())),
            }
        }
    }
}

fn odict_iter(o: &Obj) -> PyResult {
    new_iter(o, ViewKind::Keys, false)
}

fn odict_repr(o: &Obj) -> PyResult {
    let name = o.type_obj().name();
    if as_dict(o).map(|d| d.len()).unwrap_or(0) == 0 {
        return Ok(new_string(format!("{name}()")));
    }
    ab::repr_enter(o, "...", || {
        // The contents as a plain dict, read in the order's sequence (a
        // subclass through its keys() and __getitem__).
        let d = new_dict();
        if is_exact(o) {
            let od = this(o)?;
            let dd = as_dict(&d).expect("dict");
            // Values are looked up afresh (a key whose hash changed is missing).
            for (k, _) in od.with(|x| x.keys()) {
                match od.dict.get(&k)? {
                    Some(v) => dd.set(k, v)?,
                    None => return Err(crate::error::key_error(k)),
                }
            }
        } else {
            crate::types::dict::update_from(&d, o)?;
        }
        Ok(new_string(format!("{name}({})", ab::repr_string(&d)?)))
    })
}

fn odict_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let (Some(x), Some(_)) = (as_odict(a), as_dict(b)) else { return Ok(not_implemented()) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let cmp = crate::types::dict::dict_richcompare(a, b, op)?;
    let Some(y) = as_odict(b) else { return Ok(cmp) };
    let same = ab::is_true(&cmp)? == (op == CompareOp::Eq);
    if !same {
        return Ok(cmp);
    }
    let eq = keys_equal(x, y)?;
    Ok(bool_obj(eq == (op == CompareOp::Eq)))
}

/// Whether both lists hold equal keys in the same order; a change of
/// either list while keys compare raises RuntimeError.
fn keys_equal(a: &OdictObject, b: &OdictObject) -> PyResult<bool> {
    let (sa, sb) = (a.state(), b.state());
    let (mut na, mut nb) = (a.with(|o| o.first), b.with(|o| o.first));
    loop {
        if na == NIL || nb == NIL {
            return Ok(na == nb);
        }
        let (Some(ka), Some(kb)) = (a.with(|o| o.key(na)), b.with(|o| o.key(nb))) else { return Ok(false) };
        let res = ab::eq(&ka, &kb)?;
        if a.state() != sa || b.state() != sb {
            return Err(runtime_error("OrderedDict mutated during iteration"));
        }
        if !res {
            return Ok(false);
        }
        na = a.with(|o| o.step(na, false));
        nb = b.with(|o| o.step(nb, false));
    }
}

fn odict_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let Some(od) = as_odict(o) else { return };
    if let Some(d) = od.inst_dict.get() {
        visit(&d);
    }
    for (k, _) in od.with(|x| x.keys()) {
        visit(&k);
    }
    crate::types::dict::dict_traverse(o, visit);
}

fn odict_clear_slot(o: &Obj) {
    let Some(od) = as_odict(o) else { return };
    drop(od.inst_dict.set(None));
    od.dict.clear();
    let nodes = od.with(|x| x.clear());
    drop(nodes);
}

/// `a | b` where either is an OrderedDict: a new one of that one's type.
fn odict_or(a: &Obj, b: &Obj) -> PyResult {
    let (owner, other) = if as_odict(a).is_some() { (a, b) } else { (b, a) };
    if as_dict(other).is_none() {
        return Ok(not_implemented());
    }
    let new = ab::call(&owner.type_obj().as_obj(), std::slice::from_ref(a), None)?;
    update_arg(&new, b)?;
    Ok(new)
}

// ---------------------------------------------------------------- update

/// Adds each (key, value) pair of `items` through `od[key] = value`.
fn add_pairs(od: &Obj, items: &Obj) -> PyResult<()> {
    let it = ab::iter(items)?;
    while let Some(pair) = ab::next(&it)? {
        let pit = ab::iter(&pair)?;
        let Some(k) = ab::next(&pit)? else { return Err(value_error("need more than 0 values to unpack")) };
        let Some(v) = ab::next(&pit)? else { return Err(value_error("need more than 1 value to unpack")) };
        if ab::next(&pit)?.is_some() {
            return Err(value_error("too many values to unpack (expected 2)"));
        }
        ab::setitem(od, &k, Some(&v))?;
    }
    Ok(())
}

/// Adds the contents of `arg` (a dict, a mapping with keys(), an object
/// with items(), or an iterable of pairs) through `od[key] = value`, as
/// MutableMapping.update does; a subclass's own update() is not used.
fn update_arg(od: &Obj, arg: &Obj) -> PyResult<()> {
    if arg.type_ptr() == &DICT_TYPE as *const _ {
        for (k, v) in as_dict(arg).expect("dict").items() {
            ab::setitem(od, &k, Some(&v))?;
        }
        return Ok(());
    }
    if let Some(keys) = ab::lookup_attr(arg, &crate::types::str::istr("keys"))? {
        let ks = ab::call0(&keys)?;
        let it = ab::iter(&ks)?;
        while let Some(k) = ab::next(&it)? {
            let v = ab::getitem(arg, &k)?;
            ab::setitem(od, &k, Some(&v))?;
        }
        return Ok(());
    }
    if let Some(items) = ab::lookup_attr(arg, &crate::types::str::istr("items"))? {
        let its = ab::call0(&items)?;
        return add_pairs(od, &its);
    }
    add_pairs(od, arg)
}

fn update_kwargs(od: &Obj, kws: Vec<(&str, &Obj)>) -> PyResult<()> {
    for (n, v) in kws {
        ab::setitem(od, &crate::types::str::new_str(n), Some(v))?;
    }
    Ok(())
}

// --------------------------------------------------------------- methods

/// Positional-or-keyword arguments `names` (the first `required` needed),
/// with CPython's Argument Clinic messages, into an array (no allocation).
fn parse<const N: usize>(fname: &str, a: &[Obj], k: Option<&Obj>, names: [&str; N], required: usize) -> PyResult<[Option<Obj>; N]> {
    let mut out: [Option<Obj>; N] = std::array::from_fn(|_| None);
    crate::posixmod::fill_args(fname, a, k, &names, required, &mut out)?;
    Ok(out)
}

fn no_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    crate::builtins::no_kwargs(&format!("OrderedDict.{name}"), k)?;
    if !a.is_empty() {
        return Err(type_error(format!("OrderedDict.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

fn flag(o: &Option<Obj>) -> PyResult<bool> {
    match o {
        Some(v) => ab::is_true(v),
        None => Ok(true),
    }
}

fn m_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() > 1 {
        return Err(type_error(format!("expected at most 1 arguments, got {}", pos.len())));
    }
    this(s)?;
    if let Some(arg) = pos.first() {
        update_arg(s, arg)?;
    }
    update_kwargs(s, kws)?;
    Ok(none())
}

fn m_update(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() > 1 {
        return Err(type_error(format!("update() takes at most 1 positional argument ({} given)", pos.len())));
    }
    if let Some(arg) = pos.first() {
        update_arg(s, arg)?;
    }
    update_kwargs(s, kws)?;
    Ok(none())
}

fn m_ior(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__ior__", k)?;
    let [other] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    update_arg(s, other)?;
    Ok(s.clone())
}

fn m_or(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__or__", k)?;
    let [other] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    odict_or(s, other)
}

fn m_ror(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__ror__", k)?;
    let [other] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    odict_or(other, s)
}

fn m_move_to_end(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let args = parse("move_to_end", a, k, ["key", "last"], 1)?;
    let key = args[0].clone().expect("required");
    let last = flag(&args[1])?;
    let od = this(s)?;
    let end = od.with(|o| {
        let n = if last { o.last } else { o.first };
        (n, o.key(n))
    });
    match end {
        (NIL, _) => return Err(crate::error::key_error(key)),
        // Already there (compared by identity, as CPython).
        (_, Some(k)) if k.is(&key) => return Ok(none()),
        _ => {}
    }
    let h = ab::hash(&key)?;
    let Some(stored) = od.stored_key(h, &key)? else { return Err(crate::error::key_error(key)) };
    let moved = od.with(|o| {
        let Some(n) = o.find(&stored) else { return false };
        if last && o.last != n {
            o.unlink(n);
            o.link_back(n);
        } else if !last && o.first != n {
            o.unlink(n);
            o.link_front(n);
        }
        true
    });
    drop(stored);
    if !moved {
        return Err(crate::error::key_error(key));
    }
    Ok(none())
}

/// Takes `key` (hash `h`) out: its node, then its entry; `default`, or
/// KeyError, when it has no node or no entry. A subclass's own item
/// methods are not used (CPython 3.13 pops from the dict directly).
fn pop_key(od: &OdictObject, h: i64, key: &Obj, default: Option<Obj>) -> PyResult {
    let value = if od.drop_node(h, key)? { od.dict.del_hashed(h, key)?.map(|(_, v)| v) } else { None };
    match (value, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(crate::error::key_error(key.clone())),
    }
}

fn m_pop(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let args = parse("pop", a, k, ["key", "default"], 1)?;
    let key = args[0].clone().expect("required");
    let od = this(s)?;
    let h = ab::hash(&key)?;
    pop_key(od, h, &key, args[1].clone())
}

fn m_popitem(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let args = parse("popitem", a, k, ["last"], 0)?;
    let last = flag(&args[0])?;
    let od = this(s)?;
    let end = od.with(|o| {
        let n = if last { o.last } else { o.first };
        o.key(n).map(|k| (k, o.nodes[n as usize].hash))
    });
    let Some((key, h)) = end else {
        return Err(crate::error::key_error(crate::types::str::new_str("dictionary is empty")));
    };
    let value = pop_key(od, h, &key, None)?;
    Ok(new_tuple(vec![key, value]))
}

fn m_setdefault(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let args = parse("setdefault", a, k, ["key", "default"], 1)?;
    let key = args[0].clone().expect("required");
    let default = args[1].clone().unwrap_or_else(none);
    let od = this(s)?;
    if is_exact(s) {
        let h = ab::hash(&key)?;
        if let Some((_, v)) = od.dict.lookup_hashed(h, &key)? {
            return Ok(v);
        }
        od.set_item(h, key, default.clone())?;
        return Ok(default);
    }
    if ab::contains(s, &key)? {
        return ab::getitem(s, &key);
    }
    ab::setitem(s, &key, Some(&default))?;
    Ok(default)
}

fn m_clear(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("clear", a, k)?;
    let od = this(s)?;
    od.dict.clear();
    let nodes = od.with(|x| x.clear());
    drop(nodes);
    Ok(none())
}

fn m_copy(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("copy", a, k)?;
    let od = this(s)?;
    if is_exact(s) {
        let new = odict_new(&ODICT_TYPE, &[], None)?;
        let nd = as_odict(&new).expect("OrderedDict");
        // Each value looked up afresh, stored under the node's hash.
        for (key, h) in od.with(|x| x.keys()) {
            match od.dict.get(&key)? {
                Some(v) => nd.set_item(h, key, v)?,
                None => return Err(crate::error::key_error(key)),
            }
        }
        return Ok(new);
    }
    let new = ab::call0(&s.type_obj().as_obj())?;
    for (key, _) in od.with(|x| x.keys()) {
        let v = ab::getitem(s, &key)?;
        ab::setitem(&new, &key, Some(&v))?;
    }
    Ok(new)
}

fn m_keys(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("keys", a, k)?;
    this(s)?;
    Ok(dictview::new_view_of_type(s, ViewKind::Keys, &ODICT_KEYS_TYPE))
}

fn m_values(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("values", a, k)?;
    this(s)?;
    Ok(dictview::new_view_of_type(s, ViewKind::Values, &ODICT_VALUES_TYPE))
}

fn m_items(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("items", a, k)?;
    this(s)?;
    Ok(dictview::new_view_of_type(s, ViewKind::Items, &ODICT_ITEMS_TYPE))
}

fn m_reversed(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__reversed__", a, k)?;
    this(s)?;
    new_iter(s, ViewKind::Keys, true)
}

fn m_sizeof(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__sizeof__", a, k)?;
    let od = this(s)?;
    let own = od.with(|o| {
        o.nodes.capacity() * std::mem::size_of::<Node>()
            + o.free.capacity() * std::mem::size_of::<u32>()
            + o.by_key.capacity() * (std::mem::size_of::<(usize, u32)>() + 1)
    });
    let n = std::mem::size_of::<OdictObject>() + od.dict.table_bytes() + own;
    Ok(crate::types::int::from_i64(n as i64))
}

/// `(type, (), self.__getstate__(), None, iter(self.items()))`: the
/// attributes and any `__slots__` values, or None.
fn m_reduce(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_args("__reduce__", a, k)?;
    let state = ab::call0(&ab::getattr_str(s, "__getstate__")?)?;
    let items = ab::call0(&ab::getattr_str(s, "items")?)?;
    let it = ab::iter(&items)?;
    Ok(new_tuple(vec![s.type_obj().as_obj(), new_tuple(vec![]), state, none(), it]))
}

static ODICT_METHODS: [MethodDef; 17] = [
    MethodDef { name: "__init__", func: m_init, doc: "Fill the new dict from a mapping or pairs and keywords, in order." },
    MethodDef { name: "__sizeof__", func: m_sizeof, doc: "" },
    MethodDef { name: "__reduce__", func: m_reduce, doc: "Give pickle the class, the attributes and an iterator over the items." },
    MethodDef { name: "setdefault", func: m_setdefault, doc: "Give the value of key, storing default for it first when key is missing." },
    MethodDef { name: "pop", func: m_pop, doc: "Take key out and give its value; default, or KeyError, when it is missing." },
    MethodDef { name: "popitem", func: m_popitem, doc: "Take out and give the last (key, value) pair, or the first one when last is false." },
    MethodDef { name: "keys", func: m_keys, doc: "" },
    MethodDef { name: "values", func: m_values, doc: "" },
    MethodDef { name: "items", func: m_items, doc: "" },
    MethodDef { name: "update", func: m_update, doc: "" },
    MethodDef { name: "clear", func: m_clear, doc: "Remove every item." },
    MethodDef { name: "copy", func: m_copy, doc: "A shallow copy, of the same type." },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "Iterate over the keys from last to first." },
    MethodDef { name: "move_to_end", func: m_move_to_end, doc: "Move key to the end, or to the front when last is false; KeyError when it is missing." },
    MethodDef { name: "__or__", func: m_or, doc: "Return self|value." },
    MethodDef { name: "__ror__", func: m_ror, doc: "Return value|self." },
    MethodDef { name: "__ior__", func: m_ior, doc: "Return self|=value." },
];

pub static ODICT_TYPE: TypeObject = TypeObject {
    module: "collections",
    doc: "A dict that remembers the order its keys were added in, and can reorder them.",
    subclass: Some(crate::object::subclass_info::<OdictObject>(false)),
    solid: &DICT_TYPE,
    traverse: Some(odict_traverse),
    clear: Some(odict_clear_slot),
    repr: Some(odict_repr),
    len: Some(crate::types::dict::dict_len),
    getitem: Some(crate::types::dict::dict_getitem),
    setitem: Some(odict_setitem),
    contains: Some(crate::types::dict::dict_contains),
    iter: Some(odict_iter),
    new: Some(odict_new),
    richcompare: Some(odict_richcompare),
    getattr: Some(crate::types::class::generic_getattr),
    setattr: Some(crate::types::class::generic_setattr),
    methods: &ODICT_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots { bool: Some(crate::types::dict::dict_bool), or: Some(odict_or), ..NumberSlots::EMPTY },
    ..TypeObject::builtin("OrderedDict", &DICT_TYPE, dealloc_box::<OdictObject>)
};

// ----------------------------------------------------------------- views

/// Whether `t` is one of OrderedDict's view types.
pub(crate) fn is_odict_view(t: *const TypeObject) -> bool {
    [&ODICT_KEYS_TYPE as *const TypeObject, &ODICT_VALUES_TYPE, &ODICT_ITEMS_TYPE].contains(&t)
}

fn view_iter(o: &Obj) -> PyResult {
    // SAFETY: installed only on OrderedDict's view types, laid out as DictView.
    let (d, kind) = unsafe { dictview::view_parts(o) };
    new_iter(d, kind, false)
}

fn view_reversed(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::types::int::no_args("__reversed__", a)?;
    // SAFETY: a method of OrderedDict's view types only, laid out as DictView.
    let (d, kind) = unsafe { dictview::view_parts(s) };
    new_iter(d, kind, true)
}

fn view_repr(o: &Obj) -> PyResult {
    // (in the OrderedDict's own order)
    dictview::repr_elements(o, ab::collect(o)?)
}

static VIEW_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__reversed__", func: view_reversed, doc: "Iterate over the view from the last key to the first." }];

pub static ODICT_KEYS_TYPE: TypeObject = TypeObject {
    traverse: Some(dictview::view_traverse),
    repr: Some(view_repr),
    len: Some(dictview::view_len),
    iter: Some(view_iter),
    contains: Some(dictview::view_contains),
    richcompare: Some(dictview::view_richcompare),
    number: dictview::SETLIKE_NUMBER,
    methods: &VIEW_METHODS,
    ..TypeObject::builtin("odict_keys", &dictview::DICT_KEYS_TYPE, dealloc_box::<dictview::DictView>)
};

pub static ODICT_ITEMS_TYPE: TypeObject = TypeObject {
    traverse: Some(dictview::view_traverse),
    repr: Some(view_repr),
    len: Some(dictview::view_len),
    iter: Some(view_iter),
    contains: Some(dictview::view_contains),
    richcompare: Some(dictview::view_richcompare),
    number: dictview::SETLIKE_NUMBER,
    methods: &VIEW_METHODS,
    ..TypeObject::builtin("odict_items", &dictview::DICT_ITEMS_TYPE, dealloc_box::<dictview::DictView>)
};

pub static ODICT_VALUES_TYPE: TypeObject = TypeObject {
    traverse: Some(dictview::view_traverse),
    repr: Some(view_repr),
    len: Some(dictview::view_len),
    iter: Some(view_iter),
    contains: Some(dictview::view_contains),
    hash: Some(dictview::view_hash),
    methods: &VIEW_METHODS,
    ..TypeObject::builtin("odict_values", &dictview::DICT_VALUES_TYPE, dealloc_box::<dictview::DictView>)
};

// ------------------------------------------------------------- iterators

struct IterState {
    /// Released when the iteration ends.
    od: Option<Obj>,
    /// The key to give next (None: the end).
    current: Option<Obj>,
    /// Where its node probably is (checked against the key before use).
    node: u32,
    /// The order's state and the dict's size when iteration started; the
    /// size is -1 once a change of size was reported (it stays reported).
    state: u64,
    size: isize,
}

#[repr(C)]
pub struct OdictIter {
    header: ObjHeader,
    lock: ObjLock,
    st: UnsafeCell<IterState>,
    kind: ViewKind,
    reversed: bool,
}

impl OdictIter {
    fn with<R>(&self, f: impl FnOnce(&mut IterState) -> R) -> R {
        // SAFETY: as OdictObject::with: exclusive access under the lock or
        // the GIL; the closures run no Python code and drop nothing.
        self.lock.with(|| f(unsafe { &mut *self.st.get() }))
    }
}

fn new_iter(d: &Obj, kind: ViewKind, reversed: bool) -> PyResult {
    let od = this(d)?;
    let (node, current, state) = od.with(|o| {
        let n = if reversed { o.last } else { o.first };
        (n, o.key(n), o.state)
    });
    Ok(alloc(OdictIter {
        header: new_header(&ODICT_ITER_TYPE),
        lock: ObjLock::new(),
        st: UnsafeCell::new(IterState {
            od: Some(d.clone()),
            current,
            node,
            state,
            size: od.dict.len() as isize,
        }),
        kind,
        reversed,
    }))
}

fn iter_of(o: &Obj) -> &OdictIter {
    // SAFETY: the iterator type's slots and methods receive OdictIters.
    unsafe { o.cast::<OdictIter>() }
}

fn odictiter_next(o: &Obj) -> PyResult<Option<Obj>> {
    let it = iter_of(o);
    let (odo, current, hint, state, size) = it.with(|s| (s.od.clone(), s.current.clone(), s.node, s.state, s.size));
    let Some(odo) = odo else { return Ok(None) };
    let finish = || {
        let (a, b) = it.with(|s| (s.od.take(), s.current.take()));
        drop((a, b));
    };
    let Some(key) = current else {
        finish();
        return Ok(None);
    };
    let od = as_odict(&odo).expect("OrderedDict");
    if od.state() != state {
        finish();
        return Err(runtime_error("OrderedDict mutated during iteration"));
    }
    if od.dict.len() as isize != size {
        it.with(|s| s.size = -1);
        return Err(runtime_error("OrderedDict changed size during iteration"));
    }
    // The node of the key, found through the dict: a key the dict lost
    // behind the OrderedDict's back is a KeyError, as in CPython.
    // The node: the remembered one when it holds that very key object,
    // else looked up by the key's identity.
    let h = ab::hash(&key)?;
    let found = match od.dict.lookup_hashed(h, &key)? {
        Some((stored, value)) => od
            .with(|x| {
                let at_hint = x.nodes.get(hint as usize).and_then(|n| n.key.as_ref()).is_some_and(|k| k.is(&stored));
                let n = if at_hint { Some(hint) } else { x.find(&stored) }?;
                let m = x.step(n, it.reversed);
                Some((m, x.key(m)))
            })
            .map(|step| (step, value)),
        None => None,
    };
    let Some(((next_node, next_key), value)) = found else {
        let old = it.with(|s| s.current.take());
        drop(old);
        return Err(crate::error::key_error(key));
    };
    let old = it.with(|s| {
        s.node = next_node;
        std::mem::replace(&mut s.current, next_key)
    });
    drop(old);
    if it.kind == ViewKind::Keys {
        return Ok(Some(key));
    }
    Ok(Some(match it.kind {
        ViewKind::Values => value,
        _ => new_tuple(vec![key, value]),
    }))
}

fn odictiter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let (a, b) = iter_of(o).with(|s| (s.od.clone(), s.current.clone()));
    if let Some(a) = &a {
        visit(a);
    }
    if let Some(b) = &b {
        visit(b);
    }
}

/// `(iter, (list_of_the_rest,))`, the rest read from a copy of the iterator.
fn odictiter_reduce(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    crate::types::int::no_args("__reduce__", a)?;
    let it = iter_of(s);
    let st = it.with(|x| IterState {
        od: x.od.clone(),
        current: x.current.clone(),
        node: x.node,
        state: x.state,
        size: x.size,
    });
    let copy = alloc(OdictIter { header: new_header(&ODICT_ITER_TYPE), lock: ObjLock::new(), st: UnsafeCell::new(st), kind: it.kind, reversed: it.reversed });
    let mut rest = Vec::new();
    while let Some(x) = odictiter_next(&copy)? {
        rest.push(x);
    }
    let iter = crate::types::list::builtin_fn("iter")?;
    Ok(new_tuple(vec![iter, new_tuple(vec![crate::types::list::new_list(rest)])]))
}

static ITER_METHODS: [MethodDef; 1] = [MethodDef { name: "__reduce__", func: odictiter_reduce, doc: "Give pickle the data to rebuild this object." }];

pub static ODICT_ITER_TYPE: TypeObject = TypeObject {
    traverse: Some(odictiter_traverse),
    iter: Some(crate::types::list::self_iter),
    next: Some(odictiter_next),
    methods: &ITER_METHODS,
    ..TypeObject::builtin("odict_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<OdictIter>)
};

/// `OrderedDict.fromkeys(iterable, value=None)` (a classmethod): calls
/// the class, then sets each key through `__setitem__`.
fn odict_fromkeys(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some((cls, rest)) = a.split_first() else { return Err(type_error("fromkeys() needs a class")) };
    let args = parse("fromkeys", rest, k, ["iterable", "value"], 1)?;
    let value = args[1].clone().unwrap_or_else(none);
    let d = ab::call0(cls)?;
    let it = ab::iter(args[0].as_ref().expect("required"))?;
    while let Some(key) = ab::next(&it)? {
        ab::setitem(&d, &key, Some(&value))?;
    }
    Ok(d)
}

/// Readies the OrderedDict type, its views and its iterator (from
/// `types::ready_all`).
pub fn ready() {
    for t in [&ODICT_TYPE, &ODICT_KEYS_TYPE, &ODICT_VALUES_TYPE, &ODICT_ITEMS_TYPE, &ODICT_ITER_TYPE] {
        crate::types::typeobj::ready(t);
    }
    let f = crate::types::function::builtin_classmethod("fromkeys", odict_fromkeys, &ODICT_TYPE);
    crate::types::dict::set_item_str(ODICT_TYPE.dict(), "fromkeys", f);
}

