# Async generators driven by hand: asend, athrow, aclose.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")

g = agen()
print(drive(g.__anext__()))
print(drive(g.asend("A")))
print(drive(g.athrow(ValueError("boom"))))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

g = agen()
print(drive(g.asend(None)))
print(drive(g.aclose()))
print(g.ag_frame)

# aclose on a generator that yields in finally -> RuntimeError
async def bad():
    try:
        yield 1
    finally:
        yield 2
g = bad()
drive(g.__anext__())
try:
    drive(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# athrow on a fresh async generator
async def fresh():
    print("never runs")
    yield
g = fresh()
try:
    drive(g.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError out:", e)

# StopAsyncIteration raised inside becomes RuntimeError
async def leaky():
    yield 1
    raise StopAsyncIteration
g = leaky()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)

# asend non-None on fresh generator
g = agen()
try:
    drive(g.asend(5))
except TypeError as e:
    print("TypeError:", e)

# async generator with await inside
class Tick:
    def __await__(self):
        yield "tick"
        return "ticked"
async def with_await():
    v = await Tick()
    yield v
g = with_await()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)

# async for with manual driving
async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    return out
async def counter(n):
    for i in range(n):
        yield i * i
print(drive(consume()))

# return with value is a syntax error in async generators
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# ag_running, type names
g = counter(1)
print(type(g).__name__, g.ag_running, g.__name__, g.__qualname__)
print(type(g.__anext__()).__name__)
