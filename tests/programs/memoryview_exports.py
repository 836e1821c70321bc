# memoryview over array.array and bytearray: writable views, exports that block
# resizing, release/context manager, __buffer__/__release_buffer__, comparisons,
# hashing, weak references, collections.abc.Buffer
import array, collections.abc, inspect, weakref

def t(f, *a):
    try:
        r = f(*a)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.readonly, m.nbytes, m.obj is a, m.tolist(), m.shape, m.strides)
m[0] = 10
a[1] = 20
print(a.tolist(), m.tolist(), m[-1])
m[1:] = array.array('i', [7, 8])
print(a.tolist())
t(m.__setitem__, slice(0, 2), array.array('i', [1]))
t(m.__setitem__, slice(0, 1), array.array('h', [1]))
t(m.__setitem__, slice(0, 1), b'abcd')
t(m.__setitem__, 0, 2**31)
t(m.__setitem__, 0, 1.5)
t(a.append, 4)
t(a.extend, [])
t(a.pop)
t(a.remove, 10)
t(a.insert, 0, 1)
t(a.__delitem__, 0)
t(a.__imul__, 2)
t(a.__iadd__, array.array('i', [1]))
t(a.frombytes, b'')
a.reverse()
a.byteswap(); a.byteswap()
print(a.tolist(), m.tolist())
m.release()
a.append(4)
print(a.tolist())
for code in 'bBhHiIlLqQfd':
    v = memoryview(array.array(code, [1, 2]))
    print(code, v.format, v.itemsize, v.tolist(), v == array.array(code, [1, 2]), v.cast('B').nbytes)
u = memoryview(array.array('w', 'ab'))
print(u.format, u.itemsize, u == u)
t(u.tolist)
t(u.__getitem__, 0)
with memoryview(array.array('d', [0.5])) as dm:
    print(dm[0], bytes(dm) == array.array('d', [0.5]).tobytes())
t(dm.__getitem__, 0)
ba = bytearray(b'abc')
v1 = memoryview(ba)
v2 = v1[1:]
v1.release()
t(ba.append, 1)
v2.release()
ba.append(100)
print(ba)
with memoryview(ba) as v:
    t(ba.extend, b'x')
    ba[0] = 65
    print(v.tobytes(), bytes(v[::-1]))
ba.extend(b'!')
print(ba)
# release: every operation refuses, except repr-free checks
r = memoryview(b'xyz')
r.release(); r.release()
for f in (lambda: r[0], lambda: len(r), lambda: r.tolist(), lambda: r.format, lambda: r.shape, lambda: r.obj, lambda: r.cast('B'), lambda: bytes(r), lambda: r.hex(), lambda: r.nbytes, lambda: r.c_contiguous):
    t(f)
print(r == r, r != memoryview(b'xyz'), r == b'xyz')
# __buffer__ / __release_buffer__
b = memoryview(b'abc')
e = b.__buffer__(0)
print(e.obj is b, e.tolist(), e.readonly)
t(b.release)
t(b.__release_buffer__, memoryview(b'x'))
b.__release_buffer__(e)
b.release()
t(memoryview(b'a').__buffer__, inspect.BufferFlags.WRITABLE)
t(b'a'.__buffer__, inspect.BufferFlags.WRITABLE)
t(b'a'.__buffer__, 'x')
t(b'a'.__buffer__)
print(bytearray(b'q').__buffer__(inspect.BufferFlags.FULL).readonly, array.array('b', [5]).__buffer__(0).tolist())
ab = array.array('B', [1, 2])
ab_view = ab.__buffer__(0)
t(ab.append, 3)
ab.__release_buffer__(ab_view)
ab.append(3)
print(ab.tolist(), [isinstance(o, collections.abc.Buffer) for o in (b'', bytearray(), memoryview(b''), ab, 'x', [])])
# comparisons through formats, NaN never equal
nan = float('nan')
d = memoryview(array.array('d', [1.0, nan]))
print(d == d, d == array.array('d', [1.0, nan]), memoryview(array.array('d', [1.0])) == array.array('f', [1.0]))
print(memoryview(b'\x01') == memoryview(b'\x01').cast('b'), memoryview(b'a').cast('c') == b'a', memoryview(b'ab') == b'ab', memoryview(b'ab') == b'abc')
print(memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'ab') == 'ab', memoryview(b'ab') != [97, 98])
print(memoryview(bytes(4)).cast('B', (2, 2)) == memoryview(bytes(4)).cast('B', (2, 2)), memoryview(bytes(4)).cast('B', (2, 2)) == memoryview(bytes(4)))
t(lambda: memoryview(b'a') < memoryview(b'b'))
# hashing
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abc')[::2]) == hash(b'ac'), hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
t(hash, memoryview(bytearray(b'a')))
t(hash, memoryview(bytearray(b'a')).toreadonly().cast('B'))
t(hash, memoryview(b'abcd').cast('H'))
hv = memoryview(b'zz'); h1 = hash(hv); hv.release()
print(hash(hv) == h1)
hv2 = memoryview(b'zz'); hv2.release()
t(hash, hv2)
# toreadonly, weak references
ro = memoryview(bytearray(b'ab')).toreadonly()
t(ro.__setitem__, 0, 1)
print(ro.readonly, memoryview(ro).readonly, ro.tolist())
w = memoryview(b'weak')
seen = []
wr = weakref.ref(w, lambda r: seen.append('gone'))
print(wr() is w)
del w
print(wr(), seen)
# constructor
t(memoryview)
t(memoryview, b'a', b'b')
t(lambda: memoryview(object=b'a').tolist())
t(lambda: memoryview(argument=b'a'))
t(memoryview, {})
t(memoryview, 'str')
class Exporter:
    def __buffer__(self, flags):
        return memoryview(b'from python')
print(bytes(memoryview(Exporter())), isinstance(Exporter(), collections.abc.Buffer))
class Bad:
    def __buffer__(self, flags):
        return b'x'
t(memoryview, Bad())
# PEP 688 classes: __release_buffer__ gets the view back; bytes() goes through __buffer__
class Holder:
    def __init__(self):
        self.ba = bytearray(b'held')
        self.log = []
    def __buffer__(self, flags):
        self.log.append(('get', flags))
        return memoryview(self.ba)
    def __release_buffer__(self, view):
        self.log.append(('release', view.tobytes()))
        view.release()
h = Holder()
with memoryview(h) as hv:
    hv[0] = ord('H')
    print(hv.readonly, hv.tobytes())
print(h.log, bytes(h), h.ba, len(h.log))
h.ba.extend(b'!')
class Sub(bytearray):
    def __buffer__(self, flags):
        return super().__buffer__(flags)
sv = memoryview(Sub(b'sub'))
print(sv.tobytes(), bytes(Sub(b'xy')))
