# int: as_integer_ratio, conjugate, numerator/denominator, real/imag, bool results
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in (0, -7, 2**70, True):
    t(lambda: (v.as_integer_ratio(), v.conjugate(), v.numerator, v.denominator, v.real, v.imag))
t(lambda: type(True.numerator).__name__)
t(lambda: type(True.real).__name__)
t(lambda: type(True + True).__name__)
t(lambda: (True & True, True | False, True ^ True, ~True, -True, +True))
t(lambda: type(True & True).__name__)
t(lambda: type(True & 1).__name__)
t(lambda: int.is_integer(5))
t(lambda: (5).bit_length.__qualname__)
t(lambda: int.__floor__(7), )
t(lambda: (7).__round__(-1))
t(lambda: (7).__round__(None))
t(lambda: (17).__trunc__())
t(lambda: int('10').__index__())
class I(int): pass
t(lambda: (type(I(5).real).__name__, type(I(5).numerator).__name__, type(+I(5)).__name__, type(I(5).conjugate()).__name__))
t(lambda: (5).as_integer_ratio.__self__)
t(lambda: int.__new__(I, 3) + 0)
t(lambda: int(I(3)).__class__.__name__)
t(lambda: int(True))
t(lambda: int(-0.9))
t(lambda: int(2.9e20))
