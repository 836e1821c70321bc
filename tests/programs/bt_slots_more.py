def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
p = P()
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'), P.x.__name__, type(P.x).__name__, P.__slots__)
t(lambda: p.y)
t(lambda: setattr(p, 'z', 1))
del p.x
t(lambda: p.x)
t(lambda: delattr(p, 'x'))
class Q(P):
    pass
q = Q()
q.z = 3
print(q.__dict__, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('z',)
r = R()
r.z = 5
r.x = 4
t(lambda: setattr(r, 'w', 1))
print(r.z, r.x)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class StrSlot:
    __slots__ = 'only'
s = StrSlot()
s.only = 'v'
print(s.only, StrSlot.__slots__)
t(lambda: type('Conflict', (), {'__slots__': ('a',), 'a': 1}))
t(lambda: type('Bad', (), {'__slots__': (1,)}))
t(lambda: type('Dup', (), {'__slots__': ('a', 'a')}) and 'no error')
t(lambda: type('Kw', (), {'__slots__': ('class',)}) and 'ok')
t(lambda: type('Bad2', (), {'__slots__': ('a b',)}))
class Empty:
    __slots__ = ()
t(lambda: setattr(Empty(), 'x', 1))
class WeakSlot:
    __slots__ = ('__weakref__',)
import weakref
print(weakref.ref(WeakSlot()) is not None)
class IntSlots(int):
    __slots__ = ()
print(IntSlots(5) + 1)
class DictSlots:
    __slots__ = {'a': 'doc for a', 'b': None}
print(DictSlots.a.__doc__, sorted(DictSlots.__slots__))
