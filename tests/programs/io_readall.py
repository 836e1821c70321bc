# runtimes: gil ft
# Reading the rest of a file at once (FileIO.readall sized from the file,
# BufferedReader.read(), TextIOWrapper.read()) after partial reads, from
# a pipe, and with every newline convention.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
data = b''.join(b'%05d,\xc3\xa9\r\n' % i for i in range(20000)) + b'end\r'
with io.open(p, 'wb') as f:
    f.write(data)
with io.open(p, 'rb') as f:
    print(f.read() == data)
with io.open(p, 'rb') as f:
    f.readline()
    rest = f.read()
    print(type(rest).__name__, len(rest), rest == data[len(b'00000,\xc3\xa9\r\n'):])
    print(f.read(), f.read(10))
with io.open(p, 'rb', buffering=0) as f:
    f.seek(100)
    r = f.readall()
    print(type(r).__name__, r == data[100:], f.readall())
    f.seek(0, 2)
    print(f.read())
for nl in (None, '', '\r\n'):
    with io.open(p, encoding='utf-8', newline=nl) as f:
        first = f.readline()
        text = f.read()
        print(repr(nl), repr(first), len(text), repr(text[-12:]), f.newlines)
with io.open(p, encoding='utf-8') as f:
    f._CHUNK_SIZE = 7
    print(sum(1 for _ in f), repr(f.read()))

# A pipe has no size: read until EOF in chunks.
r, w = os.pipe()
chunk = b'z' * 100000
pid = os.fork()
if pid == 0:
    os.close(r)
    with io.open(w, 'wb') as out:
        for i in range(5):
            out.write(chunk)
    os._exit(0)
os.close(w)
with io.open(r, 'rb', buffering=0) as f:
    got = f.readall()
os.waitpid(pid, 0)
print(len(got), got == chunk * 5)

# A file that grows after it was opened.
with io.open(p, 'wb') as f:
    f.write(b'abc')
g = io.open(p, 'rb')
print(g.read(1))
with io.open(p, 'ab') as f:
    f.write(b'defgh')
print(g.read(), g.read())
g.close()
os.remove(p)
os.rmdir(d)
