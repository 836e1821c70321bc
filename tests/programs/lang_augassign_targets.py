# Augmented assignment to attributes, subscripts and slices: evaluation order.
log = []
class Obj:
    def __init__(self): self.__dict__["v"] = 1
    def __getattr__(self, n):
        log.append(("getattr", n)); return 0
    def __setattr__(self, n, v):
        log.append(("setattr", n, v)); self.__dict__[n] = v
class Seq:
    def __init__(self): self.data = [1, 2, 3, 4]
    def __getitem__(self, k):
        log.append(("getitem", k)); return self.data[k]
    def __setitem__(self, k, v):
        log.append(("setitem", k, v)); self.data[k] = v
def key(k):
    log.append(("key", k)); return k
def target(t):
    log.append(("target",)); return t

o = Obj()
target(o).v += 10
target(o).missing += 5
print(log); log.clear()
s = Seq()
target(s)[key(1)] *= 3
print(log, s.data); log.clear()
target(s)[key(1):key(3)] += [9]
print(log, s.data); log.clear()
lst = [[0, 1], [2, 3]]
lst[0][1] += 100
lst[-1] *= 2
print(lst)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", []).append(3)
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
x = 5
x **= 2; x //= 3; x %= 5
print(x)
