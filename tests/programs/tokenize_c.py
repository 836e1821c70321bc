# needs: stdlib
# _tokenize.TokenizerIter, the tokenizer under Lib/tokenize.py (which itself
# also needs re): tokens, positions and lines as CPython's C tokenizer gives
# them with extra_tokens=True, f-strings included, and its errors.
import _tokenize
import io
import token

CASES = [
    'x = 1 + 2  # c\nif x:\n    y = f"a{x!r:>{w}}b{{c}}" \\\n        + \'q\'\n    s = """multi\nline"""\n(a,\n b)\n',
    'x',
    '# only comment',
    '\n\n  \nx=1\n',
    'def f(a, *, b=2):\n    return a ** b // 3\n\n\nclass C:\n    pass\n',
    'f"{x}" f"{x:}" f"{x:{w}}" f"{x=}" f"{x!s}" f\'{"a"}\' rb"x" Rb\'y\' u"z"\n',
    'n = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3j + .5 + 5. + 1e10 + 0\n',
    'a @= b; c //= d; e **= f; g >>= h; i <<= j; k != l; m -> n; o := p; ...\n',
    'if a:\n  if b:\n      c\n  d\ne\n',
    'x = [\n  1,  # one\n\n  2,\n]\n',
    's = f"""a\n{x}\nb"""\n',
    'x = "\\\nabc"\n',
    'if x:\n\tpass\n',
    'é = 1\nnaïve_名 = 2\n',
    'print("hi")\r\nx = 1\r\n',
    'x = f"{ {1: 2}[1] }" + f"{a:{b}{c}>}"\n',
    'async def f():\n    await g()\n',
    'x = 1 \\\n  + 2\n',
    'lambda: (yield)\n',
    '@decorator\ndef g(): ...\n',
    'x = 1;\n',
    '\tif x:\n\t\ty\n',
]
CASES += [
    '',
    '\n',
    'x = f"{x=:>5}" + f"{f\'{y}\'}" + f"{a!=b}"\n',
    'if x:\n    y\n    # comment deeper\n# comment shallow\n    z\nw\n',
    'x = 1if y else 2\n',
    'v = 0_0 + 1e5 + 1.e5 + 0.0 + 10j + 0XFF\n',
    'def f(x: int) -> "str":\n    return (y := x)\n',
    's = f"""\n{\n  x\n  +\n  y\n}\n"""\n',
    'a = [1,\n     2]  # trailing\nb = 3\n',
    'x = "unterminated\n',
    's = """never closed\n',
    '(\n',
    'x = $\n',
    'if x:\n        a\n    b\n',
    'x = \\\n',
    "x = b'\\x00' + r'\\d' + f'{{}}' + F'{x}' + fR'{x}\\n'\n",
    '\x0cx = 1\n',
    'class A:\n    def f(self):\n        pass\n\n    def g(self):\n        pass\n',
]


for src in CASES:
    print('====', repr(src))
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=True):
            print(token.tok_name[t[0]], repr(t[1]), t[2], t[3], repr(t[4]))
    except SyntaxError as e:
        print('ERROR', type(e).__name__, e.msg, e.lineno)

print('==== bytes lines with an encoding')
lines = iter('x = "é"  # c\nif x:\n  y += 1\n'.encode().splitlines(keepends=True))
for t in _tokenize.TokenizerIter(lambda: next(lines), encoding='utf-8', extra_tokens=True):
    print(t)
