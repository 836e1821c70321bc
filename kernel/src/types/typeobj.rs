//! Type objects: slots (fast paths filled for builtin types, later from
//! Python-level dunders), method tables and the type's dict.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU32, Ordering};

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;
use pyk_abi::Value;

use crate::error::PyResult;
use crate::object::{immortal_header, Obj};

pub type UnaryFn = fn(&Obj) -> PyResult;
pub type BinaryFn = fn(&Obj, &Obj) -> PyResult;
pub type HashFn = fn(&Obj) -> PyResult<i64>;
pub type RichCmpFn = fn(&Obj, &Obj, CompareOp) -> PyResult;
/// `(callable, positional-and-keyword args, kwnames)`.
pub type CallFn = fn(&Obj, &[Obj], Option<&Obj>) -> PyResult;
pub type IterNextFn = fn(&Obj) -> PyResult<Option<Obj>>;
pub type GetAttrFn = fn(&Obj, &Obj) -> PyResult;
pub type SetAttrFn = fn(&Obj, &Obj, Option<&Obj>) -> PyResult<()>;
pub type LenFn = fn(&Obj) -> PyResult<usize>;
pub type SetItemFn = fn(&Obj, &Obj, Option<&Obj>) -> PyResult<()>;
pub type BoolFn = fn(&Obj) -> PyResult<bool>;
pub type NewFn = fn(&'static TypeObject, &[Obj], Option<&Obj>) -> PyResult;
pub type MethodFn = fn(&Obj, &[Obj], Option<&Obj>) -> PyResult;
pub type GetterFn = fn(&Obj) -> PyResult;
pub type ContainsFn = fn(&Obj, &Obj) -> PyResult<bool>;
/// Calls the visitor with every object reference the container holds (for
/// the cycle collector).
pub type TraverseFn = fn(&Obj, &mut dyn FnMut(&Obj));
/// Drops the references the container holds (to break a cycle).
pub type ClearFn = fn(&Obj);

/// A method of a builtin type.
pub struct MethodDef {
    pub name: &'static str,
    pub func: MethodFn,
    pub doc: &'static str,
}

/// A computed attribute of a builtin type.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: GetterFn,
}

/// Number protocol slots. Binary slots receive both operands in source
/// order and return NotImplemented for combinations they do not handle.
#[derive(Copy, Clone)]
pub struct NumberSlots {
    pub add: Option<BinaryFn>,
    pub sub: Option<BinaryFn>,
    pub mul: Option<BinaryFn>,
    pub truediv: Option<BinaryFn>,
    pub floordiv: Option<BinaryFn>,
    pub rem: Option<BinaryFn>,
    pub pow: Option<BinaryFn>,
    pub lshift: Option<BinaryFn>,
    pub rshift: Option<BinaryFn>,
    pub and: Option<BinaryFn>,
    pub or: Option<BinaryFn>,
    pub xor: Option<BinaryFn>,
    pub matmul: Option<BinaryFn>,
    pub inplace_add: Option<BinaryFn>,
    pub inplace_mul: Option<BinaryFn>,
    pub neg: Option<UnaryFn>,
    pub pos: Option<UnaryFn>,
    pub invert: Option<UnaryFn>,
    pub index: Option<UnaryFn>,
    pub float: Option<UnaryFn>,
    pub int: Option<UnaryFn>,
    pub bool: Option<BoolFn>,
}

impl NumberSlots {
    pub const EMPTY: NumberSlots = NumberSlots {
        add: None, sub: None, mul: None, truediv: None, floordiv: None, rem: None, pow: None,
        lshift: None, rshift: None, and: None, or: None, xor: None, matmul: None,
        inplace_add: None, inplace_mul: None,
        neg: None, pos: None, invert: None, index: None, float: None, int: None, bool: None,
    };
}

pub mod tpflags {
    /// The type can be subclassed.
    pub const BASETYPE: u32 = 1;
    /// The type is an exception class (BaseException or a subclass).
    pub const EXCEPTION: u32 = 2;
    /// Created by a class statement (heap type).
    pub const HEAPTYPE: u32 = 4;
    /// Instances have no `__dict__` (`__slots__` without it).
    pub const NO_DICT: u32 = 8;
    /// A heap type whose MRO has a Python `__getattribute__`, which sees
    /// every attribute read (kept up to date by the class slot fix-up).
    pub const PY_GETATTRIBUTE: u32 = 16;
}

