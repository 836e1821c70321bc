# SyntaxErrors for global/nonlocal misuse.
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f(a):\n    def g(a):\n        nonlocal a\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "global x\nx = 1\n",
    "def f():\n    for x in []: pass\n    global x\n",
    "def f():\n    import x\n    global x\n",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return C\n",
]
for src in cases:
    try:
        compile(src, "<g>", "exec")
        print("OK")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")
