# Coroutine objects: states, cr_await, cr_frame, misuse errors, __await__.
import inspect, types

class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def child():
    v = await Suspend()
    return v * 2

async def parent():
    r = await child()
    return r + 1

c = parent()
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await)
print(c.send(None))
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_await.cr_code.co_name)
try:
    c.send(10)
except StopIteration as s:
    print("result", s.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)

# awaiting a coroutine twice
async def simple():
    return 1
co = simple()
async def twice():
    await co
    await co
t = twice()
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# await on non-awaitables
class BadAwait:
    def __await__(self):
        return 5
class AwaitReturnsCoro:
    def __await__(self):
        return simple()
async def awaits(x):
    return await x
for obj in (3, BadAwait(), None):
    try:
        awaits(obj).send(None)
    except TypeError as e:
        print("TypeError:", e)
aw = awaits(AwaitReturnsCoro())
try:
    aw.send(None)
except TypeError as e:
    print("TypeError:", e)

# the coroutine wrapper from __await__
w = simple().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as s:
    print("wrapper result", s.value)

# throw into a suspended coroutine is delivered to the innermost awaitable
async def catcher():
    try:
        await Suspend()
    except KeyError as e:
        return "caught " + str(e)
k = catcher()
k.send(None)
try:
    k.throw(KeyError("k"))
except StopIteration as s:
    print(s.value)

# close a suspended coroutine
async def with_finally():
    try:
        await Suspend()
    finally:
        print("finally on close")
f = with_finally()
f.send(None)
f.close()
print(inspect.getcoroutinestate(f))

# types.coroutine makes a generator awaitable
@types.coroutine
def gen_based():
    v = yield "from gen"
    return v
async def uses_gen():
    return await gen_based()
u = uses_gen()
print(u.send(None))
try:
    u.send("sent")
except StopIteration as s:
    print("types.coroutine:", s.value)

# coroutine attributes
print(simple.__code__.co_flags & inspect.CO_COROUTINE != 0, inspect.iscoroutinefunction(simple))
cc = simple()
print(cc.__name__, cc.__qualname__, cc.cr_code is simple.__code__, cc.cr_suspended)
cc.close()

# iterating a coroutine directly is an error
try:
    iter(simple())
except TypeError as e:
    print("TypeError:", e)
