# dict views: set operations with any iterable, comparisons, isdisjoint, mapping attribute, len/contains on items with unhashables
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 0, 'w': 9}
k = a.keys()
print(sorted(k & b.keys()), sorted(k | ['q']), sorted(k - {'x'}), sorted(k ^ b), sorted(['x', 'n'] & k), sorted({'y'} | k))
print(type(k & b).__name__, type(k | b).__name__, k == {'x', 'y', 'z'}, k < {'x', 'y', 'z', 'v'}, k >= {'x'}, k != ['x', 'y', 'z'])
i = a.items()
print(sorted(i & {('x', 1), ('y', 5)}), sorted(i - {('z', 3)}), ('x', 1) in i, ('x', 2) in i, (['x'], 1) in i, ['x', 1] in i, 5 in i)
print(i == {('x', 1), ('y', 2), ('z', 3)}, i.isdisjoint([('x', 2)]), k.isdisjoint('ab'), k.isdisjoint(['x']))
print(k.mapping, type(k.mapping).__name__, a.values().mapping == a, len(i), len(a.values()))
try:
    k.mapping['new'] = 1
except TypeError as e:
    print('TypeError:', e)
v = a.values()
for f in [lambda: v & v, lambda: v == v, lambda: v == a.values(), lambda: k & 5, lambda: i | [1], lambda: sorted(i | [(1, 2)]), lambda: hash(k), lambda: k[0]]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
a['new'] = 0
print(sorted(k), len(v), list(v)[-1], repr(k)[:10], repr({}.items()), repr({1: [2]}.values()))
import collections.abc as cabc
print(isinstance(k, cabc.KeysView), isinstance(k, cabc.Set), isinstance(v, cabc.Set), isinstance(i, cabc.ItemsView), issubclass(type(v), cabc.ValuesView))
