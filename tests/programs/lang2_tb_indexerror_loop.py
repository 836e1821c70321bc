# Uncaught IndexError from inside nested loops with a carets line.
def scan(grid):
    total = 0
    for r in range(len(grid) + 1):
        for c in range(2):
            total += grid[r][c]
    return total

scan([[1, 2], [3, 4]])
