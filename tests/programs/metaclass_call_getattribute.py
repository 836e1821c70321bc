# A metaclass's __call__ that is not a function (typing.TypedDict's
# `__call__ = dict`), a metaclass's own __getattribute__, and typing
# details: NoDefault pickles, TypeVar.__module__ without a __name__ global,
# Concatenate substituted with an empty parameter list.
import pickle
import collections.abc
import typing


class DictMeta(type):
    __call__ = dict


class Rec(dict, metaclass=DictMeta):
    pass


r = Rec(a=1, b=2)
print(type(r).__name__, r)


class Greeter:
    def __call__(self, *args):
        # not a descriptor: the class is not passed
        return ("greeted", args)


class CallableMeta(type):
    __call__ = Greeter()


class G(metaclass=CallableMeta):
    pass


print(G(1, 2))


class Static(type):
    @staticmethod
    def __call__(*args):
        return ("static", len(args))


class S(metaclass=Static):
    pass


print(S(1, 2, 3))


class Loud(Exception):
    pass


class Meta(type):
    def __getattribute__(cls, attr):
        if attr == "secret":
            raise Loud(attr)
        if attr == "answer":
            return 42
        return super().__getattribute__(attr)

    def __getattr__(cls, attr):
        return "fallback " + attr


class C(metaclass=Meta):
    x = 1


print(C.x, C.answer, C.missing)
try:
    C.secret
except Loud as e:
    print("Loud", e)
print(getattr(C, "answer", None), hasattr(C, "x"))

TD = typing.TypedDict("TD", {"a": int})
t = TD(a=5)
print(type(t) is dict, t)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(pickle.loads(pickle.dumps(typing.NoDefault, proto)) is typing.NoDefault)
print(hasattr(typing.NoDefault, "__module__"), type(typing.NoDefault).__module__)

ns = {}
exec("import typing\nT = typing.TypeVar('T')\nP = typing.ParamSpec('P')\nTs = typing.TypeVarTuple('Ts')", ns)
print(ns["T"].__module__, ns["P"].__module__, ns["Ts"].__module__)
ns = {"__name__": "somewhere"}
exec("import typing\nT = typing.TypeVar('T')", ns)
print(ns["T"].__module__)

T = typing.TypeVar("T")
P = typing.ParamSpec("P")
P2 = typing.ParamSpec("P2")
Cb = collections.abc.Callable[typing.Concatenate[int, P], T]
print(Cb[[], int])
print(Cb[[str, float], int])
print(Cb[P2, int])
print(Cb[..., int])
