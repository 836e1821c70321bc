class G:
    def __class_getitem__(cls, item):
        return ('cgi', cls.__name__, item)
print(G[int], G[int, str], G[()], G[1:2])
class Sub(G):
    pass
print(Sub[0])
class NoCGI:
    pass
try:
    NoCGI[int]
except TypeError as e:
    print('TypeError:', e)
print(list[int], dict[str, int], tuple[int, ...], type[int], list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), type(list[int]).__name__, isinstance([], list), list[int] == list[int], list[int] != list[str])
class Meta(type):
    def __getitem__(cls, item):
        return ('meta', item)
class M(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'cgi'
print(M[5])
class Base:
    pass
class Entries:
    def __mro_entries__(self, bases):
        print('mro_entries', [type(b).__name__ for b in bases])
        return (Base,)
class Derived(Entries()):
    pass
print(Derived.__bases__, Derived.__orig_bases__[0].__class__.__name__, issubclass(Derived, Base))
class BadEntries:
    def __mro_entries__(self, bases):
        return 5
try:
    class X(BadEntries()):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Y(5):
        pass
except TypeError as e:
    print('TypeError:', e)
import types
print(types.resolve_bases((Entries(), int)))
from typing import Generic, TypeVar
T = TypeVar('T')
class Box(Generic[T]):
    pass
print(Box[int], Box.__mro__[1].__name__, Box[int]().__class__.__name__)
