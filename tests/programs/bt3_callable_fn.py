# callable() for every kind of object
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
class WithCall:
    def __call__(self): return 1
class InstCall:
    pass
ic = InstCall()
ic.__call__ = lambda: 1
for o in (len, C, C(), C().m, C.s, C.c, WithCall(), ic, lambda: 0, 5, 'x', type, object(), print, str.upper, 'a'.upper, (x for x in []), None, property()):
    print(callable(o), end=' ')
print()
t(lambda: callable())
t(lambda: callable(1, 2))
class Meta(type):
    def __call__(cls): return 'meta-call'
class M(metaclass=Meta): pass
t(lambda: (callable(M), M()))
class NC:
    __call__ = None
t(lambda: callable(NC()))
t(lambda: NC()())
