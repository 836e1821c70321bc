# int.from_bytes / to_bytes: argument forms, errors and round trips
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in (-2**70, -2**64 - 1, -255, -256, -257, 2**64 - 1, 2**64, 10**20):
    L = (n.bit_length() + 8) // 8
    for order in ('big', 'little'):
        b = n.to_bytes(L, order, signed=True)
        print(n, order, b.hex(), int.from_bytes(b, order, signed=True) == n)
t(int.from_bytes, b'\x01', 'big', True)
t(int.from_bytes, b'\x01', byteorder='little', signed=1)
t(int.from_bytes, b'\x01', signed='')
t(int.from_bytes, 5)
t(int.from_bytes, None)
t(int.from_bytes, [1, 'a'])
t(int.from_bytes, b'\x01', 'big', foo=1)
t((5).to_bytes, 2, 'big', True)
t((5).to_bytes, 'x')
t((5).to_bytes, 2.0)
t((5).to_bytes, length=2, byteorder='big', signed=False, extra=3)
t((-5).to_bytes, 2, 'little')
t((2**16).to_bytes, 2, 'little')
t((-2**15).to_bytes, 2, 'little', signed=True)
t((-2**15 - 1).to_bytes, 2, 'little', signed=True)
t((2**15).to_bytes, 2, 'little', signed=True)
class B(int):
    pass
r = B.from_bytes(b'\x00\x07')
print(type(r).__name__, r)
class C(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
r = C.from_bytes(b'\x03')
print(type(r).__name__, r)
print(True.to_bytes(1, 'big'), bool.from_bytes(b'\x01'), type(bool.from_bytes(b'\x00')).__name__)
class BS:
    def __bytes__(self):
        return b'\x01\x02'
print(int.from_bytes(BS()))
class IT:
    def __iter__(self):
        return iter([3, 4])
print(int.from_bytes(IT()))
