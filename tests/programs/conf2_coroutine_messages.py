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
