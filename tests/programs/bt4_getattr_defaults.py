# getattr/setattr/delattr/hasattr builtins: defaults only for AttributeError, name types, str subclasses, and property errors
class P:
    @property
    def bad(self): raise ValueError('property failed')
    @property
    def missing(self): raise AttributeError('inner missing')
    x = 1
p = P()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: getattr(p, 'x')); t(lambda: getattr(p, 'y', 'dflt')); t(lambda: getattr(p, 'bad', 'dflt')); t(lambda: getattr(p, 'missing', 'dflt')); t(lambda: getattr(p, 'missing'))
t(lambda: hasattr(p, 'bad')); t(lambda: hasattr(p, 'missing')); t(lambda: getattr(p, 1, 2)); t(lambda: hasattr(p, b'x')); t(lambda: setattr(p, 1, 2)); t(lambda: delattr(p, 'nope'))
class S(str): pass
setattr(p, S('dyn'), 5); print(p.dyn, [k for k in vars(p)], type([k for k in vars(p)][0]).__name__)
t(lambda: getattr(p, S('dyn'))); t(lambda: getattr(1, 'real')); t(lambda: getattr(1, 'imag', None)); t(lambda: getattr(None, '__class__'))
t(lambda: setattr(1, 'real', 2)); t(lambda: delattr(1, 'real')); t(lambda: setattr([], 'append', 1)); t(lambda: getattr([], 'nope'))
t(lambda: getattr(P, 'x')); t(lambda: getattr(P, 'bad').__class__.__name__); t(lambda: setattr(P, 'bad', 'replaced') or P.bad); t(lambda: delattr(P, 'x') or hasattr(p, 'x'))
t(lambda: getattr(p)); t(lambda: getattr(p, 'a', 'b', 'c')); t(lambda: setattr(p, 'a')); t(lambda: hasattr(p))
import types
m = types.ModuleType('mod')
t(lambda: getattr(m, 'zzz')); t(lambda: m.__getattr__); m.__getattr__ = lambda n: 'module-getattr ' + n; t(lambda: m.zzz); t(lambda: getattr(m, 'other', 'd'))
