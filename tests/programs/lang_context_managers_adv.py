# Nested and reentrant context managers, exits receiving exceptions, exit order.
log = []
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.swallow

with CM("a"), CM("b"), CM("c"):
    log.append("body")
print(log); log.clear()

try:
    with CM("a"), CM("b", swallow=True), CM("c"):
        raise KeyError
except KeyError:
    log.append("outer caught")
print(log); log.clear()

def gen():
    with CM("in-gen"):
        yield 1
        yield 2
for v in gen():
    log.append(f"got {v}")
print(log); log.clear()

g = gen()
next(g)
g.close()
print(log); log.clear()

class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("after", Reentrant.depth)

# exception in __exit__ while handling another
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body failed")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

# with statement target evaluation order
class Order:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
with Order(1) as x, Order(x + 1) as y:
    print("x, y =", x, y)
