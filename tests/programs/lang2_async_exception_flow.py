# Exceptions through coroutines: try/except/finally across awaits, chaining.
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        yield

async def failing(n):
    await Suspend()
    raise ValueError(f"fail {n}")

async def catcher():
    log = []
    for i in range(2):
        try:
            await failing(i)
        except ValueError as e:
            log.append(str(e))
        finally:
            log.append(f"finally {i}")
    return log
print(drive(catcher()))

async def chained():
    try:
        await failing(9)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    drive(chained())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

async def group():
    errors = []
    for i in range(2):
        try:
            await failing(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("async group", errors)
async def star():
    try:
        await group()
    except* ValueError as g:
        return [str(x) for x in g.exceptions]
print(drive(star()))

async def returns_in_finally():
    try:
        await failing(0)
    finally:
        return "finally wins"
print(drive(returns_in_finally()))

# exception thrown into a suspended coroutine lands at the await
async def waiting():
    try:
        await Suspend()
    except KeyError as e:
        return f"caught thrown {e}"
c = waiting()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
