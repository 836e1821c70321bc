# Which builtin attributes are member descriptors and which are getset
# descriptors, type's own descriptors, and what their __set__/__delete__ do.
import types

print(type(complex.real).__name__, type(float.real).__name__, type(int.__add__).__name__, type(str.lower).__name__)
print(types.MemberDescriptorType is type(complex.real), types.GetSetDescriptorType is type(float.real))
print(repr(complex.real), complex.real.__qualname__, complex.real.__objclass__)
for t, name in [(range, "start"), (slice, "step"), (types.FunctionType, "__globals__"), (types.MethodType, "__func__"),
                (property, "fget"), (super, "__thisclass__"), (type, "__flags__"), (type, "__base__"),
                (type, "__name__"), (type, "__doc__"), (type, "__qualname__"), (type, "__module__"), (type, "__mro__")]:
    print(t.__name__, name, type(t.__dict__[name]).__name__)

print(complex.real.__get__(3 + 4j), complex.__dict__["imag"].__get__(3 + 4j, complex))
print(type.__dict__["__name__"].__get__(int), type.__dict__["__qualname__"].__get__(dict))
print(type.__dict__["__doc__"].__get__(type) is not None)

class X:
    "elephant"
print(type.__dict__["__doc__"].__get__(X))
type.__dict__["__doc__"].__set__(X, "banana")
print(X.__doc__)

def attempt(f):
    try:
        f()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: type(list).__dict__["__doc__"].__set__(list, "blah"))
attempt(lambda: type(X).__dict__["__doc__"].__delete__(X))
attempt(lambda: type.__dict__["__qualname__"].__set__(str, "Oink"))
attempt(lambda: complex.real.__set__(1j, 2))
attempt(lambda: complex.real.__get__(1))
attempt(lambda: float.real.__set__(1.0, 2))
attempt(lambda: float.real.__get__("x"))
attempt(lambda: range.start.__set__(range(3), 1))

class MyComplex(complex):
    pass
attempt(lambda: setattr(MyComplex(1), "real", 3))

def f():
    pass
types.FunctionType.__dict__["__doc__"].__set__(f, "set through the member")
print(f.__doc__)
types.FunctionType.__dict__["__name__"].__set__(f, "g")
print(f.__name__)
attempt(lambda: types.FunctionType.__dict__["__globals__"].__set__(f, {}))

# __abstractmethods__ is a class's own, and type has none
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
print(sorted(A.__abstractmethods__))
attempt(lambda: type.__abstractmethods__)
class Plain:
    pass
attempt(lambda: Plain.__abstractmethods__)

# a non-function __getattribute__ / __getattr__ is bound as a descriptor
class Descriptor:
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter
descr = Descriptor()
class GA:
    __getattribute__ = descr
class GB:
    __getattr__ = descr
class GC:
    __getattribute__ = descr
    __getattr__ = descr
for cls in (GA, GB, GC):
    attempt(lambda: getattr(cls(), "attr"))
    print(descr.counter)
