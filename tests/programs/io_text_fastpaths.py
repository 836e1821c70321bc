# runtimes: gil ft
# TextIOWrapper's __next__, readline() and write() (native fast paths in
# pyk, falling back to Python for the rest) agree with the general paths.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')

# Non-ASCII lines across many chunks, iterated and read by readline().
lines = ['l%d é€ %s\n' % (i, 'x' * (i % 37)) for i in range(3000)]
with io.open(p, 'w', encoding='utf-8') as f:
    for ln in lines:
        assert f.write(ln) == len(ln)
with io.open(p, encoding='utf-8') as f:
    got = list(f)
print(got == lines, len(got))
with io.open(p, encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline(-1)), repr(f.readline(3)), repr(f.readline()))
    pos = f.tell()
    rest = f.readline()
    f.seek(pos)
    print(f.readline() == rest, repr(next(f)))
    try:
        f.readline(None)
    except TypeError as e:
        print('TypeError', e)
    print(repr(f.readline(-2)))

# readline() arguments the fast path leaves to Python.
with io.open(p, encoding='utf-8') as f:
    for bad in ('1', 1.5):
        try:
            f.readline(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        f.readline(size=1)
    except TypeError as e:
        print('TypeError', e)
    print(repr(f.readline(True)))

# After close, with text still decoded: ValueError, not a line.
f = io.open(p, encoding='utf-8')
f.readline()
f.close()
for op in (f.readline, lambda: next(f), lambda: f.write('x')):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
# Closing the raw file under the wrapper also counts.
f = io.open(p, encoding='utf-8')
f.readline()
f.buffer.raw.close()
try:
    next(f)
except ValueError as e:
    print('ValueError', e)

# Newline modes other than universal-translated.
with io.open(p, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
for nl in (None, '', '\n', '\r', '\r\n'):
    with io.open(p, newline=nl) as f:
        print(repr(nl), list(f))
with io.open(p, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with io.open(p, 'rb') as f:
    print(f.read())

# Writes: surrogates, non-str, line buffering, write_through, other codecs.
with io.open(p, 'w', encoding='utf-8') as f:
    try:
        f.write('a\udc80b')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e.reason)
    try:
        f.write(b'x')
    except TypeError as e:
        print('TypeError', e)
    class S(str):
        pass
    print(f.write(S('sub\n')), f.write('é\n'))
with io.open(p, 'rb') as f:
    print(f.read())
with io.open(p, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write('a\udc80b\n')
with io.open(p, 'rb') as f:
    print(f.read())
with io.open(p, 'w', encoding='latin-1') as f:
    f.write('é\n')
with io.open(p, 'rb') as f:
    print(f.read())
f = io.open(p, 'w', encoding='utf-8')
f.reconfigure(line_buffering=True)
f.write('no newline')
print(os.path.getsize(p))
f.write(' then one\n')
print(os.path.getsize(p))
f.reconfigure(line_buffering=False, write_through=True)
f.write('through')
print(os.path.getsize(p))
f.close()
# Small writes gather until the chunk size, then reach the file.
f = io.open(p, 'w', encoding='utf-8')
f._CHUNK_SIZE = 10
for i in range(4):
    f.write('abcd')
    print(os.path.getsize(p), end=' ')
print()
f.close()

# Reading and writing one file: a write drops what was decoded.
with io.open(p, 'w+', encoding='utf-8') as f:
    f.write('one\ntwo\nthree\n')
    f.seek(0)
    print(repr(f.readline()))
    f.seek(f.tell())
    f.write('TWO\n')
    f.seek(0)
    print(f.read().splitlines())

# A subclass overriding readline: iteration uses the Python path's rules.
class T(io.TextIOWrapper):
    def readline(self, size=-1):
        return super().readline(size).upper()
with io.open(p, 'w') as f:
    f.write('ab\ncd\n')
t = T(io.open(p, 'rb'), encoding='ascii')
print(t.readline(), list(t))
t.close()
print(io.TextIOWrapper.readline.__name__, io.TextIOWrapper.__next__.__qualname__, io.TextIOWrapper.write.__qualname__)
os.remove(p)
os.rmdir(d)
