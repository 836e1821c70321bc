# sum(): start values, compensated float addition, int/float/complex mixing, overflow to inf, errors
import math
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10))
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, 1.0, -1e100]), sum([1e16, 1.0, 1.0]), sum([0.1, 0.2, 0.3]) == 0.6)
print(sum([1, 2.5, 3]), type(sum([1, 2, 3.0])).__name__, sum([1, 2], 0.5), sum([1j, 2, 0.5]), sum([], 5), sum(range(10**6)))
print(sum([2**64, 2**64, 1.5]), sum([1e308, 1e308]), sum([float('inf'), -float('inf')]), sum([float('inf'), 1.0]))
print(sum([1e308, 1e308, -1e308]), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([0.0, -0.0]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]), sum(iter([1, 2]), start=10))
print(sum([1.5, 2**60]), sum([2**62, 2**62, 2**62]), sum([10**20, 0.5]), sum([0.5, 10**400 - 10**400]))
print(sum([1j, 1j], 0.0), sum([1e16j, 1j, 1j]), sum([complex(1e100, 1), complex(1, 1), complex(-1e100, 1)]))
def t(*a, **k):
    try:
        print(repr(sum(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(['a', 'b'], '')
t([b'a'], b'')
t([bytearray(b'a')], bytearray())
t([1, 'a'])
t(5)
t()
t([1], 2, 3)
t([1], start=[])
t([[1]], start=[])
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
print(sum([V(1), V(2)]).v, sum([V(1), V(2)], V(10)).v)
