# Uncaught TypeError from an unsupported operand in an augmented assignment.
def accumulate(items):
    total = 0
    for item in items:
        total += item
    return total

print(accumulate([1, 2]))
accumulate([1, "2"])
