# C3 linearization: diamond orders, inconsistent hierarchies and the exact error text, mro() and __mro__
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class A(X, Y): pass
class B(Y, Z): pass
class M(A, B, Z): pass
print([c.__name__ for c in M.__mro__])
print([c.__name__ for c in M.mro()], M.mro() == list(M.__mro__))
def t(name, bases):
    try:
        c = type(name, bases, {})
        print(name, [k.__name__ for k in c.__mro__])
    except TypeError as e:
        print(name, 'TypeError:', e)
t('P', (X, A))
t('Q', (A, X))
t('R', (O, X))
t('S', (X, Y, O))
t('T', (A, B, X, Y))
t('U', (B, A))
t('V', (X, X))
t('W', (object, X))
t('Z2', (int, object))
class P1: pass
class P2(P1): pass
class P3(P1): pass
class P4(P2, P3): pass
class P5(P3, P2): pass
t('Bad', (P4, P5))
t('Ok', (P4, P3))
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in type.__mro__], [c.__name__ for c in KeyError.__mro__])
try:
    type.mro(5)
except TypeError as e:
    print('TypeError:', e)
