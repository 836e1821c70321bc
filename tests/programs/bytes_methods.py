# bytes and bytearray methods (shared implementation), with CPython's errors.
b = b"Hello, World  "
print(b.split(b","), b.strip(), b.upper(), b.lower(), b.startswith(b"He"), b.find(b"o"), b.replace(b"l", b"L"), b.count(b"l"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b.rstrip(), b.index(b"W"), b.endswith(b" "), b.isdigit(), b"12".isdigit(), b.title(), b.swapcase())
print(b.partition(b", "), b.rpartition(b"x"), b.partition(b"x"), b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True))
print(b.center(20, b"*"), b"ab".center(5), b"abc".center(6, b"-"), b"7".zfill(3), b"-7".zfill(4), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"x".expandtabs(tabsize=2))
print(b"  a  b  c ".split(), b"a b c".split(None, 1), b"a b c".rsplit(maxsplit=1), b"a,b,c".rsplit(b",", 1), b"a,,b".split(b","), b"".split(), b"".split(b","))
print(b"abcabc".find(b"c", 3), b"abcabc".rfind(b"c"), b"abc".find(99), b"abc".find(b"", 3), b"abc".find(b"", 4), b"abcabc".count(b"bc", 1, -1), b"aaa".count(b""), b"abc".rindex(b"a"))
print(b"abc".startswith((b"x", b"ab")), b"abc".endswith(b"bc", 0, 3), b"abc".startswith(b"b", 1))
print(b"aXbXc".replace(b"X", b"--", 1), b"abc".replace(b"", b"|"), b"abc".replace(b"", b"|", 2), b"abc".removeprefix(b"ab"), b"abc".removesuffix(b"x"))
print(b"Hello".translate(bytes.maketrans(b"lo", b"01")), b"Hello".translate(None, b"l"), b"hello world".capitalize(), b"hello world".title())
print(b"Ab".isalpha(), b"A1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isdigit())
print(bytes.fromhex("0a ff 10"), bytearray.fromhex("dead beef"), b"abc".hex(":"), b"\x01\x02\x03".hex(":", 2), b"\x01\x02\x03".hex("-", -2), b"".hex(":"))
print(b"ab" * 3, 2 * b"x", b"ab" * -1, bytearray(b"ab") * 2)
ba = bytearray(b"a,b,,c")
print(ba.split(b","), ba.upper(), ba.strip(b"ac,"), type(ba.replace(b",", b";")).__name__, ba.find(b","), ba.partition(b","))
for bad in [lambda: b"a".split(""), lambda: b"a".split(b""), lambda: b"a".find("a"), lambda: b"a".find(300),
            lambda: b"a".index(b"z"), lambda: b"a".startswith("a"), lambda: b"a".center(3, b"ab"),
            lambda: b"-".join([b"a", "b"]), lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("abc"),
            lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".hex("::"),
            lambda: b"a".partition(b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"%d-%s" % (5, b"x"), b"%5.2f|%-4d|%x" % (3.14159, 7, 255), b"%r %a" % ("é", b"q"), b"%c%c" % (65, b"B"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 3}, bytearray(b"[%s]") % (bytearray(b"ba"),), b"%s" % memoryview(b"mv"), b"100%%" % ())
class B:
    def __bytes__(self): return b"custom"
print(b"%s|%b" % (B(), B()))
for bad in (lambda: b"%s" % "str", lambda: b"%s" % 5, lambda: b"%c" % 300, lambda: b"%c" % "x", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2), lambda: b"%y" % 1):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
