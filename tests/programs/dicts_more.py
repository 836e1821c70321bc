# dict methods, views, iteration checks (issue 5)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(type(iter(d)).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(type(d.__reversed__()).__name__, type(k.__reversed__()).__name__, type(v.__reversed__()).__name__, type(it.__reversed__()).__name__)
d['c'] = 3
print(k, v, it)
print('a' in k, 'z' in k, 2 in v, 9 in v, ('a', 1) in it, ('a', 2) in it, 'a' in it, [] in it)
print(list(d.__reversed__()), list(k.__reversed__()), list(v.__reversed__()), list(it.__reversed__()))
del d['b']
print(list(k), list(v), list(it))

# set operations on keys and items views
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), {'a', 'q'} & k, sorted(['a', 'z'] - k))
print(k == {'a', 'b', 'c'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c'}, k > {'a'}, k >= k, k == ['a', 'b', 'c'])
print(d.items() & {('a', 1), ('b', 9)}, sorted(d.items() - {('a', 1)}), d.items() == {('a', 1), ('b', 2), ('c', 3)})
print(k.isdisjoint(['x']), k.isdisjoint('abc'), d.items().isdisjoint([('a', 1)]))
print(d.values() == d.values(), k == d.keys(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
show(lambda: hash(k))
show(lambda: k & 5)
show(lambda: k | 5)
show(lambda: d.values() & {1})
show(lambda: k.isdisjoint())

# iteration while the dict changes
d = {1: 1, 2: 2}
for name, src in [('keys', lambda: d), ('values', lambda: d.values()), ('items', lambda: d.items())]:
    try:
        for x in src():
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print(name, type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for x in d:
        del d[x]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
for x in d:
    d[x] = x * 10  # changing values is allowed
print(d)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d.pop(2)
d['x'] = 0
show(lambda: next(it))

# methods and messages
d = {'x': 1}
print(d.popitem(), d)
show(lambda: d.popitem())
d = dict(a=1, b=2, c=3)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), 'v'), dict.fromkeys([]))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
show(lambda: dict.fromkeys([], 1, 2))
d = {}
print(d.setdefault('a'), d.setdefault('b', []), d.setdefault('a', 5), d)
show(lambda: d.setdefault())
show(lambda: d.setdefault(1, 2, 3))
show(lambda: d.setdefault([], 1))
d.update({'z': 0}, y=1)
d.update([('w', 2)], x=3)
d.update(k=4)
d.update(d.items())
print(d)
show(lambda: d.update(1, 2))
show(lambda: d.update(1))
show(lambda: d.update([1]))
show(lambda: d.update([(1, 2, 3)]))
show(lambda: d.update(['ab', 'cde']))
show(lambda: {}.pop())
show(lambda: {}.pop(1))
print({}.pop(1, 'dflt'), {1: 2}.pop(1), {}.get(1), {}.get(1, 2))
show(lambda: {}.get())
show(lambda: {}[[]])
show(lambda: {}['missing'])
show(lambda: d.keys(1))

# | and |=
a = {'a': 1, 'b': 2}
b = {'b': 3, 'c': 4}
print(a | b, b | a, a, {} | {})
show(lambda: a | [('x', 1)])
show(lambda: [('x', 1)] | a)
c = a
c |= b
print(c)

# equality, recursion, copies
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {1: [1]} == {1: [1]}, {} == {})
show(lambda: {1: 2} < {1: 2})
r = {'self': None}
r['self'] = r
print(r)
cp = r.copy()
print(cp['self'] is r, len(cp))
print(dict({'a': 1}, b=2), dict([('a', 1)]), dict(zip('ab', range(2))), dict(d.items()) == d)
