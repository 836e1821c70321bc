# numeric hashing: equal numbers hash equal across int, bool, float, complex, Fraction and Decimal
from fractions import Fraction
from decimal import Decimal
import sys
M = sys.hash_info.modulus
print(sys.hash_info.width, M == 2**61 - 1, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.algorithm in ('siphash13', 'siphash24', 'fnv'))
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**61), 10**30, -(10**30)]:
    print(v, hash(v), hash(float(v)) == hash(v) if abs(v) < 2**53 else '-', hash(Fraction(v)) == hash(v), hash(Decimal(v)) == hash(v), hash(complex(v, 0)) == hash(v))
for f in [0.5, -0.5, 0.25, 1.5, 1e-300, 1e300, 2.0**-1074, 123.456, -0.0, float('inf'), float('-inf')]:
    fr = Fraction(f) if f not in (float('inf'), float('-inf')) else None
    print(repr(f), hash(f), fr is None or hash(fr) == hash(f), hash(Decimal(f)) == hash(f))
print(hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(2, 6)) == hash(Fraction(1, 3)), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('1.10')) == hash(Decimal('1.1')))
print(hash(1 + 2j), hash(-1j), hash(complex(0.5, 0.5)), hash(True), hash(False), hash(1.0) == hash(True))
print(hash(Fraction(1, M)), hash(Fraction(-1, M)), hash(Fraction(M, 1)))
d = {1: 'int'}
d[1.0] = 'float'; d[Fraction(1)] = 'frac'; d[Decimal(1)] = 'dec'; d[1 + 0j] = 'complex'; d[True] = 'bool'
print(d, len({0, 0.0, -0.0, 0j, Fraction(0), Decimal(0), Decimal('-0'), False}))
print(Fraction(1, 2) == 0.5, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Fraction(1, 10) == 0.1, 0.1 == Fraction(0.1))
print(hash(Decimal('NaN')) is not None)
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError')
