# round() on ints and bools: negative ndigits with ties to even, big ints, result types, and __round__ of int subclasses
def t(*a):
    try:
        r = round(*a)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
for v in [0, 5, 15, 25, 35, -5, -15, -25, 150, 250, 1234567, -1234567, 10**30 + 5 * 10**14, True, False]:
    t(v); t(v, -1); t(v, -2); t(v, 0); t(v, 3)
t(2**100, -30); t(-(2**100), -30); t(5 * 10**40, -41); t(5 * 10**40, -40); t(15 * 10**40, -41); t(25, -400); t(7, 10**20)
t(5, 1.0); t(5, '1'); t(5, None); t(5, True)
class I(int):
    pass
t(I(25), -1); t(I(7))
class R(int):
    def __round__(self, n=None): return 'custom ' + repr(n)
t(R(1)); t(R(1), -2)
import fractions, decimal
print(round(fractions.Fraction(5, 2)), round(fractions.Fraction(7, 2)), round(fractions.Fraction(1, 3), 2), round(decimal.Decimal('2.675'), 2), round(decimal.Decimal('25'), -1))
