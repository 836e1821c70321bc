# Lambdas: scoping, defaults, nesting, introspection and syntax limits.
add = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(add(1, c=3), add(1, 2, 3, c=5, e=6))
print(add.__name__, add.__qualname__, add.__code__.co_argcount, add.__code__.co_kwonlyargcount)

# immediately invoked, nested, returning lambdas
print((lambda: (lambda x: x * 2))()(21))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v + 1)(41))

# lambda in a class body does not see class attributes at call time
class C:
    factor = 3
    scale = lambda self, v: v * self.factor
    try:
        bad = (lambda: factor)()
    except NameError as e:
        err = str(e)
print(C().scale(2), C.err)

# conditional expression and walrus inside a lambda
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(v) for v in (-1, 0, 5)])
acc = lambda v: (t := v * 2, t + 1)
print(acc(5))

# lambdas in default arguments and keyword arguments
def apply(fn=lambda: "default lambda"):
    return fn()
print(apply(), apply(lambda: "given"))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))

# lambda with yield is a generator function
gen = lambda: (yield 1)
g = gen()
print(type(g).__name__, next(g))

# recursive lambda through a name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# lambda __qualname__ inside functions and classes
def maker():
    return lambda: None
class Q:
    attr = lambda self: None
print(maker().__qualname__, Q.attr.__qualname__)

# syntax errors
for src in ["lambda: return 1", "lambda x: x = 1", "lambda (x): x", "lambda *: 1", "lambda **k, a: 1",
            "lambda a=1, b: 1", "lambda: yield from", "lambda: *a", "lambda x, x: 1", "lambda: (await x)"]:
    try:
        compile(src, "<l>", "eval")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# lambda default captures the current value
vals = [lambda i=i: i * i for i in range(4)]
print([f() for f in vals])

# lambdas have no docstring and an empty annotations dict
print(add.__doc__, add.__annotations__, callable(add))

# async lambda does not exist; a lambda returning a coroutine is fine
async def co():
    return "co"
lam = lambda: co()
c = lam()
try:
    c.send(None)
except StopIteration as s:
    print("coroutine from lambda:", s.value)
