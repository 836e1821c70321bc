//! `_functools`, the accelerator `functools` imports: `reduce`, `cmp_to_key`
//! (its `functools.KeyWrapper` objects), `partial` and `_lru_cache_wrapper`,
//! with CPython 3.13's C behaviour (messages, pickled states, the
//! nested-partial flattening, the lru cache's key layout and counters).
//!
//! Native types have no instance dict, so `partial` and
//! `_lru_cache_wrapper` are small Python classes (`SHELL_SRC`, run once at
//! module creation) over native BASETYPE types that hold the state and do
//! all the work: the Python subclass only brings `__dict__` and weak
//! references, as CPython's C types declare them.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import};

const MODULE: &str = "_functools";

fn callable(o: &PyAny) -> PyResult<bool> {
    builtin("callable")?.call(&[o])?.is_true()
}

fn dict_items(d: &PyAny) -> PyResult<Vec<(PyObj, PyObj)>> {
    let mut out = Vec::new();
    for item in d.call_method("items", &[])?.iter_items()? {
        let kv = item.tuple_items()?;
        if kv.len() == 2 {
            out.push((kv[0].clone(), kv[1].clone()));
        }
    }
    Ok(out)
}

fn exact_dict(o: &PyAny) -> bool {
    o.is_exact_instance(&pyk_sdk::types::dict_type())
}

fn is_dict(o: &PyAny) -> PyResult<bool> {
    o.isinstance(&pyk_sdk::types::dict_type())
}

// --- reduce ---

fn reduce(args: Args) -> PyResult<PyObj> {
    args.no_kwargs()?;
    let a = args.positional();
    if a.len() < 2 || a.len() > 3 {
        let msg = if a.len() < 2 {
            format!("reduce expected at least 2 arguments, got {}", a.len())
        } else {
            format!("reduce expected at most 3 arguments, got {}", a.len())
        };
        return Err(PyErr::type_error(msg));
    }
    let func = &a[0];
    let it = match a[1].iter() {
        Ok(it) => it,
        Err(e) if e.matches(ExcKind::TypeError) => return Err(PyErr::type_error("reduce() arg 2 must support iteration")),
        Err(e) => return Err(e),
    };
    let mut acc: Option<PyObj> = a.get(2).map(PyAny::to_owned);
    while let Some(v) = it.next()? {
        acc = Some(match acc {
            None => v,
            Some(x) => func.call(&[&x, &v])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

// --- cmp_to_key ---

struct KeyWrapper {
    cmp: PyObj,
    obj: Option<PyObj>,
}

static KEY_WRAPPER: NativeType<KeyWrapper> = NativeType::new();
impl NativeClass for KeyWrapper {
    const NAME: &'static str = "functools.KeyWrapper";
    const HAS_CALL: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(KeyWrapper, "__lt__", key_lt, ""),
        native_method!(KeyWrapper, "__le__", key_le, ""),
        native_method!(KeyWrapper, "__eq__", key_eq, ""),
        native_method!(KeyWrapper, "__ne__", key_ne, ""),
        native_method!(KeyWrapper, "__gt__", key_gt, ""),
        native_method!(KeyWrapper, "__ge__", key_ge, ""),
    ];
    const GETTERS: &'static [NativeFnDef] =
        &[native_getter!(KeyWrapper, "obj", key_obj), native_getter!(KeyWrapper, "__text_signature__", key_text_signature)];
    fn native_type() -> &'static NativeType<Self> {
        &KEY_WRAPPER
    }
    fn call(&self, args: Args) -> PyResult<PyObj> {
        let v = args.bind(&Signature::simple("K", &["obj"], 1))?;
        let obj = v[0].map(PyAny::to_owned);
        KEY_WRAPPER.wrap(KeyWrapper { cmp: self.cmp.clone(), obj })
    }
}

fn key_obj(this: &KeyWrapper, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.obj.clone().unwrap_or_else(PyObj::none))
}

fn key_text_signature(_this: &KeyWrapper, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(PyObj::from("(obj)"))
}

fn key_compare(this: &KeyWrapper, args: Args, op: u32) -> PyResult<PyObj> {
    let other = args.one()?;
    if !other.is_exact_instance(&args.slf().get_type()) {
        return Err(PyErr::type_error("other argument must be K instance"));
    }
    let Some(that) = KEY_WRAPPER.data(other) else { return Err(PyErr::type_error("other argument must be K instance")) };
    let (Some(x), Some(y)) = (&this.obj, &that.obj) else { return Err(PyErr::attribute_error("object")) };
    let res = this.cmp.call(&[x, y])?;
    res.richcompare(&PyObj::from(0i64), op)
}

fn key_lt(this: &KeyWrapper, args: Args) -> PyResult<PyObj> {
    key_compare(this, args, ops::LT)
}
fn key_le(this: &KeyWrapper, args: Args) -> PyResult<PyObj> {
    key_compare(this, args, ops::LE)
}
fn key_eq(this: &KeyWrapper, args: Args) -> PyResult<PyObj> {
    key_compare(this, args, ops::EQ)
}
fn key_ne(this: &KeyWrapper, args: Args) -> PyResult<PyObj> {
    key_compare(this, args, ops::NE)
}
fn key_gt(this: &KeyWrapper, args: Args) -> PyResult<PyObj> {
    key_compare(this, args, ops::GT)
}
fn key_ge(this: &KeyWrapper, args: Args) -> PyResult<PyObj> {
    key_compare(this, args, ops::GE)
}

fn cmp_to_key(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("cmp_to_key", &["mycmp"], 1))?;
    let cmp = v[0].map(PyAny::to_owned).unwrap_or_else(PyObj::none);
    KEY_WRAPPER.wrap(KeyWrapper { cmp, obj: None })
}

