# needs: stdlib
# mappingproxy's hash and |=, FunctionType's argument checks, a non-class
# metaclass's __prepare__, classes with their own __getattribute__ seen by
# method calls, C.__class__ with a __class__ attribute, iterators whose
# __next__ was set on the class after creation.
import types

p = types.MappingProxyType({"a": 1})
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)


class HashableDict(dict):
    def __hash__(self):
        return 1234


print(hash(types.MappingProxyType(HashableDict(a=1))))
q = p
try:
    q |= {"b": 2}
except TypeError as e:
    print("TypeError", e)
print(type(q).__name__, p | {"b": 2}, {"b": 2} | p)
print(types.MappingProxyType[int], sorted(set(dir(p)) - set(dir(object()))))


def ex(a, /, b, *, c):
    return a + b + c


for args in [(1, None, {"c": 3}), (None, None, 3), (None, 5, None)]:
    try:
        types.FunctionType(ex.__code__, {}, "func", *args)
    except TypeError as e:
        print("TypeError", e)
f = types.FunctionType(ex.__code__, {}, "func", (1,), None, {"c": 3})
print(f.__defaults__, f.__kwdefaults__)


class BadMeta:
    @classmethod
    def __prepare__(*args):
        return None


try:
    class Bar(metaclass=BadMeta()):
        pass
except TypeError as e:
    print("TypeError", e)


class Recorder:
    def __prepare__(self, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"made_by": "prepare"}

    def __call__(self, name, bases, ns, **kw):
        return (name, bases, sorted(ns), kw)


class Made(int, metaclass=Recorder(), flag=1):
    x = 1


print(Made)


class Tup(tuple):
    def __getattribute__(self, name):
        if name in tuple.__dict__:
            raise AttributeError(name)
        return tuple.__getattribute__(self, name)

    def __getattr__(self, name):
        return lambda *a: ("fallback", name, a)


t = Tup((1, 2))
print(t.count(), t.index(5), t.count.__name__, t[0], len(t))


class Everything:
    def m(self):
        return "method"

    def __getattribute__(self, name):
        return lambda *a: ("intercepted", name)


print(Everything().m(), Everything().other(1))


class Spoof:
    @property
    def __class__(self):
        return int


print(Spoof.__class__, Spoof().__class__, type(Spoof()), isinstance(Spoof(), int))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    __class__ = "class attribute"


print(WithMeta.__class__, WithMeta().__class__)


class Late:
    pass


Late.__iter__ = lambda self: self
Late.__next__ = lambda self: 7
it = Late()
print(iter(it) is it, next(it))
