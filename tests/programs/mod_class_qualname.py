# A class's __qualname__ lives beside the type, not in its __dict__ (as
# CPython's ht_qualname); typing's runtime protocols list the dict's names.
from typing import Protocol, runtime_checkable


class Outer:
    class Inner:
        pass


print("__qualname__" in Outer.__dict__, Outer.Inner.__qualname__, Outer.Inner)
Outer.Inner.__qualname__ = "Elsewhere"
print(Outer.Inner.__qualname__, "__qualname__" in Outer.Inner.__dict__, repr(Outer.Inner))
try:
    Outer.__qualname__ = 3
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), {"__qualname__": 1})
except TypeError as e:
    print("TypeError", e)
print(type("Y", (), {"__qualname__": "A.Y"}).__qualname__)


@runtime_checkable
class HasClose(Protocol):
    def close(self): ...


class F:
    def close(self):
        pass


print(issubclass(F, HasClose), isinstance(F(), HasClose), issubclass(int, HasClose))
print(sorted(HasClose.__protocol_attrs__))


class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)


print(type(WithNew.__dict__["__new__"]).__name__, type(WithNew()).__name__)