#[repr(C)]
pub struct TypeObject {
    pub header: ObjHeader,
    /// Type names live for the process (heap types leak theirs; types are not freed).
    pub name: &'static str,
    pub module: &'static str,
    pub doc: &'static str,
    pub base: *const TypeObject,
    pub flags: u32,
    pub dealloc: unsafe fn(*mut ObjHeader),
    pub new: Option<NewFn>,
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    pub hash: Option<HashFn>,
    pub richcompare: Option<RichCmpFn>,
    pub call: Option<CallFn>,
    pub iter: Option<UnaryFn>,
    pub next: Option<IterNextFn>,
    pub getattr: Option<GetAttrFn>,
    pub setattr: Option<SetAttrFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<BinaryFn>,
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ClearFn>,
    pub number: NumberSlots,
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    /// The type's attribute dict (a dict object); NULL until the type is ready.
    pub dict: UnsafeCell<Value>,
    /// Method resolution order, self first.
    pub mro: UnsafeCell<&'static [*const TypeObject]>,
    /// Heap types: the bases the class statement named (empty for builtin
    /// types, whose only base is `base`).
    pub bases: UnsafeCell<&'static [*const TypeObject]>,
    /// The name given by assigning `__name__` (null: `name`).
    pub renamed: std::sync::atomic::AtomicPtr<&'static str>,
    /// Bumped whenever the type's dict changes (cache invalidation).
    pub version: AtomicU32,
    /// Heap types: the builtin type whose instance layout they extend
    /// (null for builtin types).
    pub solid: *const TypeObject,
    /// Builtin types that Python classes may extend: how.
    pub subclass: Option<SubclassInfo>,
    /// Types defined by native modules: their spec (null otherwise).
    pub native: *const pyk_abi::api::NativeTypeSpec,
}

/// How instances of a Python subclass of a builtin type are made: the
/// builtin's own struct followed by an instance dict (`WithDict<S>`).
#[derive(Copy, Clone)]
pub struct SubclassInfo {
    /// Moves a new exact instance into an instance of the heap type.
    pub rewrap: fn(Obj, &'static TypeObject) -> PyResult,
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// Byte offset of the instance dict (`ObjLockCell`) in `WithDict<S>`.
    pub dict_offset: usize,
    /// Byte offset of the `__slots__` values' cell in `WithDict<S>`.
    pub slots_offset: usize,
    /// Immutable types build the value in `__new__` (pass the constructor's
    /// arguments there); mutable ones start empty and fill in `__init__`.
    pub args_to_new: bool,
}

// SAFETY: the UnsafeCell fields (dict, mro) are written only while the type
// is being readied (before other threads can see it) or, for heap types,
// under the type's owner; readers see them through the happens-before of
// publication. Raw pointers point to immortal type objects.
unsafe impl Sync for TypeObject {}
// SAFETY: as above; a TypeObject has no thread affinity.
unsafe impl Send for TypeObject {}

unsafe fn no_dealloc(_: *mut ObjHeader) {}

/// Bumped whenever any type's dict changes; cached lookups carry the epoch
/// they were made in.
pub static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
const LOOKUP_CACHE_SIZE: usize = 1024;

type CacheEntry = (usize, usize, u64, Option<Obj>);

thread_local! {
    /// Per-thread cache of MRO lookups: (type, name, epoch, result). A
    /// const-initialised array in an UnsafeCell: a hit is a few loads.
    static LOOKUP_CACHE: std::cell::UnsafeCell<[CacheEntry; LOOKUP_CACHE_SIZE]> =
        const { std::cell::UnsafeCell::new([const { (0, 0, u64::MAX, None) }; LOOKUP_CACHE_SIZE]) };
}

/// Drops this thread's cached lookups of `name` on `t` and on the classes
/// derived from it: the cache holds references to the values found, which
/// must not keep a deleted or replaced class attribute alive (a WeakMethod
/// to it dies with the class attribute, as in CPython). Other threads'
/// entries are stale by the type epoch and go when they are evicted. (A
/// scan of the fixed-size cache: cheaper than walking every subclass.)
pub fn forget_lookups(t: &'static TypeObject, name: &Obj) {
    let Some(n) = crate::types::str::as_str(name) else { return };
    let nk = crate::types::str::intern(n).value().0;
    let old: Vec<CacheEntry> = LOOKUP_CACHE
        .try_with(|c| {
            // SAFETY: this thread's cache; no reference into it is held
            // across code that could run Python (entries are moved out and
            // dropped after the borrow).
            let c = unsafe { &mut *c.get() };
            let mut old = vec![];
            for e in c.iter_mut() {
                if e.1 == nk && e.3.is_some() {
                    // SAFETY: cache keys are addresses of live (immortal) type objects.
                    let ty = unsafe { &*(e.0 as *const TypeObject) };
                    if ty.is_subtype(t) {
                        old.push(std::mem::replace(e, (0, 0, u64::MAX, None)));
                    }
                }
            }
            old
        })
        .unwrap_or_default();
    drop(old);
}

/// Empties this thread's lookup cache while the thread can still run
/// Python code (dropping cached objects may run `__del__`); called before
/// a thread that ran Python code ends.
pub fn clear_lookup_cache() {
    let old: Vec<CacheEntry> = LOOKUP_CACHE
        .try_with(|c| {
            // SAFETY: the cache is only touched by this thread, and no
            // reference into it is held across calls that run Python code;
            // the entries are moved out here and dropped after.
            let c = unsafe { &mut *c.get() };
            c.iter_mut().map(|e| std::mem::replace(e, (0, 0, u64::MAX, None))).collect()
        })
        .unwrap_or_default();
    drop(old);
}

impl TypeObject {
    /// A static builtin type with no slots; fill slots with struct update syntax.
    pub const fn builtin(name: &'static str, base: *const TypeObject, dealloc: unsafe fn(*mut ObjHeader)) -> TypeObject {
        TypeObject {
            header: immortal_header(&TYPE_TYPE),
            name,
            module: "builtins",
            doc: "",
            base,
            flags: 0,
            dealloc,
            new: None,
            repr: None,
            str: None,
            hash: None,
            richcompare: None,
            call: None,
            iter: None,
            next: None,
            getattr: None,
            setattr: None,
            len: None,
            getitem: None,
            setitem: None,
            contains: None,
            traverse: None,
            clear: None,
            number: NumberSlots::EMPTY,
            methods: &[],
            getsets: &[],
            dict: UnsafeCell::new(Value::NULL),
            mro: UnsafeCell::new(&[]),
            bases: UnsafeCell::new(&[]),
            renamed: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
            version: AtomicU32::new(1),
            solid: std::ptr::null(),
            subclass: None,
            native: std::ptr::null(),
        }
    }

