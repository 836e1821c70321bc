# Decorators: arbitrary expressions (PEP 614), stacking, on classes, returning non-callables.
log = []
def tag(name):
    def deco(f):
        log.append(f"apply {name} to {getattr(f, '__name__', f)}")
        f.tags = getattr(f, "tags", []) + [name]
        return f
    return deco

decos = {"first": tag("first"), "second": tag("second")}
class Holder:
    d = tag("attr")

@decos["first"]
@Holder.d
@(lambda f: tag("lambda")(f))
@tag("plain") if True else None
def func():
    return 1
print(func.tags, log); log.clear()

# decorator returning something that's not a function
def to_value(f):
    return f()
@to_value
def answer():
    return 42
print(answer)

# class decorator that replaces the class
def singleton(cls):
    return cls()
@singleton
class Config:
    value = 7
print(type(Config).__name__, Config.value)

# decorator applied in order, evaluated first
order = []
def mk(n):
    order.append(f"eval {n}")
    def d(f):
        order.append(f"call {n}")
        return f
    return d
@mk(1)
@mk(2)
@mk(3)
def g(): pass
print(order)

# decorator on a method with wraps-like copying
import functools
def logged(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        log.append(f"calling {f.__name__}")
        return f(*a, **k)
    return wrapper
class S:
    @logged
    def method(self, x):
        "method doc"
        return x * 2
    @staticmethod
    @logged
    def st(y):
        return y + 1
    @classmethod
    @logged
    def cm(cls):
        return cls.__name__
print(S().method(3), S.st(1), S.cm(), S.method.__name__, S.method.__doc__, S.method.__wrapped__.__qualname__)
print(log); log.clear()

# decorator errors: the decorated name is not bound
def broken(f):
    raise RuntimeError("decorator failed")
try:
    @broken
    def never(): pass
except RuntimeError as e:
    print("RuntimeError:", e)
print("never" in globals())

# walrus in a decorator expression
@(captured := tag("walrus"))
def h(): pass
print(h.tags, captured.__name__)
log.clear()

# decorator line numbers: function's co_firstlineno is the def line (3.8+: first decorator)
@tag("x")
def where(): pass
import inspect
print(where.__code__.co_firstlineno == inspect.currentframe().f_lineno - 3)

# property built via decorators chain
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 10
    @v.deleter
    def v(self): self._v = None
p = P()
p.v = 2
print(p.v)
del p.v
print(p.v)
