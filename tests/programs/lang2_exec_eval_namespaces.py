# exec/eval/compile with explicit globals and locals.
g = {"x": 1}
l = {"y": 2}
exec("z = x + y", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
print("__builtins__" in g)

# eval with locals mapping that is not a dict
class Lookup(dict):
    def __missing__(self, k):
        return f"<{k}>"
print(eval("a + b", {}, Lookup()))

class Mapping:
    def __getitem__(self, k):
        if k == "q":
            return 99
        raise KeyError(k)
    def keys(self):
        return ["q"]
print(eval("q * 2", {}, Mapping()))
try:
    eval("unknown", {}, Mapping())
except NameError as e:
    print("NameError:", e)

# functions defined in exec see exec's globals, not locals
ns_g, ns_l = {}, {}
exec("v = 5\ndef f():\n    return v\n", ns_g, ns_l)
try:
    ns_l["f"]()
except NameError as e:
    print("NameError:", e)
ns = {}
exec("v = 5\ndef f():\n    return v\n", ns)
print(ns["f"]())

# class bodies inside exec with separate locals
exec("class K:\n    attr = 1\n", ns_g, ns_l)
print(ns_l["K"].attr)

# compile modes
print(eval(compile("1 + 2", "<e>", "eval")))
exec(compile("print('exec mode')", "<x>", "exec"))
c = compile("3 * 3", "<s>", "single")
exec(c)  # single mode prints the expression value
code = compile("a = 1\nb = a + 1", "<multi>", "exec")
d = {}
exec(code, d)
print(d["b"], code.co_filename, code.co_name)
try:
    compile("a = 1", "<e>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("x", "<e>", "bogus")
except ValueError as e:
    print("ValueError:", e)

# eval of a code object with free variables is rejected
def outer():
    w = 1
    def inner():
        return w
    return inner.__code__
try:
    eval(outer())
except TypeError as e:
    print("TypeError:", e)

# exec returns None, eval of statements fails
print(exec("1"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# globals must be a dict
try:
    exec("1", [])
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError:", e)

# builtins override via __builtins__
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "fake"}}))
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

# exec with string containing a return outside function
try:
    exec("return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# eval strips leading whitespace; bytes source
print(eval("   1 + 1"), eval(b"2 * 2"))
print(eval("\n\n3\n"))
# dont_inherit / flags argument accepted
print(eval(compile("4", "<f>", "eval", 0, True)))
