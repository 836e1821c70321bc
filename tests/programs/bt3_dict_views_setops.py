# dict views: set operations, comparisons, reversed, mapping attribute, isdisjoint
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k, v, i = d.keys(), d.values(), d.items()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(i & e.items()), sorted(i - e.items()), sorted(i | {('z', 0)}), sorted(k & ['a', 'x']), sorted(['a', 'x'] & k), sorted({'x'} | k))
print(k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], k < {'a', 'b', 'c', 'd'}, k <= k, k > {'a'}, i == {('a', 1), ('b', 2), ('c', 3)}, v == v, v == d.values())
print(k.isdisjoint(['x']), k.isdisjoint('abc'), i.isdisjoint([('a', 1)]), 'a' in k, ('a', 1) in i, ('a', 2) in i, 1 in v, ['a', 1] in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), len(k), len(v), len(i))
print(k.mapping, type(k.mapping).__name__, v.mapping == d, i.mapping['a'])
try:
    k.mapping['z'] = 1
except TypeError as ex:
    print('TypeError:', ex)
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(reversed(i)).__name__)
try:
    hash(k)
except TypeError as ex:
    print('TypeError:', ex)
try:
    v | v
except TypeError as ex:
    print('TypeError:', ex)
try:
    k & 5
except TypeError as ex:
    print('TypeError:', ex)
try:
    ('a', [1]) in i
except TypeError as ex:
    print('TypeError:', ex)
print(('a', [1]) in {'a': [1]}.items())
d['z'] = 26
print(list(k), list(v)[-1], len(i))
r = type(k & k)
print(r.__name__, type(i | i).__name__)
nested = {}
nested['self'] = nested
print(nested, nested.keys(), nested.items(), nested.values())
