def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min('hello'), max('a', 'b', key=ord))
print(max([(1, 'b'), (1, 'a')]), max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
print(max([3, 3], key=lambda x: 0), max(['a', 'bb', 'cc'], key=len), min(['bb', 'a', 'cc'], key=len))
print(max(range(10**6)), min(iter([5, 2, 8])), max({3: 'a', 9: 'b'}), max({1, 2}), max(x * x for x in range(-5, 3)))
print(max([], default=None), min([], default='empty'), max([1], default=5), max((), key=len, default=0))
t(max, [1, 'a'])
t(max, 1, 'a')
t(min, [float('nan'), 1])
t(min, [1, float('nan')])
t(max, [float('nan'), 1, 2])
t(max, [[], [1]])
t(max, [1, 2], [3])
t(max, 5)
t(min, None)
t(max, [1, 2], key=5)
t(max, [1, 2], key=lambda: 0)
t(min, [], key=len)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'C%d' % self.v
print(max(C(1), C(3), C(2)), min([C(5), C(4)]))
class Bad:
    def __lt__(self, o):
        raise ValueError('cmp')
    __gt__ = __lt__
t(max, Bad(), Bad())
def g():
    yield 1
    raise KeyError('in gen')
t(max, g())
