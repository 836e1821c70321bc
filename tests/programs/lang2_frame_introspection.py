# Frame objects: f_code, f_locals, f_back, f_lineno, f_globals.
import sys
def current():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_globals is globals()
def caller():
    return current()
print(caller())
def locals_view():
    a, b = 1, 2
    f = sys._getframe()
    return sorted(f.f_locals.keys()), f.f_locals["a"]
print(locals_view())
def lineno():
    return sys._getframe().f_lineno
first = lineno()
print(lineno() - first)
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth() - depth.__code__.co_firstlineno * 0)
def gen():
    yield sys._getframe().f_code.co_name
print(next(gen()))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
def tb_frames():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_frame.f_code.co_name, tb.tb_lineno - tb_frames.__code__.co_firstlineno
print(tb_frames())
