# Attribute lookup precedence: data descriptors, instance dict, non-data descriptors, __getattr__.
log = []
class Data:
    def __get__(self, obj, owner):
        return "data.get"
    def __set__(self, obj, value):
        log.append(("data.set", value))
class NonData:
    def __get__(self, obj, owner):
        return "nondata.get"

class C:
    d = Data()
    n = NonData()
    plain = "class attr"
    def __getattr__(self, name):
        return f"__getattr__({name})"

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, c.plain, c.missing)
c.d = 5
print(log); log.clear()

# class-level access passes obj=None
class Show:
    def __get__(self, obj, owner):
        return (obj, owner.__name__)
class K:
    s = Show()
print(K.s, K().s[1])

# __getattribute__ overrides everything; __getattr__ is called on AttributeError from it
class G:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        if name == "other_error":
            raise KeyError("not attribute error")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = G()
print(g.x, g.boom, g.nope)
try:
    g.other_error
except KeyError as e:
    print("KeyError:", e)

# a descriptor raising AttributeError triggers __getattr__
class Fails:
    def __get__(self, obj, owner):
        raise AttributeError("descriptor failed")
class H:
    f = Fails()
    def __getattr__(self, name):
        return "getattr after " + name
print(H().f)

# __set__ only (no __get__) still a data descriptor; reading returns the descriptor itself
class SetOnly:
    def __set__(self, obj, value):
        log.append("setonly")
class I:
    s = SetOnly()
i = I()
i.__dict__["s"] = "in dict"
print(type(i.s).__name__)
i.s = 1
print(log); log.clear()

# __delete__ participates in del
class Del:
    def __get__(self, obj, owner):
        return 1
    def __delete__(self, obj):
        log.append("delete called")
class J:
    d = Del()
del J().d
print(log); log.clear()
try:
    del J().nothing
except AttributeError as e:
    print("AttributeError:", e)

# functions are non-data descriptors: instance dict shadows methods
class M:
    def meth(self):
        return "method"
m = M()
m.meth = lambda: "instance attr"
print(m.meth(), M.meth(m))
del m.meth
print(m.meth())

# property is a data descriptor even without a setter
class P:
    @property
    def ro(self):
        return "prop"
p = P()
p.__dict__["ro"] = "shadow?"
print(p.ro)
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)

# descriptors on the metaclass vs. the class
class MetaD(type):
    @property
    def kind(cls):
        return "meta property"
class WithMeta(metaclass=MetaD):
    kind = "class attribute"
print(WithMeta.kind, WithMeta().kind)
