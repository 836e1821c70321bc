# needs: stdlib
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, Generic, NoDefault, TypeAliasType
T = TypeVar('T'); print(repr(T), T.__name__, T.__module__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__, T.__default__, T.has_default())
print(repr(TypeVar('U', covariant=True)), repr(TypeVar('V', contravariant=True)), repr(TypeVar('W', infer_variance=True)))
S = TypeVar('S', int, str); print(S.__constraints__, S.__bound__)
B = TypeVar('B', bound=int, default=str); print(B.__bound__, B.__default__, B.has_default())
for bad in [lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int), lambda: TypeVar('X', covariant=True, contravariant=True), lambda: TypeVar('X', covariant=True, infer_variance=True), lambda: TypeVar(1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try:
    class Z(T): pass
except TypeError as e: print(e)
try:
    class Z2(TypeVar): pass
except TypeError as e: print(e)
print(T | int, int | T)
P = ParamSpec('P'); print(repr(P), P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, repr(ParamSpec('Q', covariant=True)))
Ts = TypeVarTuple('Ts'); print(repr(Ts), [*Ts], Ts.__default__, Ts.has_default())
print(repr(NoDefault), type(NoDefault).__name__)
A = TypeAliasType('A', list[int]); print(repr(A), A.__value__, A.__type_params__, A.__parameters__, A.__module__, A.__name__)
GA = TypeAliasType('GA', list[T], type_params=(T,)); print(GA[int], GA.__parameters__, type(GA[int]))
try: A[int]
except TypeError as e: print(e)
class G(Generic[T]): pass
print(G[int], G.__parameters__, Generic, G.__mro__)
def f[X: int, *Y, **Z](a: X) -> X: return a
print(f.__type_params__, [type(p).__name__ for p in f.__type_params__], f.__type_params__[0].__bound__, f.__type_params__[0].__infer_variance__)
class C[K: (int, str) = int, V = K]:
    def m(self) -> K: ...
print(C.__type_params__, C.__parameters__, C.__mro__, C.__type_params__[0].__constraints__, C.__type_params__[1].__default__)
print(C[int, str])
type Alias[Q = int] = dict[str, Q]
print(Alias, Alias.__value__, Alias.__type_params__, Alias[int], type(Alias).__name__, Alias.__module__)
type Rec = list[Rec]
print(Rec.__value__)
print(T.__typing_subst__(int), typing.List[T][int], typing.Callable[P, int][[int, str], ])
print(typing.Tuple[*Ts][int, str], typing._idfunc(1))
import copy
print(copy.copy(T) is T, copy.deepcopy(T) is T, T.__reduce__())
print(typing.get_type_hints(f))
def g(): pass
try: g.__type_params__ = [1]
except TypeError as e: print(e)
g.__type_params__ = (T,); print(g.__type_params__, g.__dict__)
from typing import NewType, Protocol, TypedDict, NamedTuple, Optional, Union, Literal
UserId = NewType('UserId', int); print(UserId(5), UserId)
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Optional[int], Union[int, str], Literal[1, 'a'])
class TD(TypedDict):
    a: int
print(TD(a=1), TD.__required_keys__)
class Pr(Protocol):
    def meth(self) -> int: ...
print(Pr, typing.runtime_checkable(Pr))
