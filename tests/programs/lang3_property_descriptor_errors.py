# property and descriptor error messages (3.13 wording with qualified names).
class P:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: None)
    def _get(self):
        raise AttributeError("inner missing")
    broken = property(_get)
p = P()
for action in ["p.ro = 2", "del p.ro", "p.wo", "p.broken", "del p.wo"]:
    try:
        exec(action, {"p": p})
        print(action, "ok")
    except AttributeError as e:
        print(action, "->", e)

# property attributes and copying with getter/setter/deleter
prop = P.__dict__["ro"]
print(prop.fget.__name__, prop.fset, prop.fdel, prop.__isabstractmethod__, prop.__name__ if hasattr(prop, "__name__") else "-")
p2 = prop.setter(lambda self, v: None)
print(p2 is prop, p2.fget is prop.fget, p2.fset is not None)

# property with a docstring from the getter, or explicit
class D:
    @property
    def documented(self):
        "getter doc"
    explicit = property(lambda self: 1, doc="explicit doc")
print(D.documented.__doc__, D.explicit.__doc__)

# calling property() with bad arguments
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
bad = property(5)
class Q:
    attr = bad
try:
    Q().attr
except TypeError as e:
    print("TypeError:", e)

# classmethod/staticmethod wrapping and their attributes
class C:
    @classmethod
    def cm(cls):
        "cm doc"
        return cls.__name__
    @staticmethod
    def sm():
        "sm doc"
        return "static"
print(C.cm(), C().cm(), C.sm(), C.__dict__["cm"].__func__.__name__, C.__dict__["sm"].__wrapped__.__name__)
print(C.cm.__doc__, C.sm.__doc__, type(C.__dict__["cm"]).__name__, callable(C.__dict__["sm"]))
print(C.__dict__["sm"](), C.__dict__["cm"].__isabstractmethod__)

# __get__ of functions directly
def f(self, x):
    return (self, x)
bound = f.__get__(10, int)
print(bound(2), bound.__self__, bound.__func__ is f)
print(f.__get__(None, int) is f)
try:
    f.__get__()
except TypeError as e:
    print("TypeError:", e)
