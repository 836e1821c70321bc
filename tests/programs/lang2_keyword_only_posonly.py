# Positional-only and keyword-only parameters, with defaults and **kwargs interplay.
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return (a, b, c, d, e, kw)
print(f(1, d=4))
print(f(1, 20, 30, d=4, e=50, b=99, a=98))  # a and b go to kw since positional-only
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only
print(h(only=1))
def star_then_kw(*args, sep="-"):
    return sep.join(map(str, args))
print(star_then_kw(1, 2, 3), star_then_kw(1, sep="+"))
import inspect
print(inspect.signature(f))
print([p.kind.name for p in inspect.signature(f).parameters.values()])
for src in ["def f(a, /, b, /): pass", "def f(*, /): pass", "def f(*): pass", "def f(a=1, b): pass",
            "def f(/, a): pass", "def f(**k, a): pass", "def f(*a, *b): pass", "def f(a, a): pass",
            "def f(*, **k): pass", "lambda *: 0"]:
    try:
        compile(src, "<s>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# defaults for keyword-only after varargs need not be trailing
def mixed(*a, x=1, y, z=3):
    return a, x, y, z
print(mixed(y=2))
print(mixed.__kwdefaults__)
