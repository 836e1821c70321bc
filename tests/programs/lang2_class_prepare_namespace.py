# Metaclass __prepare__: custom namespaces, their use during the class body.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    x = 1
    def f(self): pass
    y = x + 1
    x = 3
print(A.order, A.x, A.y)

# __prepare__ returning a non-mapping
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class B(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)

# namespace with __missing__ gives defaults for lookups in the body
class Defaulting(dict):
    def __missing__(self, k):
        if k.startswith("auto_"):
            return k.upper()
        raise KeyError(k)
class DM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()
class C(metaclass=DM):
    v = auto_value
    w = len("abc")
print(C.v, C.w)

# __qualname__ and __module__ set in namespace
class Capture(type):
    def __new__(mcls, name, bases, ns):
        print(sorted(k for k in ns if k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
class D(metaclass=Capture):
    """doc"""
    def m(self): return __class__
class E(metaclass=Capture):
    pass

# metaclass keyword with non-type callable
def factory(name, bases, ns):
    return f"made {name} with {sorted(k for k in ns if not k.startswith('__'))}"
class F(metaclass=factory):
    a = 1
print(F)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

# most derived metaclass chosen
class M3(M1): pass
class W(metaclass=M3): pass
class V(X, W): pass
print(type(V).__name__)
