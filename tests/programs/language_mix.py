counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def hello(name, punct="!"):
    return "hello " + name + punct
print(hello("bob"), hello("al", punct="?"))
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
with CM() as c:
    print("inside", type(c).__name__)
    raise ValueError("swallowed")
print("after with")
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
x = [1, 2, 3, 4, 5]
print(x[1:4], x[::2], x[-1:-4:-1], x[:])
x[1:3] = [9]
print(x)
del x[0]
print(x)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
assert True, "no"
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
if (n := len(x)) > 2:
    print("walrus", n)
print(1 < 2 <= 2 < 3, 1 < 2 > 3)
s = {1, 2, 3}
print(s, 2 in s, len(s))
match (1, 2):
    case (1, y):
        print("matched", y)
    case _:
        print("no")
def gen_kw(**kw):
    return kw
print(gen_kw(a=1, b=2))
print(f"{'nested'!r:>10}|{3+4=}|{x!s}")
t = 1,
print(t, type(t).__name__)
print([i*j for i in range(3) for j in range(3) if i != j])
lam = lambda a, b=2, *c, d=4: (a, b, c, d)
print(lam(1), lam(1, 3, 5, 6, d=7))
print(int("ff", 16), str(b"x") if False else "skip")
