def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in ([], {}, set(), bytearray(), [1], {1: 2}, ([],), (1, [2]), frozenset(), slice(1, 2)):
    t(lambda: hash(v) is not None)
print(hash(-1), hash(-2), hash(0), hash(1.0), hash(0.5) == hash(0.5), hash(True), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(None) == hash(None))
print(hash(10**20) == hash(10**20 % (2**61 - 1)), hash(-(10**20)) == -hash(10**20), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(float('inf')), hash(float('-inf')))
print(hash(1 + 0j) == hash(1), hash(1.5) == hash(3 / 2), hash(complex(0, 1)) , hash('') , hash(b'') )
class EqNoHash:
    def __eq__(self, o): return True
print(EqNoHash.__hash__, EqNoHash.__dict__.get('__hash__', 'absent'))
t(hash, EqNoHash())
t(lambda: {EqNoHash()})
t(lambda: {EqNoHash(): 1})
class EqHash(EqNoHash):
    def __hash__(self): return 5
print(hash(EqHash()), len({EqHash(), EqHash()}))
class Inherit(EqHash):
    def __eq__(self, o): return False
t(hash, Inherit())
class Explicit:
    __hash__ = None
t(hash, Explicit())
class BadHash:
    def __hash__(self): return 'x'
t(hash, BadHash())
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class FloatHash:
    def __hash__(self): return 1.0
t(hash, FloatHash())
class IntSubHash:
    class MyInt(int): pass
    def __hash__(self): return self.MyInt(7)
print(hash(IntSubHash()))
t(hash)
t(hash, 1, 2)
import collections.abc
print(isinstance([], collections.abc.Hashable), isinstance(EqHash(), collections.abc.Hashable), isinstance(EqNoHash(), collections.abc.Hashable))
print(list.__hash__, dict.__hash__ is None, object.__hash__ is not None, type(object.__hash__).__name__)
