x = 10
print(eval("x * 2"), eval("a + b", {"a": 1, "b": 2}))
exec("y = x + 1")
print(y)
g = {}
exec("def f(n):\n    return n * 3\nz = f(4)", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
def fn(a, b=2):
    c = a + b
    return sorted(locals().items())
print(fn(1))
code = compile("print('compiled', 1 + 1)", "<test>", "exec")
exec(code)
print(eval(compile("3 ** 2", "<e>", "eval")))
print("x" in globals(), type(globals()).__name__)
print(dir()[:3])
class P:
    def __init__(self):
        self.q = 1
print(vars(P()))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg if hasattr(e, "msg") else e)
eval("undefined_thing")
