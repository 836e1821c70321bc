# memoryview.cast, tolist, slicing, release and format errors
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
m = memoryview(bytes(range(8)))
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.contiguous, m.c_contiguous)
h = m.cast('H')
print(h.format, h.itemsize, h.shape, h.tolist(), h[1], h[-1], h[1:3].tolist())
i = m.cast('i')
print(i.tolist(), m.cast('q').tolist(), m.cast('b').tolist(), m.cast('c').tolist()[:3])
t(m.cast, 'H', (3,))
t(m.cast, 'z')
t(h.cast, 'i')
t(m[::2].cast, 'B')
t(memoryview(bytes(7)).cast, 'H')
print(m.cast('f').tolist() == [m.cast('f')[0], m.cast('f')[1]])
print(m.cast('d').tolist())
print(memoryview(b'\x00\x00\x80\x3f').cast('f').tolist(), memoryview(b'\x01\x00').cast('?').tolist())
print(m[::-1].tolist(), m[1:7:2].tolist(), m[5:1].tolist(), bytes(m[2:4]), m[2:4].tobytes(), m[::3].hex())
print(m == bytes(range(8)), m[:2] == b'\x00\x01', h == m, m.cast('B') == m, memoryview(b'ab') == 'ab')
t(m.__setitem__, 0, 1)
ba = bytearray(4)
w = memoryview(ba)
w[0] = 255
w[1:3] = b'\x01\x02'
t(w.__setitem__, 3, 256)
t(w.__setitem__, slice(0, 2), b'abc')
t(w.__setitem__, 0, b'a')
wh = w.cast('H')
wh[1] = 0x4142
print(ba, wh.tolist())
t(wh.__setitem__, 0, 70000)
w.release()
t(len, w)
t(w.tolist)
print(repr(w)[:20])
with memoryview(b'xy') as mm:
    print(mm[0])
t(mm.__getitem__, 0)
t(memoryview, 'str')
t(memoryview, 5)
print(memoryview(b'abc').toreadonly().readonly, memoryview(bytearray(b'x')).readonly, hash(memoryview(b'abc')) == hash(b'abc'))
t(hash, memoryview(bytearray(b'abc')))
buf = memoryview(bytearray(8))
for f, v in [('b', 200), ('b', -1), ('h', 1.0), ('h', -32768), ('H', 65536), ('i', 2**31), ('I', -1), ('f', 1), ('f', 1e300), ('?', 5), ('?', []),
             ('c', b'ab'), ('c', 1), ('c', b'z'), ('d', 'x'), ('d', 2.5), ('Q', -1), ('Q', 2**64 - 1), ('q', 2**63), ('q', -2**63),
             ('e', 1e10), ('e', 65504.0), ('e', 65520.0), ('e', 1e-8), ('e', -0.0), ('e', 0.1), ('e', 2.0**-24), ('e', 3 * 2.0**-26)]:
    x = buf.cast(f)
    try:
        x[0] = v
        print(f, repr(x[0]), bytes(buf[:x.itemsize]).hex())
    except (TypeError, ValueError) as e:
        print(f, type(e).__name__ + ':', e)
for sh in [(0,), (-1,), (8,), [8], (4,)]:
    try:
        print(buf.cast('B', sh).shape)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
