# dict() and dict.update argument forms: mappings via keys(), pair sequences, kwargs, and the exact sequence errors
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(dict, [('a', 1), 'bc', ['d', 4], b'ef'])
t(dict, [('a', 1, 2)])
t(dict, [('a',)])
t(dict, [1])
t(dict, [(1, 2), None])
t(dict, 5)
t(dict, 'ab')
t(dict, {1: 2}, {3: 4})
t(dict, [(1, 2)], x=3, y=4)
t(dict, {'x': 1}, x=2)
t(dict, iter([(1, 2), (1, 3)]))
class KeysOnly:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
class BadKeys:
    def keys(self): return 5
class Miss:
    def keys(self): return ['zz']
    def __getitem__(self, k): raise KeyError(k)
t(dict, KeysOnly())
t(dict, BadKeys())
t(dict, Miss())
d = {}
t(d.update, {1: 1}, {2: 2})
t(d.update, [(1, 'one')], two=2)
t(d.update, KeysOnly())
t(d.update, [[1, 2, 3]])
t(d.update, None)
print(d)
t(dict.fromkeys, 'ab')
t(dict.fromkeys, 'ab', [])
t(dict.fromkeys, 5)
t(dict.fromkeys)
class DD(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 'init'
r = DD.fromkeys([1, 2], 'v'); print(type(r).__name__, r, getattr(r, 'extra', None))
t(d.get); t(d.get, 1, 2, 3); t(d.setdefault); t(d.setdefault, [1]); t(d.pop); t(d.pop, 'missing'); t(d.pop, 'missing', 'dflt'); t(d.__getitem__, [])
t(d.setdefault, 'new'); print(d)
t(dict, a=1, **{'b': 2}); t(lambda: dict(**{1: 2})); t(lambda: {**[1]}); t(lambda: {**{'a': 1}, 'a': 2})
