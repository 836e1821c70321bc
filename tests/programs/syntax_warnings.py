# Compile-time SyntaxWarnings from the parser (escapes, numbers followed by
# keywords) and the compiler (identity with literals, calling or indexing
# literals, always-true asserts), as warnings and, under an "error" filter,
# as SyntaxErrors with their positions.
import warnings

SOURCES = [
    "s = 'a\\d'",
    "s = b'\\q'",
    "s = '\\d\\q'",
    "s = '\\400'",
    "s = b'\\777'",
    "s = r'\\d'",
    "s = '\\é'",
    "s = f'\\d{1}\\q'",
    "s = f'\\d{1}\\d{2:\\d}'",
    "s = 'ok' '\\w' f'\\z{2}'",
    "s = [0x1for x in y]",
    "s = [0o7and x]",
    "s = 1_000in y",
    "s = 1.5if y else 2",
    "s = 1e5or 2",
    "s = 1jif 1 else 2",
    "x is 1",
    "x is not ()",
    "x is (1, 2)",
    "1 is x",
    "x is -1.5",
    "x is b'a'",
    "x is None or x is True or x is ...",
    "x is [1]",
    "y = x is 1 is 2",
    "if x is 'a':\n    pass",
    "5()",
    "(1, 2)(3)",
    "[x for x in y](1)",
    "{1: 2}()",
    "None()",
    "f'{x}'()",
    "(lambda: 1)()",
    "{1}[0]",
    "(x for x in y)[0]",
    "(lambda: 1)[0]",
    "'abc'['a']",
    "b'ab'[1.5]",
    "[1][None]",
    "(1, 2)[1:2]",
    "{1: 2}[1]",
    "(1, 2)[x]",
    "[1, 2][True]",
    "assert (x, 'msg')",
    "assert ()",
    "def f():\n    return 5(), 'a'[1, 2]",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<w>", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<w>", "exec")
        except SyntaxError as e:
            print("   error:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# Ignored warnings stay silent; ast.parse reports the parser's warnings only.
import ast
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ast.parse("x = '\\d'\ny = x is 1\n")
print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    compile("x is 1", "<w>", "exec")
print(caught)

# Warnings of this very file's compilation go to stderr.
def g(x):
    return x is 1
print(g(1))