    pub fn name(&self) -> &'static str {
        let p = self.renamed.load(Ordering::Acquire);
        if p.is_null() {
            self.name
        } else {
            // SAFETY: set only by `rename` to a leaked, never-freed &'static str.
            unsafe { *p }
        }
    }

    /// CPython's `tp_name`: a static type outside `builtins` is named with
    /// its module (`_thread.lock`), a class by its bare name.
    pub fn tp_name(&self) -> String {
        // (A struct sequence is a heap type named as CPython's static types.)
        if (self.flags & tpflags::HEAPTYPE != 0 && !crate::structseq::is_structseq(self)) || self.module.is_empty() || self.module == "builtins" {
            self.name().to_string()
        } else {
            format!("{}.{}", self.module, self.name())
        }
    }

    /// `C.__name__ = new` for a class (the old name leaks, as type names do).
    pub fn rename(&self, new: &str) {
        let p: *mut &'static str = Box::into_raw(Box::new(&*Box::leak(new.to_owned().into_boxed_str())));
        self.renamed.store(p, Ordering::Release);
    }

    /// The type's attribute dict.
    pub fn dict(&self) -> &Obj {
        // SAFETY: dict is set once when the type is readied, before use, and
        // Obj is a transparent Value.
        unsafe { &*(self.dict.get() as *const Obj) }
    }

    pub fn mro(&self) -> &[*const TypeObject] {
        // SAFETY: mro is written once when the type is readied.
        unsafe { *self.mro.get() }
    }

    pub fn as_obj(&'static self) -> Obj {
        Obj::from_borrowed(Value::from_ptr(self as *const TypeObject))
    }

    /// True when this type's own type (metaclass) is `m` or a subclass of it.
    pub fn type_obj_is(&self, m: &TypeObject) -> bool {
        // SAFETY: a type's header points to its (live) metaclass.
        let meta = unsafe { &*(self.header.ob_type as *const TypeObject) };
        meta.is_subtype(m)
    }

    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let mro = self.mro();
        if mro.is_empty() {
            // No MRO yet (a metaclass's `mro()` is computing it): the base chain.
            let mut b = self.base;
            while !b.is_null() {
                if std::ptr::eq(b, other) {
                    return true;
                }
                // SAFETY: base pointers point to live (static or immortal heap) types.
                b = unsafe { &*b }.base;
            }
            return false;
        }
        mro.iter().any(|t| std::ptr::eq(*t, other))
    }

    /// Looks `name` up along the MRO. Results for interned names are cached
    /// per thread, keyed by type, name and the global type epoch.
    pub fn lookup(&self, name: &Obj) -> Option<Obj> {
        let cacheable = name.refcnt() >= pyk_abi::value::IMMORTAL_REFCNT;
        if !cacheable {
            return self.lookup_uncached(name);
        }
        let (tk, nk) = (self as *const TypeObject as usize, name.value().0);
        let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
        let idx = ((tk >> 4) ^ (nk >> 3).wrapping_mul(0x9E37_79B9)) & (LOOKUP_CACHE_SIZE - 1);
        // try_with/try_borrow: a lookup may come from a `__del__` run while
        // the cache itself is being updated or torn down (thread exit).
        let hit = LOOKUP_CACHE
            .try_with(|c| {
                // SAFETY: this thread's cache; the shared borrow ends before
                // anything that could run Python code (cloning only increfs).
                let e = unsafe { &(*c.get())[idx] };
                (e.0 == tk && e.1 == nk && e.2 == epoch).then(|| e.3.clone())
            })
            .ok()
            .flatten();
        if let Some(r) = hit {
            return r;
        }
        let r = self.lookup_uncached(name);
        // The evicted entry is dropped outside the borrow: dropping it may run Python code.
        let evicted = LOOKUP_CACHE
            .try_with(|c| {
                // SAFETY: as above; the exclusive borrow lasts for the swap only.
                let e = unsafe { &mut (*c.get())[idx] };
                std::mem::replace(e, (tk, nk, epoch, r.clone()))
            })
            .ok();
        drop(evicted);
        r
    }

    fn lookup_uncached(&self, name: &Obj) -> Option<Obj> {
        for t in self.mro() {
            // SAFETY: MRO entries are live type objects.
            let t = unsafe { &**t };
            // (A key of another type with the name's hash is compared with
            // it, running its `__eq__`; an error there counts as not found,
            // as CPython's _PyType_Lookup clears it.)
            if let Ok(Some(v)) = crate::types::dict::get_str_eq(t.dict(), name) {
                return Some(v);
            }
        }
        None
    }

    /// Records a change of this type's dict (invalidates lookup caches).
    pub fn touch(&self) {
        self.version.fetch_add(1, Ordering::Relaxed);
        TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
    }
}

