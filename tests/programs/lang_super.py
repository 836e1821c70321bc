# super() in various forms: cooperative multiple inheritance, classmethods, properties.
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    @property
    def prop(self):
        return "A.prop"

class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()

class C(A):
    def who(self):
        return ["C"] + super().who()
    @property
    def prop(self):
        return "C>" + super().prop

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print(D.make())
print(D().prop)
print(super(B, D()).who())
print(super(C, D).make())

class E(A):
    def __init__(self):
        self.s = super()
print(type(E().s).__name__, E().s.who())

class Init:
    def __init__(self, **kw):
        print("Init", sorted(kw))
class Left(Init):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Init):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)

try:
    super(int, "str")
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
class M(metaclass=Meta):
    pass
M()

class Static:
    @staticmethod
    def s():
        try:
            return super().__repr__()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(Static.s())
