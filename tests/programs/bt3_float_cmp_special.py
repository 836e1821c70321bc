# comparisons among inf, nan, big ints and floats
inf, nan = float('inf'), float('nan')
big = 2**1024
vals = [inf, -inf, nan, 0.0, -0.0, 1e308, big, -big, 2**53 + 1, float(2**53), 2**53, 10**400]
for a in vals:
    print([(a < b, a == b, a >= b) for b in vals[:6]])
print(2**53 + 1 == float(2**53), 2**53 + 1 > float(2**53), float(2**53) < 2**53 + 1)
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], {nan: 1}.get(nan))
x = float('nan')
print([x] == [float('nan')], x in {x}, sorted([3, 1, 2]) , max(nan, 1), max(1, nan), min(nan, 1))
print(inf == 10**400, inf > 10**400, -inf < -10**400, 1e308 < 10**400, 1e308 * 10 == inf)
print(0.1 + 0.2 == 0.3, 0.5 == 1/2, 1 == 1.0, True == 1.0, hash(1) == hash(1.0) == hash(True))
print(inf - inf, inf * 0, -inf + inf, inf / inf, abs(-inf), -nan != -nan)
import math
print(math.copysign(1, -0.0), math.copysign(1, 0.0), -0.0 == 0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0))
print(round(inf) if False else 'skip')
for v in (inf, -inf, nan):
    for f in (int, round, math.floor, math.ceil, math.trunc):
        try:
            print(f(v))
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__ + ':', e)
