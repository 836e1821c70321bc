# The __class__ cell: super() without arguments, and __class__ in methods.
class Base:
    def who(self):
        return "Base.who"

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
print(g.who())
print(g.cls().__name__)
print(Grand.cm())
print(Grand.sm())

# __class__ seen from a nested function inside a method
class K:
    def m(self):
        def inner():
            return __class__
        return inner()
print(K().m() is K)

# super() in a lambda that references __class__ is fine; without it fails
class L(Base):
    def m(self):
        f = lambda: super(L, self).who()
        return f()
print(L().m())

# super() used outside a class
def not_method():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
not_method()

# __classcell__ in namespace passed to metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)

class WithCell(metaclass=Meta):
    def m(self):
        return __class__

class WithoutCell(metaclass=Meta):
    def m(self):
        return 1

print(WithCell().m() is WithCell)
