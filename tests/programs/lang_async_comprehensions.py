# Async comprehensions, async generator expressions, nested coroutines and coroutine attributes.
import types
class Tick:
    def __await__(self):
        yield "t"
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def agen():
    for i in range(3):
        yield i
async def main():
    out = [x async for x in agen() if x]
    out2 = [x * y async for x in agen() for y in range(2)]
    g = (x async for x in agen())
    out3 = [v async for v in g]
    print(type(g).__name__)
    return out, out2, out3
print(run(main()))
async def nested():
    async def inner():
        await Tick()
        return 5
    return [await inner() for _ in range(2)]
print(run(nested()))
async def with_try():
    try:
        await Tick()
        raise ValueError("x")
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("finally in coroutine")
print(run(with_try()))
c = with_try()
print(c.cr_code.co_name, c.cr_frame.f_code.co_name, c.cr_suspended)
c.close()
async def aw():
    return await types.coroutine(lambda: (yield "raw"))()
x = aw()
print(x.send(None))
x.close()
async def ag2():
    yield 1
a = ag2()
print(a.__anext__().__class__.__name__, type(a.asend(None)).__name__)
print(a.ag_code.co_name)
import sys
print(sys.get_asyncgen_hooks())
