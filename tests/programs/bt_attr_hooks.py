class GA:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('no'):
            raise AttributeError(name)
        return 'getattr:' + name
g = GA()
print(g.real, g.missing, getattr(g, 'other'), hasattr(g, 'nothing'), getattr(g, 'nox', 'dflt'))
class GAB:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        if name == 'boom':
            raise KeyError('boom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
gb = GAB()
gb.x = 1
print(gb.x, gb.secret, gb.missing)
try:
    gb.boom
except KeyError as e:
    print('KeyError', e)
class SA:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
s = SA()
s.a = 2
print(s.a, s.__dict__)
del s.a
try:
    del s.a
except AttributeError as e:
    print('AttributeError:', e)
setattr(s, 'b', 3)
delattr(s, 'b')
class Frozen:
    __slots__ = ()
try:
    Frozen().x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(object(), 'nope')
except AttributeError as e:
    print('AttributeError:', e, e.name, type(e.obj).__name__)
try:
    getattr(1, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(1, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    (1).real = 2
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(1, 'real')
except AttributeError as e:
    print('AttributeError:', e)
class Rec:
    def __getattr__(self, name):
        return self.other
try:
    Rec().x
except RecursionError:
    print('RecursionError')
class GetattrRaisesOther:
    def __getattr__(self, name):
        raise ValueError('custom')
try:
    hasattr(GetattrRaisesOther(), 'q')
except ValueError as e:
    print('ValueError', e)
print(getattr(GetattrRaisesOther(), '__class__').__name__)
class Dyn:
    pass
d = Dyn()
d.__dict__['k'] = 'v'
print(d.k, vars(d), d.__dict__ is vars(d))
d.__dict__ = {'new': 1}
print(d.new, hasattr(d, 'k'))
try:
    d.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
class ModAttr:
    x = 1
print(getattr(ModAttr, 'x'), getattr(ModAttr(), '__class__') is ModAttr, ModAttr.__dict__['x'])
