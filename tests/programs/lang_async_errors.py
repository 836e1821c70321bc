# Compile-time errors around async/await, and runtime errors of coroutines.
cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    x = [i async for i in y]\n    return x",
    "def f():\n    return [i async for i in y]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    yield 1\n    return 2",
    "class C:\n    await x",
    "async def f():\n    await = 1",
    "async def f():\n    [await x for x in y]",
    "def f():\n    (await x for x in y)",
]
for src in cases:
    try:
        compile(src, "<async>", "exec")
        print("compiled:", src.splitlines()[-1].strip())
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")

async def coro():
    return 1
c = coro()
print(type(c).__name__, c.cr_running, c.cr_await)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    for x in coro():
        pass
except TypeError as e:
    print("TypeError:", e)
async def agen():
    yield 1
try:
    for x in agen():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    iter(coro())
except TypeError as e:
    print("TypeError:", e)
