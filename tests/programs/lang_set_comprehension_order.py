# Set and dict comprehensions over ints: deterministic ordering and operations.
squares = {x * x for x in range(-3, 4)}
print(sorted(squares), len(squares))
print({x % 5 for x in range(100)})
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes), sorted(evens ^ threes)[:5])
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, {k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
fs = frozenset(x for x in range(3))
print(fs, {fs: "frozen key"}[frozenset({0, 1, 2})])
