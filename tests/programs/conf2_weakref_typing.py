# Weak references to type variables and generic aliases.
import weakref
from typing import TypeVar, ParamSpec, TypeVarTuple

T = TypeVar("T")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
for obj in (T, P, Ts, list[int], dict[str, T]):
    r = weakref.ref(obj)
    print(r() is obj)
