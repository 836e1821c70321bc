b = bytearray(b"abc"); b.append(100); b[0] = 65; b += b"!"
print(b, len(b), b[1], b[1:3], bytes(b), list(memoryview(b)[1:3]), b"bc" in b, b.pop(), b)
b[1:3] = b"XYZ"; del b[0]; print(b, b.hex(), b.decode(), bytearray(3), bytearray([1, 2]))
m = memoryview(b"hello"); print(m[0], m[1:3].tobytes(), len(m), m.tolist(), m.readonly, m.nbytes)
class A: pass
a = A(); a.x = 1; delattr(a, "x"); print(hasattr(a, "x"), hash(len) == hash(len))
r = range(1 << 100); print(r, r[5], (1 << 99) in r, r[-1] == (1 << 100) - 1, bool(r), type(iter(r)).__name__)
print(list(range(2**70, 2**70 + 3)), range(2**64, 0, -2**62)[1])
try:
    len(r)
except OverflowError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
