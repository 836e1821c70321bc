# float repr: shortest round-trip strings and exponent switching
import math
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 0.5, 100.0, 1e100,
        -0.0, 4.35, 2.675, 1.1, 3.14159, 1234567.0, 12345678901234567890.0, 0.3, 1e-7, 123e-20]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v, len(r))
print(float('1e500'), float('-1e500'), float('1e-500'), float('-1e-500'))
print(repr(math.ldexp(1, -1074)), repr(math.ldexp(1, -1075)), repr(math.nextafter(1.0, 2.0)), repr(math.nextafter(0.0, -1.0)))
for s in ['  1.5  ', '1_0.5', '1__0', '.5', '5.', '+.5e+3', 'inf', '-Infinity', 'nan', '-NaN', 'iNfInItY', 'infinit', '1e', 'e1',
          '0x10', '1.5j', '١.٥', '\u2003 2.5', '1_000.000_1', '_1.0', '1.0_', '1e1_0', '', '.', '+']:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
print(float(b'2.5'), float(bytearray(b' 3 ')), float(memoryview(b'4.25')))
for bad in [None, [], '1' * 3 + '\x00', b'x']:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(float(10**308), float(-10**308))
try:
    float(10**309)
except OverflowError as e:
    print('OverflowError:', e)
print(2**1023 * 1.0, (2**53 + 1) / 1, 10**400 // 10**399 / 1)
