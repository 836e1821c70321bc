# Compile-time scoping errors are SyntaxErrors raised by compile().
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(a):\n    global a\n",
    "def f(a):\n    nonlocal a\n",
    "nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "class C:\n    nonlocal z\n",
    "def f():\n    global q\n    nonlocal q\n",
    "[i for i in range(3) if (i := 1)]\n",
    "[(j := 0) for j in range(3)]\n",
    "class C:\n    [(y := 1) for _ in range(2)]\n",
    "def f():\n    yield = 1\n",
    "return 5\n",
    "yield 5\n",
    "def f():\n    x = 1\n    del x\n    def g():\n        return x\n",
    "break\n",
    "continue\n",
    "def f():\n    for i in range(2):\n        pass\n    else:\n        continue\n",
    "async def f():\n    yield from g()\n",
    "def f():\n    await x\n",
    "def f():\n    async with a:\n        pass\n",
    "def f(x, x):\n    pass\n",
    "lambda a, a: 1\n",
    "f(x=1, x=2)\n",
    "def f():\n    from os import *\n",
    "__debug__ = 1\n",
    "def f(__debug__): pass\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{e.msg!r} line={e.lineno}")
    else:
        print("compiled OK:", src.splitlines()[0])
