# Generator lambdas return their body's value; throw() checks its traceback
# argument, throws in an error raised while instantiating the class, and
# unpacks a tuple value; messages for yield in the wrong place.
import warnings

warnings.simplefilter("ignore")


def g():
    return (yield 1)


f = lambda: (yield 1)
f2 = lambda: (yield from g())
for gf in (f, g, f2):
    gen = gf()
    next(gen)
    try:
        gen.send(2)
    except StopIteration as e:
        print(gf.__name__, e.value)


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  inside:", type(e).__name__, e.args)
            yield "caught"


class NotAnInstance(Exception):
    def __new__(cls, *a, **k):
        return cls


class BadInit(Exception):
    def __init__(self, *a):
        raise KeyError("init")


cases = [(NotAnInstance,), (BadInit,), (ValueError, "foo", 23), (ValueError(1), 2), (3,),
         (ValueError, "x", None), (ValueError, ("a", "b")), (ValueError, None)]
for args in cases:
    gen = catcher()
    next(gen)
    try:
        print(gen.throw(*args))
    except Exception as e:
        print("out:", type(e).__name__, e)
    gen.close()

fresh = catcher()
try:
    fresh.throw(NotAnInstance)
except TypeError as e:
    print("fresh:", e)
try:
    next(fresh)
except StopIteration:
    print("finished")

for src in ["f = lambda: (yield from (1, 2)), (yield from (3, 4))", "yield from [1, 2]", "yield 1",
            "def f(): (yield bar) = y", "def f(): x = (yield bar) = y", "def f(): a, (yield) = 1, 2",
            "def f(): [(yield)] = 1", "def f(): (yield 1) = y = 2", "def f(): yield = 1",
            "def f(): x = y = yield = 1", "a, f() = 1, 2", "f() = y = 2", "(a, f()) = 1, 2",
            "def f(): (yield) += 1"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
