# Coroutine misuse: iterating a coroutine, await in a non-async function, await outside.
import warnings
warnings.simplefilter("ignore")
async def coro():
    return 1
c = coro()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
for src in ["def f():\n    await x\n", "await x\n", "def f():\n    async for a in b: pass\n",
            "def f():\n    async with a: pass\n", "async def f():\n    yield from x\n",
            "async def f():\n    x = [y async for y in z]\n", "lambda: await x"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
import inspect
print(inspect.iscoroutinefunction(coro), inspect.iscoroutine(c), inspect.isawaitable(c))
async def agen():
    yield
print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()))
print(coro.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
