# abc: abstract methods, registration, __subclasshook__.
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print("TypeError:", e)
class Full(Sq):
    @property
    def name(self): return "square"
print(Full().area(), Full().name, sorted(Shape.__abstractmethods__))
class Virtual(ABC):
    pass
Virtual.register(int)
print(isinstance(1, Virtual), issubclass(bool, Virtual), issubclass(str, Virtual))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
class M(metaclass=ABCMeta):
    @abstractmethod
    def m(self): pass
print(M.__abstractmethods__, type(M).__name__)
