# Special methods are looked up on the type, and a descriptor stored under
# a special name has its __get__ run (CPython's _PyObject_LookupSpecial).
import math, sys

record = []

class Special:
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(self.impl.__name__)
        return self.impl.__get__(obj, owner)

class Boom(Exception):
    pass

class Failing:
    def __get__(self, obj, owner):
        raise Boom

def zero(self):
    return 0
def iden(self):
    return self
def stop(self):
    raise StopIteration
def fmt(self, spec):
    return "formatted:" + spec
def yes(self, other=None):
    return True

cases = [
    ("__length_hint__", list, zero, {"__iter__": iden, "__next__": stop}),
    ("__sizeof__", lambda o: sys.getsizeof(o) > 0, zero, {}),
    ("__format__", lambda o: format(o, "x"), fmt, {}),
    ("__instancecheck__", lambda o: isinstance(1, o), yes, {}),
    ("__subclasscheck__", lambda o: issubclass(int, o), yes, {}),
    ("__floor__", math.floor, zero, {}),
]
for name, runner, impl, env in cases:
    class X:
        pass
    for k, v in env.items():
        setattr(X, k, v)
    setattr(X, name, Special(impl))
    record.clear()
    print(name, runner(X()), record)

    class Y:
        pass
    for k, v in env.items():
        setattr(Y, k, v)
    setattr(Y, name, Failing())
    try:
        runner(Y())
        print(name, "no error")
    except Boom:
        print(name, "Boom")

# list() asks __length_hint__ and checks what it returns.
class Hint:
    def __init__(self, h):
        self.h = h
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return self.h
for h in (5, NotImplemented, -1, "x"):
    try:
        print(list(Hint(h)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
l = [0]
l.extend(Hint(3))
print(l)

# isinstance/issubclass hooks of an ordinary object's class.
class Checker:
    def __instancecheck__(self, inst):
        return inst == 42
    def __subclasscheck__(self, sub):
        return sub is float
c = Checker()
print(isinstance(42, c), isinstance(41, c), issubclass(float, c), issubclass(int, c))
print(isinstance(42, (str, c)))
