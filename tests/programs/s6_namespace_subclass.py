# needs: stdlib
# types.SimpleNamespace: subclasses, __init__, __new__, __reduce__,
# __replace__ and the constructor's positional mapping.
import copy
import pickle
import types

SN = types.SimpleNamespace


class Point(SN):
    dims = 2

    def norm1(self):
        return sum(abs(v) for v in vars(self).values())


p = Point(x=3, y=-4)
print(p, repr(p), p.x, p.dims, p.norm1(), vars(p), type(p).__name__)
print(isinstance(p, SN), p.__dict__ is vars(p))
p.z = 1
del p.x
print(p, p.__dict__)
print(p == SN(y=-4, z=1), SN(y=-4, z=1) == p, p != Point(y=-4))
try:
    del p.missing
except AttributeError as e:
    print("AttributeError", e)


class Named(SN):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name


print(Named("n", q=1))


class Own(SN):
    def __init__(self, v):
        self.v = v


print(Own(5), Own.__mro__)


class Shown(SN):
    def __repr__(self):
        return "Shown!"


print(repr(Shown(a=1)), str(Shown()))


class Loop(SN):
    pass


r = Loop()
r.me = r
print(r)

print(SN({"a": 1}, b=2), SN([("x", 1), ("y", 2)]))
for args in [(1,), ({1: 2},), ({}, {})]:
    try:
        SN(*args)
    except TypeError as e:
        print("TypeError", e)
n = SN(a=1)
SN.__init__(n, b=2)
print(n, SN.__new__(SN, a=5), SN.__new__(Point))
print(sorted(k for k in SN.__dict__ if k in ("__init__", "__new__", "__reduce__", "__replace__")))

print(p.__reduce__())
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(SN(k=[1, 2]))))
print(type(copy.copy(p)).__name__)
print(copy.replace(SN(a=1, b=2), b=3), copy.replace(Point(x=1), x=9))
try:
    SN(a=1).__replace__(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(SN())
except TypeError as e:
    # (CPython names the type 'types.SimpleNamespace' in the message)
    print("TypeError", "unhashable" in str(e))
