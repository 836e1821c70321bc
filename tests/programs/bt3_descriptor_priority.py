# data vs non-data descriptors vs instance dict: lookup priority
class Data:
    def __get__(self, obj, typ=None): return 'data-get'
    def __set__(self, obj, v): obj.__dict__['via_set'] = v
class NonData:
    def __get__(self, obj, typ=None): return 'nondata-get' if obj is not None else 'class-access'
class SetOnly:
    def __set__(self, obj, v): obj.__dict__['so'] = v
class DelOnly:
    def __get__(self, obj, typ=None): return 'delonly-get'
    def __delete__(self, obj): print('deleting')
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
    x = DelOnly()
c = C()
c.__dict__['d'] = 'inst-d'
c.__dict__['n'] = 'inst-n'
c.__dict__['s'] = 'inst-s'
c.__dict__['x'] = 'inst-x'
print(c.d, c.n, c.s, c.x, C.n, type(C.s).__name__)
c.d = 5
c.s = 6
print(c.__dict__['via_set'], c.__dict__['so'])
del c.x
print(c.x)
try:
    del c.d
except AttributeError as e:
    print('AttributeError:', e)
class P:
    @property
    def ro(self): return 1
    rw = property(lambda self: self._v, lambda self, v: setattr(self, '_v', v))
p = P()
for act in (lambda: setattr(p, 'ro', 2), lambda: delattr(p, 'ro'), lambda: delattr(p, 'rw')):
    try:
        act()
    except AttributeError as e:
        print('AttributeError:', e)
p.rw = 3
print(p.rw, p._v)
p.__dict__['ro'] = 'shadow'
print(p.ro)
class G:
    def __getattr__(self, n): return 'getattr:' + n
    def __getattribute__(self, n):
        if n == 'boom':
            raise AttributeError('nope')
        return object.__getattribute__(self, n)
g = G()
g.real = 1
print(g.real, g.boom, g.other)
class ClsDesc:
    def __get__(self, obj, typ): return (obj is None, typ.__name__)
class H:
    cd = ClsDesc()
class HH(H): pass
print(H.cd, H().cd, HH.cd)
class Meta(type):
    attr = 'meta-attr'
    @property
    def mprop(cls): return 'mprop:' + cls.__name__
class M(metaclass=Meta):
    pass
print(M.attr, M.mprop)
try:
    M().attr
except AttributeError as e:
    print('AttributeError:', e)
