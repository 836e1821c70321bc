# Lists, tuples and dicts.
xs = [5, 3, 8, 1]
xs.append(7)
xs.insert(0, 9)
print(xs, len(xs), xs[1:3], xs[::-1], xs[-2:])
xs.sort()
print(xs, xs.pop(), xs.pop(0), xs, xs.index(5), 8 in xs)
ys = xs + [0] * 3
ys[1] = "changed"
del ys[0]
print(ys, ys.count(0))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0])
t = (1, "two", 3.0)
a, b, c = t
print(t, a, b, c, t[1:], (1,), ())
first, *middle, last = range(6)
print(first, middle, last)
d = {"x": 1, "y": 2}
d["z"] = 3
d["x"] = 10
print(d, len(d), d.get("q"), d.get("q", 0), list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v, end="; ")
print()
print({i: i * i for i in range(5)}, [i for i in range(10) if i % 3 == 0])
r = [1, 2]
r.append(r)
print(r)
print(list(enumerate("ab")), list(zip([1, 2, 3], "xyz")), min(4, 2, 8), max([3, 9, 1]))
