def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)), list(vals))
n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(type(it).__name__, list(it), next(it, 'exhausted'))
t(iter, 5)
t(iter, 5, 1)
t(iter, [1], 1)
t(iter)
t(iter, 1, 2, 3)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
def raiser2():
    raise IndexError('ie')
t(lambda: list(iter(raiser2, None)))
class Eq:
    def __eq__(self, o): return o == 2
c = iter([1, 2, 3]).__next__
print(list(iter(c, Eq())))
t(next, 5)
t(next, [1])
t(next, iter([]))
print(next(iter([]), None), next(iter([5]), None), next(iter(''), 'd'))
t(next)
t(next, iter([]), 1, 2)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq(), 5 in Seq(), type(iter(Seq())).__name__)
class SeqStop:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(SeqStop()))
class SeqErr:
    def __getitem__(self, i):
        raise KeyError(i)
t(list, SeqErr())
class NotIter:
    __iter__ = None
t(iter, NotIter())
class BadIter:
    def __iter__(self): return 5
t(iter, BadIter())
class NoNext:
    def __iter__(self): return self
t(iter, NoNext())
it = iter([1, 2])
print(list(it), list(it))
it = iter('ab')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
