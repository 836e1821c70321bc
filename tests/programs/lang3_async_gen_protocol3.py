# Async generators: asend/athrow/aclose awaitables, states and errors, driven by hand.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value

async def agen():
    try:
        got = yield 1
        print("got", got)
        got = yield 2
        print("got", got)
    except ValueError as e:
        print("agen caught", e)
        yield "after throw"
    finally:
        print("agen finally")

g = agen()
print(type(g).__name__, g.ag_running, g.ag_frame is not None)
print(run(g.asend(None)))
print(run(g.asend("A")))
print(run(g.athrow(ValueError("boom"))))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("StopAsyncIteration")
print(g.ag_frame)

# the first asend must carry None
g2 = agen()
try:
    run(g2.asend("x"))
except TypeError as e:
    print("TypeError:", e)

# aclose on a suspended generator
g3 = agen()
run(g3.asend(None))
print("aclose ->", run(g3.aclose()))

# aclose of a generator that yields in finally
async def bad_close():
    try:
        yield 1
    finally:
        yield 2
g4 = bad_close()
run(g4.asend(None))
try:
    run(g4.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# reusing an awaitable that already finished
g5 = agen()
aw = g5.asend(None)
print(run(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration as s:
    print("StopIteration", s.value)

# async generator returning a value is a syntax error
for src in ["async def f():\n    yield 1\n    return 2\n",
            "async def f():\n    yield from x\n",
            "async def f():\n    return 1\n    yield\n"]:
    try:
        compile(src, "<ag>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# async comprehension over an async generator
async def squares(n):
    for i in range(n):
        yield i * i
async def collect():
    return [x async for x in squares(4) if x % 2 == 0], {x async for x in squares(3)}
print(run(collect()))

# StopAsyncIteration raised inside the body is turned into RuntimeError
async def leak():
    yield 1
    raise StopAsyncIteration
g6 = leak()
run(g6.asend(None))
try:
    run(g6.asend(None))
except RuntimeError as e:
    print("RuntimeError:", e)

# anext() with a default
async def use_anext():
    it = squares(1)
    return await anext(it), await anext(it, "default")
print(run(use_anext()))

# aiter/anext argument errors
try:
    aiter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    anext(5)
except TypeError as e:
    print("TypeError:", e)
print(g.__name__, g.__qualname__, g.ag_code.co_name)
