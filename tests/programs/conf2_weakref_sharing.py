# Plain weak references and proxies without callback are shared; they come
# first in getweakrefs(); __callback__ reads None once the referent died;
# proxies apply in-place operators to the referent.
import weakref

class Obj:
    def __init__(self, v):
        self.v = v
    def __ifloordiv__(self, o):
        return ("ifloordiv", self.v, o)
    def __floordiv__(self, o):
        return ("floordiv", self.v, o)

class MyRef(weakref.ref):
    pass

o = Obj(1)
r1 = MyRef(o)
r2 = weakref.ref(o)
r3 = weakref.ref(o)
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
cb = weakref.ref(o, lambda r: None)
print(r2 is r3, r1 is r2, p1 is p2, cb is r2)
refs = weakref.getweakrefs(o)
print(refs[0] is r2, refs[1] is p1, weakref.getweakrefcount(o))
print(type(MyRef(o)).__name__, MyRef(o) is r2)

p = weakref.proxy(o)
print(p // 2)
p //= 3
print(p)

def note(r):
    print("callback ran; __callback__ now", r.__callback__)
x = Obj(2)
rx = weakref.ref(x, note)
print(rx.__callback__ is note)
del x
print(rx(), rx.__callback__)

try:
    weakref.ref(o, None, None)
except TypeError as e:
    print("TypeError:", e)
