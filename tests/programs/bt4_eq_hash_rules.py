# __eq__/__hash__ interplay: defining __eq__ removes the hash, inheritance, explicit None, hash result conversion and errors
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__, EqOnly.__dict__['__hash__'])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: hash(EqOnly())); t(lambda: {EqOnly()}); t(lambda: {EqOnly(): 1})
class Child(EqOnly): pass
t(lambda: hash(Child()))
class Restored(EqOnly):
    __hash__ = object.__hash__
t(lambda: type(hash(Restored())).__name__)
class HashOnly:
    def __hash__(self): return 7
print(hash(HashOnly()), HashOnly() == HashOnly())
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and o.k == self.k
    def __hash__(self): return hash(self.k)
print(len({Both(1), Both(1), Both(2)}), Both(1) in {Both(1)}, {Both(1): 'a'}[Both(1)])
class BigHash:
    def __hash__(self): return 2**100
class NegOne:
    def __hash__(self): return -1
class BoolHash:
    def __hash__(self): return True
class StrHash:
    def __hash__(self): return 'x'
class SubInt(int): pass
class SubHash:
    def __hash__(self): return SubInt(5)
print(hash(BigHash()) == hash(2**100), hash(NegOne()), hash(BoolHash()), hash(SubHash()), type(hash(SubHash())).__name__)
t(lambda: hash(StrHash()))
class NoneHash:
    __hash__ = None
t(lambda: hash(NoneHash())); t(lambda: NoneHash.__hash__)
import collections.abc
print(isinstance(NoneHash(), collections.abc.Hashable), isinstance(EqOnly(), collections.abc.Hashable), isinstance(HashOnly(), collections.abc.Hashable))
class NeDefault:
    def __eq__(self, o): return 'eq-result'
print(NeDefault() != 1, NeDefault() == 1, NeDefault().__ne__(1))
class NeNotImpl:
    def __eq__(self, o): return NotImplemented
print(NeNotImpl() != NeNotImpl(), NeNotImpl() == 1, 1 == NeNotImpl())
class Ident: pass
i = Ident()
print(i == i, i != i, [i] == [i], float('nan') in [float('nan')], (lambda n: n in [n])(float('nan')))
class EqRaises:
    def __eq__(self, o): raise RuntimeError('eq boom')
    __hash__ = object.__hash__
e = EqRaises()
t(lambda: e in [e]); t(lambda: e in [1]); t(lambda: [1].index(e)) if False else t(lambda: [1].count(e))
t(lambda: {e: 1}[e]); t(lambda: {1: 1}.get(EqRaises()))
