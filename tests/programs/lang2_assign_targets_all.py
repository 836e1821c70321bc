# Every assignment target shape, including nesting and starred.
class O:
    pass
o = O()
d = {}
l = [0] * 6

a = b = c = 1
print(a, b, c)
x, y = 1, 2
[p, q] = "pq"
(r, (s, t)) = (1, (2, 3))
print(x, y, p, q, r, s, t)
o.attr, d["k"], l[0] = "A", "D", "L"
print(o.attr, d, l)
l[1:3] = [9, 9, 9]
print(l)
first, *mid, last = range(6)
print(first, mid, last)
*init, = "abc"
print(init)
[o.x, *o.rest] = [1, 2, 3]
print(o.x, o.rest)
d["a"], (d["b"], *d["c"]) = 1, (2, 3, 4)
print(d)
for i, (j, *k) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, k)
l[::2] = "xyz"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)

# chained assignment order: left to right after evaluating the RHS once
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
def val():
    log.append("val")
    return 7
r1 = Rec()
r1[1] = r1[2] = val()
print(log)

# same variable in multiple targets
a, a = 1, 2
print(a)
i = 0
l2 = [0, 0, 0]
i, l2[i] = 1, 5
print(i, l2)

# unpacking errors
for bad in ([1], [1, 2, 3]):
    try:
        u, v = bad
    except ValueError as e:
        print(e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(e)
try:
    u, v = 5
except TypeError as e:
    print(e)

# unpack from generator, dict, set of one
g1, g2 = (n * n for n in range(2))
k1, k2 = {"x": 1, "y": 2}
(single,) = {42}
print(g1, g2, k1, k2, single)

# starred assignment with strings and nested star
(a1, *b1), *c1 = "ab", "cd", "ef"
print(a1, b1, c1)
