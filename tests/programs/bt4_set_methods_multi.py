# set and frozenset methods with several arguments and arbitrary iterables, in-place variants and their errors
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6,), range(7, 8))), sorted(s.intersection([1, 2, 9], {2, 1})), sorted(s.difference([1], {2})), sorted(s.symmetric_difference([4, 5])))
print(sorted(s.union()), s.intersection() == s, s.intersection() is s, s.issubset(range(10)), s.issuperset([1, 1]), s.isdisjoint(iter([9])))
u = set(s); u.update([10], {11}); u.intersection_update(range(12), [1, 10, 11]); print(sorted(u))
u.difference_update([1], [10]); u.symmetric_difference_update([11, 12]); print(sorted(u))
def t(f, *a):
    try:
        r = f(*a)
        print(repr(sorted(r)) if isinstance(r, (set, frozenset)) else repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(s.union, 5); t(s.union, [[1]]); t(s.issubset, 5); t(s.symmetric_difference, [1], [2]); t(s.symmetric_difference); t(s.remove, 99); t(s.remove, [1])
t(s.discard, [1]); t(s.add); t(s.__contains__, [1]); t(lambda: [1] in s); t(lambda: {1} in {frozenset({1})}); t(lambda: set() in {frozenset()})
t(s.remove, frozenset()); t(lambda: s | [1]); t(lambda: s - [1]); t(lambda: s <= [1]); t(lambda: s < frozenset(range(9)))
t(set().pop); t(lambda: frozenset().pop()); t(lambda: frozenset([1]).add(2)); t(set, 1, 2); t(set, x=1); t(frozenset, 5)
f = frozenset([3, 1])
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__, f.copy() is f, frozenset(f) is f, type(f.union()).__name__)
class FS(frozenset): pass
g = FS([1])
print(type(g | {2}).__name__, type(g.copy()).__name__, g.copy() is g, FS(g) is g, hash(FS([1, 2])) == hash(frozenset([2, 1])))
w = {1, 2}
w |= {3}; w &= {1, 3, 4}; w -= {9}; w ^= {4}; print(sorted(w))
t(lambda: w.__ior__([5])); t(lambda: w.__iand__(5))
print(set([1, 2]) == frozenset([2, 1]), {1} < {1, 2}, {1, 2} > {1}, {1} <= {1}, not ({1} < {2}), {1}.__lt__([1]))
