# runtimes: gil ft
# BufferedReader/BufferedRandom readline() and __next__ (native fast paths
# in pyk over the Python methods) agree with the general paths.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
lines = [b'line %d %s\n' % (i, b'y' * (i % 50)) for i in range(5000)]
with io.open(p, 'wb') as f:
    f.write(b''.join(lines) + b'tail')
with io.open(p, 'rb') as f:
    got = list(f)
print(got == lines + [b'tail'], len(got), type(f).__name__)
with io.open(p, 'rb') as f:
    print(f.readline(), f.readline(None), f.readline(-7), f.readline(3), f.readline(0), f.readline())
    print(f.tell(), f.peek(4)[:4], f.read(5), f.readline())
    f.seek(0)
    print(next(f), f.read1(3), next(f))
    for bad in ('1', 1.5):
        try:
            f.readline(bad)
        except TypeError as e:
            print('TypeError', e)
    f.seek(-4, 2)
    print(f.readline(), f.readline(), list(f))
    try:
        next(f)
    except StopIteration:
        print('StopIteration')

# Unbuffered and read-write files.
with io.open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.readline(), next(f))
with io.open(p, 'r+b') as f:
    print(type(f).__name__, f.readline())
    f.write(b'LINE 1')
    f.seek(0)
    print(list(f)[:3])
with io.open(p, 'r+b') as f:
    print(next(f), f.tell())
    f.seek(0, 2)
    f.write(b'\nadded\n')
    f.seek(-6, 2)
    print(list(f))

# A subclass's readline() makes the lines of iteration.
class R(io.BufferedReader):
    def readline(self, size=-1):
        return super().readline(size).upper()
with R(io.FileIO(p)) as r:
    print(next(r), r.readline(), io.BufferedReader.readline(r))

# BytesIO and a raw stream that is not a FileIO go the general way.
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
print(list(io.BufferedReader(Raw(b'ab\ncd\nef'))), list(io.BytesIO(b'x\ny')))
# Threads sharing one reader: no error, no crash.
import threading
with io.open(p, 'wb') as f:
    f.write(b''.join(b'%d\n' % i for i in range(20000)))
seen = []
with io.open(p, 'rb') as f:
    def reader():
        mine = []
        for line in f:
            mine.append(line)
            if len(mine) % 100 == 0:
                f.readline()
        seen.extend(mine)
    ts = [threading.Thread(target=reader) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
# (CPython's own BufferedReader can hand two threads pieces of one line, so
# only the absence of errors and crashes is compared, not the lines.)
print(all(type(x) is bytes and x for x in seen), len(seen) > 0)
print(io.BufferedReader.readline.__qualname__, io.BufferedRandom.__next__.__qualname__)
os.remove(p)
os.rmdir(d)
