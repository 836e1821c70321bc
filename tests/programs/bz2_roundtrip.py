# bz2 round trips through pyk's own _bz2, and streams libbzip2 wrote.
import bz2
import io
import random

# Written by CPython's bz2 (libbzip2), level 1 and level 9.
FROM_LIBBZ2 = bytes.fromhex("425a683131415926535938bd7d0d0000597fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb000fa90930004c0004c000000000000000000000000000000000000000000000000000000004980026000260000000000000000000000000000000000000000000000000000000011288004d300264c4c00993461313260269813098130d4c6a64611804d1a193013134300984c261302301300008c0009a1a304c002611a0e460d202122232425262728292ae415f24b0b4b8bcc0c4c8ccd0d7946c6fcb381c743042003ae61d9e1e9f1fa020be2194951596169717981899199a1a9b1b9c1c9d1d9e1e9f1fa020a121a222a323a424a525a626a727a828a929aa2aab2bac2cad3535b60e770010368f00102a084009a4200201e0020561008421e300040348fb4e0e3dbee3939ba3af77bcec5600020772c78797a7b5e1717f86877c603f783c2ffe2f1f920207cb0507090b0d0f11e6898a8bf3c747c848c949ca4acb4bcc4ccd4dce4ecf4fd050d151d252d353d454d555d656d757d858d959da5adb5bdc5cdd5dde5edf5fe060e161e262e363e464e565e666e767e868e969ea6aeb6bec6ced6dee6eef6ff070f171f272f373f474f575f676f777f878f979fa7afb7bfc3f7cc17d7dfe7e8bb9229c28481c5ebe868")
SECOND = bytes.fromhex("425a6839314159265359f09397fb000005118040002e039c0020003100d34d0401a3255b0e20f24878bb9229c28487849cbfd8")

print(bz2.decompress(FROM_LIBBZ2) == b"abracadabra " * 20 + bytes(range(256)) + b"x" * 300)
print(bz2.decompress(FROM_LIBBZ2 + SECOND)[-13:])
print(bz2.decompress(SECOND + SECOND))

rng = random.Random(7)
words = [b"spam", b"eggs", b"ham", b"bacon", b"lobster", b"thermidor", b"\n"]
text = b" ".join(rng.choice(words) for _ in range(40000))
cases = {
    "empty": b"",
    "one byte": b"\x00",
    "short": b"hello world",
    "run 4": b"q" * 4,
    "run 255": b"q" * 255,
    "run 256": b"q" * 256,
    "run 260": b"q" * 260,
    "long run": b"\xff" * 200_000,
    "all bytes": bytes(range(256)) * 8,
    "random": rng.randbytes(30_000),
    "text": text,
    "period 3": b"abc" * 50_000,
}
for name, data in cases.items():
    for level in (1, 9):
        z = bz2.compress(data, level)
        assert z[:4] == b"BZh" + str(level).encode()
        back = bz2.decompress(z)
        print(name, level, len(data), back == data)
print("text shrinks below a third:", len(bz2.compress(text)) * 3 < len(text))
print("long run is tiny:", len(bz2.compress(b"\xff" * 200_000)) < 100)
print(bz2.compress(b""))

# A block of level 1 holds a little under 100 000 bytes after the
# run-length step: random bytes (no runs) cross it here.
edge = rng.randbytes(100_050)
z = bz2.compress(edge, 1)
print("two blocks:", z.count(b"1AY&SY") >= 2, bz2.decompress(z) == edge)

# Incremental compression and decompression in small pieces.
c = bz2.BZ2Compressor(3)
parts = [c.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(c.flush())
z = b"".join(parts)
d = bz2.BZ2Decompressor()
out = []
for i in range(0, len(z), 333):
    out.append(d.decompress(z[i:i + 333]))
print(b"".join(out) == text, d.eof, d.unused_data, d.needs_input)

# max_length: output in slices; needs_input says when to feed more.
d = bz2.BZ2Decompressor()
got = d.decompress(z[:5000], max_length=100)
print(len(got), d.needs_input)
got += d.decompress(b"", max_length=100)
print(len(got), d.needs_input)
pos = 5000
while not d.eof:
    if d.needs_input:
        chunk, pos = z[pos:pos + 4096], pos + 4096
    else:
        chunk = b""
    piece = d.decompress(chunk, max_length=50_000)
    assert len(piece) <= 50_000
    got += piece
print(got == text)

# Files: BZ2File over BytesIO, several streams, text mode.
buf = io.BytesIO()
with bz2.BZ2File(buf, "wb", compresslevel=2) as f:
    f.write(b"line one\n")
    f.write(b"line two\n" * 3)
raw = buf.getvalue()
with bz2.BZ2File(io.BytesIO(raw + raw)) as f:
    print(f.readlines())
with bz2.open(io.BytesIO(bz2.compress("grüße\n".encode())), "rt", encoding="utf-8") as f:
    print(repr(f.read()))
with bz2.BZ2File(io.BytesIO(raw)) as f:
    f.seek(9)
    print(f.read(8), f.tell())
