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
print([c.__name__ for c in Z.mro()])
try:
    class X(A, B): pass
    class Y(B, A): pass
    class XY(X, Y): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(O, A): pass
except TypeError as e:
    print('TypeError:', e)
class Good(A, O): pass
print([c.__name__ for c in Good.__mro__])
class M(type):
    def mro(cls):
        return [cls, object]
class Custom(A, metaclass=M): pass
print([c.__name__ for c in Custom.__mro__], issubclass(Custom, A), isinstance(Custom(), A))
try:
    class L(list, dict): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class IS(int, str): pass
except TypeError as e:
    print('TypeError:', e)
class IL(int): pass
class IL2(IL, int): pass
print([c.__name__ for c in IL2.__mro__])
class Base:
    def who(self): return 'Base'
class L1(Base):
    def who(self): return 'L1>' + super().who()
class R1(Base):
    def who(self): return 'R1>' + super().who()
class Diamond(L1, R1):
    def who(self): return 'D>' + super().who()
print(Diamond().who())
print(Diamond.__bases__, Diamond.__base__, bool.__base__, object.__base__)
