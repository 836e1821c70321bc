# float.hex / float.fromhex corner cases
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 3.0, 1/3, 1e300, 2**-1022]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back == v or (back != back and v != v))
for s in ['0x1p0', '0X1P+0', '0x.8p1', '0x1.p1', '1', 'a', '-0x0p0', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
          '0x1p1024', '0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x3p-1076', '  0x1p0  ', 'inf', '-infinity', 'nan',
          '0x1.0000000000000800p0', '0x1.0000000000000801p0', '0x1.0000000000001800p0', '0x_1p0', '0x1p', 'p1', '',
          '0x', '0xg', '0x1.2.3', '0x1e10', '0x1p+99999999999999999999', '0x1p-99999999999999999999', '0x0p99999999999']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__ + ':', e)
class F(float):
    pass
r = F.fromhex('0x1.8p1')
print(type(r).__name__, r)
try:
    float.fromhex(1.0)
except TypeError as e:
    print('TypeError:', e)
print((1.5).hex.__name__, float.fromhex.__self__ is float)
