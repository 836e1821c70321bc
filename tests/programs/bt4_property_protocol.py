# property: getter/setter/deleter chaining, copies, docs, missing accessor messages, __set_name__ naming, subclassing property
class A:
    def __init__(self): self._v = 0
    @property
    def v(self):
        'the v doc'
        return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    @v.deleter
    def v(self): self._v = 'deleted'
    ro = property(lambda self: 'readonly')
    wo = property(None, lambda self, x: setattr(self, '_w', x))
a = A()
a.v = 5; print(a.v, A.v.__doc__, A.v.fget.__name__, A.v.fset is not None, A.v.fdel is not None)
del a.v; print(a._v)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: setattr(a, 'ro', 1)); t(lambda: delattr(a, 'ro')); t(lambda: a.wo); t(lambda: setattr(a, 'wo', 3) or a._w)
p = property(lambda s: 1)
t(lambda: p.__get__(None, A) is p); t(lambda: p.__get__(a)); t(lambda: p.__set__(a, 1)); t(lambda: property().__get__(a))
q = p.setter(lambda s, v: None)
print(q is p, q.fget is p.fget, p.fset, type(q).__name__)
class B:
    x = property(doc='explicit doc')
print(B.x.__doc__, B.__dict__['x'].fget, property(lambda s: 0, doc='d').__doc__)
class MyProp(property):
    pass
class C:
    @MyProp
    def m(self): 'doc m'; return 1
    m2 = m.setter(lambda s, v: None)
print(type(C.m).__name__, type(C.m2).__name__, C.m.__doc__, C().m, C.m.__name__ if hasattr(C.m, '__name__') else '-')
t(lambda: property(1)(None) if False else property(1).__get__(a)); t(lambda: property(fget=None, fset=None, fdel=None, doc=None, x=1))
print(property.__isabstractmethod__.__class__.__name__, A.v.__isabstractmethod__)
import abc
class D(abc.ABC):
    @property
    @abc.abstractmethod
    def need(self): ...
print(D.need.__isabstractmethod__, sorted(D.__abstractmethods__))
t(lambda: D())
