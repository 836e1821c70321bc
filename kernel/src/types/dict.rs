//! `dict`: a compact, insertion-ordered hash table (an index table of
//! positions into a dense entry array), as CPython's.
//!
//! Lookups of str keys compare by identity, then by content, without running
//! Python code; other keys may call `__eq__`, which happens with the lock
//! released and restarts the probe if the dict changed meanwhile.

use std::cell::UnsafeCell;

use pyk_abi::value::ObjHeader;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj, ObjLock};
use crate::types::singletons::{bool_obj, none};
use crate::types::str::{as_str_obj, new_string, str_hash_of};
use crate::types::typeobj::{MethodDef, NumberSlots, TypeObject};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

struct Entry {
    hash: i64,
    /// None for a deleted entry.
    kv: Option<(Obj, Obj)>,
}

#[derive(Default)]
pub struct Table {
    indices: Vec<i32>,
    entries: Vec<Entry>,
    used: usize,
    /// Bumped on every structural change (insert of a new key, delete, resize).
    version: u64,
}

enum Probe {
    Found(usize, usize),
    /// Empty slot where the key would go (first dummy or empty).
    Missing(usize),
    /// Need a Python-level comparison with this key; resume with the state.
    Compare { slot: usize, entry: usize, key: Obj, i: usize, perturb: u64, free: Option<usize>, version: u64 },
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// The entry holding the str `key` (whose hash is `hash`): the fast path
    /// of global, builtin and attribute lookups. Str keys compare by
    /// identity or by contents, never through Python code.
    #[inline]
    fn find_str(&self, hash: i64, key: &Obj, key_data: &str) -> Option<usize> {
        match self.scan_str(hash, key, key_data, false) {
            Ok(found) => found,
            // A non-str key equal by hash: take the general path.
            Err(()) => self.find_str_slow(hash, key),
        }
    }

    /// The probe of `find_str`, comparing str keys by contents: Err when a
    /// key of another type with this hash is met (with `exact_only`, a str
    /// subclass key too), whose `__eq__` the caller must ask instead.
    #[inline(always)]
    fn scan_str(&self, hash: i64, key: &Obj, key_data: &str, exact_only: bool) -> Result<Option<usize>, ()> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.mask();
        let mut i = hash as u64 as usize;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[i & mask];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if let Some((k, _)) = &e.kv {
                    if k.is(key) {
                        return Ok(Some(ix as usize));
                    }
                    if e.hash == hash {
                        match as_str_obj(k) {
                            Some(b) if !exact_only || k.type_ptr() == &crate::types::str::STR_TYPE as *const _ => {
                                if *b.data == *key_data {
                                    return Ok(Some(ix as usize));
                                }
                            }
                            _ => return Err(()),
                        }
                    }
                }
            }
            perturb >>= 5;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1);
        }
    }

    #[cold]
    fn find_str_slow(&self, hash: i64, key: &Obj) -> Option<usize> {
        match self.probe(hash, key, hash as u64 as usize, hash as u64, None, false) {
            Probe::Found(_, e) => Some(e),
            _ => None,
        }
    }

    /// Probes for `key`; `i`/`perturb`/`free` resume an interrupted probe.
    fn probe(&self, hash: i64, key: &Obj, mut i: usize, mut perturb: u64, mut free: Option<usize>, skip_first: bool) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing(usize::MAX);
        }
        let mask = self.mask();
        // Only exact strs compare by contents here: a str subclass may
        // define its own `__eq__` (CPython's unicode fast path is for exact strs).
        fn exact(o: &Obj) -> Option<&crate::types::str::StrObject> {
            if o.type_ptr() == &crate::types::str::STR_TYPE as *const _ { as_str_obj(o) } else { None }
        }
        let key_str = exact(key);
        let mut skip = skip_first;
        loop {
            if !skip {
                let ix = self.indices[i & mask];
                if ix == EMPTY {
                    return Probe::Missing(free.unwrap_or(i & mask));
                }
                if ix == DUMMY {
                    if free.is_none() {
                        free = Some(i & mask);
                    }
                } else {
                    let e = &self.entries[ix as usize];
                    if let Some((k, _)) = &e.kv {
                        if k.is(key) {
                            return Probe::Found(i & mask, ix as usize);
                        }
                        if e.hash == hash {
                            match (key_str, exact(k)) {
                                (Some(a), Some(b)) => {
                                    if a.data == b.data {
                                        return Probe::Found(i & mask, ix as usize);
                                    }
                                }
                                _ if k.value().is_small_int() && key.value().is_small_int() => {}
                                _ => {
                                    return Probe::Compare {
                                        slot: i & mask,
                                        entry: ix as usize,
                                        key: k.clone(),
                                        i,
                                        perturb,
                                        free,
                                        version: self.version,
                                    }
                                }
                            }
                        }
                    }
                }
            }
            skip = false;
            perturb >>= 5;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1);
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 {
            size *= 2;
        }
        let old = std::mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(size * 2 / 3);
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for e in old.into_iter().filter(|e| e.kv.is_some()) {
            let mut i = e.hash as u64 as usize;
            let mut perturb = e.hash as u64;
            while self.indices[i & mask] != EMPTY {
                perturb >>= 5;
                i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1);
            }
            self.indices[i & mask] = self.entries.len() as i32;
            self.entries.push(e);
        }
        self.version += 1;
    }

    fn insert_new(&mut self, hash: i64, key: Obj, value: Obj) {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.resize(self.used + 1);
        }
        let mask = self.mask();
        let mut i = hash as u64 as usize;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[i & mask];
            if ix == EMPTY || ix == DUMMY {
                break;
            }
            perturb >>= 5;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1);
        }
        self.indices[i & mask] = self.entries.len() as i32;
        self.entries.push(Entry { hash, kv: Some((key, value)) });
        self.used += 1;
        self.version += 1;
    }

    /// The index slot that points at entry `entry` (which is live).
    fn slot_of_entry(&self, entry: usize) -> usize {
        let mask = self.mask();
        let hash = self.entries[entry].hash;
        let mut i = hash as u64 as usize;
        let mut perturb = hash as u64;
        while self.indices[i & mask] != entry as i32 {
            perturb >>= 5;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1);
        }
        i & mask
    }

    fn remove_at(&mut self, slot: usize, entry: usize) -> Option<(Obj, Obj)> {
        self.indices[slot] = DUMMY;
        self.used -= 1;
        self.version += 1;
        self.entries[entry].kv.take()
    }
}

