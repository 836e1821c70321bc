def f(a, b):
    return a / b + g(1)
def g(x):
    return x
x = [1]
f(1, 0)
