# needs: stdlib
# The io module over pyk's _io: in-memory streams, files through FileIO and
# the buffered classes, TextIOWrapper (codecs, newlines, seek/tell), errors.
import io
import os
import sys

# Per process: the test harness runs pyk and CPython on this file at once.
TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), f'_io_module_tmp_{os.getpid()}.txt')


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print([c.__name__ for c in io.FileIO.__mro__])
print([c.__name__ for c in io.BufferedRandom.__mro__])
print([c.__name__ for c in io.TextIOWrapper.__mro__])
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.DEFAULT_BUFFER_SIZE, io.BlockingIOError is BlockingIOError, io.text_encoding(None) == ("utf-8" if sys.flags.utf8_mode else "locale"), io.text_encoding('x'))

# StringIO
s = io.StringIO('line one\nline two\nlast')
print(s.readline(), s.tell(), s.read(4), s.readlines())
s.seek(0)
print(list(s))
s = io.StringIO()
print(s.write('héllo'), s.getvalue(), s.tell())
s.seek(10)
s.write('!')
print(repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell())
s = io.StringIO(newline=None)
s.write('a\r\nb\rc\n')
print(repr(s.getvalue()), s.newlines)
s = io.StringIO('a\r\nb\rc\n', newline='')
print(list(s))
s = io.StringIO('x\ny', newline='\r\n')
print(repr(s.getvalue()), s.readline().encode())
s = io.StringIO('abc')
t(s.seek, 1, 1)
t(s.seek, -1)
t(s.seek, 0, 7)
t(s.write, b'x')
t(s.read, 'x')
t(io.StringIO, 1)
t(io.StringIO, '', 'x')
s.close()
t(s.read)
print(s.closed)

# BytesIO
b = io.BytesIO(b'hello\nworld\n')
print(b.readline(), b.read1(2), b.readinto(bytearray(2)), b.tell())
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(0, 2)
b.write(b'XY')
print(b.getvalue(), b.seek(-100, 1))
b.seek(8)
b.write(memoryview(b'Z'))
print(b.getvalue())
t(b.seek, -1)
t(b.seek, 0, 3)
t(b.write, 'x')
t(b.read, 1.5)
t(b.fileno)
b.close()
t(b.getvalue)
t(b.read)

# files: FileIO and the buffered classes
with open(TMP, 'wb') as f:
    f.write(b'0123456789')
f = io.open(TMP, 'rb', buffering=0)
print(type(f).__name__, f.read(3), f.readall(), f.tell(), f.seek(2), f.read(2), f.mode, f.closefd)
f.close()
print(f.closed)
t(f.read)
f = io.open(TMP, 'rb')
print(type(f).__name__, f.mode, f.read(3), f.peek(1)[:1], f.read1(2), f.tell(), f.seek(-2, 2), f.read())
t(f.write, b'x')
f.close()
f = io.open(TMP, 'r+b')
print(type(f).__name__, f.read(2), f.write(b'ab'), f.tell(), f.seek(0), f.read(), f.truncate(6), f.seek(0), f.read())
f.close()
f = io.open(TMP, 'ab')
print(type(f).__name__, f.mode, f.write(b'!'), f.tell())
f.close()
with io.open(TMP, 'rb') as f:
    print(f.read())
fd = os.open(TMP, os.O_RDONLY)
with io.open(fd, 'rb', closefd=False) as f:
    print(f.read(3), f.name == fd)
print(os.read(fd, 2))
os.close(fd)
t(io.open, TMP, 'rw')
t(io.open, TMP, 'rb', encoding='utf-8')
t(io.open, TMP, 'rb', newline='')
t(io.open, TMP, 'r', buffering=0)
t(io.open, TMP, 'rt+b')
try:
    io.open(TMP + '.missing')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == TMP + '.missing')
t(io.FileIO, TMP, 'z')
t(io.FileIO, -1)

# text files
with io.open(TMP, 'w', encoding='utf-8') as f:
    print(f.write('héllo\nwörld\r\nx\ry'), f.encoding, f.errors, f.line_buffering)
with io.open(TMP, encoding='utf-8') as f:
    print(f.readline(), f.tell(), list(f), f.newlines)
with io.open(TMP, encoding='utf-8', newline='') as f:
    print(list(f))
with io.open(TMP, encoding='utf-8', newline='\r') as f:
    print(list(f))
with io.open(TMP, encoding='utf-8') as f:
    f.readline()
    pos = f.tell()
    first = f.read(3)
    f.seek(pos)
    print(first, f.read(3), f.read(), f.tell())
    f.seek(0)
    print(f.read(2))
    t(f.seek, 1, 1)
    t(f.seek, -1)
    t(f.write, 'x')
