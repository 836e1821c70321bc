# Async generators: async for, comprehensions, asend/athrow/aclose, hooks.
async def agen(n):
    for i in range(n):
        x = yield i
        if x: print("sent", x)
    print("agen done")

async def main():
    g = agen(3)
    print(type(g).__name__, g.__name__, g.__qualname__)
    async for v in g:
        print("got", v)
    print([v async for v in agen(2)])
    g = agen(5)
    print(await g.__anext__(), await g.asend(None), await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g = agen(5)
    await g.__anext__()
    await g.aclose()
    print("closed", g.ag_running, g.ag_await)
    async def with_finally():
        try:
            yield 1
            yield 2
        finally:
            print("cleanup")
    g = with_finally()
    print(await anext(g))
    await g.aclose()
    print(await anext(agen(0), "default"))
    async def bad():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = bad()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    async def ret():
        yield 1
        return
    print([x async for x in ret()])

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

run(main())
import types
print(types.AsyncGeneratorType)

import sys
async def agen():
    yield 1
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return ('stop', e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))
    return 'suspended'
g = agen()
print(run(g.__anext__()), run(g.__anext__()), run(g.__anext__()))
print(run(g.aclose()), run(g.athrow(ValueError)), run(g.asend(None)))
g = agen()
a = g.__anext__(); print(run(a), run(a))
g = agen(); print(run(g.athrow(ValueError("x"))), run(g.__anext__()))
g = agen(); print(run(g.aclose()), run(g.__anext__()))
print(sys.get_asyncgen_hooks(), type(g.__anext__()).__name__, type(g.athrow(ValueError)).__name__, g.ag_running, g.ag_await, g.ag_code.co_name)
async def raises():
    raise StopAsyncIteration
    yield
print(run(raises().__anext__()))
g = agen()
try:
    g.asend(1).send(None)
except Exception as e: print(type(e).__name__, e)
print(repr(g)[:30], g.ag_suspended if hasattr(g,'ag_suspended') else '-')
a = agen().__anext__(); print(a.__await__() is a, iter(a) is a, run(a))
import types
print(types.AsyncGeneratorType.__name__)
