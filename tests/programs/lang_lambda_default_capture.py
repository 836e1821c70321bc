# Lambdas in default args, keyword lambdas, recursion through names and Y-combinator.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fib = Y(lambda f: lambda n: n if n < 2 else f(n - 1) + f(n - 2))
print(fib(15))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print((lambda *a, sep="-": sep.join(map(str, a)))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
print(compose(abs, str, len)(-12345))
print(sorted([(1, "b"), (2, "a"), (1, "a")], key=lambda t: (t[0], t[1])))
print(list(filter(lambda s: s.isupper(), "aBcDe")), list(map(lambda x: x ** 2, range(4))))
lam = lambda: None
lam.attr = "function attribute"
print(lam.attr, lam.__name__, lam.__code__.co_name, lam.__defaults__)
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
