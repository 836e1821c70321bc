# slice objects: attributes, indices() clamping for every sign, hashing (3.12), comparison, and __index__ bounds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for s in [slice(None), slice(3), slice(1, 5), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100, 3), slice(2, 2), slice(5, 1)]:
    print(s, s.indices(7), s.indices(0), len(range(*s.indices(7))), list(range(10))[s][:5])
t(lambda: slice(1, 2, 0).indices(5)); t(lambda: slice(1).indices(-1)); t(lambda: slice('a').indices(5)); t(lambda: slice(1.5).indices(5))
t(lambda: slice(1, 2, 3).indices()); t(lambda: slice()); t(lambda: slice(1, 2, 3, 4)); t(lambda: slice(stop=1))
t(lambda: slice(2**100, -2**100, -2**70).indices(10)); t(lambda: slice(None, None, 2**70).indices(3))
print(hash(slice(1, 2)) == hash(slice(1, 2)), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, None) == slice(1))
t(lambda: hash(slice([], 1))); t(lambda: slice(1) < slice('a')); t(lambda: {slice(1): 'ok'}[slice(1)])
s = slice('a', [1], {2})
print(s.start, s.stop, s.step, repr(s))
t(lambda: setattr(s, 'start', 1))
class I:
    def __index__(self): return 2
print(list(range(6))[slice(I(), None)], 'abcdef'[I():I()], slice(I()).indices(10))
class Weird:
    def __getitem__(self, k): return k
w = Weird()
print(w[1:2], w[::], w[:, 1:], w[1:2, ...], w[:3:])
