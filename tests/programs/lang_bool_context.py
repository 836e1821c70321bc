# Truth testing in conditions, while, comprehensions, assert, and ternaries.
class Flip:
    def __init__(self): self.n = 0
    def __bool__(self):
        self.n += 1
        return self.n % 2 == 1
f = Flip()
print([bool(f) for _ in range(4)])
if f:
    print("if saw", f.n)
while f:
    print("while iteration", f.n)
print("after while", f.n)
print([x for x in range(6) if Flip()], "yes" if Flip() else "no")
class AlwaysFalse:
    def __bool__(self): return False
try:
    assert AlwaysFalse(), "assert uses truth"
except AssertionError as e:
    print("AssertionError:", e)
print(not AlwaysFalse(), AlwaysFalse() or "fallback", type(AlwaysFalse() and "never").__name__)
class LenZero:
    def __len__(self): return 0
print(bool(LenZero()), not LenZero(), [] == LenZero())
print(bool(0.0), bool(-0.0), bool(0j), bool(float("nan")), bool(" "), bool("\0"))
class Raises:
    def __bool__(self): raise RuntimeError("bool failed")
try:
    if Raises():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
