class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(v):
        return v * 2

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == Point(1, 2), p != q, p.norm2, Point.origin(), Point.helper(5), Point.count)
print(Point.__name__, Point.__qualname__, type(p).__name__, isinstance(p, Point), Point.__doc__)

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return "3" + super().__repr__() + f"+{self.z}"

r = Point3(1, 2, 3)
print(r, isinstance(r, Point), issubclass(Point3, Point), r.norm2, [c.__name__ for c in Point3.__mro__])
try:
    hash(p)
except TypeError as e:
    print(e)

class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("boom", 42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))

class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __len__(self):
        return self.n
    def __getitem__(self, k):
        return k * 10
    def __contains__(self, v):
        return v == 99
    def __call__(self, a):
        return a + self.n
print(list(Counter(3)), len(Counter(4)), Counter(1)[7], 99 in Counter(1), 5 in Counter(1), Counter(2)(40))
class A:
    pass
a = A()
a.z = 5
print(a.z, A().__class__.__name__, bool(a))
try:
    a.missing
except AttributeError as e:
    print(e)
try:
    A(1)
except TypeError as e:
    print(e)
raise MyError("final", 1)
