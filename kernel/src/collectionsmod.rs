//! `_collections` (and `_contextvars`, below): `deque`, `defaultdict`,
//! `_count_elements` and `_tuplegetter` (namedtuple fields: properties
//! whose native getter reads the tuple's own storage), the pieces CPython's `collections` package takes
//! from its C module; `OrderedDict` is the native type of `types::odict`. The rest is written in Python and
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
    let code = crate::interp::compile_source(source, &format!("<{name}>"), pyk_abi::component::Mode::Exec)?;
    crate::eval::run_code(&code, &d, None)?;
    Ok(m)
}

const SOURCE: &str = r#"
class deque:
    '''Sequence with fast appends and pops at both ends.'''
    # The items are _items[_head:]: popleft leaves a hole at the front and
    # appendleft fills one (growing the front by as many holes as there are
    # items when none is left), so both ends cost O(1) amortized. _state
    # counts the changes an iterator must notice.
    __slots__ = ('_items', '_head', '_state', '_maxlen', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if iterable is self:
            iterable = list(iterable)
        self._items = []
        self._head = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        h = self._head
        if h:
            del self._items[:h]
            self._head = 0
        return self._items

    def _trim_left(self):
        m = self._maxlen
        if m is not None:
            items = self._items
            h = self._head
            extra = len(items) - h - m
            if extra > 0:
                for i in range(h, h + extra):
                    items[i] = None
                self._head = h + extra
                if self._head > 16 and 2 * self._head > len(items):
                    self._compact()

    def _trim_right(self):
        m = self._maxlen
        if m is not None and len(self._items) - self._head > m:
            del self._items[self._head + m:]

    def append(self, x):
        self._state += 1
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._state += 1
        h = self._head
        if not h:
            items = self._items
            h = max(8, len(items))
            items[:0] = [None] * h
        h -= 1
        self._items[h] = x
        self._head = h
        self._trim_right()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        items = self._items
        if len(items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        h = self._head
        if len(items) == h:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[h]
        items[h] = None
        h += 1
        if h == len(items):
            items.clear()
            h = 0
        elif h > 16 and 2 * h > len(items):
            del items[:h]
            h = 0
        self._head = h
        return x

    def clear(self):
        self._state += 1
        self._items.clear()
        self._head = 0

    def copy(self):
        return type(self)(self._compact(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._compact().count(x)

    def index(self, x, start=0, stop=None):
        n = len(self._compact())
        if stop is None:
            stop = n
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        items = self._compact()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        items.insert(i, x)

    def remove(self, value):
        try:
            self._compact().remove(value)
            self._state += 1
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None

    def reverse(self):
        self._compact().reverse()

    def rotate(self, n=1):
        items = self._compact()
        k = len(items)
        if k <= 1:
            return
        n %= k
        if n:
            self._state += 1
            items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        state = self._state
        n = len(self)
        for i in range(n):
            if self._state != state or len(self) != n:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[self._head + i]

    def __reversed__(self):
        state = self._state
        n = len(self)
        for i in range(n - 1, -1, -1):
            if self._state != state or len(self) != n:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[self._head + i]

    def _index(self, i):
        if not isinstance(i, int):
            i = i.__index__() if hasattr(type(i), '__index__') else None
            if i is None:
                raise TypeError('sequence index must be integer, not ' + repr(type(i).__name__))
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = self._index(i)
        self._state += 1
        del self._items[i]

    def __contains__(self, x):
        return x in self._compact()

    def __repr__(self):
        if _repr_running.get(id(self)):
            return '[...]'
        _repr_running[id(self)] = True
        try:
            body = repr(self._compact())
        finally:
            del _repr_running[id(self)]
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() == other._compact()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() != other._compact()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() < other._compact()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() <= other._compact()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() > other._compact()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() >= other._compact()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = type(self)((), self._maxlen)
        new.extend(self._compact() * n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._compact() * n
        self.clear()
        self.extend(items)
        return self

    def __reduce__(self):
        # A subclass's __dict__ and slots, without deque's own slots (the
        # items travel as the fourth element).
        state = self.__getstate__()
        if isinstance(state, tuple):
            attrs, slots = state
            slots = {k: v for k, v in slots.items() if k not in ('_items', '_head', '_state', '_maxlen')}
            state = (attrs, slots) if slots else attrs
        args = () if self._maxlen is None else ((), self._maxlen)
        # CPython hands over iter(self); deque's own iterator is a generator
        # here, which pickle cannot take, so a list iterator stands for it.
        if type(self).__iter__ is deque.__iter__:
            it = iter(list(self._compact()))
        else:
            it = iter(self)
        return type(self), args, state, it

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

deque.__module__ = 'collections'
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
    module_from_source_with("_collections", "High performance data structures.", SOURCE, &[("_tuple_field", field), ("OrderedDict", odict)])
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