#[repr(C)]
pub struct DictObject {
    pub header: ObjHeader,
    lock: ObjLock,
    table: UnsafeCell<Table>,
}

impl DictObject {
    #[inline(always)]
    fn with<R>(&self, f: impl FnOnce(&mut Table) -> R) -> R {
        // SAFETY: the lock (free-threaded) or the GIL gives exclusive access;
        // closures passed here run no Python code.
        self.lock.with(|| f(unsafe { &mut *self.table.get() }))
    }

    /// Finds `key`, with the table version the answer holds for: callers
    /// act on the slot or entry only while the version is still that one
    /// (in free-threaded mode another thread may change the table between
    /// the lookup and the action).
    fn find(&self, hash: i64, key: &Obj) -> PyResult<(Result<(usize, usize), usize>, u64)> {
        let mut state = (hash as u64 as usize, hash as u64, None, false);
        loop {
            let (p, now) = self.with(|t| (t.probe(hash, key, state.0, state.1, state.2, state.3), t.version));
            match p {
                Probe::Found(s, e) => return Ok((Ok((s, e)), now)),
                Probe::Missing(s) => return Ok((Err(s), now)),
                Probe::Compare { slot, entry, key: k, i, perturb, free, version } => {
                    let eq = crate::abstract_::eq(&k, key)?;
                    let still = self.with(|t| t.version == version);
                    if !still {
                        state = (hash as u64 as usize, hash as u64, None, false);
                        continue;
                    }
                    if eq {
                        return Ok((Ok((slot, entry)), version));
                    }
                    state = (i, perturb, free, true);
                }
            }
        }
    }

    /// Looks `key` up and runs `act` on the entry found (or None) with the
    /// table unchanged since the lookup; looks again when it changed.
    fn find_then<R>(&self, h: i64, key: &Obj, mut act: impl FnMut(&mut Table, Option<(usize, usize)>) -> R) -> PyResult<R> {
        loop {
            let (found, ver) = self.find(h, key)?;
            let done = self.with(|t| (t.version == ver).then(|| act(t, found.ok())));
            if let Some(r) = done {
                return Ok(r);
            }
        }
    }

    pub fn get(&self, key: &Obj) -> PyResult<Option<Obj>> {
        let h = crate::abstract_::hash(key)?;
        self.get_hashed(h, key)
    }

