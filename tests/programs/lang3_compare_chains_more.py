# Chained comparisons: evaluation once, short-circuit, mixed operators, rich results.
log = []
class V:
    def __init__(self, n):
        self.n = n
    def _c(self, op, other, res):
        log.append(f"{self.n}{op}{getattr(other, 'n', other)}")
        return res
    def __lt__(self, o): return self._c("<", o, self.n < getattr(o, "n", o))
    def __le__(self, o): return self._c("<=", o, self.n <= getattr(o, "n", o))
    def __gt__(self, o): return self._c(">", o, self.n > getattr(o, "n", o))
    def __eq__(self, o): return self._c("==", o, self.n == getattr(o, "n", o))
    def __ne__(self, o): return self._c("!=", o, self.n != getattr(o, "n", o))
    def __hash__(self): return self.n

def val(n):
    log.append(f"eval {n}")
    return V(n)

print(val(1) < val(2) < val(3)); print(log); log.clear()
print(val(1) < val(3) < val(2) < val(9)); print(log); log.clear()
print(val(2) == val(2) != val(3) <= val(3) > val(0)); print(log); log.clear()

# the middle operand is evaluated once even if it has side effects
def mid():
    log.append("mid")
    return 5
print(1 < mid() < 10, log); log.clear()

# chains with in / not in / is / is not
a = [1, 2]
print(1 in a in [a], 3 not in a is not None, a is a in [[1, 2]])
print(1 < 2 == 2.0 in {2} is not None)

# results other than bool: the last comparison's raw result is returned
class Raw:
    def __lt__(self, o):
        return "raw-lt"
    def __gt__(self, o):
        return ""
print(repr(Raw() < 1), repr(1 < Raw() < 2))
print(repr(0 < 1 < Raw()), repr(Raw() > 1 < 2))

# __bool__ of intermediate results is called to decide short-circuiting
class Falsy:
    def __bool__(self):
        log.append("bool")
        return False
class RetFalsy:
    def __lt__(self, o):
        return Falsy()
r = RetFalsy()
print(type(r < 1 < 2).__name__, log); log.clear()
class BadBool:
    def __bool__(self):
        raise ValueError("no truth")
class RetBad:
    def __lt__(self, o):
        return BadBool()
try:
    RetBad() < 1 < 2
except ValueError as e:
    print("ValueError:", e)
print(type(RetBad() < 1).__name__)

# NotImplemented on both sides: == falls back to identity, < raises
class Nothing:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
n1, n2 = Nothing(), Nothing()
print(n1 == n1, n1 == n2, n1 != n2)
try:
    n1 < n2
except TypeError as e:
    print("TypeError:", e)
try:
    1 < "a" < 2
except TypeError as e:
    print("TypeError:", e)
try:
    [] <= ()
except TypeError as e:
    print("TypeError:", e)

# reflected comparisons: a subclass's reflected method is tried first
class Base:
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Derived(Base):
    def __gt__(self, o):
        return "Derived.gt"
print(Base() < Derived(), Derived() < Base())

# comparisons of mixed numeric types and special floats
nan = float("nan")
print(1 == 1.0 == 1 + 0j, nan == nan, nan != nan, nan < 1 or nan >= 1, 2**64 > 1.8e19 > 2**63)
print(0.1 + 0.2 == 0.3, -0.0 == 0.0, float("inf") > 10**400)

# chain compiled in a while condition and comprehension
i = 0
while 0 <= i < 3:
    i += 1
print(i, [x for x in range(10) if 2 < x <= 5])
