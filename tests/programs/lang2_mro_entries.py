# __mro_entries__, __orig_bases__, and bases that are not classes.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        print("mro_entries called with", [b if isinstance(b, type) else type(b).__name__ for b in bases])
        return (self.target,)

class Real:
    def hello(self):
        return "hello from Real"

class Derived(Proxy(Real)):
    pass
print(Derived.__bases__, Derived().hello())
print([type(b).__name__ for b in Derived.__orig_bases__])

# returning empty tuple removes the base
class Vanish:
    def __mro_entries__(self, bases):
        return ()
class OnlyObject(Vanish()):
    pass
print(OnlyObject.__bases__)

# returning a non-tuple
class Bad:
    def __mro_entries__(self, bases):
        return [Real]
try:
    class X(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)

# a non-class base without __mro_entries__
try:
    class Y(5):
        pass
except TypeError as e:
    print("TypeError:", e)

# generic alias bases
from typing import Generic, TypeVar
T = TypeVar("T")
class G(Generic[T]):
    pass
class GI(G[int]):
    pass
print(GI.__bases__, GI.__orig_bases__)
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__, L([1, 2]))

# types.new_class and resolve_bases
import types
print(types.resolve_bases((Proxy(Real), int)))
K = types.new_class("K", (Proxy(Real),), {}, lambda ns: ns.update(v=5))
print(K.__bases__, K.v)

# duplicate base
try:
    class Dup(Real, Real):
        pass
except TypeError as e:
    print("TypeError:", e)

# inconsistent MRO
class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
