# metaclass calculation: most derived metaclass wins, conflicts, type() calls with metaclass bases, and __call__ override
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
def t(f):
    try:
        r = f()
        print(type(r).__name__, r.__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: type('D', (A, C), {}))
t(lambda: type('E', (C, A), {}))
t(lambda: type('F', (A, B), {}))
t(lambda: M2('G', (A,), {}))
t(lambda: type('H', (A,), {}))
t(lambda: M1('I', (C,), {}))
def cls_stmt():
    class J(A, B): pass
    return J
t(cls_stmt)
def meta_func():
    def meta(name, bases, ns):
        return 'made by function ' + name
    class K(A, metaclass=meta): pass
    return K
try:
    print(meta_func())
except Exception as e:
    print(type(e).__name__ + ':', e)
class Singleton(type):
    inst = {}
    def __call__(cls, *a):
        if cls not in Singleton.inst:
            Singleton.inst[cls] = super().__call__(*a)
        return Singleton.inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(S(1) is S(2), S(3).v)
t(lambda: type('X', (1,), {}))
t(lambda: type('X', (), []))
t(lambda: type(1, (), {}))
t(lambda: type('X', [], {}))
t(lambda: type('X'))
t(lambda: type('X', ()))
t(lambda: type('X', (bool,), {}))
t(lambda: type('X', (int, str), {}))
t(lambda: type('X', (A, A), {}))
print(type(type), type(M3), M3.__mro__[1:], isinstance(C, M1), type.__call__(M1, 'Q', (), {}).__name__)
