# The frame of a generator whose throw() reaches its `yield from`
# delegate is the delegate's f_back; `async for` chains the error out of a
# bad __anext__ awaitable; classes made with non-string keys warn; a
# special method for pickling is looked up on the type; __flags__ layout bits.
import sys, types, warnings, pickle

def names(frame):
    out = []
    while frame is not None and frame.f_code.co_name != "<module>":
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out

def inner():
    print("inner start", names(sys._getframe()))
    try:
        yield 1
    except RuntimeError as e:
        print("inner caught", repr(e), names(sys._getframe()))
    yield 2

def outer():
    yield from inner()

def thrower(g):
    return g.throw(RuntimeError("boom"))

g = outer()
print(next(g))
print(thrower(g))

class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0

async def main():
    async for _ in F():
        pass

try:
    main().send(None)
except TypeError as e:
    print("TypeError:", e, "| cause:", type(e.__cause__).__name__, e.__suppress_context__)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    MyClass = type("MyClass", (), {1: 2})
    class Meta(type):
        def __new__(m, name, bases, ns):
            ns[2] = 3
            return super().__new__(m, name, bases, ns)
    class Other(metaclass=Meta):
        pass
for x in w:
    print(x.category.__name__, x.message)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    x = True
    print(~x)
for x in w:
    print(x.category.__name__, x.lineno)

class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = Picky().__reduce_ex__(proto)
    print(proto, r[0].__name__, r[2] if len(r) > 2 else None)

MANAGED_DICT, MANAGED_WEAKREF, INLINE_VALUES, ABSTRACT, MATCH_SELF = 1 << 4, 1 << 3, 1 << 2, 1 << 20, 1 << 22
class P: pass
class S: __slots__ = ("a",)
class SD(S): pass
class W: __slots__ = ("__weakref__",)
class I(int): pass
class Fl(float): pass
class E(Exception): pass
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
for c in (P, S, SD, W, I, Fl, E, Ab, int, bool, object):
    fl = c.__flags__
    print(c.__name__, [n for n, b in [("dict", MANAGED_DICT), ("weakref", MANAGED_WEAKREF), ("inline", INLINE_VALUES), ("abstract", ABSTRACT), ("match_self", MATCH_SELF)] if fl & b])
import weakref
for o in (I(3), P(), E()):
    try:
        weakref.ref(o)
        print("weakref ok", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)
