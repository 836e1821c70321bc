import operator
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class LH:
    def __init__(self, n): self.n = n
    def __length_hint__(self): return self.n
class L:
    def __len__(self): return 7
    def __length_hint__(self): return 100
print(operator.length_hint([1, 2]), operator.length_hint(LH(5)), operator.length_hint(L()), operator.length_hint(object()), operator.length_hint(object(), 9))
t(operator.length_hint, LH(-1))
t(operator.length_hint, LH('x'))
t(operator.length_hint, LH(NotImplemented), 4)
t(operator.length_hint, [], 'x')
class BadLen:
    def __len__(self): return -1
t(len, BadLen())
t(operator.length_hint, BadLen())
class BigLen:
    def __len__(self): return 2**70
t(len, BigLen())
class FloatLen:
    def __len__(self): return 1.0
t(len, FloatLen())
class IdxLen:
    class I:
        def __index__(self): return 3
    def __len__(self): return self.I()
t(len, IdxLen())
class BoolLen:
    def __len__(self): return True
t(len, BoolLen())
t(bool, BadLen())
t(bool, BigLen())
t(len, 5)
t(len, iter([]))
t(len)
t(len, [], [])
it = iter([1, 2, 3])
print(it.__length_hint__(), operator.length_hint(it))
next(it)
print(operator.length_hint(it), operator.length_hint(reversed([1, 2])), operator.length_hint(iter({1: 2})), operator.length_hint(iter(range(10))))
print(list(LH(3)) if False else 'ok', len([0] * 5), len('é'), len(b'\xff'), len(range(0, 10, 3)), len({}), len(frozenset('aab')))
