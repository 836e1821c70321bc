class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__, type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance(42, Magic), isinstance(41, Magic), isinstance(Magic(), Magic))
print(issubclass(int, Magic), issubclass(str, Magic), issubclass(Magic, Magic))
print(isinstance(42, (str, Magic)), issubclass(int, (str, Magic)))
class Proxy:
    @property
    def __class__(self):
        return int
p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
class ABCish:
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented
import abc
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, '__len__'):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance([], Sized), isinstance(5, Sized))
class Reg(abc.ABC):
    pass
Reg.register(tuple)
print(issubclass(tuple, Reg), isinstance((), Reg), issubclass(list, Reg))
try:
    issubclass(5, int)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(5, 5)
except TypeError as e:
    print('TypeError:', e)
class BadBases:
    __bases__ = 5
try:
    issubclass(BadBases(), int)
except TypeError as e:
    print('TypeError:', e)
class FakeCls:
    __bases__ = ()
fc = FakeCls()
print(issubclass(fc, fc))
class Raising(type):
    def __instancecheck__(cls, inst):
        raise ValueError('nope')
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print('ValueError', e)
print(isinstance(1, R) if False else 'exact type check skips hook:', isinstance(R(), R))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, (int,)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance([], list | None), isinstance(None, int | None), issubclass(int, int | str))
