# __init_subclass__: implicit classmethod, keyword forwarding, chained super calls, errors for unexpected keywords
log = []
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        log.append((cls.__name__, tag, sorted(kw)))
        super().__init_subclass__(**kw)
class A(Base, tag='a'): pass
class B(A): pass
class C(B, tag='c'): pass
print(log)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def mk():
    class D(Base, other=1): pass
t(mk)
def mk2():
    class E(object, x=1): pass
t(mk2)
class Registry:
    subs = []
    def __init_subclass__(cls):
        Registry.subs.append(cls.__name__)
class R1(Registry): pass
class R2(R1): pass
print(Registry.subs, type(Registry.__dict__['__init_subclass__']).__name__)
class Strict:
    def __init_subclass__(cls, **kw):
        if 'required' not in cls.__dict__:
            raise TypeError(cls.__name__ + ' must define required')
def mk3():
    class S(Strict): pass
t(mk3)
class S2(Strict):
    required = 1
print('S2 ok')
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(('meta', name, sorted(kw)))
        return super().__new__(m, name, bases, ns, **kw)
class MB(metaclass=Meta):
    def __init_subclass__(cls, **kw): log.append(('isc', cls.__name__, sorted(kw)))
class MC(MB, k=1): pass
print(log[-3:])
t(lambda: object.__init_subclass__(x=1))
t(lambda: object.__init_subclass__())
T = type('T', (Base,), {}, tag='via-type') if False else None
t(lambda: type('T', (Base,), {}, tag='via-type'))
print(log[-1])