with io.open(TMP, 'w', encoding='utf-16') as f:
    f.write('hi')
    f.write(' there')
with io.open(TMP, 'rb') as f:
    print(f.read())
with io.open(TMP, encoding='utf-16') as f:
    print(f.read())
with io.open(TMP, 'w', encoding='latin-1', newline='\r\n') as f:
    f.write('a\nb\xe9\n')
with io.open(TMP, 'rb') as f:
    print(f.read())
with io.open(TMP, 'w', encoding='ascii', errors='replace') as f:
    f.write('x\u20acy')
with io.open(TMP, encoding='ascii') as f:
    print(f.read())
f = io.open(TMP, 'w', encoding='utf-8')
f.close()
t(f.write, 'x')
t(f.read)

# TextIOWrapper over BytesIO
raw = io.BytesIO('añb€c😀\n'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8')
w._CHUNK_SIZE = 2
print(repr(w), [w.read(1) for _ in range(8)])
raw.name = 'nm'
print(repr(w))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n', line_buffering=True)
w.write('a\nb')
print(w.buffer.getvalue())
w.reconfigure(newline=None)
w.write('c\n')
print(w.buffer.getvalue())
t(io.TextIOWrapper, io.BytesIO(), encoding='utf-8', newline='x')
t(io.TextIOWrapper, io.BytesIO(), encoding='nope')
t(io.TextIOWrapper, io.BytesIO(), encoding='utf-8', errors=1)
w = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
print(w.read(1))
t(w.reconfigure, encoding='latin-1')
d = w.detach()
print(d.read())
t(w.read)

# IncrementalNewlineDecoder
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode('a\r')), repr(dec.decode('\nb\r')), repr(dec.decode('', final=True)), dec.newlines)
import codecs
dec = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), translate=False)
print(repr(dec.decode('é\r'.encode()[:1])), repr(dec.decode('é\r'.encode()[1:])), dec.getstate(), repr(dec.decode(b'\n')), dec.newlines)

# the abstract bases and the ABCs
i = io.IOBase()
t(i.fileno)
t(i.seek, 0)
t(i.truncate)
print(i.readable(), i.writable(), i.seekable(), i.closed)
i.close()
print(i.closed)
t(i.flush)
t(io.BufferedIOBase().read)
t(io.TextIOBase().detach)
t(io.RawIOBase().read)


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = io.BufferedReader(Raw(b'one\ntwo\nthree'), 4)
print(r.readline(), r.read(2), list(r))
print(Raw(b'xyz').read(), Raw(b'xyz').readall())
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
with open(TMP, 'rb') as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
with open(TMP) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.RawIOBase))

# open()'s argument checks
with io.open(TMP, 'w') as f:
    f.write('x')
try:
    io.open(TMP, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == TMP)
f = io.open(TMP, 'rb', opener=lambda p, fl: os.open(p, fl))
print(f.read())
f.close()
t(io.open, TMP, 'rb', opener=lambda p, fl: -1)
t(io.open, 1.5)
t(io.open, TMP, 1)
t(io.open, TMP, 'rt', encoding=1)
t(io.open, TMP, 'rtb')
t(io.open, TMP, 'rr')
t(io.open, TMP, '+')
t(io.FileIO, TMP, 'rw')
t(io.FileIO, TMP, 'r++')
f = io.open(TMP, 'w+')
print(f.buffer.raw.mode, f.mode, f.buffer.mode)
f.close()
os.remove(TMP)

# TextIOWrapper gathers small writes; construction failures leave the buffer open
b = io.BytesIO()
t(io.TextIOWrapper, b, encoding='nope')
print(b.closed)
w = io.TextIOWrapper(b, encoding='utf-8')
w.write('abc')
print(b.getvalue())
w.flush()
print(b.getvalue())
w.write('d')
print(w.tell(), b.getvalue())
w.seek(0)
print(w.read())
w.write('e')
w.detach()
print(b.getvalue())

# a buffered writer shared by threads loses nothing (threading needs re,
# so plain _thread)
import _thread
b = io.BytesIO()
bw = io.BufferedWriter(b, 7)
done = []


def writer(tag, lock):
    for _ in range(200):
        bw.write(tag * 3)
    lock.release()


for i in range(4):
    lock = _thread.allocate_lock()
    lock.acquire()
    done.append(lock)
    _thread.start_new_thread(writer, (bytes([65 + i]), lock))
for lock in done:
    lock.acquire()
bw.flush()
v = b.getvalue()
print(len(v), sorted(set(v)), all(v.count(bytes([65 + i])) == 600 for i in range(4)))
