import math
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2.0**-1074, 2.0**-1022, 1.7976931348623157e308, math.pi, 123456.789, 1e-310, 2.5e-8]
for v in vals:
    h = v.hex()
    r = float.fromhex(h)
    print(repr(v), h, r == v and math.copysign(1, r) == math.copysign(1, v), repr(float(repr(v))) == repr(v))
for s in ['0x1p-1075', '0x1.8p-1074', '0x1.fffffffffffff8p+1023', '0x1.0000000000000801p0', '-0x0p0', '0x.1p4', '0X1P+2', 'inf', '-Infinity', 'nan', ' 0x1p0 ']:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__ + ':', e)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), (0.1).as_integer_ratio(), float.fromhex((0.1).hex()) == 0.1)
for x in [1e15, 1e16, 1e17, 123456789012345678.0, 0.000123, 1.0000000000000002, 9007199254740993.0]:
    print(repr(x), str(x), f'{x}', '%r' % x, '%s' % x)
