# IndentationError and TabError messages.
cases = [
    "if True:\npass",
    "def f():\n    x = 1\n      y = 2",
    "def f():\n    x = 1\n  y = 2",
    "  x = 1",
    "if True:\n\tx = 1\n        y = 2",
    "for i in x:\n",
    "class C:\n# comment\n",
    "try:\n    pass\nexcept:\npass",
    "while x:\n    pass\n  else:\n    pass",
]
for src in cases:
    try:
        compile(src, "<indent>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
