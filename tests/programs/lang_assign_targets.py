# Every kind of assignment target.
a = b = c = 1
print(a, b, c)
x, y = 1, 2
print(x, y)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, *rest = range(5)
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
*everything, = (9, 8)
print(everything)

class Obj:
    pass
o = Obj()
o.attr = 1
o.attr2, o.attr3 = "x", "y"
print(o.attr, o.attr2, o.attr3)

lst = [0] * 6
lst[0] = "zero"
lst[1:3] = ["one", "two", "extra"]
print(lst)
lst[::2] = "ABCD"[:len(lst[::2])]
print(lst)
d = {}
d["k"], d[1, 2] = "v", "tuple key"
print(d)
lst[-1], o.attr = o.attr, lst[-1]
print(lst[-1], o.attr)

# nested target with star inside
(m, *n), k = [1, 2, 3], 4
print(m, n, k)
for i, (j, *kk) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, kk)

# chained assignment order: targets assigned left to right
log = []
class Rec:
    def __setitem__(self, key, val):
        log.append((key, val))
r = Rec()
r["a"] = r["b"] = 7
print(log)

# swap via tuple
a, b = 1, 2
a, b = b, a
print(a, b)
# evaluation order: rhs first, then targets left to right
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)

# unpack errors
for src in ("a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, b = 5"):
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# assignment to dict/generator unpack
k1, k2 = {"u": 1, "v": 2}
print(k1, k2)
g1, g2 = (i * 3 for i in range(2))
print(g1, g2)
