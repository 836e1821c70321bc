# sum of floats is compensated (Neumaier) since 3.12; start values and errors
import math
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10))
print(sum([1e100, 1.0, -1e100, 1.0]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, 1.0]), sum([2**53, 1.0, 1.0]), sum([1, 0.5, 2**60]))
print(sum([float('inf'), 1.0]), sum([float('inf'), float('-inf')]), sum([1e308, 1e308]), sum([1e308, 1e308, -1e308]))
print(sum([0.1] * 10, 0.5), sum([], 0.5), sum([], -0.0), repr(sum([-0.0])), repr(sum([-0.0], -0.0)), repr(sum([], 0)))
print(sum([1, 2, 3.5]), sum([1.5, 2, 3]), sum([True, True, 2.5]), sum(range(10**6, 10**6 + 5)), sum([1j, 2, 0.5]))
print(sum([2**64, 2**64, 0.5]), sum([0.5, 2**64]), sum([10**400, -10**400, 0.5]))
try:
    sum([1.0, 10**400])
except OverflowError as e:
    print('OverflowError:', e)
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()), sum([[1]], start=[0]))
for bad in (('a', 'b'), ):
    try:
        sum(bad)
    except TypeError as e:
        print('TypeError:', e)
for start in ('', b'', bytearray()):
    try:
        sum([], start)
    except TypeError as e:
        print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    sum(5)
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print('TypeError:', e)
class V:
    def __init__(self, x): self.x = x
    def __radd__(self, o): return V(o + self.x) if isinstance(o, (int, float)) else NotImplemented
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
print(sum([V(1), V(2.5)]).x, sum([1.5, V(2)]).x, sum([0.25, 0.25, V(1)], 0.5).x)
