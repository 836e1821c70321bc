def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(isinstance(1, (str, int)), isinstance(1, (str, (bytes, (int,)))), isinstance(1, ()), isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, (str, int)), issubclass(bool, ()), issubclass(int, object), issubclass(object, int), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance([], list[int].__origin__))
t(isinstance, 1, list[int])
t(isinstance, 1, 5)
t(isinstance, 1, (int, 5))
t(isinstance, 1, (5, int))
t(issubclass, 1, int)
t(issubclass, int, 1)
t(issubclass, int, (1,))
t(issubclass, int, (int, 1))
t(isinstance, 1)
t(isinstance, 1, int, 2)
print(issubclass(list, list[int].__class__) if False else 'skip')
class Meta(type):
    def __instancecheck__(cls, o): return o == 'magic'
    def __subclasscheck__(cls, c): return c is str
class M(metaclass=Meta): pass
print(isinstance('magic', M), isinstance('x', M), isinstance('magic', (int, M)), issubclass(str, M), issubclass(int, M), issubclass(str, (int, M)))
class Fake:
    __bases__ = ()
    __class__ = int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__)
class AbstractLike:
    @property
    def __bases__(self): return (int,)
print(issubclass(AbstractLike(), int) if False else 'skip')
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator), isinstance(1, abc.Hashable), isinstance([], abc.Hashable), issubclass(dict, abc.MutableMapping), isinstance('', abc.Iterable), isinstance(len, abc.Callable))
print(isinstance(1, (int, str) * 100), isinstance(1.5, (int, (float, str))), isinstance(None, type(None)))
