# enumerate and reversed objects: start values, __reversed__ protocol, length hints, sequences without __reversed__, and errors
import operator
print(list(enumerate('abc', 10)), list(enumerate([], 5)), list(enumerate('ab', start=-3)), next(enumerate('z', True)))
e = enumerate(iter('abcd'))
next(e)
print(list(e), list(e))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
class Rev:
    def __reversed__(self): return iter(['custom'])
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: list(reversed(Seq()))); t(lambda: list(reversed(Rev()))); t(lambda: reversed(RevNone())); t(lambda: reversed({1, 2})); t(lambda: reversed(iter([1])))
t(lambda: list(reversed(range(3)))); t(lambda: list(reversed('ab'))); t(lambda: list(reversed((1, 2)))); t(lambda: list(reversed(b'xy'))); t(lambda: type(reversed([])).__name__)
r = reversed([1, 2, 3])
print(operator.length_hint(r), next(r), operator.length_hint(r), list(r), operator.length_hint(r))
rs = reversed(Seq())
print(type(rs).__name__, next(rs), list(rs))
t(lambda: enumerate(5)); t(lambda: enumerate([], 1.5)); t(lambda: enumerate()); t(lambda: enumerate([], 1, 2)); t(lambda: reversed())
t(lambda: enumerate(iterable=[1], start=2).__next__())
class NoLen:
    def __getitem__(self, i): return i
t(lambda: reversed(NoLen()))
L = [1, 2, 3]
it = reversed(L)
L.append(4)
print(list(it))
L2 = [1, 2, 3]
it2 = reversed(L2)
next(it2); L2.clear()
print(list(it2))
