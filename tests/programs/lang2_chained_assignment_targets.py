# Chained assignment with mixed targets and evaluation order of targets.
log = []
class T:
    def __setattr__(self, k, v):
        log.append(f"setattr {k}={v}")
        object.__setattr__(self, k, v)
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")
def get(name, obj):
    log.append(f"get {name}")
    return obj
t = T()
get("a", t).x = get("b", t)[get("key", 1)] = y = get("value", 5)
print(log, y); log.clear()
a = b = []
a.append(1)
print(b, a is b)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i = lst[i] = 1
print(i, lst)
p = q = r = "shared"
print(p is q is r)
[c1, c2] = (c3, c4) = "xy"
print(c1, c2, c3, c4)
d = {}
d["a"] = d["b"] = d
print(d["a"] is d, sorted(d.keys()))
