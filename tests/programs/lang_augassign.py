# Augmented assignment: all operators, targets, in-place dunders.
v = 10
v += 5; print(v)
v -= 3; print(v)
v *= 2; print(v)
v /= 4; print(v)
v = 17
v //= 5; print(v)
v %= 2; print(v)
v = 3
v **= 4; print(v)
v >>= 2; print(v)
v <<= 3; print(v)
v &= 0b1010; print(v)
v |= 0b0101; print(v)
v ^= 0xff; print(v)

s = "ab"
s *= 3; print(s)
l = [1]
alias = l
l += [2]
print(l, alias is l)
t = (1,)
talias = t
t += (2,)
print(t, talias)

class Vec:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("__add__"); return Vec(self.v + o)
    def __iadd__(self, o):
        print("__iadd__"); self.v += o; return self
    def __matmul__(self, o):
        print("__matmul__"); return Vec(self.v * o)
    def __repr__(self): return f"Vec({self.v})"

a = Vec(1)
a += 2
print(a)
a @= 3
print(a)

class Box:
    def __init__(self): self.items = {"n": 1}
b = Box()
b.items["n"] += 10
print(b.items)

# target evaluated once
calls = []
def key():
    calls.append("key")
    return "k"
d = {"k": 1}
d[key()] += 1
print(d, calls)

class Attr:
    def __init__(self): self.x = 1
    def __getattribute__(self, n):
        print("get", n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
at = Attr()
at.x += 1

# __iadd__ returning NotImplemented falls back to __add__
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "added"
n = NI()
n += 1
print(n)

try:
    z = None
    z += 1
except TypeError as e:
    print("TypeError:", e)
# list += works with any iterable
lst = [0]
lst += range(2)
lst += "ab"
print(lst)
try:
    tt = (1,)
    tt += [2]
except TypeError as e:
    print("TypeError:", e)
