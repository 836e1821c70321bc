# locals() snapshots in 3.13 (PEP 667): functions, classes, comprehensions, closures.
import sys
def snapshot():
    x = 1
    l = locals()
    x = 2
    return l["x"], locals()["x"]
print(snapshot())

def locals_not_write():
    y = 1
    locals()["y"] = 99
    return y
print(locals_not_write())

class C:
    z = 1
    ns = locals()
    ns["added"] = "via locals in class"
print(C.added)
print(locals() is globals())

def comprehension_locals():
    outer = 1
    return [sorted(locals()) for _ in range(1)][0]
print(comprehension_locals())

def closure_locals():
    free = "free value"
    def inner():
        return locals()
    def inner2():
        free
        return locals()
    return inner(), inner2()
print(closure_locals())
