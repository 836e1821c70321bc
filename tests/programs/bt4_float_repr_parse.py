# float repr (shortest round-trip) and float() parsing of every spelling
vals = [0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, -0.0, 100.0, 1e22, 1e23, 9007199254740993.0, 0.5, 1.5e300 * 1.5e300, 2.5, 1e100, 12345.678, 4.35]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
def t(s):
    label = repr(s) if isinstance(s, (str, bytes, bytearray, type(None), list, complex)) else type(s).__name__
    try:
        print(label, '->', repr(float(s)))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
for s in ['1', ' 1.5 ', '-.5', '+5.', '1e5', '1E-5', '1_000.000_1', '1__0', '_1', '1_', '1._5', 'inf', '-Infinity', '+iNfInItY', 'nan', '-NaN',
          'infinit', 'nan1', '0x1p3', '1e', 'e1', '.', '', ' ', '1.5\n', '\t-2\x0c', '١.٥', '1e400', '-1e400', '1e-400', '0.' + '0' * 400 + '1',
          '3.14159265358979323846264338327950288', b'2.5', bytearray(b'-0'), '1,5', '1 5', '\u20031.25\u2003']:
    t(s)
for a in [None, [], 1j, '0x10']:
    t(a)
class F:
    def __float__(self): return 2.5
class G:
    def __float__(self): return 3
class H:
    def __index__(self): return 7
class Sub(float): pass
class K:
    def __float__(self): return Sub(1.25)
t(F()); t(G()); t(H())
print(type(float(K())).__name__, type(Sub(2)).__name__, repr(Sub('1.5')), float(10**20), float(-(2**1023)))
t(2**1024)
t(10**400)
print(float.__getformat__('double'), float.__new__(float, '2'), float(x=1.0) if False else float('3'))
