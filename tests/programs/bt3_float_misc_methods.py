# float.is_integer, as_integer_ratio, conjugate, real/imag, __trunc__, __round__ etc.
import math
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'), 2.0**53, 0.1]:
    print(repr(v), v.is_integer(), end=' ')
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
x = 2.5
print(x.real, x.imag, x.conjugate(), type(x.imag).__name__, x.__trunc__(), x.__floor__(), x.__ceil__())
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(123.456, -2), round(-0.5), repr(round(-0.4, 0)))
print(round(1e300, -300), round(1e300, 5), round(5e-324, 400), round(0.5, None), type(round(0.5, None)).__name__, type(round(0.5, 0)).__name__)
print(round(2**60 + 0.0, -1), round(12345.0, -10), round(float('inf'), 2), round(float('nan'), 1))
for b in ['x', 1.0, None]:
    try:
        print(round(1.5, b))
    except TypeError as e:
        print('TypeError:', e)
print(float.__getformat__("double"), (3.0).__getnewargs__(), (7).__getnewargs__(), True.__getnewargs__(), float.__new__(float, '2') , float(True), float(-5))
class F(float):
    def __repr__(self):
        return 'F!'
f = F(1.5)
print(f, f + 1, type(f + 1).__name__, type(-f).__name__, type(abs(f)).__name__, float(f), type(float(f)).__name__, f.real, type(f.real).__name__)
class Idx:
    def __index__(self):
        return 7
class Fl:
    def __float__(self):
        return 4.5
print(float(Idx()), float(Fl()), math.sqrt(Idx()))
class BadF:
    def __float__(self):
        return 1
try:
    float(BadF())
except TypeError as e:
    print('TypeError:', e)
