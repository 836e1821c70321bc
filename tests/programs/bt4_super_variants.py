# super(): zero-arg in methods, classmethods, nested functions and comprehensions; two-arg forms and their errors; attributes
class A:
    def who(self): return 'A'
    @classmethod
    def cm(cls): return 'A.cm(' + cls.__name__ + ')'
    @staticmethod
    def sm(): return 'A.sm'
    @property
    def p(self): return 'A.p'
class B(A):
    def who(self): return 'B>' + super().who()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
    def sm_via(self): return super().sm()
    @property
    def p(self): return 'B>' + super().p
    def listcomp(self): return [super().who() for _ in range(1)]
    def nested(self):
        def inner():
            return super().who()
        return inner
    def lam(self): return (lambda: super().who())()
b = B()
print(b.who(), B.cm(), b.cm(), b.sm_via(), b.p, b.listcomp(), b.lam())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b.nested()())
t(lambda: super(B, b).who())
t(lambda: super(B, B).cm())
t(lambda: super(B, B).who)
t(lambda: super(B, 1))
t(lambda: super(1, b))
t(lambda: super(B))
t(lambda: super(B).who)
t(lambda: super())
t(lambda: super(B, b).nonexistent)
t(lambda: super(A, b).who())
t(lambda: super(object, b).__class__)
s = super(B, b)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, repr(s)[:30])
u = super(B)
print(u.__self__, u.__self_class__, repr(u)[:27])
t(lambda: u.__get__(b).who())
def outside(self):
    return super().who()
t(lambda: outside(b))
class C(B):
    def who(self):
        self = None
        return super().who()
t(lambda: C().who())
class D(B):
    def who(*args):
        return super().who()
t(lambda: D().who())
class E(B):
    def who():
        return super().who()
t(lambda: E.who())
class F(A):
    def setp(self):
        super().x = 1
t(lambda: F().setp())
