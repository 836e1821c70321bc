# float(x) asks __float__ of anything but an exact float (float and str
# subclasses included); (+-0.0) ** -inf is inf.
import warnings


class Override(float):
    def __float__(self):
        return 42.0


class ReturnsSelf(float):
    def __float__(self):
        return self


class ReturnsInt(float):
    def __float__(self):
        return 42


class Text(str):
    def __float__(self):
        return float(str(self)) + 1


class Plain(float):
    pass


print(float(Override(1.5)), float(Text('8')), float(Plain(2.5)), type(float(Plain(2.5))).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    v = float(ReturnsSelf(21.0))
print(v, type(v).__name__, caught[0].category.__name__, str(caught[0].message)[:50])
try:
    float(ReturnsInt(1.0))
except TypeError as e:
    print('TypeError', e)
print(0.0 ** float('-inf'), (-0.0) ** float('-inf'), pow(0.0, float('inf')))
try:
    0.0 ** -1.5
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
