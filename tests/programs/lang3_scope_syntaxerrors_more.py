# Scoping SyntaxErrors raised by the symbol table, checked through compile().
cases = [
    ("param_global", "def f(a):\n    global a\n"),
    ("param_nonlocal", "def f(a):\n    def g(a):\n        nonlocal a\n"),
    ("module_nonlocal", "nonlocal x\n"),
    ("no_binding", "def f():\n    nonlocal zz\n"),
    ("no_binding_global_only", "x = 1\ndef f():\n    nonlocal x\n"),
    ("used_before_global", "def f():\n    print(x)\n    global x\n"),
    ("assigned_before_global", "def f():\n    x = 1\n    global x\n"),
    ("used_before_nonlocal", "def f():\n    x = 0\n    def g():\n        print(x)\n        nonlocal x\n"),
    ("assigned_before_nonlocal", "def f():\n    x = 0\n    def g():\n        x = 2\n        nonlocal x\n"),
    ("global_and_nonlocal", "def f():\n    x = 0\n    def g():\n        global x\n        nonlocal x\n"),
    ("annotated_global", "def f():\n    global x\n    x: int = 1\n"),
    ("annotated_nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n"),
    ("class_nonlocal_ok", "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x\n"),
    ("class_body_nonlocal_no_binding", "class C:\n    nonlocal y\n"),
    ("return_outside", "return 5\n"),
    ("yield_outside", "yield 5\n"),
    ("await_outside", "await x\n"),
    ("yield_in_class", "class C:\n    yield 1\n"),
    ("break_outside", "break\n"),
    ("continue_in_func_in_loop", "for i in x:\n    def f():\n        continue\n"),
    ("global_after_use_in_class", "class C:\n    y = x\n    global x\n"),
    ("import_star_in_func", "def f():\n    from os import *\n"),
    ("del_debug", "del __debug__\n"),
    ("assign_debug", "__debug__ = 1\n"),
    ("param_debug", "def f(__debug__): pass\n"),
    ("dup_param", "def f(a, b, a): pass\n"),
    ("dup_lambda_param", "lambda x, *, x: 0\n"),
    ("dup_kwarg", "f(a=1, a=2)\n"),
]
for name, src in cases:
    try:
        compile(src, "<case>", "exec")
        print(name, "-> compiled")
    except SyntaxError as e:
        print(name, "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)

# the same errors, but from exec() so they surface at run time
try:
    exec("def g():\n    nonlocal q\n")
except SyntaxError as e:
    print("exec:", e.msg, e.filename)

# a nonlocal in a class body reaching a function's local works
def outer():
    counter = 10
    class K:
        nonlocal counter
        counter += 5
        attr = counter
    return counter, K.attr, 'counter' in K.__dict__
print(outer())
