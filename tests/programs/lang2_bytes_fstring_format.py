# %-formatting of bytes and str, and format() builtin interplay with __format__.
print(b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%5.2f|" % 3.14159, b"%c" % 65, b"%r" % "s")
print("%s %r %a" % ("é", "é", "é"), "%5s|%-5s|" % ("a", "b"), "%05.1f" % 2.25, "%+d %+d" % (1, -1))
print("%(name)s is %(age)d" % {"name": "x", "age": 3}, "%%", "%c" % "z", "%o %X %e" % (8, 255, 12345.678))
for bad in ['"%d" % "s"', '"%s %s" % (1,)', '"%s" % (1, 2)', '"%(k)s" % 5', '"%z" % 1', 'b"%s" % "str"']:
    try:
        print(eval(bad))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(format(255, "#x"), format("s", "^5"), format(3.5), format(1234.5, ",.1f"), format(True, "d"))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "xyz"), "{:abc}".format(F()), f"{F():q}")
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
print("{0}{1}{0}".format("a", "b"), "{x}-{y[0]}-{z.real}".format(x=1, y=[2], z=3j))
print("{!r:>6}".format("q"), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
