# Closures over loop variables in nested loops and comprehensions, cell sharing.
def make():
    fns = {}
    for i in range(3):
        for j in range(2):
            fns[i, j] = lambda: (i, j)
    return {k: f() for k, f in fns.items()}
print(make())

def make_fixed():
    fns = []
    for i in range(3):
        def bind(i=i):
            return lambda: i
        fns.append(bind())
    return [f() for f in fns]
print(make_fixed())

def counters():
    out = []
    for name in ("a", "b"):
        count = 0
        def inc(n=name):
            nonlocal count
            count += 1
            return n, count
        out.append(inc)
    return out
a, b = counters()
print(a(), a(), b(), a())

def while_closure():
    fs = []
    k = 0
    while k < 3:
        fs.append(lambda: k)
        k += 1
    return [f() for f in fs]
print(while_closure())

def comp_closure():
    return [f() for f in [lambda: x for x in "xyz"]]
print(comp_closure())

def shadow():
    x = "outer"
    def f():
        return [x for x in "ab"], x
    return f()
print(shadow())
