# __qualname__, __module__ and __name__ of classes and functions in nested scopes.
class Top:
    class Mid:
        class Low:
            def m(self):
                def local():
                    class InFunc:
                        def deep(self):
                            pass
                    return InFunc
                return local
print(Top.Mid.Low.__qualname__, Top.Mid.Low.m.__qualname__)
local = Top.Mid.Low().m()
print(local.__qualname__)
InFunc = local()
print(InFunc.__qualname__, InFunc.deep.__qualname__)

def f():
    lam = lambda: None
    gen = (x for x in [])
    return lam, gen
lam, gen = f()
print(lam.__qualname__, gen.__qualname__, gen.__name__)

print(Top.__module__, f.__module__, lam.__module__)

# __qualname__ and __module__ in the class body namespace
class Spy:
    seen = (__qualname__, __module__)
print(Spy.seen)

# overriding __qualname__ / __module__ in the body
class Renamed:
    __qualname__ = "Other.Name"
    __module__ = "fake.module"
print(Renamed.__qualname__, Renamed.__module__, Renamed.__name__, repr(Renamed))
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)

# assigning on the class afterwards
class Later: pass
Later.__qualname__ = "X.Y"
Later.__name__ = "Z"
print(Later.__qualname__, Later.__name__, repr(Later))
for bad in (1, "bad\0name"):
    try:
        Later.__name__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    Later.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    del Later.__qualname__
except TypeError as e:
    print("TypeError:", e)

# functions: writable __qualname__ and __name__, validation
def g(): pass
g.__qualname__ = "Custom.g"
print(g.__qualname__, repr(g).split(" at ")[0])
try:
    g.__name__ = 3
except TypeError as e:
    print("TypeError:", e)

# the global statement affects qualname: a global function defined inside a function
def maker():
    global made
    def made():
        pass
maker()
print(made.__qualname__)

# nested class in a method, class in class in function
def factory():
    class A:
        class B:
            pass
    return A
print(factory().B.__qualname__)

# type() created classes
T = type("T", (), {"__qualname__": "Outer.T"})
print(T.__qualname__, T.__name__, T.__module__)
U = type("U", (), {})
print(U.__module__)

# methods keep their qualname on the bound method
class M:
    def meth(self): pass
print(M().meth.__qualname__, M.meth.__name__)

# __module__ inside exec with a custom __name__
ns = {"__name__": "my_mod"}
exec("class E: pass\ndef fn(): pass", ns)
print(ns["E"].__module__, ns["fn"].__module__)
ns2 = {}
exec("class E: pass", ns2)
print(ns2["E"].__module__)
