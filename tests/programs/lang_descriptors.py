# Descriptor protocol: data vs non-data descriptors, __set_name__, lookup order.
class Loud:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access via {objtype.__name__}"
        return f"get {self.name} from instance"
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"

class C:
    a = Loud()
    b = NonData()

c = C()
print(C.a)
print(c.a)
c.a = 5
print(c.__dict__)
c.__dict__["a"] = "instance dict value"
print(c.a)  # data descriptor wins
print(c.b)
c.__dict__["b"] = "instance wins over non-data"
print(c.b)
del c.a

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class D:
    r = ReadOnly()
d = D()
try:
    d.r = 1
except AttributeError as e:
    print("AttributeError:", e)

# functions are descriptors
def f(self):
    return "bound to " + type(self).__name__
class E:
    pass
E.meth = f
print(E().meth(), f.__get__(E())(), type(f.__get__(None, E)).__name__)

# classmethod/staticmethod/property objects
class F:
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return "sm"
    @property
    def p(self): return "prop"
print(F.__dict__["cm"].__get__(None, F)(), F.__dict__["sm"].__get__(None, F)(), F.__dict__["p"].__get__(F()))
print(type(F.__dict__["cm"]).__name__, type(F.__dict__["p"]).__name__)
print(F.p.fget.__name__, F.p.fset, F.p.__isabstractmethod__ if hasattr(F.p, "__isabstractmethod__") else "n/a")

# __getattribute__ vs __getattr__
class G:
    x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
g = G()
print(g.x, g.secret, g.missing)
