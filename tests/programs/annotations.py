x: int = 5
y: "str"
class C:
    a: int = 1
    b: list[int]
    def f(self, p: int, *, q: str = "s") -> bool:
        return True
print(__annotations__, C.__annotations__, C.f.__annotations__, x, C.a)
def g(a: int, b: float = 1.0) -> None: ...
print(g.__annotations__)
