# Dunders assigned to a class (or to its base) after creation reach every
# operation, and deleting them takes the ability away again.

class It:
    pass

def nxt(self):
    self.n -= 1
    if self.n < 0:
        raise StopIteration
    return self.n

It.__iter__ = lambda self: self
It.__next__ = nxt
it = It()
it.n = 3
print(list(it))

class Base:
    pass

class Sub(Base):
    pass

s = Sub()
Base.__len__ = lambda self: 7
print(len(s), bool(s))
Base.__getitem__ = lambda self, i: i * 10
print(s[4])
Base.__call__ = lambda self, *a: ("called", a)
print(callable(s), s(1, 2))
Base.__index__ = lambda self: 2
print(["a", "b", "c"][s], hex(s))
Base.__float__ = lambda self: 1.5
print(float(s))
Base.__int__ = lambda self: 9
print(int(s))
Base.__contains__ = lambda self, x: x == "k"
print("k" in s, "j" in s)
Base.__add__ = lambda self, o: ("add", o)
Base.__radd__ = lambda self, o: ("radd", o)
print(s + 1, 1 + s)
Base.__neg__ = lambda self: "neg"
print(-s)
Base.__hash__ = lambda self: 1234
print(hash(s))
Base.__repr__ = lambda self: "<Sub!>"
print(repr(s), str(s))

# A subclass's own definition still wins over the base's later one.
class Own(Base):
    def __len__(self):
        return 1
print(len(Own()))

del Base.__len__
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)
del Base.__call__
print(callable(s))
try:
    s()
except TypeError as e:
    print("TypeError:", e)
del Base.__index__
try:
    [1][s]
except TypeError as e:
    print("TypeError:", e)

# iter() checks the result with the iterator's current class.
class Later:
    pass
class Wrapper:
    def __iter__(self):
        return Later()
try:
    iter(Wrapper())
except TypeError as e:
    print("TypeError:", e)
Later.__next__ = lambda self: 1
print(type(iter(Wrapper())).__name__)
