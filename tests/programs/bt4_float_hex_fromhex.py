# float.hex and float.fromhex: normal, subnormal, rounding, signs, spaces, overflow and errors
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308, 1024.0, 3.0, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), v.hex())
def t(s):
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ':', e)
for s in ['0x1p0', '1p0', '0X1P+4', '-0x1.8p1', '  0x.8p1  ', '0x1.', '0x.1', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076',
          '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '0x1p1024', '-0x1p1024', '0x1.00000000000008p0', '0x1.00000000000018p0',
          '0x1.000000000000080000001p0', 'inf', '-Infinity', 'nan', '0x', '0xp1', '0x1p', '0x1pp1', '0x1g', '', '0x1p+', '1.5', 'ff', '0xffffffffffffffffffp-72',
          '0x0p99999999', '0x1p-99999999', '0x1p99999999', '+0x0.0p0', '-0x0p0', '0x1_0p0', 'x1p0', '0x1P0\n']:
    t(s)
class MyF(float):
    pass
r = MyF.fromhex('0x1p1')
print(type(r).__name__, r)
for bad in [1, b'0x1p0', None]:
    try:
        float.fromhex(bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
