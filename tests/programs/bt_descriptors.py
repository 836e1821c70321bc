class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return ('data-get', self.name, obj is None)
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
class NonData:
    def __get__(self, obj, typ=None):
        return ('nondata-get', obj is None, typ.__name__)
class SetOnly:
    def __set__(self, obj, value):
        print('SetOnly set', value)
class C:
    d = Data('d')
    n = NonData()
    s = SetOnly()
c = C()
c.__dict__['d'] = 'instance-d'
c.__dict__['n'] = 'instance-n'
print(c.d, c.n, C.d, C.n)
c.d = 5
print(c.__dict__)
del c.d
print(type(c.s).__name__)
c.s = 3
c.__dict__['s'] = 'inst-s'
print(c.s)
class SN:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return self.name
class Owner:
    a = SN()
    b = SN()
print(Owner().a, Owner.b)
Owner.c = SN()
try:
    Owner.c
except AttributeError as e:
    print('AttributeError:', e)
class BadSN:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
try:
    class Owner2:
        z = BadSN()
except Exception as e:
    print(type(e).__name__, e, getattr(e, '__notes__', None))
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        'the x'
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print('deleting x')
    ro = property(lambda self: 'ro')
p = P()
p.x = 5
print(p.x, P.x.__doc__, type(P.x).__name__, P.x.fget.__name__, P.ro.fset)
del p.x
try:
    p.ro = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.ro
except AttributeError as e:
    print('AttributeError:', e)
class Sub(property):
    pass
class Q:
    @Sub
    def v(self):
        return 'sub-prop'
print(Q().v, type(Q.v).__name__)
pr = property(None)
class R:
    x = pr
try:
    R().x
except AttributeError as e:
    print('AttributeError:', e)
class CM:
    @classmethod
    def c(cls, a):
        return (cls.__name__, a)
    @staticmethod
    def s(a):
        return a
    @classmethod
    @property
    def cp(cls):
        return 'cp-' + cls.__name__
print(CM.c(1), CM().c(2), CM.s(3), CM().s(4), type(CM.__dict__['c']).__name__, CM.__dict__['s'].__func__(5))
print(CM.__dict__['c'].__wrapped__.__name__, callable(CM.__dict__['s']), CM.__dict__['s'](6))
import types
print(isinstance(CM.c, types.MethodType), CM.c.__self__.__name__, CM.c.__func__.__name__)
def plain(self):
    return 'plain'
bound = plain.__get__(5, int)
print(bound(), bound.__self__, plain.__get__(None, int) is plain)
