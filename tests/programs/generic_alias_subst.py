# types.GenericAlias: __parameters__, substitution (TypeVar, TypeVarTuple, ParamSpec, nested), errors, subclasses (collections.abc.Callable), copy and pickle.
from typing import TypeVar, TypeVarTuple, ParamSpec, Generic, Callable
import collections.abc
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
Ts = TypeVarTuple('Ts'); P = ParamSpec('P')
print(list[T].__parameters__, list[T][int], dict[K, V][str, int])
print(dict[str, list[T]][int], dict[T, list[T]][int].__args__)
print(list[int].__parameters__)
try:
    list[int][str]
except TypeError as e:
    print(e)
try:
    dict[K, V][int]
except TypeError as e:
    print(e)
try:
    list[T][int, str]
except TypeError as e:
    print(e)
print(tuple[T, *Ts][int, str, float])
print(tuple[*Ts][int, str], tuple[*Ts].__parameters__)
print(tuple[T, *Ts][int])
print(collections.abc.Callable[[T], K][int, str])
print(collections.abc.Callable[P, T][[int, str], bool])
print(list[tuple[T, K]][int, str], type(list[T][int]))
print(tuple[int, *tuple[str, ...]], tuple[T, *tuple[str, ...]][int])
class G(Generic[T]): pass
print(list[G[T]][int])
print(list[T][*tuple[int]])
print(list[T] == list[T], list[T][int] == list[int])
import copy, pickle
from typing import Unpack
for a in [list[int], dict[str, list[T]], tuple[int, ...]]:
    print(copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a)), a.__reduce__())
print(list[int].append is list.append, list[int].__doc__ == list.__doc__, list[int].__mro_entries__((list[int],)))
print(dir(list[int]) == dir(list) or 'ok')
print(repr(next(iter(tuple[int, str]))), next(iter(tuple[int, str])).__reduce__()[0])
