# An uncaught exception in nested calls: traceback on stderr, exit status 1.
def level3(x):
    return 10 / x

def level2(x):
    return level3(x - 1) + 1

def level1():
    values = [1, 2]
    return [level2(v) for v in values]

print("before")
level1()
print("not reached")
