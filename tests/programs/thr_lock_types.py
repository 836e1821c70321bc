# _thread's lock types: weak references to lock, RLock and _local objects;
# RLock can be subclassed (constructor arguments go to __init__), lock and
# _ThreadHandle cannot; reprs name the subclass as CPython's tp_name does.
import _thread
import gc
import re
import threading
import weakref

for make in (_thread.allocate_lock, _thread.RLock, threading.local, threading.Lock, threading.RLock):
    obj = make()
    ref = weakref.ref(obj)
    print(type(obj).__name__, ref() is obj, end=" ")
    del obj
    gc.collect()
    print(ref() is None)


class MyRLock(_thread.RLock):
    def __init__(self, a, *, b):
        super().__init__()
        self.args = (a, b)


r = MyRLock(1, b=2)
print(r.args, r.acquire(), r._is_owned(), r.acquire(), r._recursion_count())
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(r)).replace(str(threading.get_ident()), "ME"))
r.release()
r.release()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(r)))
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(_thread.RLock())))
print(isinstance(r, _thread.RLock), type(r).__mro__[1] is _thread.RLock)
with r:
    print("with:", r._is_owned())
print("after:", r._is_owned())

for base in (_thread.LockType, _thread._ThreadHandle):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)

try:
    weakref.ref(_thread._ThreadHandle())
except TypeError as e:
    print("TypeError:", e)
