# needs: stdlib
# Smaller _thread details: an unstarted _ThreadHandle cannot be joined or
# marked done; an exception leaving a start_new_thread function goes to
# sys.unraisablehook with CPython's err_msg; a _local subclass's __dict__
# cannot be replaced or deleted.
import _thread
import sys
import threading

h = _thread._ThreadHandle()
for f in (h.join, h._set_done):
    try:
        f()
    except RuntimeError as e:
        print(f.__name__, "RuntimeError:", e)

seen = []
done = threading.Event()


def hook(u):
    seen.append((u.exc_type.__name__, u.err_msg == "Exception ignored in thread started by %r" % task, u.object))
    done.set()


def task():
    raise ValueError("boom")


sys.unraisablehook = hook
_thread.start_new_thread(task, ())
done.wait(10)
sys.unraisablehook = sys.__unraisablehook__
print(seen)


class Sub(threading.local):
    pass


for obj in (threading.local(), Sub()):
    obj.x = 5
    print(type(obj).__name__, obj.__dict__)
    try:
        obj.__dict__ = {}
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del obj.__dict__
    except AttributeError as e:
        print("AttributeError:", type(e).__name__)
