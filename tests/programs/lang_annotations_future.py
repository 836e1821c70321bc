from __future__ import annotations
# PEP 563: annotations are stored as strings and never evaluated.
def f(a: UndefinedType, b: list[int] = []) -> Dict[str, "Quoted"]:
    return a
print(f.__annotations__)

class C:
    x: SomethingMissing
    y: int = 3
    z: tuple[int, ...] | None
print(C.__annotations__)

v: undefined.attr[1] = 5
print(__annotations__)
print(v)

def g(*args: P.args, **kwargs: P.kwargs) -> None: ...
print(g.__annotations__)

try:
    compile("from __future__ import annotations\ndef f(x: (yield)): pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("from __future__ import annotations\nx: (y := 1)\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("import os\nfrom __future__ import annotations\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("from __future__ import braces\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
