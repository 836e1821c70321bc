# Augmented assignment: evaluation order and side effects on attributes/subscripts.
log = []
class Tracer:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __getitem__(self, k):
        log.append(f"get {self.name}[{k}]")
        return self.v
    def __setitem__(self, k, val):
        log.append(f"set {self.name}[{k}]={val}")
        self.v = val
    def __getattr__(self, a):
        log.append(f"getattr {self.name}.{a}")
        return self.v
    def __setattr__(self, a, val):
        if a in ("name", "v"):
            object.__setattr__(self, a, val)
            return
        log.append(f"setattr {self.name}.{a}={val}")
        object.__setattr__(self, "v", val)

def obj(t):
    log.append("obj")
    return t
def key(k):
    log.append("key")
    return k
def rhs(v):
    log.append("rhs")
    return v

t = Tracer("t", 10)
obj(t)[key(3)] += rhs(5)
print(log); log.clear()
obj(t).field *= rhs(2)
print(log, t.v); log.clear()

class InPlace:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        log.append("iadd")
        self.items.append(other)
        return self
    def __repr__(self):
        return f"InPlace({self.items})"

class Holder:
    def __init__(self):
        self.ip = InPlace()
    def __setattr__(self, k, v):
        log.append(f"holder set {k}")
        object.__setattr__(self, k, v)
h = Holder(); log.clear()
h.ip += 1
print(log, h.ip); log.clear()

# immutable target via subscript: tuple element is list -> iadd works then setitem fails
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)

# __iadd__ returning NotImplemented falls back to __add__
class Fallback:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        log.append("iadd NI")
        return NotImplemented
    def __add__(self, o):
        log.append("add")
        return Fallback(self.v + o)
f = Fallback(1)
f += 4
print(log, f.v); log.clear()

# __radd__ used by augmented assignment when left has nothing
class R:
    def __radd__(self, o):
        return ("radd", o)
z = 5
z += R()
print(z)
try:
    s = "a"
    s -= 1
except TypeError as e:
    print(e)
try:
    lst = [1]
    lst @= 2
except TypeError as e:
    print(e)

# all augmented operators on ints
v = 100
for op in ["+=", "-=", "*=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="]:
    ns = {"v": 7}
    exec(f"v {op} 3", ns)
    print(op, ns["v"])
ns = {"v": 7}
exec("v /= 2", ns)
print(ns["v"])
# global and nonlocal aug
g = 1
def fg():
    global g
    g += 1
fg(); fg()
print(g)
def outer():
    n = [0]
    m = 0
    def inner():
        nonlocal m
        m += 2
        n[0] += 3
    inner(); inner()
    return m, n
print(outer())
