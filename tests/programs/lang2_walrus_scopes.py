# Assignment expressions: scope rules in comprehensions, lambdas, classes.
def f():
    [(last := v) for v in range(3)]
    return last
print(f())

total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)

def nested():
    [[(deep := a * b) for b in range(2)] for a in range(3)]
    return deep
print(nested())

# walrus binds in the enclosing function even from a generator expression
def gen_bind():
    g = (found := x for x in [7, 8])
    next(g)
    return found
print(gen_bind())

# lambda: walrus binds in lambda scope
fn = lambda: (w := 10) + w
print(fn())
try:
    w
except NameError:
    print("w not leaked from lambda")

# in class body comprehension: SyntaxError
try:
    compile("class C:\n    [(y := i) for i in range(3)]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# cannot rebind iteration variable
for src in ["[i := 0 for i in range(3)]", "[(i := 0) for i in range(3)]",
            "[x for x in (y := [1])]", "def f():\n    [(lambda: (z := 1)) for z in []]\n",
            "(a.b := 1)", "(a[0] := 1)", "((a, b) := (1, 2))", "x := 1"]:
    try:
        compile(src, "<s>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# global and nonlocal targets from a comprehension
gl = None
def set_global():
    global gl
    [(gl := n) for n in "xyz"]
set_global()
print(gl)

def set_nonlocal():
    nl = None
    def inner():
        nonlocal nl
        [(nl := n) for n in range(4)]
    inner()
    return nl
print(set_nonlocal())

# walrus in conditions of while and comprehension filters
data = iter([3, 1, 4, 0, 5])
out = []
while (n := next(data)) != 0:
    out.append(n)
print(out)
print([y for x in range(6) if (y := x * x) % 2])
# evaluation order inside one expression
print((a := 1, a + 1, (a := 5), a))
# in f-string
print(f"{(q := 3)} {q * 2}")
# walrus inside function default and decorator positions
def with_default(p=(dflt := 9)):
    return p
print(with_default(), dflt)
