# Private name mangling in every position.
class A:
    __cls_attr = "ca"
    def __init__(self):
        self.__x = 1
        self.__dict__["_A__y"] = 2
    def get(self):
        return self.__x, self.__y, A.__cls_attr
    def __priv(self):
        return "priv"
    def call(self):
        return self.__priv()
    def glob(self):
        global __g
        __g = "mangled global"
        return __g
    def kw(self, **kw):
        return kw
    def kwcall(self):
        return self.kw(__k=1)
    def imp(self):
        import __future__ as __f
        return sorted(k for k in locals())
    def attr_names(self):
        return sorted(n for n in vars(self))
    def comp(self):
        return [self.__x for _ in range(2)]
    def lam(self):
        return (lambda __p: __p + 1)(1)
    def getattr_str(self):
        return getattr(self, "__x", "nope"), getattr(self, "_A__x")
    __dunder__ = "not mangled"
    _single = "not mangled either"

a = A()
print(a.get(), a.call(), a.glob(), a.kwcall())
print(a.imp(), a.attr_names(), a.comp(), a.lam(), a.getattr_str())
print(sorted(k for k in vars(A) if "A__" in k))
print(A.__dunder__, A._single)
print(globals().get("_A__g"))

class _Under:
    def m(self):
        self.__z = 3
        return vars(self)
print(_Under().m())

class __Dunder:
    def m(self):
        self.__z = 3
        return vars(self)
print(__Dunder().m())

class Outer:
    class __Inner:
        v = 7
    def get(self):
        return self.__Inner.v
    def nested_func(self):
        def f():
            return self.__secret
        self.__secret = "s"
        return f()
print(Outer().get(), Outer().nested_func())

class B(A):
    def peek(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(B().peek())

# annotations are mangled too
class C:
    __ann: int = 5
print(C.__annotations__)
