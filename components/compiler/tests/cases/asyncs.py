async def f(x):
    await x
    async with x as y:
        pass
    async for i in y:
        print(i)
    return [i async for i in y]
async def agen():
    yield 1
