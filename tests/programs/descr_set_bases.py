# Assigning a class's __bases__: checks, MRO of the class and its
# subclasses, attribute lookup and __subclasses__.

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
    def only_b(self):
        return "only B"
class C(A):
    pass
class D(C):
    pass

d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__])
print(C.__bases__ == (B,), C.__base__.__name__)
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__])
print(issubclass(D, B), isinstance(d, A))

class S:
    __slots__ = ("x",)
class L(list):
    pass
class NoDict:
    __slots__ = ()
class E(NoDict):
    pass

def attempt(cls, value, delete=False):
    try:
        if delete:
            del cls.__bases__
        else:
            cls.__bases__ = value
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)

attempt(C, None, delete=True)
attempt(C, ())
attempt(C, [A])
attempt(C, (1,))
attempt(C, (C,))
attempt(C, (D,))
attempt(C, (A, A))
attempt(L, (dict,))
attempt(C, (S,))
attempt(int, (object,))
attempt(C, (A, list))
attempt(C, (bool,))
attempt(E, (A,))
attempt(C, (object,))

# A failing MRO leaves everything as it was.
class P:
    pass
class P2(P):
    pass
class Q(P2):
    pass
attempt(Q, (P, P2))
print([k.__name__ for k in Q.__mro__])

# A metaclass's mro() is called again for the class and its subclasses.
calls = []
class Meta(type):
    def mro(cls):
        calls.append(cls.__name__)
        return type.mro(cls)
class Root:
    pass
class M1(Root, metaclass=Meta):
    pass
class M2(M1):
    pass
calls.clear()
M1.__bases__ = (A,)
print(calls, [k.__name__ for k in M2.__mro__])

failing = False
class Bad(type):
    def mro(cls):
        if cls.__name__ == "N2" and failing:
            raise ValueError("no mro today")
        return type.mro(cls)
class N1(Root, metaclass=Bad):
    pass
class N2(N1):
    pass
failing = True
try:
    N1.__bases__ = (B,)
except ValueError as e:
    print("ValueError:", e)
print([k.__name__ for k in N1.__mro__], [k.__name__ for k in N2.__mro__], N1.__bases__[0].__name__)

# Slots follow the new bases.
class WithLen:
    def __len__(self):
        return 5
class Plain:
    pass
class Kid(Plain):
    pass
Kid.__bases__ = (WithLen,)
print(len(Kid()))
Kid.__bases__ = (Plain,)
try:
    len(Kid())
except TypeError as e:
    print("TypeError:", e)
