# float floor division / modulo / divmod signs, zeros and infinities
import math
inf, nan = float('inf'), float('nan')
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (-0.0, -3), (1, inf), (-1, inf),
         (1, -inf), (-1, -inf), (inf, 2), (-inf, 2), (nan, 1), (1, nan), (1e308, 1e-308), (5, 0.5), (-5, 0.5), (0.5, 1e-20),
         (-1e-20, 1.0), (1e-20, -1.0), (6.0, 3.0), (-6.0, 3.0), (2**60, 7.0)]
for a, b in pairs:
    try:
        q, r = divmod(a, b)
        print(a, b, repr(q), repr(r), repr(a // b), repr(a % b), repr(math.fmod(a, b)) if not math.isinf(a) else '-')
    except Exception as e:
        print(a, b, type(e).__name__ + ':', e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-1.0, -0.0)]:
    for op in (lambda x, y: x / y, lambda x, y: x // y, lambda x, y: x % y, divmod):
        try:
            print(op(a, b))
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)
print(10**20 / 3.0, 3.0 / 10**20, (10**400) / (10**399), 10**400 / 3)
for a, b in [(10**400, 1.0), (1.0, 10**400)]:
    try:
        print(a / b)
    except OverflowError as e:
        print('OverflowError:', e)
print(repr(-7 % 2.5), repr(7 % -2.5), repr(-0.0 % -1), repr(0.0 % -1))
