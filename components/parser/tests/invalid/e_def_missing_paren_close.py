def f(a:
