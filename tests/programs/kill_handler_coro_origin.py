# A signal sent to the process by os.kill runs its handler before kill returns; coroutine origin tracking.
import os, signal
def h(s, f):
    raise KeyboardInterrupt('from handler')
signal.signal(signal.SIGINT, h)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print('not here')
except KeyboardInterrupt as e:
    print('caught in kill', e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('caught 2')
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
import sys
print(sys.get_coroutine_origin_tracking_depth())
async def c():
    pass
def make():
    return c()
x = c(); print(x.cr_origin); x.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
y = make()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in y.cr_origin]); y.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
sys.set_coroutine_origin_tracking_depth(0)
z = c(); print(z.cr_origin); z.close()
