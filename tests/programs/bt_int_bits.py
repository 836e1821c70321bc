# int.bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, is_integer
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, -1, 2, 255, 256, -256, 2**63, -2**63, 2**64 - 1, 10**30, -(10**30)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer())

print(True.bit_length(), True.as_integer_ratio(), False.bit_count())
t((1024).to_bytes, 2, 'big')
t((1024).to_bytes, 2, 'little')
t((1024).to_bytes, 1, 'big')
t((-1).to_bytes, 1, 'big')
t((-1).to_bytes, 1, 'big', signed=True)
t((-129).to_bytes, 1, 'big', signed=True)
t((-128).to_bytes, 1, 'big', signed=True)
t((0).to_bytes, 0, 'big')
t((1).to_bytes, 0, 'big')
t((255).to_bytes)
t((256).to_bytes)
t((5).to_bytes, 4, byteorder='little')
t((5).to_bytes, -1, 'big')
t((5).to_bytes, 2, 'middle')
t((2**100).to_bytes, 13, 'big')
t((2**100).to_bytes, 12, 'big')
t(int.from_bytes, b'\x00\x10', 'big')
t(int.from_bytes, b'\x00\x10', 'little')
t(int.from_bytes, b'\xff\xff', 'big', signed=True)
t(int.from_bytes, b'\xff\xff', 'big', signed=False)
t(int.from_bytes, b'', 'big', signed=True)
t(int.from_bytes, [1, 2, 3], 'big')
t(int.from_bytes, bytearray(b'\x01\x00'), 'little')
t(int.from_bytes, b'\x01\x02')
t(int.from_bytes, b'\x01', 'sideways')
t(int.from_bytes, 'abc', 'big')
t(int.from_bytes, [256], 'big')
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x05', 'big')
print(type(r).__name__, r)
big = int.from_bytes(bytes(range(1, 40)), 'little', signed=True)
print(big, big.to_bytes(39, 'little', signed=True) == bytes(range(1, 40)))
neg = -big
print(neg.to_bytes(40, 'big', signed=True).hex())
print(int.from_bytes(neg.to_bytes(40, 'big', signed=True), 'big', signed=True) == neg)
for i in range(-5, 6):
    print(i, i.to_bytes(2, 'big', signed=True), (i & 0xffff).bit_length())
t((3).bit_length, 1)
t(int.bit_count, 3.0)
print((7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print((-7).__abs__(), (7).__neg__(), (7).__invert__(), (-8).__pos__())
print(int.__trunc__(5), int.__floor__(5), int.__ceil__(5), int.__round__(15, -1), round(25, -1), round(35, -1))
print(round(-25, -1), round(123456, -3), round(5, 2), round(2**70 + 2**69, -21))
