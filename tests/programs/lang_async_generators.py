# Async generators and async for, driven by hand.
class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("agen finished")

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    else:
        out.append("else")
    return out

print(run(consume()))

async def comp():
    return [v async for v in agen(2)], {v: v async for v in agen(2)}
print(run(comp()))

class AIter:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Tick()
        return self.n

async def use_aiter():
    res = []
    async for x in AIter(3):
        if x == 0:
            break
        res.append(x)
    return res
print(run(use_aiter()))

# asend / athrow / aclose
async def echo():
    try:
        while True:
            got = yield "ready"
            print("echo got", got)
    finally:
        print("echo closing")

async def drive():
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    try:
        await e.athrow(ValueError("stop"))
    except ValueError as ex:
        print("athrow propagated", ex)
    await e.aclose()
    print("ag_running", e.ag_running)
print(run(drive()))

async def anext_default():
    g = agen(1)
    a = await anext(g)
    b = await anext(g, "default")
    return a, b
print(run(anext_default()))

# async for over a non-async-iterable
async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)

print(type(agen(1)).__name__, agen.__name__)
g = agen(1)
print(g.__aiter__() is g)
