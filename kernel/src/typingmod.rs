//! `_typing`: the classes behind PEP 484/612/646/695/696 (`TypeVar`,
//! `ParamSpec`, `TypeVarTuple`, `ParamSpecArgs`/`ParamSpecKwargs`,
//! `TypeAliasType`, `Generic`, `NoDefault`) that CPython writes in C and
//! `typing` imports, plus the entry points the evaluation loop's
//! type-parameter intrinsics call. Written in Python and compiled on first
//! import, like `_collections`. Substitution and `Generic[...]` defer to
//! `typing`'s own helpers, as CPython's C code does.

use crate::error::PyResult;
use crate::object::Obj;
use crate::types::dict::set_item_str;

const SOURCE: &str = r#"
import sys as _sys

def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__')
    except (AttributeError, ValueError):
        return None

def _typing():
    import typing
    return typing

_NOARG = object()

class _Sealed:
    __slots__ = ()
    def __init_subclass__(cls, *args, **kwargs):
        # The classes of this module mark themselves; any other subclass of
        # a marked class is refused, as CPython's classes are not subclassable.
        for b in () if '_sealed_name' in cls.__dict__ else cls.__mro__[1:]:
            if b.__dict__.get('_sealed_name'):
                raise TypeError(f"type 'typing.{b.__name__}' is not an acceptable base type")
        super().__init_subclass__(*args, **kwargs)

    def __setattr__(self, name, value):
        if hasattr(type(self), name):
            raise AttributeError(f"attribute '{name}' of 'typing.{type(self).__name__}' objects is not writable")
        raise AttributeError(f"'typing.{type(self).__name__}' object has no attribute '{name}' "
                             "and no __dict__ for setting new attributes")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

class NoDefaultType:
    '''Class of NoDefault, the marker for a type parameter without a default.'''
    __slots__ = ()
    _sealed_name = True
    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('NoDefaultType takes no arguments')
        return NoDefault
    def __repr__(self):
        return 'typing.NoDefault'
    def __reduce__(self):
        return 'NoDefault'
    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'NoDefaultType' is not an acceptable base type")
    def __getattribute__(self, name):
        # As for the instances of CPython's static types, the class's
        # __module__ is not an attribute of NoDefault (pickle then finds it
        # by looking through the modules).
        if name == '__module__':
            raise AttributeError("'NoDefaultType' object has no attribute '__module__'")
        return object.__getattribute__(self, name)

NoDefault = object.__new__(NoDefaultType)
NoDefaultType.__module__ = 'builtins'

_UNSET = object()

class _TypeParam(_Sealed):
    __slots__ = ('_name', '_module', '_default', '_default_fn', '__weakref__')

    def _init_default(self, default):
        object.__setattr__(self, '_default', default)
        object.__setattr__(self, '_default_fn', None)

    @property
    def __name__(self):
        return self._name

    @property
    def __default__(self):
        if self._default_fn is not None:
            object.__setattr__(self, '_default', self._default_fn())
            object.__setattr__(self, '_default_fn', None)
        return self._default

    def has_default(self):
        return self._default_fn is not None or self._default is not NoDefault

    def __reduce__(self):
        return self._name

    def __getattribute__(self, name):
        if name == '__module__':
            return object.__getattribute__(self, '_module')
        return object.__getattribute__(self, name)

def _variance_prefix(tp):
    if tp._infer_variance:
        return ''
    if tp._covariant:
        return '+'
    if tp._contravariant:
        return '-'
    return '~'

