# StopIteration values through return, yield from, next() defaults, generators raising StopIteration, and async equivalents
def g():
    yield 1
    return 'result'
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print('value', repr(e.value), e.args)
def outer():
    r = yield from g()
    print('yield from got', r)
    return r * 2
o = outer(); next(o)
try:
    next(o)
except StopIteration as e:
    print('outer value', e.value)
def leaky():
    yield 1
    raise StopIteration('leak')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)
t(lambda: list(leaky()))
t(lambda: next(iter([]), 'dflt'))
t(lambda: next(iter([])))
t(lambda: next(g(), 0))
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print(repr(e.value), e.args)
def ret_exc():
    return StopIteration('x')
    yield
try:
    next(ret_exc())
except StopIteration as e:
    print(type(e.value).__name__, e.args[0].args)
gen = g(); next(gen)
t(lambda: gen.send(5))
t(lambda: gen.send(5))
t(lambda: g().send(1))
g2 = g()
t(lambda: g2.throw(StopIteration('thrown')))
async def agen():
    yield 1
    raise StopAsyncIteration
import asyncio
async def main():
    a = agen()
    print(await a.__anext__())
    try:
        await a.__anext__()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async def coro():
        raise StopIteration('in coro')
    try:
        await coro()
    except RuntimeError as e:
        print('RuntimeError:', e, type(e.__cause__).__name__)
asyncio.run(main())
