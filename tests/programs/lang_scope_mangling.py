# Private name mangling in class bodies.
class Foo:
    __secret = 1
    _Foo__other = 2
    def __init__(self):
        self.__x = 10
        self.__y__ = 20
    def get(self):
        return self.__x, self.__secret, self.__y__
    def __private(self):
        return "private"
    def call(self):
        return self.__private()

f = Foo()
print(f.get(), f.call())
print(sorted(k for k in vars(f)))
print(Foo._Foo__secret, hasattr(Foo, "__secret"))

class _Under:
    __a = 5
    def m(self):
        return self.__a
print(_Under().m(), "_Under__a" in _Under.__dict__)

class __Dunder:
    __b = 6
print([k for k in vars(__Dunder) if "b" in k])

class Outer:
    class Inner:
        __z = 1
        def get(self):
            return self.__z
    def __m(self):
        pass
print(Outer.Inner().get(), "_Inner__z" in Outer.Inner.__dict__, "_Outer__m" in Outer.__dict__)

# mangling applies to names in nested functions and comprehensions
class M:
    __v = 3
    def f(self):
        g = lambda: self.__v
        return g(), [self.__v for _ in range(2)]
print(M().f())

# getattr with the unmangled string does not mangle
class N:
    def __init__(self):
        self.__h = 1
try:
    getattr(N(), "__h")
except AttributeError as e:
    print("AttributeError:", e)

# mangling of imports is done on the binding name: __names in class
class P:
    import math as __math
    def sqrt(self, v):
        return self.__math.sqrt(v)
print(P().sqrt(16.0))

# global names are mangled too
_Q__gl = "mangled global"
class Q:
    def m(self):
        return __gl
print(Q().m())
