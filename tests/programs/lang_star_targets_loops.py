# Star targets in for loops, with statements and comprehensions.
rows = [(1, 2, 3, 4), (5, 6), (7,)]
for first, *rest in rows:
    print(first, rest)
print([last for *_, last in rows])
print({k: v for k, *v in ["abc", "de"]})
class CM:
    def __enter__(self): return (1, 2, 3)
    def __exit__(self, *a): pass
with CM() as (a, *b):
    print(a, b)
for (x, y), *z in [((1, 2), 3, 4)]:
    print(x, y, z)
pairs = {"x": (1, 2), "y": (3, 4)}
for key, (p, q) in pairs.items():
    print(key, p + q)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
