# Async generators: __aiter__ identity, anext() builtin with default, aclose before start.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
    yield 2
g = agen()
print(g.__aiter__() is g)
print(drive(anext(g)), drive(anext(g)), drive(anext(g, "default")))
try:
    drive(anext(g))
except StopAsyncIteration:
    print("StopAsyncIteration")
g2 = agen()
print(drive(g2.aclose()), g2.ag_frame)
try:
    anext(5)
except TypeError as e:
    print("TypeError:", e)
try:
    aiter(5)
except TypeError as e:
    print("TypeError:", e)
async def use_aiter():
    out = []
    async for v in aiter(agen()):
        out.append(v)
    return out
print(drive(use_aiter()))
async def with_return_none():
    yield 1
    return
print(drive(anext(with_return_none())))
async def send_values():
    got = []
    while len(got) < 2:
        v = yield len(got)
        got.append(v)
    yield got
g3 = send_values()
print(drive(g3.asend(None)), drive(g3.asend("x")), drive(g3.asend("y")))
# the awaitable from asend can only be used once
aw = agen().asend(None)
drive(aw)
try:
    drive(aw)
except RuntimeError as e:
    print("RuntimeError:", e)
