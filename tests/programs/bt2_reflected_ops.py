def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'V(%r)' % self.v
    def __add__(self, o):
        print('V.__add__', o)
        return V(self.v + o.v) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        print('V.__radd__', o)
        return V(o + self.v) if isinstance(o, int) else NotImplemented
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return ('rsub', o)
    def __mul__(self, o): return ('mul', o)
    def __lt__(self, o):
        print('V.__lt__')
        return NotImplemented
    def __gt__(self, o):
        print('V.__gt__')
        return NotImplemented
class W(V):
    def __radd__(self, o):
        print('W.__radd__', o)
        return 'W wins'
    def __rsub__(self, o): return 'W rsub'
print(V(1) + V(2))
print(1 + V(2))
t(lambda: V(1) + 'x')
t(lambda: 'x' + V(1))
print(V(1) + W(2))
print(V(1) - W(2))
print(5 - V(1))
t(lambda: V(1) - 5)
print(V(1) * 3)
t(lambda: 3 * V(1))
t(lambda: V(1) < V(2))
t(lambda: V(1) < 3)
class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
print(A() == A(), A() != A(), A() == 1)
class B:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'B.add'
b = B()
b += 1
print(b)
class C:
    def __iadd__(self, o): return NotImplemented
c = C()
try:
    c += 1
except TypeError as e:
    print('TypeError', e)
class D:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __rtruediv__(self, o): return 'rtruediv'
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __rmod__(self, o): return 'rmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __rlshift__(self, o): return 'rlshift'
    def __rand__(self, o): return 'rand'
    def __rxor__(self, o): return 'rxor'
    def __ror__(self, o): return 'ror'
print(D() @ 1, 1 @ D(), 1 / D(), 1 // D(), 1 % D(), divmod(1, D()), 1 << D(), 1 & D(), 1 ^ D(), 1 | D())
t(lambda: 1 @ 2)
t(lambda: [] @ [])
t(lambda: 1 >> D())
t(lambda: -D())
t(lambda: ~1.5)
t(lambda: +'s')
t(lambda: abs('s'))
class N:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-N(), +N(), ~N(), abs(N()))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, bool in (type(NotImplemented),))
