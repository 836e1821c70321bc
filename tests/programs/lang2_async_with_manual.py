# async with: enter/exit order, suppression, errors, driven manually.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

log = []
class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        log.append("aenter " + self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        log.append(f"aexit {self.name} {et.__name__ if et else None}")
        return self.suppress

async def ok():
    async with ACM("a") as a, ACM("b") as b:
        log.append(a + b)
    return "done"
print(drive(ok()), log); log.clear()

async def suppressed():
    async with ACM("s", suppress=True):
        raise ValueError("x")
    return "after suppress"
print(drive(suppressed()), log); log.clear()

async def propagates():
    async with ACM("p"):
        raise KeyError("k")
try:
    drive(propagates())
except KeyError as e:
    print("KeyError", e, log); log.clear()

class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
try:
    drive(wrong())
except TypeError as e:
    print("TypeError:", e)

class NotAwaitableExit:
    async def __aenter__(self): return self
    def __aexit__(self, *a): return 5
async def wrong2():
    async with NotAwaitableExit():
        pass
try:
    drive(wrong2())
except TypeError as e:
    print("TypeError:", e)

class NotAwaitableEnter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def wrong3():
    async with NotAwaitableEnter():
        pass
try:
    drive(wrong3())
except TypeError as e:
    print("TypeError:", e)

# return inside async with
async def ret():
    async with ACM("r"):
        return "returned"
print(drive(ret()), log); log.clear()

# async with in a loop with break/continue
async def loop():
    for i in range(3):
        async with ACM(str(i)):
            if i == 0:
                continue
            break
print(drive(loop()), log); log.clear()

# async with outside async function
try:
    compile("async with x:\n    pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# __aexit__ that itself awaits
class Slow:
    async def __aenter__(self):
        await Yield()
        return "slow"
    async def __aexit__(self, *a):
        await Yield()
        log.append("slow exit")
class Yield:
    def __await__(self):
        yield "suspend"
async def slow():
    async with Slow() as s:
        log.append(s)
c = slow()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration:
    print(log)
