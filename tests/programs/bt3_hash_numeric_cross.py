# numeric hashes agree across int, float, Fraction, Decimal, complex and bool
from fractions import Fraction
from decimal import Decimal
import sys
M = sys.hash_info.modulus
print(sys.hash_info.width, M == 2**61 - 1, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**64, 10**30, -10**30, 2**100 + 3]
for v in vals:
    print(v, hash(v), hash(float(v)) == hash(v) if abs(v) < 2**1000 else '-', hash(Fraction(v)) == hash(v), hash(Decimal(v)) == hash(v), hash(complex(v, 0)) == hash(v))
for f in [0.5, -0.5, 1.25, 1e-10, 3.141592653589793, 1e300, -2.5e-300, 5e-324]:
    fr = Fraction(f)
    print(repr(f), hash(f), hash(fr) == hash(f), hash(Decimal(f)) == hash(f))
print(hash(float('inf')), hash(float('-inf')), hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Decimal('0.1')), hash(Decimal('-0')), hash(-0.0))
print(hash(1j), hash(2 + 3j), hash(-1 - 1j), hash(complex(0, -1)), hash(True), hash(False), hash(-1) == hash(-2))
print(hash(Fraction(1, M)), hash(Fraction(-1, M)), hash(Fraction(2, M)))
print(hash(Decimal('Infinity')), hash(Decimal('-Infinity')), hash(Decimal('1e100')) == hash(10**100), hash(Decimal('1.5')) == hash(1.5))
d = {1: 'int', 1.0: 'float', Fraction(1): 'frac', Decimal(1): 'dec', 1 + 0j: 'complex', True: 'bool'}
print(d)
s = {0, 0.0, -0.0, False, 0j, Fraction(0), Decimal(0)}
print(len(s))
class MyInt(int):
    pass
print(hash(MyInt(12345678901234567890)) == hash(12345678901234567890))
