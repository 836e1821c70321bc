# needs: stdlib
# math.gcd/lcm with ints beyond 64 bits (Fraction and statistics depend on them).
import math
from fractions import Fraction
a = 2**100 * 3; b = 2**70 * 9
print(math.gcd(a, b), math.gcd(-a, b, 6), math.gcd(a), math.gcd(), math.lcm(a, b), math.lcm(a, 0), math.gcd(10**30, 0))
print(Fraction(10**40, 10**38 * 4), sum(Fraction(1, 2**k) for k in range(80)))
try: math.gcd(2**80, 1.5)
except TypeError as e: print(e)
import statistics
print(statistics.mean([1e300, 1e300, -1e300]), statistics.fmean([0.1]*10), statistics.median([3, 1, 2]))
