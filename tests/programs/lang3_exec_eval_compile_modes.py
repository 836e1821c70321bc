# exec/eval/compile: modes, namespaces, return values and errors.
code = compile("a + 1", "<expr>", "eval")
print(eval(code, {"a": 1}), code.co_filename, code.co_name)

single = compile("x = 5\nif x:\n    print('single body', x)\n", "<single>", "single") if False else None
s1 = compile("print('single print')", "<s>", "single")
exec(s1)
s2 = compile("1 + 1", "<s>", "single")
import sys
old = sys.displayhook
seen = []
sys.displayhook = lambda v: seen.append(v)
exec(s2)
exec(compile("None", "<s>", "single"))
sys.displayhook = old
print("displayhook got", seen)

# single mode accepts only one statement
try:
    compile("x = 1\ny = 2\n", "<s>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# eval mode rejects statements
for src in ["x = 1", "import os", "pass"]:
    try:
        compile(src, "<e>", "eval")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# exec returns None, even for an expression
print(exec("1 + 2"))

# separate globals and locals: functions defined inside see only globals
g = {}
l = {}
exec("y = 10\ndef f():\n    return y\n", g, l)
print(sorted(l), "y" in g)
try:
    l["f"]()
except NameError as e:
    print("NameError:", e)

# __builtins__ is inserted into globals
g2 = {}
exec("pass", g2)
print("__builtins__" in g2)

# restricted builtins
try:
    exec("print('hi')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("len('abc')", {"__builtins__": {"len": len}}))

# a mapping as locals (not a dict)
class Loud(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)
print(eval("magic + 1", {}, Loud()))
class M:
    def __getitem__(self, k):
        if k == "q":
            return "from mapping"
        raise KeyError(k)
print(eval("q", {}, M()))
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("1", [])
except TypeError as e:
    print("TypeError:", e)

# eval of a code object compiled in exec mode returns None
print(eval(compile("z = 1", "<x>", "exec"), {}))

# compile flags: PyCF_ONLY_AST and dont_inherit; bad mode; source types
import ast
tree = compile("a = 1", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[0].targets[0]))
exec(compile(tree, "<ast>", "exec"), ns := {})
print(ns["a"])
try:
    compile("1", "<x>", "bad")
except ValueError as e:
    print("ValueError:", e)
print(eval(b"2 * 21"), eval(" \t 3"))
try:
    eval("1\x00")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    compile(5, "<x>", "exec")
except TypeError as e:
    print("TypeError:", e)

# closures in exec code see the exec namespace when globals and locals are the same
ns = {}
exec("k = 3\nfns = [lambda: k * i for i in range(2)]\n", ns)
print([f() for f in ns["fns"]])

# exec with a code object that has free variables
def outer():
    v = 1
    def inner():
        return v
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
print(exec(outer().__code__, {}, None, closure=outer().__closure__))
