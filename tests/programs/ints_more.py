# int methods, parsing, division, pow, rounding (issue 5)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 255, -256, 2**64 - 1, -(2**100), True]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.conjugate())
    print(n.real, n.imag, n.numerator, n.denominator)

print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='little'))
print((-1).to_bytes(2, signed=True), (-128).to_bytes(1, 'big', signed=True), (0).to_bytes(0), (5).to_bytes())
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', signed=True), int.from_bytes(b'\xff\xff'))
print(int.from_bytes([1, 2, 3]), int.from_bytes((255,), byteorder='little', signed=True), int.from_bytes(b''))
print((2**70).to_bytes(10, 'big'), int.from_bytes((2**70).to_bytes(10, 'big')) == 2**70)
for expr in [
    lambda: (5).to_bytes(1, 'big', True),
    lambda: (5).to_bytes(x=1),
    lambda: (5).to_bytes(1, length=1),
    lambda: int.from_bytes(),
    lambda: (5).to_bytes(1, 'middle'),
    lambda: (5).to_bytes(-1),
    lambda: (256).to_bytes(1),
    lambda: (-1).to_bytes(1),
    lambda: (128).to_bytes(1, signed=True),
    lambda: (5).to_bytes(1, byteorder=3),
    lambda: int.from_bytes(5),
    lambda: int.from_bytes([1, 300]),
    lambda: int.from_bytes('ab'),
    lambda: (5).bit_length(1),
]:
    show(expr)

# int(str, base)
for s, b in [(' 1_000 ', 10), ('0x_ff', 0), ('-0b101', 0), ('0o17', 8), ('+0X1F', 16), ('ff', 16),
             ('z', 36), ('010', 0), ('00', 0), ('0_0', 0), ('1__0', 10), ('_1', 10), ('1_', 10),
             ('x', 10), ('0x', 16), ('', 10), ('  ', 10), ('12', 2), ('1 2', 10), ('0b1_0', 2), ('0b_', 2),
             ('\t-42\n', 10), ('7', 0), ('0x1g', 16)]:
    show(lambda: int(s, b))
show(lambda: int('12', base=5))
show(lambda: int(x='1'))
show(lambda: int(base=3))
show(lambda: int(b' 12 '))
show(lambda: int('10', 1))
show(lambda: int('10', 37))
show(lambda: int(10, 10))
show(lambda: int('x' * 300))
show(lambda: int('5' * 5000))
show(lambda: int('-' + '5' * 4301))
show(lambda: int('5_' * 2000 + '5') % 1000)
show(lambda: int('1' * 5000, 16) > 0)
show(lambda: int('1' * 5000, 7))
show(lambda: str(10 ** 5000))
show(lambda: int(3.99))
show(lambda: int(-3.99))
show(lambda: int(float('nan')))
show(lambda: int(float('inf')))

# true division, correctly rounded, and float conversion
print((2**1000) / (3**500), 10**400 // 3 / 10**399, 1 / 3, (2**53 + 1) / 1, float(2**53 + 1))
print(float(2**1023 * 3 // 2), (2**1075 + 1) / 2**1075, 1 / 10**400, -(1) / 10**400, 0 / -5)
print((10**30 + 1) / 10**30, 2**-1074 if False else 1 / 2**1074, 3 / 2**1076, 5 / 2**1076)
show(lambda: float(10**400))
show(lambda: 10**400 / 1)
show(lambda: 10**400 / 3)
show(lambda: 1 / 0)
show(lambda: 10**400 / 0)
show(lambda: 10**400 * 1.0)
show(lambda: 2 ** -1)
show(lambda: 0 ** -1)
show(lambda: (10**400) ** -1)

# comparisons int/float are exact
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < -1e308,
      10**400 < float('inf'), 1 == 1.0, 2**63 == 2.0**63, 2**63 + 1 > 2.0**63, (1 < float('nan')))

# pow with a modulus, including the modular inverse
print((3).__pow__(-1, 7), (2).__pow__(10, 1000), (2).__pow__(3, -5), (-2).__pow__(3, 5), (5).__pow__(0, 1))
print((38).__pow__(-1, 97), (2).__pow__(-1, 1), (7).__pow__(-2, 13), (12345678901234567890).__pow__(-1, 10**9 + 7))
show(lambda: (2).__pow__(-1, 4))
show(lambda: (0).__pow__(-1, 5))
show(lambda: (2).__pow__(3, 0))

# rounding with negative ndigits, half to even
for n, nd in [(1234567, -2), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (5, -1), (15, -1), (25, -1),
              (123, 0), (123, 5), (10**30 + 5 * 10**14, -15), (7, -100)]:
    print(n, nd, n.__round__(nd))
show(lambda: (1).__round__('a'))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__(), True.__int__(), True.conjugate())

# divmod and % sign rules
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (10**20 + 3, -7), (0, 5)]:
    print(a, b, divmod(a, b), a // b, a % b, a.__divmod__(b))
show(lambda: divmod(1, 0))
show(lambda: 1 % 0)
show(lambda: 1 // 0)
