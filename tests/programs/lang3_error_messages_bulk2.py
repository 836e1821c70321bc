# Error messages of calls, imports, class creation, generators and builtins (CPython 3.13 wording).
tests = [
 "class A:\n    def f(self): pass\nA.f()", "class A:\n    def __init__(self, x): pass\nA()", "def f(*, a): pass\nf(1)",
 "def f(a, /): pass\nf(a=1)", "def f(**k): pass\nf(1)", "def f(): pass\nf(**{'a': 1})", "print(end=1)", "print(sep=5)",
 "import nonexistent_mod_xyz", "from os import nonexistent_name", "from nonexistent_pkg.sub import x", "import os.nonexistent",
 "from . import x", "__import__('')", "__import__(1)",
 "raise 1", "raise ValueError from 1", "assert False, 'm'", "x = 1\nx()", "'s'.foo", "(1).foo = 2",
 "class M(type): pass\nclass A(metaclass=M): pass\nclass B: pass\nclass C(A, 1): pass",
 "class A: pass\nclass B(A, A): pass", "class A(int, str): pass", "class A(bool): pass", "class A(type(None)): pass",
 "def f():\n    yield\nf().send(1)", "def g():\n    return\n    yield\nnext(g())",
 "async def c(): pass\nc().send(1)", "import math\nmath.sqrt(-1)", "import math\nmath.log(0)", "import math\nmath.factorial(-1)",
 "[].sort(key=1)", "sorted([3,1], key=lambda x: x.y)", "min(1, 2, key=1)", "max([], default=1, key=None, x=1)",
 "enumerate(1)", "zip(1)", "map(1, [1])", "list(map(1, [1]))", "filter(1, 1)", "reversed(1)", "iter([], 1)",
 "memoryview(b'a')[1]", "bytearray(b'a').pop(5)", "[].pop()", "{}.popitem()", "set().pop()", "frozenset().add",
 "object.__new__(int)", "int.__new__(str)", "type.__call__(1)", "type(1, 2, 3)", "type('x', 1, {})",
 "exec('1 +')", "compile('x', 'f', 'exec', 99999)", "vars(1)", "dir(1, 2)",
 "open(1.5)", "open('/nonexistent/x')", "int(base=3)", "int('10', 1)", "int(1, 2)", "str(b'a', 'bad-enc')",
]
for t in tests:
    try:
        exec(t, {"__name__": "probe"})
        print(repr(t), "-> ok")
    except BaseException as e:
        print(repr(t), "->", type(e).__name__ + ":", str(e)[:150])
