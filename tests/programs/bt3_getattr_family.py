# getattr/setattr/hasattr/delattr: defaults, non-str names, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    x = 1
    @property
    def boom(self): raise ValueError('prop error')
c = C()
t(lambda: getattr(c, 'x'))
t(lambda: getattr(c, 'y'))
t(lambda: getattr(c, 'y', 'dflt'))
t(lambda: getattr(c, 5))
t(lambda: getattr(c, 5, 'd'))
t(lambda: getattr(c, 'boom', 'd'))
t(lambda: hasattr(c, 'boom'))
t(lambda: hasattr(c, 'y'))
t(lambda: hasattr(c, b'x'))
t(lambda: setattr(c, 'new', 1) or c.new)
t(lambda: setattr(c, 1, 1))
t(lambda: setattr(5, 'x', 1))
t(lambda: setattr(object(), 'x', 1))
t(lambda: delattr(c, 'new') or hasattr(c, 'new'))
t(lambda: delattr(c, 'new'))
t(lambda: delattr(c, 'x'))
t(lambda: delattr(C, 'nope'))
t(lambda: getattr(c))
t(lambda: getattr(c, 'x', 1, 2))
class S(str): pass
t(lambda: getattr(c, S('x')))
setattr(c, 'with space', 5)
t(lambda: getattr(c, 'with space'))
t(lambda: vars(c))
class G:
    def __getattr__(self, n):
        if n == 'lookup':
            raise LookupError('not attribute error')
        raise AttributeError(n)
t(lambda: hasattr(G(), 'lookup'))
t(lambda: getattr(G(), 'other', 'fallback'))
t(lambda: getattr(int, 'real').__class__.__name__)