// --- partial ---

struct PartialState {
    func: PyObj,
    /// An exact tuple.
    args: PyObj,
    /// An exact dict.
    kw: PyObj,
}

struct Partial(PyMutex<PartialState>);

impl Partial {
    fn state(&self) -> PyResult<(PyObj, PyObj, PyObj)> {
        let s = self.0.lock()?;
        Ok((s.func.clone(), s.args.clone(), s.kw.clone()))
    }
}

/// The instance dict of a shell-class instance (None for the bare base).
fn instance_dict(slf: &PyAny) -> Option<PyObj> {
    slf.getattr("__dict__").ok().filter(|d| exact_dict(d))
}

static PARTIAL: NativeType<Partial> = NativeType::new();
impl NativeClass for Partial {
    const NAME: &'static str = "_functools.partial_base";
    const DOC: &'static str = "The state and behaviour of functools.partial objects.";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const HAS_CALL: bool = true;
    const HAS_REPR: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Partial, "__reduce__", partial_reduce, "Return the state of the partial object for pickling."),
        native_method!(Partial, "__setstate__", partial_setstate, "Restore the state of the partial object from a pickled state."),
        native_method!(Partial, "__get__", partial_get, "Return the partial object itself (see the FutureWarning)."),
    ];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Partial, "func", partial_func),
        native_getter!(Partial, "args", partial_args),
        native_getter!(Partial, "keywords", partial_keywords),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &PARTIAL
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let pos = args.positional();
        let Some(first) = pos.first() else { return Err(PyErr::type_error("type 'partial' takes at least one argument")) };
        let mut func = first.to_owned();
        let mut pargs: Vec<PyObj> = Vec::new();
        let mut pkw: Vec<(PyObj, PyObj)> = Vec::new();
        // A partial without instance attributes is flattened into the new one.
        if let Some(inner) = PARTIAL.data(first) {
            let empty = match instance_dict(first) {
                Some(d) => d.len()? == 0,
                None => true,
            };
            if empty {
                let (f, a, k) = inner.state()?;
                func = f;
                pargs = a.tuple_items()?;
                pkw = dict_items(&k)?;
            }
        }
        if !callable(&func)? {
            return Err(PyErr::type_error("the first argument must be callable"));
        }
        pargs.extend(pos[1..].iter().map(PyAny::to_owned));
        let t = tuple_of(&pargs.iter().map(|o| &**o).collect::<Vec<_>>())?;
        let kw = pyk_sdk::types::new_dict()?;
        for (k, v) in &pkw {
            kw.setitem(k, v)?;
        }
        for (k, v) in args.keywords() {
            kw.setitem(&PyObj::from(k.as_str()), v)?;
        }
        Ok(Partial(PyMutex::new(PartialState { func, args: t, kw })))
    }
    fn call(&self, args: Args) -> PyResult<PyObj> {
        let (func, pargs, kw) = self.state()?;
        let mut all = pargs.tuple_items()?;
        all.extend(args.positional().iter().map(PyAny::to_owned));
        let mut kws: Vec<(String, PyObj)> = Vec::new();
        for (k, v) in dict_items(&kw)? {
            if !k.is_str() {
                return Err(PyErr::type_error("keywords must be strings"));
            }
            kws.push((k.as_str()?.to_owned(), v));
        }
        for (k, v) in args.keywords() {
            match kws.iter_mut().find(|(n, _)| n == k) {
                Some(slot) => slot.1 = (*v).to_owned(),
                None => kws.push((k.clone(), (*v).to_owned())),
            }
        }
        let pos: Vec<&PyAny> = all.iter().map(|o| &**o).collect();
        if kws.is_empty() {
            func.call(&pos)
        } else {
            let kwr: Vec<(&str, &PyAny)> = kws.iter().map(|(k, v)| (k.as_str(), &**v)).collect();
            func.call_kw(&pos, &kwr)
        }
    }
    fn repr(&self, slf: &PyAny) -> PyResult<String> {
        let t = slf.get_type();
        let name = format!("{}.{}", t.getattr("__module__")?.str()?, t.getattr("__qualname__")?.str()?);
        let Some(_guard) = ReprGuard::enter(slf) else { return Ok("...".to_owned()) };
        let (func, pargs, kw) = self.state()?;
        let mut parts = vec![func.repr()?];
        for a in pargs.tuple_items()? {
            parts.push(a.repr()?);
        }
        // A snapshot of the items: str(key) may change the dict.
        for (k, v) in dict_items(&kw)? {
            parts.push(format!("{}={}", k.str()?, v.repr()?));
        }
        Ok(format!("{name}({})", parts.join(", ")))
    }
}

