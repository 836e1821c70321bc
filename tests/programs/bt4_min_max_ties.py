# min/max: ties keep the first, key and default rules, mixed types, single iterable vs many args, and errors
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(max(data, key=lambda x: x[0]), min(data, key=lambda x: x[0]), max(3, 1, 3.0, key=int), min(1.0, 1, True), max([1.0, 1, True]))
print(max('apple', 'fig', 'kiwi', key=len), min(['bb', 'a', 'cc'], key=len), max([], default='empty'), min((), key=len, default=None))
print(max({3: 'x', 9: 'y'}), min('hello'), max(range(5), key=lambda v: -v), max([[1, 2], [1, 3]]), min([float('nan'), 1]), min([1, float('nan')]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: max()); t(lambda: max([])); t(lambda: min([], key=len)); t(lambda: max(1)); t(lambda: max(1, 2, default=3)); t(lambda: max([1, 'a']))
t(lambda: min([1, 2], key=1)); t(lambda: max([1], bogus=1)); t(lambda: min(x=1)); t(lambda: max(iter([]), default=7)); t(lambda: max([1, 2], key=None))
t(lambda: max([1], [2])); t(lambda: min('a', 'b', key=str.upper)); t(lambda: max(None, 1)); t(lambda: min([[], []]) is not None)
calls = []
def k(v):
    calls.append(v)
    return -v
print(max([3, 1, 2], key=k), calls)
