# lambda: defaults, kw-only, varargs, nested, immediately invoked, name and qualname.
f = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print((lambda: "iife")())
print((lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(z=1, a=2))
print((lambda x, /, y: x - y)(5, y=3))
adder = lambda n: lambda m: n + m
print(adder(3)(4), adder(3).__qualname__)

class K:
    method = lambda self: "lambda method " + type(self).__name__
    static = staticmethod(lambda: "static lambda")
print(K().method(), K.static(), K.method.__qualname__)

# lambda body is an expression: conditional, comprehension, walrus
pick = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([pick(v) for v in (-1, 0, 1)])
squares = lambda n: [i * i for i in range(n)]
print(squares(4))
print((lambda: (y := 5, y * 2))())

# lambda default evaluated once
calls = []
def dflt():
    calls.append(1)
    return []
g = lambda acc=dflt(): acc.append(1) or len(acc)
print(g(), g(), calls)

# lambdas in sort keys and with closures over loop variables
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (-len(w), w)))

# recursion through a name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# lambda code flags and argument counts
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)

# errors
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
for src in ["lambda x: yield", "lambda: (yield)", "lambda x=1, y: x", "lambda: return 1", "lambda (x): x"]:
    try:
        compile(src, "<s>", "eval")
        print("compiles:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# a lambda with yield is a generator function
gl = lambda: (yield 1)
print(list(gl()))
