# ModuleType: __new__ alone leaves the dict empty, __init__ fills it (and a
# subclass's __init__ may call it); slot descriptors check the real type of
# the instance (an ABC's virtual subclass is not enough).
import abc
import sys

MT = type(sys)


class MM(MT):
    def __init__(self, name, extra):
        MT.__init__(self, name)
        self.extra = extra


a = MM("a", 5)
print(a.__name__, a.extra, a.__doc__, a.__spec__, sorted(a.__dict__))
m = MT.__new__(MT)
print(str(m), hasattr(m, "__name__"), hasattr(m, "__file__"), m.__dict__)
MT.__init__(m, "late", "docs")
print(str(m), m.__doc__, sorted(m.__dict__))
m.x = 1
MT.__init__(m, "again")
print(m.__name__, m.__doc__, m.x)
for args, kw in [((), {}), ((1,), {}), (("a", "b", "c"), {}), (("a",), {"bad": 1}), ((), {"name": "kw", "doc": "d"})]:
    try:
        MT.__init__(MT.__new__(MT), *args, **kw)
        print("ok", args, kw)
    except TypeError as e:
        print("TypeError:", e)


class MyABC(metaclass=abc.ABCMeta):
    __slots__ = "a"


class Unrelated:
    pass


MyABC.register(Unrelated)
u = Unrelated()
print(isinstance(u, MyABC))
for call in (lambda: MyABC.a.__set__(u, 3), lambda: MyABC.a.__get__(u), lambda: MyABC.a.__delete__(u)):
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


class Sub(MyABC):
    __slots__ = ()


s = Sub()
MyABC.a.__set__(s, 4)
print(MyABC.a.__get__(s), s.a)
