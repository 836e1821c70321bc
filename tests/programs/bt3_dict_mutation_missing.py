# dict mutation during iteration, __missing__ in subclasses, copy semantics
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
d = {1: 1, 2: 2}
def add_during():
    for k in d:
        d[k + 10] = 0
def del_during():
    for k in d:
        del d[k]
def keys_change():
    dd = {1: 1, 2: 2}
    for k in dd.keys():
        dd.pop(k)
        dd[k + 100] = 1
def values_change():
    dd = {1: 1}
    for v in dd.values():
        dd[5] = 5
def items_change():
    dd = {1: 1}
    for v in dd.items():
        dd.clear()
t(add_during)
t(lambda: dict(d))
t(del_during)
t(keys_change)
t(values_change)
t(items_change)
dd = {1: 1, 2: 2}
for k in dd:
    dd[k] = 'replaced'
print(dd)
class M(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
m = M()
print(m['abc'], m, m.get('zz'), 'zz' in m, m.pop('abc'), m)
class N(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + repr(key))
t(lambda: N()['q'])
class O(dict):
    __missing__ = None
t(lambda: O()['q'])
class P(dict):
    def __getitem__(self, k):
        return 'P:' + str(k)
p = P(a=1)
print(p['a'], p.get('a'), dict(p), {**p}, list(p.items()))
class Q(dict):
    def keys(self):
        return ['zz']
    def __getitem__(self, k):
        return 'got ' + k
q = Q(a=1)
print(dict(q), {**q}, dict(**q), {}.__class__({**q}))
t(lambda: {}['missing'])
t(lambda: {}[('a', 1)])
t(lambda: {}[()])
t(lambda: {}[None])
t(lambda: {1: 2}[[1]])
