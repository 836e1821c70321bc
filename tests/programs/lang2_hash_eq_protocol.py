# __hash__/__eq__ interplay for dict/set membership.
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} vs {getattr(o, 'v', o)}")
        return isinstance(o, Key) and self.v == o.v
    def __hash__(self):
        return hash(self.v) % 3
d = {Key(1): "one"}
print(d[Key(1)])
print(Key(4) in d)  # same hash bucket mod 3 -> eq called
# identity shortcut: eq not called for the same object
k = Key(2)
s = {k}
print(k in s)
# unhashable by defining __eq__ only
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
# explicit __hash__ = None in subclass
class Base:
    def __hash__(self): return 1
class NoHash(Base):
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
# inheriting __hash__ when subclass defines __eq__ resets it
class Sub(Base):
    def __eq__(self, o): return False
print(Sub.__hash__)
# hash must return int
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
# hash of numbers consistent across types
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5 + 0j))
# mutation of a key's hash after insertion: lookup fails
class Mutable:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return self is o
m = Mutable(1)
dm = {m: "x"}
m.v = 2
print(m in dm, list(dm.values()))
# __eq__ raising during dict lookup propagates
class Raises:
    def __hash__(self): return 0
    def __eq__(self, o): raise RuntimeError("eq failed")
dr = {Raises(): 1}
try:
    dr[Raises()]
except RuntimeError as e:
    print("RuntimeError:", e)
# __ne__ defaults to inverse of __eq__
class OnlyEq:
    def __eq__(self, o): return "yes"
print(OnlyEq() != OnlyEq())
class NeNI:
    def __eq__(self, o): return NotImplemented
print(NeNI() != NeNI())
