# Generator expressions keep their own scope (not inlined), and closures.
def make():
    n = 3
    return (i * n for i in range(n))
print(list(make()))

def gens():
    return [(lambda: k) for k in range(3)], [g for g in ((lambda: k) for k in range(3))]
a, b = gens()
print([f() for f in a], [f() for f in b])

x = 10
gen = (x + i for i in range(2))
x = 20
print(list(gen))

class C:
    vals = [1, 2]
    try:
        g = list(v * len(vals) for v in vals)
    except NameError as e:
        g = str(e)
print(C.g)

def outer():
    y = 5
    g = (y for _ in range(2))
    y = 6
    return list(g)
print(outer())

# genexp frames and names
g = (i for i in range(1))
print(g.__name__, g.__qualname__, g.gi_code.co_name)
def fn():
    return (i for i in range(1))
print(fn().__qualname__)
# a genexp can be closed before it starts
g = (i for i in range(3))
g.close()
print(list(g))
# exceptions propagate lazily
g = (1 / i for i in (1, 0))
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
