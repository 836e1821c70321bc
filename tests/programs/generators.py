def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = yield "ready"
    while True:
        received = yield received * 2

e = echo()
print(next(e), e.send(5), e.send(21))
e.close()

def chain(*its):
    for it in its:
        yield from it
    r = yield from count(1)
    print("inner returned", r)

print(list(chain([1, 2], (3,), "ab")))
print(sum(x * x for x in range(10)), list(x for x in "abc" if x != "b"))

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

gf = gen_with_finally()
print(next(gf))
gf.close()
print(next(gf, "exhausted"))

def catcher():
    while True:
        try:
            yield
        except ValueError as ex:
            print("caught", ex)

c = catcher()
next(c)
c.throw(ValueError("thrown"))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(repr(count(1)).startswith("<generator object count at 0x"), type(count(1)).__name__)
squares = {n: n * n for n in range(4)}
print(squares, [(a, b) for a in range(3) for b in range(a)])
