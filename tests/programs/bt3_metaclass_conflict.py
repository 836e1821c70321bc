# metaclass conflicts, __prepare__, metaclass keyword forwarding
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__)
class E(A, metaclass=type): pass
print(type(E).__name__)
try:
    class F(A, metaclass=M2): pass
except TypeError as e:
    print('TypeError:', e)
class P(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], sorted(kw))
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
class G(metaclass=P, flag=True):
    x = injected
print(G.x, G.injected)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class H(metaclass=BadPrep): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class I(kw=1): pass
except TypeError as e:
    print('TypeError:', e)
def func_meta(name, bases, ns, **kw):
    return (name, sorted(ns), kw)
class J(metaclass=func_meta, a=1):
    y = 2
print(J[0], [k for k in J[1] if not k.startswith('__')], J[2])
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Rec(dict):
            def __setitem__(self, k, v):
                print('set', k)
                super().__setitem__(k, v)
        return Rec()
class K(metaclass=Ordered):
    def a(self): pass
    b = 1
print(sorted(n for n in K.__dict__ if not n.startswith('__')), type(K.__dict__).__name__)
