class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return "slept"
async def inner(x):
    r = await Sleep(2)
    return (x, r)
async def outer():
    a = await inner(1)
    b = await inner(2)
    return [a, b]
def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return trace, e.value
print(run(outer()))
c = outer(); print(type(c).__name__, repr(c).startswith("<coroutine object outer at"))
c.close()
class ACM:
    async def __aenter__(self):
        print("enter"); return "res"
    async def __aexit__(self, *a):
        print("exit", a[0]); return False
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def use():
    async with ACM() as r:
        print("inside", r)
    out = []
    async for v in AIt():
        out.append(v)
    return out
print(run(use()))
async def bad():
    await 1
try:
    run(bad())
except TypeError as e:
    print(e)
try:
    c = outer()
    try:
        for x in c: pass
    finally:
        c.close()
except TypeError as e:
    print(e)

# send/throw/close and their errors
async def pair():
    try:
        x = await Sleep(1)
        return x
    finally:
        print("pair cleanup")
c = pair()
try:
    c.send(5)
except TypeError as e:
    print(e)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c = pair()
c.send(None)
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
c = pair()
c.send(None)
c.close()
print(c.cr_running, c.__name__, c.__qualname__, c.cr_code.co_name)

# __await__ of a coroutine is an iterator over it
w = inner(7).__await__()
print(type(w).__name__, iter(w) is w, list(w))

class Wrap:
    def __init__(self, c): self.c = c
    def __await__(self): return self.c.__await__()
async def via():
    return await Wrap(inner(3))
print(run(via()))

# async with: exceptions reach __aexit__, which may suppress them
class Suppress:
    async def __aenter__(self): return self
    async def __aexit__(self, t, v, tb):
        print("aexit sees", t.__name__ if t else None, v)
        return t is KeyError
async def body():
    async with Suppress():
        raise KeyError("k")
    print("suppressed")
    try:
        async with Suppress():
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    async for v in AIt():
        if v == 2:
            break
    else:
        print("no break")
    print("broke at", v)
    return "done"
print(run(body()))

# protocol errors
async def errors():
    for make in (lambda: 1, lambda: type("E", (), {"__aenter__": lambda s: None})()):
        try:
            async with make(): pass
        except TypeError as e:
            print(e)
    class I:
        def __aiter__(self): return 1
    class J:
        def __aiter__(self): return self
        def __anext__(self): return 5
    for it in (1, I(), J()):
        try:
            async for x in it: pass
        except TypeError as e:
            print(e)
    class K:
        def __await__(self): return 5
    class L:
        def __await__(self):
            c = inner(0)
            c.close()  # never awaited on purpose; closed so no RuntimeWarning
            return c
    for aw in (K(), L()):
        try:
            await aw
        except TypeError as e:
            print(e)
print(run(errors()))

async def agen():
    yield 1
a = agen()
print(type(a).__name__)

# next() on an __await__ iterator reports the return value
w = inner(4).__await__()
next(w); next(w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)

# throw() into a frame inside `yield from` goes to the delegate first
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "sub caught"
    finally:
        print("sub cleanup")
def outer_gen():
    try:
        r = yield from sub()
        print("r", r)
    finally:
        print("outer cleanup")
g = outer_gen()
print(next(g))
print(g.throw(KeyError("x")))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
g = outer_gen()
next(g)
g.close()
print("closed")

# aiter() and anext() (with and without a default)
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
def run2(coro):
    try:
        while True: coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    it = aiter(AIt())
    a = await anext(it)
    b = await anext(it, "dflt")
    c = await anext(it, "dflt")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stopped"
    return a, b, c, d
print(run2(main()))
for f in (lambda: aiter(1), lambda: anext(1), lambda: aiter(type("X", (), {"__aiter__": lambda s: 1})())):
    try: f()
    except TypeError as e: print(e)

# input() at the end of input: the prompt, then EOFError
try:
    input("prompt> ")
except EOFError as e:
    print("|EOF", e)