fn type_repr(o: &Obj) -> PyResult {
    // SAFETY: slot of TYPE_TYPE, so o is a TypeObject.
    let t = unsafe { o.cast::<TypeObject>() };
    let (module, qualname) = if t.flags & tpflags::HEAPTYPE != 0 {
        // A class: its `__module__` and `__qualname__` as they are now.
        let get = |n: &'static str| crate::types::dict::get_str(t.dict(), &crate::types::str::istr(n)).and_then(|v| crate::types::str::as_str(&v).map(str::to_owned));
        let qual = crate::types::class::heap_qualname(t).and_then(|q| crate::types::str::as_str(&q).map(str::to_owned));
        (get("__module__"), qual.unwrap_or_else(|| t.name.to_owned()))
    } else {
        (Some(t.module.to_owned()), t.name.to_owned())
    };
    let s = match module.as_deref() {
        Some("builtins") => format!("<class '{qualname}'>"),
        Some(m) => format!("<class '{m}.{qualname}'>"),
        None => format!("<class '{qualname}'>"),
    };
    Ok(crate::types::str::new_str(&s))
}

fn type_call(o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    // SAFETY: slot of TYPE_TYPE.
    let t: &'static TypeObject = unsafe { &*(o.value().as_ptr() as *const TypeObject) };
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() == 1 && kwnames.is_none() {
        return Ok(args[0].type_obj().as_obj());
    }
    if std::ptr::eq(t, &TYPE_TYPE) {
        return crate::types::class::type_call_new(args, kwnames);
    }
    match t.new {
        Some(f) => f(t, args, kwnames),
        None => Err(crate::error::type_error(format!("cannot create '{}' instances", t.name))),
    }
}

