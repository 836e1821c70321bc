# The zlib module: compress/decompress in zlib, raw and gzip framing at every
# level, streaming objects (flush modes, max_length, unconsumed_tail,
# unused_data, eof, copy), dictionaries, checksums and errors. pyk's DEFLATE
# coder is not zlib's, so compressed bytes are checked by round trips,
# headers and trailers; CPython-made streams check decompression.
import zlib, random
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
random.seed(5)
datas = [b'', b'a', b'hello world' * 100, bytes(random.getrandbits(8) for _ in range(5000)), bytes(random.choice(b'abc ') for _ in range(100000))]
for d in datas:
    for level in [-1, 0, 1, 6, 9]:
        for wbits in [15, 9, -15, -9, 31, 25]:
            c = zlib.compress(d, level, wbits)
            assert zlib.decompress(c, wbits) == d, (level, wbits)
            if wbits > 0:
                assert zlib.decompress(c, 47) == d
            print(len(d), level, wbits, c[:2].hex() if wbits > 0 else '', c[-4:].hex() if wbits > 0 else '')
    co = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [co.compress(d[i:i+1000]) for i in range(0, len(d), 1000)]
    parts.append(co.flush(zlib.Z_SYNC_FLUSH)); parts.append(co.compress(b'tail')); parts.append(co.flush())
    c = b''.join(parts)
    do = zlib.decompressobj(31)
    out = b''
    for i in range(0, len(c), 333):
        out += do.decompress(c[i:i+333])
    out += do.flush()
    print(out == d + b'tail', do.eof, do.unused_data)
    do = zlib.decompressobj()
    cc = zlib.compress(d) + b'extra'
    out = do.decompress(cc, 100); print(len(out), len(do.unconsumed_tail) > 0 or len(d) <= 100)
    while do.unconsumed_tail and not do.eof:
        out += do.decompress(do.unconsumed_tail, 100)
    out += do.flush()
    print(out == d, do.eof, do.unused_data)
print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 5), zlib.adler32(b'hello'), zlib.adler32(b'hello', 7), zlib.adler32(b'x' * 100000))
print(zlib.decompress(bytes.fromhex('789ccb48cdc9c95728cf2fca490100 1a0b045d'.replace(' ', ''))))
t(zlib.decompress, b'garbage')
t(zlib.decompress, zlib.compress(b'hello')[:-2])
t(zlib.decompress, zlib.compress(b'hello')[:-4] + b'0000')
t(zlib.decompress, b'\x78\x9c\x03')
t(zlib.compress, b'x', 10)
t(zlib.compress, 'x')
t(zlib.decompressobj, 99)
zd = b'hello world dictionary of common words'
do = zlib.decompressobj(zdict=zd)
print(do.decompress(bytes.fromhex('78bb1c6e0ea0cb40a8d2419100294c44d208003ef90f4d')), do.eof)
do = zlib.decompressobj(-15, zdict=zd)
print(do.decompress(bytes.fromhex('cb40a8d2419100294c44d20800')), do.eof)
t(zlib.decompress, bytes.fromhex('78bb1c6e0ea0cb40a8d2419100294c44d208003ef90f4d'))
t(zlib.decompressobj(zdict=b'wrong').decompress, bytes.fromhex('78bb1c6e0ea0cb40a8d2419100294c44d208003ef90f4d'))
gz = bytes.fromhex('1f8b08000000000002ff4bafca2c5048492c4954c8482d4a0500fc6e5b2b0e000000')
print(zlib.decompress(gz, 31), zlib.decompress(gz, 47))
t(zlib.decompress, gz)
t(zlib.decompress, gz[:-1] + b'\x01', 31)
do = zlib.decompressobj(31)
a = do.decompress(gz[:5])
cp = do.copy()
print(a, do.decompress(gz[5:]), cp.decompress(gz[5:] + b'!!'), cp.unused_data, do.eof, cp.eof)
co = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_FILTERED)
c = co.compress(b'abc' * 1000) + co.flush(zlib.Z_FULL_FLUSH) + co.compress(b'def') + co.flush(zlib.Z_NO_FLUSH) + co.flush()
print(c[:2].hex(), zlib.decompress(c) == b'abc' * 1000 + b'def')
t(co.compress, b'more')
t(zlib.compressobj, method=9)
t(zlib.compressobj, memLevel=0)
t(zlib.decompressobj().decompress, b'x', -1)
t(zlib.decompressobj().flush, 0)
t(zlib.compress, b'x', wbits=8)
t(zlib.decompress, b'x', bufsize=-1)
print(zlib.compress(b'', 1)[:2].hex(), zlib.compress(b'', 9)[:2].hex(), zlib.compress(b'', 3, 31)[:10].hex())
print(zlib.MAX_WBITS, zlib.Z_FINISH, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.error.__mro__)
