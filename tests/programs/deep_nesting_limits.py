# Deep but legal nesting compiles up to CPython 3.13's limits; one level
# more is CPython's error (the parser's MemoryError, the compiler's or the
# ast module's RecursionError), never a crash.
import ast

def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e)

cases = [
    ("unary", lambda n: "-" * n + "1", {"exec": 5968, "eval": 5974, "single": 5970}),
    ("not", lambda n: "not " * n + "x", {"exec": 5969, "eval": 5975}),
    ("lambda", lambda n: "lambda:" * n + "0", {"exec": 2984, "eval": 2987, "single": 2985}),
    ("binop", lambda n: "x" + "+x" * n, {"exec": 9996, "eval": 9997, "single": 9996}),
    ("attr", lambda n: "a" + ".b" * n, {"eval": 9997}),
    ("call", lambda n: "f" + "()" * n, {"eval": 9997}),
    ("subscript", lambda n: "a" + "[0]" * n, {"eval": 9997}),
    ("in def", lambda n: "def f():\n    return x" + "+x" * n + "\n", {"exec": 9995}),
]
for name, make, limits in cases:
    for mode, n in limits.items():
        for k in (n, n + 1):
            attempt(f"compile {name} {mode} {k}:", lambda: compile(make(k), "<deep>", mode))

for name, make, n in [("binop", lambda n: "x" + "+x" * n, 9994), ("attr", lambda n: "a" + ".b" * n, 9994), ("unary", lambda n: "-" * n + "1", 5968)]:
    for k in (n, n + 1):
        attempt(f"ast.parse {name} {k}:", lambda: ast.parse(make(k)))

# Far deeper than any limit: still an exception.
attempt("huge chain:", lambda: compile("x" + "+x" * 300_000, "<deep>", "eval"))
attempt("huge ast:", lambda: ast.parse("x" + "+x" * 300_000))
attempt("nested brackets:", lambda: compile("(" * 300 + ")" * 300, "<deep>", "eval"))

# A tree built near the limit compiles back from ast objects.
tree = ast.parse("x" + "+x" * 3000, mode="eval")
print(eval(compile(tree, "<deep>", "eval"), {"x": 1}))