/// `type.__flags__` in CPython's bit layout (Py_TPFLAGS_*), which copyreg,
/// inspect and the test suite read: heap/base/ready/GC bits and the fast
/// subclass bits.
fn cpython_flags(t: &'static TypeObject) -> i64 {
    use crate::types as ty;
    let mut f: i64 = 1 << 12; // READY
    if t.flags & tpflags::HEAPTYPE != 0 {
        f |= 1 << 9;
        f |= crate::types::class::layout_flags(t);
    } else {
        f |= 1 << 8; // IMMUTABLETYPE
        if t.native.is_null() {
            f |= 1 << 1; // STATIC_BUILTIN
        }
    }
    // MATCH_SELF: the builtins a class pattern matches as a whole (`int(x)`).
    let match_self: [&'static TypeObject; 11] = [
        &ty::int::INT_TYPE, &ty::float::FLOAT_TYPE, &ty::str::STR_TYPE, &ty::bytes::BYTES_TYPE, &ty::bytearray::BYTEARRAY_TYPE,
        &ty::list::LIST_TYPE, &ty::tuple::TUPLE_TYPE, &ty::dict::DICT_TYPE, &ty::set::SET_TYPE, &ty::set::FROZENSET_TYPE, &ty::singletons::BOOL_TYPE,
    ];
    if match_self.iter().any(|m| t.is_subtype(m)) {
        f |= 1 << 22;
    }
    if t.flags & tpflags::BASETYPE != 0 {
        f |= 1 << 10;
    }
    if t.traverse.is_some() {
        f |= 1 << 14; // HAVE_GC
    }
    let subclass_bits: [(&'static TypeObject, u32); 8] = [
        (&ty::int::INT_TYPE, 24),
        (&ty::list::LIST_TYPE, 25),
        (&ty::tuple::TUPLE_TYPE, 26),
        (&ty::bytes::BYTES_TYPE, 27),
        (&ty::str::STR_TYPE, 28),
        (&ty::dict::DICT_TYPE, 29),
        (&ty::exceptions::BASE_EXCEPTION, 30),
        (&TYPE_TYPE, 31),
    ];
    for (base, bit) in subclass_bits {
        if t.is_subtype(base) {
            f |= 1 << bit;
        }
    }
    // Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, as pattern matching sees them.
    f | crate::eval::collection_kind(t).unwrap_or(0)
}

fn type_getattr(o: &Obj, name: &Obj) -> PyResult {
    // SAFETY: slot of TYPE_TYPE.
    let t: &'static TypeObject = unsafe { &*(o.value().as_ptr() as *const TypeObject) };
    let n = crate::types::str::as_str(name).unwrap_or("");
    match n {
        // a class's name is the same object on each read, as CPython's
        // ht_name (inspect compares attributes by identity)
        "__name__" if t.flags & tpflags::HEAPTYPE != 0 => return Ok(crate::types::str::intern(t.name())),
        "__name__" => return Ok(crate::types::str::new_str(t.name())),
        "__qualname__" => {
            if let Some(q) = crate::types::class::heap_qualname(t) {
                return Ok(q);
            }
            return Ok(crate::types::str::new_str(t.name));
        }
        // A copy: writes must go through setattr so that lookup caches see them.
        // A read-only live view: writes go through setattr (lookup caches).
        "__dict__" => return Ok(crate::types::mappingproxy::new_proxy(t.dict().clone())),
        "__bases__" => {
            // SAFETY: written once before the type was published.
            let bases = unsafe { *t.bases.get() };
            if !bases.is_empty() {
                // SAFETY: bases are live type objects.
                return Ok(crate::types::tuple::new_tuple(bases.iter().map(|b| unsafe { &**b }.as_obj()).collect()));
            }
            return Ok(crate::types::tuple::new_tuple(if t.base.is_null() { vec![] } else {
                // SAFETY: base points to a live type object.
                vec![unsafe { &*t.base }.as_obj()]
            }));
        }
        "__module__" => {
            if t.flags & tpflags::HEAPTYPE != 0 {
                if let Some(m) = crate::types::dict::get_str(t.dict(), name) {
                    return Ok(m);
                }
            }
            return Ok(crate::types::str::new_str(t.module));
        }
        "__doc__" if !t.doc.is_empty() => return Ok(crate::types::str::new_str(t.doc)),
        // Read from the class's own dict only, never a base's.
        "__abstractmethods__" => return t_abstractmethods(o),
        "__flags__" => return Ok(crate::types::int::from_i64(cpython_flags(t))),
        // The class's own type parameters (PEP 695), never a base's; `()` when it has none.
        "__type_params__" => {
            if t.flags & tpflags::HEAPTYPE != 0 {
                if let Some(v) = crate::types::dict::get_str(t.dict(), name) {
                    return Ok(v);
                }
            }
            return Ok(crate::types::tuple::new_tuple(vec![]));
        }
        // A class's own annotations only (never a base's); a class without
        // any gets an empty dict on first access, as in CPython 3.13.
        "__annotations__" if t.flags & tpflags::HEAPTYPE != 0 => {
            if let Some(v) = crate::types::dict::get_str(t.dict(), name) {
                return crate::types::class::bind(&v, None, t, name);
            }
            let d = crate::types::dict::new_dict();
            crate::types::class::type_setattr(o, name, Some(&d))?;
            return Ok(d);
        }
        // a builtin type has none (type's own `__annotations__` getset
        // included, which `type.__annotations__` would otherwise find)
        "__annotations__" => {
            let e = crate::error::attribute_error(format!("type object '{}' has no attribute '__annotations__'", t.name()));
            crate::abstract_::set_attribute_error_info(&e, o, name);
            return Err(e);
        }
        // (None while a metaclass's `mro()` computes it, as in CPython.)
        "__mro__" if t.mro().is_empty() => return Ok(crate::types::none()),
        "__mro__" => {
            let items: Vec<Obj> = t.mro().iter().map(|p| {
                // SAFETY: MRO entries are live type objects.
                unsafe { &**p }.as_obj()
            }).collect();
            return Ok(crate::types::tuple::new_tuple(items));
        }
        "__base__" => {
            return Ok(if t.base.is_null() { crate::types::none() } else {
                // SAFETY: base points to a live type object.
                unsafe { &*t.base }.as_obj()
            });
        }
        _ => {}
    }
    // A data descriptor of a Python metaclass comes before the class's own attributes.
    let meta = o.type_obj();
    if meta.flags & tpflags::HEAPTYPE != 0 {
        // (defined by the metaclass's Python classes, not type's own getsets)
        let found = meta.mro().iter().find_map(|&c| {
            // SAFETY: MRO entries are live type objects.
            let c: &'static TypeObject = unsafe { &*c };
            if c.flags & tpflags::HEAPTYPE == 0 {
                return None;
            }
            crate::types::dict::get_str(c.dict(), name)
        });
        // (one with `__get__`: a `__set__`-only descriptor lets the class's own attribute win)
        let has_get = |v: &Obj| v.type_obj().flags & tpflags::HEAPTYPE == 0 || v.type_obj().lookup(&crate::types::str::istr("__get__")).is_some();
        if let Some(v) = found.filter(|v| crate::types::class::is_data_descriptor(v) && has_get(v)) {
            return crate::types::class::bind(&v, Some(o), meta, name);
        }
    }
    // `object.__class__` is a data descriptor of every metaclass's MRO, so
    // it wins over a `__class__` the class itself defines (unittest.mock's
    // property): `C.__class__` is the metaclass.
    if n == "__class__" {
        return Ok(meta.as_obj());
    }
    if let Some(v) = t.lookup(name) {
        return crate::types::class::bind(&v, None, t, name);
    }
    // Attributes of the metaclass (methods bound to the class: `C.mro()`,
    // `C.__subclasses__()`).
    if let Some(v) = meta.lookup(name) {
        return crate::types::class::bind(&v, Some(o), meta, name);
    }
    // `C.__weakref__`: the descriptor behind `obj.__weakref__` of a Python
    // class whose instances can be weakly referenced.
    if n == "__weakref__" && t.flags & tpflags::HEAPTYPE != 0 && crate::types::weakref::instances_weakrefable(t) {
        return Ok(crate::types::function::new_getset_descr(t, &WEAKREF_GETSET));
    }
    let e = crate::error::attribute_error(format!("type object '{}' has no attribute '{}'", t.name, n));
    crate::abstract_::set_attribute_error_info(&e, o, name);
    Err(e)
}

pub static WEAKREF_GETSET: GetSetDef = GetSetDef { name: "__weakref__", get: instance_weakref };

fn instance_weakref(o: &Obj) -> PyResult {
    Ok(crate::types::weakref::first_ref(o).unwrap_or_else(crate::types::none))
}

/// `C[item]`: `C.__class_getitem__(item)` (implicitly a classmethod).
fn type_getitem(o: &Obj, item: &Obj) -> PyResult {
    // SAFETY: slot of TYPE_TYPE.
    let t: &'static TypeObject = unsafe { &*(o.value().as_ptr() as *const TypeObject) };
    match t.lookup(&crate::types::str::istr("__class_getitem__")) {
        Some(f) => {
            if let Some(b) = f.downcast::<crate::types::function::BuiltinFunction>(&crate::types::function::BUILTIN_FUNCTION_TYPE) {
                if matches!(b.kind, crate::types::function::BuiltinKind::Kernel(_)) && b.slf.value().is_ptr() && !crate::types::is_none(&b.slf) {
                    // Builtin __class_getitem__ bound to the defining type: call with this type.
                    return crate::types::genericalias::class_getitem(o, std::slice::from_ref(item), None);
                }
            }
            let func = f.downcast::<crate::types::class::WrapperObject>(&crate::types::class::CLASSMETHOD_TYPE).map(|w| w.func.clone()).unwrap_or(f);
            crate::abstract_::call(&func, &[o.clone(), item.clone()], None)
        }
        None => Err(crate::error::type_error(format!("type '{}' is not subscriptable", t.name()))),
    }
}

fn type_hash(o: &Obj) -> PyResult<i64> {
    Ok((o.value().0 >> 4) as i64)
}

/// True when `o` is a class: an instance of `type` or of a metaclass.
#[inline]
pub fn is_type(o: &Obj) -> bool {
    o.value().is_ptr() && (o.type_ptr() == &TYPE_TYPE as *const _ || o.type_obj().is_subtype(&TYPE_TYPE))
}

/// `o` as a type object, when it is a class.
#[inline]
pub fn as_type(o: &Obj) -> Option<&'static TypeObject> {
    // SAFETY: classes (instances of type or a metaclass) are TypeObjects, which are immortal.
    is_type(o).then(|| unsafe { &*(o.value().as_ptr() as *const TypeObject) })
}

