# Chained comparisons: single evaluation of middle operands, rich comparison results.
log = []
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append(f"{self.v}<{o.v}")
        return self.v < o.v
    def __eq__(self, o):
        log.append(f"{self.v}=={o.v}")
        return NotImplemented
    def __repr__(self): return f"N({self.v})"

def mid():
    log.append("mid evaluated")
    return N(2)
print(N(1) < mid() < N(3))
print(log); log.clear()

# rich comparison returning non-bools: chain returns last result or the falsy one
class Weird:
    def __init__(self, name): self.name = name
    def __lt__(self, o): return f"{self.name}<{o.name}"
    def __gt__(self, o): return ""
print(Weird("a") < Weird("b") < Weird("c"))
print(repr(Weird("a") > Weird("b") < Weird("c")))

# __eq__ returning NotImplemented both ways falls back to identity
a, b = N(1), N(1)
print(a == a, a == b, a != b)
print(log); log.clear()

# reflected operand priority for subclasses
class Base:
    def __lt__(self, o):
        return "Base.__lt__"
class Sub(Base):
    def __gt__(self, o):
        return "Sub.__gt__"
print(Base() < Sub())
print(Sub() > Base())

# comparisons between incompatible types
for expr in ["1 < 'a'", "[] < ()", "None < None", "{} < {}", "1j < 2j"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

# is / is not / in / not in chains
x = [1, 2]
print(1 in x in [x], x is x is not None, 3 not in x not in [[9]])
# comparing containers compares elements
print([1, 2, N(3)] == [1, 2, N(3)])
print(log); log.clear()
print((1, 2) < (1, 3) < (2,), [1, [2, 3]] < [1, [2, 4]])
# identity shortcut in container equality
nan = float("nan")
print([nan] == [nan], nan == nan, (nan,) in [(nan,)])
# total ordering of mixed numerics
print(1 < 1.5 < 2 < 2.5j.imag * 1 + 0.5 < 10**20)
print(True == 1 == 1.0, False < True)
