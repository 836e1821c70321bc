# needs: stdlib
# CPython's enum module: Enum, IntFlag, StrEnum, auto, unique (descriptor __get__, type(name, bases, ns) through the bases' metaclass, metaclass __getitem__, class attributes before metaclass methods).
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, Color(2), list(Color), Color.RED.name, Color["GREEN"].value, Perm.R | Perm.W, Perm(7), repr(Perm.R), Color.RED is Color.RED)
class S(enum.StrEnum):
    A = enum.auto()
print(S.A, repr(S.A), isinstance(S.A, str))
try:
    Color(5)
except ValueError as e:
    print(e)
@enum.unique
class U(enum.Enum):
    X = 1
print(U.X)
class M(type):
    def __getitem__(cls, k): return ("M", cls.__name__, k)
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M): pass
def nw(cls, v): return ("nw", v)
A.__new__ = nw
print(A["x"], A.__new__(A, 5), A.made_by)
T = type("T", (A,), {"z": 1})
print(type(T).__name__, T.made_by, T.z, T["k"])
