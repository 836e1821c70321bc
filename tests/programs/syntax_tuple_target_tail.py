# An assignment whose first target list holds something that cannot be
# assigned to: CPython reads the target list's last element as a named
# expression first, so `f(), a = 1, 2` hints at '==' or ':='.
cases = [
    "f(), a = 1, 2",
    "f(), g() = 1, 2",
    "f(), a.b = 1, 2",
    "f(), [a] = 1, 2",
    "f(), (a) = 1, 2",
    "(f(), a) = 1, 2",
    "(f()), a = 1, 2",
    "[f(), a] = 1, 2",
    "f(), True = 1, 2",
    "f(), a, b = 1, 2",
    "f(), a = 1 = 2",
    "f(), a = x = 2",
    "*f(), a = 1, 2",
    "f(), *a = 1, 2",
    "f(), a = yield",
    "a, f() = 1, 2",
    "(a), f() = 1, 2",
    "x = f(), a = 1, 2",
    "x = (a, b) = f(), c = 2",
    "a = f(), b = 1",
    "f()[0], g() = 1",
    "x = f() = 1",
    "f(), = 1",
    "a, f(), = 1",
    "(f(),) = 1",
    "a, 1, = 2",
    "a, 1 = 2",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r}: compiles")
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
