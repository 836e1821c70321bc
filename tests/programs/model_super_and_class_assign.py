# super() with proxies and subclasses, __class__ assignment layouts,
# descriptors bound with a non-class owner, and __classcell__ handling.

class Proxy:
    def __init__(self, obj):
        self._Proxy__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)

class B:
    def f(self):
        return "B.f"

class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"

print(C.__dict__["f"](Proxy(C())))
s = super(C, Proxy(C()))
print(s.__self_class__.__name__, s.__thisclass__.__name__)
try:
    super(C, 42)
except TypeError as e:
    print("TypeError:", e)

class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)

class D(C):
    def f(self):
        return "D+" + mysuper(D, self).f()

print(D().f())

class E(D):
    def f(self):
        s = self.__sup
        return type(s).__name__ + ":" + s.f()

E._E__sup = mysuper(E)
print(E().f())
print(repr(super(B)), repr(super(C, C()))[:28])
try:
    super(B, kw=1)
except TypeError as e:
    print("TypeError:", e)

# __class__ assignment: compatible and incompatible layouts
class G: __slots__ = ["a", "b"]
class H: __slots__ = ["b", "a"]
class J: __slots__ = ["c", "b"]
class L(H): __slots__ = ["e"]
class M(G): __slots__ = ["e"]
class N(J): __slots__ = ["__weakref__"]
class P(J): __slots__ = ["__dict__"]
class Q(J): pass
class R(J): __slots__ = ["__dict__", "__weakref__"]

for a, b in [(G, H), (Q, R), (R, Q)]:
    x = a()
    x.b = 1
    x.__class__ = b
    print(a.__name__, "->", type(x).__name__, x.b)
for a, b in [(G, J), (L, M), (N, P), (P, R), (G, L), (J, Q)]:
    try:
        a().__class__ = b
    except TypeError as e:
        print("TypeError:", e)

# descriptors bound with an owner that is not a class
def spam(self):
    return ("spam", type(self).__name__)
class Inst: pass
print(spam.__get__(Inst(), "owner")())
print(classmethod(lambda c: c).__get__(None, 5)())
print(staticmethod(len).__get__(None, 5)("abc"))

# a __setattr__ that is not a Python function
class X(dict):
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
x = X()
x.y = 42
print(x)
del x.y
print(x)

# __classcell__: never left in the class dict; may be a slot name
class K:
    def me(self):
        return __class__
print("__classcell__" in K.__dict__, K().me() is K)

class Meta(type):
    def __new__(m, name, bases, ns, attr):
        print("in namespace:", attr in ns)
        return super().__new__(m, name, bases, ns)
class S(metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def me(self):
        return __class__
o = S()
print(type(S.__dict__["__classcell__"]).__name__, hasattr(o, "__classcell__"), o.me() is S)
o.__classcell__ = 5
print(o.__classcell__)
try:
    class Bad:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print("TypeError:", e)
