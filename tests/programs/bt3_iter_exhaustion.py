# exhausted iterators stay exhausted; builtin iterator types and their names
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for obj in ([1], (1,), 'a', b'a', bytearray(b'a'), {1: 2}, {1}, frozenset({1}), range(1), {1: 2}.items(), {1: 2}.values(), reversed([1]), enumerate('a'), zip('a'), map(str, 'a'), filter(None, 'a'), iter(lambda: 2, 2)):
    it = iter(obj)
    first = list(it)
    print(type(it).__name__, first, list(it), next(it, 'done'))
def gen():
    yield 1
g = gen()
t(lambda: (list(g), list(g)))
