# Uncaught exception raised inside a generator driven through yield from and a comprehension.
def source():
    yield 1
    yield 2
    raise IndexError("source exhausted badly")

def relay():
    yield from source()

def consume():
    return sum(x for x in relay())

consume()
