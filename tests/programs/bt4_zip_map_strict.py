# zip(strict=True) length errors by argument position, map with several iterables, lazy evaluation order, and reprs of iterators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [2, 3], [3], strict=True)))
t(lambda: list(zip([], [], strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip('ab', range(5))))
t(lambda: list(zip([1], strict=1)))
t(lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
t(lambda: list(map(pow, [2, 3], [2, 2], [5, 5])))
t(lambda: list(map(None, [1])))
t(lambda: list(map(len)))
order = []
def src(name, n):
    for i in range(n):
        order.append((name, i))
        yield i
list(zip(src('a', 3), src('b', 1)))
print(order)
order.clear()
try:
    list(zip(src('a', 1), src('b', 2), strict=True))
except ValueError as e:
    print('ValueError:', e, order)
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, 'done'), type(map(str, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(list(enumerate('ab', start=2**70)), list(enumerate('ab', -1)), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
t(lambda: list(filter(lambda x: x > 1, [1, 'a'])))
t(lambda: list(zip(range(3), 'ab', [0.5])))
t(lambda: list(zip(*[[1, 2], [3, 4], [5, 6]])))
