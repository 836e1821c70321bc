def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, a < a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.union(b, [9]), a.intersection(b, (4,)), a.difference(b, [1]), a.symmetric_difference([1, 9]), a.issubset(range(10)), a.issuperset([1]), a.isdisjoint([7]))
t(lambda: a | [1])
t(lambda: a < [1])
t(a.union, 5)
t(a.symmetric_difference, [1], [2])
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(c)
c.update([5], (6,))
c.intersection_update([5, 6, 10, 99], range(100))
c.difference_update([99])
c.symmetric_difference_update([5, 7])
print(c)
c.add(1)
c.discard(100)
c.remove(1)
t(c.remove, 100)
print(c.pop() in {6, 7, 10}, len(c))
t(set().pop)
c.clear()
print(c, set(), frozenset(), repr(frozenset({1})), set('aab') == {'a', 'b'}, set([1, 1.0, True]))
t(set, 5)
t(set, [[1]])
t(set, [1], [2])
t(set, iterable=[1])
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs & {2}, hash(fs) == hash(frozenset([2, 1])), {fs: 'ok'}[frozenset([1, 2])])
t(lambda: fs.add(3))
t(hash, {1})
print(frozenset(fs) is fs, fs.copy() is fs, set(fs) is fs, {1, 2} == frozenset({1, 2}), {frozenset(): 1})
class S(set):
    pass
s = S([1, 2])
print(type(s | {3}).__name__, type(s.copy()).__name__, s == {1, 2}, type(frozenset(s)).__name__)
class FS(frozenset):
    pass
f2 = FS([1])
print(type(f2).__name__, type(f2 | {2}).__name__, type(f2.copy()).__name__, f2.copy() is f2)
print({x % 3 for x in range(10)}, set(range(5)) - set(range(2, 8)), sorted({-1, -2, 3}))
print(1 in {1.0}, 'a' in frozenset('abc'), [] in {1} if False else None)
t(lambda: [] in {1})
print(set.__len__({1}), set.__contains__({1}, 1), {1, 2}.__sub__({1}), {1}.__or__([2]), {1}.__and__(5))
