class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__)
try:
    hash(EqNoHash())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqNoHash()}
except TypeError as e:
    print('TypeError:', e)
class EqAndHash:
    def __eq__(self, o):
        return isinstance(o, EqAndHash)
    def __hash__(self):
        return 1
print(len({EqAndHash(), EqAndHash()}), hash(EqAndHash()))
class Parent:
    def __hash__(self):
        return 7
class ChildEq(Parent):
    def __eq__(self, o):
        return True
print(ChildEq.__hash__)
class ChildEqKeep(Parent):
    def __eq__(self, o):
        return True
    __hash__ = Parent.__hash__
print(hash(ChildEqKeep()))
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print('TypeError:', e)
import collections.abc
print(isinstance(HashNone(), collections.abc.Hashable), isinstance(EqAndHash(), collections.abc.Hashable), isinstance([], collections.abc.Hashable))
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        print('eq called')
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): 'one'}
print(d[Key(1)])
k = Key(2)
d[k] = 'two'
print(d[k])
class Unstable:
    n = 0
    def __hash__(self):
        Unstable.n += 1
        return Unstable.n
u = Unstable()
s = {u}
print(u in s, len(s))
print(hash(object()) != 0, type(hash('x')).__name__, hash(1) == (1).__hash__(), object.__hash__(EqAndHash()) is not None)
class IntSub(int):
    def __eq__(self, o):
        return False
try:
    hash(IntSub(5))
except TypeError as e:
    print('TypeError:', e)
class IntSub2(int):
    pass
print(hash(IntSub2(5)), {IntSub2(5): 1}[5])
