def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), list(d.values()), list(d.items()), len(d))
del d['b']
d['b'] = 5
print(d, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d | {'z': 0, 'a': 99}, {'z': 0} | d)
e = dict(d)
e |= {'q': 1}
e |= [('r', 2)]
print(e)
t(lambda: d | [('x', 1)])
t(lambda: e.__ior__(5))
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'), d.setdefault('a', 0), d.setdefault('new'), d)
print(d.pop('new'), d.pop('nope', 'dflt'))
t(d.pop, 'nope')
t(d.pop)
t(lambda: d['missing'])
t(lambda: d[[1]])
t(lambda: {[1]: 2})
t(d.get)
print(d.popitem(), d.popitem(), d)
t({}.popitem)
f = dict.fromkeys('abc', 0)
print(f, dict.fromkeys([1, 2]), dict.fromkeys(''))
print(dict(a=1, b=2), dict([('a', 1)], b=2), dict({'a': 1}, a=2), dict(zip('ab', [1, 2])))
t(dict, [1, 2])
t(dict, [('a', 1, 2)])
t(dict, 5)
t(dict, {}, {})
class KV:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
print(dict(KV()), {**KV()})
g = {'a': 1}
g.update({'b': 2}, c=3)
g.update([('d', 4)])
g.update(KV())
g.update()
print(g)
t(g.update, 5)
t(g.update, [1])
t(g.update, {}, {})
print({1: 'a'} == {1.0: 'a'}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} != {'a': 1})
t(lambda: {} < {})
print(d.keys() & {'a', 'q'}, sorted(d.keys() | {'q'}), sorted(d.keys() - {'a'}), d.keys() ^ {'a', 'q'}, d.items() & {('a', 2)})
print(d.keys() == {'a', 'c'}, d.keys() <= {'a', 'c', 'z'}, d.keys().isdisjoint({'x'}), 'a' in d.keys(), ('a', 2) in d.items(), 2 in d.values())
print(repr(d.keys()), repr(d.values()), repr(d.items()))
v = d.values()
t(lambda: v == d.values())
t(lambda: v & {1})
print(d.keys().mapping, type(d.keys().mapping).__name__)
h = {}
h[1] = 'int'
h[1.0] = 'float'
h[True] = 'bool'
print(h, {1: 'a', True: 'b'}, {True: 'b', 1: 'a'})
print(dict.__len__({1: 2}), dict.__contains__({1: 2}, 1), dict.__getitem__({1: 2}, 1), {}.__class__)
d2 = {i: i * i for i in range(10)}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2, d2.copy() == d2, d2.copy() is d2)
d2.clear()
print(d2)
