# __getattribute__/__getattr__/__setattr__/__delattr__ interplay, AttributeError fallbacks, object.__setattr__ restrictions
log = []
class A:
    def __getattribute__(self, n):
        log.append(('ga', n))
        if n == 'boom':
            raise AttributeError('boom missing')
        if n == 'kaboom':
            raise KeyError('not attr')
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        log.append(('fallback', n))
        return 'fb-' + n
    def __setattr__(self, n, v):
        log.append(('set', n))
        object.__setattr__(self, n, v * 2 if isinstance(v, int) else v)
    def __delattr__(self, n):
        log.append(('del', n))
        if n == 'protected':
            raise AttributeError('cannot delete ' + n)
        object.__delattr__(self, n)
a = A()
a.x = 5
print(a.x, a.boom, a.missing, log)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: a.kaboom); t(lambda: delattr(a, 'protected')); t(lambda: delattr(a, 'nothere')); t(lambda: delattr(a, 'x') or a.x)
t(lambda: getattr(a, 'y', 'dflt')); t(lambda: hasattr(a, 'boom'))
class P:
    @property
    def prop(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'getattr saw ' + n
print(P().prop)
t(lambda: object.__setattr__(1, 'x', 2)); t(lambda: object.__setattr__(int, 'x', 2)); t(lambda: object.__delattr__(object(), 'x'))
t(lambda: object.__getattribute__(1, 'nope')); t(lambda: object.__getattribute__(1, 5)); t(lambda: setattr(object(), 'x', 1))
t(lambda: type.__setattr__(int, 'x', 1)); t(lambda: type.__setattr__(A, 'k', 1) or A.k); t(lambda: object.__setattr__(A, 'k', 1))
class Slotty:
    __slots__ = ()
    def __setattr__(self, n, v): log.append(('slotty', n))
s = Slotty(); s.q = 1; print(log[-1])
t(lambda: object.__setattr__(s, 'q', 1))
class GAOnly:
    def __getattr__(self, n):
        if n.startswith('__'):
            raise AttributeError(n)
        return len(n)
g = GAOnly()
print(g.abc, getattr(g, 'hello'), hasattr(g, '__len__'), str(g)[:8])
t(lambda: len(g))
class Recur:
    def __getattr__(self, n): return self.other
t(lambda: type(Recur().x))
