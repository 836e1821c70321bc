# Member descriptors created by __slots__: attributes, binding, and direct use.
class Point:
    __slots__ = ("x", "y", "__secret")
    def __init__(self):
        self.x = 1
        self.__secret = "hidden"

class Point3(Point):
    __slots__ = ("z",)

d = Point.__dict__["x"]
print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, d.__doc__)
print(Point.x is d, Point3.x is d, Point3.z.__objclass__ is Point3, Point3.x.__objclass__ is Point)
print(Point._Point__secret.__name__, Point._Point__secret.__qualname__)
print(repr(d))

# the descriptor protocol by hand
p = Point()
print(d.__get__(p, Point), d.__get__(None, Point) is d)
d.__set__(p, 10)
print(p.x)
d.__delete__(p)
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.__get__(5, int)
except TypeError as e:
    print("TypeError:", e)
try:
    d.__set__("str", 1)
except TypeError as e:
    print("TypeError:", e)

# unset slots and deletion errors
q = Point()
try:
    q.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del q.y
except AttributeError as e:
    print("AttributeError:", e)

# nested classes: qualname follows the class
def factory():
    class Local:
        __slots__ = ("v",)
    return Local
L = factory()
print(L.v.__qualname__, L.v.__objclass__ is L)

# inspect recognises member descriptors
import inspect
print(inspect.isdatadescriptor(d), inspect.isgetsetdescriptor(d), inspect.ismethoddescriptor(d))

# dir() of an instance lists slot names
print([n for n in dir(Point3()) if n in ("x", "y", "z", "_Point__secret")])
