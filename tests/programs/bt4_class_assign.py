# __class__ assignment: compatible heap classes, slots layouts, builtin instances, modules, and the error messages
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A(); a.__class__ = B; print(a.who(), type(a).__name__, isinstance(a, B))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
s = S1(); s.x = 5
t(lambda: setattr(s, '__class__', S2) or (type(s).__name__, s.x))
t(lambda: setattr(s, '__class__', S3))
t(lambda: setattr(s, '__class__', A))
t(lambda: setattr(A(), '__class__', S1))
t(lambda: setattr(1, '__class__', bool))
t(lambda: setattr([], '__class__', tuple))
t(lambda: setattr(A(), '__class__', 'A'))
t(lambda: setattr(A(), '__class__', int))
class L(list): pass
class L2(list): pass
x = L([1]); x.__class__ = L2; print(type(x).__name__, x)
t(lambda: setattr(L(), '__class__', list))
t(lambda: setattr(object(), '__class__', A))
import types
m = types.ModuleType('m')
class MyMod(types.ModuleType):
    def hello(self): return 'hi from ' + self.__name__
m.__class__ = MyMod
print(m.hello(), type(m).__name__)
t(lambda: delattr(A(), '__class__'))
class WithDict:
    pass
class WithSlotsDict:
    __slots__ = ('__dict__',)
t(lambda: setattr(WithDict(), '__class__', WithSlotsDict))
