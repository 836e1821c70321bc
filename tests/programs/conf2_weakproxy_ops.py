# Operators, conversions, iteration and __reversed__ through weakref proxies.
import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __floordiv__(self, o):
        return ("floordiv", self.v, o)
    def __matmul__(self, o):
        return ("matmul", self.v, o)
    def __neg__(self):
        return -self.v
    def __index__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __repr__(self):
        return f"Num({self.v})"

n = Num(3)
p = weakref.proxy(n)
print(p + 1, 1 + p, p // 2, p @ 5, -p, float(p), [10, 20, 30, 40][p], p + p)

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

it = It()
pi = weakref.proxy(it)
print(next(pi), list(pi))

class Bad:
    pass
b = Bad()
try:
    next(weakref.proxy(b))
except TypeError as e:
    print("TypeError:", e)

class Rev(list):
    pass
r = Rev([1, 2, 3])
print(list(reversed(weakref.proxy(r))))

