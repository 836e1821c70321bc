# compile(..., 'single') as the interactive console uses it: a block
# followed by another statement is invalid syntax at that statement; simple
# statements that parse and are followed by more are "multiple statements".
cases = [
    "x = 1\n",
    "x = 1\ny = 2\n",
    "x = 1; y = 2\n",
    "if 1:\n  pass\nprint(2)\n",
    "def f():\n    return u\nf()\n",
    "if 1:\n  pass\n\nprint(2)\n",
    "while 0: pass\n",
    "while 0: pass\nx\n",
    "for i in ():\n    pass\nelse:\n    pass\n",
    "class A: pass\n# a comment\n",
    "x = 1  # comment\n\n",
    "@d\ndef g(): pass\nh = 1\n",
    "try:\n  pass\nfinally:\n  pass\nz()\n",
    # Without a final newline CPython adds none: the line is shown as is,
    # and an error on the NEWLINE it makes up at the end is at column 0.
    "x +", "x = ", "x = (1 +)", "if x:\n  y +", "del", "x = 1 +  ", "x +  # c", "for",
]
for src in cases:
    try:
        compile(src, "<input>", "single")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    # PyCF_DONT_IMPLY_DEDENT, as codeop passes it
    try:
        compile(src, "<input>", "single", 0x200)
    except SyntaxError as e:
        print("   0x200:", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
