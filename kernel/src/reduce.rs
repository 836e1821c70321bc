//! The generic pickling protocol of `object`: `__reduce_ex__`,
//! `__reduce__` and `__getstate__` as CPython 3.13 defines them (the
//! "copyreg" protocols 0/1 through `copyreg._reduce_ex`, protocol 2+ as
//! `copyreg.__newobj__`/`__newobj_ex__` with the instance's state, list and
//! dict items). `copy`, `pickle` and `copyreg` build on these. The logic is
//! Python (REDUCE_SOURCE, compiled on first use); what only the kernel can
//! tell — whether an instance's layout carries data beyond `__dict__` and
//! `__slots__` — is the Rust helper `_plain_layout`.

use std::sync::Mutex;

use crate::error::PyResult;
use crate::object::Obj;

const REDUCE_SOURCE: &str = r#"
def _special(obj, name):
    # A special method is looked up on the type (never the instance, nor a
    # __getattr__ hook), bound to the instance.
    cls = type(obj)
    for k in cls.__mro__:
        d = k.__dict__
        if name in d:
            f = d[name]
            get = getattr(type(f), '__get__', None)
            return f if get is None else get(f, obj, cls)
    return None


def _newargs(obj):
    cls = type(obj)
    getnewargs_ex = _special(obj, '__getnewargs_ex__')
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError(f'__getnewargs_ex__ should return a tuple, not {type(r).__name__!r}')
        if len(r) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not {len(r)}')
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be a tuple, not {type(args).__name__!r}')
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be a dict, not {type(kwargs).__name__!r}')
        return args, kwargs
    getnewargs = _special(obj, '__getnewargs__')
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError(f'__getnewargs__ should return a tuple, not {type(args).__name__!r}')
        return args, None
    return None, None


def getstate(obj, required=False):
    cls = type(obj)
    if required and not _plain_layout(obj, False):
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = None
    state = d if d else None
    import copyreg
    names = copyreg._slotnames(cls)
    if required and not _plain_layout(obj, True):
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _state(obj, required):
    if type(obj).__getstate__ is object.__getstate__:
        return getstate(obj, required)
    return obj.__getstate__()


def reduce_newobj(obj):
    cls = type(obj)
    if cls.__new__ is None:
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    args, kwargs = _newargs(obj)
    import copyreg
    hasargs = args is not None
    if not kwargs:
        newobj = copyreg.__newobj__
        newargs = (cls,) + (args or ())
    else:
        newobj = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    state = _state(obj, not hasargs and not isinstance(obj, (list, dict)))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (newobj, newargs, state, listitems, dictitems)


def reduce_ex(obj, protocol):
    if protocol >= 2:
        return reduce_newobj(obj)
    import copyreg
    return copyreg._reduce_ex(obj, protocol)
"#;

/// `_plain_layout(obj, with_slots)`: whether the instance holds nothing but
/// what `__dict__`/`__slots__` show, i.e. its type's solid base is
/// `object` (CPython compares basic sizes; a builtin's extra storage — an
/// iterator's position, say — cannot be pickled generically).
fn plain_layout(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let Some(o) = a.first() else { return Err(crate::error::type_error("_plain_layout() needs an object")) };
    let solid = crate::types::class::solid_base(o.type_obj());
    Ok(crate::types::bool_obj(std::ptr::eq(solid, &crate::types::object::OBJECT_TYPE)))
}

static MODULE: Mutex<Option<Obj>> = Mutex::new(None);

fn module() -> PyResult<Obj> {
    if let Some(m) = MODULE.lock().unwrap_or_else(|e| e.into_inner()).clone() {
        return Ok(m);
    }
    let f = crate::types::function::new_builtin("_plain_layout", plain_layout, crate::types::none(), None);
    let m = crate::collectionsmod::module_from_source_with("_pyk_reduce", "", REDUCE_SOURCE, &[("_plain_layout", f)])?;
    Ok(MODULE.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(m).clone())
}

fn call(name: &str, args: &[Obj]) -> PyResult {
    let f = crate::abstract_::getattr_str(&module()?, name)?;
    crate::abstract_::call(&f, args, None)
}

/// `object.__reduce_ex__(obj, protocol)` when the class has no `__reduce__`
/// of its own.
pub fn reduce_ex(obj: &Obj, protocol: Obj) -> PyResult {
    call("reduce_ex", &[obj.clone(), protocol])
}

/// `object.__getstate__(obj)`.
pub fn getstate(obj: &Obj) -> PyResult {
    call("getstate", &[obj.clone()])
}
