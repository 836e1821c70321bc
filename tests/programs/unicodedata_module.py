# unicodedata (Unicode 15.1.0): properties, names, lookup, normalization forms,
# and the error messages.
import unicodedata as u

def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

print(u.unidata_version)
chars = "aZ5 \t\u00e9\u0301\u00bd\u2167\u0663\uff21\u4e00\uac00\u05d0\u0627(\U0001f600\u200d\u00ad\U000e0001\u0378\ud7ff\u3000\u2028\u1e9b\ufb01\U00020000\U0002f800\U00017000\U0001b170\U00018b00"
for c in chars:
    print("%04X" % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None), repr(u.decomposition(c)), u.name(c, None))
for n in ["LATIN SMALL LETTER A", "latin small letter e with acute", "SNOWMAN", "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GA", "CJK COMPATIBILITY IDEOGRAPH-2F800", "GRINNING FACE"]:
    print(n, ascii(u.lookup(n)))
t(lambda: u.lookup("NOT A CHARACTER NAME"))
t(lambda: u.lookup("TANGUT IDEOGRAPH-17000"))
t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-FFFFF"))
t(lambda: u.name("\u0378"))
t(lambda: u.decimal("x")); t(lambda: u.digit("x")); t(lambda: u.numeric("x"))
t(lambda: u.category("ab")); t(lambda: u.category(1)); t(lambda: u.name()); t(lambda: u.normalize("NFX", "a")); t(lambda: u.normalize("NFC", 1))
t(lambda: u.combining("")); t(lambda: u.lookup(1))
samples = ["\u00e9", "e\u0301", "\u1e9b\u0323", "\ufb01", "\u2167", "\uac00\u11a8", "\u1100\u1161\u11a8", "\u0041\u030a\u0301", "\u212b", "a\u0328\u0301\u0323", "\u0f73", "\u1e0b\u0323", "x\u0301\u0300", "\u00bd \u2460 \uff21", "\U0001d400", "\u0958\u0344"]
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")], [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
import random
r = random.Random(5)
pool = [chr(i) for i in list(range(0x20, 0x3000)) + list(range(0xac00, 0xac40)) + list(range(0xf900, 0xfb50))]
bad = 0
for _ in range(300):
    s = "".join(r.choice(pool) for _ in range(6))
    nfd, nfc = u.normalize("NFD", s), u.normalize("NFC", s)
    nfkd, nfkc = u.normalize("NFKD", s), u.normalize("NFKC", s)
    if not (u.normalize("NFC", nfd) == nfc and u.normalize("NFD", nfc) == nfd and u.normalize("NFKC", nfkd) == nfkc):
        bad += 1
print("invariants broken:", bad, hash(tuple(u.normalize("NFKC", "".join(r.choice(pool) for _ in range(8))) for _ in range(50))) == 0)
cps = [i for i in range(0x110000) if not 0xD800 <= i < 0xE000]  # pyk's str holds no lone surrogates
print(sum(u.category(chr(i)) == "Lu" for i in cps), sum(1 for i in cps if u.name(chr(i), None)))
t(lambda: u.name("ab")); t(lambda: u.decimal(5))
