# Python 3.13 class attributes: __static_attributes__, __firstlineno__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._cache = None
    def move(self, dx):
        self.x += dx
        self.moved = True
        other = Point
        other.z = 1
    def read(self):
        return self.w

print(sorted(Point.__static_attributes__))
print(type(Point.__static_attributes__).__name__)
print(Point.__firstlineno__)

class Empty:
    pass
print(Empty.__static_attributes__, Empty.__firstlineno__)

class Nested:
    def f(self):
        def g():
            self.inner = 1
        self.outer_attr = 2
        (self.a, self.b) = 1, 2
        self.c: int = 3
        for self.d in range(1):
            pass
        with open(__file__) as self.e:
            pass
print(sorted(Nested.__static_attributes__))

class Deco:
    @staticmethod
    def s(self):
        self.from_static = 1
    @classmethod
    def c(cls):
        cls.from_cls = 1
    def o(this):
        this.via_this = 1
print(sorted(Deco.__static_attributes__))

@lambda c: c
class Decorated:
    x = 1
print(Decorated.__firstlineno__)

print("__static_attributes__" in vars(Point), "__firstlineno__" in vars(Point))
