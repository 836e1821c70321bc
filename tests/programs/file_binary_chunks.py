# Binary files read in chunks: lines and reads that cross chunk borders,
# tell/seek/write after partial reads, long lines and line limits.
import os, tempfile
fn = os.path.join(tempfile.mkdtemp(prefix="pyk_fbc_"), "data")
data = b"".join(b"line %d %s\n" % (i, b"x" * (i % 97)) for i in range(20000)) + b"tail-no-newline"
with open(fn, "wb") as f:
    f.write(data)
with open(fn, "rb") as f:
    lines = f.readlines()
print(len(lines), b"".join(lines) == data)
with open(fn, "rb") as f:
    got = []
    while True:
        b = f.read(1000)
        if not b: break
        got.append(b)
print(b"".join(got) == data)
with open(fn, "rb") as f:
    print(f.readline(5), f.readline(), f.tell(), f.read(3), f.tell())
    f.seek(-10, 2); print(f.read())
    f.seek(100000); print(f.readline(), f.tell())
    print(len(f.read()) + 100000 + len(f.readline()) == len(data) - len(f.readline()) + 0 * 1)
with open(fn, "r+b") as f:
    print(f.read(7)); f.write(b"ZZ"); f.seek(0); print(f.read(12))
with open(fn, "rb") as f:
    n = sum(1 for _ in f)
print(n)
big = b"y" * 300000 + b"\n" + b"z" * 10
with open(fn, "wb") as f: f.write(big)
with open(fn, "rb") as f:
    a = f.readline(); print(len(a), f.tell(), len(f.readline()), len(f.readline()))
with open(fn, "rb") as f:
    print(len(f.readline(150000)), f.tell(), len(f.read(200000)), f.tell())
os.unlink(fn)
os.rmdir(os.path.dirname(fn))
