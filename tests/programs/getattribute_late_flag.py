class A:
    def m(self): return "A.m"
a = A()
print(a.m())
def ga(self, n):
    if n == "m": return lambda: "hooked"
    return object.__getattribute__(self, n)
A.__getattribute__ = ga
print(a.m(), a.__class__.__name__)
class B(A): pass
b = B(); print(b.m())
del A.__getattribute__
print(a.m(), b.m())
class C: 
    def m(self): return "C.m"
B.__bases__ = (C,)
print(b.m())
A.__getattribute__ = ga
class D(A):
    __getattribute__ = object.__getattribute__
print(D().m())
