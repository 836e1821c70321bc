# super(): two-argument forms, unbound super, in classmethods/staticmethods, multiple inheritance.
class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "A.cwho(" + cls.__name__ + ")"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cwho(cls): return "B>" + super().cwho()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()

print(D().who(), D.cwho())
print(super(B, D()).who(), super(C, D()).who())
print(super(D, D).cwho())
print(D.__mro__)

# unbound super object
u = super(B)
print(type(u).__name__, u.__thisclass__.__name__, u.__self__)

# super with a type as second arg returns unbound functions
f = super(D, D).who
print(f(D()))

# super() attributes
s = super(D, D())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)

# errors
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(5, B())
except TypeError as e:
    print("TypeError:", e)
try:
    super(A, A()).who()
except AttributeError as e:
    print("AttributeError:", e)

# super in __init__ chains with kwargs (cooperative)
log = []
class Base:
    def __init__(self, **kw):
        log.append(("Base", kw))
class Left(Base):
    def __init__(self, left=None, **kw):
        log.append(("Left", left))
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        log.append(("Right", right))
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
Both(left=1, right=2)
print(log)

# super() for data attributes goes to class, not instance
class X:
    attr = "class attr"
class Y(X):
    def get(self):
        self.attr = "instance attr"
        return super().attr
print(Y().get())

# super with properties and setters
class PBase:
    @property
    def p(self): return "PBase.p"
class PSub(PBase):
    @property
    def p(self): return "PSub>" + super().p
print(PSub().p)
try:
    class PSet(PBase):
        def set(self):
            super().p = 1
    PSet().set()
except AttributeError as e:
    print("AttributeError:", e)

# super() inside a nested function in a method: fails without __class__ args
class N(A):
    def outer(self):
        def inner():
            return super().who()
        return inner
try:
    N().outer()()
except RuntimeError as e:
    print("RuntimeError:", e)
# super().__class__ and repr
print(super(B, B()).__class__.__name__)
print(repr(super(B, B())).split(",")[0])
