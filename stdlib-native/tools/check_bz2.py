#!/usr/bin/env python3
"""Checks pyk's `_bz2` against CPython 3.13's (libbzip2) both ways.

    target/release/pyk stdlib-native/tools/check_bz2.py [--quick] [--speed]

Runs under pyk. Writes a set of inputs (empty, tiny, random, text, binary
records, runs of one byte of many lengths, sizes around the block limit of
every compresslevel) to a scratch directory, compresses each with pyk and
with CPython at several levels, and has each side decompress the other's
files (pyk also in small pieces with a max_length). Prints one line per
failure and a summary; prints "skipped" when CPython 3.13 cannot be run.
With --speed, also times both on ~10 MB of Python source text.
"""
import bz2
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

CPYTHON = ["python3.13"]
ENV = dict(os.environ, PYENV_VERSION="3.13.0")

CPY_SCRIPT = r"""
import bz2, os, sys, time
d = sys.argv[1]
bad = 0
names = sorted(os.listdir(d))
for name in names:
    if name.startswith("in_"):
        key = name[3:-4]
        data = open(os.path.join(d, name), "rb").read()
        for level in map(int, open(os.path.join(d, "levels_" + key)).read().split()):
            with open(os.path.join(d, "cpy_%s_%d.bz2" % (key, level)), "wb") as f:
                f.write(bz2.compress(data, level))
for name in names:
    if name.startswith("pyk_"):
        key = name[4:].rsplit("_", 1)[0]
        want = open(os.path.join(d, "in_%s.bin" % key), "rb").read()
        try:
            got = bz2.decompress(open(os.path.join(d, name), "rb").read())
        except Exception as e:
            print("CPython cannot read", name, type(e).__name__, e)
            bad += 1
            continue
        if got != want:
            print("CPython reads", name, "wrongly:", len(got), "bytes, want", len(want))
            bad += 1
print("cpython-bad", bad)
"""

CPY_SPEED = r"""
import bz2, sys, time
data = open(sys.argv[1], "rb").read()
t = time.perf_counter(); z = bz2.compress(data); t1 = time.perf_counter() - t
t = time.perf_counter(); bz2.decompress(z); t2 = time.perf_counter() - t
print(len(z), t1, t2)
"""


def inputs(quick):
    rng = random.Random(2024)
    words = [bytes(rng.choice(b"etaoinshrdlucmfwyp") for _ in range(rng.randint(1, 9))) for _ in range(400)]

    def text(n):
        out = bytearray()
        while len(out) < n:
            out += rng.choice(words) + (b"\n" if rng.random() < 0.1 else b" ")
        return bytes(out[:n])

    def runs(n):
        out = bytearray()
        while len(out) < n:
            out += bytes([rng.randrange(4)]) * rng.choice([1, 2, 3, 4, 5, 6, 250, 255, 256, 259, 260, 1000])
        return bytes(out[:n])

    yield "empty", b"", [1, 9]
    yield "one", b"x", [1, 9]
    yield "hello", b"hello world\n", [9]
    for n in [2, 3, 4, 5, 7, 100, 1000, 65536, 250_000]:
        yield "random%d" % n, rng.randbytes(n), [1, 9]
    for n in [10, 5000, 99_990, 2_500_000 if not quick else 300_000]:
        yield "text%d" % n, text(n), [1, 2, 9]
    for n in [3, 4, 5, 6, 254, 255, 256, 258, 259, 260, 261, 1000, 100_000, 1_000_000]:
        yield "run%d" % n, b"z" * n, [1, 9]
    yield "runs", runs(400_000), [1, 5, 9]
    yield "allbytes", bytes(range(256)) * 40, [9]
    yield "records", b"".join(i.to_bytes(4, "little") + (i * 7919 % 65536).to_bytes(2, "big") for i in range(60_000)), [1, 9]
    yield "period3", b"abc" * 150_000, [1, 9]
    levels = [1, 2, 9] if quick else range(1, 10)
    for level in levels:
        limit = level * 100_000 - 19
        # Random bytes do not shrink under the run-length step: these sizes
        # land just under, on and just over a block.
        for d in (-1, 0, 1):
            yield "edge%d_%+d" % (level, d), rng.randbytes(limit + d), [level]
        yield "edgeruns%d" % level, runs(level * 100_000 + 50_000), [level]


