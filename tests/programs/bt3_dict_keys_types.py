# dict keys of mixed hashable types; lookups with equal-but-different types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {1: 'int', 'a': 'str', (1, 2): 'tuple', frozenset({1}): 'fs', None: 'none', b'a': 'bytes', 2.5: 'float'}
t(lambda: d[1.0])
t(lambda: d[True])
t(lambda: d[(1.0, 2)])
t(lambda: d[frozenset([1.0])])
t(lambda: d[None])
t(lambda: d.get(b'a'))
t(lambda: d.get(bytearray(b'a')))
t(lambda: d.get('b'))
t(lambda: 2.5 in d)
t(lambda: 5 / 2 in d)
t(lambda: len(d))
d[1.0] = 'float-one'
t(lambda: (list(d)[0], d[1]))
t(lambda: {0: 'a', -0.0: 'b', False: 'c'})
t(lambda: {'a': 1}.get([]))
