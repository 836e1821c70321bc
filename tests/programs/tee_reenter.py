# runtimes: gil ft
# tee: another thread (or the iterator itself) advancing the shared iterator gets RuntimeError instead of a deadlock.
import threading
from itertools import tee
start = threading.Event()
finish = threading.Event()
class I:
    def __iter__(self):
        return self
    def __next__(self):
        start.set()
        finish.wait()
        return 1
a, b = tee(I())
thread = threading.Thread(target=next, args=[a])
thread.start()
start.wait()
try:
    next(b)
except RuntimeError as e:
    print('RuntimeError', e)
finish.set()
thread.join()
print(next(b))
def g():
    yield next(y)
x, y = tee(g())
try:
    next(x)
except RuntimeError as e:
    print('RuntimeError', e)