def pieces_decompress(data, step, max_length):
    d = bz2.BZ2Decompressor()
    out = []
    pos = 0
    while not d.eof:
        if d.needs_input:
            if pos >= len(data):
                raise EOFError("ran out of input")
            chunk = data[pos:pos + step]
            pos += step
        else:
            chunk = b""
        out.append(d.decompress(chunk, max_length))
    return b"".join(out), d.unused_data + data[pos:]


def main():
    quick = "--quick" in sys.argv
    try:
        r = subprocess.run(CPYTHON + ["-c", "import bz2"], env=ENV, capture_output=True)
        ok = r.returncode == 0
    except OSError:
        ok = False
    if not ok:
        print("skipped (CPython 3.13 not available)")
        return 0
    d = tempfile.mkdtemp(prefix="check-bz2-")
    bad = 0
    count = 0
    try:
        cases = list(inputs(quick))
        for key, data, levels in cases:
            with open(os.path.join(d, "in_%s.bin" % key), "wb") as f:
                f.write(data)
            with open(os.path.join(d, "levels_" + key), "w") as f:
                f.write(" ".join(map(str, levels)))
            for level in levels:
                z = bz2.compress(data, level)
                with open(os.path.join(d, "pyk_%s_%d.bz2" % (key, level)), "wb") as f:
                    f.write(z)
        r = subprocess.run(CPYTHON + ["-c", CPY_SCRIPT, d], env=ENV, capture_output=True, text=True)
        for line in r.stdout.splitlines():
            if line.startswith("cpython-bad"):
                bad += int(line.split()[1])
            else:
                print(line)
        if r.returncode:
            print(r.stderr)
            bad += 1
        sizes = [0, 0]
        for key, data, levels in cases:
            for level in levels:
                count += 1
                z = open(os.path.join(d, "cpy_%s_%d.bz2" % (key, level)), "rb").read()
                mine = os.path.getsize(os.path.join(d, "pyk_%s_%d.bz2" % (key, level)))
                sizes[0] += mine
                sizes[1] += len(z)
                try:
                    got = bz2.decompress(z)
                    if got != data:
                        print("pyk reads cpy_%s_%d wrongly" % (key, level))
                        bad += 1
                    if len(z) < 200_000:
                        got, rest = pieces_decompress(z + b"tail", 7, 1000)
                        if got != data or rest != b"tail":
                            print("pyk reads cpy_%s_%d in pieces wrongly" % (key, level))
                            bad += 1
                except Exception as e:
                    print("pyk cannot read cpy_%s_%d: %s: %s" % (key, level, type(e).__name__, e))
                    bad += 1
        print("%d inputs x levels, both ways; pyk's output is %.2f%% of libbzip2's size" % (count, 100 * sizes[0] / max(sizes[1], 1)))
        if "--speed" in sys.argv:
            speed(d)
    finally:
        shutil.rmtree(d)
    print("failures:", bad)
    return 1 if bad else 0


def speed(d):
    src = os.path.dirname(os.__file__)
    parts = []
    total = 0
    for root, dirs, files in sorted(os.walk(src)):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py") and total < 10_000_000:
                b = open(os.path.join(root, name), "rb").read()
                parts.append(b)
                total += len(b)
    data = b"".join(parts)[:10_000_000]
    path = os.path.join(d, "speed.txt")
    with open(path, "wb") as f:
        f.write(data)
    t = time.perf_counter()
    z = bz2.compress(data)
    t1 = time.perf_counter() - t
    t = time.perf_counter()
    back = bz2.decompress(z)
    t2 = time.perf_counter() - t
    assert back == data
    r = subprocess.run(CPYTHON + ["-c", CPY_SPEED, path], env=ENV, capture_output=True, text=True)
    csize, c1, c2 = r.stdout.split()
    print("10 MB of Python source: pyk %d bytes, compress %.2f s, decompress %.2f s" % (len(z), t1, t2))
    print("                     CPython %s bytes, compress %.2f s, decompress %.2f s" % (csize, float(c1), float(c2)))


if __name__ == "__main__":
    sys.exit(main())
