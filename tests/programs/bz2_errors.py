# _bz2's errors and object protocol, as CPython reports them.
import bz2
import pickle
from _bz2 import BZ2Compressor, BZ2Decompressor


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)


for level in (0, 10, -1):
    show(BZ2Compressor, level)
show(BZ2Compressor, "9")
show(BZ2Compressor, 1.5)
show(BZ2Compressor, 1, 2)
show(BZ2Compressor, compresslevel=3)
show(BZ2Decompressor, 42)
show(BZ2Decompressor, x=1)
show(bz2.compress, b"x", 0)

c = BZ2Compressor()
show(c.compress)
show(c.compress, "text")
show(c.compress, b"a", b"b")
show(c.flush, 1)
print(c.compress(bytearray(b"data")) + c.compress(memoryview(b"more")) == b"")
z = c.flush()
show(c.compress, b"x")
show(c.flush)
print(bz2.decompress(z))

d = BZ2Decompressor()
show(d.decompress)
show(d.decompress, "text")
show(d.decompress, b"", 1.5)
print(d.eof, d.needs_input, d.unused_data)
print(d.decompress(data=z[:10], max_length=0), d.needs_input)
print(d.decompress(z[10:] + b"extra"), d.eof, d.needs_input, d.unused_data)
show(d.decompress, b"more")
show(d.decompress, b"")

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    show(pickle.dumps, BZ2Compressor(), proto)
    show(pickle.dumps, BZ2Decompressor(), proto)

show(BZ2Decompressor().decompress, b"not bzip2 data")
show(BZ2Decompressor().decompress, b"BZh0")
show(BZ2Decompressor().decompress, b"BZ")
bad = bytearray(bz2.compress(b"hello hello hello"))
bad[20] ^= 0x10
show(bz2.decompress, bytes(bad))
crc = bytearray(bz2.compress(b"hello hello hello"))
crc[-5] ^= 1
show(bz2.decompress, bytes(crc))
show(bz2.decompress, bz2.compress(b"cut short")[:-3])
show(bz2.decompress, b"")
d = BZ2Decompressor()
show(d.decompress, b"garbage" * 5)
show(d.decompress, b"garbage" * 5)
print(BZ2Decompressor.__new__(BZ2Decompressor).decompress(b""))
print(type(BZ2Compressor()).__name__, type(BZ2Decompressor()).__module__)
