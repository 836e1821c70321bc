import sys
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(hash(-1), hash(-2), hash(-1.0), hash(-1 + 0j))
print(hash(float('inf')), hash(float('-inf')), sys.hash_info.inf)
print(hash(0), hash(0.0), hash(-0.0), hash(0j))
print(hash(2**61 - 1), hash(2**61), hash(2**61 - 2), hash(-(2**61 - 1)), hash(2**100), hash(-(2**100)))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e100), hash(2.0**-30), hash(5e-324))
print(hash(1j), hash(2 + 3j), hash(-1j), hash(complex(1, -1)))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.imag, sys.hash_info.algorithm in ('siphash13', 'siphash24', 'fnv'))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal('0.5')) == hash(0.5), hash(Fraction(10**30)) == hash(10**30))
print(hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1])))
print(hash((1, 2)), hash(()), hash((None,)) == hash((None,)), hash((1, (2, 3))))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(range(3)) == hash(range(3)))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    hash((1, []))
except TypeError as e:
    print('TypeError:', e)
print(hash(None) == hash(None), hash(...) == hash(...), hash(NotImplemented) == hash(NotImplemented))
class H:
    def __hash__(self):
        return 2**100
class HN:
    def __hash__(self):
        return -1
class HB:
    def __hash__(self):
        return 'x'
class HF:
    def __hash__(self):
        return 1.5
print(hash(H()), hash(HN()))
for c in (HB, HF):
    try:
        hash(c())
    except TypeError as e:
        print('TypeError:', e)
class Sub(int):
    pass
print(hash(Sub(5)), hash(Sub(-1)))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print({0.0: 1, 0: 2, -0.0: 3, False: 4})
print(float('nan') in {float('nan')}, len({float('nan'), float('nan')}))
n = float('nan')
print(n in {n}, n in [n], [n] == [n], (n,) == (n,), n == n)
