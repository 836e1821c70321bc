# and/or/not short-circuit and their return values.
log = []
def t(x):
    log.append(x)
    return x

print(t(0) and t(1), log); log.clear()
print(t(2) and t(3), log); log.clear()
print(t(0) or t(4), log); log.clear()
print(t(5) or t(6), log); log.clear()
print(t("") or t([]) or t(None), log); log.clear()
print(t(1) and t(2) and t(0) and t(3), log); log.clear()
print(t(0) or t(0) and t(9), log); log.clear()
print(not t(0) or t(7), log); log.clear()

# values are returned, not bools
print([] or {} or "default", 1 and "last", None or 0)
print(type(0 or 0.0).__name__)

# __bool__ called at most once per operand
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self): return f"B({self.v})"
print(B(True) and B(False))
print(B(False) or B(True))
print(not B(True))
if B(True) and B(True):
    print("both")
while B(False) or B(False):
    pass
x = B(False) if B(True) else B(True)
print(x)

# in comprehensions and conditions
print([i for i in range(10) if i % 2 and i % 3])
print(all([]), any([]), all(x > 0 for x in (1, 2)), any(x > 5 for x in (1, 2)))

def side(n):
    print("side", n)
    return n
print(side(1) or side(2) or side(3))
print(side(0) or (side(0) and side(9)) or side(4))
