import ast
samples = [
 ("(x := 0)", 7), ("y = (x := 0) + 1", 7), ("def foo(x, /): ...", 7), ("def bar(x=1, /): ...", 7),
 ("lambda x, /: ...", 7), ("lambda x=1, /: ...", 7), ("def f(a, /, b=2, *c, d): pass", 7),("def f(\n a,\n /\n): pass", 7),
 ("try:\n  pass\nexcept* A:\n  pass\n", 10),
 ("try:\n  pass\nexcept* A:\n  pass\nexcept *B:\n  pass\n", 10),
 ("try:\n  pass\nexcept* A:\n  pass\nx = 1\n", 10),
 ("try:\n  pass\nexcept* A:\n  pass\nelse:\n  pass\nfinally:\n  pass\n", 10),
 ("if 1:\n  try:\n    pass\n  except* A:\n    pass\n  x = 1\n", 10),
 ("try:\n  pass\nexcept* A:\n  pass", 10),
 ("type X = int", 11), ("class X[T]: pass", 11), ("def f[T](): pass", 11), ("type X[T] = int", 11),
 ("type X = int; y", 11), ("type X = (\nint)\n", 11),
 ("type X[*Ts=int] = int", 12), ("class X[T=int]: pass", 12), ("def f[**P=int](): pass", 12), ("def f[T=int, U=str](): pass", 12),
 ("class X[T=int, U]: pass", 12), ("class X[T: int = int]: pass", 12),
 ("match x:\n case 1: pass\n", 9), ("match x:\n case 1: pass", 9),
 ("match x:\n case 1: pass\nfoo\n", 9), ("if x:\n match x:\n  case 1: pass\n y\n", 9),
 ("match x:\n case 1:\n  pass\n", 9),
 ("with (a as b, c as d): pass", 8),
 ("async def f(): pass", 4), ("async def f():\n  await x\n", 4),
 ("async def f():\n  async for x in y: pass\n", 4),
 ("async def f():\n  async with x: pass\n", 4),
 ("async def f():\n  [x async for x in y]\n", 5),
 ("x: int = 3", 5), ("x: int", 5), ("a @ b", 4), ("a @= b", 4),
 ("(x:=1)", 3),
 ("{x := 1 for y in z}", 7), ("f(x := 1)", 7), ("f(a, x := 1)", 7), ("[x := 1, 2]", 7), ("x[y := 1]", 7),
 ("if x := 1: pass", 7), ("while (x := 1): pass", 7),
 ("(x := 1) +", 7), ("def f(x, /): (y := 1)", 7), ("(x := 1\n", 7),
 ("def f[T=int](x, /): (y := 1)", 7),
 ("pass", 13), ("(x := 0)", 8), ("(x := 0)", 100), ("(x := 0)", -1),
]
for src, v in samples:
    try:
        ast.parse(src, feature_version=(3, v) if v != -1 else None)
        print(repr(src), v, "OK")
    except SyntaxError as e:
        print(repr(src), v, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
print(ast.dump(ast.parse("(x := 0)", feature_version=8)))
try:
    compile("(x := 0)", "<s>", "exec", _feature_version=7)
    print("compile to code: OK")
except SyntaxError as e:
    print("compile", e)
try:
    compile("(x := 0)", "<s>", "exec", ast.PyCF_ONLY_AST, _feature_version=7)
except SyntaxError as e:
    print("compile ast", e)
try:
    compile("(x := 0)", "<s>", "exec", ast.PyCF_ONLY_AST, _feature_version="7")
except TypeError as e:
    print("TypeError", e)
for bad in [(2, 7), (4, 0)]:
    try:
        ast.parse("pass", feature_version=bad)
    except ValueError as e:
        print("ValueError", e)
for src in ["(x := 1)\n$", "(x := 1)\n'abc", "(x := 1)\n  y", "(x:=1)\n(", "(x:=1)\nif 1:\n  a\n b\n", "(x:=1)\n1_", "(x:=1)\n0777", "(x:=1)\n\\ x", "(x:=1)\nf'{'"]:
    try:
        ast.parse(src, feature_version=7)
        print(repr(src), "OK")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
