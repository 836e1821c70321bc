# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): module code that awaits becomes a coroutine.
import ast, asyncio, inspect, types

FLAG = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT

@types.coroutine
def pause(v):
    got = yield v
    return got

def drive(coro, answers):
    out = []
    try:
        msg = coro.send(None)
        while True:
            out.append(msg)
            msg = coro.send(answers.pop(0))
    except StopIteration as s:
        return out, s.value

# exec mode: the code object has CO_COROUTINE and eval() returns a coroutine
code = compile("first = await pause('a')\nsecond = await pause('b')\n", "<tla>", "exec", flags=FLAG)
print(bool(code.co_flags & inspect.CO_COROUTINE), code.co_name)
ns = {"pause": pause}
co = eval(code, ns)
print(type(co).__name__, drive(co, ["A", "B"]), ns["first"], ns["second"])

# eval mode returns the awaited value through StopIteration
code = compile("await pause('q')", "<tla>", "eval", flags=FLAG)
print(drive(eval(code, {"pause": pause}), ["answer"]))

# code without await is an ordinary code object even with the flag
plain = compile("x = 1 + 1", "<tla>", "exec", flags=FLAG)
print(plain.co_flags & inspect.CO_COROUTINE, eval(plain, ns), ns["x"])

# async for, async with and async comprehensions at top level
src = '''
class ACM:
    async def __aenter__(self):
        log.append("enter")
        return self
    async def __aexit__(self, *a):
        log.append("exit")
async def agen():
    for i in range(3):
        yield i
async with ACM():
    async for v in agen():
        log.append(v)
squares = [v * v async for v in agen()]
'''
ns = {"log": []}
co = eval(compile(src, "<tla>", "exec", flags=FLAG), ns)
print(drive(co, []), ns["log"], ns["squares"])

# asyncio can run the coroutine
async def compute():
    await asyncio.sleep(0)
    return 6 * 7
result = asyncio.run(eval(compile("await compute()", "<tla>", "eval", flags=FLAG), {"compute": compute}))
print(result)

# await inside a nested function still needs async def; lambdas and genexps likewise
for src in ["def f():\n    await x\n", "lambda: await x", "(await x for x in y)", "class C:\n    await x\n"]:
    try:
        compile(src, "<tla>", "exec", flags=FLAG)
        print("compiled:", src.splitlines()[0])
    except SyntaxError as e:
        print(repr(src.splitlines()[0]), "->", e.msg)

# without the flag the same source is refused
try:
    compile("await x", "<tla>", "exec")
except SyntaxError as e:
    print("without flag:", e.msg)
