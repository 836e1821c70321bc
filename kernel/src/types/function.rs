//! Callables: Python functions, builtin functions, native (ABI) functions,
//! method and getset descriptors, bound methods; and cells.

use std::cell::UnsafeCell;

use pyk_abi::api::NativeFnDef;
use pyk_abi::value::ObjHeader;
use pyk_abi::Value;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj, ObjLock};
use crate::types::str::{new_str, new_string};
use crate::types::typeobj::{GetSetDef, MethodDef, MethodFn, TypeObject};

/// A function defined in Python.
///
/// `closure` is written only by SET_FUNCTION_ATTRIBUTE right after
/// MAKE_FUNCTION, while the new function is reachable from one frame's stack
/// alone; afterwards it is read-only. `defaults`, `kwdefaults` and
/// `annotations` can be replaced later (`f.__defaults__ = ...`): they are
/// [`SwapCell`]s.
#[repr(C)]
pub struct FunctionObject {
    pub header: ObjHeader,
    /// Replaceable (`f.__code__ = ...`, as `types.coroutine` does).
    pub code: SwapCell,
    pub globals: Obj,
    pub builtins: Obj,
    pub name: Obj,
    pub qualname: Obj,
    pub module: Obj,
    pub defaults: SwapCell,
    pub kwdefaults: SwapCell,
    pub closure: UnsafeCell<Option<Obj>>,
    pub annotations: SwapCell,
    pub dict: ObjLockCell,
    /// `__type_params__` (PEP 695); `None` reads as `()`.
    pub type_params: ObjLockCell,
    /// A dict of the `__name__`, `__qualname__`, `__module__` and `__doc__`
    /// assigned after creation (`functools.wraps`); `None` until one is.
    pub renamed: ObjLockCell,
}

impl FunctionObject {
    pub fn code(&self) -> &crate::types::code::CodeObject {
        // SAFETY: `code` always holds a code object (set by new_function and
        // by `__code__` assignment, which checks the type).
        unsafe { self.code_obj().cast() }
    }
    /// The code object.
    pub fn code_obj(&self) -> &Obj {
        self.code.get().expect("a function always has code")
    }
    pub fn defaults(&self) -> Option<&Obj> {
        self.defaults.get()
    }
    pub fn kwdefaults(&self) -> Option<&Obj> {
        self.kwdefaults.get()
    }
    pub fn closure(&self) -> Option<&Obj> {
        // SAFETY: see the struct docs: read-only after creation.
        unsafe { (*self.closure.get()).as_ref() }
    }
}

/// An optional object read without locking on every call and replaced
/// rarely. A replaced value is retired, not freed, until the cell dies, so a
/// reference handed out by [`SwapCell::get`] stays valid for the owner's life
/// even when another thread replaces the value meanwhile.
pub struct SwapCell {
    cur: std::sync::atomic::AtomicPtr<Obj>,
    retired: std::sync::Mutex<Vec<Box<Obj>>>,
}

impl SwapCell {
    pub fn new(v: Option<Obj>) -> Self {
        let p = v.map_or(std::ptr::null_mut(), |o| Box::into_raw(Box::new(o)));
        SwapCell { cur: std::sync::atomic::AtomicPtr::new(p), retired: std::sync::Mutex::new(Vec::new()) }
    }
    pub fn get(&self) -> Option<&Obj> {
        let p = self.cur.load(std::sync::atomic::Ordering::Acquire);
        // SAFETY: a non-null pointer is a Box<Obj> made by new/set, freed only
        // by drop (or retired into `retired`, also freed by drop), so it
        // lives as long as &self.
        unsafe { p.as_ref() }
    }
    pub fn set(&self, v: Option<Obj>) {
        let p = v.map_or(std::ptr::null_mut(), |o| Box::into_raw(Box::new(o)));
        let old = self.cur.swap(p, std::sync::atomic::Ordering::AcqRel);
        if !old.is_null() {
            // SAFETY: `old` came from Box::into_raw in new/set and was just
            // unlinked; it is kept (not freed) until the cell dies.
            let b = unsafe { Box::from_raw(old) };
            self.retired.lock().unwrap_or_else(|e| e.into_inner()).push(b);
        }
    }
}

