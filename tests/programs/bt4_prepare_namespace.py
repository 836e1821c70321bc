# metaclass __prepare__: custom namespaces, keyword arguments, order of calls, and bad return values
log = []
class OrderedNS(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, tuple(b.__name__ for b in bases), sorted(kw)))
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', type(ns).__name__, sorted(kw)))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
    def f(self): pass
print([e for e in log if not (isinstance(e, str) and e.startswith('__'))])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
def mk():
    class X(metaclass=BadPrep): pass
t(mk)
class NoKw(type):
    pass
def mk2():
    class Y(metaclass=NoKw, extra=1): pass
t(mk2)
def mk3():
    class Z(object, unknown=1): pass
t(mk3)
class Counting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class NS(dict):
            def __missing__(self, k):
                if k.startswith('auto_'):
                    return k.upper()
                raise KeyError(k)
        return NS()
class W(metaclass=Counting):
    v = auto_name
print(W.v)
print(type.__prepare__('N', ()), type(type.__prepare__()).__name__, type.__prepare__(1, 2, x=3))
import types
ns = types.prepare_class('P', (), {'metaclass': Meta})
print(ns[0].__name__, type(ns[1]).__name__, ns[2])
C = types.new_class('C', (A,), {}, lambda ns: ns.update(y=2))
print(C.y, C.x, type(C).__name__)
