# exec/eval and scoping: class bodies, closures, nonlocal, globals of functions.
def make():
    x = "enclosing"
    def inner():
        return eval("x")  # x is not a free variable of inner
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
print(make())

def make2():
    x = "captured"
    def inner():
        x  # now x is free in inner
        return eval("x")
    return inner()
print(make2())

ns = {}
exec("""
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
result = c()
""", ns)
print(ns["result"])

code = "class A:\n    v = [i for i in range(3)]\n    w = sum(v)\n"
g = {}
exec(code, g)
print(g["A"].v, g["A"].w)

g2 = {"__name__": "fake_module"}
exec("def f(): pass\nclass K: pass", g2)
print(g2["f"].__module__, g2["K"].__module__, g2["f"].__globals__ is g2)

lcl = {"y": 2}
exec("y = y + 1\nz = y * 2", {}, lcl)
print(lcl)

def func_locals():
    a = 1
    d = locals()
    exec("a = 99; b = 2", globals(), d)
    return a, d["a"], d["b"]
print(func_locals())
print(eval("[v * k for v in range(3)]", {"k": 10}))
print(eval("(lambda: k)()", {"k": "from globals"}, {"k": "from locals"}))
