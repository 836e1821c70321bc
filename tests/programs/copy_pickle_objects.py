# needs: stdlib
# object's generic reduce protocol: copy and pickle of plain classes, slots, list/dict subclasses, __getnewargs__, exceptions.
import copy, pickle
class C:
    def __init__(self): self.a = [1]; self.b = {'x': (2, 3)}
c = copy.deepcopy(C()); print(c.a, c.b)
c2 = copy.copy(c); print(c2.a is c.a)
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 5
s = copy.copy(S()); print(s.x, hasattr(s, 'y'))
class L(list): pass
l = L([1, 2]); l.attr = 'z'
l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.attr)
class D(dict): pass
print(copy.copy(D(a=1)))
class N:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): o = object.__new__(cls); o.args = a; return o
print(copy.copy(N()).args)
for proto in range(6):
    c3 = pickle.loads(pickle.dumps(c, proto)); print(proto, c3.a, c3.b)
print(C().__reduce_ex__(2)[0].__name__, C().__reduce_ex__(2)[2])
print(object().__getstate__(), c.__getstate__())
import collections
P = collections.namedtuple('P', 'x y')
print(pickle.loads(pickle.dumps(P(1, 2))), copy.deepcopy(P([1], 2)))
class E(Exception): pass
print(repr(pickle.loads(pickle.dumps(E('boom')))))
e = OSError(2, 'No such file', 'x.txt')
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2.errno, e2.strerror, e2.filename, e2)
k = KeyError('a'); k.extra = 5
k2 = copy.copy(k); print(repr(k2), k2.extra)
class G:
    def __getstate__(self): return {'g': 1}
    def __setstate__(self, st): self.restored = st
print(copy.copy(G()).restored, pickle.loads(pickle.dumps(G(), 0)).restored)
print(C().__reduce__()[0].__name__, type(object.__reduce_ex__(C(), 1)).__name__)
print(int.__flags__ & (1 << 9), bool(C.__flags__ & (1 << 9)), int.__new__.__self__ is int)
