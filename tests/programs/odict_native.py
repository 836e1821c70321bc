# collections.OrderedDict is _collections' native type: order kept apart
# from the dict's own, reordering, views, errors raised while iterating,
# pickling, attributes and weak references.
import _collections
import collections
import copy
import pickle
import sys
import weakref
from collections import OrderedDict as OD

print(collections.OrderedDict is _collections.OrderedDict, OD.__module__, OD.__name__)
print(OD.__mro__, issubclass(OD, dict), isinstance(OD(), dict))

# construction and update
od = OD([("b", 2), ("a", 1)], c=3)
print(od, list(od), len(od))
od.update({"d": 4}, e=5)
od.update([("f", 6)])
od |= [("g", 7)]
print(od)
for bad in ([()], [(1,)], [(1, 2, 3)], [1], "BAD"):
    try:
        OD(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    OD(1, 2)
except TypeError as e:
    print(e)
try:
    OD().update(1, 2)
except TypeError as e:
    print(e)

class Keyed:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
print(OD(Keyed()), OD(self=1, other=2))

# move_to_end and popitem
od = OD.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
od.move_to_end("a", False)
print(list(od), list(reversed(od)))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OD().move_to_end("q", last=False)
except KeyError as e:
    print("KeyError", e)
print(od.popitem(), od.popitem(last=False), od.popitem(0), od)
try:
    OD().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.popitem(1, 2)
except TypeError as e:
    print(e)
try:
    od.move_to_end()
except TypeError as e:
    print(e)

# pop and setdefault
od = OD(a=1, b=2)
print(od.pop("a"), od.pop("zz", "dflt"), od.pop(key="b"), od)
try:
    od.pop("a")
except KeyError as e:
    print("KeyError", e)
print(od.setdefault("k", 5), od.setdefault("k", 6), od.setdefault(key="n"), od)

# equality: order matters between OrderedDicts only
a, b = OD(x=1, y=2), OD(y=2, x=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == OD(x=1, y=2))
print(a.__lt__(b), a == [("x", 1), ("y", 2)])

# views and their reversed iterators
od = OD([(3, "c"), (1, "a"), (2, "b")])
od.move_to_end(3)
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(type(od.keys()).__name__, type(od.keys()).__mro__)
print(type(iter(od)).__name__, type(reversed(od.items())).__name__)
print(od.keys() == {1, 2, 3}, od.keys() & {1, 9}, sorted(od.items() - {(1, "a")}), 2 in od.keys(), (2, "b") in od.items(), "c" in od.values())
print(od.keys().mapping["c" if False else 3], len(od.values()))

# repr (3.12+ form), recursion, subclasses
print(repr(OD()), repr(OD(a=[1])))
r = OD(a=1)
r["self"] = r
print(r)
class Sub(OD):
    pass
s = Sub(b=1)
s.move_to_end("b")
print(s, repr(Sub()), type(s.copy()).__name__, Sub.fromkeys("xy", 0))

# copy, fromkeys, |
od = OD(a=1, b=2)
c = od.copy()
c["c"] = 3
print(od, c, type(c).__name__)
print(OD.fromkeys("xyz"), OD.fromkeys("xy", value=7), type(Sub.fromkeys("a")).__name__)
print(od | {"z": 0}, {"z": 0} | od, type({"z": 0} | od).__name__, od | OD(a=9))
try:
    od | [("q", 1)]
except TypeError as e:
    print(e)
try:
    hash(od)
except TypeError as e:
    print(e)

# errors during iteration
od = OD.fromkeys("abcde")
it = iter(od)
next(it)
od.move_to_end("c")
for _ in range(2):
    try:
        print(next(it))
    except (RuntimeError, StopIteration) as e:
        print(type(e).__name__, e)
od = OD.fromkeys("abc")
it = iter(od.items())
next(it)
dict.__setitem__(od, "x", 1)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
od = OD.fromkeys("abc")
it = iter(od.values())
next(it)
od["new"] = 1
for _ in range(2):
    try:
        next(it)
    except (RuntimeError, StopIteration) as e:
        print(type(e).__name__, e)
od = OD.fromkeys("abc")
it = iter(od)
next(it)
od["a"] = "changed value only"
print(list(it))

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if Key.side_effect:
            Key.side_effect()
        return isinstance(other, Key) and self.n == other.n
Key.side_effect = None
x = OD([(0, 0), (Key(1), 1)])
y = OD([(0, 0), (Key(1), 1)])
print(x == y)
Key.side_effect = lambda: x.pop(0, None)
try:
    x == y
except RuntimeError as e:
    print(e)
Key.side_effect = None

# dict's own methods bypass the order (as CPython)
od = OD(spam=1, ham=2)
dict.__delitem__(od, "spam")
for f in (repr, lambda d: d.copy(), lambda d: list(d.items()), list):
    try:
        f(od)
    except KeyError as e:
        print("KeyError", e)
od = OD()
dict.__setitem__(od, "x", 1)
print(od, list(od), len(od))
od = OD(a=1)
dict.clear(od)
print(od, len(od))

# attributes, pickling, copying
od = OD([("c", 1), ("b", 2)])
print(od.__dict__, od.__reduce__()[2])
od.x = [10]
print(vars(od), od.__reduce__()[:4])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    dup = pickle.loads(pickle.dumps(od, proto))
    assert dup == od and list(dup) == list(od) and dup.x == od.x and dup is not od, proto
dup = copy.copy(od)
print(dup, dup.x is od.x)
dup = copy.deepcopy(od)
print(dup, dup.x == od.x, dup.x is od.x)
rec = OD()
rec[1] = rec
dup = pickle.loads(pickle.dumps(rec))
print(list(dup), dup[1] is dup)
s = Sub(a=1)
s.attr = "v"
dup = pickle.loads(pickle.dumps(s))
print(type(dup).__name__, dup, dup.attr)
od = OD([("c", 1), ("b", 2), ("a", 3)])
for meth in (od.keys, od.values, od.items, od.__reversed__):
    it = iter(meth())
    next(it)
    red = it.__reduce__()
    print(red[0] is iter, red[1], list(pickle.loads(pickle.dumps(it))), list(it))
try:
    pickle.dumps(od.keys())
except TypeError as e:
    print(e)

o2 = OD()
o2.__dict__ = {"a": 1}
print(o2.a, vars(o2))
for v in (5, None):
    try:
        if v is None:
            del o2.__dict__
        else:
            o2.__dict__ = v
    except TypeError as e:
        print(e)
s = Sub()
s.__dict__ = {"q": 2}
print(s.q, vars(s), OD[str, int])

# size and weak references
print(sys.getsizeof(OD(a=1)) > sys.getsizeof({"a": 1}))
od = OD(a=1)
w = weakref.ref(od)
print(w() is od, weakref.getweakrefcount(od))
del od
print(w())
s = Sub()
w = weakref.ref(s)
del s
print(w())

# a subclass overriding the item methods
class Loud(OD):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
    def update(self, *a, **k):
        raise AssertionError("__init__ must not call update()")
l = Loud([("a", 1)], b=2)
l.setdefault("c", 3)
l |= {"d": 4}
print(l.pop("a"), l.popitem(last=False), l)
print(l.copy())
