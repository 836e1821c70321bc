# Annotated assignments in module, class and function scope.
x: int = 5
y: "str"
print(__annotations__)
print(x)
try:
    y
except NameError as e:
    print("NameError:", e)

class C:
    a: int
    b: list[int] = []
    c: "forward" = 3
    (d): int = 4
print(C.__annotations__)
print(hasattr(C, "a"), C.b, C.c, C.d)

def f():
    z: int = 1
    w: float
    return z, f.__annotations__ if hasattr(f, "__annotations__") else None
print(f())

def g(a: int, b: "B" = 2, *args: str, k: bool = True, **kw: dict) -> None:
    pass
print(g.__annotations__)

# attribute and subscript targets are evaluated but not stored in annotations
class O: pass
o = O()
o.attr: int = 9
lst = [0]
lst[0]: str = "z"
print(o.attr, lst, "attr" in __annotations__)

# annotation expressions are evaluated at module level
def side():
    print("annotation evaluated")
    return int
q: side() = 1
print(__annotations__["q"])

# but not in function bodies
def fb():
    r: side() = 2
    return r
print(fb())
