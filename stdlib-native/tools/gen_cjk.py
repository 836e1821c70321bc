#!/usr/bin/env python3.13
"""Generates stdlib-native/src/cjk/data/*.bin, the mapping tables of the
CJK multibyte codecs, by asking CPython 3.13's codecs about every byte
sequence and every code point (the mappings are standards data).

    python3.13 stdlib-native/tools/gen_cjk.py            # write the tables
    python3.13 stdlib-native/tools/gen_cjk.py --verify PYK
        # run PYK over every code point and every 1- and 2-byte sequence of
        # each codec and count how many answers match CPython's

Table format (little-endian), one file per codec:
    u32 node count, then each node: u8 lo, u8 hi, u16 default,
        (hi - lo + 1) u16 entries (bytes outside lo..hi get `default`)
    u32 extra count, then each: u8 n, n u32 code points
    u32 override count, then each: u32 code point, u8 n, n bytes
        (n == 0: the code point does not encode)
    u32 range count, then each: u16 index, u16 code point (gb18030 only;
        0xD800: the indices up to the next range are unmapped)
An entry is a BMP code point outside D800..DFFF, or
    0xD800 + k          extra string k (a non-BMP code point or a pair)
    0xD800 + E + n      one more byte is needed: node n (E: the extra count)
    0xDFF0 + L          an illegal sequence of L bytes
    0xDFFE              euc_kr's eight-byte make-up sequence of KS X 1001:1998
                        Annex 3 (A4 D4 A4 cho A4 jung A4 jong)
    0xDFFF              gb18030's four-byte form
then (euc_kr only, else a zero count) u32 60, the 30 initial-consonant and
the 30 final-consonant indices of the jamo bytes A1..BE (0xFF: none)
The encoder is the inverse of the decoder (the first sequence in byte
order wins), corrected by the overrides.
"""
import codecs
import os
import struct
import subprocess
import sys

STATELESS = [
    "euc_jp", "shift_jis", "cp932", "euc_jis_2004", "shift_jis_2004", "euc_jisx0213", "shift_jisx0213",
    "gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs", "euc_kr", "cp949", "johab",
]
STATEFUL = ["hz", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr"]

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "cjk", "data")

EXTRA, ILLEGAL, FOUR, MAKEUP = 0xD800, 0xDFF0, 0xDFFF, 0xDFFE
UNMAPPED = 0xD800  # a gb18030 range without characters (a surrogate is never one)


def probe(name, seq):
    """What the codec does with `seq` at its start: ('char', s), ('more',),
    ('illegal', n)."""
    try:
        s = seq.decode(name)
        return ("char", s)
    except UnicodeDecodeError as e:
        if e.start != 0:
            raise AssertionError(f"{name} {seq!r}: error at {e.start}")
        if e.reason == "incomplete multibyte sequence":
            return ("more",)
        return ("illegal", e.end - e.start)


