# __class__ assignment, isinstance after it, and type() of instances.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print("TypeError:", e)
print(type(a) is a.__class__, a.__class__.__name__)
class Meta(type): pass
class M(metaclass=Meta): pass
print(type(M).__name__, M.__class__.__name__, type(type).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
