# with statements: enter/exit order, exception suppression, multiple items.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as a:
    print("body", a)

with CM("x") as x, CM("y") as y:
    print("body", x, y)

with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppression")

try:
    with CM("ns"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

try:
    with CM("outer", suppress=False), CM("inner", suppress=True):
        raise RuntimeError("only inner sees")
    print("continued")
except RuntimeError:
    print("not reached")

# as target can be any target
class O: pass
o = O()
d = {}
with CM("t1") as o.attr, CM("t2") as d["k"], CM("t3") as (m, n):
    pass
print(o.attr, d, m, n)

# enter failing means exit is not called
class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("should not run")
try:
    with BadEnter():
        pass
except ValueError as e:
    print(e)

# not a context manager
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): pass
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

# return inside with still calls exit
def f():
    with CM("ret"):
        return "returned"
print(f())

# exit raising replaces the exception
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, repr(e.__context__))

# suppress with truthy non-bool
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return [1]
with Truthy():
    1 / 0
print("truthy suppressed")
