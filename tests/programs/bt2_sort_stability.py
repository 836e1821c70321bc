def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(sorted(data, key=lambda p: p[1]), key=lambda p: p[0]))
l = [3, 1, 2]
l.sort(reverse=True)
print(l)
l.sort(key=None, reverse=False)
print(l)
t(l.sort, lambda x: x)
t(l.sort, key=1)
t(l.sort, reverse='yes')
t(l.sort, cmp=None)
t(sorted)
t(sorted, [1], [2])
t(sorted, [1, 'a'])
t(sorted, [None, None])
t(sorted, [None])
t(sorted, [1, 2, 3], key=lambda x: 1 / (x - 2))
t(sorted, [3j, 1j])
print(sorted([1, 2.5, True, -1, 0.5]), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted([[2, 1], [1, 5], [1]]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([-0.0, 0, 0.0, -1]), sorted(range(5), key=lambda x: -x))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min([K(3), K(5)]))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([G(3), G(1), G(2)]))
l = [5, 4, 3, 2, 1]
def bad(x):
    l.append(0)
    return x
try:
    l.sort(key=bad)
except ValueError as e:
    print('ValueError', e)
print(l)
l = list(range(10))
def peek(x):
    peek.seen = len(l)
    return x
l.sort(key=peek)
print(peek.seen, l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: {}[x])
except KeyError as e:
    print('KeyError', e, l)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))))
t(reversed, {1, 2})
t(reversed, 5)
t(reversed, [1], [2])
