# super(): two-arg forms, classmethods, properties, errors, __self_class__
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c:' + cls.__name__
    @property
    def p(self): return 'A.p'
    def __repr__(self): return 'A()'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    @property
    def p(self): return 'B.p>' + super().p
class C(B):
    def f(self): return 'C.f>' + super(B, self).f()
print(C().f(), C.c(), C().p, B().f())
s = super(B, C())
print(s.f(), s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(super(B, C).c(), super(C, C).f(C()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: super(B, A()).f())
t(lambda: super(B, 5))
t(lambda: super(5, B()))
t(lambda: super(B, int))
t(lambda: super())
t(lambda: super(B, C()).nope)
t(lambda: super(A, A()).f())
t(lambda: super(B).__thisclass__.__name__)
t(lambda: super(B).f)
t(lambda: repr(super(B, C()))[:22])
t(lambda: repr(super(B))[:22])
class D(B):
    def f(self):
        return [super().f() for _ in range(1)]
t(lambda: D().f())
class E(A):
    def g(self):
        def inner():
            return super().f()
        return inner()
t(lambda: E().g())
class F(A):
    def g(self):
        return (lambda: super().f())()
t(lambda: F().g())
class G(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2 if isinstance(v, int) else v)
g = G()
g.n = 4
print(g.ok, g.n)
class H(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
print(H(a=1)['a'])
