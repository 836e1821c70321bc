# Free and cell variables, co_freevars/co_cellvars, closures and __closure__.
def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner

fn = outer(1)
print(fn(10))
print(fn.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print([c.cell_contents for c in fn.__closure__])

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())

def early_binding():
    return [(lambda i=i: i)() for i in range(3)]
print(early_binding())

def cell_param(p):
    def get():
        return p
    p = p + 1
    return get()
print(cell_param(5))

def unbound_free():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return get()
print(unbound_free())

def no_closure():
    return 1
print(no_closure.__closure__)

import types
c = types.CellType(7)
print(c.cell_contents)
c.cell_contents = 8
print(c.cell_contents)
e = types.CellType()
try:
    e.cell_contents
except ValueError as ex:
    print("ValueError:", ex)

def shared_cell():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    return inc, get
i, g = shared_cell()
i(); i()
print(g(), i.__closure__[0] is g.__closure__[0])
