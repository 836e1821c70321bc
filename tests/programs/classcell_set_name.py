# needs: stdlib
# type.__new__ fills the class body's __class__ cell before __set_name__ runs (super() inside a metaclass-created class).
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name, owner.make())
class B(metaclass=Meta):
    @classmethod
    def make(cls):
        return 'made'
class C(B):
    d = D()
    @classmethod
    def make(cls):
        return 'C:' + super().make()
print('__classcell__' in C.__dict__, C.make())
import enum
class E(int, enum.Enum):
    def __new__(cls, value):
        obj = int.__new__(cls, value)
        obj._value_ = value
        return obj
    A = 1
print(E.A, E(1))
