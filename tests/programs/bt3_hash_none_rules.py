# __hash__ = None, __eq__ without __hash__, inherited hashes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class E:
    def __eq__(self, o): return True
t(lambda: E.__hash__)
t(lambda: hash(E()))
class EH(E):
    __hash__ = object.__hash__
t(lambda: isinstance(hash(EH()), int))
class HN:
    __hash__ = None
t(lambda: hash(HN()))
t(lambda: {HN()})
t(lambda: {HN(): 1})
class Sub(HN):
    pass
t(lambda: hash(Sub()))
class Back(HN):
    def __hash__(self): return 5
t(lambda: hash(Back()))
class BadHash:
    def __hash__(self): return 'x'
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2**100
t(lambda: hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
t(lambda: hash(NegOne()))
class BoolHash:
    def __hash__(self): return True
t(lambda: hash(BoolHash()))
class IntSub(int):
    def __hash__(self): return IntSub(7)
t(lambda: hash(IntSub(1)))
from collections.abc import Hashable
t(lambda: (isinstance(E(), Hashable), isinstance(EH(), Hashable), isinstance([], Hashable)))
t(lambda: hash(()) == hash(tuple()))
t(lambda: hash(-1) == hash(-2))
