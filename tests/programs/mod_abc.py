# needs: stdlib
# _abc under abc.ABCMeta: abstract methods, register, the caches, the
# checks' errors, and typing's runtime protocols (whose issubclass checks
# ask who called them: abc's frames, not _py_abc's).
import abc
import _abc
import collections.abc as cabc
from typing import Protocol, runtime_checkable

print(abc.ABCMeta.__module__, abc._abc_init is _abc._abc_init, type(abc.ABC._abc_impl).__name__)


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @classmethod
    @abc.abstractmethod
    def g(cls): ...

    @property
    @abc.abstractmethod
    def p(self): ...


class Half(Base):
    def f(self):
        return 1


class Full(Half):
    @classmethod
    def g(cls):
        return 2

    p = 3


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Full().f(), Full.g(), Full().p)


class Virtual:
    pass


token = abc.get_cache_token()
print(Base.register(Virtual) is Virtual, abc.get_cache_token() == token + 1)
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), issubclass(int, Base))
registry, cache, negative, version = _abc._get_dump(Base)
print(len(registry), version == abc.get_cache_token())
Base._abc_caches_clear()
print([len(s) for s in _abc._get_dump(Base)[:3]])
Base._abc_registry_clear()
print(issubclass(Virtual, Base))

for call in [lambda: Base.register(1), lambda: issubclass(1, Base),
             lambda: Half.register(Base)]:
    try:
        call()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "quack") or NotImplemented


class Duck:
    quack = 1


print(issubclass(Duck, Hook), issubclass(int, Hook), isinstance(Duck(), Hook))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(list, cabc.Hashable),
      issubclass(tuple, cabc.Hashable), isinstance(iter([]), cabc.Iterator))
match (1, 2):
    case [a, b]:
        print("sequence pattern", a, b)


@runtime_checkable
class Sized2(Protocol):
    size: int

    def measure(self): ...


class Box:
    size = 3

    def measure(self):
        return self.size


print(isinstance(Box(), Sized2), isinstance(1, Sized2))
try:
    issubclass(Box, Sized2)
except TypeError as e:
    print("TypeError", e)
