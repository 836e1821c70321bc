# float methods, parsing, rounding, divmod (issue 5)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.0**60, 3.0, -7.0]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
    print(float.fromhex(x.hex()) == x, x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__())
for x in [float('inf'), float('-inf'), float('nan')]:
    print(x.hex(), x.is_integer(), x.conjugate())
    show(lambda: x.as_integer_ratio())
    show(lambda: x.__floor__())
    show(lambda: x.__round__())

for s in ['0x1p-1074', ' -0X1.8P+1 ', '1.', '.8', 'inf', '-Infinity', 'nan', '0x1p2000', '0x', '0x.p1', '0x1p',
          '1p-1080', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1.00000000000008p0',
          '0x1.00000000000018p0', 'ABC.DEFp-4', '0x0.0000000000001p-1022', '0x1P+10', 'x', '']:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex(1))
show(lambda: (1.5).hex(1))

# float() parsing
for s in [' 1e3 ', '1_0.5', '-inf', '+nAn', 'infinity', ' -0.0', '1_000_000', '1e1_0', '.5', '5.', '1E-3',
          '1__0', '_1', '1_', '1._5', '1_.5', '1e_5', '0x10', '', ' ', '1e', 'e5', '.', '--1', 'in f',
          '1.5\n', '\t2']:
    show(lambda: float(s))
show(lambda: float(10**400))
show(lambda: float(2**1024 - 2**970))
show(lambda: float(2**1024 - 2**971))
print(float(True), float(-5), float(2**63))

# rounding: correctly rounded through the exact decimal value
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-0.5, 0), (-0.4, 0), (1234.5, -2),
             (1250.0, -2), (1350.0, -2), (0.1, 1), (0.15, 1), (0.25, 1), (1e300, -300), (5e-324, 324),
             (123.456, -400), (0.5, 400), (1.7976931348623157e308, -307), (-1.5, None), (2.5, None),
             (0.1 + 0.2, 15), (1e15 + 0.5, 0), (float('inf'), 2), (float('nan'), 1)]:
    show(lambda: x.__round__(n) if n is not None else x.__round__())
show(lambda: (1.7976931348623157e308).__round__(-308))
show(lambda: (1.5).__round__(1, 2))
show(lambda: (1.5).__round__('a'))
print(round(2.675, 2), round(0.125, 2), round(-0.0), round(1.5), round(2.5))

# divmod and % sign rules
for a, b in [(-7.5, 2), (7.5, -2), (-0.0, 5), (0.0, -5), (7, -2.0), (5.5, 0.5), (-1e-300, 1e300), (1e300, -1e-300),
             (float('inf'), 2.0), (3.0, float('inf')), (-3.0, float('inf'))]:
    print(a, b, a % b, a // b, a.__divmod__(b) if isinstance(a, float) else b.__rdivmod__(a) if False else divmod(a, b))
show(lambda: (1.0).__divmod__(0.0))
show(lambda: 1.0 % 0.0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 / 0)
show(lambda: 0.0 ** -1)
show(lambda: 1e308 ** 2)

# comparisons with ints stay exact
print(1e16 == 10**16, 1e16 + 1 == 10**16 + 1, 0.1 < 1, float(2**53) < 2**53 + 1, 1e308 < 10**309, float('nan') == float('nan'))
print(hash(1.5), hash(-0.0), hash(1e100) == hash(int(1e100)), hash(float('inf')))
