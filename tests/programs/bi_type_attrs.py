# type() and class attributes: names and docs must encode as UTF-8,
# __module__/__doc__/__type_params__ cannot be deleted, a new __module__
# drops __firstlineno__; dir() of modules and of objects whose __class__
# lookup fails.
import types

for make in (lambda: type("A\udcdcB", (), {}), lambda: type("A", (), {"__doc__": "x\udcdcy"})):
    try:
        make()
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
for doc in ("x", "x\x00y", b"x", 42, None):
    print(repr(type("A", (), {"__doc__": doc}).__doc__))

C = type("C", (), {})
for bad in ("A\udcdcB", "A\x00B", b"A"):
    try:
        C.__name__ = bad
    except (UnicodeEncodeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(C.__name__)
C.__doc__ = "x\udcdcy"
print(ascii(C.__doc__))


class P[T]:
    pass


for attr in ("__type_params__", "__module__", "__doc__"):
    try:
        delattr(P, attr)
    except TypeError as e:
        print("TypeError:", e)
P.__type_params__ = "whatever"
print(P.__type_params__)

A = type("A", (), {"__firstlineno__": 42})
print(A.__dict__["__firstlineno__"], A.__module__)
A.__module__ = "testmodule"
print(A.__module__, "__firstlineno__" in A.__dict__)
A.__firstlineno__ = 43
print(A.__dict__["__firstlineno__"])


class Foo(types.ModuleType):
    __dict__ = 8


try:
    dir(Foo("foo"))
except TypeError as e:
    print("TypeError:", e)
print(dir(types.ModuleType("m")))


class WithDir(types.ModuleType):
    def __dir__(self):
        return ["b", "a"]


print(dir(WithDir("w")))
class Foo(object):
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"
f = Foo()
try: print(f.__class__)
except AttributeError as e: print("AttributeError:", e)
print("__repr__" in dir(f), "bar" in dir(f), type(f).__name__)
class P:
    @property
    def __class__(self): return int
print(P().__class__, isinstance(P(), int), dir(P()) == dir(int) or len(dir(P())) > 0)
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__), e.__traceback__.__dir__())
