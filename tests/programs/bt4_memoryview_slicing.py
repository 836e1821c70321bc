# memoryview slicing with steps, equality across formats, tobytes/tolist/hex of strided views, item assignment
m = memoryview(bytearray(range(10)))
for s in [slice(None), slice(2, 8), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(8, 2, -2), slice(5, 5), slice(-3, None), slice(20, 30), slice(-20, 3)]:
    v = m[s]
    print(s, v.tolist(), v.tobytes(), v.hex(), len(v), v.nbytes, v.shape, v.strides, v.contiguous, v.c_contiguous, v.f_contiguous)
v = m[::2]
v[0] = 100; v[1:3] = b'\xaa\xbb'; v[-1] = 255
print(m.tolist())
try:
    v[0:2] = b'x'
except Exception as e:
    print(type(e).__name__ + ':', e)
try:
    m[::2] = m[1::2]
    print(m.tolist())
except Exception as e:
    print(type(e).__name__ + ':', e)
h = memoryview(bytearray(8)).cast('h')
h[::2] = memoryview(bytearray(b'\x01\x00\x02\x00')).cast('h')
print(h.tolist(), h[::-1].tolist(), h[1::2].tolist(), h[::2] == [1, 2] if False else h[::2].tolist())
print(memoryview(b'abc') == memoryview(bytearray(b'abc')), memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01\x00').cast('H'),
      memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01'), memoryview(b'ab')[::-1] == b'ba', memoryview(b'\xff').cast('b') == memoryview(b'\xff'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: m[10]); t(lambda: m[-11]); t(lambda: m['a']); t(lambda: m[1.0]); t(lambda: m[::0]); t(lambda: m[0, 1])
t(lambda: m.__setitem__(slice(0, 1), b'')); t(lambda: m.__delitem__(0)); t(lambda: memoryview(b'ab').__setitem__(0, 1))
t(lambda: list(memoryview(b'\x01\x02\x03')[::2])); t(lambda: memoryview(b'abc').index(98) if hasattr(memoryview, 'index') else 'noindex')
t(lambda: memoryview(b'abcb').count(98)); t(lambda: 98 in memoryview(b'abc')); t(lambda: list(reversed(memoryview(b'abc'))))
