# Augmented assignment evaluates the target's container and key once.
log = []
class Box:
    def __init__(self):
        self.d = {"k": 1}
        self._v = 10
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return self.d[k]
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")
        self.d[k] = v
    @property
    def v(self):
        log.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        log.append(f"set v={val}")
        self._v = val

def box():
    log.append("box()")
    return b
def key():
    log.append("key()")
    return "k"
b = Box()
box()[key()] += 5
print(log, b.d); log.clear()
box().v *= 3
print(log, b._v); log.clear()

# in-place operators mutate and then rebind
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        return "plain add"
a = Acc()
alias = a
a += 1
a += 2
print(a is alias, a.items)

# __iadd__ returning NotImplemented falls back to __add__
class Fallback:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return ("add", other)
f = Fallback()
f += 3
print(f)

# the tuple-in-list gotcha: the item is mutated, then the store fails
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)

# every augmented operator
x = 100
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="]:
    ns = {"x": 7}
    exec(f"x {op} 3", ns)
    print(op, ns["x"])

# @= with a custom class
class Mat:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return Mat(self.v * o.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
m = Mat(2)
m @= Mat(5)
print(m.v)

# augmented assignment to names in different scopes
g = 1
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 10
    inc(); inc()
    return n
print(outer())
def unbound():
    q += 1
    q = 0
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# unsupported operand message mentions the augmented operator
try:
    s = "a"
    s -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n |= {1}
except TypeError as e:
    print("TypeError:", e)
try:
    l = [1]
    l @= [2]
except TypeError as e:
    print("TypeError:", e)
