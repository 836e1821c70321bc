# Container protocols: len/getitem/setitem/delitem/contains/iter/reversed/bool.
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return f"slice {k.start}:{k.stop}"
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.items
    def __iter__(self):
        return iter(sorted(self.items))
    def __reversed__(self):
        return iter(sorted(self.items, reverse=True))
    def __missing__(self, k):
        return "never used by plain classes"

b = Bag()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], b[1:3], "x" in b, "z" not in b)
print(list(b), list(reversed(b)), bool(b))
del b["x"]
print(list(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 2
print(list(Seq()), 4 in Seq(), 5 in Seq(), list(reversed([*Seq()])))

class Dict2(dict):
    def __missing__(self, k):
        return f"missing {k}"
d = Dict2(a=1)
print(d["a"], d["b"], d.get("b"))

class Idx:
    def __index__(self):
        return 1
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(5)[Idx()])

class LenHint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 2
print(list(LenHint()))

class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoLen()
except TypeError as e:
    print("TypeError:", e)
