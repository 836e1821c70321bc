# Async comprehensions of every kind, driven without an event loop.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def arange(n):
    for i in range(n):
        yield i

class Sleep:
    def __await__(self):
        yield
        return None

async def double(x):
    await Sleep()
    return x * 2

async def main():
    a = [x async for x in arange(4)]
    b = {x % 2 async for x in arange(5)}
    c = {x: x * x async for x in arange(3)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in arange(6) if x % 2 if await double(x) > 2]
    f = [(x, y) async for x in arange(2) for y in range(2)]
    g = [y for x in [1, 2] async for y in arange(x)]
    gen = (x * 10 async for x in arange(3))
    h = [v async for v in gen]
    nested = [[y async for y in arange(x)] async for x in arange(3)]
    return a, sorted(b), c, d, e, f, g, h, nested

for r in drive(main()):
    print(r)

# async genexp object type
async def types_():
    ge = (x async for x in arange(1))
    return type(ge).__name__
print(drive(types_()))

# async comprehension outside async function is an error
for src in ["[x async for x in y]", "def f():\n    return [await z for z in y]\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# async genexp allowed in a sync function (creates an async generator)
def make():
    return (x async for x in arange(2))
ag = make()
print(type(ag).__name__)
async def collect(ag):
    return [x async for x in ag]
print(drive(collect(ag)))

# exceptions inside async comprehensions propagate
async def boom():
    return [1 / x async for x in arange(2)]
try:
    drive(boom())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# async for over a non-async iterable
async def wrong():
    async for x in [1, 2]:
        pass
try:
    drive(wrong())
except TypeError as e:
    print("TypeError:", e)

# __aiter__ returning something without __anext__
class BadAiter:
    def __aiter__(self):
        return 5
async def wrong2():
    async for x in BadAiter():
        pass
try:
    drive(wrong2())
except TypeError as e:
    print("TypeError:", e)

# __anext__ returning a non-awaitable
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def wrong3():
    async for x in BadAnext():
        pass
try:
    drive(wrong3())
except TypeError as e:
    print("TypeError:", e)
