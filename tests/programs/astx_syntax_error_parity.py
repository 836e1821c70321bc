# Syntax errors whose message or position depends on how CPython's parser
# backtracks: dict keys after a valid pair, what the second pass reads after
# a complete expression, named expressions before '=' in calls, and bad
# line continuations inside a logical line that began on an earlier line.
import ast

cases = [
    # a dict key after a valid pair: the expression CPython backtracks to
    "d = {1: 2, a}\n", "d = {1: 2, a b}\n", "d = {1: 2, a +}\n", "d = {1:2, a if b}\n",
    "d = {1:2, f(x y)}\n", "d = {1:2, a + not b}\n", "d = {1:2, (a b)}\n", "d = {1:2, 'a'(: 3\n",
    "d = {1:2, a.b[1](: 3\n", "d = {1:2, a + b(: 3\n", "d = {1:2, -a(: 3\n", "d = {1:2, a +\n",
    "d = {1:2, a < }\n", "d = {1:2, a.}\n", "d = {1:2, a if b else}\n", "d = {1:2, not}\n",
    "d = {1:2, a**}\n", "d = {1:2,\n  xy\n}\n", "d = {a if b}\n", "d = {1:2, 3:}\n",
    # after a complete expression: a bare '*' in a call, a brace display
    "d f(*, a)\n", "d f(*)\n", "d f(a, *)\n", "d e f(*, a)\n", "x = d f(*, a)\n", "d {a b}\n",
    "x = a{b c}\n", "x = a{1 2}\n", "x = 1{b c}\n", "x = a{b c: d}\n", "a{b c}\n", "d f(a b)\n",
    "d (a if b)\n", "d [*]\n", "x = a{b, c}\n", "x = a {b: c d}\n", "d {a: b c}\n",
    # a named expression followed by '=' in a call
    "f(a=1, b:==c)\n", "f(a=1, b:=)\n", "f(a=1, b:= +)\n", "f(b:==c)\n", "f(**a, b:==c)\n",
    "f(vi:=sible=False)\n", "f(a, vi:=s=1)\n", "f(k=1, vi:=s=1)\n", "f((vi:=s)=1)\n", "f(vi:=s==1)\n",
    # a bad continuation character
    "x = 1 + \\\n  2 \\t\n", "x = 1 + \\\n  2 + \\\n 3 \\t\n", "x = 1 + \\\n  2 \n\\t\n",
    "x = (1 +\n  2 \\t)\n", "x = 1 \\t\n", "if a and \\\n   b \\x:\n  pass\n", "x = 1 + \\\n  'é' \\t\n",
]
for src in cases:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# a first assignment target that cannot be assigned to, before a right side
# that fails: reported first (an operand only when a bitwise_or follows '=')
targets = ["a+b", "-a", "a and b", "[a, b==c]", "'s'", "1", "a if b else c", "not a", "f()",
           "(a, f())", "a[1]==2", "{}", "(yield)", "await a", "a < b < c", "x, a==b", "...", "None"]
for t in targets:
    for rhs in ["(", "1 +", "f(x y)", "'abc"]:
        src = t + " = " + rhs + "\n"
        try:
            ast.parse(src)
            print(repr(src), "parsed")
        except SyntaxError as e:
            print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# del of expressions (invalid_del_stmt) and annotations lacking a comma
more = ["del name, c==odepoint\n", "del c==d\n", "del a, b.c==d\n", "del a b\n", "del (a, b==c)\n",
        "del a, f()\n", "del f() + 1\n", "del a if b else c\n", "del *a, b\n", "del a; del b==c\n",
        "del a==b, (\n", "del [a, not b]\n", "del a or b\n", "del -a\n",
        "def f(a: s\ntr, b): pass\n", "def f(a: s t): pass\n", "def f(a, b: s\ntr): pass\n",
        "def f(*a: s t): pass\n", "def f(**a: s t): pass\n", "def f(a: s t=1): pass\n", "def f(a: s not): pass\n",
        "def f(a: int b: int): pass\n", "def f(a: x if y else z w): pass\n", "def f(*, a: s t): pass\n"]
for src in more:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# errors raised while reading (a bytes and str literal mixed) stand
for src in ["a==b = b'x' 'y'\n", "f() = b'x' 'y'\n", "d = {1:2, b'x' 'y' +}\n", "del a==b, b'x' 'y'\n",
            "del a, f(x y)\n", "del a, (b c)\n", "del f(**a, *b)\n", "a==b = f(a=1, b)\n",
            "CODES = {\n    b'\\033[1;5D': 'left',\n    b'\\033[1;5C''right',\n}\n"]:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# a backslash in a line's indentation fails before the indentation is compared
import io
import tokenize
for src in ["if 1:\n    a\n  \\ b\n", "if 1:\n    a\n    \\ b\n", "if 1:\n    a\n\\ b\n", "  \\ b\n",
            "if 1:\n  \\\n  a\n", "if 1:\n    a\n  \\x", "if 1:\n    a\n  \\", "x = 1\n \\t"]:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            pass
        print("  tokenize ok")
    except (SyntaxError, tokenize.TokenError) as e:
        print("  tokenize", type(e).__name__, e.args)

# a try without handlers, at a DEDENT or INDENT (no columns: the indentation)
for src in ["try:\n    a\nb\n", "def f():\n    try:\n        a\n    b\n", "def f():\n    try:\n        a\n\nx\n",
            "try:\n    a\n", "def f():\n    try:x\n        import tty\n    except E:\n        pass\n", "try:x\n    a\n",
            "def f():\n  try:x\n  b\n", "def f():\n    try:\n        a\nin    except E:\n        b\n"]:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# a call or operand target before '=' with no operand after it; '=' in a brace display
for src in ["a.b (c)=> d\n", "a (c)=> d\n", "a (c)= d\n", "a (b)=> d.e\n", "a/b (S)=> d\n", "f() = (\n",
            "SMTPUTF8 = SMTP.clone{(utf8=True)\n", "x = a{(b=1)\n", "x = a{b=1}\n"]:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# a '{' that is never closed, right after an expression in a header
for src in ["if 1 {b:\n", "for x in a{b:\n", "if 'x'{b:\n", "if a(b:\n    pass\n", "if a{b}:\n",
            "SHUTDOWN {= 'SHUTDOWN'\n", "fro{m .context import reduction\n", "import urllib.pa{rse\n",
            "class CodecInfo{(tuple):\n", "if token.token_type.{endswith('attrtext'):\n"]:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# a return annotation that fails: "expected ':'" after what parses
for src in ["def f() -> t[a]**:\n pass\n", "def f() -> a +:\n pass\n", "def f() -> :\n pass\n", "def f() -> a b:\n pass\n",
            "def f() -> a.:\n pass\n", "def f() -> lambda:\n pass\n", "def f() -> a if b:\n pass\n"]:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# no names after 'import': a comment there is part of the range
for src in ["from a import# c\n", "from a import\n", "import# c\n", "import\n", "from a import  # comment here\n",
            "from a import", "from a import  \n", "from a import # é\n"]:
    try:
        ast.parse(src)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
