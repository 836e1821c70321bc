# Carets under the failing binary operation inside a longer expression.
def compute(a, b, c):
    return a * 2 + b / c - 1

print(compute(1, 2, 3))
compute(1, 2, 0)
