# Tracebacks of exceptions thrown into generators (a fresh one included),
# the traceback an unraisable error gets from the frame reporting it, and
# a custom mro() that leaves the class out of its own MRO.
import sys

def entries(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def f():
    try:
        yield
    except:
        raise

for started in (False, True):
    g = f()
    if started:
        next(g)
    try:
        1 / 0
    except ZeroDivisionError as v:
        try:
            g.throw(v)
        except Exception as w:
            print(started, entries(w.__traceback__))

def stubborn():
    try:
        yield
    except GeneratorExit:
        yield

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), entries(args.exc_traceback)))
sys.unraisablehook = hook

def main():
    g = stubborn()
    next(g)
    del g

main()
print(seen)
sys.unraisablehook = sys.__unraisablehook__

class B:
    pass

class M(type):
    def mro(cls):
        return (B, object)

try:
    class A(metaclass=M):
        pass
except TypeError as e:
    print("TypeError:", e)

# A coroutine suspended in its own await cannot be awaited by another.
import types

@types.coroutine
def nop():
    yield

async def inner_coro():
    await nop()

async def waiter(c):
    await c

c = inner_coro()
c.send(None)
try:
    waiter(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