fn m_type_init(_s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if pos.len() == 1 && !kws.is_empty() {
        return Err(crate::error::type_error("type.__init__() takes no keyword arguments"));
    }
    if pos.len() != 1 && pos.len() != 3 {
        return Err(crate::error::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(crate::types::none())
}

fn m_type_mro(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_type(s).ok_or_else(|| crate::error::type_error("mro() needs a type"))?;
    Ok(crate::types::list::new_list(crate::types::class::c3_of_bases(t)?.iter().map(|p| {
        // SAFETY: MRO entries are live type objects.
        unsafe { &**p }.as_obj()
    }).collect()))
}

fn m_type_instancecheck(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_type(s).ok_or_else(|| crate::error::type_error("__instancecheck__ needs a type"))?;
    let [o] = a else { return Err(crate::error::type_error("__instancecheck__ takes exactly one argument")) };
    Ok(crate::types::bool_obj(o.type_obj().is_subtype(t)))
}

fn m_type_subclasscheck(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_type(s).ok_or_else(|| crate::error::type_error("__subclasscheck__ needs a type"))?;
    let [o] = a else { return Err(crate::error::type_error("__subclasscheck__ takes exactly one argument")) };
    let sub = as_type(o).ok_or_else(|| crate::error::type_error("issubclass() arg 1 must be a class"))?;
    Ok(crate::types::bool_obj(sub.is_subtype(t)))
}

/// Direct subclasses of each type, in creation order (types are immortal,
/// so plain addresses are kept).
static SUBCLASSES: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());

/// Records that `sub` was created with `base` among its direct bases.
pub fn register_subclass(base: &'static TypeObject, sub: &'static TypeObject) {
    let pair = (base as *const TypeObject as usize, sub as *const TypeObject as usize);
    let mut v = SUBCLASSES.lock().unwrap_or_else(|e| e.into_inner());
    if !v.contains(&pair) {
        v.push(pair);
    }
}

/// Records that `sub` no longer has `base` among its direct bases
/// (`sub.__bases__` was reassigned).
pub fn unregister_subclass(base: &'static TypeObject, sub: &'static TypeObject) {
    let pair = (base as *const TypeObject as usize, sub as *const TypeObject as usize);
    SUBCLASSES.lock().unwrap_or_else(|e| e.into_inner()).retain(|p| *p != pair);
}

/// The classes that have `t` among their direct bases, in creation order.
pub fn subclasses_of(t: &TypeObject) -> Vec<&'static TypeObject> {
    let key = t as *const TypeObject as usize;
    let subs: Vec<usize> = SUBCLASSES.lock().unwrap_or_else(|e| e.into_inner()).iter().filter(|(b, _)| *b == key).map(|(_, c)| *c).collect();
    // SAFETY: the addresses are of leaked (immortal) type objects.
    subs.into_iter().map(|p| unsafe { &*(p as *const TypeObject) }).collect()
}

