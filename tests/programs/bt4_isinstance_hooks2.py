# isinstance/issubclass: __instancecheck__ and __subclasscheck__ hooks, __class__ lies, tuple and union arguments, and errors
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return getattr(sub, 'flag', False)
class M(metaclass=Meta): pass
class Flagged: flag = True
print(isinstance('magic', M), isinstance(M(), M), issubclass(Flagged, M), issubclass(M, M), issubclass(int, (str, M)))
class Liar:
    @property
    def __class__(self): return int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__, issubclass(Liar, int))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: isinstance(1, 'int')); t(lambda: isinstance(1, (int, 'x'))); t(lambda: isinstance(1, (str, (bytes, int))))
t(lambda: issubclass(1, int)); t(lambda: issubclass(int, 1)); t(lambda: issubclass(int, (1,))); t(lambda: issubclass(bool, int | str))
t(lambda: isinstance(None, type(None) | int)); t(lambda: isinstance([], list[int])); t(lambda: issubclass(list, list[int])); t(lambda: isinstance(1, int | list[int]))
t(lambda: isinstance(1)); t(lambda: issubclass()); t(lambda: isinstance(1, int, 2))
class AbstractLike:
    __bases__ = (int,)
t(lambda: issubclass(AbstractLike(), int))
t(lambda: issubclass(type('Z', (), {}), AbstractLike()))
class BadBases:
    __bases__ = 5
t(lambda: issubclass(BadBases(), int))
class RaisingMeta(type):
    def __instancecheck__(cls, o): raise ValueError('hook failed')
class R(metaclass=RaisingMeta): pass
t(lambda: isinstance(1, R)); t(lambda: isinstance(R(), R))
class Truthy(type):
    def __instancecheck__(cls, o): return [1]
class TT(metaclass=Truthy): pass
t(lambda: isinstance(0, TT))
import collections.abc as cabc
class Sized1:
    def __len__(self): return 1
print(isinstance(Sized1(), cabc.Sized), issubclass(Sized1, cabc.Iterable), isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence))
cabc.Sequence.register(Sized1)
print(issubclass(Sized1, cabc.Sequence), isinstance(Sized1(), cabc.Reversible))
