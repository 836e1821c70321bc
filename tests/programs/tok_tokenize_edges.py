# tokenize on inputs where CPython's tokenizer in extra_tokens mode is
# lenient, where it places DEDENT/NL at the end of input, and the errors
# it raises (position and kind) for incomplete or badly indented input.
import io
import tokenize


def show(src):
    print(repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print("   ", tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end, repr(tok.line))
    except tokenize.TokenError as e:
        print("    TokenError", e.args)
    except SyntaxError as e:
        print("   ", type(e).__name__, e.args, e.end_lineno, e.end_offset)


lenient = ["); x", "2sin(x)", "0777", "0_7", "(]", "x = (1,\n 2]\n", "}", "a\u20acb = 1", "\u20ac"]
ends = ["if x:\n  a", "if x:\n  if y:\n    a\n ", "a\n ", "(", "x = (\n1", "(\n# c", "(\n "]
fstrings = ["f'{x:\n}'", "f'{x:d\n}'", "f'''{x:d\n}'''", "f'{x:}'", "f'a{{b}}c'"]
errors = [
    "x = 1\\\n", "(1,\\\n", "\\", "a\\", "(\\", "x = 1 + \\\n  2 + \\\n",
    "if x:\n  \\\n", "(\n  \\\n", "x = 1 \\ y\n", "x = '''a\nb''' + \\\n",
    "def k(x):\n    x += 2\n  x += 5\n", "if x:\n\ty\n        z\n", "if x:\n        y\n\tz",
    "a\n\x00", "1_", "0b12", "'abc",
]
for group in (lenient, ends, fstrings, errors):
    for src in group:
        show(src)

# The exception tokenize lets through keeps no end position.
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n    y\n  z\n").readline))
except IndentationError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, len(e.args))
