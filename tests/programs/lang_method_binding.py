# Bound/unbound methods: identity, __self__, __func__, equality, rebinding.
class C:
    def m(self, x=0):
        return (self.tag, x)
    tag = "class"
c = C()
c.tag = "inst"
bm = c.m
print(bm(), bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__)
print(c.m == c.m, c.m is c.m, C.m is C.m)
print(C.m(c, 5), type(bm).__name__, type(C.m).__name__)
f = C.m
class D:
    tag = "D"
print(f(D()))
import types
bound = types.MethodType(f, D())
print(bound(1))
def free(self):
    return "free function on " + self.tag
c.attr_fn = free
try:
    c.attr_fn()
except TypeError as e:
    print("TypeError:", e)
C.attr_fn2 = free
print(c.attr_fn2())
print([1, 2].append.__self__, "x".upper.__name__, len.__self__.__name__ if hasattr(len, "__self__") else None)
class K:
    @classmethod
    def cm(cls):
        return cls.__name__
print(K.cm.__self__ is K, K().cm.__self__ is K)
m = c.m
del c
print(m())
