# A finished function frame reached through a traceback keeps the locals it
# had when the exception left it (traceback suggestions read them).
import sys, traceback
def f(a, b=2):
    c = a + b
    def g(): return c
    raise ValueError(c)
try:
    f(1)
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(sorted(tb.tb_frame.f_locals.items(), key=str)[:3], tb.tb_frame.f_code.co_name)
def h():
    x = 1
    undefined_nam
try:
    h()
except NameError as e:
    print(''.join(traceback.format_exception(e)).splitlines()[-1])
def k():
    err = KeyError('x')
    y = [1]
    raise err
try:
    k()
except KeyError as e:
    fl = e.__traceback__.tb_next.tb_frame.f_locals
    print(fl['y'])
