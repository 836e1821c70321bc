# exec/eval/compile with explicit globals and locals.
g = {"x": 10}
exec("y = x * 2", g)
print(g["y"], "__builtins__" in g)
l = {}
exec("z = x + 1", g, l)
print(l, "z" in g)
print(eval("x + y", g))
print(eval("a * b", {}, {"a": 3, "b": 4}))
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

code = compile("r = 1 + 2\nr * 10", "<src>", "exec")
ns = {}
print(exec(code, ns), ns["r"])
expr = compile("r * 10", "<src>", "eval")
print(eval(expr, ns))
single = compile("1 + 1", "<src>", "single")
exec(single)  # prints 2 through sys.displayhook

# functions defined in exec see the exec globals
exec("def f():\n    return x * 100\n", g)
print(g["f"]())

# locals mapping can be any mapping
class Recording(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return dict.__getitem__(self, k)
print(eval("q + 1", {}, Recording(q=41)))

# exec in a function: locals changes are not reflected in fast locals
def inner():
    v = 1
    exec("v = 2")
    return v
print(inner())

def inner2():
    loc = {}
    exec("w = 5", globals(), loc)
    return loc["w"]
print(inner2())

# class body in exec
exec("class K:\n    a = 1\n    b = a + 1\n", g)
print(g["K"].b)

# eval of non-expression
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
print(eval(b"1 + 2"), eval("  3 * 3  \n"))
print(eval("(lambda: __name__)()", {"__name__": "fake"}))
co = compile("a + b", "file.py", "eval")
print(co.co_filename, co.co_name, co.co_names)
