# tell() of a text file (CRLF and LF lines; a lone CR leaves CPython an opaque cookie) read with universal newlines counts each "\r\n" of
# the file as its two bytes, across 64 KiB chunks too, and seek(tell())
# returns to the same line.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'crlf.txt')
lines = []
for i in range(9000):
    end = ('\r\n', '\n')[i % 2] if i % 7 else '\r\n'
    lines.append('line %d %s%s' % (i, 'x' * (i % 13), end))
with open(p, 'w', newline='') as f:
    f.write(''.join(lines))

with open(p) as f:
    marks = []
    while True:
        pos = f.tell()
        s = f.readline()
        if not s:
            break
        marks.append((pos, s))
    print(len(marks), f.tell(), os.path.getsize(p))
    print(marks[:4])
    print(marks[-1])
    total = 0
    for pos, s in marks[::997]:
        f.seek(pos)
        assert f.readline() == s
        total += 1
    print('seek ok', total)

with open(p) as f:
    f.read(10)
    print(f.tell())
    f.readline(); f.readline()
    print(f.tell(), repr(f.read(5)), f.tell())

os.remove(p)
os.rmdir(d)
