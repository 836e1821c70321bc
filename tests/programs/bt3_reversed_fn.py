# reversed(): sequences, __reversed__, errors and length hints
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed((1, 2))))
t(lambda: list(reversed('abc')))
t(lambda: list(reversed(range(5, 0, -2))))
t(lambda: list(reversed(b'ab')))
t(lambda: list(reversed({'a': 1, 'b': 2})))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(iter([1])))
t(lambda: reversed())
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
t(lambda: list(reversed(Seq())))
class R:
    def __reversed__(self): return iter('custom')
t(lambda: list(reversed(R())))
class RNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(RNone()))
class OnlyLen:
    def __len__(self): return 2
t(lambda: reversed(OnlyLen()))
r = reversed([1, 2, 3])
t(lambda: r.__length_hint__())
next(r)
t(lambda: r.__length_hint__())
t(lambda: type(reversed([])).__name__)
t(lambda: type(reversed(Seq())).__name__)
