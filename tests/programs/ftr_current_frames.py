# runtimes: gil ft
# sys._current_frames(): every thread's innermost frame, for a thread blocked
# in a wait and for one busy running Python code.
import sys
import threading
import _thread

def names(f):
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out

ready_blocked = threading.Event()
release = threading.Event()
ready_busy = threading.Event()
stop = False

def blocked_inner():
    ready_blocked.set()
    release.wait()

def blocked_outer():
    blocked_inner()

def busy_inner():
    ready_busy.set()
    n = 0
    while not stop:
        n += 1
    return n

def busy_outer():
    busy_inner()

t1 = threading.Thread(target=blocked_outer)
t2 = threading.Thread(target=busy_outer)
t1.start()
t2.start()
ready_blocked.wait()
ready_busy.wait()

def main_caller():
    return sys._current_frames()

frames = main_caller()
print(type(frames).__name__, len(frames) >= 3)
me = frames[_thread.get_ident()]
print(me.f_code.co_name, me.f_back.f_code.co_name)
b = frames[t1.ident]
print(names(b)[-4:])
print("blocked_inner" in names(b), names(b).index("blocked_inner") < names(b).index("blocked_outer"))
print(b.f_globals is globals())
c = frames[t2.ident]
print(names(c)[0], names(c)[1])
print(c.f_lineno >= busy_inner.__code__.co_firstlineno)

# Asked again from another thread while the main thread waits.
seen = {}
def asker():
    seen.update(sys._current_frames())
t3 = threading.Thread(target=asker)
def main_waits():
    t3.start()
    t3.join()
main_waits()
print(names(seen[_thread.get_ident()])[-2:], "asker" in names(seen[t3.ident]))
print(names(seen[t2.ident])[0])

stop = True
release.set()
t1.join()
t2.join()
# Finished threads are gone.
after = sys._current_frames()
print(t1.ident in after, t2.ident in after, list(after) == [_thread.get_ident()])

# sys._current_exceptions(): what each thread is handling (None if nothing).
raised = threading.Event()
spinning = threading.Event()
leave = threading.Event()
def in_handler():
    try:
        raise ValueError("oops")
    except ValueError:
        raised.set()
        leave.wait()
def spin_in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        spinning.set()
        while not leave.is_set():
            pass
t4 = threading.Thread(target=in_handler)
t5 = threading.Thread(target=spin_in_handler)
t4.start()
t5.start()
raised.wait()
spinning.wait()
ex = sys._current_exceptions()
print(ex[_thread.get_ident()], repr(ex[t4.ident]), repr(ex[t5.ident]))
try:
    raise OSError("mine")
except OSError:
    print(repr(sys._current_exceptions()[_thread.get_ident()]))
leave.set()
t4.join()
t5.join()