    pub fn get_hashed(&self, h: i64, key: &Obj) -> PyResult<Option<Obj>> {
        self.find_then(h, key, |t, found| found.and_then(|(_, e)| t.entries[e].kv.as_ref().map(|(_, v)| v.clone())))
    }

    pub fn set(&self, key: Obj, value: Obj) -> PyResult<()> {
        let h = crate::abstract_::hash(&key)?;
        self.set_hashed(h, key, value)
    }

    pub fn set_hashed(&self, h: i64, key: Obj, value: Obj) -> PyResult<()> {
        let (key, value) = if as_str_obj(&key).is_some() || key.value().is_small_int() {
            match self.set_fast(h, key, value) {
                Ok(old) => {
                    drop(old);
                    return Ok(());
                }
                Err(kv) => kv,
            }
        } else {
            (key, value)
        };
        self.set_slow(h, key, value)
    }

    /// `d[key] = value` for a str key (attribute stores): one hash, one
    /// probe under one lock.
    #[inline]
    pub fn set_str(&self, key: Obj, value: Obj) -> PyResult<()> {
        match as_str_obj(&key) {
            Some(s) if key.type_ptr() == &crate::types::str::STR_TYPE as *const _ => {
                let h = str_hash_of(s);
                match self.set_fast(h, key, value) {
                    Ok(old) => {
                        drop(old);
                        Ok(())
                    }
                    Err((key, value)) => self.set_slow(h, key, value),
                }
            }
            _ => self.set(key, value),
        }
    }

    /// The fast path of a store: probing runs no Python code unless a
    /// stored key of another type has the same hash, so it all happens
    /// under one lock, and the key and value move into the table (no
    /// counting). Gives them back when a Python comparison is needed.
    /// What the table lets go (the old value, the key when one equal to
    /// it was already there) is returned, to be dropped after the lock.
    #[inline]
    fn set_fast(&self, h: i64, key: Obj, value: Obj) -> Result<Option<(Obj, Obj)>, (Obj, Obj)> {
        self.with(move |t| match t.probe(h, &key, h as u64 as usize, h as u64, None, false) {
            Probe::Found(_, e) => match &mut t.entries[e].kv {
                Some((_, v)) => Ok(Some((std::mem::replace(v, value), key))),
                None => Err((key, value)),
            },
            Probe::Missing(_) => {
                t.insert_new(h, key, value);
                Ok(None)
            }
            Probe::Compare { .. } => Err((key, value)),
        })
    }

    /// The general store (keys whose comparison may run Python code).
    fn set_slow(&self, h: i64, key: Obj, value: Obj) -> PyResult<()> {
        self.set_reporting(h, key, value).map(drop)
    }

    /// `setdefault`: the value stored for `key`, or `default` newly stored;
    /// one hash and one probe (CPython calls `__hash__`/`__eq__` once).
    pub fn setdefault(&self, key: &Obj, default: &Obj) -> PyResult<Obj> {
        let h = crate::abstract_::hash(key)?;
        loop {
            let (found, ver) = self.find(h, key)?;
            let done = self.with(|t| {
                if t.version != ver {
                    return None;
                }
                match found {
                    Ok((_, e)) => t.entries[e].kv.as_ref().map(|(_, v)| v.clone()),
                    Err(_) => {
                        t.insert_new(h, key.clone(), default.clone());
                        Some(default.clone())
                    }
                }
            });
            if let Some(v) = done {
                return Ok(v);
            }
        }
    }

    /// `d[key] = value` for a key whose hash is known, telling what
    /// happened: the key object already stored (its value replaced), or
    /// None when `key` was inserted as a new entry (OrderedDict's order).
    pub(crate) fn set_reporting(&self, h: i64, key: Obj, value: Obj) -> PyResult<Option<Obj>> {
        loop {
            let (found, ver) = self.find(h, &key)?;
            let done = self.with(|t| {
                if t.version != ver {
                    return None;
                }
                match found {
                    Ok((_, e)) => match &mut t.entries[e].kv {
                        Some((k, v)) => Some(Ok((k.clone(), std::mem::replace(v, value.clone())))),
                        None => None,
                    },
                    Err(_) => {
                        t.insert_new(h, key.clone(), value.clone());
                        Some(Err(()))
                    }
                }
            });
            match done {
                Some(Ok((k, old))) => {
                    drop(old);
                    return Ok(Some(k));
                }
                Some(Err(())) => return Ok(None),
                None => {}
            }
        }
    }

