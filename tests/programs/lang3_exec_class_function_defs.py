# Functions and classes defined inside exec(): globals, __module__, closures and __builtins__.
src = '''
import math
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, pi={math.pi:.2f}"
class Square(Shape):
    sides = 4
    def describe(self):
        return "square: " + super().describe()
def make_adder(k):
    return lambda v: v + k
'''
ns = {"__name__": "generated"}
exec(src, ns)
print(ns["bump"](), ns["bump"](5), ns["counter"])
print(ns["Square"]().describe())
print(ns["Square"].__module__, ns["bump"].__module__, ns["bump"].__globals__ is ns)
print(ns["make_adder"](10)(5), ns["make_adder"].__qualname__)

# separate locals: class bodies and defs land in locals, functions see globals only
g, l = {}, {}
exec("x = 1\ndef get_x():\n    return x\nclass K:\n    y = 2\n    try:\n        z = x\n    except NameError:\n        z = 'no x'\n", g, l)
print(sorted(l), "x" in g, l["K"].y, l["K"].z)
try:
    l["get_x"]()
except NameError as e:
    print("NameError:", e)

# code objects compiled once, executed in several namespaces
code = compile("def who():\n    return name\nresult = who()", "<shared>", "exec")
for name in ("first", "second"):
    ns = {"name": name}
    exec(code, ns)
    print(ns["result"], ns["who"].__code__ is code.co_consts[0] if False else ns["who"].__code__.co_filename)

# __builtins__ given as a module or a dict
import builtins
ns = {"__builtins__": builtins}
exec("r = len('four')", ns)
print(ns["r"])
ns = {"__builtins__": {"len": lambda s: -1}}
exec("r = len('four')", ns)
print(ns["r"])

# exec of a function's code object (no free vars) runs its body in the given namespace
def body():
    print("running body with", zz)
ns = {"zz": "value from ns"}
exec(body.__code__, ns)

# traceback lines for code from exec show the filename given to compile
try:
    exec(compile("def boom():\n    1 / 0\nboom()", "<virtual file>", "exec"), {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    files = []
    while tb:
        files.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    print(files[1:])
