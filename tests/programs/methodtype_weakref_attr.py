# types.MethodType(func, obj) builds bound methods; instances have __weakref__.
import types
try: types.MethodType(1, 2)
except TypeError as e: print(e)
try: types.MethodType(len, None)
except TypeError as e: print(e)
try: types.MethodType(len)
except TypeError as e: print(e)
m = types.MethodType(len, [1, 2]); print(m(), m.__self__, m.__func__)
class C:
    x = 5
def f(self, y): return self.x + y
c = C()
bm = types.MethodType(f, c)
print(bm(3), bm.__func__ is f, bm.__self__ is c, type(bm) is types.MethodType)
import weakref
class A:
    pass
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
