# __slots__: layout, inheritance, __dict__/__weakref__ slots, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))

class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 4
print(r.w, hasattr(r, "__dict__"))

class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)

print(type(P.__dict__["x"]).__name__, P.x.__name__ if hasattr(P.x, "__name__") else "")
print(P.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single)

import weakref
class NoWeak:
    __slots__ = ()
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
class Weak:
    __slots__ = ("__weakref__",)
w = Weak()
print(weakref.ref(w)() is w)
