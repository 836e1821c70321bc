def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[10:], 9 in r, 10 in r, r.index(9), r.count(9), r.count(10))
print(range(5, 0, -1), list(range(5, 0, -2)), range(0), list(range(3, 3)), range(-5, 5)[::-3], len(range(10, 0)))
big = range(0, 10**30, 7)
print(len(big), big[10**20], big[-1], 10**20 * 7 in big, big.index(7 * 10**25), big[10**10:10**10 + 3], big[::10**29])
huge = range(10**100)
t(len, huge)
print(huge.__len__ if False else huge[-1] == 10**100 - 1, bool(huge), huge == range(0, 10**100))
t(r.index, 10)
t(lambda: r[100])
t(lambda: r['a'])
t(range, 1, 2, 0)
t(range, 1.5)
t(range)
t(range, 1, 2, 3, 4)
t(range, 'a')
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), hash(range(0)) == hash(range(3, 3)))
print(r.start, r.stop, r.step, range(5).step, reversed(range(3)).__next__(), list(reversed(range(1, 10, 4))))
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I())), range(10)[I()], [0, 1, 2, 3, 4, 5][I()])
print(range(3) != [0, 1, 2], 1.0 in range(3), True in range(3), 'a' in range(3))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), s.indices(5), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
t(slice(0, 1, 0).indices, 5)
t(slice(1).indices, -1)
t(slice)
t(slice, 1, 2, 3, 4)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), 'abcdef'[slice(1, None, 2)], hash(slice(1, 2)) == hash(slice(1, 2)))
print([1, 2, 3, 4, 5][slice(I(), None)], 'abc'[::I()], slice('a', 'b').start)
t(lambda: 'abc'[slice('a', None)])
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[1:2:3], g[:], g[::], g[1, 2], g[1:2, 3], g[...], g[:, None])
