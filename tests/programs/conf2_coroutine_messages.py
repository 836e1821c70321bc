# RuntimeError and ValueError messages name the kind of frame: coroutine,
# async generator or generator.
async def g():
    yield 1
    raise StopAsyncIteration
async def h():
    yield 1
    raise StopIteration
async def c():
    raise StopIteration
def drive(aw):
    try:
        aw.send(None)
    except Exception as e:
        print(type(e).__name__, e)
for agen in (g(), h()):
    a = agen.__anext__()
    try: a.send(None)
    except StopIteration as e: print("yielded", e.value)
    drive(agen.__anext__())
drive(c())

async def reenter():
    me.send(None)
me = reenter()
drive(me)

def gen_reenter():
    yield next(gme)
gme = gen_reenter()
try:
    next(gme)
except ValueError as e:
    print("ValueError", e)

# A finished coroutine cannot be resumed, nor thrown into; close() is quiet.
async def done():
    return "spam"
d = done()
try:
    d.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
for resume in (lambda: d.send(None), lambda: d.throw(KeyError("k"))):
    try:
        resume()
    except RuntimeError as e:
        print("RuntimeError", e)
print(d.close())

# `yield from` a coroutine only in a coroutine-like generator
def plain():
    yield from d2
d2 = done()
try:
    list(plain())
except TypeError as e:
    print("TypeError", e)
d2.close()
import types
@types.coroutine
def iterable_coro():
    return (yield from d3)
d3 = done()
try:
    iterable_coro().send(None)
except StopIteration as e:
    print("StopIteration", e.value)
