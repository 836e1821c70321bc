# operator.length_hint and __length_hint__ return value checks
import operator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class H:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
for v in (5, 0, -1, 'x', NotImplemented, 2**70, 1.0):
    t(lambda: operator.length_hint(H(v), 7))
class L:
    def __len__(self): return 3
    def __length_hint__(self): return 100
t(lambda: operator.length_hint(L()))
class Raises:
    def __length_hint__(self): raise TypeError('hint failed')
t(lambda: operator.length_hint(Raises(), 4))
t(lambda: operator.length_hint(5))
t(lambda: operator.length_hint(5, 'x'))
t(lambda: operator.length_hint(iter([1, 2, 3])))
t(lambda: operator.length_hint(iter(range(10))))
t(lambda: operator.length_hint(reversed([1, 2])))
t(lambda: operator.length_hint(iter({1: 2})))
it = iter([1, 2, 3])
next(it)
t(lambda: it.__length_hint__())
t(lambda: list(H(3)) if False else 'skip')
