# Extended unpacking corner cases.
a, *b = [1]
print(a, b)
*a, b = (1,)
print(a, b)
a, *b, c = "xy"
print(a, b, c)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
a = b = c = None
first, *_, last = range(10)
print(first, last, _)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = iter([1])
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = iter(range(100))
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
for src in ("*a = [1]", "a, *b, *c = [1, 2]", "*a, = 1, 2", "print(*a for a in b)"):
    try:
        compile(src, "s", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# unpacking strings, dicts, sets (sorted), generators
k1, k2 = {"a": 1, "b": 2}.values()
print(k1, k2)
s1, s2 = sorted({3, 1})
print(s1, s2)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
p, q, r = Seq()
print(p, q, r)
