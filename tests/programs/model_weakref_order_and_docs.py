# Weak reference callbacks run newest first; ref() refuses keywords; a
# WeakMethod dies with the class attribute; builtins carry docs and text
# signatures; coroutine methods and descriptors have docs.
import weakref, inspect, types

class C:
    def method(self):
        return 1

res = []
a = C()
f1 = weakref.finalize(a, res.append, "f1")
f2 = weakref.finalize(a, res.append, "f2")
f3 = weakref.finalize(a, res.append, "f3")
r1 = weakref.ref(a, lambda r: res.append("ref1"))
r2 = weakref.ref(a, lambda r: res.append("ref2"))
f2.detach()
del a
print(res)

try:
    weakref.ref(C(), callback=None)
except TypeError as e:
    print("TypeError:", e)

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        super().__init__(ob, callback)
        self.value = value
o = C()
mr = MyRef(o, value=24)
print(mr() is o, mr.value)

o = C()
wm = weakref.WeakMethod(o.method)
print(wm()() if wm() else None)
del C.method
print(wm())

for f in (len, abs, sorted, pow, isinstance, max, iter, getattr, dir, vars, print, open, compile):
    print(f.__name__, f.__text_signature__, bool(f.__doc__))
print(inspect.signature(divmod), inspect.signature(round))
print(max.__doc__.splitlines()[:2])

ct = types.CoroutineType
print("into coroutine" in ct.send.__doc__, "inside coroutine" in ct.close.__doc__, "in coroutine" in ct.throw.__doc__)
print("of the coroutine" in ct.__dict__["__name__"].__doc__, "of the coroutine" in ct.__dict__["__qualname__"].__doc__)
print(type(complex.real.__doc__).__name__, type(complex.imag.__doc__).__name__)
