# Cooperative super() through a diamond: MRO order, arguments threading, __init__ chains.
log = []
class Base:
    def __init__(self, **kw):
        log.append(("Base", sorted(kw)))
        super().__init__()
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=None, **kw):
        log.append(("Left", left))
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self, right=None, **kw):
        log.append(("Right", right))
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self, **kw):
        log.append(("Bottom", sorted(kw)))
        super().__init__(**kw)
    def hello(self):
        return ["Bottom"] + super().hello()

b = Bottom(left=1, right=2)
print([c.__name__ for c in Bottom.__mro__])
print(log)
print(b.hello())

# super(Left, b) skips to the next class after Left in b's MRO
print(super(Left, b).hello(), super(Right, b).hello())

# super() with classmethods and properties through the diamond
class A:
    @classmethod
    def make(cls):
        return ["A", cls.__name__]
    @property
    def p(self):
        return "A.p"
class B(A):
    @classmethod
    def make(cls):
        return ["B"] + super().make()
    @property
    def p(self):
        return "B>" + super().p
class C(A):
    @classmethod
    def make(cls):
        return ["C"] + super().make()
class D(B, C):
    pass
print(D.make(), D().p)

# super object attributes
s = super(B, D())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)

# super().__setattr__ / __getattribute__ bypassing overrides
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        super().__setattr__(name, value)
g = Guarded()
g.ok = 1
try:
    g._hidden = 2
except AttributeError as e:
    print("AttributeError:", e)
print(g.ok)

# inconsistent MRO
try:
    class X(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)

# super() inside a nested function needs explicit args
class N(Base):
    def m(self):
        def inner():
            return super(N, self).hello()
        return inner()
print(N().m())

# assigning to super attributes is not supported
try:
    super(B, D()).p = 1
except AttributeError as e:
    print("AttributeError:", e)
