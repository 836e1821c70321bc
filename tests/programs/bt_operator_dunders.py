class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'V(%r)' % (self.x,)
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o)) if isinstance(o, (V, int)) else NotImplemented
    def __radd__(self, o):
        return V(('r', o, self.x))
    def __iadd__(self, o):
        self.x = ('i', self.x, o)
        return self
    def __sub__(self, o): return ('sub', o)
    def __rsub__(self, o): return ('rsub', o)
    def __mul__(self, o): return ('mul', o)
    def __rmul__(self, o): return ('rmul', o)
    def __matmul__(self, o): return ('matmul', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __truediv__(self, o): return ('truediv', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __floordiv__(self, o): return ('floordiv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __mod__(self, o): return ('mod', o)
    def __rmod__(self, o): return ('rmod', o)
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __lshift__(self, o): return ('lshift', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rshift__(self, o): return ('rshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __and__(self, o): return ('and', o)
    def __rand__(self, o): return ('rand', o)
    def __or__(self, o): return ('or', o)
    def __ror__(self, o): return ('ror', o)
    def __xor__(self, o): return ('xor', o)
    def __rxor__(self, o): return ('rxor', o)
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
v = V(1)
print(v + 1, v + V(2), 'a' + v, v - 1, 1 - v, v * 2, 2 * v, v @ 1, 1 @ v, v / 1, 1 / v, v // 1, 1 // v)
print(v % 1, 1 % v, divmod(v, 1), divmod(1, v), v ** 2, 2 ** v, pow(v, 2, 3), v << 1, 1 << v, v >> 1, 1 >> v)
print(v & 1, 1 & v, v | 1, 1 | v, v ^ 1, 1 ^ v, -v, +v, ~v, abs(v))
w = V(5)
w += 3
print(w)
w -= 1
print(w)
class OnlyAdd:
    def __add__(self, o):
        return 'add'
o = OnlyAdd()
o += 1
print(o)
class NoOps:
    pass
for expr in ['NoOps() + 1', '1 - NoOps()', 'NoOps() * NoOps()', '-NoOps()', 'NoOps() @ 1', 'NoOps() ** 2', 'abs(NoOps())', '~NoOps()', 'NoOps() < 1', 'NoOps() >= NoOps()']:
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)
x = NoOps()
try:
    x += 1
except TypeError as e:
    print('TypeError:', e)
try:
    x |= 1
except TypeError as e:
    print('TypeError:', e)
try:
    x @= 1
except TypeError as e:
    print('TypeError:', e)
class Sub(V):
    def __radd__(self, o):
        return 'Sub.radd first'
print(V(1) + Sub(2), 1 + Sub(2))
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print('TypeError:', e)
class IAddNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
y = IAddNI()
y += 1
print(y)
class RetNone:
    def __iadd__(self, o):
        pass
z = RetNone()
z += 1
print(z)
