# dict equality, insertion order after deletes/reinserts, repr of nested views
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {}
for k in 'abcde':
    d[k] = ord(k)
del d['b']
d['b'] = 0
del d['a']
d['f'] = 1
t(lambda: list(d))
d['c'] = 'updated'
t(lambda: list(d.items())[:2])
t(lambda: {1: 2, 3: 4} == {3: 4, 1: 2})
t(lambda: {1: 2} == {1: 2.0})
t(lambda: {1: [1]} == {1: [1]})
t(lambda: {} == [])
t(lambda: {} != {})
t(lambda: {'a': float('nan')} == {'a': float('nan')})
n = float('nan')
t(lambda: {'a': n} == {'a': n})
t(lambda: {1: 1} <= {1: 1})
t(lambda: dict(zip('ab', range(2))))
t(lambda: dict([['x', 1], 'yz']))
t(lambda: dict({'a': 1}, a=2))
t(lambda: dict(a=1) | dict(a=2))
t(lambda: len({i: i for i in range(1000)}))
big = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
t(lambda: list(big)[:5])
t(lambda: repr({'k': {1: 2}.keys()}))
