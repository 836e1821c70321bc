# Metaclasses: __new__/__init__/__call__/__prepare__, keywords, inheritance.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)

class A(metaclass=Meta, option=1):
    def __init__(self, v):
        self.v = v
    b = injected + 1

a = A(5)
print(a.v, A.b, A.kw, type(A).__name__)

class B(A):
    pass
print(type(B).__name__, B.kw)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

# derived metaclass wins
class M3(M1): pass
class W(metaclass=M3): pass
class V(X, W): pass
print(type(V).__name__)

# a function as a metaclass
def func_meta(name, bases, ns):
    ns["made_by"] = "func"
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.made_by, type(F).__name__)

# __prepare__ returning an ordered recorder
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class R(metaclass=RM):
    z = 1
    a = 2
    def m(self): pass
print(R.order)

# type() with three arguments
T = type("T", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(T.__name__, T().f(), T.__qualname__, T.__module__)

# metaclass methods are visible on the class but not instances
class MM(type):
    def describe(cls):
        return "I am " + cls.__name__
class K(metaclass=MM): pass
print(K.describe(), hasattr(K(), "describe"))

# __init_subclass__ and __set_name__ ordering
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
class S(Base):
    d = Desc()
