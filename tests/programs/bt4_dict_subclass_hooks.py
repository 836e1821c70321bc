# dict subclasses: __missing__ only for [] and not get/in, overridden __getitem__/__setitem__ ignored by dict methods, copy/fromkeys types
class Miss(dict):
    def __missing__(self, k):
        return 'missing:' + repr(k)
m = Miss(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, len(m), m.setdefault('q', 2), dict(m))
class Over(dict):
    def __getitem__(self, k): return 'over-' + str(k)
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
o = Over(a=1)
o['b'] = 5
o.update(c=7)
print(o['a'], o.get('a'), dict(o), o.setdefault('d', 3), list(o.values()), {**o})
print(type(o.copy()).__name__, type(Over.fromkeys('ab')).__name__, type(o | {}).__name__, repr(Miss(x=1)), str(Over()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class BadMissing(dict):
    __missing__ = 5
t(lambda: BadMissing()['k'])
class RaiseMissing(dict):
    def __missing__(self, k): raise LookupError('custom ' + k)
t(lambda: RaiseMissing()['k'])
class Iter(dict):
    def __iter__(self): return iter(['fake'])
    def keys(self): return ['fake2']
i = Iter(a=1)
print(list(i), dict(i), list(dict.keys(i)), sorted(i.items()), {**i} if False else '')
class Eq(dict):
    def __eq__(self, o): return True
print(Eq() == {1: 2}, {1: 2} == Eq(), dict() == Eq())
class Hashable(dict):
    def __hash__(self): return 1
print(hash(Hashable()), {Hashable(): 'ok'}[Hashable()] if False else 'skip')
from collections import defaultdict, Counter
d = defaultdict(list)
d['k'].append(1)
print(d, d.get('z'), 'z' in d, d.default_factory, Counter('abca').most_common(1), Counter(a=2) + Counter(a=1, b=1))
t(lambda: defaultdict(5))
t(lambda: defaultdict()['x'])
