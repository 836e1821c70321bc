# PEP 696 defaults for type parameters, and bounds/constraints laziness (3.13).
import typing
log = []
def n(v):
    log.append(v)
    return v

def f[T = n("T default"), *Ts = n("Ts default"), **P = n("P default")]():
    pass
print(log)
T, Ts, P = f.__type_params__
print(T.__default__, Ts.__default__, P.__default__, log)
log.clear()

def g[U: n("bound") = n("default")](): pass
print(log)
(U,) = g.__type_params__
print(U.__bound__, U.__default__, log)
log.clear()

def h[V: (int, n("constraint"))](): pass
(V,) = h.__type_params__
print(log, V.__constraints__, log)

# has_default and NoDefault
def plain[W](): pass
(W,) = plain.__type_params__
print(W.has_default(), W.__default__ is typing.NoDefault, T.has_default(), typing.NoDefault)
print(repr(typing.NoDefault), type(typing.NoDefault).__name__)

# None as a default is a real default
def nonedef[X = None](): pass
(X,) = nonedef.__type_params__
print(X.has_default(), X.__default__)

# defaults on classes and type aliases
class Box[T = int, *Ts = *tuple[str, ...]]:
    pass
BT, BTs = Box.__type_params__
print(BT.__default__, BTs.__default__, Box.__type_params__)
type Pair[A, B = A] = tuple[A, B]
PA, PB = Pair.__type_params__
print(PB.__default__)

# ordering rules: a non-default after a default is an error
for src in ["def f[T = int, U](): pass",
            "class C[T = int, U]: pass",
            "type A[T = int, U] = int",
            "def f[T = int, *Ts](): pass",
            "def f[*Ts = int](): pass",
            "def f[**P = [int], T](): pass",
            "def f[T: int = str](): pass"]:
    try:
        compile(src, "<tp>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# evaluation errors surface on access of the attribute, repeatedly
def bad[Z = missing](): pass
(Z,) = bad.__type_params__
for _ in range(2):
    try:
        Z.__default__
    except NameError as e:
        print("NameError:", e)
print(Z.has_default())

# typing.TypeVar with default=, the runtime constructor
TV = typing.TypeVar("TV", default=int)
PS = typing.ParamSpec("PS", default=[int, str])
TVT = typing.TypeVarTuple("TVT", default=typing.Unpack[tuple[int]])
print(TV.__default__, PS.__default__, TVT.__default__, TV.has_default(), typing.TypeVar("Q").has_default())

# variance flags
def vf[T](): pass
(vt,) = vf.__type_params__
print(vt.__covariant__, vt.__contravariant__, vt.__infer_variance__)

# substitution uses defaults
class Gen[K, V = list[K]]:
    pass
print(Gen[int])
print(Gen[int, str])
try:
    Gen[int, str, bytes]
except TypeError as e:
    print("TypeError:", e)
