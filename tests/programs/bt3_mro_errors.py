# MRO computation: consistent hierarchies, failures and their messages
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
def t(f):
    try:
        r = f()
        print([c.__name__ for c in r.__mro__])
    except TypeError as e:
        print('TypeError:', e)
t(lambda: type('X', (A, O), {}))
t(lambda: type('Y', (O, A), {}))
t(lambda: type('W', (A, A), {}))
t(lambda: type('V', (K1, K2, A, D), {}))
t(lambda: type('U', (K3, K1), {}))
t(lambda: type('T', (int, object), {}))
t(lambda: type('S', (object, int), {}))
class X1(A, B): pass
class X2(B, A): pass
t(lambda: type('Q', (X1, X2), {}))
class Meta(type):
    def mro(cls):
        return [cls, object]
class R(A, metaclass=Meta): pass
print([c.__name__ for c in R.__mro__], issubclass(R, A), R.mro())
print(int.mro(), bool.__mro__)
try:
    type.mro()
except TypeError as e:
    print('TypeError:', e)
