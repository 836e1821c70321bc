import _weakref
class A:
    pass
a = A()
events = []
r = _weakref.ref(a, lambda w: events.append("cb"))
print(r() is a, _weakref.getweakrefcount(a), r.__callback__ is not None)
r2 = _weakref.ref(a)
print(r == r2, hash(r) == hash(r2) if False else "skip")
del a
print(r(), events, _weakref.getweakrefcount(A()))
try:
    _weakref.ref(1)
except TypeError as e:
    print(e)
b = A()
p = _weakref.proxy(b)
b.x = 5
print(p.x)
del b
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)
class KeyedRef(_weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, callback, key):
        self = _weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
c = A()
k = KeyedRef(c, None, "thekey")
print(k() is c, k.key, type(k).__name__)
d = {"x": k}
del c
_weakref._remove_dead_weakref(d, "x")
print(d)
