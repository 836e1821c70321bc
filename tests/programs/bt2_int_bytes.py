def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -2**63, 65535):
    for signed in (False, True):
        try:
            b = n.to_bytes(9, 'big', signed=signed)
            print(n, signed, b.hex(), int.from_bytes(b, 'big', signed=signed), n.to_bytes(9, 'little', signed=signed).hex())
        except OverflowError as e:
            print(n, signed, 'OverflowError', e)
t((256).to_bytes, 1, 'big')
t((128).to_bytes, 1, 'big', signed=True)
t((-1).to_bytes, 1, 'big')
t((0).to_bytes, 0, 'big')
t((1).to_bytes, 0, 'big')
t((-1).to_bytes, 0, 'big', signed=True)
t((1).to_bytes, -1, 'big')
t((1).to_bytes, 1, 'middle')
t((1).to_bytes, 1, byteorder=b'big')
print((1).to_bytes(), (255).to_bytes(), (258).to_bytes(2), (1).to_bytes(length=3, byteorder='little'))
t((256).to_bytes)
print(int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes(b'\xff'), int.from_bytes(b'\xff', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes([1, 2]), int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes(range(3)), int.from_bytes(memoryview(b'\x10')), int.from_bytes((255, 255), signed=True))
t(int.from_bytes, 'ab')
t(int.from_bytes, [256])
t(int.from_bytes, [-1])
t(int.from_bytes, b'a', 'sideways')
t(int.from_bytes, 5)
class B:
    def __bytes__(self): return b'\x02\x00'
print(int.from_bytes(B(), 'big'))
class MyInt(int): pass
r = MyInt.from_bytes(b'\x05')
print(type(r).__name__, r)
big = 2**200 - 1
print(len(big.to_bytes(25, 'big')), int.from_bytes(big.to_bytes(25, 'little'), 'little') == big, (-big).to_bytes(26, 'big', signed=True)[:3].hex())
print((0).bit_count(), (255).bit_count(), (-255).bit_count(), (2**100).bit_count(), (2**100 - 1).bit_count(), True.bit_count())
print((0).bit_length(), (-1).bit_length(), (-128).bit_length(), (2**64).bit_length(), (-(2**64)).bit_length())
print((5).__sizeof__() > 0, int.__basicsize__ > 0 if hasattr(int, '__basicsize__') else True)
