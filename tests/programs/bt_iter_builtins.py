def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, 'end'))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
ci = iter(Counter(), 4)
print(list(ci), type(iter(Counter(), 1)).__name__)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), type(iter(Seq())).__name__, 20 in Seq(), 25 in Seq())
class SeqStop:
    def __getitem__(self, i):
        if i >= 2:
            raise StopIteration
        return i
print(list(SeqStop()))
class NotIter:
    __iter__ = None
t(iter, NotIter())
class BadIter:
    def __iter__(self):
        return 5
t(iter, BadIter())
class NoNext:
    def __iter__(self):
        return self
t(iter, NoNext())
t(next, NoNext())
e = enumerate(['a', 'b'], 5)
print(next(e), list(e), type(e).__name__)
z = zip('ab', [1, 2], (True, False))
print(list(z), list(zip()), list(zip('abc', range(2))))
m = map(str.upper, 'abc')
print(next(m), list(m), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'cd', 'ef')))
f = filter(lambda x: x % 2, range(7))
print(list(f), list(filter(None, (0, '', None, 1, 'x'))))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
class LenGet:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * i
print(list(reversed(LenGet())))
gen = (x for x in range(3))
print(iter(gen) is gen, list(gen), list(gen))
import operator
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(x for x in []), operator.length_hint(5, 9))
class LH:
    def __length_hint__(self):
        return 7
print(operator.length_hint(LH()))
class LHBad:
    def __length_hint__(self):
        return -1
t(operator.length_hint, LHBad())
class LHNI:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(LHNI(), 3))
it2 = iter([1, 2, 3])
next(it2)
print(it2.__length_hint__(), iter(range(5)).__length_hint__(), reversed([1, 2]).__length_hint__())
print(list(enumerate(zip('ab', 'cd'))), dict(enumerate('xy')), list(zip(*[(1, 'a'), (2, 'b')])))
