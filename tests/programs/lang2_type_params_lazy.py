# Type parameters and aliases: lazy evaluation, __type_params__, defaults (PEP 696).
type Alias = UndefinedName
print(Alias.__name__, type(Alias).__name__)
try:
    Alias.__value__
except NameError as e:
    print("NameError:", e)
UndefinedName = int
print(Alias.__value__)

type ListOf[T] = list[T]
print(ListOf.__type_params__, ListOf[int], ListOf.__value__)

def f[T, *Ts, **P](x: T) -> T:
    return x
print(f.__type_params__)
T0, Ts0, P0 = f.__type_params__
print(type(T0).__name__, type(Ts0).__name__, type(P0).__name__)
print(f.__annotations__["x"] is T0)

class Box[T: (int, str), U: float = int]:
    def get(self) -> T: ...
print(Box.__type_params__)
T, U = Box.__type_params__
print(T.__constraints__, U.__bound__, U.__default__, T.has_default(), U.has_default())

# bounds are evaluated lazily
def g[V: LaterBound]():
    pass
(V,) = g.__type_params__
LaterBound = str
print(V.__bound__)

# defaults
def h[A = int, *B = *tuple[int, ...], **C = [str]]():
    pass
A, B, C = h.__type_params__
print(A.__default__, B.__default__, C.__default__)
print(A.__default__ is int)

import typing
print(typing.NoDefault, type(T).__name__)
print(T0.__default__ is typing.NoDefault)

# Generic base added automatically
print(Box.__mro__)
print(Box[int, float])

# type params are not visible outside
try:
    T_outside = T_local
except NameError as e:
    print("NameError:", e)

# class-level names visible to annotation scope
class Outer:
    Inner = int
    type A = Inner
    def m[X](self, a: Inner) -> X: ...
print(Outer.A.__value__, Outer.m.__annotations__["a"])

# alias with generic parameters and repr
type Pair[K, V2] = tuple[K, V2]
print(repr(Pair), Pair[str, int])
print(Pair.__module__)

# type statement at function scope, closure over locals
def make():
    local = bytes
    type L = local
    return L
print(make().__value__)

# TypeAliasType cannot be subclassed / reassigned attributes
try:
    Alias.__value__ = 1
except AttributeError as e:
    print("AttributeError:", e)

# generic function nested qualname
class Q:
    def meth[T](self):
        return T
print(Q().meth(), Q.meth.__qualname__)

# duplicate type parameter is a SyntaxError
try:
    compile("def f[T, T](): pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
# non-default after default
try:
    compile("def f[T = int, U](): pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
