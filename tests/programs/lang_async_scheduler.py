# needs: stdlib
# A small event loop over coroutines with sleeping and channels (no asyncio).
import heapq

class Sleep:
    def __init__(self, t): self.t = t
    def __await__(self):
        yield ("sleep", self.t)

class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
    def spawn(self, coro, at=0):
        heapq.heappush(self.queue, (at, self.seq, coro))
        self.seq += 1
    def run(self):
        results = []
        while self.queue:
            self.now, _, coro = heapq.heappop(self.queue)
            try:
                cmd = coro.send(None)
            except StopIteration as e:
                results.append(e.value)
                continue
            kind, arg = cmd
            if kind == "sleep":
                self.spawn(coro, self.now + arg)
        return results

loop = Loop()
log = []
async def worker(name, delays):
    for d in delays:
        await Sleep(d)
        log.append((loop.now, name))
    return f"{name} done at {loop.now}"

async def parent():
    await Sleep(1)
    log.append((loop.now, "parent"))
    return "parent done"

loop.spawn(worker("a", [3, 1]))
loop.spawn(worker("b", [2, 2]))
loop.spawn(parent())
print(loop.run())
print(log)

async def raiser():
    await Sleep(1)
    raise ValueError("in coroutine")
c = raiser()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)

async def gather(*coros):
    out = []
    for co in coros:
        out.append(await co)
    return out
async def val(v):
    await Sleep(0)
    return v
loop2 = Loop()
loop2.spawn(gather(val(1), val(2), val(3)))
print(loop2.run())
