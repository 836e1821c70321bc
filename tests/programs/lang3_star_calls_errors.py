# Calls with * and ** unpacking: ordering, merging and the errors.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), 4, *range(2), **{"a": 1}, b=2, **{"c": 3}))
print(f(*"ab", *{"x": 1}, **dict(z=0)))
print(f(1, *[], **{}))

# a keyword after * unpacking and positional after keyword unpacking forms
print(f(*[1], key=2, *[3]))
print(f(**{"k": 1}, **{"j": 2}))

# duplicate keywords: multiple sources
def g(a=None, b=None, **kw):
    return a, b, kw
for call in [lambda: g(a=1, **{"a": 2}), lambda: g(**{"a": 1}, **{"a": 2}),
             lambda: g(1, a=2), lambda: g(*[1], **{"a": 2}), lambda: f(**{"x": 1}, x=2),
             lambda: f(**{"q": 1}, **{"q": 2})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# non-iterable / non-mapping unpacking errors
for call in [lambda: f(*5), lambda: f(**5), lambda: f(**[1]), lambda: f(*None),
             lambda: f(**{1: 2}), lambda: g(**{1: 2}), lambda: print(*1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# a mapping with keys() and __getitem__ works for **
class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
class KeysOnly:
    def keys(self):
        return ["k"]
try:
    f(**KeysOnly())
except TypeError as e:
    print("TypeError:", e)

# an iterable raising during unpacking: the error propagates
def gen():
    yield 1
    raise RuntimeError("midway")
try:
    f(*gen())
except RuntimeError as e:
    print("RuntimeError:", e)

# order of evaluation: positional args left to right, including stars
log = []
def a(v):
    log.append(v)
    return v
f(a(1), *a([2]), a(3), k=a(4), **a({"m": 5}))
print(log)

# method calls with unpacking and keyword-only/positional-only interplay
class C:
    def m(self, x, /, y, *, z):
        return x, y, z
c = C()
print(c.m(*[1, 2], **{"z": 3}), C.m(*[c, 1], y=2, z=3))
try:
    c.m(**{"x": 1, "y": 2, "z": 3})
except TypeError as e:
    print("TypeError:", e)

# builtins with unpacking
print(max(*[3, 1, 2]), dict(**{"a": 1}, b=2), "{x}-{y}".format(**{"x": 1, "y": 2}))
print(sorted(*[[3, 1, 2]], **{"reverse": True}))

# big unpacking
print(len(f(*range(1000))[0]), len(f(**{f"k{i}": i for i in range(300)})[1]))
