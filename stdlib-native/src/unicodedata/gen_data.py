# Generates the compressed data files of the native unicodedata module from
# CPython 3.13's unicodedata (Unicode 15.1):
#   cd stdlib-native/src/unicodedata && PYENV_VERSION=3.13.0 python3.13 gen_data.py
# props.z: zlib-compressed lines "start end cat bidi comb eaw mirrored dec dig num decomp"
#   (tab-separated, hex code points, '-' for no value) covering every code point in runs
#   of equal properties.
# names.z: zlib-compressed lines "hex name", then lines "start end prefix" (after a line
#   "#ranges") for names that are a prefix followed by the code point in hex.
# compose.z: zlib-compressed lines "first second composite" (hex): the canonical pairs
#   that NFC composes (composition exclusions left out).
# props32.z: as props.z, for the Unicode 3.2.0 view (unicodedata.ucd_3_2_0).
# The formal name aliases and the named sequences (which lookup() accepts) come
# from the UCD files NameAliases.txt and NamedSequences.txt (Debian's
# unicode-data package puts them in /usr/share/unicode, or set UCD_DIR); each
# entry is kept only when CPython's lookup() gives the same answer.
import os, unicodedata as u, zlib

assert u.unidata_version == "15.1.0"

def props(c, u=u):
    ch = chr(c)
    dec = u.decimal(ch, None)
    dig = u.digit(ch, None)
    num = u.numeric(ch, None)
    return (u.category(ch), u.bidirectional(ch) or "-", str(u.combining(ch)), u.east_asian_width(ch),
            str(u.mirrored(ch)), "-" if dec is None else str(dec), "-" if dig is None else str(dig),
            "-" if num is None else repr(num), u.decomposition(ch) or "-")

def runs(db):
    lines, start, cur = [], 0, props(0, db)
    for c in range(1, 0x110000):
        p = props(c, db)
        if p != cur:
            lines.append("%x\t%x\t%s" % (start, c - 1, "\t".join(cur)))
            start, cur = c, p
    lines.append("%x\t%x\t%s" % (start, 0x10FFFF, "\t".join(cur)))
    return lines

open("props.z", "wb").write(zlib.compress("\n".join(runs(u)).encode(), 9))
open("props32.z", "wb").write(zlib.compress("\n".join(runs(u.ucd_3_2_0)).encode(), 9))

PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
            "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]
names, ranges, run = [], [], None
for c in range(0x110000):
    n = u.name(chr(c), None)
    pre = next((p for p in PREFIXES if n is not None and n == p + "%X" % c), None)
    if pre is not None:
        if run and run[2] == pre and run[1] == c - 1:
            run[1] = c
        else:
            if run:
                ranges.append(run)
            run = [c, c, pre]
        continue
    if n is not None:
        names.append("%x\t%s" % (c, n))
if run:
    ranges.append(run)
text = "\n".join(names) + "\n#ranges\n" + "\n".join("%x\t%x\t%s" % tuple(r) for r in ranges)
ucd = os.environ.get("UCD_DIR", "/usr/share/unicode")
aliases = []
for line in open(os.path.join(ucd, "NameAliases.txt"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        cp, name = line.split(";")[:2]
        if u.lookup(name) == chr(int(cp, 16)):
            aliases.append("%s\t%s" % (cp.lower(), name))
sequences = []
for line in open(os.path.join(ucd, "NamedSequences.txt"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        name, cps = line.strip().split(";")
        if u.lookup(name) == "".join(chr(int(x, 16)) for x in cps.split()):
            sequences.append("%s\t%s" % (" ".join(x.lower() for x in cps.split()), name))
text += "\n#aliases\n" + "\n".join(aliases) + "\n#sequences\n" + "\n".join(sequences)
open("names.z", "wb").write(zlib.compress(text.encode(), 9))

pairs = []
for c in range(0x110000):
    d = u.decomposition(chr(c))
    if not d or d.startswith("<"):
        continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) == 2 and u.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(c):
        pairs.append("%x\t%x\t%x" % (parts[0], parts[1], c))
open("compose.z", "wb").write(zlib.compress("\n".join(pairs).encode(), 9))
