# Assignment expressions.
if (n := len("hello")) > 3:
    print("long", n)
print(n)

data = [1, 2, 3, 4, 5, 6]
evens = [y for x in data if (y := x * 2) > 6]
print(evens, y)

def f():
    total = 0
    results = [total := total + v for v in range(5)]
    return results, total
print(f())

chunks = iter(["ab", "cd", ""])
while chunk := next(chunks):
    print("chunk", chunk)

print((a := 1, b := 2), a, b)
print([z := 5, z * 2])
x = (w := 10) + w
print(x, w)

def g(v=(dflt := "default")):
    return v
print(g(), dflt)

# walrus inside a lambda, in a call, in f-string
print((lambda: (q := 7) * q)())
print(max(r := [3, 9, 2]), r)
print(f"{(s := 'fstr')!r} {s}")

# walrus in comprehension in a class body is an error; in nested function fine
try:
    compile("class C:\n    [(i := 0) for j in range(2)]\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
for src in ("x := 1", "(a.b := 1)", "(a[0] := 1)", "def f(a := 1): pass", "[i := 0 for i in range(2)]"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# walrus binds in the enclosing function scope, even from nested comprehensions
def nested():
    [[(last := i * j) for j in range(3)] for i in range(3)]
    return last
print(nested())

def global_walrus():
    global gw
    [gw := i for i in range(4)]
global_walrus()
print(gw)
