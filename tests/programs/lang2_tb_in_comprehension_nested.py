# Uncaught error inside a nested comprehension called from a function.
def matrix(n):
    return [[10 // (i - j) for j in range(n)] for i in range(n)]

print(matrix(1))
matrix(3)
