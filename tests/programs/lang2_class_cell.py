# __class__ cell: zero-arg super and explicit __class__ references
class Base:
    def who(self):
        return "Base"

class Child(Base):
    def who(self):
        return "Child>" + super().who()
    def cls(self):
        return __class__
    @classmethod
    def cm(cls):
        return __class__.__name__, cls.__name__
    @staticmethod
    def sm():
        return __class__.__name__

class Grand(Child):
    pass

g = Grand()
print(g.who(), g.cls().__name__, Grand.cm(), Grand.sm())

# __class__ captured in a nested function and a lambda
class N:
    def f(self):
        def inner():
            return __class__
        return inner() is N, (lambda: __class__)() is N
print(N().f())

# super() inside a comprehension inside a method
class P:
    def vals(self):
        return [1, 2]
class Q(P):
    def vals(self):
        return [v * 10 for v in super().vals()]
print(Q().vals())

# super() without args in a function lacking __class__
def nosuper():
    super()
try:
    nosuper()
except RuntimeError as e:
    print("RuntimeError:", e)

# __classcell__ propagated through a metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has cell:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)

class WithCell(metaclass=Meta):
    def m(self):
        return __class__

class NoCell(metaclass=Meta):
    def m(self):
        return 1
print(WithCell().m() is WithCell)

# Method moved to another class keeps its __class__
class X:
    def ident(self):
        return __class__.__name__
class Y:
    ident = X.ident
print(Y().ident())

# super() with the first argument reassigned
class R:
    def m(self):
        return "R"
class S(R):
    def m(self):
        self = 5
        try:
            return super().m()
        except TypeError as e:
            return "TypeError: " + str(e)
print(S().m())
