# Descriptor protocol: data vs non-data precedence, __get__ arguments, __delete__.
log = []
class NonData:
    def __get__(self, inst, owner):
        log.append(("nd get", inst is None, owner.__name__))
        return "nondata"

class Data:
    def __get__(self, inst, owner=None):
        log.append(("d get", inst is None, owner.__name__ if owner else None))
        return "data" if inst is not None else self
    def __set__(self, inst, value):
        log.append(("d set", value))
        inst.__dict__["_data"] = value
    def __delete__(self, inst):
        log.append("d delete")

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
c.__dict__["d"] = "instance loses to data"
print(c.d)
c.d = 5
del c.d
print(type(C.d).__name__)
print(log); log.clear()

# set-only descriptor is a data descriptor; get falls to the descriptor itself? no: instance dict
class SetOnly:
    def __set__(self, inst, v):
        log.append("setonly")
class D:
    s = SetOnly()
d = D()
d.s = 1
print(type(d.s).__name__, log); log.clear()
d.__dict__["s"] = "in dict"
print(type(d.s).__name__)

# descriptor without __delete__ raises
class GetSet:
    def __get__(self, i, o): return 1
    def __set__(self, i, v): pass
class E:
    gs = GetSet()
try:
    del E().gs
except AttributeError as e:
    print("AttributeError:", e)

# descriptor on metaclass
class Meta(type):
    @property
    def meta_prop(cls):
        return f"meta prop of {cls.__name__}"
class F(metaclass=Meta): pass
print(F.meta_prop)
try:
    F().meta_prop
except AttributeError as e:
    print("AttributeError:", e)

# __get__ called with explicit owner via super and classmethod chains
class G:
    @classmethod
    def cm(cls):
        return cls.__name__
class H(G): pass
print(H.cm(), H().cm(), G.__dict__["cm"].__get__(None, H)())

# functions are non-data descriptors
def plain(self): return "bound to " + type(self).__name__
class I: pass
i = I()
print(plain.__get__(i)(), plain.__get__(None, I) is plain)

# __getattribute__ override bypasses descriptors unless delegated
class J:
    d = Data()
    def __getattribute__(self, name):
        if name == "special":
            return "intercepted"
        return object.__getattribute__(self, name)
print(J().special, J().d)
print(log)

# __set_name__-less descriptor storing per-instance data
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__[self.name]
    def __set__(self, inst, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        inst.__dict__[self.name] = value
class K:
    n = Typed("n", int)
k = K()
k.n = 3
print(k.n)
try:
    k.n = "x"
except TypeError as e:
    print("TypeError:", e)
