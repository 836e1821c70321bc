# __hash__/__eq__ interplay, unhashable types, dict/set key behaviour.
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Key) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"Key({self.v})"
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, {Key(1), Key(1), Key(2)} == {Key(2), Key(1)})

class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__)

class Inherit(Key):
    pass
print(hash(Inherit(5)) == hash(5))

class ExplicitNone:
    __hash__ = None
try:
    {ExplicitNone(): 1}
except TypeError as e:
    print("TypeError:", e)

for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)

class BadHash:
    def __hash__(self): return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
print(hash(-1), hash(-2), hash(0.0) == hash(0), hash(1.5) == hash(1.5))

# eq is tried both ways, and identity implies equality in containers
class Never:
    def __eq__(self, o): return False
n = Never()
print(n == n, n in [n], [n] == [n], n in {n: 1}.keys() if False else "skip")
