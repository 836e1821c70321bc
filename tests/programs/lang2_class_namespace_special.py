# Class body special names: __qualname__, __module__, __classcell__, __static_attributes__ (3.13).
class Outer:
    class Inner:
        def m(self):
            self.alpha = 1
            self.beta = 2
            other = self
            other.gamma = 3
    def n(self):
        self.delta = 4
        return __class__
print(Outer.Inner.__qualname__, Outer.__module__, Outer.Inner.__module__)
print(Outer.Inner.__static_attributes__, Outer.__static_attributes__)
print(Outer.__firstlineno__)
class Q:
    __qualname__ = "Custom.Name"
print(Q.__qualname__, Q.__name__)
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__)
class WithDoc:
    "doc"
print(sorted(k for k in WithDoc.__dict__ if k.startswith("__") and k not in ("__dict__", "__weakref__", "__qualname__")))
# __name__ assignment
class R: pass
R.__name__ = "Renamed"
print(R.__name__, R.__qualname__, repr(R)[-10:])
try:
    R.__name__ = 1
except TypeError as e:
    print("TypeError:", e)
