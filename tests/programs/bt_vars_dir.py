class A:
    cls_attr = 1
    def method(self):
        pass
a = A()
a.inst = 2
print(vars(a), sorted(vars(A).keys() - {'__dict__', '__weakref__', '__module__', '__qualname__', '__doc__', '__firstlineno__', '__static_attributes__'}))
print([n for n in dir(a) if not n.startswith('__')], 'cls_attr' in dir(A), '__class__' in dir(a))
print(sorted(n for n in dir(5) if not n.startswith('_'))[:8])
class Slots:
    __slots__ = ('x',)
try:
    vars(Slots())
except TypeError as e:
    print('TypeError:', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
class CustomDir:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(CustomDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError:', e)
import types
m = types.ModuleType('mymod')
m.x = 1
print(sorted(k for k in vars(m) if not k.startswith('__')), 'x' in dir(m), vars(m) is m.__dict__)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), sorted(locals()), sorted(dir())
print(f())
print(type(vars()).__name__, 'A' in vars(), 'a' in globals(), globals() is vars())
ns = types.SimpleNamespace(p=1, q=2)
print(vars(ns), sorted(n for n in dir(ns) if not n.startswith('_')))
