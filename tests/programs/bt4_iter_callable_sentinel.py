# iter(callable, sentinel), iterator protocol errors, exhausted iterators staying exhausted, and __iter__ returning non-iterators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)), list(vals))
n = [0]
def counter():
    n[0] += 1
    if n[0] > 5:
        raise StopIteration
    return n[0]
print(list(iter(counter, 99)))
it = iter(counter, 99)
print(list(it), list(it))
class Cmp:
    def __eq__(self, o): return o == 3
c = iter([1, 2, 3, 4]).__next__
print(list(iter(c, Cmp())))
t(lambda: iter(5, 0)); t(lambda: iter([], 0)); t(lambda: type(iter(int, 1)).__name__)
class BadIter:
    def __iter__(self): return 5
class NoNext:
    def __iter__(self): return self
class OldStyle:
    def __getitem__(self, i):
        if i < 3: return i * i
        raise IndexError(i)
t(lambda: iter(BadIter())); t(lambda: list(NoNext())); t(lambda: list(OldStyle())); t(lambda: type(iter(OldStyle())).__name__)
t(lambda: next(iter(OldStyle()))); t(lambda: list(zip(OldStyle(), 'abcd')))
class GetitemKeyError:
    def __getitem__(self, i): raise KeyError(i)
t(lambda: list(GetitemKeyError()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
t(lambda: iter(IterNone()))
e = iter([1])
print(next(e), next(e, 'x'), next(e, 'y'))
ge = (x for x in [1])
print(list(ge), list(ge))
def raiser():
    raise ValueError('from callable')
t(lambda: list(iter(raiser, None)))
