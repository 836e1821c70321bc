# Scoping, closures, nonlocal, class bodies, comprehensions scopes
x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "inner"
    inner()
    return x
print(outer(), x)
def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in make_adders()])
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self):
        return __class__.__name__
print(K().m(), K.b)
def fn_defaults(a, b=[]):
    b.append(a)
    return b
print(fn_defaults(1), fn_defaults(2))
def star(*args, **kwargs):
    return args, kwargs
print(star(*[1, 2], *(3,), **{"a": 1}, b=2))
print(sorted({"b": 2, "a": 1}.items()), dict(a=1, b=2), dict([("x", 1)]))
print(max("abc", key=ord), min([3, 1, 2], default=0), sum([0.1] * 10), round(1.23456, 3))
print(divmod(-7, 2), abs(-3.5), pow(2, -1), 7 // -2, -7 // -2, 7 % -3)
print(str(1e100), repr(1.0), 1e-7, 123456789012345678.0, float("inf"), -float("inf"))
print("%s and %d" % ("a", 3) if False else "no %-format yet")
i = 0
while i < 3:
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        i += 1
for k in range(3):
    try:
        if k == 1:
            break
    finally:
        print("fin", k)
def g():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)
print(g())
try:
    raise ExceptionGroup("eg", [ValueError(1)]) if False else TypeError("t")
except (ValueError, TypeError) as e:
    print("multi", type(e).__name__)
def rec(n):
    if n == 0:
        raise KeyError("deep")
    rec(n - 1)
try:
    rec(5)
except KeyError as e:
    print("keyerror", e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
a = b = c = 5
a += 1; b -= 1; c *= 2
print(a, b, c)
n = 10
n //= 3; n **= 2; n %= 5; n <<= 2; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
print(isinstance(True, int), type(True) is bool, True + True, bool([]), bool([0]), None is None)
print(list(zip(*[(1, 'a'), (2, 'b')])))
print("a b  c".split(" "), "x".join("abc"), len("Hello"))
