# Dunders assigned to a class after it was created (as unittest.mock does)
# take effect for iteration, len, indexing, calls and numeric conversions.

class Getter:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        return lambda *a: self.f(obj, *a)

class Base:
    pass

class Sub(Base):
    pass

s = Sub()
for name, f in [
    ("__iter__", lambda o: iter([1, 2, 3])),
    ("__len__", lambda o: 7),
    ("__getitem__", lambda o, k: k * 2),
    ("__call__", lambda o, *a: ("called", a)),
    ("__int__", lambda o: 42),
    ("__index__", lambda o: 5),
    ("__float__", lambda o: 2.5),
]:
    setattr(Sub, name, Getter(f))

print(list(s), len(s), s[21], s(1, 2))
print(int(s), float(s), [10, 20, 30, 40, 50, 60][s], callable(s))

class It:
    pass
It.__next__ = lambda self: 99
print(next(It()))

# Deleting the dunder again removes the behaviour.
del Sub.__iter__
del Sub.__getitem__
try:
    iter(s)
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
for op in (len, iter, int):
    try:
        op(p)
    except TypeError as e:
        print("TypeError:", e)
print(callable(p))

# object.__dir__ and dir() through a class's own __dir__
class D:
    x = 1
    def __dir__(self):
        return ["zeta"] + super().__dir__()

d = D()
d.y = 2
names = dir(d)
print(names[-1], "x" in names, "y" in names, "__class__" in names, names == sorted(names))
print(sorted(n for n in object.__dir__(d) if not n.startswith("__")))

class Meta(type):
    def __dir__(cls):
        return ["b", "a"]

class WithMeta(metaclass=Meta):
    pass
print(dir(WithMeta))

# __type_params__ of classes
class NoParams:
    pass
class Params[T, *Ts]:
    pass
class Child(Params[int]):
    pass
print(NoParams.__type_params__, Params.__type_params__, Child.__type_params__, int.__type_params__)
