# every int method and attribute, on small, negative, zero and big values
for v in [0, 1, -1, 5, -6, 255, -256, 2**63, -2**63, 10**30, -(10**30) - 1]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(-1), v.__round__(-2),
          v.__abs__(), v.__neg__(), v.__pos__(), v.__invert__(), v.__index__(), v.__bool__(), v.__float__())
print(int.from_bytes(b'\x01\x00', 'little'), (1).to_bytes(), (65535).to_bytes(2), (-1).to_bytes(2, signed=True))
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (5).__round__(2), (15).__round__(-1), (25).__round__(-1))
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__rsub__(10), (3).__rpow__(2), (3).__pow__(2, 5), (2).__lshift__(3), (2).__rlshift__(3))
print((7).__add__(1.0), (7).__mul__('a'), (7).__eq__(7.0), (7).__lt__(8.5), (7).__truediv__(0.5))
print(int.__sizeof__(0) > 0, (10).__format__('x'), (10).__getnewargs__(), int.__new__(int, '7'), int.__new__(bool, 1) if False else 'skip')
for f in [lambda: (1).__round__('a'), lambda: (1).__round__(1.5), lambda: int.bit_length(1.0), lambda: (1).to_bytes(-1),
          lambda: (256).to_bytes(1), lambda: (-1).to_bytes(1), lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes('ab'),
          lambda: int.from_bytes(b'a', byteorder=1), lambda: (3).__pow__(2, 0), lambda: int.__new__(str)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
