# Uncaught NameError with a suggestion for a builtin.
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl

print("start")
compute([1, 2])
