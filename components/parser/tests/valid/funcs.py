def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a
def g(a, /, b, *, c): pass
def h(*, a=1): pass
def k(a: int = 1, *b: str, **c: float): ...
lambda: 0
lambda x, y=1, *z, w, **k: x
lambda *a: a
lambda a, /, b: 0
@dec
@dec.attr(1)
def decorated():
    yield
    yield x
    yield from y
    x = yield
    await z
async def co():
    async for x in y: pass
    async with a as b, c: pass
    await x
    return [i async for i in a]
