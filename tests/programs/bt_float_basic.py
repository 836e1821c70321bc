def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ['1.5', '  -2.5e3 ', 'inf', '-Infinity', 'NaN', '+nan', '1_000.5', '1e-400', '1e400', '0x1p3',
          '1__0.0', '_1.0', '1.0_', '.5', '5.', '.', 'e5', '1e', '١٫٥', '１.５', '\t3.25\n', '', 'infinity', 'infinit', '--1', 'nan(1)']:
    t(float, s)
t(float, b'2.5')
t(float, bytearray(b'3.5'))
t(float, 10**400)
t(float, 2**1023 * 2 - 1)
t(float, None)
t(float, [1])
t(float)
class F:
    def __float__(self):
        return 2.5
class FI:
    def __index__(self):
        return 7
class FB:
    def __float__(self):
        return 1
t(float, F())
t(float, FI())
t(float, FB())
print(repr(1e16), repr(1e15), repr(0.0001), repr(0.00001), repr(123456789.123456789), repr(1/3), repr(-0.0), repr(2.5e-5))
print(str(1e22), str(1.0), str(100.0), repr(1e-7), repr(1.5e300 * 1e10), repr(-1e309))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 2.675 * 100)
for x in [1.0, 0.5, 1.5, -2.25, 0.1, 1e300, float('inf'), float('nan'), 3.0e-320]:
    try:
        r = x.as_integer_ratio()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(x), x.is_integer(), r, x.hex())
for h in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', '0x1p1024', 'inf', '0X1.P0', '  0x.8  ', '0x1.0000000000000fp0', 'nope', '0x', '1.5']:
    t(float.fromhex, h)
print(float.hex(0.0), float.hex(-0.0), (1.0).hex(), (0.1).hex(), (5e-324).hex())
print(float.__getformat__('double'), float.__getformat__('float'))
t(float.__getformat__, 'int')
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-2.5).__abs__(), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print(int(2.9), int(-2.9), int(1e20), int(-0.0))
t(int, float('inf'))
t(int, float('-inf'))
t(int, float('nan'))
t(float.__floor__, float('inf'))
class MyF(float):
    pass
print(type(MyF.fromhex('0x1p1')).__name__, MyF(2.5) + 1, type(MyF(2.5) + 1).__name__, MyF(2.5) == 2.5)
print(float('1' * 400) == float('1e399'), float('0.' + '0' * 400 + '1'))
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0))
print(-float('nan') != -float('nan'), float('inf') - float('inf'), float('inf') * 0)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: 1e308 * 10)
t(lambda: 2.0 ** 10000)
t(lambda: (-2.0) ** 0.5)
print(1e308 + 1e308, -1e308 * 10, 5.0 % -3, -5.0 % 3, 5.0 // -3, -0.0 % 5, 0.0 % -5)
print(7.0 % float('inf'), -7.0 % float('inf'), 7.0 // float('inf'), -7.0 // float('inf'))
