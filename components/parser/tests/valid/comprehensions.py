[x async for x in y]
[(a, b) for a in c for b in d if a if b]
{a: b for a, b in c}
g = (x for x in (y for y in z))
[x for x, in y]
[x for *a, b in c]
