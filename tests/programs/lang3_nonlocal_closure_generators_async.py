# Closures shared between generators, coroutines and nested functions; nonlocal updates across suspensions.
import types
def counter_pair():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            got = yield count
            if got:
                count = got
    async def coro():
        nonlocal count
        count *= 10
        return count
    def read():
        return count
    return gen(), coro, read

g, coro, read = counter_pair()
print(next(g), next(g), read())
print(g.send(100), read())
c = coro()
try:
    c.send(None)
except StopIteration as s:
    print("coro returned", s.value, read())
print(next(g), read())

# a generator expression capturing a variable rebound later
def late():
    n = 1
    ge = (n * i for i in range(3))
    n = 100
    return list(ge)
print(late())

# closures over loop variables inside generators
def gens():
    for i in range(3):
        yield lambda: i
print([f() for f in gens()])
print([f() for f in list(gens())])

# a closure cell shared by a class defined in the function
def make():
    shared = []
    class Acc:
        def add(self, v):
            shared.append(v)
            return len(shared)
    def peek():
        return list(shared)
    return Acc, peek
Acc, peek = make()
Acc().add(1); Acc().add(2)
print(peek())

# nonlocal inside an async generator
async def agen_factory():
    total = 0
    async def agen():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return agen
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as s:
        return s.value
async def use():
    agen = await agen_factory()
    return [v async for v in agen()]
print(run(use()))

# cell variables of a generator function are preserved across yields after del of the outer reference
def holder():
    data = {"k": 1}
    def gen():
        yield data["k"]
        data["k"] = 2
        yield data["k"]
    return gen()
h = holder()
print(next(h), next(h))
