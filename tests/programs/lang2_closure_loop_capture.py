# Closures created in loops capture variables, not values.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

funcs = []
for j in range(3):
    def f():
        return j
    funcs.append(f)
j = 100
print([f() for f in funcs])

def make():
    out = []
    for k in range(3):
        out.append(lambda: k)
    k = "changed"
    return out
print([f() for f in make()])

def make_cells():
    out = []
    for k in range(3):
        def bind(k=k):
            return lambda: k
        out.append(bind())
    return out
print([f() for f in make_cells()])

# closure over loop variable in while with rebinding
def counter_closures():
    res = []
    n = 0
    while n < 3:
        res.append(lambda: n)
        n += 1
    return [f() for f in res]
print(counter_closures())

# comprehension variable captured in nested lambda comprehension
gens = [(lambda: x) for x in "abc"]
print([g() for g in gens])
nested = [[lambda: (a, b) for b in range(2)] for a in range(2)]
print([f() for row in nested for f in row])

# generator expressions capture lazily
x = 10
ge = (x + y for y in range(3))
x = 20
print(list(ge))
# but the first iterable is evaluated at once
seq = [1, 2]
ge = (s for s in seq)
seq = [9]
print(list(ge))

# cell contents and __closure__
def outer():
    a = 1
    def inner():
        return a
    a = 2
    return inner
inn = outer()
print(inn(), inn.__closure__[0].cell_contents, inn.__code__.co_freevars)

# modifying a cell from outside
import types
c = types.CellType(5)
print(c.cell_contents)
c.cell_contents = 6
print(c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
