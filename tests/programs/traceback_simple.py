# An uncaught exception prints a traceback and exits with status 1.
def inner(x):
    return 10 // x

def outer(v):
    total = inner(v)
    return total

print("before")
outer(5)
outer(0)
print("not reached")
