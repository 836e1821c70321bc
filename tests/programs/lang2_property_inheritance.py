# property: inheritance, overriding getter only, deleter, docs, errors.
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self):
        "value doc"
        return self._v
    @v.setter
    def v(self, x): self._v = x
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
c = Child()
c.v = 2
print(c.v, Child.v.__doc__, Base.v.__doc__)
class ReadOnly:
    @property
    def r(self): return 1
try:
    ReadOnly().r = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del ReadOnly().r
except AttributeError as e:
    print("AttributeError:", e)
p = property()
class Empty:
    e = p
try:
    Empty().e
except AttributeError as e:
    print("AttributeError:", e)
print(property(doc="explicit").__doc__)
class Named:
    def get(self): return "got"
    x = property(get)
print(Named().x, Named.x.fget.__name__)
# property in subclass overriding attribute
class A:
    attr = "plain"
class B(A):
    @property
    def attr(self): return "property"
print(B().attr, A().attr)
# property raising AttributeError inside getter with __getattr__ fallback
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback:" + name
print(Fallback().broken)
