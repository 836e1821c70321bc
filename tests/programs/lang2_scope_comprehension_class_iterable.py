# Comprehensions in class bodies: first iterable uses class scope even when nested in functions.
def build(n):
    class K:
        size = n
        items = [i for i in range(size)]
        pairs = [(i, j) for i in range(size) for j in range(n)]
        try:
            bad = [(i, j) for i in range(size) for j in range(size)]
        except NameError as e:
            bad = "NameError: " + str(e)
        mapping = {i: size_alias for i in range(2) for size_alias in [n]}
    return K
K = build(2)
print(K.items, K.pairs, K.bad, K.mapping)
class L:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    doubled = list(map(lambda v: v * 2, vals))
    filtered = [v for v in vals if v > 1]
print(L.total, L.doubled, L.filtered)
class M:
    n = 3
    try:
        nested = [[n for _ in range(2)] for _ in range(2)]
    except NameError as e:
        nested = "NameError: " + str(e)
print(M.nested)
