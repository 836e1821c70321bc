# needs: stdlib
# The native _functools: partial, cmp_to_key, reduce and the lru_cache wrapper
# behave as CPython's C implementation.
import _functools
import collections.abc
import copy
import functools
import pickle
import warnings
import weakref


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


def capture(*args, **kw):
    return args, kw


# --- partial ---
P = _functools.partial
print(functools.partial is P, P.__module__, P.__name__, P.__qualname__)
p = P(capture, 1, 2, a=10)
print(p(3, b=20), p(a=5))
print(p.func is capture, p.args, p.keywords)
print(repr(p).replace(repr(capture), "capture"))
for name in ("func", "args", "keywords"):
    show("set " + name, setattr, p, name, None)
show("del __dict__", delattr, p, "__dict__")
show("no args", P)
show("not callable", P, 2)
p.attr = [1]
print(p.__dict__)

# A partial of a partial without attributes is flattened.
inner = P(capture, 1, x=1)
outer = P(inner, 2, y=2)
print(outer.func is capture, outer.args, outer.keywords)
inner.tag = "kept"
outer = P(inner, 3)
print(outer.func is inner, outer.args)

# Recursive repr.
r = P(capture)
r.__setstate__((r, (), {}, {}))
print(repr(r))
r.__setstate__((capture, (r,), {"k": r}, None))
print(repr(r).replace(repr(capture), "capture"))
r.__setstate__((capture, (), {}, None))

# __reduce__ / __setstate__ and their checks.
q = P(capture, [1], k=[2])
q.note = "n"
red = q.__reduce__()
print(red[0] is P, red[1][0] is capture, red[2][1:])
for bad in [(capture, (), {}), (capture, (), {}, {}, None), [capture, (), {}, None],
            (None, (), {}, None), (capture, None, {}, None), (capture, [], {}, None),
            (capture, (), [], None)]:
    show("setstate", q.__setstate__, bad)


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


q.__setstate__((capture, MyTuple((1,)), MyDict(a=1), None))
print(type(q.args).__name__, type(q.keywords).__name__, q.__dict__, q(2))

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(P(capture, 1, z=2), proto))
    print(proto, c.args, c.keywords, c(3))
s = P(capture, [1], k=[2])
s.attr = [3]
sc = copy.copy(s)
print(sc.args is s.args, sc.attr is s.attr)
sd = copy.deepcopy(s)
print(sd.args == s.args, sd.args is s.args, sd.attr == s.attr, sd.attr is s.attr)

# Non-string keywords show in the repr and fail the call.
n = P(capture)
n.keywords[1234] = "v"
print(repr(n).replace(repr(capture), "capture"))
show("call", n)


class Sub(P):
    pass


sp = Sub(capture, 9)
print(type(sp).__name__, sp(), repr(sp).replace(repr(capture), "capture").split(".")[-1])
w = weakref.ref(sp)
print(w() is sp)
print(P[int])


class A:
    meth = P(capture, 1)


with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    print(A.meth(2), A().meth(3))
print([w.category.__name__ for w in ws])

# --- cmp_to_key ---
key = _functools.cmp_to_key(mycmp=lambda x, y: (x > y) - (x < y))
print(sorted([3, 1, 2], key=_functools.cmp_to_key(lambda x, y: y - x)))
k = key(obj=5)
print(type(k).__module__, type(k).__name__, k.obj, key(3) < key(4), key(3) == key(3), key(4) >= key(5))
show("hash", hash, k)
print(isinstance(k, collections.abc.Hashable), type(k).__hash__)
show("compare other", lambda: k < 1)
show("reflected", lambda: 1 < k)
show("no obj", key)
show("two", key, 1, 2)
show("instantiate", type(k))
show("none", _functools.cmp_to_key)

# --- reduce ---
R = _functools.reduce
print(R(lambda a, b: a + b, [1, 2, 3]), R(lambda a, b: a * b, range(1, 6), 10), R(None, [7]), R(None, [], 8))
show("empty", R, lambda a, b: a, [])
show("not iterable", R, lambda a, b: a, 5)
show("few", R, len)
show("many", R, len, [], 1, 2)

# --- lru_cache wrapper ---
calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(type(sq).__module__, type(sq).__name__, sq.__name__, sq.__wrapped__.__name__)
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())


@functools.lru_cache(typed=True)
def typed(x, **kw):
    return (type(x).__name__, sorted(kw))


print(typed(1), typed(1.0), typed(1, b=2, a=1), typed(1, a=1, b=2), typed.cache_info())


@functools.lru_cache(maxsize=0)
def none(x):
    return x


print(none(1), none(1), none.cache_info())
show("unhashable", sq, [])
show("bad maxsize", _functools._lru_cache_wrapper, len, "x", False, tuple)
show("not callable", _functools._lru_cache_wrapper, 1, 2, False, tuple)


class Hashy:
    hashes = 0

    def __hash__(self):
        Hashy.hashes += 1
        return 1


h = Hashy()
sq2 = functools.lru_cache(maxsize=4)(lambda x, y: 0)
sq2(h, 1)
sq2(h, 1)
print("hashes", Hashy.hashes, sq2.cache_info())


class Obj:
    @functools.lru_cache
    def m(self, x):
        return (self.name, x)


o = Obj()
o.name = "o"
print(o.m(1), Obj.m(o, 1), Obj.m.cache_info().hits)
print(pickle.loads(pickle.dumps(sq)) is sq, copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
print(weakref.ref(sq)() is sq)
