# Starred unpacking in nested targets, loops and displays.
(a, *b), c, *d = [1, 2, 3], 4, 5, 6
print(a, b, c, d)
[*e] = "xyz"
print(e)
*f, = range(3)
print(f)
first, *mid, last = range(2)
print(first, mid, last)
((g, *h), *i) = ((1,), 2, 3)
print(g, h, i)

for x, *rest in [(1, 2, 3), (4,), "ab"]:
    print(x, rest)
for (k, *vs), flag in [(("a", 1, 2), True), (("b",), False)]:
    print(k, vs, flag)

# starred targets always produce lists, even from tuples and strings
*s, = (1, 2)
print(type(s).__name__, s)

# errors
for src, val in [("a, *b, c = v", [1]), ("a, b = v", [1, 2, 3]), ("a, b = v", 5),
                 ("(a, *b), c = v", [[], 1]), ("*a, b, c, d = v", "ab")]:
    try:
        exec(src, {"v": val})
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# compile-time errors
for src in ["*a = [1]", "a, *b, *c = d", "*a, *b = c", "del *a", "del (*a, b)",
            "print(*a for a in b)", "[*a for a in b]", "f(**a for a in b)", "x = *a"]:
    try:
        compile(src, "<star>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# star expressions in displays and calls
a = [1, 2]; b = (3,); s = {4}
print([*a, *b, *s], (*a, *b), {*a, 0}, {**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *"cd", sep="-")

# unpacking an iterator that raises midway
def boom():
    yield 1
    raise KeyError("mid")
try:
    p, *q = boom()
except KeyError as e:
    print("KeyError:", e)

# star targets with a walrus value and in a with statement
import contextlib
@contextlib.contextmanager
def cm():
    yield (1, 2, 3)
with cm() as (head, *tail):
    print(head, tail)

# a large star unpack
*big, end = range(1000)
print(len(big), end)
