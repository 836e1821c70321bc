# needs: stdlib
# Parser behaviour at the edges: PEP 3131 names (NFKC), type comments, and
# inputs too deep for CPython's parser (MemoryError, not a crash).
import ast

ﬁ = 1
print(fi, "ｘ" == "x")
ℌ = 2
print(H, [n.id for n in ast.walk(ast.parse("ﬁ + ℌ + 𝐓rue")) if isinstance(n, ast.Name)])

src = """\
def f(a,  # type: int
      b):
    # type: (...) -> None
    x = []  # type: List[int]
    for i in x:  # type: int
        pass
    with a as b:  # type: ignore[misc]
        pass
"""
t = ast.parse(src, type_comments=True)
fn = t.body[0]
print(fn.type_comment, [a.type_comment for a in fn.args.args])
print(fn.body[0].type_comment, fn.body[1].type_comment)
print([(ti.lineno, ti.tag) for ti in t.type_ignores])
print(ast.parse(src).type_ignores, ast.parse(src).body[0].type_comment)
for bad in ["x += 1  # type: int\n", "def f():  # type: () -> int\n  # type: () -> str\n  pass\n"]:
    try:
        ast.parse(bad, type_comments=True)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)

for n, make in [(6000, lambda n: "-" * n + "1"), (3000, lambda n: "lambda:" * n + "x"),
                (100_000, lambda n: "not " * n + "x"), (100_000, lambda n: "x if x else " * n + "x")]:
    try:
        compile(make(n), "<deep>", "exec")
        print("compiled")
    except MemoryError as e:
        print("MemoryError:", e)

for bad in ["١x = 1", "x = 1\u200b", "ab€cd = 1", "f'{a!r x}'", "f'{1:{2:{3:{4}}}}'", "match x:\n  case {**_}: pass\n"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
