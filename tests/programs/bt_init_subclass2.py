class Registry:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag='a'):
    pass
class B(A):
    pass
class C(B, tag='c'):
    pass
print(Registry.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Registry, bogus=1):
        pass
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
try:
    class E(Plain, x=1):
        pass
except TypeError as e:
    print('TypeError:', e)
class Multi:
    def __init_subclass__(cls, **kw):
        print('Multi init_subclass', cls.__name__, kw)
class Mixin:
    def __init_subclass__(cls, **kw):
        print('Mixin init_subclass', cls.__name__, kw)
        super().__init_subclass__(**kw)
class M(Mixin, Multi, k=1):
    pass
print(type(Registry.__dict__['__init_subclass__']).__name__)
class NotClassmethodExplicit:
    @classmethod
    def __init_subclass__(cls):
        print('explicit classmethod', cls.__name__)
class F(NotClassmethodExplicit):
    pass
class WithMeta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta new kw', kw)
        return super().__new__(m, name, bases, ns, **kw)
class G(metaclass=WithMeta):
    def __init_subclass__(cls, **kw):
        print('G sub', kw)
class H(G, q=2):
    pass
