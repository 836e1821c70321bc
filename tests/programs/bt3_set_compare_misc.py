# set comparisons, equality with frozenset, copy, pop, repr of nested
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = {1, 2}
t(lambda: (a < {1, 2, 3}, a <= a, a < a, a > {1}, a >= {3}))
t(lambda: a == frozenset(a))
t(lambda: a == [1, 2])
t(lambda: a != {1})
t(lambda: sorted({1, 2} ^ frozenset({2, 3})))
t(lambda: type({1} ^ frozenset({2})).__name__)
t(lambda: type(frozenset({1}) ^ {2}).__name__)
t(lambda: {1, 2}.isdisjoint({3}))
t(lambda: set().isdisjoint([]))
s = {5}
t(lambda: (s.pop(), s))
t(lambda: s.copy() == s)
t(lambda: repr({frozenset({1})}))
t(lambda: set(range(5)) - set(range(3)))
t(lambda: {1, 2, 3} & {2} | {9})
t(lambda: len(set([1, 1.0, True])))
t(lambda: set([0, False, 0.0, -0.0]))
t(lambda: {(1, 2), (1, 2)})
t(lambda: {1} < 5)
t(lambda: set.union({1}, [2], (3,)))
t(lambda: set.intersection({1, 2}, [2, 3], {2}))
t(lambda: set.union())
t(lambda: frozenset.union(frozenset(), {1}).__class__.__name__)
