# set and frozenset: operators vs methods, in-place forms, errors, results' types
def t(f):
    try:
        r = f()
        print(sorted(r) if isinstance(r, (set, frozenset)) else r, type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
a, b = {1, 2, 3}, {3, 4}
fa = frozenset(a)
t(lambda: a | b)
t(lambda: fa | b)
t(lambda: b | fa)
t(lambda: fa & {2})
t(lambda: fa - b)
t(lambda: fa ^ b)
t(lambda: a | [4])
t(lambda: a.union([4], (5,), 'x'))
t(lambda: fa.union())
t(lambda: a.intersection([2, 3], {3}))
t(lambda: a.difference([1], [2]))
t(lambda: a.symmetric_difference([3, 9]))
t(lambda: a.symmetric_difference([3], [9]))
t(lambda: a.issubset([1, 2, 3, 4]))
t(lambda: a.issuperset([1]))
t(lambda: a.isdisjoint(iter([5])))
t(lambda: a < [1])
t(lambda: a <= fa)
t(lambda: a == fa)
t(lambda: a.union(5))
t(lambda: a.update(5))
s = {1}
alias = s
s |= {2}
s &= {1, 2, 3}
s -= {3}
s ^= {5}
print(sorted(s), alias is s)
for op in ('__ior__', '__iand__', '__isub__', '__ixor__'):
    try:
        getattr(s, op)([1])
        print(op, 'ok?')
    except TypeError as e:
        print(op, 'TypeError:', e)
    print(op, getattr(s, op)(frozenset([1])) is s)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), g is f, sorted(g))
x = {1, 2}
x.update([3], (4,))
x.intersection_update([1, 2, 3], [2, 3])
x.difference_update([3], [])
x.symmetric_difference_update([7])
print(sorted(x))
t(lambda: x.symmetric_difference_update([1], [2]))
t(lambda: x.remove(99))
t(lambda: x.remove([]))
t(lambda: x.discard([]))
t(lambda: [] in x)
t(lambda: set().pop())
t(lambda: frozenset().pop())
t(lambda: x.add({1}))
t(lambda: x.add(frozenset({1})) or x)
t(lambda: {frozenset({1})} == {frozenset([1])})
t(lambda: {1} in {frozenset({1})})
t(lambda: set([1]) in {frozenset([1])})
