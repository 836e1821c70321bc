# filter/map/zip argument errors, strict zip messages and laziness
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(filter(None, [0, 1, '', 'a', None, [], [0]])))
t(lambda: list(filter(str.isdigit, 'a1b2')))
t(lambda: filter(None))
t(lambda: filter(None, 5))
t(lambda: list(map(pow, [2, 3], [5])))
t(lambda: map(len))
t(lambda: map(len, 5))
t(lambda: list(map(None, [1])))
t(lambda: list(zip('ab', 'abc', strict=True)))
t(lambda: list(zip('abc', 'ab', strict=True)))
t(lambda: list(zip('ab', 'ab', 'a', strict=True)))
t(lambda: list(zip('a', 'ab', 'ab', strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip('ab', 'cd', strict=True)))
t(lambda: zip('a', 5))
t(lambda: zip('a', foo=1))
t(lambda: list(zip()))
t(lambda: list(map(lambda *a: a, 'ab', 'xyz')))
t(lambda: list(map(lambda x: x, [1], strict=True)))
def gen():
    yield 1
    raise ValueError('gen died')
t(lambda: list(zip(gen(), 'abc')))
t(lambda: list(zip('', gen())))
