# list/tuple comparisons: identity shortcut for elements, nan handling, lexicographic rules, mixed types and errors
nan = float('nan')
a = [nan]; b = [nan]
print(a == a, a == b, [nan] == [float('nan')], (nan,) == (nan,), a < a, [1, nan] < [1, nan], [nan, 1] < [nan, 2])
class Never:
    def __eq__(self, o): return False
n = Never()
print([n] == [n], n in [n], [n].count(n), [n].index(n), (n,) == (n,), {n: 1}.get(n), [n] != [n])
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] < [[]], [[1]] < [[1, 0]], (1, 'b') > (1, 'a'), [1] == [1.0], [1] == (1,), [True] == [1])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: [1] < ['a']); t(lambda: [1, 'a'] < [1, 'a']); t(lambda: [1, 'a'] <= [1, 'a']); t(lambda: [None] < [None]); t(lambda: [1] < (1,))
t(lambda: [] < []); t(lambda: [[]] > [()]); t(lambda: (1, 2) >= (1,)); t(lambda: [{}] == [{}]); t(lambda: [{}] < [{}])
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return self.v == getattr(o, 'v', o)
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        return self.v < getattr(o, 'v', o)
print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print([Loud(1)] == [Loud(1), Loud(2)])
L = [1, 2]
print(L == L[:], L is L[:], L * 0 == [], list(L) == L, L.__eq__((1, 2)), L.__lt__(5), [] == [] is not None)
