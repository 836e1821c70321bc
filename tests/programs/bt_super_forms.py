class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c:' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return 'A.p'
    x = 'A.x'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    def s2(self): return super().s()
    @property
    def p(self): return 'B.p>' + super().p
    def two_arg(self): return super(B, self).f()
    def attr(self): return super().x
class C(B):
    def f(self): return 'C.f>' + super(B, self).f()
b = B()
print(b.f(), B.c(), b.c(), b.s2(), b.p, b.two_arg(), b.attr(), C().f(), C.c())
print(super(B, b).f(), super(B, B).c(), super(A, b).__class__.__name__)
sp = super(B, b)
print(type(sp).__name__, sp.__self__ is b, sp.__self_class__.__name__, sp.__thisclass__.__name__)
unbound = super(B)
print(unbound.__self__, unbound.__thisclass__.__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: super(B, 5))
t(lambda: super(5, b))
t(lambda: super(B, b).nope)
t(lambda: super())
t(lambda: super(B, A()).f())
class D:
    def m(self):
        def inner():
            return super().m()
        return inner()
t(lambda: D().m())
class E:
    def m(self):
        return [super().__class__.__name__ for _ in range(1)]
print(E().m())
class F(A):
    def f(self):
        self = None
        return super().f()
t(lambda: F().f())
class G(A):
    def f(*args):
        return super().f()
t(lambda: G().f())
class I(A):
    def __init__(self):
        super().__init__()
        self.v = super().__repr__()[:4]
t(lambda: I().v)
class J(dict):
    def __getitem__(self, k):
        return 'J>' + str(super().__getitem__(k))
t(lambda: J(a=1)["a"])
class K(A):
    @staticmethod
    def st():
        return super().s()
t(lambda: K.st())
class L(A):
    f2 = lambda self: super().f()
t(lambda: L().f2())
class SetSuper(A):
    def set(self):
        super().x = 5
t(lambda: SetSuper().set())
