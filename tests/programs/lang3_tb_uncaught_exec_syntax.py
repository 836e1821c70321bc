# An uncaught SyntaxError raised by exec() of bad source, printed with its caret line.
src = """
def f(a, b):
    return a +* b
"""
print("compiling")
def load(text):
    exec(compile(text, "<generated>", "exec"))
load(src)
