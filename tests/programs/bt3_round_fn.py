# round(): ints with negative ndigits, floats, __round__, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v, n in [(15, -1), (25, -1), (35, -1), (-25, -1), (150, -2), (250, -2), (12345, -10), (2**70 + 5, -1), (5, 0), (7, 3)]:
    t(lambda: round(v, n))
t(lambda: round(5, None))
t(lambda: round(5.5, 'x'))
t(lambda: round('x'))
t(lambda: round())
t(lambda: round(1.5, ndigits=0))
t(lambda: round(number=2.5))
class R:
    def __round__(self, n=None): return ('rounded', n)
t(lambda: round(R()))
t(lambda: round(R(), 3))
t(lambda: round(R(), None))
from fractions import Fraction
from decimal import Decimal
t(lambda: round(Fraction(5, 2)))
t(lambda: round(Fraction(7, 2)))
t(lambda: round(Fraction(1, 3), 2))
t(lambda: round(Decimal('2.5')))
t(lambda: round(Decimal('2.675'), 2))
t(lambda: round(True))
t(lambda: type(round(True)).__name__)
