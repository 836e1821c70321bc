import sys
def outer():
    x = 1
    return inner()
def inner():
    y = 2
    f = sys._getframe()
    b = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno, sorted(f.f_locals), b.f_code.co_name, b.f_locals["x"],
            f.f_back.f_code.co_name, sys._getframe(2).f_code.co_name, sys._getframemodulename())
print(outer())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
def boom():
    raise KeyError("k")
try:
    boom()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    print(type(tb.tb_frame).__name__, tb.tb_frame.f_globals is globals())
