# Generators holding resources: with/finally inside generators, close(), dropping, yield from.
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"close {self.name} ({et.__name__ if et else 'clean'})")
        return False

def reader(name):
    with Res(name):
        for i in range(3):
            yield f"{name}{i}"

print(list(reader("a")), log); log.clear()

g = reader("b")
print(next(g))
g.close()
print(log); log.clear()

g = reader("c")
next(g)
del g
print(log); log.clear()

for v in reader("d"):
    break
print(log); log.clear()

g = reader("e")
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError:", e)
print(log); log.clear()

def outer():
    try:
        yield from reader("inner")
    finally:
        log.append("outer finally")
g = outer()
next(g)
g.close()
print(log); log.clear()

def returns_on_close():
    with Res("r"):
        try:
            yield 1
        except GeneratorExit:
            return "cleaned"
g = returns_on_close()
next(g)
print(g.close(), log); log.clear()

def bad_finally():
    try:
        yield
    finally:
        raise ValueError("finally failed")
g = bad_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"suppress {et.__name__ if et else None}")
        return et is not GeneratorExit
def suppressing():
    with Suppress():
        yield 1
        raise OSError("swallowed")
    yield "after with"
g = suppressing()
print(next(g), next(g), log); log.clear()

print(sum(len(s) for s in reader("x")), log); log.clear()
