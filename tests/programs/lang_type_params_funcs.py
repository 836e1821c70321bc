# Generic functions and classes with PEP 695 type parameters.
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
T0 = first.__type_params__[0]
print(type(T0).__name__, T0.__name__, first.__annotations__)

class Box[T]:
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box.__type_params__, Box[int], Box(5).get())
print(Box.__mro__[1:])
print(Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else "no orig bases")

class Pair[K, V](dict):
    pass
print(Pair.__type_params__, Pair.__bases__)

def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
print(variadic.__type_params__, variadic(1, "a"))

def withps[**P](f):
    return f
print(withps.__type_params__)

# type params are not visible outside
try:
    T
except NameError as e:
    print("NameError:", e)

# type param scope sees class scope names? (no: only via annotation scope)
class Outer:
    X = int
    def method[U](self, u: U) -> U:
        return u
print(Outer().method(9), Outer.method.__type_params__)

# defaults and constraints
def constrained[S: (int, str)](s: S) -> S:
    return s
p = constrained.__type_params__[0]
print(p.__constraints__, p.__bound__, p.__covariant__, p.__infer_variance__)

# nested generic
def outer[A]():
    def inner[B]():
        return (A, B)
    return inner()
r = outer()
print([x.__name__ for x in r])

# errors
for src in ("def f[T, T](): pass", "class C[T, *T]: pass", "type A[T, T] = int",
            "def f[T: (yield)](): pass"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
