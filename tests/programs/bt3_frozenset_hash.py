# frozenset hashing, identity of empty frozensets, subclass behaviour
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset([1, 2, 3]) == {1, 2, 3}, {frozenset('ab'): 1}[frozenset('ba')], hash(frozenset({1})) == hash(frozenset({1.0})))
fs = frozenset(range(5))
print(frozenset(fs) is fs, fs.copy() is fs, type(fs.copy()).__name__, len({frozenset(), frozenset([]), frozenset(())}))
class FS(frozenset):
    pass
s = FS([1, 2])
print(type(s).__name__, type(s.copy()).__name__, s.copy() is s, type(s | {3}).__name__, type(frozenset(s)).__name__, frozenset(s) is s)
print(hash(s) == hash(frozenset([1, 2])), s == frozenset([1, 2]), sorted(s))
class S(set):
    pass
ss = S([3, 1])
print(type(ss.copy()).__name__, type(ss | {2}).__name__, type(ss - {1}).__name__, type(ss.union()).__name__)
try:
    hash(ss)
except TypeError as e:
    print('TypeError:', e)
class HS(set):
    def __hash__(self):
        return 7
print(hash(HS()), {HS([1]): 'v'}[HS([1])] if False else 'skip')
try:
    frozenset(5)
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset([[1]])
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset([1], [2])
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset(iterable=[1])
except TypeError as e:
    print('TypeError:', e)
print(repr(frozenset()), repr(set()), repr(frozenset({1})), repr(FS()), repr(S()), repr(FS([5])), repr(S([5])))
a = set()
a.add(a.__class__.__name__)
print(a)
r = set([1])
r.add(frozenset(r))
print(len(r))
print(set('aab') == set('ba'), set() == frozenset(), set() is not frozenset(), {1, 2} > {1}, frozenset({1}) >= {1})
