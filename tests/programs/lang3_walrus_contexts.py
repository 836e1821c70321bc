# Assignment expressions in every context where they are allowed, and where not.
import re
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print("stopped at", item, data)

# in comprehension conditions and values
vals = [y for x in range(6) if (y := x * x) % 2 == 0]
print(vals, y)
pairs = {k: (v := k * 10) for k in range(3)}
print(pairs, v)

# in function call arguments and as a keyword value
def show(*a, **k):
    return a, k
print(show(z := 5, key=(w := z + 1)), z, w)

# inside lambdas and default values
f = lambda q: (r := q + 1) * r
print(f(2))
def g(a=(dflt := "default")):
    return a
print(g(), dflt)

# in a subscript and a slice
lst = list(range(10))
print(lst[(i := 2)], lst[(j := 1):(k := 4)], i, j, k)

# in assert, return, yield and f-strings
def gen():
    yield (got := "yielded")
    return got
print(list(gen()))
assert (ok := True), "never"
print(ok)
print(f"{(fw := 7)} {fw}")

# regex match idiom
for line in ["key=value", "nothing", "a=b"]:
    if (m := re.match(r"(\w+)=(\w+)", line)) is not None:
        print(m.group(1), "->", m.group(2))

# precedence: walrus binds less tightly than comparison
if (cmp := 5 > 3):
    print("cmp is", cmp)
x = (t := 1, 2)
print(x, t)

# in a class body (outside comprehensions) it binds a class attribute
class C:
    attr = (inner := 4) + 1
print(C.attr, C.inner)

# in a with statement and a match subject
import contextlib
with contextlib.nullcontext(cm_val := 3) as cv:
    print(cv, cm_val)
match (subject := [1, 2]):
    case [a, b]:
        print("matched", a, b, subject)

# not allowed at statement level, in some targets, or as keyword names
for src in ["y := 1", "x = y := 1", "def f(a := 1): pass", "f(a := 1 for a in b)",
            "f(key := 1)", "print(x := 1, y := 2)", "(x.y := 1)", "[x for x in range(3) if (x := 1)]",
            "lambda: x := 1", "(lambda: (x := 1))", "def f(): return x := 1", "{(a := 1): 2}", "{a := 1}"]:
    try:
        compile(src, "<w>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# the walrus in a nested comprehension binds in the enclosing function
def nested():
    [[(found := (i, j)) for j in range(2) if i == j] for i in range(3)]
    return found
print(nested())

# global and nonlocal interplay
counter = 0
def bump():
    global counter
    [(counter := counter + 1) for _ in range(3)]
bump()
print(counter)
def outer():
    last = None
    def inner():
        nonlocal last
        [(last := c) for c in "xyz"]
    inner()
    return last
print(outer())
