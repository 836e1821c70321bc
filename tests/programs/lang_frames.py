# sys._getframe, f_back, f_lineno, f_code, f_locals, f_globals.
import sys

def here():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    print(here())
    print(caller_name())
    f = sys._getframe()
    print(f.f_back.f_code.co_name, f.f_back is not None)
    a = 1
    b = "two"
    print(sorted(sys._getframe().f_locals))
    return f.f_lineno

print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)

def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
def nest(k):
    return depth() if k == 0 else nest(k - 1)
print(nest(5) - nest(0))

def line_tracker():
    lines = [sys._getframe().f_lineno]
    x = 1
    lines.append(sys._getframe().f_lineno)
    return [l - lines[0] for l in lines]
print(line_tracker())

class K:
    name = sys._getframe().f_code.co_name
    where = sys._getframe().f_locals.get("name")
print(K.name, K.where)

gen_frames = []
def g():
    gen_frames.append(sys._getframe().f_code.co_name)
    yield sys._getframe().f_back.f_code.co_name
print(list(g()), gen_frames)
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
