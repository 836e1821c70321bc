# SyntaxError details that the parser corpus does not cover: compile modes,
# the end offset of -1, errors in branches the compiler folds away, and the
# text of tokenizer errors.

def report(src, mode="exec"):
    try:
        compile(src, "<case>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print("compiled", repr(src))

# Dead branches are still checked.
for src in ["if 0: break\n", "if 0: continue\n", "if 0: return\n", "if 0: yield\n",
            "if 1:\n    pass\nelse:\n    break\n", "while 1:\n    if 0: break\n",
            "def f():\n    if 0: return 1\n", "if 0:\n    for x in y:\n        continue\n"]:
    report(src)

# -1 end offsets.
for src in ["if x:\n", "  x = 1\n", "if x:\n  a\n b\n", "x = 1 \\", "try:\n    pass\n",
            "match something:\n    case []:\npass\n"]:
    report(src)

# A final backslash: exec input has an implied newline, eval and single not.
for mode in ["exec", "eval", "single"]:
    report("x + \\", mode)

# Tokenizer errors show the line without its newline; parser errors with it.
for src in ["x = 'abc\n", "x = '''abc\n\n", "x = 1a\n", "x = (1,\n", "x = [1,\n\n", "x = 1 \\ y",
            "z = f'{a\n", "z = f'''{a:\n"]:
    report(src)

# Errors inside f-strings.
for src in ["f'{!'", "f'{1=}{;'", "f'{3!g'", "f'{1, lambda:x}'", "f'{+ lambda:None}'"]:
    report(src)

# A tuple bound of a type parameter is a constraint.
report("def f[T: ((x:= 3), int)](): pass\n")
report("def f[T: (x:= 3)](): pass\n")

# SyntaxWarnings: a backslash before an f-string field's brace, and
# warnings about what was read before a syntax error.
import warnings
for src in ["f'\\{6*7}'", "f'a\\{1}b'", "f'\\{{'", "rf'\\{1}'", "f'{1:\\{2}}'", "f'\\}'", "'\\e' $"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", "eval")
            outcome = "compiled"
        except SyntaxError as e:
            outcome = "SyntaxError " + repr(e.msg)
    print(repr(src), outcome, [(str(w.message), w.lineno) for w in caught])

# Compiler errors' positions.
for src in ["def f():\n  from _ import *", "from __future__ import braces", "from __future__ import doesnt_exist"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)

# The interactive display of a value goes through sys.stdout.
import io, sys
buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
exec(compile("len('abc')\n", "<case>", "single"), {})
sys.stdout = saved
print("displayed:", repr(buf.getvalue()))
