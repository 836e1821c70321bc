def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class ByIter:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
print(2 in ByIter(), 5 in ByIter(), 5 not in ByIter())
class ByGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        print('getitem', i)
        return i * 2
print(2 in ByGetitem(), 5 in ByGetitem())
class ByContains:
    def __contains__(self, x): return x == 'yes'
    def __iter__(self): raise AssertionError
print('yes' in ByContains(), 'no' in ByContains())
class Truthy:
    def __contains__(self, x): return [1]
print(1 in Truthy(), 1 not in Truthy())
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
t(lambda: 1 in NoneContains())
t(lambda: 1 in 5)
t(lambda: 1 in None)
t(lambda: 'a' in [1, 'a'])
t(lambda: 1 in 'abc')
t(lambda: b'a' in 'abc')
t(lambda: 97 in b'abc')
t(lambda: 300 in b'abc')
t(lambda: 'a' in b'abc')
t(lambda: [] in {})
class Eq:
    def __eq__(self, o):
        print('Eq compared to', o)
        return o == 2
print(Eq() in [1, 2, 3], Eq() in (5,))
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,), nan in {nan}, float('nan') in [nan])
class Raise:
    def __eq__(self, o): raise ValueError('eq fails')
t(lambda: Raise() in [1])
t(lambda: 1 in [Raise()])
print(1 in [Raise()] if False else 'skip', Raise() in [] )
class ItErr:
    def __iter__(self): return self
    def __next__(self): raise KeyError('nxt')
t(lambda: 1 in ItErr())
import operator
print(operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
t(operator.indexOf, [1], 5)
