# async with / async for: protocol errors and their messages, driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value

class NoAsyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class OnlyAenter:
    async def __aenter__(self): return self
class BadAenter:
    def __aenter__(self): return 5
    async def __aexit__(self, *a): pass
class BadAexit:
    async def __aenter__(self): return self
    def __aexit__(self, *a): return 5

async def use(cm):
    async with cm:
        return "inside"

for cm in [NoAsyncCM(), OnlyAenter(), BadAenter(), BadAexit(), 3]:
    try:
        print(run(use(cm)))
    except TypeError as e:
        print("TypeError:", e)

class NoAiter: pass
class AiterNotAsyncIter:
    def __aiter__(self):
        return 5
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def loop(obj):
    out = []
    async for v in obj:
        out.append(v)
    return out

for obj in [NoAiter(), AiterNotAsyncIter(), AnextNotAwaitable(), [1, 2]]:
    try:
        print(run(loop(obj)))
    except TypeError as e:
        print("TypeError:", e)

# a working async iterator with else clause and break
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def with_else(n, stop):
    seen = []
    async for v in Countdown(n):
        if v == stop:
            break
        seen.append(v)
    else:
        seen.append("else")
    return seen
print(run(with_else(3, -1)), run(with_else(5, 2)))

# async with suppressing an exception via a truthy __aexit__
class Suppress:
    async def __aenter__(self):
        return "entered"
    async def __aexit__(self, et, ev, tb):
        print("aexit saw", et.__name__ if et else None)
        return True
async def suppressed():
    async with Suppress() as s:
        raise ValueError(s)
    return "after"
print(run(suppressed()))

# async with / async for outside async functions are syntax errors
for src in ["def f():\n    async with x:\n        pass\n",
            "def f():\n    async for i in x:\n        pass\n",
            "async with x:\n    pass\n",
            "def f():\n    [i async for i in x]\n",
            "def f():\n    await x\n"]:
    try:
        compile(src, "<async>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
