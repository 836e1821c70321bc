# A syntax error in compiled code, raised uncaught: traceback format.
src = "x = 1\nif x\n    print(x)\n"
try:
    compile(src, "<snippet>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename)
exec("def f(:\n    pass\n")
