# property, classmethod, staticmethod objects: attributes, copies, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def getter(self):
    "getter doc"
    return 1
p = property(getter)
t(lambda: (p.fget is getter, p.fset, p.fdel, p.__doc__))
p2 = p.setter(lambda s, v: None)
t(lambda: (p2 is p, p2.fget is getter, p2.fset is not None, p2.__doc__))
p3 = property(getter, doc='explicit')
t(lambda: p3.__doc__)
t(lambda: property(5).fget)
class C:
    @property
    def x(self): return 'x'
t(lambda: C().x)
t(lambda: C.x.__get__(None, C) is C.x)
t(lambda: C.x.__set__(C(), 1))
t(lambda: C.x.__get__(C()))
t(lambda: property().__get__(C()))
cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: 'static')
t(lambda: cm.__func__.__name__)
t(lambda: sm.__func__())
t(lambda: sm())
t(lambda: cm())
t(lambda: cm.__get__(None, C)())
t(lambda: cm.__get__(C())())
t(lambda: sm.__get__(None, C)())
t(lambda: classmethod(5).__get__(None, C)())
t(lambda: staticmethod(5).__get__(None, C))
class D:
    @staticmethod
    def s(a): return a * 2
    @classmethod
    def c(cls, a): return (cls.__name__, a)
class E(D): pass
t(lambda: (D.s(2), D().s(3), E.c(1), E().c(2)))
t(lambda: D.__dict__['s'].__wrapped__ is D.s)
t(lambda: type(D.__dict__['c']).__name__)
t(lambda: isinstance(D.__dict__['s'], staticmethod))
t(lambda: property.__isabstractmethod__.__class__.__name__)
