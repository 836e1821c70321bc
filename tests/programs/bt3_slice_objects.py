# slice objects: indices, attributes, comparisons, hashing, __index__ use
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for s in [slice(None), slice(2), slice(1, 8, 2), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100), slice(5, 2), slice(2**70, None)]:
    print(s, s.indices(10), s.indices(0), s.indices(3))
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice('a', 2).indices(5))
t(lambda: slice(1.5).indices(5))
t(lambda: slice(1, 2, 3).indices(2**100))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, stop=2))
t(lambda: slice(1, 2) == slice(1, 2))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: slice(1, 2) == (1, 2))
t(lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
t(lambda: hash(slice([], 1)))
t(lambda: {slice(1): 'x'}[slice(1)])
t(lambda: slice(1, 2, 3).start + slice(1, 2, 3).stop + slice(1, 2, 3).step)
t(lambda: slice('a', 'b', 'c'))
t(lambda: slice(1).__reduce__())
def setattr_slice():
    s = slice(1)
    s.start = 5
t(setattr_slice)
class I:
    def __index__(self): return 2
t(lambda: slice(I(), None).indices(5))
t(lambda: [0, 1, 2, 3][slice(I(), None)])
t(lambda: 'abcdef'[slice(None, None, I())])
t(lambda: (1, 2, 3)[slice('a')])
class G:
    def __getitem__(self, k): return k
g = G()
t(lambda: g[1:2])
t(lambda: g[1:2, 3])
t(lambda: g[::])
t(lambda: g[:, ...])
t(lambda: g[1:2:3])
