import asyncio
class AIt:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def agen():
    yield 1
    yield 2
async def main():
    it = aiter(AIt(3))
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    g = agen()
    print(await anext(g), await anext(g), await anext(g, 'done'))
    print([x async for x in AIt(2)])
    try:
        aiter(5)
    except TypeError as e:
        print('TypeError:', e)
    try:
        anext(5)
    except TypeError as e:
        print('TypeError:', e)
    try:
        aiter([])
    except TypeError as e:
        print('TypeError:', e)
    class BadAiter:
        def __aiter__(self):
            return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print('TypeError:', e)
    a = anext(agen(), None)
    print(type(a).__name__ in ('coroutine', 'anext_awaitable', 'async_generator_asend'), await a)
asyncio.run(main())
