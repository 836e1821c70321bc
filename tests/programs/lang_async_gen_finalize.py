# Async generators: aclose runs finally, athrow into finally, exhausted states.
class Tick:
    def __await__(self):
        yield

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def agen():
    try:
        yield 1
        await Tick()
        yield 2
    finally:
        await Tick()
        print("agen finally")

async def main():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    g2 = agen()
    async for v in g2:
        print("v", v)
        break
    await g2.aclose()
    g3 = agen()
    await g3.__anext__()
    try:
        await g3.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", e)
    return "main done"
print(run(main()))

async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
async def main2():
    g = yields_in_finally()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
run(main2())

async def returns():
    yield 1
async def main3():
    g = returns()
    results = [v async for v in g]
    print(results, g.ag_running, g.ag_frame)
run(main3())
