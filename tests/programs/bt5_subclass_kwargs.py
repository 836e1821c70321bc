# needs: stdlib
# Keyword arguments to subclasses of list/tuple/float/frozenset (accepted
# when the subclass has its own __init__ or __new__), and the list
# iterators' pickled state (an exhausted iterator stays exhausted).
import pickle

for base, arg in ((list, [1, 2]), (tuple, (1, 2)), (float, 2.5), (frozenset, [1, 2])):
    class Plain(base):
        pass

    try:
        Plain(arg, extra=1)
    except TypeError as e:
        print(base.__name__, 'TypeError', e)

    class WithInit(base):
        def __init__(self, value, extra=None):
            if base is list:
                super().__init__(value)
            self.extra = extra

    w = WithInit(arg, extra=3)
    print(base.__name__, type(w).__name__, sorted(w) if base is not float else float(w), w.extra)

    class WithNew(base):
        def __new__(cls, value, extra=None):
            self = super().__new__(cls, value)
            self.extra = extra
            return self

    n = WithNew(arg, extra=4)
    print(base.__name__, type(n).__name__, n.extra, sorted(n) if base in (frozenset, tuple) else '')

try:
    list([1], x=1)
except TypeError as e:
    print('TypeError', e)

orig = [4, 5, 6, 7]
it = iter(orig)
for _ in orig:
    next(it)
print(it.__reduce__()[1:], it.__length_hint__())
clone, target = pickle.loads(pickle.dumps((it, orig)))
target[:] = [10, 11, 12, 13, 14, 15]
print(list(clone))
print(next(it, 'end'), it.__reduce__()[1:])
orig.append(8)
print(next(it, 'still end'), it.__length_hint__())

r = reversed(orig)
for _ in orig:
    next(r)
print(r.__reduce__()[0].__name__, r.__reduce__()[1:], type(pickle.loads(pickle.dumps(r))).__name__)
