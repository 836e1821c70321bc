# Coroutines driven by hand with send/throw/close.
import types

class Future:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        value = yield self.name
        return value

async def leaf(name):
    v = await Future(name)
    return v * 2

async def tree():
    a = await leaf("a")
    b = await leaf("b")
    return a + b

c = tree()
print(type(c).__name__, c.cr_running, c.cr_frame is not None)
print(c.send(None))
print(c.send(1))
try:
    c.send(10)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame)

# throw into a coroutine
async def careful():
    try:
        await Future("wait")
    except ValueError as e:
        return "caught " + str(e)
c = careful()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

# close
async def closeable():
    try:
        await Future("x")
    finally:
        print("coroutine finally")
c = closeable()
c.send(None)
c.close()

# awaiting a coroutine twice
async def simple():
    return 1
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple ->", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# await non-awaitable
async def bad():
    await 5
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

# __await__ returning a non-iterator
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

# types.coroutine generator-based awaitable
@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x
async def use_legacy():
    return await legacy()
c = use_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("legacy ->", e.value)

# cr_await
async def waiter():
    await Future("w")
c = waiter()
print(c.cr_await)
c.send(None)
print(type(c.cr_await).__name__)
c.close()

# a minimal scheduler with round robin
def run(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, co = queue.pop(0)
        try:
            co.send(None)
            queue.append((name, co))
        except StopIteration as e:
            results[name] = e.value
    return results

class Yield:
    def __await__(self):
        yield

async def worker(n):
    total = 0
    for i in range(n):
        total += i
        await Yield()
    return total
print(run({"w3": worker(3), "w5": worker(5), "w1": worker(1)}))

# coroutine wrapper object
async def plain():
    return 3
co = plain()
w = co.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print(e.value)
