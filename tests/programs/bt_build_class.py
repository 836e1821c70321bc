import builtins
def body():
    x = 1
    def m(self):
        return 'm'
    return None
C = __build_class__(body, 'C')
print(C.__name__, type(C).__name__)
def body2():
    y = 2
B = builtins.__build_class__(body2, 'B', C)
print(B.__bases__, B.__name__)
try:
    __build_class__()
except TypeError as e:
    print('TypeError:', e)
try:
    __build_class__(5, 'X')
except TypeError as e:
    print('TypeError:', e)
try:
    __build_class__(body, 5)
except TypeError as e:
    print('TypeError:', e)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, kw)
        return super().__new__(mcs, name, bases, ns)
def body3():
    z = 3
M = __build_class__(body3, 'M', metaclass=Meta, extra=1) if False else __build_class__(body3, 'M', metaclass=Meta)
print(type(M).__name__)
orig = builtins.__build_class__
calls = []
def spy(func, name, *bases, **kw):
    calls.append(name)
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = spy
class Spied:
    pass
builtins.__build_class__ = orig
print(calls, Spied.__name__)