thread_local! {
    /// Objects whose repr is being computed on this thread.
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks an object as being repr'd; None when it already is (recursion).
struct ReprGuard(usize);
impl ReprGuard {
    fn enter(o: &PyAny) -> Option<ReprGuard> {
        let id = o.as_raw().0;
        IN_REPR.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&id) {
                None
            } else {
                s.push(id);
                Some(ReprGuard(id))
            }
        })
    }
}
impl Drop for ReprGuard {
    fn drop(&mut self) {
        IN_REPR.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|&x| x == self.0) {
                s.remove(i);
            }
        });
    }
}

fn partial_func(this: &Partial, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.0.lock()?.func.clone())
}
fn partial_args(this: &Partial, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.0.lock()?.args.clone())
}
fn partial_keywords(this: &Partial, _slf: &PyAny) -> PyResult<PyObj> {
    Ok(this.0.lock()?.kw.clone())
}

fn partial_reduce(this: &Partial, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let slf = args.slf();
    let (func, pargs, kw) = this.state()?;
    let dict = match instance_dict(slf) {
        Some(d) if d.len()? > 0 => d,
        _ => PyObj::none(),
    };
    let cls = slf.get_type();
    let ctor_args = tuple_of(&[&func])?;
    let state = tuple_of(&[&func, &pargs, &kw, &dict])?;
    tuple_of(&[&cls, &ctor_args, &state])
}

fn partial_setstate(this: &Partial, args: Args) -> PyResult<()> {
    let state = args.one()?;
    let invalid = || PyErr::type_error("invalid partial state");
    if !state.is_tuple() {
        return Err(invalid());
    }
    let items = state.tuple_items()?;
    let [func, fargs, kw, dict] = <[PyObj; 4]>::try_from(items).map_err(|_| invalid())?;
    if !callable(&func)? || !fargs.isinstance(&pyk_sdk::types::tuple_type())? || (!kw.is_none() && !is_dict(&kw)?) {
        return Err(invalid());
    }
    let fargs = if fargs.is_exact_instance(&pyk_sdk::types::tuple_type()) {
        fargs
    } else {
        let items = fargs.iter_items()?;
        tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?
    };
    let kw = if kw.is_none() {
        pyk_sdk::types::new_dict()?
    } else if exact_dict(&kw) {
        kw
    } else {
        let d = pyk_sdk::types::new_dict()?;
        for (k, v) in dict_items(&kw)? {
            d.setitem(&k, &v)?;
        }
        d
    };
    let old = {
        let mut s = this.0.lock()?;
        let old = std::mem::replace(&mut *s, PartialState { func, args: fargs, kw });
        drop(s);
        old
    };
    drop(old);
    if let Some(d) = instance_dict(args.slf()) {
        d.call_method("clear", &[])?;
        if !dict.is_none() {
            d.call_method("update", &[&dict])?;
        }
    }
    Ok(())
}

