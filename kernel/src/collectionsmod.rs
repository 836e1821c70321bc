//! `_collections` (and `_contextvars`, below): `defaultdict`,
//! `_count_elements` and `_tuplegetter` (namedtuple fields: properties
//! whose native getter reads the tuple's own storage), the pieces CPython's `collections` package takes
//! from its C module; `OrderedDict` and `deque` are the native types of `types::odict` and `types::deque`. The rest is written in Python and
//! compiled when the module is first imported — interim, until native
//! types in stdlib-native can express them (they need `__getitem__`,
//! `__len__` and comparison slots the SDK does not have yet).

use crate::error::PyResult;
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::str::new_str;

/// Whether `filename` is the pseudo-file of a builtin module made from
/// Python source here (`<_io>`, `<_codecs>`...): tracebacks leave those
/// frames out, as CPython has no Python frames for its C modules.
pub fn is_builtin_source(filename: &str) -> bool {
    matches!(filename, "<_codecs>" | "<_io>" | "<_tokenize>" | "<_collections>" | "<_contextvars>" | "<_typing>" | "<_warnings>" | "<gc>" | "<_pyk_reduce>")
}

/// A module made by running Python `source` in a fresh namespace.
pub(crate) fn module_from_source(name: &'static str, doc: &str, source: &str) -> PyResult<Obj> {
    module_from_source_with(name, doc, source, &[])
}

/// The same, with `globals` (Rust builtins the source builds on) set first.
pub fn module_from_source_with(name: &'static str, doc: &str, source: &str, globals: &[(&'static str, Obj)]) -> PyResult<Obj> {
    let m = crate::types::module::new_module(name, Some(doc));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    set_item_str(&d, "__builtins__", crate::interp::builtins_module());
    set_item_str(&d, "__name__", new_str(name));
    for (n, v) in globals {
        set_item_str(&d, n, v.clone());
    }
    let code = crate::frozen_code::module_code(name, source)?;
    crate::eval::run_code(&code, &d, None)?;
    Ok(m)
}

const SOURCE: &str = r#"
_repr_running = {}


class defaultdict(dict):
    '''dict subclass that calls a factory function to supply missing values.'''

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        # As CPython: dict's repr guards the contents ({...}), this one
        # only the factory.
        f = self.default_factory
        if _repr_running.get(id(f)):
            fr = '...'
        else:
            _repr_running[id(f)] = True
            try:
                fr = repr(f)
            finally:
                del _repr_running[id(f)]
        return f'{type(self).__name__}({fr}, {dict.__repr__(self)})'


    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

defaultdict.__module__ = 'collections'


def _count_elements(mapping, iterable):
    '''Tally elements from the iterable.'''
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _tuplegetter(index, doc, /):
    # A namedtuple field: a property whose getter reads the tuple's own
    # storage (a native function), whatever __getitem__ a subclass defines.
    return property(_tuple_field(index), doc=doc)
"#;

pub fn make_module() -> PyResult {
    let field = crate::types::function::new_builtin("_tuple_field", tuple_field, crate::types::none(), Some("_collections"));
    let odict = crate::types::odict::ODICT_TYPE.as_obj();
    module_from_source_with("_collections", "High performance data structures.", SOURCE, &[
        ("_tuple_field", field),
        ("OrderedDict", odict),
        ("deque", crate::types::deque::DEQUE_TYPE.as_obj()),
        ("_deque_iterator", crate::types::deque::DEQUE_ITER_TYPE.as_obj()),
        ("_deque_reverse_iterator", crate::types::deque::DEQUE_REVITER_TYPE.as_obj()),
    ])
}

/// `_tuple_field(index)`: a getter for item `index` of a tuple (or tuple
/// subclass), read from the tuple's storage.
fn tuple_field(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [index] = a else { return Err(crate::error::type_error("_tuple_field() takes exactly one argument")) };
    let i = crate::types::int::as_i64(index).filter(|i| *i >= 0).ok_or_else(|| crate::error::value_error("index must be a non-negative int"))?;
    Ok(crate::types::function::new_builtin("_tuplegetter", tuple_field_get, crate::types::int::from_i64(i), Some("collections")))
}

fn tuple_field_get(index: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [obj] = a else { return Err(crate::error::type_error("descriptor takes exactly one argument")) };
    let i = crate::types::int::as_i64(index).unwrap_or(0) as usize;
    match crate::types::tuple::as_tuple(obj) {
        Some(t) => t.get(i).cloned().ok_or_else(|| crate::error::index_error("tuple index out of range")),
        None => Err(crate::error::type_error(format!("descriptor for index '{i}' for tuple subclasses doesn't apply to '{}' object", obj.type_obj().name()))),
    }
}

/// `_contextvars`: ContextVar, Token, Context and copy_context, in Python.
/// Each thread has its own current context; a context's mapping is copied
/// on write, so copies taken earlier do not change (CPython uses an
/// immutable HAMT for the same effect).
const CONTEXTVARS_SOURCE: &str = r#"
import _thread

_MISSING = object()
_current = {}

def _ctx():
    tid = _thread.get_ident()
    c = _current.get(tid)
    if c is None:
        c = _current[tid] = Context()
    return c


class Context:
    __slots__ = ('_data', '_entered', '__weakref__')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        tid = _thread.get_ident()
        prev = _current.get(tid)
        self._entered = True
        _current[tid] = self
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            if prev is None:
                del _current[tid]
            else:
                _current[tid] = prev

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _MISSING

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        data = _ctx()._data
        if self in data:
            return data[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _ctx()
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _ctx()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        d = ''
        if self._default is not _MISSING:
            d = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{d} at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def copy_context():
    return _ctx().copy()


for _c in (Context, Token, ContextVar):
    _c.__module__ = '_contextvars'
del _c
"#;

pub fn make_contextvars() -> PyResult {
    module_from_source("_contextvars", "Context Variables", CONTEXTVARS_SOURCE)
}
