# tuple: constructor, index/count arguments, concatenation and repetition errors, comparison, hashing and repr
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
T = (1, 'a', 2.0, 'a', None)
t(T.index, 'a'); t(T.index, 'a', 2); t(T.index, 'a', 2, 3); t(T.index, 'z'); t(T.index, 2, -3); t(T.count, 'a'); t(T.count, 2); t(T.index)
t(lambda: T + [1]); t(lambda: T + 'x'); t(lambda: T * 'a'); t(lambda: T * -1); t(lambda: T[10]); t(lambda: T['a']); t(lambda: T[1:10:2])
t(lambda: T.__setitem__); t(lambda: T.__setitem__(0, 1)) if False else t(lambda: T.x)
t(tuple, 5); t(tuple, 'ab'); t(tuple, iterable='ab'); t(tuple, {1: 2, 3: 4}); t(tuple, 1, 2)
t(hash, (1, [2])); t(lambda: hash((1, 2)) == hash((1, 2)) and hash((1, 2)) != hash((2, 1)))
print(() < (1,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1, 'a') == (1, 'a'), (float('nan'),) == (float('nan'),))
n = float('nan'); print((n,) == (n,), [n] == [n], (n,) < (n,), (1, n) < (2, n))
t(lambda: (1, 'a') < (1, 2)); t(lambda: (1,) < [1]); t(lambda: (1,) == [1])
print((1,), (), ((),), (1, (2, (3,))), tuple([1]) is not None, repr(tuple('ab')))
class S(tuple):
    pass
s = S((1, 2))
print(type(s + (3,)).__name__, type(s[:1]).__name__, type(s * 1).__name__, s == (1, 2), repr(s), S() == ())
a = (1, 2); print(a * 1 is a, a[:] is a, tuple(a) is a, a + () is a)
