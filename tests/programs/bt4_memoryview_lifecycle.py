# memoryview release, context management, exports blocking resize, attributes after release, obj and toreadonly
ba = bytearray(b'abcdef')
m = memoryview(ba)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: ba.append(1))
t(lambda: ba.extend(b'xy'))
t(lambda: ba.pop())
t(lambda: ba.clear())
t(lambda: ba.__setitem__(slice(0, 2), b'1'))
t(lambda: ba.__setitem__(slice(0, 2), b'12'))
t(lambda: ba.__delitem__(0))
t(lambda: ba.__iadd__(b'z'))
print(ba, m.obj is ba, m.readonly, m.toreadonly().readonly, m.toreadonly().obj is ba)
m2 = m[1:3]
m.release()
t(lambda: ba.append(1))
m2.release()
ba.append(33)
print(ba, m.obj if False else 'released')
for name in ['tobytes', 'tolist', 'hex', 'cast']:
    t(lambda: getattr(m, name)('B') if name == 'cast' else getattr(m, name)())
for attr in ['format', 'itemsize', 'nbytes', 'ndim', 'shape', 'readonly', 'obj', 'strides', 'contiguous']:
    t(lambda: getattr(m, attr))
t(lambda: m[0]); t(lambda: len(m)); t(lambda: m == m); t(lambda: m == b'abc'); t(lambda: hash(m)); t(lambda: bytes(m)); t(lambda: m.release())
with memoryview(b'ctx') as c:
    print(c.tobytes(), c.readonly)
t(lambda: c.tobytes())
t(lambda: c.__enter__())
x = memoryview(b'hashme')
print(hash(x) == hash(b'hashme'), hash(x[::2]) == hash(b'hsm'))
x.release()
t(lambda: hash(x) == hash(b'hashme'))
r = memoryview(ba).toreadonly()
t(lambda: r.__setitem__(0, 1))
mm = memoryview(memoryview(b'nested'))
print(mm.obj == b'nested', type(mm.obj).__name__, mm.tobytes())
