# runtimes: gil ft
# needs: stdlib
# Lines read across chunk boundaries (iteration and readline() of _io's
# TextIOWrapper, native in pyk), with tell()/seek() and newlines, against
# CPython.
import _io
import os
import tempfile

d = tempfile.mkdtemp()
P = os.path.join(d, 'lines.txt')


def put(data):
    with _io.open(P, 'wb') as f:
        f.write(data)


samples = [
    b'',
    b'no newline at all',
    b'a\nbb\nccc\n' * 3000,
    b'x' * 20000 + b'\nshort\n' + b'y' * 9000,
    ('\u00e9\u4e2d\U0001F600 line %d\n' * 2000).encode() % tuple(range(2000)),
    b'crlf\r\n' * 3000 + b'cr only\r' * 1000 + b'last\r',
    b'\r\n'.join(b'%d' % i for i in range(5000)),
    b'z' * 8191 + b'\r\n' + b'after\n',
    b'w' * 8190 + '\u00e9'.encode() + b'\nend\n',
]
for data in samples:
    put(data)
    with _io.open(P, encoding='utf-8') as f:
        lines = list(f)
        print(len(lines), sum(map(len, lines)), repr(lines[:2])[:60], repr(lines[-1:])[:40], repr(f.newlines), f.tell())
    with _io.open(P, encoding='utf-8') as f:
        out = []
        while True:
            line = f.readline()
            if not line:
                break
            out.append(line)
        print(out == lines, f.readline() == '', f.tell() == len(data))
    # read(n) in pieces, across chunks, and tell() between them.
    with _io.open(P, encoding='utf-8') as f:
        pieces = []
        cookies = []
        while True:
            piece = f.read(997)
            if not piece:
                break
            pieces.append(piece)
            if len(pieces) % 7 == 1:
                cookies.append(f.tell())
        print('pieces', len(pieces), ''.join(pieces) == ''.join(lines), cookies[:3], repr(f.read(3)))
    # tell() at line starts gives cookies that seek() goes back to.
    with _io.open(P, encoding='utf-8') as f:
        marks = []
        for i in range(min(len(lines), 4000)):
            if i % 997 == 3:
                marks.append((f.tell(), i))
            f.readline()
        ok = True
        for cookie, i in marks:
            f.seek(cookie)
            ok = ok and f.readline() == lines[i]
        print('marks', len(marks), ok, [c for c, _ in marks][:3])

# A small chunk size on the instance, reading through several chunks per line.
put(('\u00e9t\u00e9 %d\n' % 7) .encode() * 50)
with _io.open(P, encoding='utf-8') as f:
    f._CHUNK_SIZE = 3
    print(repr(f.readline()), f.tell(), repr(next(f)), len(list(f)))

# Invalid UTF-8 in a later chunk: the decoder's error, where CPython raises it.
put(b'good\n' * 3000 + b'bad \xff here\n')
with _io.open(P, encoding='utf-8') as f:
    n = 0
    try:
        for line in f:
            n += 1
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', n, e.reason, e.start)
with _io.open(P, encoding='utf-8', errors='replace') as f:
    print(list(f)[-1])

# Untranslated modes go through the Python methods.
put(b'a\r\nb\rc\nd')
for nl in ['', '\n', '\r', '\r\n']:
    with _io.open(P, encoding='utf-8', newline=nl) as f:
        print(repr(nl), list(f))

# Interleaving iteration with read(), tell() and a write on an update stream.
put(b'one\ntwo\nthree\nfour\n' * 1000)
with _io.open(P, 'r+', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.read(5)), repr(f.readline()), f.tell())
    f.seek(0, 2)
    f.write('tail\n')
    f.seek(0)
    print(sum(1 for _ in f))
with _io.open(P, 'rb') as f:
    print(f.readline(), next(f), len(list(f)))
