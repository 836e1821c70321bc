# Class definitions: bases, keywords, __qualname__, __module__, __dict__.
class A:
    "A's docstring"
    x = 1
    def m(self):
        return "A.m"

class B(A):
    def m(self):
        return "B.m>" + super().m()

class C(A):
    x = 3

class D(B, C):
    pass

print(D().m(), D.x)
print([k.__name__ for k in D.__mro__])
print(D.__bases__, D.__base__)
print(A.__doc__, B.__doc__)
print(A.__name__, A.__qualname__, A.__module__)

class Outer:
    class Inner:
        def meth(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)

def fn():
    class Local:
        pass
    return Local
print(fn().__qualname__)

# keywords go to __init_subclass__
class Base:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class Sub(Base, flavor="vanilla"):
    pass
print(Sub.flavor)

try:
    class Bad(Base, unknown=1, flavor=2):
        pass
except TypeError as e:
    print("TypeError:", e)

# class body runs at definition time, in order
class Order:
    print("body start")
    a = 1
    b = a + 1
    print("body end", b)

# class attributes vs instance attributes
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
print(c1.id, c2.id, Counter.count, c1.count)

# MRO conflict
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# duplicate base
try:
    class Y(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

# class with non-class base
try:
    class Z(1):
        pass
except TypeError as e:
    print("TypeError:", e)

print(type(A), type(A.m), type(A().m).__name__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print(isinstance(D(), A), issubclass(D, C), issubclass(A, D))
