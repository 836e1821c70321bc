# unicodedata: formal name aliases and named sequences in lookup(), aliases
# in \N{...} (literals and the unicode_escape codec), and ucd_3_2_0 (the
# Unicode 3.2.0 view that stringprep and the IDNA codec use).
import codecs
import unicodedata

ucd = unicodedata.ucd_3_2_0
print(type(ucd).__name__, unicodedata.UCD.__name__, ucd.unidata_version, unicodedata.unidata_version)

for alias, cp in [("LATIN CAPITAL LETTER GHA", 0x01A2), ("KANNADA LETTER LLLA", 0x0CDE), ("BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS", 0x1D0C5), ("nbsp", 0xA0), ("BOM", 0xFEFF)]:
    ch = unicodedata.lookup(alias)
    print(hex(ord(ch)), ord(ch) == cp, unicodedata.name(ch) != alias.upper())
    try:
        ucd.lookup(alias)
    except KeyError as e:
        print("KeyError:", e)
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{YI SYLLABLE ITERATION MARK}\N{LAO LETTER FO FON}"))

for seq in ["LATIN SMALL LETTER R WITH TILDE", "TAMIL SYLLABLE SAI", "tamil consonant kss"]:
    print(ascii(unicodedata.lookup(seq)))
    try:
        ucd.lookup(seq)
    except KeyError as e:
        print("KeyError:", e)
try:
    compile('"\\N{TAMIL CONSONANT KSS}"', "s", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

for b in [b"\\N{LATIN CAPITAL LETTER GHA}x", b"\\N{TAMIL CONSONANT KSS}", b"\\N{latin small letter a}", b"\\N{NOPE}", b"\\N", b"\\Nx", b"\\N{", b"\\N{}"]:
    try:
        print(ascii(b.decode("unicode_escape")))
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason)
    print(ascii(b.decode("unicode_escape", "replace")))
d = codecs.getincrementaldecoder("unicode_escape")()
print(ascii(d.decode(b"ab\\N{LATIN SMA")), ascii(d.decode(b"LL LETTER B}c", final=True)))
print(ascii(b"\\N{SPACE}".decode("raw_unicode_escape")))

# Unicode 3.2.0: characters added later are unassigned there.
for ch in ["\u231a", "\u0f3a", "A", "\u20ac", "\U0001f600", "\u0221", "\ua015", "\u00bd", "\u0660"]:
    print(
        hex(ord(ch)),
        ucd.category(ch),
        unicodedata.category(ch),
        ucd.east_asian_width(ch),
        ucd.bidirectional(ch),
        ucd.mirrored(ch),
        ucd.combining(ch),
        ucd.decomposition(ch),
        ucd.name(ch, None),
        ucd.numeric(ch, None),
        ucd.decimal(ch, None),
        ucd.digit(ch, None),
    )
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = "\uf951\U0002f868\u00c5\ufb01\u1e9b\u0323\uac00"
    print(form, ascii(ucd.normalize(form, s)), ascii(unicodedata.normalize(form, s)), ucd.is_normalized(form, s))
print(ucd.lookup("HANGUL SYLLABLE GA"), ucd.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
try:
    ucd.name("\u0221")
except ValueError as e:
    print("ValueError:", e)

import stringprep

print(stringprep.in_table_b1("\u00ad"), stringprep.in_table_c12("\u00a0"), stringprep.in_table_a1("\u0221"))
print("www.例え.jp".encode("idna"), b"xn--r8jz45g".decode("idna"), "Bücher.de".encode("idna"))
