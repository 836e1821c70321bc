# __new__, __init__, __init_subclass__, __class_getitem__, __call__, __repr__/__str__/__format__.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init with", v)
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())

class Shape:
    registry = []
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry.append(cls.__name__)
class Tri(Shape, sides=3): pass
class Sq(Shape, sides=4): pass
print(Shape.registry, Tri.sides, Sq.sides)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])

class Money:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Money({self.v!r})"
    def __str__(self): return f"${self.v:.2f}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{int(self.v * 100)}c"
        return format(self.v, spec)
    def __bool__(self): return self.v != 0
    def __call__(self, factor):
        return Money(self.v * factor)
m = Money(2.5)
print(repr(m), str(m), f"{m}", f"{m:cents}", f"{m:>8.1f}", format(m, ""), bool(Money(0)))
print(m(2), [m], (m,), {"k": m})

class NoStr:
    def __repr__(self): return "only repr"
print(str(NoStr()), f"{NoStr()}", "%s" % NoStr())

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
