class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
l.tag = "x"
print(l, l.total(), len(l), l[0], l.tag, isinstance(l, list), type(l).__name__, l + [5], l == [1, 2, 3, 4])
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def push(self, v):
        self.append(v)
s = Stack("s1"); s.push(1); s.push(2)
print(s, s.name, s.pop(), s)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
c["b"] += 2
print(c, c["zz"], sorted(c.items()))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p), isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)))
class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, i == 21, isinstance(i, int), hash(i) == hash(21), MyInt("7") + 0)
class Str2(float):
    pass
print(Str2(1.5) * 2)
class cm(classmethod):
    pass
class U:
    @cm
    def who(cls):
        return cls.__name__
print(U.who())
class FS(frozenset):
    pass
print(sorted(FS([3, 1, 2])), len(FS({1, 2})))
print(tuple.__new__(Point, (9, 8)), int.__new__(MyInt, 5) + 1, dict.__new__(Counter))