/// `C.__subclasses__()`: the classes created with C as a direct base.
fn m_type_subclasses(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let t = as_type(s).ok_or_else(|| crate::error::type_error("descriptor '__subclasses__' requires a 'type' object"))?;
    Ok(crate::types::list::new_list(subclasses_of(t).into_iter().map(|c| c.as_obj()).collect()))
}

/// `type.__setattr__` / `type.__delattr__`: what a metaclass's own
/// `__setattr__` reaches through `super()`.
fn m_type_setattr(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n, v] = a else { return Err(crate::error::type_error(format!("expected 2 arguments, got {}", a.len()))) };
    (TYPE_TYPE.setattr.expect("type setattr"))(o, n, Some(v))?;
    Ok(crate::types::none())
}
fn m_type_delattr(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n] = a else { return Err(crate::error::type_error(format!("expected 1 argument, got {}", a.len()))) };
    (TYPE_TYPE.setattr.expect("type setattr"))(o, n, None)?;
    Ok(crate::types::none())
}

static TYPE_METHODS: [MethodDef; 7] = [
    MethodDef { name: "__setattr__", func: m_type_setattr, doc: "" },
    MethodDef { name: "__delattr__", func: m_type_delattr, doc: "" },
    MethodDef { name: "__init__", func: m_type_init, doc: "" },
    MethodDef { name: "mro", func: m_type_mro, doc: "" },
    MethodDef { name: "__instancecheck__", func: m_type_instancecheck, doc: "" },
    MethodDef { name: "__subclasscheck__", func: m_type_subclasscheck, doc: "" },
    MethodDef { name: "__subclasses__", func: m_type_subclasses, doc: "" },
];

fn t_mro(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__mro__"))
}
fn t_dict(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__dict__"))
}
fn t_bases(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__bases__"))
}

fn t_name(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__name__"))
}
fn t_qualname(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__qualname__"))
}
fn t_module(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__module__"))
}
fn t_flags(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__flags__"))
}
fn t_base(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__base__"))
}
fn t_type_params(o: &Obj) -> PyResult {
    type_getattr(o, &crate::types::str::istr("__type_params__"))
}

/// `cls.__doc__`: a builtin type's own text, else the class's own
/// `__doc__` entry (bound when it is a descriptor), else None.
fn t_doc(o: &Obj) -> PyResult {
    let t = as_type(o).ok_or_else(|| crate::error::type_error("descriptor '__doc__' for 'type' objects needs a type"))?;
    if t.flags & tpflags::HEAPTYPE == 0 && !t.doc.is_empty() {
        return Ok(crate::types::str::new_str(t.doc));
    }
    let name = crate::types::str::istr("__doc__");
    match crate::types::dict::get_str(t.dict(), &name) {
        Some(v) => crate::types::class::bind(&v, None, t, &name),
        None => Ok(crate::types::none()),
    }
}

/// `cls.__annotations__`: a class's own (created on first access); builtin
/// types have none.
fn t_annotations(o: &Obj) -> PyResult {
    let t = as_type(o).ok_or_else(|| crate::error::type_error("descriptor '__annotations__' for 'type' objects needs a type"))?;
    if t.flags & tpflags::HEAPTYPE != 0 {
        return type_getattr(o, &crate::types::str::istr("__annotations__"));
    }
    Err(crate::error::attribute_error(format!("type object '{}' has no attribute '__annotations__'", t.name())))
}

