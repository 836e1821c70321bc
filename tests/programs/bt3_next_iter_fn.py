# next() with defaults, iter() errors and sentinel forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
it = iter([1])
t(lambda: next(it))
t(lambda: next(it))
t(lambda: next(it, 'dflt'))
t(lambda: next([1]))
t(lambda: next(5, None))
t(lambda: next())
t(lambda: iter(5))
t(lambda: iter(None))
t(lambda: iter(5, 1))
t(lambda: iter())
t(lambda: iter([], 1))
vals = iter([3, 2, 1, 0, 5])
t(lambda: list(iter(lambda: next(vals), 0)))
t(lambda: list(vals))
class NotIter:
    def __iter__(self): return 5
t(lambda: iter(NotIter()))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
t(lambda: list(iter(GetItemOnly())))
t(lambda: type(iter(GetItemOnly())).__name__)
class IterNone:
    __iter__ = None
t(lambda: iter(IterNone()))
class NextNotCallable:
    def __iter__(self): return self
t(lambda: iter(NextNotCallable()))
t(lambda: type(iter(lambda: 1, 1)).__name__)
