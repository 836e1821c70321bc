# vars() and dir() on instances, classes, modules, slotted objects and objects with custom __dir__; their errors
class A:
    cls_attr = 1
    def method(self): pass
a = A(); a.inst = 2
print(vars(a), sorted(k for k in vars(A) if not k.startswith('__')), type(vars(A)).__name__)
print([n for n in dir(a) if not n.startswith('__')], 'inst' in dir(a), 'method' in dir(A), '__init__' in dir(a))
class D:
    def __dir__(self): return ['zeta', 'alpha', 'alpha']
class BadDir:
    def __dir__(self): return 5
class Slotted:
    __slots__ = ('s',)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: dir(D())); t(lambda: dir(BadDir())); t(lambda: vars(Slotted())); t(lambda: vars(5)); t(lambda: vars(a, a)); t(lambda: 's' in dir(Slotted()))
import types
m = types.ModuleType('m', 'doc')
m.x = 1
print(sorted(vars(m)), sorted(dir(m)))
class WithDictProp:
    @property
    def __dict__(self): return {'fake': 1}
t(lambda: vars(WithDictProp()))
class DirList:
    def __dir__(self): return ('b', 'a')
t(lambda: dir(DirList()))
print(dir(int) == sorted(dir(int)), 'bit_length' in dir(1), 'append' in dir([]), '__class__' in dir(object()), len(dir()) >= 4)
def local_scope():
    q = 1
    z = 2
    return dir(), sorted(vars().keys()) if False else sorted(locals())
print(local_scope())
