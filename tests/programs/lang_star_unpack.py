# Star unpacking in displays, calls and assignments.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *"xy"))
print({*a, *b})
print({**{"x": 1}, "y": 2, **{"x": 3}})
print([*range(3), *{}.keys()])

def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, k=1, **{"m": 2}, n=3))
print(f(**{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)

x, *y = "hello"
print(x, y)
*p, q, r = range(4)
print(p, q, r)
[s, *t] = {1: "a"}
print(s, t)

def gen():
    yield from range(3)
print([*gen()], *gen())
print(*[], sep="-")
print(*"abc", sep="-")

# star in subscript tuple and for targets
d = {}
d[1, *a] = "tuple key"
print(d)
for first, *others in ["abc", "de"]:
    print(first, others)

# star expression in return/yield
def ret():
    return *a, *b
print(ret())
def yld():
    yield *a, 0
print(list(yld()))

# many-item unpacking
big = list(range(300))
h, *m, t = big
print(h, len(m), t)
