# async with, driven by hand.
class Tick:
    def __await__(self):
        yield

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Tick()
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress

async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("s", suppress=True):
        raise KeyError("suppressed")
    try:
        async with ACM("p"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 1:
                break
    return "main done"

print(run(main()))

async def wrong():
    async with object():
        pass
try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)

class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong2():
    async with SyncOnly():
        pass
try:
    run(wrong2())
except TypeError as e:
    print("TypeError:", e)

async def ret():
    async with ACM("r"):
        return "returned through aexit"
print(run(ret()))

try:
    compile("def f():\n    async with x:\n        pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
