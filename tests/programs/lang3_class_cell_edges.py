# __class__ cell: implicit creation, super() zero-argument forms and their errors.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()
    def cls(self):
        return __class__
    def lam(self):
        return (lambda: super().who())()
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def gen(self):
        yield super().who()
        yield __class__.__qualname__
    def comp(self):
        return [super().who() for _ in range(2)]

b = B()
print(b.who(), b.cls().__name__, b.nested(), list(b.gen()), b.comp())
try:
    b.lam()
except RuntimeError as e:
    print('lambda: RuntimeError:', e)
print(B.who.__code__.co_freevars, B.cls.__code__.co_freevars)

# __classcell__ appears in the namespace seen by a metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("classcell present:", "__classcell__" in ns, name)
        return super().__new__(mcls, name, bases, ns)

class C(metaclass=Meta):
    def m(self):
        return __class__

class D(metaclass=Meta):
    def m(self):
        return 1
print(C().m() is C)

# super() errors
def free_super():
    return super()
try:
    free_super()
except RuntimeError as e:
    print("RuntimeError:", e)

class E:
    def m():
        return super()
try:
    E.m()
except RuntimeError as e:
    print("RuntimeError:", e)

class F:
    def m(self):
        del self
        return super()
try:
    F().m()
except RuntimeError as e:
    print("RuntimeError:", e)

class G:
    def m(self):
        self = 5
        return super().__repr__
try:
    G().m()
except TypeError as e:
    print("TypeError:", e)

# super with explicit arguments
class H(A):
    def who(self):
        return "H"
h = H()
print(super(H, h).who(), super(H, H).who(h))
try:
    super(H, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    super(3, h)
except TypeError as e:
    print("TypeError:", e)
print(repr(super(H, h)).split(" ")[0:3])

# a staticmethod referring to __class__
class S:
    @staticmethod
    def st():
        return __class__.__name__
    @classmethod
    def cm(cls):
        return __class__ is cls
class S2(S):
    pass
print(S.st(), S2.st(), S.cm(), S2.cm())

# __class__ as an ordinary name in the class body is not the cell
class T:
    __class__ = "shadow"
    def m(self):
        return __class__
print(T.__dict__["__class__"], T().m() is T, T().__class__)
