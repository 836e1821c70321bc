# abs() over numeric types, __abs__ overrides and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
from fractions import Fraction
from decimal import Decimal
for v in (-5, 5, -0.0, float('-inf'), -2**100, True, False, 3 - 4j, -0j, Fraction(-1, 3), Decimal('-1.50')):
    t(lambda: abs(v))
class A:
    def __abs__(self): return 'absolute'
t(lambda: abs(A()))
t(lambda: abs('x'))
t(lambda: abs(None))
t(lambda: abs())
t(lambda: abs(1, 2))
t(lambda: type(abs(True)).__name__)
class I(int): pass
t(lambda: type(abs(I(-3))).__name__)
t(lambda: abs(-9223372036854775808))
