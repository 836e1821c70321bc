def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in (slice(None), slice(2), slice(-2, None), slice(None, None, -1), slice(1, 10, 3), slice(-100, 100), slice(5, 1, -2), slice(None, -1, -1), slice(10**20, None)):
    print(s, s.indices(7), s.indices(0), range(7)[s], list(range(7))[s] == list(range(*s.indices(7))))
t(slice(None, None, 0).indices, 5)
t(slice(1).indices, -1)
t(slice('a').indices, 5)
t(slice(1).indices, 'x')
t(slice(1).indices)
t(slice)
t(slice, 1, 2, 3, 4)
print(slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step, slice(3).start, slice(3).stop, slice('a', [1], None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) <= slice(1))
t(lambda: slice(1, 2, 3) > slice(1, 2))
print(hash(slice(1, 2)) == hash(slice(1, 2)))
t(hash, slice(1, [2]))
t(lambda: slice(1) < slice('a'))
class I:
    def __index__(self): return 3
print(slice(I()).indices(10), 'abcdef'[I():], [1, 2, 3, 4, 5][:I()], slice(True, False).indices(3))
t(lambda: 'abc'[1.0:])
t(lambda: 'abc'['a':])
print('abc'[None:None:None])
s = slice(1, 2)
class X:
    def __getitem__(self, k): return k
print(X()[1:2], X()[1:2, 3], X()[::], X()[:, 1], X()[...], X()[1:2:3, ...])
