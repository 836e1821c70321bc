# Uncaught exception in a generator expression consumed by sum().
def values():
    yield 1
    yield "two"

total = sum(v * 2 for v in values())
