# tuple comparison is lexicographic with identity shortcut; hashes of nested tuples
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
n = float('nan')
t(lambda: (n,) == (n,))
t(lambda: (n, 1) < (n, 2))
t(lambda: (1, 2) < (1, 2.5))
t(lambda: (1, 'a') < (2, 1))
t(lambda: (1, 'a') < (1, 2))
t(lambda: () < (0,))
t(lambda: (0,) <= (0,))
t(lambda: (3,) > (2, 99))
t(lambda: hash((1, (2, 3))) == hash((1, (2, 3))))
t(lambda: hash((1, 2)) == hash((1.0, 2.0)))
t(lambda: hash(((),)) == hash(((),)))
t(lambda: (1, 2) == [1, 2])
t(lambda: tuple([1, 2]) == (1, 2))
t(lambda: max((1, 'b'), (1, 'a')))
t(lambda: sorted([(2, 1), (1, 2), (1, 1)]))