impl Drop for SwapCell {
    fn drop(&mut self) {
        let p = *self.cur.get_mut();
        if !p.is_null() {
            // SAFETY: the current Box, owned by the cell, freed once here.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

/// An optional object slot guarded by an [`ObjLock`].
pub struct ObjLockCell {
    lock: ObjLock,
    v: UnsafeCell<Option<Obj>>,
}

impl ObjLockCell {
    pub fn new(v: Option<Obj>) -> Self {
        ObjLockCell { lock: ObjLock::new(), v: UnsafeCell::new(v) }
    }
    pub fn get(&self) -> Option<Obj> {
        // SAFETY: the lock/GIL gives exclusive access; cloning runs no Python code.
        self.lock.with(|| unsafe { (*self.v.get()).clone() })
    }
    pub fn set(&self, v: Option<Obj>) -> Option<Obj> {
        // SAFETY: as above; the old value is dropped after the lock is released.
        self.lock.with(|| unsafe { std::mem::replace(&mut *self.v.get(), v) })
    }
    /// Borrows the value without a new reference (for GC traversal); `f`
    /// must run no Python code.
    pub fn with_ref<R>(&self, f: impl FnOnce(Option<&Obj>) -> R) -> R {
        // SAFETY: as above; `f` only reads the reference.
        self.lock.with(|| f(unsafe { (*self.v.get()).as_ref() }))
    }
}

pub fn new_function(code: Obj, globals: Obj, builtins: Obj) -> Obj {
    let c = crate::types::code::as_code(&code).expect("code object");
    let name = c.name.clone();
    let qualname = c.qualname.clone();
    let module = crate::types::dict::get_str(&globals, &crate::types::str::istr("__name__")).unwrap_or_else(crate::types::none);
    alloc(FunctionObject {
        header: crate::object::new_header_tracked(&FUNCTION_TYPE),
        code: SwapCell::new(Some(code)),
        globals,
        builtins,
        name,
        qualname,
        module,
        defaults: SwapCell::new(None),
        kwdefaults: SwapCell::new(None),
        closure: UnsafeCell::new(None),
        annotations: SwapCell::new(None),
        dict: ObjLockCell::new(None),
        type_params: ObjLockCell::new(None),
        renamed: ObjLockCell::new(None),
    })
}

pub fn as_function(o: &Obj) -> Option<&FunctionObject> {
    o.downcast::<FunctionObject>(&FUNCTION_TYPE)
}

fn function_repr(o: &Obj) -> PyResult {
    let q = f_qualname(o)?;
    Ok(new_string(format!(
        "<function {} at {:#x}>",
        crate::types::str::as_str(&q).unwrap_or("?"),
        o.value().0
    )))
}

fn function_call(o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    crate::eval::call_function(o, args, kwnames)
}

/// A value assigned to `name` after creation, if any.
/// The function's current `__name__` and `__qualname__` (after any assignment).
pub fn current_names(f: &FunctionObject) -> (Obj, Obj) {
    (renamed(f, "__name__").unwrap_or_else(|| f.name.clone()), renamed(f, "__qualname__").unwrap_or_else(|| f.qualname.clone()))
}

fn renamed(f: &FunctionObject, name: &'static str) -> Option<Obj> {
    f.renamed.get().and_then(|d| crate::types::dict::get_str(&d, &crate::types::str::istr(name)))
}

/// The function's `__qualname__` now (after any assignment), for messages.
pub fn qualname_string(f: &FunctionObject) -> String {
    let q = renamed(f, "__qualname__").unwrap_or_else(|| f.qualname.clone());
    crate::types::str::as_str(&q).unwrap_or("?").to_string()
}

fn f_name(o: &Obj) -> PyResult {
    Ok(as_function(o).map(|f| renamed(f, "__name__").unwrap_or_else(|| f.name.clone())).unwrap_or_else(crate::types::none))
}
fn f_qualname(o: &Obj) -> PyResult {
    Ok(as_function(o).map(|f| renamed(f, "__qualname__").unwrap_or_else(|| f.qualname.clone())).unwrap_or_else(crate::types::none))
}
fn f_module(o: &Obj) -> PyResult {
    Ok(as_function(o).map(|f| renamed(f, "__module__").unwrap_or_else(|| f.module.clone())).unwrap_or_else(crate::types::none))
}
fn f_code(o: &Obj) -> PyResult {
    Ok(as_function(o).map(|f| f.code_obj().clone()).unwrap_or_else(crate::types::none))
}
fn f_globals(o: &Obj) -> PyResult {
    Ok(as_function(o).map(|f| f.globals.clone()).unwrap_or_else(crate::types::none))
}
fn f_defaults(o: &Obj) -> PyResult {
    Ok(as_function(o).and_then(|f| f.defaults().cloned()).unwrap_or_else(crate::types::none))
}
fn f_doc(o: &Obj) -> PyResult {
    let Some(f) = as_function(o) else { return Ok(crate::types::none()) };
    if let Some(d) = renamed(f, "__doc__") {
        return Ok(d);
    }
    let c = f.code();
    if c.flags & pyk_abi::code::co::HAS_DOCSTRING != 0 {
        if let Some(d) = c.consts.first() {
            return Ok(d.clone());
        }
    }
    Ok(crate::types::none())
}

fn f_closure(o: &Obj) -> PyResult {
    Ok(as_function(o).and_then(|f| f.closure().cloned()).unwrap_or_else(crate::types::none))
}
fn f_kwdefaults(o: &Obj) -> PyResult {
    Ok(as_function(o).and_then(|f| f.kwdefaults().cloned()).unwrap_or_else(crate::types::none))
}
fn f_annotations(o: &Obj) -> PyResult {
    let Some(f) = as_function(o) else { return Ok(crate::types::none()) };
    let ann = f.annotations.get().cloned();
    let d = crate::types::dict::new_dict();
    if let Some(a) = ann {
        if crate::types::dict::as_dict(&a).is_some() {
            return Ok(a);
        }
        // A flat tuple (name, value, name, value, ...).
        let items = crate::types::tuple::as_tuple(&a).map(|t| t.to_vec()).unwrap_or_default();
        for pair in items.chunks(2) {
            if let [k, v] = pair {
                crate::types::dict::as_dict(&d).expect("dict").set(k.clone(), v.clone())?;
            }
        }
    }
    // Made once: later reads return the same dict (functools.update_wrapper
    // copies it by reference), as CPython's func_get_annotations.
    f.annotations.set(Some(d.clone()));
    Ok(d)
}
fn f_type_params(o: &Obj) -> PyResult {
    let f = as_function(o).ok_or_else(|| type_error("function expected"))?;
    Ok(f.type_params.get().unwrap_or_else(|| crate::types::tuple::new_tuple(Vec::new())))
}

/// `func.__type_params__ = v` (also the SET_FUNCTION_TYPE_PARAMS intrinsic).
pub fn set_type_params(o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let f = as_function(o).ok_or_else(|| type_error("function expected"))?;
    match v {
        Some(v) if crate::types::tuple::as_tuple(v).is_some() => drop(f.type_params.set(Some(v.clone()))),
        Some(_) => return Err(type_error("__type_params__ must be set to a tuple")),
        None => drop(f.type_params.set(None)),
    }
    Ok(())
}

fn f_dict(o: &Obj) -> PyResult {
    let f = as_function(o).ok_or_else(|| type_error("function expected"))?;
    if let Some(d) = f.dict.get() {
        return Ok(d);
    }
    let d = crate::types::dict::new_dict();
    drop(f.dict.set(Some(d.clone())));
    Ok(d)
}

/// Attribute lookup on functions: their getsets, then their `__dict__`.
fn function_getattr(o: &Obj, name: &Obj) -> PyResult {
    let t = o.type_obj();
    if let Some(v) = t.lookup(name) {
        return crate::types::class::bind(&v, Some(o), t, name);
    }
    if let Some(f) = as_function(o) {
        if let Some(d) = f.dict.get() {
            if let Some(v) = crate::types::dict::get_str(&d, name) {
                return Ok(v);
            }
        }
    }
    Err(crate::abstract_::no_attribute(o, name))
}

fn function_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let n = crate::types::str::as_str(name).unwrap_or("");
    if n == "__code__" {
        let f = as_function(o).ok_or_else(|| type_error("function expected"))?;
        let Some(c) = v.filter(|c| crate::types::code::as_code(c).is_some()) else {
            return Err(type_error("__code__ must be set to a code object"));
        };
        let nfree = crate::types::code::as_code(c).map(|x| x.nfree).unwrap_or(0);
        let have = f.closure().and_then(crate::types::tuple::as_tuple).map(|t| t.len()).unwrap_or(0);
        if nfree != have {
            return Err(crate::error::value_error(format!(
                "{}() requires a code object with {have} free vars, not {nfree}",
                crate::types::str::as_str(&f.name).unwrap_or("?")
            )));
        }
        f.code.set(Some(c.clone()));
        return Ok(());
    }
    if matches!(n, "__globals__" | "__closure__" | "__builtins__") {
        return Err(crate::error::attribute_error("readonly attribute"));
    }
    if n == "__type_params__" {
        return set_type_params(o, v);
    }
    if let (Some(f), "__dict__") = (as_function(o), n) {
        return match v {
            Some(d) if crate::types::dict::as_dict(d).is_some() => {
                drop(f.dict.set(Some(d.clone())));
                Ok(())
            }
            Some(d) => Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", d.type_obj().name()))),
            None => Err(type_error("cannot delete __dict__")),
        };
    }
    if let (Some(f), "__name__" | "__qualname__" | "__module__" | "__doc__") = (as_function(o), n) {
        if matches!(n, "__name__" | "__qualname__") && !v.is_some_and(|v| crate::types::str::as_str(v).is_some()) {
            return Err(type_error(format!("{n} must be set to a string object")));
        }
        let d = match f.renamed.get() {
            Some(d) => d,
            None => {
                let d = crate::types::dict::new_dict();
                drop(f.renamed.set(Some(d.clone())));
                d
            }
        };
        crate::types::dict::set_item_str(&d, n, v.cloned().unwrap_or_else(crate::types::none));
        return Ok(());
    }
    if let (Some(f), "__defaults__" | "__kwdefaults__" | "__annotations__") = (as_function(o), n) {
        let v = v.filter(|v| !crate::types::is_none(v)).cloned();
        let (cell, what) = match n {
            "__defaults__" => (&f.defaults, "a tuple"),
            "__kwdefaults__" => (&f.kwdefaults, "a dict"),
            _ => (&f.annotations, "a dict"),
        };
        if let Some(x) = &v {
            let ok = if n == "__defaults__" { crate::types::tuple::as_tuple(x).is_some() } else { crate::types::dict::as_dict(x).is_some() };
            if !ok {
                return Err(type_error(format!("{n} must be set to {what} object")));
            }
        }
        cell.set(v);
        return Ok(());
    }
    let d = f_dict(o)?;
    crate::types::class::dict_set(&d, name, v).map_err(|_| crate::abstract_::no_attribute(o, name))
}

fn f_builtins(o: &Obj) -> PyResult {
    Ok(as_function(o).ok_or_else(|| type_error("function expected"))?.builtins.clone())
}

static FUNCTION_GETSETS: [GetSetDef; 13] = [
    GetSetDef { name: "__builtins__", get: f_builtins },
    GetSetDef { name: "__type_params__", get: f_type_params },
    GetSetDef { name: "__closure__", get: f_closure },
    GetSetDef { name: "__kwdefaults__", get: f_kwdefaults },
    GetSetDef { name: "__annotations__", get: f_annotations },
    GetSetDef { name: "__dict__", get: f_dict },
    GetSetDef { name: "__name__", get: f_name },
    GetSetDef { name: "__qualname__", get: f_qualname },
    GetSetDef { name: "__module__", get: f_module },
    GetSetDef { name: "__code__", get: f_code },
    GetSetDef { name: "__globals__", get: f_globals },
    GetSetDef { name: "__defaults__", get: f_defaults },
    GetSetDef { name: "__doc__", get: f_doc },
];

fn function_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let Some(f) = as_function(o) else { return };
    for x in [f.code_obj(), &f.globals, &f.builtins, &f.name, &f.qualname, &f.module] {
        visit(x);
    }
    for x in [f.defaults(), f.kwdefaults(), f.closure()].into_iter().flatten() {
        visit(x);
    }
    if let Some(d) = f.dict.get() {
        visit(&d);
    }
    if let Some(t) = f.type_params.get() {
        visit(&t);
    }
    if let Some(t) = f.renamed.get() {
        visit(&t);
    }
}

fn function_clear(o: &Obj) {
    if let Some(f) = as_function(o) {
        drop(f.dict.set(None));
        drop(f.type_params.set(None));
        drop(f.renamed.set(None));
    }
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)`.
fn function_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(args, kw);
    const NAMES: [&str; 6] = ["code", "globals", "name", "argdefs", "closure", "kwdefaults"];
    if pos.len() > NAMES.len() {
        return Err(type_error(format!("function() takes at most 6 arguments ({} given)", pos.len())));
    }
    let mut a: [Option<Obj>; 6] = Default::default();
    for (i, v) in pos.iter().enumerate() {
        a[i] = Some(v.clone());
    }
    for (n, v) in kws {
        let Some(i) = NAMES.iter().position(|x| *x == n) else {
            return Err(type_error(format!("function() got an unexpected keyword argument '{n}'")));
        };
        a[i] = Some(v.clone());
    }
    let none = |o: &Option<Obj>| o.as_ref().is_none_or(crate::types::is_none);
    let tname = |o: &Option<Obj>| o.as_ref().map_or("NoneType", |o| o.type_obj().name());
    let code = a[0].clone().filter(|c| crate::types::code::as_code(c).is_some()).ok_or_else(|| type_error(format!("function() argument 'code' must be code, not {}", tname(&a[0]))))?;
    let globals = a[1].clone().filter(|g| crate::types::dict::as_dict(g).is_some()).ok_or_else(|| type_error(format!("function() argument 'globals' must be dict, not {}", tname(&a[1]))))?;
    let builtins = crate::eval::builtins_of(&globals);
    let nfree = crate::types::code::as_code(&code).map(|c| c.nfree).unwrap_or(0);
    let closure = if none(&a[4]) { None } else { a[4].clone() };
    let have = closure.as_ref().and_then(crate::types::tuple::as_tuple).map(|t| t.len());
    if closure.is_some() && have.is_none() {
        return Err(type_error("arg 5 (closure) must be None or tuple"));
    }
    if nfree > 0 && have.is_none() {
        return Err(type_error("arg 5 (closure) must be tuple"));
    }
    if have.unwrap_or(0) != nfree {
        let name = crate::types::code::as_code(&code).map(|c| crate::types::str::as_str(&c.name).unwrap_or("?").to_string()).unwrap_or_default();
        return Err(crate::error::value_error(format!("{name} requires closure of length {nfree}, not {}", have.unwrap_or(0))));
    }
    if let Some(bad) = closure.as_ref().and_then(crate::types::tuple::as_tuple).and_then(|t| t.iter().find(|x| as_cell(x).is_none())) {
        return Err(type_error(format!("arg 5 (closure) expected cell, found {}", bad.type_obj().name())));
    }
    let f = new_function(code, globals, builtins);
    let fo = as_function(&f).ok_or_else(|| type_error("function expected"))?;
    if !none(&a[3]) {
        if crate::types::tuple::as_tuple(a[3].as_ref().unwrap()).is_none() {
            return Err(type_error("arg 4 (defaults) must be None or tuple"));
        }
        fo.defaults.set(a[3].clone());
    }
    if !none(&a[5]) {
        if crate::types::dict::as_dict(a[5].as_ref().unwrap()).is_none() {
            return Err(type_error("arg 6 (kwdefaults) must be None or dict"));
        }
        fo.kwdefaults.set(a[5].clone());
    }
    if let Some(c) = closure {
        // SAFETY: the function was just created here and is not shared yet
        // (as after MAKE_FUNCTION; see FunctionObject).
        unsafe { *fo.closure.get() = Some(c) };
    }
    if !none(&a[2]) {
        crate::abstract_::setattr(&f, &crate::types::str::istr("__name__"), a[2].as_ref())?;
    }
    Ok(f)
}

pub static FUNCTION_TYPE: TypeObject = TypeObject {
    new: Some(function_new),
    methods: &crate::types::class::DESCR_GET_METHODS,
    getattr: Some(function_getattr),
    setattr: Some(function_setattr),
    traverse: Some(function_traverse),
    clear: Some(function_clear),
    repr: Some(function_repr),
    call: Some(function_call),
    getsets: &FUNCTION_GETSETS,
    ..TypeObject::builtin("function", &crate::types::object::OBJECT_TYPE, dealloc_box::<FunctionObject>)
};

/// A function written in Rust inside the kernel, or in a native module
/// through the ABI.
#[repr(C)]
pub struct BuiltinFunction {
    pub header: ObjHeader,
    pub name: &'static str,
    pub kind: BuiltinKind,
    /// The module (or bound object) passed as the first argument.
    pub slf: Obj,
    pub module: Option<&'static str>,
}

pub enum BuiltinKind {
    Kernel(MethodFn),
    Native(&'static NativeFnDef),
    /// A method of a native type: bound to instances; receives the instance as `slf`.
    NativeMethod(&'static NativeFnDef),
}

pub fn new_builtin(name: &'static str, f: MethodFn, slf: Obj, module: Option<&'static str>) -> Obj {
    alloc(BuiltinFunction { header: new_header(&BUILTIN_FUNCTION_TYPE), name, kind: BuiltinKind::Kernel(f), slf, module })
}

/// A classmethod of a builtin type (`int.from_bytes`, `dict.fromkeys`):
/// `f` receives the class the method was looked up on as its first
/// argument, so subclasses get instances of their own.
pub fn builtin_classmethod(name: &'static str, f: MethodFn, owner: &'static crate::types::typeobj::TypeObject) -> Obj {
    crate::types::class::wrap_classmethod(new_builtin(name, f, owner.as_obj(), Some("builtins")))
}

/// Splits a builtin classmethod's arguments into the class and the rest;
/// `make(value)` is returned as is for `base`, else passed to the class.
pub fn classmethod_result(cls: &Obj, base: &'static crate::types::typeobj::TypeObject, v: Obj) -> crate::error::PyResult {
    if cls.is(&base.as_obj()) {
        Ok(v)
    } else {
        crate::abstract_::call(cls, &[v], None)
    }
}

pub fn new_native(def: &'static NativeFnDef, slf: Obj) -> Obj {
    alloc(BuiltinFunction {
        header: new_header(&BUILTIN_FUNCTION_TYPE),
        name: def.name.as_str(),
        kind: BuiltinKind::Native(def),
        slf,
        module: None,
    })
}

fn builtin_repr(o: &Obj) -> PyResult {
    // SAFETY: slot of BUILTIN_FUNCTION_TYPE.
    let b = unsafe { o.cast::<BuiltinFunction>() };
    Ok(new_string(format!("<built-in function {}>", b.name)))
}

pub fn builtin_call(o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    // SAFETY: slot of BUILTIN_FUNCTION_TYPE.
    let b = unsafe { o.cast::<BuiltinFunction>() };
    match b.kind {
        BuiltinKind::Kernel(f) => f(&b.slf, args, kwnames),
        BuiltinKind::Native(def) => call_native(def, &b.slf, args, kwnames),
        BuiltinKind::NativeMethod(def) => {
            let Some((slf, rest)) = args.split_first() else {
                return Err(type_error(format!("unbound method {}() needs an argument", b.name)));
            };
            call_native(def, slf, rest, kwnames)
        }
    }
}

/// Calls a native function with `slf` and the arguments; NULL means the pending error.
pub fn call_native(def: &'static NativeFnDef, slf: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    let kw = kwnames.map(|k| k.value()).unwrap_or(Value::NULL);
    crate::thread::check_recursion()?;
    // SAFETY: args is a slice of owned Values (Obj is transparent), valid for
    // the call; the native function follows the KernelApi contract.
    let r = unsafe { (def.func)(slf.value(), args.as_ptr() as *const Value, args.len(), kw) };
    native_result(r, def.name.as_str())
}

/// A native call's result: a new reference, or NULL for the pending error.
pub fn native_result(r: Value, name: &str) -> PyResult {
    if r.is_null() {
        Err(crate::thread::take_error()
            .unwrap_or_else(|| crate::error::system_error(format!("{name}() returned NULL without setting an exception"))))
    } else {
        // SAFETY: native functions return a new reference.
        Ok(unsafe { Obj::from_raw(r) })
    }
}

fn builtin_name(o: &Obj) -> PyResult {
    // SAFETY: getset of BUILTIN_FUNCTION_TYPE.
    Ok(new_str(unsafe { o.cast::<BuiltinFunction>() }.name))
}

/// Splits a native doc string that opens with `name(...)\n--\n\n` (the
/// Argument Clinic convention) into the signature `(...)` and the rest, as
/// CPython's `find_signature`/`skip_signature`.
pub fn split_internal_doc<'d>(name: &str, doc: &'d str) -> (Option<&'d str>, &'d str) {
    let short = name.rsplit('.').next().unwrap_or(name);
    if let Some(rest) = doc.strip_prefix(short) {
        if rest.starts_with('(') {
            if let Some(end) = rest.find(")\n--\n\n") {
                return (Some(&rest[..end + 1]), &rest[end + 6..]);
            }
        }
    }
    (None, doc)
}

fn native_doc(b: &BuiltinFunction) -> Option<&'static str> {
    match b.kind {
        BuiltinKind::Native(def) | BuiltinKind::NativeMethod(def) => Some(def.doc.as_str()),
        // The functions of the builtins module (builtins_doc.rs).
        BuiltinKind::Kernel(_) if b.module == Some("builtins") && crate::types::module::as_module(&b.slf).is_some() => crate::builtins_doc::doc(b.name),
        // `_io.open` is builtins.open.
        BuiltinKind::Kernel(_) if b.module == Some("_io") && b.name == "open" => crate::builtins_doc::doc(b.name),
        _ => None,
    }
}

/// `__doc__`: a native function's doc string (without its signature
/// line); None for a kernel builtin that carries none.
fn builtin_doc(o: &Obj) -> PyResult {
    // SAFETY: getset of BUILTIN_FUNCTION_TYPE.
    let b = unsafe { o.cast::<BuiltinFunction>() };
    let doc = match b.kind {
        // The doc strings with doctest examples (builtins::kernel_doc) first,
        // then the builtins module's table (builtins_doc.rs).
        BuiltinKind::Kernel(_) => crate::builtins::kernel_doc(b.name, &b.slf)
            .or_else(|| native_doc(b).map(|d| split_internal_doc(b.name, d).1))
            .unwrap_or(""),
        _ => native_doc(b).map(|d| split_internal_doc(b.name, d).1).unwrap_or(""),
    };
    Ok(if doc.is_empty() { crate::types::none() } else { new_str(doc) })
}

/// `__text_signature__`: the signature line of a native doc, or None.
fn builtin_text_signature(o: &Obj) -> PyResult {
    // SAFETY: getset of BUILTIN_FUNCTION_TYPE.
    let b = unsafe { o.cast::<BuiltinFunction>() };
    Ok(match native_doc(b).and_then(|d| split_internal_doc(b.name, d).0) {
        Some(sig) => new_str(sig),
        None => crate::types::none(),
    })
}

/// `__module__`: the defining module's name; None for methods of types
/// (`object.__new__`), as CPython's. A native module's function is bound to
/// its module, whose `__name__` it reports (CPython's `m_module`).
fn builtin_module(o: &Obj) -> PyResult {
    // SAFETY: getset of BUILTIN_FUNCTION_TYPE.
    let b = unsafe { o.cast::<BuiltinFunction>() };
    Ok(match (b.module, &b.kind) {
        (Some(m), _) => crate::types::str::intern(m),
        (None, BuiltinKind::Native(_)) => crate::types::module::as_module(&b.slf)
            .and_then(|m| crate::types::dict::get_str(&m.dict, &crate::types::str::intern("__name__")))
            .unwrap_or_else(crate::types::none),
        (None, _) => crate::types::none(),
    })
}

/// `__self__`: the object a builtin is bound to (a type for its
/// `__new__`), or None for plain functions.
fn builtin_self(o: &Obj) -> PyResult {
    // SAFETY: getset of BUILTIN_FUNCTION_TYPE.
    let b = unsafe { o.cast::<BuiltinFunction>() };
    if b.slf.value().is_null() {
        return Ok(crate::types::none());
    }
    Ok(b.slf.clone())
}

static BUILTIN_GETSETS: [GetSetDef; 6] = [
    GetSetDef { name: "__text_signature__", get: builtin_text_signature },
    GetSetDef { name: "__name__", get: builtin_name },
    GetSetDef { name: "__self__", get: builtin_self },
    GetSetDef { name: "__module__", get: builtin_module },
    GetSetDef { name: "__qualname__", get: builtin_name },
    GetSetDef { name: "__doc__", get: builtin_doc },
];

/// `__reduce__`: a module-level builtin pickles by name (pickle looks it
/// up as a global); one bound to an object as `getattr(obj, name)`.
fn builtin_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // SAFETY: method of BUILTIN_FUNCTION_TYPE.
    let b = unsafe { o.cast::<BuiltinFunction>() };
    if crate::types::is_none(&b.slf) || crate::types::module::as_module(&b.slf).is_some() {
        return Ok(new_str(b.name));
    }
    let getattr = crate::types::list::builtin_fn("getattr")?;
    Ok(crate::types::tuple::new_tuple(vec![getattr, crate::types::tuple::new_tuple(vec![b.slf.clone(), new_str(b.name)])]))
}

static BUILTIN_METHODS: [MethodDef; 1] = [MethodDef { name: "__reduce__", func: builtin_reduce, doc: "" }];

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject {
    repr: Some(builtin_repr),
    call: Some(builtin_call),
    getsets: &BUILTIN_GETSETS,
    methods: &BUILTIN_METHODS,
    ..TypeObject::builtin("builtin_function_or_method", &crate::types::object::OBJECT_TYPE, dealloc_box::<BuiltinFunction>)
};

/// A method of a builtin type, found in the type's dict.
#[repr(C)]
pub struct MethodDescr {
    pub header: ObjHeader,
    pub owner: &'static TypeObject,
    pub def: &'static MethodDef,
}

pub fn new_method_descr(owner: &'static TypeObject, def: &'static MethodDef) -> Obj {
    alloc(MethodDescr { header: new_header(&METHOD_DESCR_TYPE), owner, def })
}

/// True for a method of a native module's type (`BuiltinKind::NativeMethod`).
pub fn is_native_method(o: &Obj) -> bool {
    if !std::ptr::eq(o.type_obj(), &BUILTIN_FUNCTION_TYPE) {
        return false;
    }
    // SAFETY: the object's type is BUILTIN_FUNCTION_TYPE, whose instances are BuiltinFunction.
    matches!(unsafe { o.cast::<BuiltinFunction>() }.kind, BuiltinKind::NativeMethod(_))
}

pub fn as_method_descr(o: &Obj) -> Option<&MethodDescr> {
    o.downcast::<MethodDescr>(&METHOD_DESCR_TYPE)
}

impl MethodDescr {
    /// Calls the method with `slf` as self, checking its type.
    pub fn call_with_self(&self, slf: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
        if !slf.type_obj().is_subtype(self.owner) {
            if crate::types::slotwrapper::is_slot_name(self.def.name) {
                // CPython shows these dunders as slot wrappers, whose check says so.
                return Err(type_error(format!(
                    "descriptor '{}' requires a '{}' object but received a '{}'",
                    self.def.name,
                    self.owner.name(),
                    slf.type_obj().name()
                )));
            }
            return Err(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.def.name,
                self.owner.tp_name(),
                slf.type_obj().name()
            )));
        }
        (self.def.func)(slf, args, kwnames)
    }
}

fn method_descr_call(o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    let d = as_method_descr(o).ok_or_else(|| type_error("method descriptor expected"))?;
    let Some((slf, rest)) = args.split_first() else {
        return Err(type_error(format!(
            "unbound method {}.{}() needs an argument",
            d.owner.name(),
            d.def.name
        )));
    };
    d.call_with_self(slf, rest, kwnames)
}

fn method_descr_repr(o: &Obj) -> PyResult {
    let d = as_method_descr(o).ok_or_else(|| type_error("method descriptor expected"))?;
    Ok(new_string(format!("<method '{}' of '{}' objects>", d.def.name, d.owner.name())))
}

fn md_name(o: &Obj) -> PyResult {
    let d = as_method_descr(o).ok_or_else(|| crate::error::type_error("method_descriptor expected"))?;
    Ok(new_str(d.def.name))
}
fn md_qualname(o: &Obj) -> PyResult {
    let d = as_method_descr(o).ok_or_else(|| crate::error::type_error("method_descriptor expected"))?;
    Ok(crate::types::str::new_string(format!("{}.{}", d.owner.name(), d.def.name)))
}
fn md_objclass(o: &Obj) -> PyResult {
    let d = as_method_descr(o).ok_or_else(|| crate::error::type_error("method_descriptor expected"))?;
    Ok(d.owner.as_obj())
}
fn md_doc(o: &Obj) -> PyResult {
    let d = as_method_descr(o).ok_or_else(|| crate::error::type_error("method_descriptor expected"))?;
    Ok(if d.def.doc.is_empty() { crate::types::none() } else { new_str(d.def.doc) })
}

static METHOD_DESCR_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: md_name },
    GetSetDef { name: "__qualname__", get: md_qualname },
    GetSetDef { name: "__objclass__", get: md_objclass },
    GetSetDef { name: "__doc__", get: md_doc },
];

pub static METHOD_DESCR_TYPE: TypeObject = TypeObject {
    methods: &crate::types::class::DESCR_GET_METHODS,
    getsets: &METHOD_DESCR_GETSETS,
    repr: Some(method_descr_repr),
    call: Some(method_descr_call),
    ..TypeObject::builtin("method_descriptor", &crate::types::object::OBJECT_TYPE, dealloc_box::<MethodDescr>)
};

/// A computed attribute of a builtin type.
#[repr(C)]
pub struct GetSetDescr {
    pub header: ObjHeader,
    pub owner: &'static TypeObject,
    pub def: &'static GetSetDef,
}

pub fn new_getset_descr(owner: &'static TypeObject, def: &'static GetSetDef) -> Obj {
    alloc(GetSetDescr { header: new_header(&GETSET_DESCR_TYPE), owner, def })
}

pub fn as_getset(o: &Obj) -> Option<&GetSetDescr> {
    o.downcast::<GetSetDescr>(&GETSET_DESCR_TYPE)
}

fn gs_name(o: &Obj) -> PyResult {
    let g = as_getset(o).ok_or_else(|| type_error("getset_descriptor expected"))?;
    Ok(new_str(g.def.name))
}
fn gs_qualname(o: &Obj) -> PyResult {
    let g = as_getset(o).ok_or_else(|| type_error("getset_descriptor expected"))?;
    Ok(new_string(format!("{}.{}", g.owner.name(), g.def.name)))
}
fn gs_objclass(o: &Obj) -> PyResult {
    let g = as_getset(o).ok_or_else(|| type_error("getset_descriptor expected"))?;
    Ok(g.owner.as_obj())
}
fn gs_repr(o: &Obj) -> PyResult {
    let g = as_getset(o).ok_or_else(|| type_error("getset_descriptor expected"))?;
    Ok(new_string(format!("<attribute '{}' of '{}' objects>", g.def.name, g.owner.name())))
}

fn gs_doc(o: &Obj) -> PyResult {
    let g = as_getset(o).ok_or_else(|| type_error("getset_descriptor expected"))?;
    Ok(match crate::types::member::builtin_attr_doc(g.owner.name, g.def.name).filter(|_| g.owner.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0) {
        Some(d) => new_str(d),
        None => crate::types::none(),
    })
}

static GETSET_DESCR_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: gs_name },
    GetSetDef { name: "__qualname__", get: gs_qualname },
    GetSetDef { name: "__objclass__", get: gs_objclass },
    GetSetDef { name: "__doc__", get: gs_doc },
];

/// The instance a direct `__get__`/`__set__`/`__delete__` call got, checked
/// against the descriptor's type.
fn gs_checked<'a>(g: &GetSetDescr, inst: &'a Obj) -> PyResult<&'a Obj> {
    if !inst.type_obj().is_subtype(g.owner) {
        return Err(type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", g.def.name, g.owner.name(), inst.type_obj().name())));
    }
    Ok(inst)
}

fn gs_get(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let g = as_getset(s).ok_or_else(|| type_error("getset_descriptor expected"))?;
    if let Some(inst) = a.first().filter(|i| !crate::types::is_none(i)) {
        gs_checked(g, inst)?;
    }
    crate::types::class::descr_get(s, a, k)
}

/// `descr.__set__(obj, v)` / `descr.__delete__(obj)`: through the type's
/// own attribute setter, which knows which of its attributes are writable.
fn gs_store(s: &Obj, inst: &Obj, v: Option<&Obj>) -> PyResult {
    let g = as_getset(s).ok_or_else(|| type_error("getset_descriptor expected"))?;
    gs_checked(g, inst)?;
    if g.owner.flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
        // A class's `__dict__`/`__weakref__` descriptor: object's own setter
        // (not a `__setattr__` the class defines).
        return crate::types::class::object_setattr(inst, &crate::types::str::istr(g.def.name), v).map(|_| crate::types::none());
    }
    if std::ptr::eq(g.owner, &crate::types::object::OBJECT_TYPE) && g.def.name == "__class__" {
        return crate::types::class::set_class(inst, v).map(|_| crate::types::none());
    }
    match g.owner.setattr {
        Some(f) => f(inst, &crate::types::str::istr(g.def.name), v).map(|_| crate::types::none()),
        None => Err(crate::error::attribute_error(format!("attribute '{}' of '{}' objects is not writable", g.def.name, g.owner.name()))),
    }
}

fn gs_set(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [inst, v] = a else { return Err(type_error(format!("expected 2 arguments, got {}", a.len()))) };
    gs_store(s, inst, Some(v))
}

fn gs_delete(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [inst] = a else { return Err(type_error(format!("expected 1 argument, got {}", a.len()))) };
    gs_store(s, inst, None)
}

static GETSET_DESCR_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__get__", func: gs_get, doc: "" },
    MethodDef { name: "__set__", func: gs_set, doc: "" },
    MethodDef { name: "__delete__", func: gs_delete, doc: "" },
];

pub static GETSET_DESCR_TYPE: TypeObject = TypeObject {
    methods: &GETSET_DESCR_METHODS,
    getsets: &GETSET_DESCR_GETSETS,
    repr: Some(gs_repr),
    ..TypeObject::builtin("getset_descriptor", &crate::types::object::OBJECT_TYPE, dealloc_box::<GetSetDescr>)
};

/// A function bound to an instance.
#[repr(C)]
pub struct BoundMethod {
    pub header: ObjHeader,
    pub func: Obj,
    pub slf: Obj,
}

pub fn new_bound_method(func: Obj, slf: Obj) -> Obj {
    alloc(BoundMethod { header: crate::object::new_header_tracked(&BOUND_METHOD_TYPE), func, slf })
}

pub fn as_bound_method(o: &Obj) -> Option<&BoundMethod> {
    o.downcast::<BoundMethod>(&BOUND_METHOD_TYPE).or_else(|| o.downcast::<BoundMethod>(&METHOD_WRAPPER_TYPE))
}

/// A slot wrapper bound to an instance (`object().__str__`): CPython's
/// `method-wrapper`, a type of its own (`types.MethodWrapperType`).
pub fn new_method_wrapper(func: Obj, slf: Obj) -> Obj {
    alloc(BoundMethod { header: crate::object::new_header_tracked(&METHOD_WRAPPER_TYPE), func, slf })
}

fn bound_call(o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    let m = as_bound_method(o).ok_or_else(|| type_error("method expected"))?;
    if let Some(d) = as_method_descr(&m.func) {
        return d.call_with_self(&m.slf, args, kwnames);
    }
    if let Some(w) = crate::types::slotwrapper::as_slot_wrapper(&m.func) {
        return w.call_with_self(&m.slf, args, kwnames);
    }
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(m.slf.clone());
    v.extend(args.iter().cloned());
    crate::abstract_::call(&m.func, &v, kwnames)
}

fn bound_repr(o: &Obj) -> PyResult {
    let m = as_bound_method(o).ok_or_else(|| type_error("method expected"))?;
    if let Some(w) = crate::types::slotwrapper::as_slot_wrapper(&m.func) {
        return Ok(new_string(format!("<method-wrapper '{}' of {} object at {:#x}>", w.name, m.slf.type_obj().name(), m.slf.value().0)));
    }
    if let Some(d) = as_method_descr(&m.func) {
        return Ok(new_string(format!(
            "<built-in method {} of {} object at {:#x}>",
            d.def.name,
            m.slf.type_obj().name(),
            m.slf.value().0
        )));
    }
    // The function's `__qualname__`, else its `__name__`; "?" when the one
    // found is not a str.
    let attr = |n: &str| crate::abstract_::getattr_str(&m.func, n).ok();
    let name = attr("__qualname__").or_else(|| attr("__name__")).and_then(|v| crate::types::str::as_str(&v).map(str::to_owned)).unwrap_or_else(|| "?".into());
    Ok(new_string(format!("<bound method {} of {}>", name, crate::abstract_::repr_string(&m.slf)?)))
}

fn bound_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(m) = as_bound_method(o) {
        visit(&m.func);
        visit(&m.slf);
    }
}

fn bm_self(o: &Obj) -> PyResult {
    Ok(as_bound_method(o).map(|m| m.slf.clone()).unwrap_or_else(crate::types::none))
}
fn bm_func(o: &Obj) -> PyResult {
    Ok(as_bound_method(o).map(|m| m.func.clone()).unwrap_or_else(crate::types::none))
}
fn bm_name(o: &Obj) -> PyResult {
    let m = as_bound_method(o).ok_or_else(|| type_error("method expected"))?;
    crate::abstract_::getattr_str(&m.func, "__name__")
}

static BOUND_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "__self__", get: bm_self },
    GetSetDef { name: "__func__", get: bm_func },
    GetSetDef { name: "__name__", get: bm_name },
];

/// A bound method's attributes: its type's, then its function's
/// (`m.__doc__`, `m.__qualname__`, `m.__module__`), as CPython's.
fn bound_getattr(o: &Obj, name: &Obj) -> PyResult {
    match crate::types::str::as_str(name) {
        Some("__class__") => return Ok(o.type_obj().as_obj()),
        // the method type's __doc__ is a getset reading the function's
        Some("__doc__") => {
            let m = as_bound_method(o).ok_or_else(|| type_error("method expected"))?;
            return crate::abstract_::getattr(&m.func, name);
        }
        _ => {}
    }
    if let Some(v) = crate::abstract_::generic_type_attr(o, name)? {
        return Ok(v);
    }
    let m = as_bound_method(o).ok_or_else(|| type_error("method expected"))?;
    crate::abstract_::getattr(&m.func, name)
}

pub static METHOD_WRAPPER_TYPE: TypeObject = TypeObject {
    richcompare: Some(bound_richcompare),
    hash: Some(bound_hash),
    getattr: Some(bound_getattr),
    getsets: &BOUND_GETSETS,
    traverse: Some(bound_traverse),
    repr: Some(bound_repr),
    call: Some(bound_call),
    ..TypeObject::builtin("method-wrapper", &crate::types::object::OBJECT_TYPE, dealloc_box::<BoundMethod>)
};

/// Bound methods are equal when bound to the same object (identity) with
/// equal functions; their hash follows.
fn bound_richcompare(a: &Obj, b: &Obj, op: pyk_abi::opcode::CompareOp) -> PyResult {
    use pyk_abi::opcode::CompareOp;
    // (Both bound methods, or both method-wrappers.)
    let (Some(x), Some(y)) = (as_bound_method(a), as_bound_method(b)) else {
        return Ok(crate::types::not_implemented());
    };
    if a.type_ptr() != b.type_ptr() {
        return Ok(crate::types::not_implemented());
    }
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    let eq = x.slf.value() == y.slf.value() && crate::abstract_::eq(&x.func, &y.func)?;
    Ok(crate::types::bool_obj(eq == (op == CompareOp::Eq)))
}

fn bound_hash(o: &Obj) -> PyResult<i64> {
    let m = as_bound_method(o).ok_or_else(|| type_error("method expected"))?;
    Ok(((m.slf.value().0 >> 4) as i64) ^ crate::abstract_::hash(&m.func)?)
}

/// `method.__reduce__()`: `(getattr, (self, name))`.
fn bound_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let m = o.downcast::<BoundMethod>(&BOUND_METHOD_TYPE).ok_or_else(|| crate::error::type_error("method expected"))?;
    let name = crate::abstract_::getattr_str(&m.func, "__name__")?;
    let getattr = crate::types::list::builtin_fn("getattr")?;
    Ok(crate::types::tuple::new_tuple(vec![getattr, crate::types::tuple::new_tuple(vec![m.slf.clone(), name])]))
}

/// `method.__get__(obj, type=None)`: a bound method is not rebound; it
/// returns itself (CPython 3.13, gh-113157).
fn bound_get(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    // CPython's slot wrapper unpacks with an empty name (hence the space).
    if a.is_empty() {
        return Err(crate::error::type_error(" expected at least 1 argument, got 0"));
    }
    if a.len() > 2 {
        return Err(crate::error::type_error(format!(" expected at most 2 arguments, got {}", a.len())));
    }
    if crate::types::is_none(&a[0]) && a.get(1).is_none_or(crate::types::is_none) {
        return Err(crate::error::type_error("__get__(None, None) is invalid"));
    }
    Ok(s.clone())
}

static BOUND_METHODS: [MethodDef; 2] = [MethodDef { name: "__reduce__", func: bound_reduce, doc: "" }, MethodDef { name: "__get__", func: bound_get, doc: "" }];

/// `types.MethodType(function, instance)`.
fn bound_new(_t: &'static TypeObject, a: &[Obj], kw: Option<&Obj>) -> PyResult {
    if kw.and_then(crate::types::tuple::as_tuple).is_some_and(|k| !k.is_empty()) {
        return Err(crate::error::type_error("method() takes no keyword arguments"));
    }
    let [func, inst] = a else { return Err(crate::error::type_error(format!("method expected 2 arguments, got {}", a.len()))) };
    if func.type_obj().call.is_none() {
        return Err(crate::error::type_error("first argument must be callable"));
    }
    if crate::types::is_none(inst) {
        return Err(crate::error::type_error("instance must not be None"));
    }
    Ok(new_bound_method(func.clone(), inst.clone()))
}

pub static BOUND_METHOD_TYPE: TypeObject = TypeObject {
    richcompare: Some(bound_richcompare),
    hash: Some(bound_hash),
    new: Some(bound_new),
    methods: &BOUND_METHODS,
    getattr: Some(bound_getattr),
    getsets: &BOUND_GETSETS,
    traverse: Some(bound_traverse),
    repr: Some(bound_repr),
    call: Some(bound_call),
    ..TypeObject::builtin("method", &crate::types::object::OBJECT_TYPE, dealloc_box::<BoundMethod>)
};

/// A cell holding a variable shared with inner functions.
#[repr(C)]
pub struct CellObject {
    pub header: ObjHeader,
    pub contents: ObjLockCell,
}

pub fn new_cell(v: Option<Obj>) -> Obj {
    alloc(CellObject { header: crate::object::new_header_tracked(&CELL_TYPE), contents: ObjLockCell::new(v) })
}

pub fn as_cell(o: &Obj) -> Option<&CellObject> {
    o.downcast::<CellObject>(&CELL_TYPE)
}

fn cell_repr(o: &Obj) -> PyResult {
    let c = as_cell(o).ok_or_else(|| type_error("cell expected"))?;
    Ok(new_string(match c.contents.get() {
        Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", o.value().0, v.type_obj().name(), v.value().0),
        None => format!("<cell at {:#x}: empty>", o.value().0),
    }))
}

fn cell_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(v) = as_cell(o).and_then(|c| c.contents.get()) {
        visit(&v);
    }
}

fn cell_clear(o: &Obj) {
    if let Some(c) = as_cell(o) {
        drop(c.contents.set(None));
    }
}

fn cell_contents(o: &Obj) -> PyResult {
    let c = as_cell(o).ok_or_else(|| type_error("cell expected"))?;
    c.contents.get().ok_or_else(|| crate::error::value_error("Cell is empty"))
}

/// `cell.cell_contents` can be assigned and deleted.
fn cell_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if crate::types::str::as_str(name) == Some("cell_contents") {
        let c = as_cell(o).ok_or_else(|| type_error("cell expected"))?;
        drop(c.contents.set(v.cloned()));
        return Ok(());
    }
    crate::types::class::generic_setattr(o, name, v)
}

/// `types.CellType([contents])`.
fn cell_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    if kw.is_some_and(|k| crate::types::dict::as_dict(k).is_some_and(|d| d.len() > 0)) {
        return Err(type_error("cell() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!("cell expected at most 1 argument, got {}", args.len())));
    }
    Ok(new_cell(args.first().cloned()))
}

/// Cells compare by contents; an empty cell sorts before a full one.
fn cell_richcompare(a: &Obj, b: &Obj, op: pyk_abi::opcode::CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (as_cell(a), as_cell(b)) else {
        return Ok(crate::types::not_implemented());
    };
    match (x.contents.get(), y.contents.get()) {
        (Some(u), Some(v)) => crate::abstract_::richcompare(&u, &v, op),
        (u, v) => {
            let (l, r) = (v.is_none() as i64, u.is_none() as i64);
            crate::abstract_::richcompare(&crate::types::int::from_i64(l), &crate::types::int::from_i64(r), op)
        }
    }
}

static CELL_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "cell_contents", get: cell_contents }];

pub static CELL_TYPE: TypeObject = TypeObject {
    traverse: Some(cell_traverse),
    clear: Some(cell_clear),
    repr: Some(cell_repr),
    richcompare: Some(cell_richcompare),
    getsets: &CELL_GETSETS,
    setattr: Some(cell_setattr),
    new: Some(cell_new),
    ..TypeObject::builtin("cell", &crate::types::object::OBJECT_TYPE, dealloc_box::<CellObject>)
};

