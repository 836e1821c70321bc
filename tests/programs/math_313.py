# needs: stdlib
import math
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
for x, y in [(10, 3), (11, 3), (5, 2), (7, 2), (-7, 2), (3.5, 1), (2.5, 1), (1e308, 3.3), (-0.0, 1)]:
    print(math.remainder(x, y))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(float('inf')), math.ulp(-2.5), math.ulp(1.7976931348623157e+308))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1]*10, [0.1]*10), math.sumprod([1.5, 2], [2, 3.25]), math.sumprod([10**30, 2], [3, 4]))
from fractions import Fraction
print(math.sumprod([Fraction(1, 3), 2], [3, Fraction(1, 2)]))
try: math.sumprod([1], [1, 2])
except ValueError as e: print(e)
try: math.remainder(1, 0)
except ValueError as e: print(e)
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.correlation([1, 2, 3], [2, 4, 7]))
