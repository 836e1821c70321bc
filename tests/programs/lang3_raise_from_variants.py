# raise ... from ...: every accepted and rejected cause.
def check(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(str(e)), "cause:", repr(e.__cause__),
              "suppress:", e.__suppress_context__,
              "context:", type(e.__context__).__name__ if e.__context__ else None)

def from_instance():
    raise ValueError("v") from KeyError("k")
def from_class():
    raise ValueError("v") from KeyError
def from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
def from_int():
    raise ValueError("v") from 3
def from_non_exc_class():
    raise ValueError("v") from int
def raise_int():
    raise 5
def raise_class_not_exc():
    raise str
def class_ctor_fails():
    class Bad(Exception):
        def __init__(self):
            raise OSError("init failed")
    raise Bad
def class_returns_other():
    class Weird(Exception):
        def __new__(cls):
            return 42
    raise Weird
def from_self():
    e = ValueError("self")
    raise e from e
def implicit_then_explicit():
    try:
        raise KeyError("first")
    except KeyError as k:
        raise TypeError("second") from k

for fn in [from_instance, from_class, from_none, from_int, from_non_exc_class, raise_int,
           raise_class_not_exc, class_ctor_fails, class_returns_other, from_self,
           implicit_then_explicit]:
    print(fn.__name__, end=": ")
    check(fn)

# setting __cause__ by hand, and validation of the attribute
e = ValueError()
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__cause__ = "str"
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = 1
except TypeError as err:
    print("TypeError:", err)
e.__suppress_context__ = True
print(e.__suppress_context__)

# raise with a traceback object carried over
import sys
def first():
    raise KeyError("origin")
try:
    first()
except KeyError as k:
    tb = k.__traceback__
try:
    raise RuntimeError("new").with_traceback(tb)
except RuntimeError as r:
    t = r.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)

# context chain cycles are broken
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as final:
    print(repr(final.__context__), repr(final.__context__.__context__))

# raise from inside a generator keeps the cause after crossing the frame
def gen():
    try:
        yield
    except GeneratorExit:
        raise
    raise LookupError("gen") from OSError("disk")
g = gen()
next(g)
try:
    next(g)
except LookupError as le:
    print(repr(le), repr(le.__cause__))
