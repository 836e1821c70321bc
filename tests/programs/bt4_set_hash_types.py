# set/frozenset hashing and membership with mixed types, frozensets of frozensets, set subclasses, equality across set kinds
fs = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(fs), frozenset([1]) in fs, {1} in fs, sorted(len(x) for x in fs))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset('ab') == set('ba'))
s = {1, 1.0, True, 2, 2.0 + 0j}
print(len(s), 1 in s, 2j in s, sorted(map(str, s)))
class MySet(set):
    pass
m = MySet([3, 1])
print(type(m | {1}).__name__, type(m.copy()).__name__, type(m - {1}).__name__, m == {1, 3}, repr(m), repr(MySet()))
class HashSet(set):
    def __hash__(self): return 42
print(hash(HashSet()), {1} == HashSet([1]), len({frozenset(): 1, frozenset([]): 2}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: {[]}); t(lambda: {1: 2}.keys() in {1}); t(lambda: set([{}])); t(lambda: frozenset([[]])); t(lambda: {set()}); t(lambda: hash(MySet()))
t(lambda: {1, 2} == [1, 2]); t(lambda: {1}.__eq__([1])); t(lambda: frozenset([1]) | [2]); t(lambda: set('ab') <= 'abc')
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), sum(big), 999 in big, 998 in big)
e = set()
e.add(frozenset([1])); e.add(frozenset([1]))
print(len(e), frozenset(e) == frozenset({frozenset({1})}))
print(repr(frozenset()), repr(set()), repr({frozenset([1])}), str(frozenset([2])), set() == frozenset(), set() is not frozenset())
