# type() with one and three arguments, and class creation via type().
print(type(1), type("s"), type(type), type(None).__name__)
T = type("T", (), {"x": 1, "f": lambda self: self.x + 1})
print(T.__name__, T().f(), T.__bases__, T.__module__)
U = type("U", (T,), {})
print(U().x, U.__mro__[1] is T)
for args in [(1, 2), ("n", 5, {}), ("n", (), 5), ("n", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class C(metaclass=Meta):
    def __init__(self, v): self.v = v
print(C(5).v)
# __new__ returning a different type skips __init__
class Odd:
    def __new__(cls, *a):
        return 42
    def __init__(self, *a):
        print("never")
print(Odd())
# __init__ returning non-None
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
# object() argument checks
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(NewOnly(1)).__name__)
