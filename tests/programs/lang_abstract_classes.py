# needs: stdlib
# abc: abstract methods, registration, isinstance/issubclass hooks.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Square(3).describe())

class Partial(Shape):
    def area(self): return 0
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__))

class Duck:
    def quack(self): pass
class Quacker(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
print(isinstance(Duck(), Quacker), issubclass(int, Quacker))
Quacker.register(int)
print(issubclass(int, Quacker), isinstance(5, Quacker))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "special"
    def __subclasscheck__(cls, sub):
        return sub is str
class Check(metaclass=Meta):
    pass
print(isinstance("special", Check), isinstance("other", Check), issubclass(str, Check), issubclass(int, Check))
print(isinstance(1, (str, (bytes, int))), issubclass(bool, (str, int)))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
