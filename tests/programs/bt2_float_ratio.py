def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for x in (0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 2.0**52 + 0.5, 123456789.0, float(2**60)):
    print(repr(x), x.as_integer_ratio(), x.is_integer(), x.hex(), float.fromhex(x.hex()) == x)
t(float('inf').as_integer_ratio)
t(float('nan').as_integer_ratio)
print(float('inf').is_integer(), float('nan').is_integer(), float('inf').hex(), float('-inf').hex(), float('nan').hex())
for s in ('0x1p0', '0X1.8P+1', '-0x.8p1', '0x1.fffffffffffffp1023', '0x1p-1074', '0x1p-1075', '0x3p-1076', 'inf', '-Infinity', 'nan', ' 0x10 ', '0x1.0000000000000801p0', '1', '0x.p1', '0xp1', '0x1p', 'x1p0', '0x1p1025', '0x1.8'):
    t(float.fromhex, s)
t(float.fromhex, 1)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
print((3).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), (10**30).as_integer_ratio())
print((5).is_integer(), True.is_integer(), (0).is_integer())
print(float.__getformat__('double'))
t(float.__getformat__, 'int')
print((2.5).conjugate(), (2.5).real, (2.5).imag, (-0.0).real, float.fromhex('-0x0p0'))
print((1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (2.5).__round__(), (2.5).__round__(0))
import math
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(10**20 + 0.0), type(math.floor(1.5)).__name__)
t(math.floor, float('inf'))
t(math.ceil, float('nan'))
t(int, float('inf'))
t(int, float('nan'))
print(int(-0.9), int(1e20), int(-1e-300), int(2.0**63), int(1.7976931348623157e308) == 2**1024 - 2**971)
