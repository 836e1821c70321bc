# PEP 695 generic classes: `*bases` and `**keywords` reach __build_class__,
# with Generic[*type_params] appended after the bases.
order = []


class Base:
    def __init_subclass__(cls, **kw):
        order.append(("init_subclass", cls.__name__, sorted(kw.items())))


def note(tag, value):
    order.append(tag)
    return value


kw = {"a": 1}


class C[T](Base, **kw):
    pass


print(C.__type_params__, [b.__name__ for b in C.__bases__])

bases = (Base,)


class D[T, *Ts](*bases, **kw):
    pass


print(D.__type_params__, [b.__name__ for b in D.__bases__])


class E[T](note("base", Base), flag=note("flag", True), **note("kw", {"b": 2})):
    pass


print([b.__name__ for b in E.__bases__])
print(order)
order.clear()


class F[T](*(), **{}):
    pass


print([b.__name__ for b in F.__bases__], F.__mro__[-1].__name__)


# A metaclass given through ** keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class G[T](**{"metaclass": Meta, "x": 3}):
    pass


print(type(G).__name__, G.__type_params__)


def f[T](*args, **kw):
    return args, kw


print(f(1, x=2), f.__type_params__)


# 3.13 type parameter defaults (PEP 696).
class H[T = int, **P = [str]](**{}):
    pass


t, p = H.__type_params__
print(t.__default__, p.__default__, H[str].__args__)


def g[*Ts = *tuple[int]](**kw):
    return kw


print(g.__type_params__[0].__default__, g(z=1))


# Duplicated keywords are still refused at run time.
try:
    class K[T](**{"a": 1}, a=2):
        pass
except TypeError as e:
    print("TypeError:", e)

# A repeated literal keyword is a compile-time error.
try:
    compile("class K[T](a=1, a=2): pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# Generic classes whose bases already hold Generic are refused.
from typing import Generic
try:
    class Bad[T](Generic[T]):
        pass
except TypeError as e:
    print("TypeError:", e)
