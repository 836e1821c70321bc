# %-formatting and str.format with objects, mappings and nested fields.
print("%s and %r" % ("str", "repr"), "%d%%" % 50, "%5.2f|%-6s|%06d" % (3.14159, "ab", 42))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%x %X %o %e %g %c" % (255, 255, 8, 12345.678, 0.00001, 65))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}".format(name="kw"))
print("{0[0]} {0[1]} {1.real}".format([7, 8], 3j))
print("{:>{w}}|{:^{w}}|".format("r", "c", w=5))
print("{!r} {!s} {!a}".format("x", "y", "é"))
class P:
    x = 10
print("{p.x} {d[key]}".format(p=P(), d={"key": "v"}))
print("{{literal}} {}".format("x"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print(format(1234.5, ",.1f"), format("s", "*>4"), format(10, "b"))