/// CPython 3.13's partial is not yet a method descriptor: read through an
/// instance it stays itself, with a FutureWarning.
fn partial_get(_this: &Partial, args: Args) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    let slf = args.slf();
    if !a[0].is_none() {
        let warnings = import("warnings")?;
        let cat = builtin("FutureWarning")?;
        let msg = PyObj::from(
            "functools.partial will be a method descriptor in future Python versions; wrap it in staticmethod() if you want to preserve the old behavior",
        );
        warnings.call_method("warn", &[&msg, &cat, &PyObj::from(1i64)])?;
    }
    Ok(slf.to_owned())
}

// --- lru_cache ---

/// A cache key with its hash computed once (the key's elements' `__hash__`
/// runs once per call, as CPython's C cache promises).
struct HashedKey {
    key: PyObj,
    hash: i64,
}

static HASHED_KEY: NativeType<HashedKey> = NativeType::new();
impl NativeClass for HashedKey {
    const NAME: &'static str = "_functools._hashed_key";
    const METHODS: &'static [NativeFnDef] =
        &[native_method!(HashedKey, "__hash__", hashed_hash, ""), native_method!(HashedKey, "__eq__", hashed_eq, "")];
    fn native_type() -> &'static NativeType<Self> {
        &HASHED_KEY
    }
}

fn hashed_hash(this: &HashedKey, _args: Args) -> PyResult<i64> {
    Ok(this.hash)
}

fn hashed_eq(this: &HashedKey, args: Args) -> PyResult<PyObj> {
    let other = args.one()?;
    match HASHED_KEY.data(other) {
        Some(o) => Ok(PyObj::from(this.key.compare(&o.key, ops::EQ)?)),
        None => builtin("NotImplemented"),
    }
}

enum Bound {
    /// maxsize=0: every call is a miss.
    Uncached,
    Unbounded,
    Bounded(i64),
}

struct LruCache {
    func: PyObj,
    typed: bool,
    bound: Bound,
    info_type: PyObj,
    /// key -> result; insertion order is recency order for a bounded cache.
    cache: PyObj,
    /// Separates positional from keyword arguments in keys; also the
    /// "missing" answer of `cache.get`.
    mark: PyObj,
    hits: AtomicU64,
    misses: AtomicU64,
    /// A bounded cache's recency order: use stamp -> key, oldest first. The
    /// dict maps each key to its [`Link`]; a hit only restamps (the dict is
    /// not changed during a lookup another lookup may be inside of).
    order: PyMutex<BTreeMap<u64, PyObj>>,
    clock: AtomicU64,
}

/// A bounded cache's entry: the result and its last-use stamp.
struct Link {
    result: PyObj,
    stamp: AtomicU64,
}

static LINK: NativeType<Link> = NativeType::new();
impl NativeClass for Link {
    const NAME: &'static str = "_functools._lru_link";
    fn native_type() -> &'static NativeType<Self> {
        &LINK
    }
}

impl LruCache {
    fn tick(&self) -> u64 {
        self.clock.fetch_add(1, Ordering::Relaxed)
    }

    fn make_key(&self, args: &Args) -> PyResult<PyObj> {
        let pos = args.positional();
        let kw = args.keywords();
        if !self.typed && kw.is_empty() && pos.len() == 1 {
            let a = &pos[0];
            if a.is_exact_instance(&pyk_sdk::types::str_type()) || a.is_exact_instance(&pyk_sdk::types::int_type()) {
                return Ok(a.to_owned());
            }
        }
        let mut items: Vec<PyObj> = pos.iter().map(PyAny::to_owned).collect();
        if !kw.is_empty() {
            items.push(self.mark.clone());
            for (k, v) in kw {
                items.push(PyObj::from(k.as_str()));
                items.push((*v).to_owned());
            }
        }
        if self.typed {
            items.extend(pos.iter().map(PyAny::get_type));
            items.extend(kw.iter().map(|(_, v)| v.get_type()));
        }
        let key = tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?;
        let hash = key.hash()?;
        HASHED_KEY.wrap(HashedKey { key, hash })
    }

    fn call_func(&self, args: &Args) -> PyResult<PyObj> {
        let pos: Vec<&PyAny> = args.positional().iter().collect();
        let kw = args.keywords();
        if kw.is_empty() {
            self.func.call(&pos)
        } else {
            let kwr: Vec<(&str, &PyAny)> = kw.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            self.func.call_kw(&pos, &kwr)
        }
    }

