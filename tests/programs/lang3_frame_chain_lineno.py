# Frames: f_back chains, f_lineno as execution moves, f_code, f_globals, f_builtins, tb frames.
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    a = where()
    b = where()
    return a[1] < b[1], a[0]
print(caller())

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level2():
    return chain()
def level1():
    return level2()
print(level1())

# depth argument and errors
def depth_check():
    try:
        sys._getframe(1000)
    except ValueError as e:
        return "ValueError: " + str(e)
print(depth_check())
print(sys._getframe(0) is not None, sys._getframe().f_code.co_name)

# f_globals / f_builtins / f_locals at module level
top = sys._getframe()
print(top.f_globals is globals(), top.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else top.f_builtins is __builtins__)
print(top.f_back)

# f_lineno advances inside a loop
def lines():
    out = []
    for i in range(2):
        out.append(sys._getframe().f_lineno)
    out.append(sys._getframe().f_lineno)
    return [x - lines.__code__.co_firstlineno for x in out]
print(lines())

# frames in generators: f_back is the resumer, changes between resumptions
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
g = gen()
def first():
    return next(g)
def second():
    return next(g)
print(first(), second())

# traceback frames and tb_lineno
def fail():
    x = 1
    raise ValueError("tb")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - (fail.__code__.co_firstlineno if tb.tb_frame.f_code is fail.__code__ else 0) if tb.tb_frame.f_code is fail.__code__ else "module"))
        last = tb
        tb = tb.tb_next
    print(entries, last.tb_frame.f_locals["x"])

# frame.clear() on a finished frame, and on a running one
def finished():
    return sys._getframe()
fr = finished()
fr.clear()
print("cleared finished frame")
def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
print(running())

# f_code of lambdas, comprehensions and class bodies
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
class Body:
    name = sys._getframe().f_code.co_name
    qual = sys._getframe().f_code.co_qualname
print(Body.name, Body.qual)

# f_trace and f_lasti exist
f = sys._getframe()
print(f.f_trace, isinstance(f.f_lasti, int))
