# type statements (PEP 695): lazy evaluation, __value__, type params.
type Alias = int | str
print(type(Alias).__name__, Alias.__name__, Alias.__value__)
print(Alias.__type_params__, Alias.__module__)

type Lazy = Undefined
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
Undefined = float
print(Lazy.__value__)

type ListOf[T] = list[T]
print(ListOf.__type_params__, ListOf[int])
print(ListOf.__value__)

type Pair[A, B: (int, str), *Ts, **P] = tuple[A, B]
params = Pair.__type_params__
print([type(p).__name__ for p in params])
print([p.__name__ for p in params])
print(params[1].__constraints__, params[0].__bound__)

type Bounded[T: float] = list[T]
print(Bounded.__type_params__[0].__bound__)

def scope():
    x = "local"
    type Capture = x
    return Capture.__value__
print(scope())

class C:
    type Inner = int
    attr = "class attr"
    type UsesAttr = attr
print(C.Inner.__name__, C.Inner.__value__)
try:
    print(C.UsesAttr.__value__)
except NameError as e:
    print("NameError:", e)

print(repr(Alias), str(ListOf))
try:
    class Sub(Alias): pass
except TypeError as e:
    print("TypeError:", e)
print(Alias | None)

# type is a soft keyword
type = "still a name"
print(type)
