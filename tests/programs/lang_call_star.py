# Calls with positional/keyword unpacking and evaluation order.
order = []
def ev(tag, val):
    order.append(tag)
    return val

def f(*a, **k):
    return a, k

print(f(ev("a", 1), *ev("b", [2, 3]), ev("c", 4), k=ev("d", 5), **ev("e", {"z": 6})))
print(order)
order.clear()
ev("fn", f)(ev("x", 1), y=ev("y", 2))
print(order)

# keyword argument order preserved
print(f(b=1, a=2, **{"d": 3, "c": 4}))

# ** with a Mapping (keys() + __getitem__)
class Mapping:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k.upper()
print(f(**Mapping()))

# * with any iterable
print(f(*"ab", *range(2), *{"k": 0}, *(x for x in (7,))))

# keyword must be string
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

# calling non-callable
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "str"
    s(1)
except TypeError as e:
    print("TypeError:", e)

# method calls with star args
class C:
    def m(self, *args, **kw):
        return self.__class__.__name__, args, kw
c = C()
print(c.m(*[1, 2], **{"x": 3}))
print(C.m(c, 0))
print(getattr(c, "m")(*(), **{}))

# many arguments
def many(*a):
    return len(a), sum(a)
print(many(*range(1000)))
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))

# __call__
class Callable:
    def __call__(self, x, *, y=0):
        return x + y
print(Callable()(1, y=2))
