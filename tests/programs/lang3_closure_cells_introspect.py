# Closures: __closure__, cell objects, co_freevars/co_cellvars, and sharing of cells.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)

# cell contents can be written and deleted
cell = inc.__closure__[0]
cell.cell_contents = 100
print(get(), inc())
del cell.cell_contents
try:
    get()
except NameError as e:
    print("NameError:", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)

# types.CellType constructor and comparison
import types
c1 = types.CellType(1)
c2 = types.CellType(2)
empty = types.CellType()
print(c1 < c2, c1 == types.CellType(1), repr(empty).startswith("<cell at"), "empty" in repr(empty))

# parameters that are captured become cells; the cell is in co_cellvars
def param_cell(p):
    def inner():
        return p
    return inner
print(param_cell.__code__.co_cellvars, param_cell(5)())

# a function without free variables has __closure__ None
def no_free():
    return 1
print(no_free.__closure__)

# a class body captures through __class__ and an outer function's variables
def outer():
    secret = "s"
    class C:
        def m(self):
            return secret, __class__.__name__
    return C
C = outer()
print(C().m(), C.m.__code__.co_freevars)

# late binding: all closures see the final value of the loop variable
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])

# closures in nested comprehension capture the comprehension variable per iteration
fs = [(lambda: j) for j in range(3)]
print([f() for f in fs])

# three levels of nesting share one cell
def l1():
    v = "one"
    def l2():
        def l3():
            return v
        return l3
    f = l2()
    v = "changed"
    return f()
print(l1())

# replacing __code__ requires a matching number of free variables
def a():
    x = 1
    def inner():
        return x
    return inner
def b():
    return 2
inner = a()
try:
    inner.__code__ = b.__code__
except ValueError as e:
    print("ValueError:", e)

# types.FunctionType with an explicit closure
def template():
    z = 0
    def use():
        return z * 2
    return use
u = template()
new = types.FunctionType(u.__code__, globals(), "new", None, (types.CellType(21),))
print(new())
try:
    types.FunctionType(u.__code__, globals(), "bad", None, ())
except ValueError as e:
    print("ValueError:", e)
try:
    types.FunctionType(u.__code__, globals(), "bad", None, (1,))
except TypeError as e:
    print("TypeError:", e)
