# await in unusual places inside async functions: f-strings, comprehensions, conditions, defaults.
import types
@types.coroutine
def tick(v):
    yield v
    return v

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as s:
            return s.value

async def value(v):
    return await tick(v)

async def fstring():
    return f"{await value(1)} and {await value('two')!r:>7}"
print(run(fstring()))

async def comprehensions():
    a = [await value(i) for i in range(3)]
    b = {i: await value(i * i) for i in range(3)}
    c = [x for x in range(5) if await value(x % 2)]
    return a, b, c
print(run(comprehensions()))

async def conditions():
    if await value(True) and not await value(False):
        r = "both"
    else:
        r = "neither"
    return r, [await value(1)][0] + (await value(2)) * 3, -(await value(4)) ** 2
print(run(conditions()))

async def in_call_args():
    return max(await value(3), await value(7), key=lambda v: v), dict(k=await value("kw"))
print(run(in_call_args()))

async def lambda_inside():
    fn = lambda: value(10)
    return await fn()
print(run(lambda_inside()))

async def awaits_in_try():
    try:
        await value(1)
        raise KeyError("k")
    except KeyError:
        return await value("handled")
    finally:
        await value("finally")
print(run(awaits_in_try()))

async def await_in_with():
    class ACM:
        async def __aenter__(self):
            return await value("entered")
        async def __aexit__(self, *a):
            await value("exiting")
    async with ACM() as got:
        return got
print(run(await_in_with()))

# await precedence: await binds tighter than ** on its right? (-await x) and (await x) ** 2
async def precedence():
    return await value(2) ** 3, -await value(2)
print(run(precedence()))

# await is not allowed in some contexts inside async functions
for src in ["async def f():\n    lambda: await x\n",
            "async def f():\n    def g():\n        await x\n",
            "async def f():\n    class C:\n        x = await y\n",
            "async def f():\n    [x for x in await y]\n",
            "async def f(a=await x):\n    pass\n",
            "async def f():\n    (await x for x in y)\n"]:
    try:
        compile(src, "<aw>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
