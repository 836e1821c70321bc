def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print([round(x + 0.5) for x in range(-4, 5)])
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, -0.0)])
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-2.5), round(2.5, 0), round(-0.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5.0, -1), round(15.0, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(123, -5), round(123, 5), round(10**30 + 5, -1), round(-15, -1), round(5, -1), round(1, 0), type(round(1, 0)).__name__, type(round(1.0)).__name__, type(round(1.0, 0)).__name__)
print(round(1e-320, 400), round(1.5, 1000), round(1.5, -1000), round(123.456, 308), round(1e308, -308))
t(round, float('inf'))
t(round, float('nan'))
print(round(float('inf'), 2), round(float('nan'), 1), round(float('-inf'), -2))
t(round, 1.5, 1.0)
t(round, 1.5, '1')
t(round, '1.5')
t(round)
t(round, 1, 2, 3)
print(round(True), round(False, 3), round(7, None), round(7.5, None), round(number=2.5), round(2.5, ndigits=None))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound: pass
t(round, NoRound())
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(-0.0, 1), round(0.0001, 3))
from fractions import Fraction
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 2))
import decimal
print(round(decimal.Decimal('2.5')), round(decimal.Decimal('2.675'), 2))