    fn lookup(&self, key: &PyAny) -> PyResult<Option<PyObj>> {
        let r = self.cache.call_method("get", &[key, &self.mark])?;
        Ok(if r.is(&self.mark) { None } else { Some(r) })
    }
}

static LRU: NativeType<LruCache> = NativeType::new();
impl NativeClass for LruCache {
    const NAME: &'static str = "_functools.lru_cache_base";
    const DOC: &'static str = "The cache and counters of an lru_cache wrapper.";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const HAS_CALL: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(LruCache, "cache_info", lru_cache_info, "cache_info($self, /)\n--\n\nReport the cache's hits, misses, maxsize and current size."),
        native_method!(LruCache, "cache_clear", lru_cache_clear, "cache_clear($self, /)\n--\n\nEmpty the cache and reset its counters."),
        native_method!(LruCache, "__reduce__", lru_reduce, ""),
        native_method!(LruCache, "__copy__", lru_copy, ""),
        native_method!(LruCache, "__deepcopy__", lru_deepcopy, ""),
        native_method!(LruCache, "__get__", lru_get, "Bind the wrapper to an instance as a method."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &LRU
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("lru_cache", &["user_function", "maxsize", "typed", "cache_info_type"], 4))?;
        let (Some(func), Some(maxsize), Some(typed), Some(info_type)) = (v[0], v[1], v[2], v[3]) else {
            return Err(PyErr::system_error("lru_cache arguments"));
        };
        if !callable(func)? {
            return Err(PyErr::type_error("the first argument must be callable"));
        }
        let bound = if maxsize.is_none() {
            Bound::Unbounded
        } else if maxsize.is_int() || maxsize.get_type().getattr("__index__").is_ok() {
            let n = match maxsize.to_i64() {
                Ok(n) => n,
                Err(e) if e.matches(ExcKind::OverflowError) => {
                    return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"))
                }
                Err(e) => return Err(e),
            };
            if n <= 0 {
                Bound::Uncached
            } else {
                Bound::Bounded(n)
            }
        } else {
            return Err(PyErr::type_error("maxsize should be integer or None"));
        };
        Ok(LruCache {
            func: func.to_owned(),
            typed: typed.is_true()?,
            bound,
            info_type: info_type.to_owned(),
            cache: pyk_sdk::types::new_dict()?,
            mark: builtin("object")?.call(&[])?,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            order: PyMutex::new(BTreeMap::new()),
            clock: AtomicU64::new(0),
        })
    }
    fn call(&self, args: Args) -> PyResult<PyObj> {
        let maxsize = match self.bound {
            Bound::Uncached => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                return self.call_func(&args);
            }
            Bound::Unbounded => None,
            Bound::Bounded(n) => Some(n),
        };
        let key = self.make_key(&args)?;
        let Some(maxsize) = maxsize else {
            if let Some(r) = self.lookup(&key)? {
                self.hits.fetch_add(1, Ordering::Relaxed);
                return Ok(r);
            }
            self.misses.fetch_add(1, Ordering::Relaxed);
            let result = self.call_func(&args)?;
            self.cache.setitem(&key, &result)?;
            return Ok(result);
        };
        if let Some(l) = self.lookup(&key)? {
            let Some(link) = LINK.data(&l) else { return Err(PyErr::system_error("lru_cache: bad cache entry")) };
            self.hits.fetch_add(1, Ordering::Relaxed);
            let now = self.tick();
            {
                let mut order = self.order.lock()?;
                let old = link.stamp.swap(now, Ordering::Relaxed);
                if let Some(k) = order.remove(&old) {
                    order.insert(now, k);
                }
            }
            return Ok(link.result.clone());
        }
        self.misses.fetch_add(1, Ordering::Relaxed);
        let result = self.call_func(&args)?;
        // The call may have cached this key itself (recursion, threads).
        if self.lookup(&key)?.is_some() {
            return Ok(result);
        }
        if self.cache.len()? as i64 >= maxsize {
            let oldest = self.order.lock()?.pop_first();
            if let Some((_, k)) = oldest {
                self.cache.call_method("pop", &[&k, &self.mark])?;
            }
        }
        let now = self.tick();
        let link = LINK.wrap(Link { result: result.clone(), stamp: AtomicU64::new(now) })?;
        self.cache.setitem(&key, &link)?;
        self.order.lock()?.insert(now, key);
        Ok(result)
    }
}

