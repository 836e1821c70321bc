# Coroutines driven by hand with send(None), custom awaitables.
class Suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def child(n):
    r = await Suspend(f"child{n}")
    return f"child{n} got {r}"

async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]

coro = parent()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as e:
    print("result", e.value)

# a simple scheduler for several coroutines
def run_all(coros):
    results = {}
    queue = list(enumerate(coros))
    while queue:
        i, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return [results[i] for i in sorted(results)]

class Yield:
    def __await__(self):
        yield

async def worker(name, n):
    for i in range(n):
        print("worker", name, i)
        await Yield()
    return name * n

print(run_all([worker("a", 2), worker("b", 3)]))

# await on a non-awaitable
async def bad():
    await 5
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

# coroutine throw and close
async def guarded():
    try:
        await Yield()
    except ValueError as e:
        return f"handled {e}"
g = guarded()
g.send(None)
try:
    g.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)

async def finalizer():
    try:
        await Yield()
    finally:
        print("coroutine finally")
f = finalizer()
f.send(None)
f.close()
print(f.cr_frame, f.cr_running)

# reusing a finished coroutine
async def once():
    return 1
o = once()
try:
    o.send(None)
except StopIteration:
    pass
try:
    o.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# __await__ returning a non-iterator
class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

# types.coroutine-style generator based awaitable
import types
@types.coroutine
def legacy():
    v = yield "legacy yield"
    return v
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(99)
except StopIteration as e:
    print("legacy result", e.value)