    /// The stored (key, value) pair for `key` (whose hash is `h`).
    pub(crate) fn lookup_hashed(&self, h: i64, key: &Obj) -> PyResult<Option<(Obj, Obj)>> {
        self.find_then(h, key, |t, found| found.and_then(|(_, e)| t.entries[e].kv.clone()))
    }

    /// Removes `key` (hash `h`), giving back the stored (key, value).
    pub(crate) fn del_hashed(&self, h: i64, key: &Obj) -> PyResult<Option<(Obj, Obj)>> {
        self.find_then(h, key, |t, found| found.and_then(|(s, e)| t.remove_at(s, e)))
    }

    /// Bytes held by the table (indices and entries).
    pub(crate) fn table_bytes(&self) -> usize {
        self.with(|t| t.indices.capacity() * std::mem::size_of::<i32>() + t.entries.capacity() * std::mem::size_of::<Entry>())
    }

    /// An empty dict body with `header`, for types laid out as a dict
    /// followed by fields of their own (OrderedDict).
    pub(crate) fn with_header(header: ObjHeader) -> DictObject {
        DictObject { header, lock: ObjLock::new(), table: UnsafeCell::new(Table::default()) }
    }

    pub fn del(&self, key: &Obj) -> PyResult<Option<Obj>> {
        let h = crate::abstract_::hash(key)?;
        Ok(self.find_then(h, key, |t, found| found.and_then(|(s, e)| t.remove_at(s, e)))?.map(|(_, v)| v))
    }