fn lru_cache_info(this: &LruCache, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let maxsize = match this.bound {
        Bound::Uncached => PyObj::from(0i64),
        Bound::Unbounded => PyObj::none(),
        Bound::Bounded(n) => PyObj::from(n),
    };
    let hits = PyObj::from(this.hits.load(Ordering::Relaxed) as usize);
    let misses = PyObj::from(this.misses.load(Ordering::Relaxed) as usize);
    let size = PyObj::from(this.cache.len()? as i64);
    this.info_type.call(&[&hits, &misses, &maxsize, &size])
}

fn lru_cache_clear(this: &LruCache, args: Args) -> PyResult<()> {
    args.none()?;
    this.hits.store(0, Ordering::Relaxed);
    this.misses.store(0, Ordering::Relaxed);
    let order = std::mem::take(&mut *this.order.lock()?);
    drop(order);
    this.cache.call_method("clear", &[])?;
    Ok(())
}

/// Pickled by reference: the wrapper's qualified name.
fn lru_reduce(_this: &LruCache, args: Args) -> PyResult<PyObj> {
    args.none()?;
    args.slf().getattr("__qualname__")
}

fn lru_copy(_this: &LruCache, args: Args) -> PyResult<PyObj> {
    args.none()?;
    Ok(args.slf().to_owned())
}

fn lru_deepcopy(_this: &LruCache, args: Args) -> PyResult<PyObj> {
    args.one()?;
    Ok(args.slf().to_owned())
}

fn lru_get(_this: &LruCache, args: Args) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    let slf = args.slf();
    if a[0].is_none() {
        return Ok(slf.to_owned());
    }
    import("types")?.getattr("MethodType")?.call(&[slf, &a[0]])
}

/// The public classes: Python subclasses of the native types, for their
/// instance `__dict__` and weak references.
const SHELL_SRC: &str = r#"
class partial(_partial_base):
    """partial(func, *args, **keywords) - a callable that calls func with the
given positional arguments first and the given keywords merged under the
call's own."""

    __class_getitem__ = classmethod(_GenericAlias)

    # func, args and keywords are read-only, and __dict__ cannot be
    # deleted, as in CPython's C type.
    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        if name == '__dict__':
            raise TypeError("cannot delete __dict__")
        object.__delattr__(self, name)


class _lru_cache_wrapper(_lru_cache_base):
    """A function wrapped by lru_cache: calls are answered from a cache of
earlier results, keyed by the arguments."""


for _c in (partial, _lru_cache_wrapper):
    for _n in ('__firstlineno__', '__static_attributes__'):
        if _n in _c.__dict__:
            delattr(_c, _n)
del _partial_base, _lru_cache_base, _GenericAlias, _c, _n
"#;

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "reduce", reduce, "reduce(function, iterable[, initial], /) -> value\n\nCombine the items of iterable from left to right with the two-argument function.\n\nreduce(f, [a, b, c]) is f(f(a, b), c). With initial, it comes first and is\nthe answer for an empty iterable; without it an empty iterable is a TypeError."),
    native_fn!(MODULE, "cmp_to_key", cmp_to_key, "cmp_to_key($module, /, mycmp)\n--\n\nTurn an old-style comparison function into a key function."),
];

/// Creates the `_functools` module.
pub fn create() -> PyResult<PyObj> {
    let m = ModuleBuilder::new(MODULE, "Native helpers of the functools module.")?.functions(FUNCTIONS)?;
    let ns = pyk_sdk::types::new_dict()?;
    ns.setitem(&PyObj::from("__name__"), &PyObj::from("functools"))?;
    ns.setitem(&PyObj::from("__builtins__"), &*import("builtins")?)?;
    ns.setitem(&PyObj::from("_partial_base"), PARTIAL.get()?)?;
    ns.setitem(&PyObj::from("_lru_cache_base"), LRU.get()?)?;
    ns.setitem(&PyObj::from("_GenericAlias"), &*import("types")?.getattr("GenericAlias")?)?;
    builtin("exec")?.call(&[&PyObj::from(SHELL_SRC), &ns])?;
    KEY_WRAPPER.get()?;
    HASHED_KEY.get()?;
    LINK.get()?;
    let m = m.object("partial", &*ns.getitem(&PyObj::from("partial"))?)?;
    let m = m.object("_lru_cache_wrapper", &*ns.getitem(&PyObj::from("_lru_cache_wrapper"))?)?;
    m.finish()
}
