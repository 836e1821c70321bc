//! `_abc`: the machinery under `abc.ABCMeta` — abstract-method computation,
//! registration, and the instance/subclass checks with their positive and
//! negative caches (weak sets, the negative one invalidated by a global
//! counter that every `register` bumps). As in CPython, these are native
//! functions, so `abc.ABCMeta`'s own methods are the Python frames that a
//! `__subclasscheck__` sees as its caller (typing relies on that).

use std::sync::atomic::{AtomicI64, Ordering};

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import};

/// Bumped by every `register`; negative caches older than it are stale.
static INVALIDATION: AtomicI64 = AtomicI64::new(0);

/// The `_abc_impl` of one ABC.
struct AbcData {
    registry: PyObj,
    cache: PyObj,
    negative: PyObj,
    negative_version: AtomicI64,
}

static ABC_DATA: NativeType<AbcData> = NativeType::new();

impl NativeClass for AbcData {
    const NAME: &'static str = "_abc._abc_data";
    const DOC: &'static str = "Internal state held by ABC machinery.";
    fn native_type() -> &'static NativeType<Self> {
        &ABC_DATA
    }
}

fn weak_set() -> PyResult<PyObj> {
    import("_weakrefset")?.getattr("WeakSet")?.call(&[])
}

/// `cls._abc_impl`, checked.
fn impl_of(cls: &PyAny) -> PyResult<(PyObj, &'static NativeType<AbcData>)> {
    let d = cls.getattr("_abc_impl")?;
    if ABC_DATA.data(&d).is_none() {
        return Err(PyErr::type_error("_abc_impl is set to a wrong type"));
    }
    Ok((d, &ABC_DATA))
}

fn contains(set: &PyAny, x: &PyAny) -> PyResult<bool> {
    set.call_method("__contains__", &[x])?.is_true()
}

