# sorted(): argument forms, iterables, keyword-only, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: sorted([3, 1, 2]))
t(lambda: sorted('bca'))
t(lambda: sorted({3: 1, 1: 2}))
t(lambda: sorted(x * x for x in (-3, 2, -1)))
t(lambda: sorted([3, 1], reverse=1))
t(lambda: sorted([3, 1], None, True))
t(lambda: sorted([3, 1], key=abs, reverse=False))
t(lambda: sorted(iterable=[1]))
t(lambda: sorted(5))
t(lambda: sorted([b'b', b'a']))
t(lambda: sorted([(2, 'a'), (1, 'b'), (2, 'A')]))
t(lambda: sorted([[], [0], [-1, 5]]))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([{1}, {1, 2}, {0}]))
t(lambda: sorted([1.5, -0.0, 0.0, -1]))
t(lambda: sorted(range(10), key=lambda x: x % 3))
t(lambda: sorted('Hello World', key=str.lower))