def build(name):
    nodes = []  # list of 256-entry lists
    extras = []
    extra_index = {}
    natural = {}  # code point (or pair) -> bytes, first in byte order

    def entry_for(s, seq):
        if len(s) == 1 and not (0xD800 <= ord(s) < 0xE000) and ord(s) < 0x10000:
            v = ord(s)
        else:
            if s not in extra_index:
                extra_index[s] = len(extras)
                extras.append(s)
            v = ("extra", extra_index[s])
        natural.setdefault(s, seq)
        return v

    def make_node(prefix):
        idx = len(nodes)
        nodes.append(None)
        row = []
        for b in range(256):
            seq = prefix + bytes([b])
            if name == "gb18030" and len(prefix) == 1 and 0x30 <= b <= 0x39:
                row.append(FOUR)
                continue
            if name == "euc_kr" and prefix == b"\xa4" and b == 0xD4:
                row.append(MAKEUP)
                continue
            r = probe(name, seq)
            if r[0] == "char":
                assert len(r[1]) in (1, 2) and (len(r[1]) == 1 or len(seq) > 1), (name, seq, r)
                row.append(entry_for(r[1], seq))
            elif r[0] == "more":
                assert len(seq) < 3, (name, seq)
                row.append(("child", make_node(seq)))
            else:
                row.append(ILLEGAL + r[1])
        nodes[idx] = row
        return idx

    make_node(b"")
    ranges = []
    if name == "gb18030":
        prev = None
        for i in range(39420):
            b1, r = divmod(i, 12600)
            b2, r = divmod(r, 1260)
            b3, b4 = divmod(r, 10)
            seq = bytes([0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4])
            try:
                s = seq.decode(name)
                cp = ord(s)
            except UnicodeDecodeError:
                cp = UNMAPPED
            if prev is None or cp == UNMAPPED or prev[1] == UNMAPPED or cp - prev[1] != i - prev[0]:
                ranges.append((i, cp))
            prev = (i, cp)
            if cp != UNMAPPED:
                natural.setdefault(s, seq)
    makeup = []
    if name == "euc_kr":
        def syl(c3, c5, c7):
            try:
                return ord(bytes([0xA4, 0xD4, 0xA4, c3, 0xA4, c5, 0xA4, c7]).decode(name))
            except UnicodeDecodeError:
                return None
        cho = [0xFF if syl(c, 0xBF, 0xD4) is None else (syl(c, 0xBF, 0xD4) - 0xAC00) // 588 for c in range(0xA1, 0xBF)]
        jong = [0xFF if syl(0xA1, 0xBF, c) is None else (syl(0xA1, 0xBF, c) - 0xAC00) % 28 for c in range(0xA1, 0xBF)]
        for c5 in range(256):
            assert (syl(0xA1, c5, 0xD4) is not None) == (0xBF <= c5 <= 0xD3), c5
        makeup = cho + jong
        for i3, c3 in enumerate(range(0xA1, 0xBF)):
            for c5 in range(0xBF, 0xD4):
                for c7 in [*range(0xA1, 0xBF), 0xD4]:
                    j = 0 if c7 == 0xD4 else jong[c7 - 0xA1]
                    if cho[i3] != 0xFF and j != 0xFF:
                        s = chr(0xAC00 + cho[i3] * 588 + (c5 - 0xBF) * 28 + j)
                        natural.setdefault(s, bytes([0xA4, 0xD4, 0xA4, c3, 0xA4, c5, 0xA4, c7]))
    # What CPython encodes; the differences become overrides.
    overrides = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        try:
            want = c.encode(name)
        except UnicodeEncodeError:
            want = None
        have = natural.get(c)
        if have is None and name == "gb18030" and cp >= 0x10000:
            continue  # computed, not tabled
        if want != have:
            overrides.append((cp, want or b""))
    # Pairs: the decoder's two-code-point results must encode back.
    for s in extras:
        if len(s) == 2:
            assert s.encode(name) == natural[s], (name, s)
    return nodes, extras, overrides, ranges, makeup


def resolve(x, nextras):
    """An entry's u16: ("extra", k) and ("child", n) become their codes."""
    if isinstance(x, tuple):
        kind, k = x
        return EXTRA + k if kind == "extra" else EXTRA + nextras + k
    return x


def pack(nodes, extras, overrides, ranges, makeup):
    assert len(extras) + len(nodes) <= ILLEGAL - EXTRA
    out = bytearray(struct.pack("<I", len(nodes)))
    for row in nodes:
        row = [resolve(x, len(extras)) for x in row]
        # The most common value is the default; trim it from both ends.
        default = max(set(row), key=row.count)
        lo = next((i for i in range(256) if row[i] != default), 0)
        hi = next((i for i in range(255, -1, -1) if row[i] != default), 0)
        out += struct.pack("<BBH", lo, hi, default)
        out += struct.pack(f"<{hi - lo + 1}H", *row[lo:hi + 1])
    out += struct.pack("<I", len(extras))
    for s in extras:
        out += struct.pack(f"<B{len(s)}I", len(s), *map(ord, s))
    out += struct.pack("<I", len(overrides))
    for cp, b in overrides:
        out += struct.pack("<IB", cp, len(b)) + b
    out += struct.pack("<I", len(ranges))
    for i, cp in ranges:
        out += struct.pack("<HH", i, cp)
    out += struct.pack("<I", len(makeup)) + bytes(makeup)
    return bytes(out)


def generate():
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for name in sys.argv[1:] or STATELESS:
        data = pack(*build(name))
        with open(os.path.join(OUT, name + ".bin"), "wb") as f:
            f.write(data)
        total += len(data)
        print(f"{name}: {len(data)} bytes")
    print(f"total {total} bytes")


VERIFY = r'''
import sys
name = sys.argv[1]
out = []
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    try:
        b = chr(cp).encode(name)
        if b:
            out.append("E%x %s" % (cp, b.hex()))
    except UnicodeEncodeError:
        pass
seqs = [bytes([a]) for a in range(256)] + [bytes([a, b]) for a in range(256) for b in range(256)]
for s in seqs:
    try:
        out.append("D%s %s" % (s.hex(), ",".join("%x" % ord(c) for c in s.decode(name))))
    except UnicodeDecodeError as e:
        out.append("D%s !%d %d %s" % (s.hex(), e.start, e.end, e.reason))
sys.stdout.write("\n".join(out) + "\n")
'''


def verify(pyk):
    path = "/tmp/cjk-gen-verify.py"
    with open(path, "w") as f:
        f.write(VERIFY)
    for name in STATELESS + STATEFUL:
        want = subprocess.run([sys.executable, path, name], capture_output=True, text=True).stdout.splitlines()
        got = subprocess.run([pyk, path, name], capture_output=True, text=True)
        # One line per code point that encodes and per byte sequence, keyed
        # by its first field.
        have = {line.split(" ", 1)[0]: line for line in got.stdout.splitlines()}
        bad = [line for line in want if have.get(line.split(" ", 1)[0]) != line]
        extra = len(have) - (len(want) - len(bad)) - sum(1 for line in bad if line.split(" ", 1)[0] in have)
        encs = sum(1 for line in want if line[0] == "E")
        print(f"{name}: {len(want) - len(bad)}/{len(want)} match ({encs} encodable code points, {len(want) - encs} byte sequences)"
              + (f", {extra} answers CPython does not give" if extra else "")
              + (f"; first differences: {bad[:3]}" if bad else "") + (got.stderr[-300:] if got.returncode else ""))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--verify"]:
        verify(sys.argv[2])
    else:
        generate()