    pub fn len(&self) -> usize {
        self.with(|t| t.used)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// (key, value) pairs in insertion order, as new references.
    pub fn items(&self) -> Vec<(Obj, Obj)> {
        self.with(|t| t.entries.iter().filter_map(|e| e.kv.clone()).collect())
    }

    /// Entries with their stored hashes, in insertion order.
    pub fn hashed_items(&self) -> Vec<(i64, Obj, Obj)> {
        self.with(|t| t.entries.iter().filter_map(|e| e.kv.as_ref().map(|(k, v)| (e.hash, k.clone(), v.clone()))).collect())
    }

    /// Keys with their stored hashes, in insertion order (sets built from a
    /// dict do not hash its keys again, as in CPython).
    pub fn hashed_keys(&self) -> Vec<(i64, Obj)> {
        self.with(|t| t.entries.iter().filter_map(|e| e.kv.as_ref().map(|(k, _)| (e.hash, k.clone()))).collect())
    }

    pub fn keys(&self) -> Vec<Obj> {
        self.with(|t| t.entries.iter().filter_map(|e| e.kv.as_ref().map(|(k, _)| k.clone())).collect())
    }

    pub fn clear(&self) {
        // The version keeps growing, so that a lookup made before the
        // clear can never take the new table for the one it searched.
        let old = self.with(|t| {
            let version = t.version + 1;
            std::mem::replace(t, Table { version, ..Table::default() })
        });
        drop(old);
    }

    /// Number of entry positions (live or deleted): iteration positions run
    /// over `0..entry_count()`. Positions stay stable until the table is
    /// resized, which happens only when a key is added (the size changes).
    pub(crate) fn entry_count(&self) -> usize {
        self.with(|t| t.entries.len())
    }

    /// The first live entry at a position `>= pos`: (its position, key, value).
    pub(crate) fn entry_from(&self, pos: usize) -> Option<(usize, Obj, Obj)> {
        self.with(|t| {
            t.entries.iter().enumerate().skip(pos).find_map(|(i, e)| e.kv.as_ref().map(|(k, v)| (i, k.clone(), v.clone())))
        })
    }

    /// The last live entry at a position `< end`: (its position, key, value).
    pub(crate) fn entry_before(&self, end: usize) -> Option<(usize, Obj, Obj)> {
        self.with(|t| {
            let end = end.min(t.entries.len());
            t.entries[..end].iter().enumerate().rev().find_map(|(i, e)| e.kv.as_ref().map(|(k, v)| (i, k.clone(), v.clone())))
        })
    }

    /// Removes and returns the most recently inserted pair.
    pub fn pop_last(&self) -> Option<(Obj, Obj)> {
        self.with(|t| {
            let entry = t.entries.iter().rposition(|e| e.kv.is_some())?;
            let slot = t.slot_of_entry(entry);
            let kv = t.remove_at(slot, entry);
            // Drop the dead tail so that the entry array does not grow.
            while t.entries.last().is_some_and(|e| e.kv.is_none()) && t.entries.len() > entry {
                t.entries.pop();
            }
            kv
        })
    }
}

pub fn new_dict() -> Obj {
    alloc(DictObject { header: crate::object::new_header_tracked(&DICT_TYPE), lock: ObjLock::new(), table: UnsafeCell::new(Table::default()) })
}

#[inline(always)]
pub fn as_dict(o: &Obj) -> Option<&DictObject> {
    o.downcast::<DictObject>(&DICT_TYPE)
}

/// Fast lookup of a str key (no Python code can run).
#[inline]
pub fn get_str(d: &Obj, key: &Obj) -> Option<Obj> {
    let d = as_dict(d)?;
    let s = as_str_obj(key)?;
    let h = str_hash_of(s);
    d.with(|t| t.find_str(h, key, &s.data).and_then(|e| t.entries[e].kv.as_ref().map(|(_, v)| v.clone())))
}

/// Where the str `keys` are among `d`'s entries, with the table version
/// the positions hold for: while the version stays the same no key is
/// added, moved or removed (values may change), so `values_at` and
/// `set_value_at` can use them without probing. None for a non-dict.
pub fn str_positions(d: &Obj, keys: &[Obj]) -> Option<(u64, Vec<Option<usize>>)> {
    let d = as_dict(d)?;
    let hashed: Vec<(i64, &Obj, &str)> = keys.iter().map(|k| as_str_obj(k).map(|s| (str_hash_of(s), k, &*s.data))).collect::<Option<_>>()?;
    Some(d.with(|t| (t.version, hashed.iter().map(|(h, k, data)| t.find_str(*h, k, data)).collect())))
}

/// The values at entry positions `pos` (from `str_positions`) while `d`'s
/// table is still at `version`; None once it changed.
pub fn values_at<const N: usize>(d: &Obj, version: u64, pos: &[Option<usize>]) -> Option<[Option<Obj>; N]> {
    let d = as_dict(d)?;
    d.with(|t| {
        (t.version == version && pos.len() == N).then(|| std::array::from_fn(|i| pos[i].and_then(|e| t.entries.get(e).and_then(|e| e.kv.as_ref().map(|(_, v)| v.clone())))))
    })
}

/// Replaces the value at entry `pos` while `d`'s table is at `version`:
/// Ok(old value, to drop outside), or the value back when the table changed.
pub fn set_value_at(d: &Obj, version: u64, pos: usize, v: Obj) -> Result<Obj, Obj> {
    let Some(dd) = as_dict(d) else { return Err(v) };
    dd.with(move |t| {
        if t.version != version {
            return Err(v);
        }
        match t.entries.get_mut(pos).and_then(|e| e.kv.as_mut()) {
            Some((_, old)) => Ok(std::mem::replace(old, v)),
            None => Err(v),
        }
    })
}

/// Whether `d` holds the str `key` (no Python code can run, no reference taken).
#[inline]
pub fn has_str(d: &Obj, key: &Obj) -> bool {
    let (Some(d), Some(s)) = (as_dict(d), as_str_obj(key)) else { return false };
    let h = str_hash_of(s);
    d.with(|t| t.find_str(h, key, &s.data).is_some())
}

/// Lookup of a str key that compares it, as CPython does, with a key of
/// another type that has the same hash (its `__eq__` runs, outside the
/// table's lock): attribute lookups in class and instance dicts.
pub fn get_str_eq(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    let Some(dd) = as_dict(d) else { return Ok(None) };
    let Some(s) = as_str_obj(key) else { return dd.get(key) };
    let h = str_hash_of(s);
    // Ok when str comparisons decide; Err when a key of another type
    // (or a str subclass) has this hash.
    let fast = dd.with(|t| t.scan_str(h, key, &s.data, true).map(|found| found.and_then(|ix| t.entries[ix].kv.as_ref().map(|(_, v)| v.clone()))));
    match fast {
        Ok(v) => Ok(v),
        Err(()) => dd.get_hashed(h, key),
    }
}

/// Sets `d[name] = v` for a Rust string key (interned).
pub fn set_item_str(d: &Obj, name: &str, v: Obj) {
    if let Some(dd) = as_dict(d) {
        let k = crate::types::str::intern(name);
        let h = str_hash_of(as_str_obj(&k).expect("interned str"));
        // A str key never runs Python code, so this cannot fail.
        let _ = dd.set_hashed(h, k, v);
    }
}

fn dict_repr(o: &Obj) -> PyResult {
    let items = as_dict(o).map(|d| d.items()).unwrap_or_default();
    crate::abstract_::repr_enter(o, "{...}", || {
        let mut s = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&crate::abstract_::repr_string(k)?);
            s.push_str(": ");
            s.push_str(&crate::abstract_::repr_string(v)?);
        }
        s.push('}');
        Ok(new_string(s))
    })
}

