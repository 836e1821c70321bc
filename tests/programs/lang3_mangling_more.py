# Private name mangling in less common places.
class Outer:
    __a = 1
    def get(self):
        return self.__a, Outer.__a, getattr(self, "_Outer__a")
    def keys(self):
        return sorted(k for k in type(self).__dict__ if "__a" in k)
    def kw(self, **kw):
        return kw
    def call_kw(self):
        return self.kw(__x=1)
    def local(self):
        __v = 3
        return sorted(locals())
print(Outer().get(), Outer().keys(), Outer().call_kw(), Outer().local())

# class names made of underscores: no mangling at all
class ___:
    __z = 9
print(sorted(k for k in ___.__dict__ if k.endswith("z")))

# a leading-underscore class name: underscores stripped in the prefix
class _Priv:
    __q = 2
print([k for k in _Priv.__dict__ if k.endswith("q")])

# dunder names and names ending in __ are not mangled
class D:
    __init__ = lambda self: None
    __x__ = 1
    __y_ = 2
print([k for k in D.__dict__ if k.startswith("__x") or k.endswith("y_")])

# mangling in a nested class uses the innermost class
class P:
    class Q:
        __r = 1
    __r = 2
print([k for k in P.Q.__dict__ if k.endswith("__r")], [k for k in P.__dict__ if k.endswith("__r")])

# mangling of parameter names, global names and import names
def use_param():
    pass
class M:
    def f(self, __p):
        return __p
    def g(self):
        global __gl
        __gl = 42
    def h(self):
        import __future__ as __fut
        return __fut.__name__
    def n(self):
        return self.f.__code__.co_varnames
m = M()
print(m.f(5), m.n())
m.g()
print(sorted(k for k in globals() if "gl" in k))
print(m.h())
try:
    m.f(__p=1)
except TypeError as e:
    print("TypeError:", e)
print(m.f(_M__p=7))

# mangling in comprehensions and lambdas inside a class
class C:
    __items = [1, 2]
    doubled = [x * 2 for x in __items]
    fn = lambda self: self.__items
print(C.doubled, C().fn())

# mangled attribute names are seen by hasattr/getattr only under the mangled name
class K:
    def __init__(self):
        self.__secret = "s"
k = K()
print(hasattr(k, "__secret"), hasattr(k, "_K__secret"), vars(k))
try:
    k.__secret
except AttributeError as e:
    print("AttributeError:", e)

# mangling in type parameter names
class TP:
    def meth[__T](self, x: __T) -> __T:
        return x
    def params(self):
        return [t.__name__ for t in self.meth.__type_params__]
print(TP().params(), TP().meth(3))
