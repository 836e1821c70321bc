# Class decorators and class factories.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, "two"))

@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, type(Config).__name__)

def auto_init(*names):
    def deco(cls):
        def __init__(self, *args):
            for n, a in zip(names, args):
                setattr(self, n, a)
        cls.__init__ = __init__
        return cls
    return deco

@add_repr
@auto_init("a", "b")
class AB:
    pass
print(AB(1, 2))

def make_class(name, value):
    class Made:
        v = value
        def get(self):
            return self.v
    Made.__name__ = name
    Made.__qualname__ = name
    return Made
M1 = make_class("First", 1)
M2 = make_class("Second", 2)
print(M1.__name__, M1().get(), M2.__name__, M2().get(), M1 is M2)
print(repr(M1).replace(__name__, "MOD"))
