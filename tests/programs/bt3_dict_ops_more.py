# dict |, |=, popitem LIFO, fromkeys, setdefault, copy, update forms and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
a = {'x': 1, 'y': 2}
print(a | {'y': 3, 'z': 4}, {'z': 0} | a, a)
b = dict(a)
b |= [('q', 9)]
b |= {'x': 0}.items()
print(b)
t(lambda: a | [('q', 1)])
t(lambda: [('q', 1)] | a)
t(lambda: b.__ior__(5))
t(lambda: b.__ior__([1, 2]))
t(lambda: b.__ior__(['ab', 'cde']))
d = {}
for ch in 'abcd':
    d[ch] = ord(ch)
print(d.popitem(), d.popitem(), d)
d['e'] = 5
print(d.popitem(), d)
t(lambda: {}.popitem())
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), dict.fromkeys((), 0), dict.fromkeys({'k': 1}, 'v'))
fk = dict.fromkeys('ab', [])
fk['a'].append(1)
print(fk)
t(lambda: dict.fromkeys(5))
t(lambda: dict.fromkeys([[1]]))
class DD(dict):
    pass
print(type(DD.fromkeys('a')).__name__)
s = {}
print(s.setdefault('k'), s.setdefault('k', 5), s.setdefault('j', []), s)
t(lambda: s.setdefault())
t(lambda: s.setdefault([], 1))
t(lambda: s.get())
t(lambda: s.get('a', 1, 2))
t(lambda: s.pop('nope'))
t(lambda: s.pop('nope', 'dflt'))
t(lambda: s.pop())
u = {}
u.update({'a': 1}, b=2)
u.update([('c', 3)], d=4)
u.update(e=5)
u.update(())
print(u)
t(lambda: u.update(5))
t(lambda: u.update([1]))
t(lambda: u.update(['abc']))
t(lambda: u.update({}, {}))
class K:
    def keys(self): return ['m', 'n']
    def __getitem__(self, k): return k * 2
u.update(K())
print(u, dict(K()), dict(K(), o=1))
t(lambda: dict([('a', 1)], [('b', 2)]))
t(lambda: dict(1))
t(lambda: dict([(1, 2, 3)]))
t(lambda: {[]: 1})
t(lambda: {'a': 1} == {'a': 1.0})
t(lambda: {'a': 1} < {'a': 2})
t(lambda: {1: 'a', 1.0: 'b', True: 'c'})
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