fn is_abstract(v: &PyAny) -> PyResult<bool> {
    match v.getattr("__isabstractmethod__") {
        Ok(a) => a.is_true(),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `_abc_init(cls)`: `__abstractmethods__` from the class body and the
/// bases' abstract names still abstract here; a fresh `_abc_impl`.
fn abc_init(args: Args) -> PyResult<PyObj> {
    let cls = args.one()?;
    let abstracts = builtin("set")?.call(&[])?;
    let ns = cls.getattr("__dict__")?;
    for item in ns.call_method("items", &[])?.iter_items()? {
        let kv = item.tuple_items()?;
        if is_abstract(&kv[1])? {
            abstracts.call_method("add", &[&kv[0]])?;
        }
    }
    let bases = cls.getattr("__bases__")?;
    if !bases.is_tuple() {
        return Err(PyErr::type_error("__bases__ is not tuple"));
    }
    for base in bases.tuple_items()? {
        let names = match base.getattr("__abstractmethods__") {
            Ok(n) => n,
            Err(e) if e.matches(ExcKind::AttributeError) => continue,
            Err(e) => return Err(e),
        };
        for name in names.iter_items()? {
            let value = match cls.getattr(name.as_str()?) {
                Ok(v) => v,
                Err(e) if e.matches(ExcKind::AttributeError) => continue,
                Err(e) => return Err(e),
            };
            if is_abstract(&value)? {
                abstracts.call_method("add", &[&name])?;
            }
        }
    }
    cls.setattr("__abstractmethods__", &*builtin("frozenset")?.call(&[&abstracts])?)?;
    // `__abc_tpflags__` (kept in the class dict, where the kernel's pattern
    // matching reads it) may not ask to be both a sequence and a mapping.
    const COLLECTION_FLAGS: i64 = (1 << 5) | (1 << 6);
    if let Ok(flags) = ns.call_method("get", &[&*"__abc_tpflags__".into_py()?]) {
        if flags.is_int() && flags.to_i64().is_ok_and(|v| v & COLLECTION_FLAGS == COLLECTION_FLAGS) {
            return Err(PyErr::type_error("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING"));
        }
    }
    let data = AbcData {
        registry: weak_set()?,
        cache: weak_set()?,
        negative: weak_set()?,
        negative_version: AtomicI64::new(INVALIDATION.load(Ordering::Acquire)),
    };
    cls.setattr("_abc_impl", &*ABC_DATA.wrap(data)?)?;
    Ok(PyObj::none())
}

fn is_type(o: &PyAny) -> PyResult<bool> {
    o.isinstance(&*builtin("type")?)
}

fn issubclass(a: &PyAny, b: &PyAny) -> PyResult<bool> {
    builtin("issubclass")?.call(&[a, b])?.is_true()
}

/// `_abc_register(cls, subclass)`.
fn abc_register(args: Args) -> PyResult<PyObj> {
    let [cls, subclass] = args.exact()?;
    if !is_type(subclass)? {
        return Err(PyErr::type_error("Can only register classes"));
    }
    if issubclass(subclass, cls)? {
        return Ok(subclass.to_owned());
    }
    if issubclass(cls, subclass)? {
        return Err(crate::sysutil::builtin_exc("RuntimeError", &[&*PyObj::from("Refusing to create an inheritance cycle")]));
    }
    let (d, t) = impl_of(cls)?;
    let data = t.data(&d).ok_or_else(|| PyErr::type_error("_abc_impl is set to a wrong type"))?;
    data.registry.call_method("add", &[subclass])?;
    INVALIDATION.fetch_add(1, Ordering::AcqRel);
    mark_collection(cls, subclass)?;
    Ok(subclass.to_owned())
}

/// A class registered with an ABC that makes sequences or mappings
/// (`collections.abc.Sequence`, `Mapping` and their subclasses) matches
/// `case [...]` / `case {...}` from then on, and so do its subclasses, as
/// CPython's collection flags that `register` sets on the class and its
/// subclasses: the class gets the ABC's `__abc_tpflags__` bits, which the
/// kernel reads along the MRO. Builtin (immutable) types are left alone.
fn mark_collection(cls: &PyAny, subclass: &PyAny) -> PyResult<()> {
    const SEQUENCE_OR_MAPPING: i64 = (1 << 5) | (1 << 6);
    const IMMUTABLETYPE: i64 = 1 << 8;
    let bits = match cls.getattr("__abc_tpflags__") {
        Ok(v) if v.is_int() => v.to_i64().unwrap_or(0) & SEQUENCE_OR_MAPPING,
        _ => 0,
    };
    if bits == 0 || subclass.getattr("__flags__")?.to_i64().unwrap_or(IMMUTABLETYPE) & IMMUTABLETYPE != 0 {
        return Ok(());
    }
    subclass.setattr("__abc_tpflags__", &*PyObj::from(bits))
}

/// `_abc_instancecheck(cls, instance)`.
fn abc_instancecheck(args: Args) -> PyResult<PyObj> {
    let [cls, instance] = args.exact()?;
    let (d, t) = impl_of(cls)?;
    let data = t.data(&d).ok_or_else(|| PyErr::type_error("_abc_impl is set to a wrong type"))?;
    let subclass = instance.getattr("__class__")?;
    if contains(&data.cache, &subclass)? {
        return Ok(PyObj::from(true));
    }
    let subtype = instance.get_type();
    if subtype.is(&subclass) {
        if data.negative_version.load(Ordering::Acquire) == INVALIDATION.load(Ordering::Acquire) && contains(&data.negative, &subclass)? {
            return Ok(PyObj::from(false));
        }
        return cls.call_method("__subclasscheck__", &[&subclass]);
    }
    let r = cls.call_method("__subclasscheck__", &[&subclass])?;
    if r.is_true()? {
        return Ok(r);
    }
    cls.call_method("__subclasscheck__", &[&subtype])
}

/// `_abc_subclasscheck(cls, subclass)`.
fn abc_subclasscheck(args: Args) -> PyResult<PyObj> {
    let [cls, subclass] = args.exact()?;
    if !is_type(subclass)? {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    let (d, t) = impl_of(cls)?;
    let data = t.data(&d).ok_or_else(|| PyErr::type_error("_abc_impl is set to a wrong type"))?;
    // 1. The positive cache.
    if contains(&data.cache, subclass)? {
        return Ok(PyObj::from(true));
    }
    // 2. The negative cache, emptied when a registration made it stale.
    let now = INVALIDATION.load(Ordering::Acquire);
    if data.negative_version.load(Ordering::Acquire) < now {
        data.negative.call_method("clear", &[])?;
        data.negative_version.store(now, Ordering::Release);
    } else if contains(&data.negative, subclass)? {
        return Ok(PyObj::from(false));
    }
    // 3. The subclass hook.
    let ok = cls.call_method("__subclasshook__", &[subclass])?;
    let not_impl = builtin("NotImplemented")?;
    if !ok.is(&not_impl) {
        if ok.is(&PyObj::from(true)) {
            data.cache.call_method("add", &[subclass])?;
        } else if ok.is(&PyObj::from(false)) {
            data.negative.call_method("add", &[subclass])?;
        } else {
            return Err(crate::sysutil::builtin_exc("AssertionError", &[&*PyObj::from("__subclasshook__ must return either False, True, or NotImplemented")]));
        }
        return Ok(ok);
    }
    let found = |d: &AbcData| -> PyResult<PyObj> {
        d.cache.call_method("add", &[subclass])?;
        Ok(PyObj::from(true))
    };
    // 4. A direct subclass.
    if let Ok(mro) = subclass.getattr("__mro__") {
        if mro.is_tuple() && mro.tuple_items()?.iter().any(|c| c.is(cls)) {
            return found(data);
        }
    }
    // 5. A registered class (over a copy: the checks may register more).
    let registered = builtin("list")?.call(&[&data.registry])?;
    for r in registered.iter_items()? {
        if issubclass(subclass, &r)? {
            return found(data);
        }
    }
    // 6. A subclass of a subclass.
    for s in cls.call_method("__subclasses__", &[])?.iter_items()? {
        if issubclass(subclass, &s)? {
            return found(data);
        }
    }
    data.negative.call_method("add", &[subclass])?;
    Ok(PyObj::from(false))
}

fn get_cache_token(args: Args) -> PyResult<PyObj> {
    args.none()?;
    Ok(PyObj::from(INVALIDATION.load(Ordering::Acquire)))
}

fn with_data(args: &Args, f: impl FnOnce(&AbcData) -> PyResult<PyObj>) -> PyResult<PyObj> {
    let cls = args.one()?;
    let (d, t) = impl_of(cls)?;
    f(t.data(&d).ok_or_else(|| PyErr::type_error("_abc_impl is set to a wrong type"))?)
}

fn reset_registry(args: Args) -> PyResult<PyObj> {
    with_data(&args, |d| {
        d.registry.call_method("clear", &[])?;
        Ok(PyObj::none())
    })
}

fn reset_caches(args: Args) -> PyResult<PyObj> {
    with_data(&args, |d| {
        d.cache.call_method("clear", &[])?;
        d.negative.call_method("clear", &[])?;
        Ok(PyObj::none())
    })
}

/// `_get_dump(cls)`: (registry, cache, negative cache) as sets of weak
/// references, and the negative cache's version.
fn get_dump(args: Args) -> PyResult<PyObj> {
    with_data(&args, |d| {
        let set = builtin("set")?;
        let r = set.call(&[&*d.registry.getattr("data")?])?;
        let c = set.call(&[&*d.cache.getattr("data")?])?;
        let n = set.call(&[&*d.negative.getattr("data")?])?;
        tuple_of(&[&r, &c, &n, &PyObj::from(d.negative_version.load(Ordering::Acquire))])
    })
}

static FUNCS: &[NativeFnDef] = &[
    native_fn!("_abc", "get_cache_token", get_cache_token, "Give the token that changes whenever any ABC registry changes."),
    native_fn!("_abc", "_abc_init", abc_init, "Private to abc: prepare a new ABC's data."),
    native_fn!("_abc", "_abc_register", abc_register, "Private to abc: record a virtual subclass."),
    native_fn!("_abc", "_abc_instancecheck", abc_instancecheck, "Private to abc: isinstance() for ABCs."),
    native_fn!("_abc", "_abc_subclasscheck", abc_subclasscheck, "Private to abc: issubclass() for ABCs."),
    native_fn!("_abc", "_get_dump", get_dump, "Private to abc: dump an ABC's registry and caches for debugging."),
    native_fn!("_abc", "_reset_registry", reset_registry, "Private to abc: forget an ABC's registered subclasses."),
    native_fn!("_abc", "_reset_caches", reset_caches, "Private to abc: empty an ABC's positive and negative caches."),
];

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new("_abc", "Native support for abc.ABCMeta")?.functions(FUNCS)?.class::<AbcData>()?.finish()
}
