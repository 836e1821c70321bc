# bool as int subclass in arithmetic, indexing, formatting, and dict keys.
print(True + True, True * 3, True / 2, True // 1, -True, ~True, True << 3)
print(["a", "b"][True], "xyz"[False:True], sum([True, True, False]))
print(f"{True:d} {True:>5} {False!r} {True:.2f}", str(True), repr(False), format(True))
print(isinstance(True, int), type(True + 0).__name__, True is bool(1), bool("False"))
d = {1: "one"}
d[True] = "true"
print(d)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(hash(True), int(True), float(False), complex(True))
print(max(True, 0.5), min(False, -1), sorted([True, 0, False, 2]))
print(True == 1.0, True in [1], 1 in [True])
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
