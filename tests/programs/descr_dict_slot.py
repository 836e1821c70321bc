# The `__dict__` and `__weakref__` descriptors live in the class dict of the
# first class that gives its instances a dict (weak references), and
# `__dict__` can be replaced or deleted where CPython allows it.
import types, weakref

class A:
    "doc"
    x = 1
class B(A):
    pass
class S:
    __slots__ = ("a",)
class SD:
    __slots__ = ("__dict__", "a")
class SW:
    __slots__ = ("__weakref__",)
class SS(S):
    pass
class L(list):
    pass
class I(int):
    pass
class T(tuple):
    pass
class F(float):
    pass
class E(Exception):
    pass
class M(type):
    pass
class Mo(types.ModuleType):
    pass

for c in (A, B, S, SD, SW, SS, L, I, T, F, E, M, Mo):
    print(c.__name__, [k for k in ("__dict__", "__weakref__") if k in c.__dict__])
print(list(A.__dict__))
print(list(SD.__dict__))
print(A.__dict__["__dict__"], A.__dict__["__weakref__"])
print(type(A.__dict__["__dict__"]).__name__)

a = A()
a.y = 2
print(A.__dict__["__dict__"].__get__(a, A))
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
try:
    a.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
a.__dict__ = {"z": 3}
print(a.z, vars(a))
del a.__dict__
print(a.__dict__)
a.w = 4
print(a.__dict__)
for bad in (None, [], 1):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)

# Modules keep their dict.
m = Mo("spam")
try:
    m.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)

# Exceptions: the dict can be replaced, not deleted.
class Base:
    pass
class E2(Exception, Base):
    pass
for T2 in (Exception, E2, ValueError):
    e = T2()
    e.__dict__ = {"a": 1}
    print(T2.__name__, e.a)
    try:
        del e.__dict__
    except TypeError as x:
        print("TypeError:", x)
    try:
        e.__dict__ = 1
    except TypeError as x:
        print("TypeError:", x)

print(sorted(set(dir(A)) - set(dir(object))))
