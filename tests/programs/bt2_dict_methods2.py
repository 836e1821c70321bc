def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(''), dict.fromkeys({1: 2}))
l = dict.fromkeys('xy', [])
l['x'].append(1)
print(l)
t(dict.fromkeys)
t(dict.fromkeys, 5)
t(dict.fromkeys, [[1]])
t(dict.fromkeys, 'a', 1, 2)
class D(dict):
    pass
print(type(D.fromkeys('a')).__name__, D.fromkeys('a'))
d = {}
print(d.setdefault('a', 1), d.setdefault('a', 2), d.setdefault('b'), d)
t(d.setdefault)
t(d.setdefault, [1])
d = {'x': 1, 'y': 2, 'z': 3}
print(d.popitem(), d.popitem(), d)
d['w'] = 9
print(d.popitem(), d.popitem(), d)
t(d.popitem)
t({}.pop, 'k')
print({}.pop('k', None), {1: 2}.pop(1), {1: 2}.pop(1, 'dflt'))
t({}.pop)
t({}.pop, 1, 2, 3)
t({}.get)
t({}.get, [1])
print({}.get(1, 2), {(1, 2): 'tuple'}.get((1, 2)))
d = {'a': 1}
d.update({'b': 2}, c=3)
d.update([('d', 4)], e=5)
d.update(f=6)
d.update()
print(d)
t(d.update, 5)
t(d.update, [1, 2])
t(d.update, [(1, 2, 3)])
t(d.update, [[1, 2]])
t(d.update, {}, {})
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
d.update(M())
print(d)
print(dict(M()), dict([('a', 1)], b=2), dict(a=1), dict({1: 2}, **{'x': 3}), dict(zip('ab', range(2))))
t(dict, [('a',)])
t(dict, 1, 2)
t(dict, 3)
e = d.copy()
e['new'] = 1
print(len(d), len(e), 'new' in d)
d.clear()
print(d, len(d), bool(d))
d = {1: 1}
d |= {2: 2}
print(d, d | {1: 'one'}, {0: 0} | d)
t(lambda: d | 5)
t(lambda: {} < {})
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2})
print(1 in {1: 2}, 2 in {1: 2}, list({True: 'a', 1: 'b', 1.0: 'c'}.items()))
d = {}
d[1.0] = 'f'
d[1] = 'i'
print(d)
d = {'a': 1}
del d['a']
t(d.__delitem__, 'a')
t(lambda: d[[1]])
t(lambda: d[{}])
class Miss(dict):
    def __missing__(self, k):
        return k * 2
m = Miss(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
