# async generators + async for + async with + try/finally, driven by a tiny event loop.
import types
log = []

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

def run(coro):
    sent = None
    steps = 0
    while True:
        try:
            tag = coro.send(sent)
        except StopIteration as s:
            return s.value, steps
        steps += 1
        sent = f"resumed {tag}"

class Session:
    async def __aenter__(self):
        log.append("session open")
        await suspend("aenter")
        return self
    async def __aexit__(self, et, ev, tb):
        await suspend("aexit")
        log.append(f"session close {et.__name__ if et else None}")
        return False

async def rows(n):
    try:
        async with Session():
            for i in range(n):
                got = await suspend(f"row {i}")
                log.append(got)
                yield i * 10
    finally:
        log.append("rows finally")

async def consume():
    total = 0
    async for r in rows(3):
        total += r
    return total
print(run(consume()), log); log.clear()

# breaking out early: the async generator is NOT closed automatically, aclose() is needed
async def early():
    gen = rows(5)
    async for r in gen:
        if r >= 10:
            break
    log.append("after break")
    await gen.aclose()
    return r
print(run(early()), log); log.clear()

# an exception inside the async for body
async def failing():
    gen = rows(3)
    try:
        async for r in gen:
            if r == 10:
                raise ValueError("body failed")
    except ValueError as e:
        log.append(f"caught {e}")
    finally:
        await gen.aclose()
    return "done"
print(run(failing()), log); log.clear()

# async comprehension with awaits in condition and value
async def double(x):
    await suspend("double")
    return x * 2
async def comp():
    return [await double(x) async for x in rows(3) if await double(x) > 0]
print(run(comp()), log); log.clear()

# async generator athrow handled inside, with a yield after it
async def resilient():
    while True:
        try:
            yield "ok"
        except KeyError:
            yield "recovered"
            return
async def drive():
    g = resilient()
    a = await g.__anext__()
    b = await g.athrow(KeyError())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        c = "stopped"
    return a, b, c
print(run(drive()))

# await in finally of an async generator during aclose
async def await_in_finally():
    try:
        yield 1
    finally:
        v = await suspend("cleanup")
        log.append(f"finally awaited: {v}")
async def close_it():
    g = await_in_finally()
    await g.__anext__()
    await g.aclose()
    return "closed"
print(run(close_it()), log); log.clear()
