# enumerate with start values, keyword, big ints and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(enumerate('abc')))
t(lambda: list(enumerate('abc', 10)))
t(lambda: list(enumerate('ab', start=-1)))
t(lambda: list(enumerate('ab', 2**64)))
t(lambda: list(enumerate('ab', True)))
t(lambda: list(enumerate(iterable='ab')))
t(lambda: enumerate('ab', 1.5))
t(lambda: enumerate(5))
t(lambda: enumerate())
t(lambda: enumerate('a', 1, 2))
t(lambda: enumerate('a', foo=1))
class I:
    def __index__(self): return 7
t(lambda: list(enumerate('x', I())))
e = enumerate('xy')
t(lambda: (next(e), next(e)))
t(lambda: next(e))
t(lambda: type(e).__name__)
t(lambda: iter(e) is e)
