# identity facts Python guarantees (no addresses printed)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: None is None)
t(lambda: type(None)() is None)
t(lambda: type(...)() is ...)
t(lambda: type(NotImplemented)() is NotImplemented)
t(lambda: bool(1) is True)
t(lambda: frozenset() is frozenset())
t(lambda: ''.join([]) == '')
x = [1, 2]
t(lambda: x is x[:])
t(lambda: list(x) is x)
t(lambda: tuple(tuple(x)) == tuple(x))
tp = (1, 2)
t(lambda: tuple(tp) is tp)
t(lambda: tp[:] is tp)
t(lambda: str('abc') == 'abc')
s = 'hello'
t(lambda: str(s) is s)
t(lambda: id(s) == id(s))
o = object()
t(lambda: id(o) == id(o))
t(lambda: hash(o) == hash(o))
b = b'xyz'
fs = frozenset({1})
t(lambda: frozenset(fs) is fs)
t(lambda: type(None).__name__)
t(lambda: type(...).__name__)
t(lambda: type(NotImplemented).__name__)