pub(crate) fn dict_len(o: &Obj) -> PyResult<usize> {
    Ok(as_dict(o).map(|d| d.len()).unwrap_or(0))
}

pub(crate) fn dict_getitem(o: &Obj, k: &Obj) -> PyResult {
    let d = as_dict(o).ok_or_else(|| type_error("dict expected"))?;
    match d.get(k)? {
        Some(v) => Ok(v),
        None => {
            // Subclasses may define __missing__ (collections.Counter, defaultdict-like classes).
            if o.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
                if let Some(m) = o.type_obj().lookup(&crate::types::str::istr("__missing__")) {
                    let b = crate::types::class::bind(&m, Some(o), o.type_obj(), &crate::types::str::istr("__missing__"))?;
                    return crate::abstract_::call(&b, std::slice::from_ref(k), None);
                }
            }
            Err(crate::error::key_error(k.clone()))
        }
    }
}

fn dict_setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let d = as_dict(o).ok_or_else(|| type_error("dict expected"))?;
    match v {
        Some(v) => d.set(k.clone(), v.clone()),
        None => match d.del(k)? {
            Some(_) => Ok(()),
            None => Err(crate::error::key_error(k.clone())),
        },
    }
}

pub(crate) fn dict_contains(o: &Obj, k: &Obj) -> PyResult<bool> {
    Ok(as_dict(o).ok_or_else(|| type_error("dict expected"))?.get(k)?.is_some())
}

pub(crate) fn dict_bool(o: &Obj) -> PyResult<bool> {
    Ok(as_dict(o).map(|d| !d.is_empty()).unwrap_or(false))
}

fn dict_iter(o: &Obj) -> PyResult {
    Ok(crate::types::dictview::new_iter(o, crate::types::dictview::ViewKind::Keys, false))
}

/// `a | b` for two dicts: a new dict with b's pairs over a's.
fn dict_or(a: &Obj, b: &Obj) -> PyResult {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(crate::types::not_implemented());
    }
    let d = new_dict();
    update_from(&d, a)?;
    update_from(&d, b)?;
    Ok(d)
}

fn dict_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let d = new_dict();
    let npos = args.len() - kw.map(|k| crate::types::tuple::as_tuple(k).map(|t| t.len()).unwrap_or(0)).unwrap_or(0);
    if npos > 1 {
        return Err(type_error(format!("dict expected at most 1 argument, got {npos}")));
    }
    if npos == 1 {
        update_from(&d, &args[0])?;
    }
    if let Some(names) = kw.and_then(crate::types::tuple::as_tuple) {
        for (n, v) in names.iter().zip(&args[npos..]) {
            as_dict(&d).expect("dict").set(n.clone(), v.clone())?;
        }
    }
    Ok(d)
}