/// `cls.__abstractmethods__`: only from the class's own dict (`type` has none).
fn t_abstractmethods(o: &Obj) -> PyResult {
    let t = as_type(o).ok_or_else(|| crate::error::type_error("descriptor '__abstractmethods__' for 'type' objects needs a type"))?;
    let name = crate::types::str::istr("__abstractmethods__");
    let own = if std::ptr::eq(t, &TYPE_TYPE) { None } else { crate::types::dict::get_str(t.dict(), &name) };
    own.ok_or_else(|| crate::error::attribute_error("__abstractmethods__"))
}

/// Descriptors in `type.__dict__` for what `type_getattr` computes, so that
/// `type.__dict__['__mro__'].__get__(cls)` works (inspect uses it); their
/// `__set__`/`__delete__` go through `type.__setattr__`'s checks.
/// (`__flags__` and `__base__` are member descriptors, as in CPython.)
static TYPE_GETSETS: [GetSetDef; 12] = [
    GetSetDef { name: "__flags__", get: t_flags },
    GetSetDef { name: "__base__", get: t_base },
    GetSetDef { name: "__name__", get: t_name },
    GetSetDef { name: "__qualname__", get: t_qualname },
    GetSetDef { name: "__bases__", get: t_bases },
    GetSetDef { name: "__mro__", get: t_mro },
    GetSetDef { name: "__module__", get: t_module },
    GetSetDef { name: "__abstractmethods__", get: t_abstractmethods },
    GetSetDef { name: "__dict__", get: t_dict },
    GetSetDef { name: "__doc__", get: t_doc },
    GetSetDef { name: "__annotations__", get: t_annotations },
    GetSetDef { name: "__type_params__", get: t_type_params },
];

pub static TYPE_TYPE: TypeObject = TypeObject {
    methods: &TYPE_METHODS,
    getsets: &TYPE_GETSETS,
    flags: tpflags::BASETYPE,
    repr: Some(type_repr),
    call: Some(type_call),
    getitem: Some(type_getitem),
    number: NumberSlots { or: Some(crate::types::genericalias::union_or), ..NumberSlots::EMPTY },
    getattr: Some(type_getattr),
    setattr: Some(crate::types::class::type_setattr),
    hash: Some(type_hash),
    doc: "type(object)\ntype(name, bases, dict, **kwds)\n\nWith one argument, the class of object; with three, a new class\nnamed name, derived from bases, with the attributes in dict.",
    ..TypeObject::builtin("type", &crate::types::object::OBJECT_TYPE, no_dealloc)
};

/// Readies a type: builds its MRO (single inheritance for builtins) and its
/// dict with method descriptors.
pub fn ready(t: &'static TypeObject) {
    if !t.base.is_null() {
        // SAFETY: a builtin type's base is a static type.
        register_subclass(unsafe { &*t.base }, t);
    }
    let mut mro = vec![t as *const TypeObject];
    let mut b = t.base;
    while !b.is_null() {
        mro.push(b);
        // SAFETY: base chains of builtin types point to statics.
        b = unsafe { (*b).base };
    }
    // SAFETY: called once during interpreter start-up, single-threaded,
    // before the type is used.
    unsafe { *t.mro.get() = Box::leak(mro.into_boxed_slice()) };
    let d = crate::types::dict::new_dict();
    for m in t.methods {
        // object's slot-like dunders are slot wrappers, as CPython's
        // (`types.WrapperDescriptorType is type(object.__init__)`).
        let f = if std::ptr::eq(t, &crate::types::object::OBJECT_TYPE) && crate::types::slotwrapper::is_slot_name(m.name) {
            crate::types::slotwrapper::method_wrapper_descr(t, m)
        } else {
            crate::types::function::new_method_descr(t, m)
        };
        crate::types::dict::set_item_str(&d, m.name, f);
    }
    for g in t.getsets {
        let f = match crate::types::member::builtin_member(t, g.name) {
            Some(writable) => crate::types::member::new_builtin_member(t, g, writable),
            None => crate::types::function::new_getset_descr(t, g),
        };
        crate::types::dict::set_item_str(&d, g.name, f);
    }
    if !std::ptr::eq(t, &crate::types::slotwrapper::SLOT_WRAPPER_TYPE) {
        crate::types::slotwrapper::add_wrappers(t, &d);
    }
    // Instances find `__doc__` through their type, as in CPython
    // (`None.__doc__`), unless the type has a `__doc__` descriptor.
    if crate::types::dict::get_str(&d, &crate::types::str::istr("__doc__")).is_none() {
        let doc = if t.doc.is_empty() { crate::types::none() } else { crate::types::str::new_str(t.doc) };
        crate::types::dict::set_item_str(&d, "__doc__", doc);
    }
    // SAFETY: as above.
    unsafe { *t.dict.get() = d.into_raw() };
}
