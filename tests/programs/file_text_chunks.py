# Text files from the builtin open() decode as they read: lines, read(n),
# tell() and newlines must not depend on where the reads cut the file
# (a multi-byte character or a "\r\n" split between two chunks).
import os
import tempfile

d = tempfile.mkdtemp(prefix='pyk-ftc-')
p = os.path.join(d, 'f.txt')


def check(label, data, encoding='utf-8'):
    with open(p, 'wb') as f:
        f.write(data)
    with open(p, encoding=encoding) as f:
        lines = list(f)
        nl = f.newlines
    with open(p, encoding=encoding, newline='') as f:
        raw = f.read()
    with open(p, encoding=encoding) as f:
        parts = []
        while True:
            s = f.read(4099)
            if not s:
                break
            parts.append(s)
    joined = ''.join(parts)
    print(label, len(lines), sum(map(len, lines)), len(raw), joined == ''.join(lines), nl,
          lines[-1][-8:] if lines else None)


for shift in range(-3, 4):
    # A 3-byte character around the 65536-byte mark.
    pad = b'a' * (65536 + shift - 1)
    check(f'euro {shift}', pad + '€'.encode() + b'\nend\n')
    # A 4-byte one.
    check(f'emoji {shift}', pad + '😀'.encode() + b'\nend')
for shift in range(-2, 3):
    pad = b'b' * (65536 + shift - 1)
    check(f'crlf {shift}', pad + b'\r\nnext\r\nlast\r')
    check(f'cr {shift}', pad + b'\rx\ry')
check('latin-1', 'é\n'.encode('latin-1') * 70000, 'latin-1')
check('empty', b'')

# Lines across many chunks, with readline(size) and tell() between.
lines = [f'{i:06d} ' + 'ü' * (i % 50) + '\n' for i in range(20000)]
with open(p, 'w', encoding='utf-8') as f:
    f.writelines(lines)
with open(p, encoding='utf-8') as f:
    got = list(f)
    print('many lines', got == lines)
with open(p, encoding='utf-8') as f:
    a = f.readline(3)
    b = f.readline()
    print(repr(a), repr(b))
    for _ in range(5000):
        f.readline()
    pos = f.tell()
    rest = f.readline()
    f.seek(pos)
    print(f.readline() == rest == lines[5001])

# A bad byte past the first chunk still raises when reached.
with open(p, 'wb') as f:
    f.write(b'ok\n' * 30000 + b'\xff\n')
with open(p, encoding='utf-8') as f:
    print(f.readline())
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)
# A character cut at the end of the file is an error at the end.
with open(p, 'wb') as f:
    f.write(b'x' * 70000 + '€'.encode()[:2])
with open(p, encoding='utf-8') as f:
    try:
        for line in f:
            pass
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)

os.unlink(p)
os.rmdir(d)