pub fn update_from(d: &Obj, src: &Obj) -> PyResult<()> {
    let dd = as_dict(d).ok_or_else(|| type_error("dict expected"))?;
    // A dict (or a subclass keeping dict's __iter__) is copied entry by
    // entry with the stored hashes; a subclass with its own __iter__ (as
    // OrderedDict) goes through keys() like any mapping.
    let iter_name = crate::types::str::istr("__iter__");
    let own_iter = src.type_obj().lookup(&iter_name).map(|f| f.value()) == DICT_TYPE.lookup(&iter_name).map(|f| f.value());
    if let Some(s) = as_dict(src).filter(|_| own_iter) {
        let n = s.len();
        for (h, k, v) in s.hashed_items() {
            dd.set_hashed(h, k, v)?;
            if s.len() != n {
                return Err(crate::error::runtime_error("dict mutated during update"));
            }
        }
        return Ok(());
    }
    if let Ok(keys) = crate::abstract_::getattr_str(src, "keys") {
        let ks = crate::abstract_::call0(&keys)?;
        if ks.type_obj().iter.is_none() && ks.type_obj().getitem.is_none() {
            return Err(type_error(format!("{}.keys() returned a non-iterable (type {})", src.type_obj().name(), ks.type_obj().name())));
        }
        for k in crate::abstract_::collect(&ks)? {
            let v = crate::abstract_::getitem(src, &k)?;
            dd.set(k, v)?;
        }
        return Ok(());
    }
    let it = crate::abstract_::iter(src)?;
    let mut i = 0;
    while let Some(item) = crate::abstract_::next(&it)? {
        if item.type_obj().iter.is_none() && item.type_obj().getitem.is_none() {
            return Err(type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")));
        }
        let pair = crate::abstract_::collect(&item)?;
        if pair.len() != 2 {
            return Err(crate::error::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().expect("2"), p.next().expect("2"));
        dd.set(k, v)?;
        i += 1;
    }
    Ok(())
}

fn this(s: &Obj) -> PyResult<&DictObject> {
    as_dict(s).ok_or_else(|| type_error("descriptor requires a 'dict' object"))
}

/// "NAME expected at least MIN argument(s), got N" / "at most MAX".
fn arg_count(name: &str, a: &[Obj], k: Option<&Obj>, min: usize, max: usize) -> PyResult<()> {
    crate::builtins::no_kwargs(name, k)?;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if a.len() < min {
        return Err(type_error(format!("{name} expected at least {min} argument{}, got {}", plural(min), a.len())));
    }
    if a.len() > max {
        return Err(type_error(format!("{name} expected at most {max} argument{}, got {}", plural(max), a.len())));
    }
    Ok(())
}

fn m_get(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    arg_count("get", a, k, 1, 2)?;
    Ok(this(s)?.get(&a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(none)))
}
fn no_method_args(name: &str, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    crate::builtins::no_kwargs(name, k)?;
    crate::types::int::no_args(name, a)
}
fn m_keys(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_method_args("dict.keys", a, k)?;
    this(s)?;
    Ok(crate::types::dictview::new_view(s, crate::types::dictview::ViewKind::Keys))
}
fn m_values(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_method_args("dict.values", a, k)?;
    this(s)?;
    Ok(crate::types::dictview::new_view(s, crate::types::dictview::ViewKind::Values))
}
fn m_items(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_method_args("dict.items", a, k)?;
    this(s)?;
    Ok(crate::types::dictview::new_view(s, crate::types::dictview::ViewKind::Items))
}
fn m_reversed(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_method_args("dict.__reversed__", a, k)?;
    this(s)?;
    Ok(crate::types::dictview::new_iter(s, crate::types::dictview::ViewKind::Keys, true))
}
fn m_pop(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    arg_count("pop", a, k, 1, 2)?;
    match (this(s)?.del(&a[0])?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(crate::error::key_error(a[0].clone())),
    }
}
fn m_popitem(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_method_args("dict.popitem", a, k)?;
    match this(s)?.pop_last() {
        Some((k, v)) => Ok(crate::types::tuple::new_tuple(vec![k, v])),
        None => Err(crate::error::key_error(crate::types::str::new_str("popitem(): dictionary is empty"))),
    }
}
fn m_update(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() > 1 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", pos.len())));
    }
    let d = this(s)?;
    if let Some(src) = pos.first() {
        update_from(s, src)?;
    }
    for (n, v) in kws {
        d.set(crate::types::str::new_str(n), v.clone())?;
    }
    Ok(none())
}
fn m_setdefault(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    arg_count("setdefault", a, k, 1, 2)?;
    let d = a.get(1).cloned().unwrap_or_else(none);
    this(s)?.setdefault(&a[0], &d)
}
fn m_copy(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_method_args("dict.copy", a, k)?;
    let d = new_dict();
    let dd = as_dict(&d).expect("dict");
    for (k, v) in this(s)?.items() {
        dd.set(k, v)?;
    }
    Ok(d)
}
fn m_clear(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_method_args("dict.clear", a, k)?;
    this(s)?.clear();
    Ok(none())
}
fn m_contains(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    arg_count("__contains__", a, k, 1, 1)?;
    Ok(bool_obj(this(s)?.get(&a[0])?.is_some()))
}

/// `dict.fromkeys(iterable, value=None)` (bound to the dict type).
fn dict_fromkeys(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some((cls, a)) = a.split_first() else { return Err(crate::error::type_error("fromkeys() needs a class")) };
    arg_count("fromkeys", a, k, 1, 2)?;
    let value = a.get(1).cloned().unwrap_or_else(none);
    if !cls.is(&DICT_TYPE.as_obj()) {
        let d = crate::abstract_::call0(cls)?;
        let it = crate::abstract_::iter(&a[0])?;
        while let Some(key) = crate::abstract_::next(&it)? {
            crate::abstract_::setitem(&d, &key, Some(&value))?;
        }
        return Ok(d);
    }
    let d = new_dict();
    let dd = as_dict(&d).expect("dict");
    // A set or a dict hands over its stored hashes.
    let known = if let Some(s) = crate::types::set::as_anyset(&a[0]) {
        Some(s.hashed_items())
    } else {
        as_dict(&a[0]).filter(|_| a[0].type_ptr() == &DICT_TYPE as *const _).map(|src| src.hashed_keys())
    };
    if let Some(items) = known {
        for (h, key) in items {
            dd.set_hashed(h, key, value.clone())?;
        }
        return Ok(d);
    }
    let it = crate::abstract_::iter(&a[0])?;
    while let Some(key) = crate::abstract_::next(&it)? {
        dd.set(key, value.clone())?;
    }
    Ok(d)
}

fn m_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    m_update(s, a, k)
}

