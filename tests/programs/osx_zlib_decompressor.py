# zlib._ZlibDecompressor, which gzip reads through.
import zlib, gzip, io

data = bytes(range(256)) * 400 + b"tail" * 1000
gz = gzip.compress(data)
print(gzip.decompress(gz) == data)
with gzip.GzipFile(fileobj=io.BytesIO(gz + gz)) as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(c)
print(b"".join(chunks) == data * 2, len(chunks))
with gzip.open(io.BytesIO(gz), "rt", encoding="latin-1") as f:
    print(len(f.read()))

d = zlib._ZlibDecompressor()
z = zlib.compress(b"hello world" * 100)
print(d.needs_input, d.eof, d.unused_data)
out = d.decompress(z + b"extra", 7)
print(out, d.needs_input, d.eof, d.unused_data)
rest = d.decompress(b"", max_length=-1)
print(len(out + rest), d.needs_input, d.eof, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

raw = zlib.compressobj(wbits=-15)
rz = raw.compress(b"raw data " * 50) + raw.flush()
d = zlib._ZlibDecompressor(wbits=-zlib.MAX_WBITS)
print(d.decompress(rz[:len(rz) // 2] ) + d.decompress(rz[len(rz) // 2:]) == b"raw data " * 50, d.eof)
d = zlib._ZlibDecompressor(zlib.MAX_WBITS | 16)
print(d.decompress(gz, 10), d.needs_input)

try:
    with gzip.GzipFile(fileobj=io.BytesIO(gz[:-20])) as f:
        f.read()
except EOFError as e:
    print("EOFError", e)
try:
    zlib._ZlibDecompressor().decompress(b"garbage!")
except zlib.error as e:
    print("error", e)
