# needs: stdlib
import sys, types, numbers, importlib, importlib.util, inspect, dataclasses, json
from fractions import Fraction

class A: pass
class B(A): pass
class C(A): pass
print(A.__subclasses__(), A.mro(), bool in int.__subclasses__())
print(isinstance(0, numbers.Rational), issubclass(int, numbers.Complex), 0 + Fraction(1, 3), Fraction(1, 2) * 2)

m = types.ModuleType('mymod', 'a doc')
m.x = 1
print(m, m.x, m.__doc__, sorted(m.__dict__))
class M(types.ModuleType):
    def hello(self):
        return 'hi ' + self.__name__
mm = M('sub')
mm.y = 2
print(mm.hello(), mm.y, type(mm).__name__, isinstance(mm, types.ModuleType), mm.__dict__['y'])
print(repr(json).startswith("<module 'json' from "), repr(sys), json.__spec__.name, json.__spec__.origin == json.__file__)
print(type(json.__loader__).__name__, [type(f).__name__ if not isinstance(f, type) else f.__name__ for f in sys.meta_path])

print(importlib.import_module('textwrap').__name__, importlib.util.find_spec('collections.abc').name)
print(importlib.util.find_spec('no_such_module_here'))
print(importlib.reload(json) is json)
import importlib.resources
print(importlib.resources.files('json').joinpath('__init__.py').is_file())

def f(a, b=2, *c, d, **e):
    "doc of f"
    return a
print(inspect.signature(f), f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(inspect.getsource(f).splitlines()[0], inspect.getdoc(f), inspect.isfunction(f), inspect.getmro(B))
print(type.__dict__['__mro__'].__get__(B))

@dataclasses.dataclass(frozen=True)
class P:
    x: int
    y: int = 0
print(P(1), P(1) == P(1, 0), dataclasses.asdict(P(3, 4)), dataclasses.fields(P)[1].default)
try:
    P(1).x = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

class Q:
    @property
    def v(self):
        "the v"
        return 1
Q.v.__doc__ = "changed"
print(Q.v.__doc__, Q.v.fset, Q().v)
import collections
Point = collections.namedtuple('Point', 'x y')
print(Point(1, 2), Point.x.__doc__)
