# classmethod and staticmethod objects: __func__, __wrapped__, attribute copying, callability, binding rules, repr-safe checks
def f(*a): return a
cm = classmethod(f)
sm = staticmethod(f)
print(cm.__func__ is f, sm.__func__ is f, cm.__wrapped__ is f, sm.__wrapped__ is f, cm.__name__, sm.__qualname__, cm.__doc__, sm.__module__)
class A:
    c = cm
    s = sm
    @classmethod
    def make(cls, *a): return cls.__name__, a
class B(A): pass
print(A.c(1), A().c(2), B.c(3), A.s(4), A().s(5), B.make(6), B().make(7), sm(8))
print(cm.__get__(None, B)(), cm.__get__(B())(), sm.__get__(None, A)(9), type(A.__dict__['c']).__name__, type(A.__dict__['s']).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: cm(1)); t(lambda: classmethod(5).__get__(None, A)()); t(lambda: staticmethod(5)()); t(lambda: classmethod()); t(lambda: staticmethod(1, 2))
t(lambda: classmethod(f, x=1))
def g():
    'g doc'
g.extra = 'attr'
s2 = staticmethod(g)
print(s2.__doc__, s2.__name__, getattr(s2, 'extra', 'no-attr'))
print(callable(sm), callable(cm), isinstance(sm, staticmethod), classmethod.__isabstractmethod__.__class__.__name__)
import abc
am = staticmethod(abc.abstractmethod(lambda: 0))
print(am.__isabstractmethod__, classmethod(abc.abstractmethod(lambda c: 0)).__isabstractmethod__, staticmethod(f).__isabstractmethod__)
class C:
    @staticmethod
    @classmethod
    def odd(cls): return cls
t(lambda: C.odd())
class D:
    @classmethod
    @staticmethod
    def odd2(*a): return a
t(lambda: D.odd2())
