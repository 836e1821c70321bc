# runtimes: gil ft
# needs: stdlib
# Binary files from _io.open: write() gathering into the buffer, read(n)
# across buffer refills, and the cases that go through the Python methods
# (native in pyk), against CPython.
import _io
import array
import os
import tempfile

d = tempfile.mkdtemp()
P = os.path.join(d, 'data.bin')

with _io.open(P, 'wb') as f:
    print(f.write(b'abc'), f.write(bytearray(b'def')), f.write(memoryview(b'ghi')), f.write(array.array('b', [1, 2])))
    print(f.write(b'x' * 10000), f.tell(), f.write(b''))
    f.flush()
    print(os.path.getsize(P))
    for i in range(3000):
        f.write(b'%05d\n' % i)
print(os.path.getsize(P))

with _io.open(P, 'rb') as f:
    print(f.read(3), f.read(0), f.read(5), len(f.read(9000)), f.tell())
    print(f.peek(2)[:2], f.read1(4), len(f.read(20000)), f.read(10), f.read(), f.read(1))
    f.seek(5)
    print(f.read(4), f.tell(), f.read(-1)[:6])

with _io.open(P, 'rb', buffering=16) as f:
    print(f.read(20), f.read(40)[:8], f.tell())

# An update stream: reads and writes share the position.
with _io.open(P, 'r+b') as f:
    print(f.read(4), f.write(b'WXYZ'), f.tell())
    f.seek(0)
    print(f.read(10))
    f.seek(0, 2)
    f.write(b'END')
    f.seek(-5, 2)
    print(f.read(10))

# Write errors and closed files.
f = _io.open(P, 'rb')
try:
    f.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
f.close()
for call in (lambda: f.read(1), lambda: f.read()):
    try:
        call()
    except ValueError:
        print('ValueError')
w = _io.open(P, 'wb')
w.close()
try:
    w.write(b'x')
except ValueError as e:
    print('ValueError', e)
try:
    _io.open(P, 'wb').write('text')
except TypeError as e:
    print('TypeError', e)


class W(_io.BufferedWriter):
    def write(self, b):
        return super().write(b.upper())


with W(_io.FileIO(P, 'w')) as f:
    print(f.write(b'sub'))
with _io.open(P, 'rb') as f:
    print(f.read(2), f.read(5))
