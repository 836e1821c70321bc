def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(sorted(k & {2, 3, 4}), sorted(k | [5]), sorted(k - {1}), sorted(k ^ {3, 9}), k == {1, 2, 3}, k <= {1, 2, 3, 4}, k < {1, 2, 3}, k > {1}, k.isdisjoint([7]))
print(sorted(it & {(1, 'a'), (2, 'x')}), sorted(it - {(1, 'a')}), (1, 'a') in it, (1, 'b') in it, 1 in it, [1, 'a'] in it)
print(type(k & {1}).__name__, type(k | {1}).__name__, {1, 2} & k, [2] & k if False else sorted([2] | k))
t(lambda: it | [[1]])
t(lambda: k & 5)
t(lambda: v & v)
t(lambda: v == v)
print(v == d.values(), k == d.keys(), it == d.items(), k == [1, 2, 3], k != {1})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), len(k), len(v), len(it))
print(k.mapping, type(k.mapping).__name__, k.mapping[1])
d[4] = 'd'
print(k, list(v), len(it))
try:
    for x in k:
        d[x + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 'a'}
try:
    for x in d.values():
        del d[1]
except RuntimeError as e:
    print('RuntimeError', e)
d = {'a': 1, 'b': 2}
try:
    for x in d:
        d['a'] = 5
    print('ok value change', d)
except RuntimeError as e:
    print('RuntimeError', e)
print(hash in dir(k) if False else 'views unhashable:')
t(hash, d.keys())
t(hash, d.items())
it = iter(d.items())
print(next(it), it.__length_hint__(), type(it).__name__, type(iter(d)).__name__, type(iter(d.values())).__name__)
print({}.keys() == set(), {}.items() == set(), dict.fromkeys('ab').keys() | {'c'} == {'a', 'b', 'c'})
print(repr({1: {2: 3}}.items()), repr({}.values()), str({'x': 1}.keys()))
