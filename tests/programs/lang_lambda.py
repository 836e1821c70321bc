# Lambdas: parameters, defaults, closures, nested, in expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, /, b, *, c=3: (a, b, c))(1, b=2))
print((lambda x=1, y=2: x + y)(y=10))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))

adder = lambda n: lambda x: x + n
print(adder(3)(4))

class C:
    f = lambda self: "method via lambda"
    g = staticmethod(lambda: "static lambda")
print(C().f(), C.g(), C.f.__qualname__)

def outer():
    return lambda: None
print(outer().__qualname__)

# lambda in default argument and conditional
f = lambda x: "even" if x % 2 == 0 else "odd"
print([f(i) for i in range(3)])
# lambda with walrus inside parentheses
g = lambda: (y := 5) + y
print(g())
# lambda is an expression: in a tuple
pair = (lambda: 1, lambda: 2)
print([p() for p in pair])
# lambda cannot contain statements
try:
    compile("lambda: return 1", "s", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
# lambda returns generator when containing yield
lg = lambda: (yield 1)
print(type(lg()).__name__, list(lg()))
print((lambda: 0)() if False else None)
