# divmod() over int, float, mixed and custom types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2**70, 7), (-2**70, 7), (7.5, 2), (-7.5, 2), (7, 0.5), (True, 2)]:
    t(lambda: divmod(a, b))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1j, 1))
t(lambda: divmod('a', 1))
t(lambda: divmod(1))
class D:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
t(lambda: divmod(D(), 1))
t(lambda: divmod(1, D()))
from fractions import Fraction
t(lambda: divmod(Fraction(7, 2), 1))
t(lambda: divmod(-7, Fraction(2)))
