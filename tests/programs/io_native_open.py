# runtimes: gil ft
# needs: stdlib
# _io.open's common cases (built natively in pyk) and what read(), close(),
# closed, `with` and __del__ do on them, compared with CPython.
import _io
import io
import os
import sys
import tempfile

d = tempfile.mkdtemp()
P = os.path.join(d, 'f.txt')


def put(data):
    with _io.open(P, 'wb') as f:
        f.write(data)


def get():
    with _io.open(P, 'rb') as f:
        return f.read()


class Path:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


# read() of everything in each newline mode, and what newlines/tell say after.
for data in [b'', b'abc', b'a\nb\n', b'a\r\nb\r\n', b'a\rb\r', b'a\r\nb\nc\rd', b'\xc3\xa9t\xc3\xa9\n', b'x\r']:
    put(data)
    for newline in [None, '', '\n']:
        f = _io.open(P, encoding='utf-8', newline=newline)
        t = f.read()
        print(repr(data), repr(newline), repr(t), repr(f.newlines), f.tell(), repr(f.read()))
        f.close()

# Encodings spelled as the native path takes them; repr and attributes.
put(b'hi\n')
for enc in [None, 'utf-8', 'UTF-8', 'utf8', 'locale']:
    with _io.open(P, encoding=enc) as f:
        print(repr(enc), f.encoding if enc is not None else '-', f.errors, f.line_buffering, f.write_through, f.mode, f.name == P, f.read())
with _io.open(P) as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.raw.closefd, f.seekable(), f.readable(), f.writable())
with _io.open(Path(P), 'rb') as f:
    print(type(f).__name__, f.name == P, f.mode, f.read())
with _io.open(os.fsencode(P), 'r') as f:
    print(f.name == os.fsencode(P), f.read())

# A read after part of the file is buffered; read(None) and read(-5).
put(b'one\ntwo\nthree\n')
with _io.open(P) as f:
    print(repr(f.readline()), repr(f.read()), repr(f.read()), f.tell())
with _io.open(P) as f:
    print(repr(f.read(None)))
with _io.open(P) as f:
    print(repr(f.read(-5)))
with _io.open(P, 'rb') as f:
    print(f.peek(1)[:1], f.read(2), f.read(), f.read(None), f.tell())
with _io.open(P, 'rb') as f:
    print(f.read(-1), f.read())
with _io.open(P) as f:
    f.read()
    f.seek(0)
    print(repr(f.readline()), f.tell() > 0, repr(f.read()))

# Invalid UTF-8: the codec's error, and the file can still be read after a seek.
put(b'ok\xff\xfe')
f = _io.open(P)
try:
    f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(f.closed, f.buffer.tell())
f.close()
with _io.open(P, errors='replace') as f:
    print(repr(f.read()))

# Writing: write modes, append, exclusive creation, update.
with _io.open(P, 'w') as f:
    print(f.write('héllo\n'), f.write('x' * 3), f.tell())
print(get())
with _io.open(P, 'a') as f:
    f.write('more\n')
print(get())
with _io.open(P, 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0, 2)
    f.write('end\n')
print(get())
with _io.open(P, 'w+') as f:
    f.write('a\r\nb\n')
    f.seek(0)
    print(repr(f.read()), repr(f.newlines))
with _io.open(P, 'w', newline='') as f:
    f.write('a\r\nb\n')
print(get())
with _io.open(P, 'ab') as f:
    print(f.write(b'tail'), f.mode)
print(get())
with _io.open(P, 'r+b') as f:
    print(f.read(), f.mode)
try:
    _io.open(P, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == P)
Q = os.path.join(d, 'new.txt')
with _io.open(Q, 'x') as f:
    f.write('new')
with _io.open(Q, 'xb' if False else 'rb') as f:
    print(f.read())
os.remove(Q)
with _io.open(Q, 'xb') as f:
    f.write(b'newer')
print(open(Q, 'rb').read())

# Errors while opening.
for args in [(os.path.join(d, 'missing'),), (d,), (d, 'w'), (P, 'rw'), (P, 'rb', -1, 'utf-8'), (P + '\0',), (3.5,)]:
    try:
        _io.open(*args)
    except Exception as e:
        print(type(e).__name__, e.args[0] if e.args else '', getattr(e, 'filename', None) in (None, *args))

# closed, close() twice, with on a closed file, __exit__.
f = _io.open(P)
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
f.close()
try:
    with f:
        pass
except ValueError as e:
    print('ValueError', e)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
b = _io.open(P, 'rb')
print(b.__enter__() is b, b.__exit__(None, None, None), b.closed)
r = _io.FileIO(P)
with r:
    print(r.closed, len(r.read()))
print(r.closed)


# An instance's own flush or close is called, as in CPython.
def bad_flush():
    raise OSError('flush failed')


f = _io.open(P, 'w')
f.write('data')
f.flush = bad_flush
try:
    f.close()
except OSError as e:
    print('OSError', e)
print(f.closed)
f.buffer.close()
print(f.closed, get())
f = _io.open(P, 'rb')
f.close = lambda: print('own close')
with f:
    pass
print(f.closed)
_io.BufferedReader.close(f)
print(f.closed)


# Subclasses keep their own methods. (Quiet once done: when finalizers
# run at exit differs.)
loud = True


class T(_io.TextIOWrapper):
    def close(self):
        if loud:
            print('T.close')
        super().close()

    def read(self, *a):
        return 'T.read:' + super().read(*a)


with T(_io.open(P, 'rb'), encoding='utf-8') as t:
    print(t.read(), t.closed)
print(t.closed)


class B(_io.BufferedReader):
    @property
    def closed(self):
        if loud:
            print('B.closed')
        return super().closed


with B(_io.FileIO(P)) as b:
    print(b.read())
loud = False

# A closed file dropped, an open one dropped (its buffer flushed).
f = _io.open(P, 'w')
f.write('dropped')
del f
print(get())
f = _io.open(P)
f.close()
del f

# Writes gathered past the chunk size, then closed by `with`.
with _io.open(P, 'w') as f:
    for i in range(5000):
        f.write('line %d\n' % i)
data = get()
print(len(data), data[-10:])
with io.open(P, encoding='utf-8') as f:
    print(sum(1 for _ in f))
print(io.open is _io.open)
