# list.sort stability with key and reverse, errors, mutation during sort
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
x = [3, 1, 2]
print(x.sort(), x, x.sort(reverse=True), x, x.sort(key=None), x)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: sorted([1, 'a']))
t(lambda: sorted([1, None, 2]))
t(lambda: sorted([[1], (1,)]))
t(lambda: [3, 2].sort(3))
t(lambda: [3, 2].sort(key=1))
t(lambda: [3, 2].sort(cmp=None))
t(lambda: sorted())
t(lambda: sorted([1], None))
t(lambda: sorted([2, 1], reverse=None))
t(lambda: sorted([2, 1], reverse='yes'))
t(lambda: sorted([2, 1], key=lambda v: 1 / (v - 1)))
lst = [5, 3, 1, 4]
def key(v):
    lst.append(v)
    return v
t(lambda: lst.sort(key=key))
print(lst)
lst2 = [5, 3, 1, 4]
def key2(v):
    lst2.clear()
    return v
t(lambda: lst2.sort(key=key2))
print(lst2)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        seen.append((self.v, o.v))
        return self.v < o.v
seen = []
r = sorted([Cmp(2), Cmp(1), Cmp(3)])
print([c.v for c in r], len(seen) > 0)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print([o.v for o in sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)])])
print(sorted([1.5, 1, True, 0, -0.0, 0.0]), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((x for x in (3, 1))), sorted(b'cab'))
nan = float('nan')
print(sorted([3, nan, 1, 2]))
