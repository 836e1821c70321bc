# list.sort: key/reverse stability, failures in key or comparison leave a permutation, mutation during sort
recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted([3, 1, 2], reverse=1), sorted('bca', key=None), sorted([1.5, 1, True, 0.5, 2**64, -1]))
L = [5, 3, 'x', 1]
try:
    L.sort()
except TypeError as e:
    print('TypeError:', e, sorted(L, key=str) == sorted(['5', '3', 'x', '1'], key=str), len(L))
def key(v):
    if v == 3:
        raise ValueError('bad key')
    return v
M = [5, 3, 4, 1]
try:
    M.sort(key=key)
except ValueError as e:
    print('ValueError:', e, M)
N = [3, 1, 2]
def evil(v):
    N.append(v)
    return v
try:
    N.sort(key=evil)
except ValueError as e:
    print('ValueError:', e)
print(N)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.clear()
        return self.v < o.v
K = [C(2), C(1), C(3)]
try:
    K.sort()
except ValueError as e:
    print('ValueError:', e)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: [1, 2].sort(lambda a: a))
t(lambda: [1, 2].sort(key=1))
t(lambda: [1, 2].sort(cmp=None))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted(5))
t(lambda: sorted([None, None]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([[1, 'a'], [1, 2]]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
print(sorted(range(20), key=lambda v: v % 3), sorted(range(6), key=lambda v: -v, reverse=True))
