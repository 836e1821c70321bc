# __slots__ with inheritance, __dict__/__weakref__ slots, and errors.
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
b = B()
b.x, b.y = 1, 2
print(b.x, b.y, hasattr(b, "__dict__"))
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class C(A):
    pass  # no __slots__: gets a __dict__
c = C()
c.z = 3
print(c.z, c.__dict__)

class D:
    __slots__ = ("__dict__", "a")
d = D()
d.a, d.other = 1, 2
print(d.a, d.__dict__)

class W:
    __slots__ = ()
try:
    W().q = 1
except AttributeError as e:
    print("AttributeError:", e)

import weakref
class NoWeak:
    __slots__ = ("v",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
class Weak:
    __slots__ = ("v", "__weakref__")
w = Weak()
r = weakref.ref(w)
print(r() is w)

# slot conflicting with class variable
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

# duplicate __dict__ slot
try:
    class Bad2(D):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)

# string __slots__ means one slot
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(S.__slots__, s.only)

# uninitialised slot
try:
    A().x
except AttributeError as e:
    print("AttributeError:", e)

# slots are member descriptors on the class
print(type(A.__dict__["x"]).__name__, A.x.__name__)

# deleting a slot value
a = A()
a.x = 5
del a.x
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)

# private names in slots are mangled
class P:
    __slots__ = ("__secret",)
    def set(self):
        self.__secret = 1
        return self.__secret
print(P().set(), [k for k in P.__dict__ if "secret" in k])

# multiple inheritance layout conflict
class L1:
    __slots__ = ("a",)
class L2:
    __slots__ = ("b",)
try:
    class L3(L1, L2):
        pass
except TypeError as e:
    print("TypeError:", e)

# slots with default via class attribute on subclass
class Base:
    __slots__ = ("val",)
class Sub(Base):
    __slots__ = ()
    def __init__(self):
        self.val = "set in subclass"
print(Sub().val)
