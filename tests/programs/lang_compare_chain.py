# Chained comparisons: evaluation order, single evaluation, all operators.
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(3) < v(2), log); log.clear()
print(v(3) < v(1) < v(2), log); log.clear()
print(v(1) == v(1) != v(2) <= v(2) >= v(0) > v(-1), log); log.clear()

print(1 < 2 > 1, 1 < 2 < 2, 0 <= 0 <= 0)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[3]])
a = b = []
print(a is b is not None, a is not [] is not None)

class Noisy:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n} < {o.n}")
        return self.n < o.n
    def __bool__(self):
        print("bool of", self.n)
        return True
x, y, z = Noisy(1), Noisy(2), Noisy(3)
print(x < y < z)

class Weird:
    def __lt__(self, o): return "truthy string"
    def __gt__(self, o): return ""
w = Weird()
print(w < 1, w < 1 < 2, w > 1, (w > 1) < 2)

# comparisons between different types
for expr in ("1 < 'a'", "[] < ()", "None < None", "{} <= {}", "1j < 2j"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
nan = float("nan")
print(nan is nan, [nan] == [nan], (nan,) == (nan,))

# reflected comparisons
class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return True
print(Left() == Right())
print(Left() != Right())
class Sub(Right): pass
class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return False
print(Base() == Sub())
