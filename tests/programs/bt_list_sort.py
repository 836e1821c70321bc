def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, reverse=True))
l = [5, 3, 1, 4, 1, 5, 9, 2, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.sort(key=lambda x: -x)
print(l)
l.sort(key=None, reverse=False)
print(l)
t(l.sort, lambda x: x)
t(sorted, [1, 'a'])
t(sorted, [1, 2], key=5)
t(sorted)
t(sorted, [1], [2])
t(sorted, [3, 1], reverse='yes')
t(sorted, [3, 1], cmp=None)
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted({2, 1, 3}), sorted([]), sorted((x for x in [2, 1])))
print(sorted([1.5, 1, True, 0.5, -1]), sorted(['B', 'a', 'C'], key=str.lower), sorted([[2], [1, 2], [1]]))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%d)' % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(1)], key=lambda x: x.v))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1)]))
l2 = [3, 2, 1]
def bad_key(x):
    l2.append(x)
    return x
try:
    l2.sort(key=bad_key)
except ValueError as e:
    print('ValueError:', e)
print(l2)
l3 = [3, 1, 2]
def raising(x):
    if x == 2:
        raise KeyError('k')
    return x
try:
    l3.sort(key=raising)
except KeyError as e:
    print('KeyError', e)
print(l3)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
import random
r = random.Random(42)
big = [r.randint(0, 50) for _ in range(2000)]
s1 = sorted(big)
print(s1[:10], s1[-5:], all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)))
pairs = [(r.randint(0, 5), i) for i in range(200)]
sp = sorted(pairs, key=lambda p: p[0])
print(all(sp[i][1] < sp[i + 1][1] for i in range(len(sp) - 1) if sp[i][0] == sp[i + 1][0]))
print(sorted([float('nan'), 1, 0])[1:] is not None, sorted([-0.0, 0.0, -0.0]))
