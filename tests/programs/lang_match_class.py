# match: class patterns, __match_args__, builtin self-matching classes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y, z) if z > 0:
            return f"above {x},{y},{z}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point3(0, 0, 0), Point3(1, 2, 3),
          Point3(1, 2, -1), Point(1, 1), "x"):
    print(where(p))

# builtins match their single positional sub-pattern against themselves
for v in (5, "s", 2.5, [1], (1,), {1: 1}, {1}, frozenset(), b"b", bytearray(b"x"), True, 1j):
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str(s) | bytes(s):
            print("str/bytes", s)
        case float(f):
            print("float", f)
        case list(l) | tuple(l):
            print("list/tuple", l)
        case dict(d):
            print("dict", d)
        case set(s) | frozenset(s):
            print("set-ish", s)
        case bytearray(ba):
            print("bytearray", ba)
        case complex(c):
            print("complex", c)

# errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)

class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)

class BadMA:
    __match_args__ = ["a"]
    a = 1
try:
    match BadMA():
        case BadMA(1):
            pass
except TypeError as e:
    print("TypeError:", e)

# keyword attribute missing -> no match
match Point(1, 2):
    case Point(w=1):
        print("no")
    case Point(x=1):
        print("kw match")
