# def, calls, defaults, keywords, *args/**kwargs, closures, recursion.
def add(a, b=10, *rest, scale=1, **extra):
    return (a + b + sum(rest)) * scale, sorted(extra)

print(add(1))
print(add(1, 2))
print(add(1, 2, 3, 4, scale=2, z=1, y=2))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
print(c(), c(), c(5))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(25))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(15)])
square = lambda x: x * x
print(list(map(square, range(6))), sorted(["bb", "a", "ccc"], key=len))

def kwonly(a, /, b, *, c):
    return a, b, c

print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))
args = (1, 2)
kw = {"c": 9}
print(kwonly(*args, **kw))
