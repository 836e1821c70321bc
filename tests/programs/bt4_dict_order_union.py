# dict insertion order through deletes and re-inserts, | and |= with dicts, pairs and subclasses, popitem LIFO, reversed
d = dict.fromkeys('abcde', 0)
del d['b']; d['b'] = 1; d['a'] = 9
print(d, list(d), list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d.popitem(), d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print('KeyError:', ex)
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x, {**x, **y} == x | y)
x |= y; print(x)
x |= [('d', 4), ('a', 0)]; print(x)
x |= {}.items() if False else zip('zy', (26, 25)); print(x)
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
t(lambda: x | [('q', 1)])
t(lambda: [('q', 1)] | x)
t(lambda: x.__ior__(5))
t(lambda: x.__or__(5))
t(lambda: x.__ror__({}))
class D(dict):
    pass
r = D(a=1) | {'b': 2}
print(type(r).__name__, r, type({'b': 2} | D(a=1)).__name__)
from collections import OrderedDict
print(type({'a': 1} | OrderedDict(b=2)).__name__, type(OrderedDict(b=2) | {'a': 1}).__name__)
m = {}
for i in range(20):
    m[i] = i
for i in range(0, 20, 2):
    del m[i]
m[0] = 'new'
print(list(m), len(m), m.popitem(), next(iter(m)), next(reversed(m)))
t(lambda: reversed({}).__next__())
rv = reversed({1: 1, 2: 2}); print(type(rv).__name__, list(rv), list(rv))
print(list(reversed({}.keys())), list(reversed(dict(a=1).items())), type(reversed({}.values())).__name__)
