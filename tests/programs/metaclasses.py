class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        cls.tag = kw.get("tag", "none")
        return cls
    def describe(cls):
        return f"{cls.__name__}:{cls.tag}"
    def __call__(cls, *a):
        print("creating", cls.__name__)
        return super().__call__(*a)
class A(metaclass=Meta, tag="a"):
    def __init__(self, x):
        self.x = x
class B(A):
    pass
print(Meta.registry, A.describe(), B.describe(), type(A).__name__, isinstance(A, Meta), isinstance(A, type))
b = B(5)
print(b.x, type(b).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {}
    def __len__(cls):
        return 42
class O(metaclass=Ordered):
    a = 1
print(len(O), O.a)
class Check(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class C(metaclass=Check):
    pass
print(isinstance("magic", C), isinstance(3, C))
T = type("T", (object,), {"v": 7})
print(T().v, T.__name__, type.__new__(Meta, "Z", (), {}).describe())
class Init(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = True
class D(metaclass=Init):
    pass
print(D.inited)
