# Evaluation order of assignment: the right side first, then targets left to right.
log = []
class Rec:
    def __init__(self, name):
        object.__setattr__(self, 'name', name)
    def __setitem__(self, k, v):
        log.append(f"{self.name}[{k!r}]={v!r}")
    def __setattr__(self, k, v):
        log.append(f"{self.name}.{k}={v!r}")
    def __getitem__(self, k):
        log.append(f"get {self.name}[{k!r}]")
        return Rec(f"{self.name}[{k!r}]")

def t(name):
    log.append("target " + name)
    return Rec(name)
def k(v):
    log.append(f"key {v!r}")
    return v
def rhs(v):
    log.append(f"rhs {v!r}")
    return v

t("a")[k(1)] = t("b").x = rhs(9)
print(log); log.clear()

t("a")[k(0)], t("b")[k(1)] = rhs((1, 2))
print(log); log.clear()

t("a")[k(0)][k(1)].z = rhs("v")
print(log); log.clear()

# star target in the middle with a subscript target
t("s")[k("first")], *t("s2").rest, t("s")[k("last")] = rhs([1, 2, 3, 4])
print(log); log.clear()

# the iterable is fully consumed before any target is assigned
def gen():
    log.append("gen 1"); yield 1
    log.append("gen 2"); yield 2
t("x").p, t("y").q = gen()
print(log); log.clear()

# a failed unpack leaves earlier targets unassigned
a = b = "unset"
try:
    a, b = rhs([1, 2, 3])
except ValueError as e:
    print("ValueError:", e, a, b)

# swapping with subscripts and attributes
lst = [1, 2, 3]
i = 0
i, lst[i] = 2, 99
print(i, lst)

class O: pass
o = O(); o.v = 1; o.w = 2
o.v, o.w = o.w, o.v
print(o.v, o.w)

# chained assignment binds the same object
x = y = []
x.append(1)
print(y, x is y)

# assignment to a slice with side-effecting bounds
log.clear()
lst = list(range(6))
lst[k(1):k(4)] = rhs("ab")
print(lst, log)