static DICT_METHODS: [MethodDef; 15] = [
    MethodDef { name: "__init__", func: m_init, doc: "" },
    MethodDef { name: "get", func: m_get, doc: "Look key up, giving default when it is missing." },
    MethodDef { name: "keys", func: m_keys, doc: "" },
    MethodDef { name: "values", func: m_values, doc: "" },
    MethodDef { name: "items", func: m_items, doc: "" },
    MethodDef { name: "pop", func: m_pop, doc: "" },
    MethodDef { name: "popitem", func: m_popitem, doc: "Take out the most recently added item and give it as (key, value)." },
    MethodDef { name: "update", func: m_update, doc: "" },
    MethodDef { name: "setdefault", func: m_setdefault, doc: "" },
    MethodDef { name: "copy", func: m_copy, doc: "" },
    MethodDef { name: "clear", func: m_clear, doc: "" },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "Iterate over the keys from last inserted to first." },
    MethodDef { name: "__contains__", func: m_contains, doc: "Tell whether key is present." },
    MethodDef { name: "__or__", func: m_or, doc: "Return self|value." },
    MethodDef { name: "__ior__", func: m_ior, doc: "Return self|=value." },
];

/// `d |= other`: update in place from a mapping or an iterable of pairs.
fn m_ior(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    arg_count("__ior__", a, k, 1, 1)?;
    update_from(s, &a[0])?;
    Ok(s.clone())
}

fn m_or(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    arg_count("__or__", a, k, 1, 1)?;
    dict_or(s, &a[0])
}

/// Type-dict entries that are not instance methods (`dict.fromkeys`, a
/// classmethod), and the view and iterator types. Called once from
/// `types::ready_all`.
pub fn ready_extra() {
    let f = crate::types::function::builtin_classmethod("fromkeys", dict_fromkeys, &DICT_TYPE);
    set_item_str(DICT_TYPE.dict(), "fromkeys", f);
    crate::types::dictview::ready();
}

pub(crate) fn dict_richcompare(a: &Obj, b: &Obj, op: pyk_abi::opcode::CompareOp) -> PyResult {
    use pyk_abi::opcode::CompareOp::*;
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else { return Ok(crate::types::not_implemented()) };
    if !matches!(op, Eq | Ne) {
        return Ok(crate::types::not_implemented());
    }
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items() {
            match y.get(&k)? {
                Some(w) if crate::abstract_::eq(&v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(bool_obj(equal == (op == Eq)))
}

pub(crate) fn dict_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    for (k, v) in as_dict(o).map(|d| d.items()).unwrap_or_default() {
        visit(&k);
        visit(&v);
    }
}

pub(crate) fn dict_clear(o: &Obj) {
    if let Some(d) = as_dict(o) {
        d.clear();
    }
}

pub static DICT_TYPE: TypeObject = TypeObject {
    subclass: Some(crate::object::subclass_info::<DictObject>(false)),
    traverse: Some(dict_traverse),
    clear: Some(dict_clear),
    repr: Some(dict_repr),
    len: Some(dict_len),
    getitem: Some(dict_getitem),
    setitem: Some(dict_setitem),
    contains: Some(dict_contains),
    iter: Some(dict_iter),
    new: Some(dict_new),
    richcompare: Some(dict_richcompare),
    methods: &DICT_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    number: NumberSlots { bool: Some(dict_bool), or: Some(dict_or), ..NumberSlots::EMPTY },
    ..TypeObject::builtin("dict", &crate::types::object::OBJECT_TYPE, dealloc_box::<DictObject>)
};

