# math.comb / math.perm with arguments beyond 64 bits, nextafter with steps
# (computed on bit patterns), and sumprod's int / float / generic paths.
import math

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r if not isinstance(r, int) or r < 10**30 else ("big", r % 1000003))
    except Exception as e:
        print(label, type(e).__name__, e)

n = 2**100
show("comb(1, 2**1000)", lambda: math.comb(1, 2**1000))
show("perm(1, 2**1000)", lambda: math.perm(1, 2**1000))
show("comb(n, 0)", lambda: math.comb(n, 0))
show("comb(n, 1) == n", lambda: math.comb(n, 1) == n)
show("comb(n, 2)", lambda: math.comb(n, 2) == n * (n - 1) // 2)
show("comb(n, n-2)", lambda: math.comb(n, n - 2) == n * (n - 1) // 2)
show("comb(n, 5)", lambda: math.comb(n, 5))
show("perm(n, 3)", lambda: math.perm(n, 3) == n * (n - 1) * (n - 2))
show("comb(n, n//2)", lambda: math.comb(n, n // 2))
show("perm(n, n//2)", lambda: math.perm(n, n // 2))
show("comb(-1, 2)", lambda: math.comb(-1, 2))
show("comb(n, -n)", lambda: math.comb(n, -n))
show("perm(5, -1)", lambda: math.perm(5, -1))
show("comb(True, True)", lambda: math.comb(True, True))
show("comb(10, 3)", lambda: math.comb(10, 3))
show("perm(10, 3)", lambda: math.perm(10, 3))

def sign(x):
    return math.copysign(1.0, x)
for steps in range(0, 4):
    print("nextafter -0.0 -> 0.0", steps, sign(math.nextafter(-0.0, 0.0, steps=steps)))
    print("nextafter 0.0 -> -0.0", steps, sign(math.nextafter(0.0, -0.0, steps=steps)))
print(math.nextafter(1.0, math.inf, steps=3).hex())
print(math.nextafter(1.0, -math.inf, steps=3).hex())
print(math.nextafter(5e-324, -1.0, steps=2))
print(math.nextafter(-5e-324, 1.0, steps=3))
print(math.nextafter(0.0, math.inf, steps=2**70))
print(math.nextafter(1.0, 2.0, steps=2**80))
print(math.nextafter(math.nan, 1.0, steps=2), math.nextafter(1.0, math.nan, steps=2))
show("steps=-1", lambda: math.nextafter(1.0, 2.0, steps=-1))
show("steps=1.0", lambda: math.nextafter(1.0, 2.0, steps=1.0))

class Int(int):
    def __add__(self, other):
        return Int(int(self) + int(other))
    def __mul__(self, other):
        return Int(int(self) * int(other))
    __radd__ = __add__
    __rmul__ = __mul__
    def __repr__(self):
        return f"Int({int(self)})"

for p, q in [
    ((1.5, Int(7)), (3, 1)),
    ((Int(7), 1.5), (1, 3)),
    ((2, 3), (4, 5)),
    ((2**62, 4), (2, 1)),
    ((0.1, 0.2, 0.3), (3, 2, 1)),
    ((1e308, 1e308), (10.0, -10.0)),
    ((True, 2.5), (2.0, False)),
    ((1, 2.5, Int(2)), (2, 2, 2)),
    ((2**80, 0.5), (1, 2)),
    ((), ()),
    ((1, 2), (3,)),
    ((1.0, "a"), (2.0, 3)),
]:
    show(f"sumprod{(p, q)}", lambda: repr(math.sumprod(p, q)))
