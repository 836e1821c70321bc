# memoryview.cast to every native format: item values, byte order of native types, size checks, tolist of each
import struct
raw = bytes(range(1, 17))
for fmt in ['B', 'b', 'c', 'H', 'h', 'I', 'i', 'L', 'l', 'Q', 'q', 'N', 'n', 'f', 'd', 'e', '?', 'P']:
    try:
        v = memoryview(raw).cast(fmt)
        print(fmt, v.itemsize, len(v), v.format, v.tolist()[:3] if fmt not in 'fde' else [round(x, 40) if x == x else 'nan' for x in v.tolist()[:2]])
    except Exception as e:
        print(fmt, type(e).__name__ + ':', e)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: memoryview(raw).cast('@B').format)
t(lambda: memoryview(raw).cast('<H'))
t(lambda: memoryview(raw).cast('x'))
t(lambda: memoryview(raw).cast('BB'))
t(lambda: memoryview(raw).cast(b'B'))
t(lambda: memoryview(raw).cast('B', shape=[16]).shape)
t(lambda: memoryview(raw).cast('B', [17]))
t(lambda: memoryview(raw).cast('B', [0]))
t(lambda: memoryview(raw).cast('H').cast('I'))
t(lambda: memoryview(raw).cast('H').cast('B').cast('I').tolist())
t(lambda: memoryview(raw).cast('c').cast('I').tolist())
t(lambda: memoryview(raw[:3]).cast('H'))
t(lambda: memoryview(bytearray(4)).cast('f').__setitem__(0, 'x'))
mv = memoryview(bytearray(8)).cast('d')
mv[0] = 1.5
print(mv.tolist(), mv.tobytes() == struct.pack('d', 1.5))
q = memoryview(bytearray(16)).cast('q')
q[0] = -2; q[1] = 2**62
print(q.tolist(), struct.unpack('qq', q), q.tobytes()[:2])
t(lambda: q.__setitem__(0, 2**63))
t(lambda: q.__setitem__(0, 1.0))
c = memoryview(bytearray(b'xy')).cast('c')
c[0] = b'Z'
print(c.tolist(), c[1], bytes(c))
t(lambda: c.__setitem__(0, 90))
t(lambda: c.__setitem__(0, b''))