def _check_variance(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise ValueError('Bivariant types are not supported.')
    if infer_variance and (covariant or contravariant):
        raise ValueError('Variance cannot be specified with infer_variance.')

def _check_name(name, who):
    if not isinstance(name, str):
        raise TypeError(f"{who}() argument 'name' must be str, not {type(name).__name__}")

class _VarianceParam(_TypeParam):
    # What TypeVar and ParamSpec share: a bound, variance and `|`.
    __slots__ = ('_bound', '_covariant', '_contravariant', '_infer_variance')

    def _init_variance(self, bound, covariant, contravariant, infer_variance):
        _check_variance(covariant, contravariant, infer_variance)
        if bound is not None:
            bound = _typing()._type_check(bound, 'Bound must be a type.')
        s = object.__setattr__
        s(self, '_bound', bound)
        s(self, '_covariant', bool(covariant))
        s(self, '_contravariant', bool(contravariant))
        s(self, '_infer_variance', bool(infer_variance))

    @property
    def __bound__(self):
        return self._bound

    @property
    def __covariant__(self):
        return self._covariant

    @property
    def __contravariant__(self):
        return self._contravariant

    @property
    def __infer_variance__(self):
        return self._infer_variance

    def __repr__(self):
        return _variance_prefix(self) + self._name

    def __or__(self, right):
        return _typing().Union[self, right]

    def __ror__(self, left):
        return _typing().Union[left, self]

class TypeVar(_VarianceParam):
    '''Type variable.

    Usually written as a type parameter in brackets after a class,
    function or type alias name, e.g. ``class Box[V]: ...``.
    A bound is given as ``[V: int]`` and a set of allowed types as
    ``[V: (int, float)]``.
    '''
    __slots__ = ('_bound_fn', '_constraints', '_constraints_fn')
    _sealed_name = True

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        _check_name(name, 'typevar')
        self._init_variance(bound, covariant, contravariant, infer_variance)
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and self._bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        s = object.__setattr__
        s(self, '_name', name)
        s(self, '_bound_fn', None)
        s(self, '_constraints', tuple(constraints))
        s(self, '_constraints_fn', None)
        self._init_default(default)
        s(self, '_module', _caller_module())

    @property
    def __bound__(self):
        if self._bound_fn is not None:
            object.__setattr__(self, '_bound', self._bound_fn())
            object.__setattr__(self, '_bound_fn', None)
        return self._bound

    @property
    def __constraints__(self):
        if self._constraints_fn is not None:
            object.__setattr__(self, '_constraints', tuple(self._constraints_fn()))
            object.__setattr__(self, '_constraints_fn', None)
        return self._constraints

    def __typing_subst__(self, arg):
        return _typing()._typevar_subst(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i < len(args):
            return args
        if i == len(args) and self.has_default():
            return (*args, self.__default__)
        raise TypeError(f'Too few arguments for {alias}; actual {len(args)}, expected at least {i + 1}')

class ParamSpecArgs(_Sealed):
    '''Stands for the positional arguments (*args) of a ParamSpec.'''
    __slots__ = ('_origin',)
    _sealed_name = True
    _suffix = 'args'

    def __init__(self, origin):
        object.__setattr__(self, '_origin', origin)

    @property
    def __origin__(self):
        return self._origin

    def __repr__(self):
        o = self._origin
        return f'{o.__name__ if isinstance(o, ParamSpec) else repr(o)}.{self._suffix}'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._origin == other._origin

    def __hash__(self):
        return hash((type(self).__name__, self._origin))

ParamSpecArgs.__module__ = 'typing'

class ParamSpecKwargs(ParamSpecArgs):
    '''Stands for the keyword arguments (**kwargs) of a ParamSpec.'''
    __slots__ = ()
    _sealed_name = True
    _suffix = 'kwargs'

class ParamSpec(_VarianceParam):
    '''Parameter specification variable.

    Usually written as a type parameter with a '**' prefix, for example
    ``type Handler[**Args] = Callable[Args, None]``.
    '''
    __slots__ = ()
    _sealed_name = True

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        _check_name(name, 'paramspec')
        self._init_variance(bound, covariant, contravariant, infer_variance)
        object.__setattr__(self, '_name', name)
        self._init_default(default)
        object.__setattr__(self, '_module', _caller_module())

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        return _typing()._paramspec_subst(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._paramspec_prepare_subst(self, alias, args)

class TypeVarTuple(_TypeParam):
    '''Type variable tuple: stands for any number of types, which makes
    generics with a variable count of parameters possible.

    Usually written as a type parameter with a '*' prefix, for example
    ``def first[H, *Rest](t: tuple[H, *Rest]) -> H: ...``.
    '''
    __slots__ = ()
    _sealed_name = True

    def __init__(self, name, *, default=NoDefault):
        _check_name(name, 'typevartuple')
        object.__setattr__(self, '_name', name)
        self._init_default(default)
        object.__setattr__(self, '_module', _caller_module())

    def __iter__(self):
        yield _typing().Unpack[self]

    def __repr__(self):
        return self._name

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._typevartuple_prepare_subst(self, alias, args)

_GenericAlias = type(list[int])

class TypeAliasType(_Sealed):
    '''Type alias.

    Made by a ``type`` statement such as ``type Ids = list[int]``; type
    checkers read the alias name as the type on its right-hand side.
    '''
    __slots__ = ('_name', '_value', '_value_fn', '_type_params', '_module')
    _sealed_name = True

    def __init__(self, name=_NOARG, value=_NOARG, *args, type_params=(), **kwargs):
        if args:
            raise TypeError(f'typealias() takes exactly 2 positional arguments ({2 + len(args)} given)')
        if kwargs:
            raise TypeError(f"typealias() got an unexpected keyword argument '{next(iter(kwargs))}'")
        if name is _NOARG:
            raise TypeError("typealias() missing required argument 'name' (pos 1)")
        if value is _NOARG:
            raise TypeError("typealias() missing required argument 'value' (pos 2)")
        _check_name(name, 'typealias')
        if not isinstance(type_params, tuple):
            raise TypeError('type_params must be a tuple')
        seen_default = False
        for p in type_params:
            if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                raise TypeError(f"Expected a type param, got {p!r}")
            if p.has_default():
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default type parameter '{p!r}' follows default type parameter")
        s = object.__setattr__
        s(self, '_name', name)
        s(self, '_value', value)
        s(self, '_value_fn', None)
        s(self, '_type_params', type_params)
        s(self, '_module', _caller_module())

    @property
    def __mro_entries__(self):
        # CPython's type aliases have none: `class C(Alias)` calls
        # TypeAliasType itself as the metaclass.
        raise AttributeError('__mro_entries__')

    @property
    def __name__(self):
        return self._name

    @property
    def __value__(self):
        if self._value_fn is not None:
            object.__setattr__(self, '_value', self._value_fn())
            object.__setattr__(self, '_value_fn', None)
        return self._value

    @property
    def __type_params__(self):
        return self._type_params

    @property
    def __parameters__(self):
        if any(isinstance(p, TypeVarTuple) for p in self._type_params):
            unpack = _typing().Unpack
            return tuple(unpack[p] if isinstance(p, TypeVarTuple) else p for p in self._type_params)
        return self._type_params

    def __getattribute__(self, name):
        if name == '__module__':
            return object.__getattribute__(self, '_module')
        return object.__getattribute__(self, name)

    def __getitem__(self, args):
        if not self._type_params:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(args, tuple):
            args = (args,)
        return _GenericAlias(self, args)

    def __repr__(self):
        return self._name

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return _union_or(self, right)

    def __ror__(self, left):
        return _union_or(left, self)

class Generic:
    '''Base of generic classes.

    A class with type parameters in brackets (``class Pair[A, B]: ...``)
    gets Generic as a base without naming it; a class can also list
    ``Generic[A, B]`` among its bases explicitly. Such a class can then
    be subscripted in annotations, as in ``Pair[int, str]``.
    '''
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _typing()._generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        return _typing()._generic_init_subclass(cls, *args, **kwargs)

for _c in (TypeVar, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVarTuple, TypeAliasType, Generic):
    _c.__module__ = 'typing'
del _c

# Entry points of the evaluation loop's type-parameter intrinsics.

def _intrinsic_typevar(name, bound_fn=None, constraints_fn=None):
    tv = TypeVar.__new__(TypeVar)
    TypeVar.__init__(tv, name, infer_variance=True)
    # CPython gives the type parameters of the syntax the module 'typing'.
    object.__setattr__(tv, '_module', 'typing')
    if bound_fn is not None:
        object.__setattr__(tv, '_bound_fn', bound_fn)
    if constraints_fn is not None:
        object.__setattr__(tv, '_constraints_fn', constraints_fn)
    return tv

def _intrinsic_paramspec(name):
    p = ParamSpec(name, infer_variance=True)
    object.__setattr__(p, '_module', 'typing')
    return p

def _intrinsic_typevartuple(name):
    p = TypeVarTuple(name)
    object.__setattr__(p, '_module', 'typing')
    return p

def _intrinsic_set_default(param, default_fn):
    object.__setattr__(param, '_default_fn', default_fn)
    return param

def _intrinsic_subscript_generic(params):
    # A TypeVarTuple in a class's type parameters stands unpacked, as
    # CPython's intrinsic passes it (Generic[T, *Ts]).
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(next(iter(p)) if isinstance(p, TypeVarTuple) else p for p in params)
    return Generic[params]

def _intrinsic_typealias(args):
    name, type_params, compute = args
    ta = TypeAliasType(name, None, type_params=() if type_params is None else type_params)
    object.__setattr__(ta, '_value_fn', compute)
    object.__setattr__(ta, '_module', _caller_module(2))
    return ta
"#;

/// `_typing`, created on first import.
pub fn make_module() -> PyResult<Obj> {
    let m = crate::collectionsmod::module_from_source("_typing", "Native building blocks that the typing module imports.\n", SOURCE)?;
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    // A builtin, so that `__call__ = _idfunc` in a class does not bind (NewType).
    set_item_str(&d, "_idfunc", crate::types::function::new_builtin("_idfunc", idfunc, crate::types::none(), Some("_typing")));
    set_item_str(&d, "_union_or", crate::types::function::new_builtin("_union_or", union_or, crate::types::none(), Some("_typing")));
    Ok(m)
}

fn idfunc(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("_idfunc", k)?;
    match a {
        [x] => Ok(x.clone()),
        _ => Err(crate::error::type_error(format!("_typing._idfunc() takes exactly one argument ({} given)", a.len()))),
    }
}

fn union_or(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    match a {
        [x, y] => crate::types::genericalias::union_or(x, y),
        _ => Err(crate::error::type_error("_union_or expected 2 arguments")),
    }
}

/// Calls `_typing.<name>(*args)`: the evaluation loop's PEP 695 intrinsics.
pub fn call(name: &'static str, args: &[Obj]) -> PyResult {
    let m = crate::import::import_module("_typing")?;
    let f = crate::abstract_::getattr(&m, &crate::types::str::istr(name))?;
    crate::abstract_::call(&f, args, None)
}
