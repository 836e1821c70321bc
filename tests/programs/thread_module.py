# runtimes: gil ft
# _thread directly: start_new_thread with kwargs, start_joinable_thread and handles,
# locks and their errors, RLock internals, _local, stack_size, interrupt_main
# waking a main thread blocked in acquire() and in join().
import _thread

done = _thread.allocate_lock()
done.acquire()
box = []
def f(a, b=0, *, c=0):
    box.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(f, (1,), {"b": 2, "c": 3})
done.acquire()
print(box, isinstance(ident, int))
done.release()
for args in [(f, [1]), (f, (), []), (1, ())]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

h = _thread._ThreadHandle()
print(h.ident, h.is_done(), repr(h))
try:
    h.join()
except RuntimeError as e:
    print("RuntimeError:", e)
out = []
h2 = _thread.start_joinable_thread(lambda: out.append(_thread.get_ident()), handle=h, daemon=False)
h.join()
print(h2 is h, h.is_done(), out == [h.ident], h.ident != main_ident)
h.join(0.5)
try:
    _thread.start_joinable_thread(print, handle=h)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    _thread.start_joinable_thread(1)
except TypeError as e:
    print("TypeError:", e)
mh = _thread._make_thread_handle(main_ident)
print(mh.ident == main_ident, mh.is_done())
try:
    mh.join()
except RuntimeError as e:
    print("RuntimeError:", e)
h3 = _thread.start_joinable_thread(lambda: None)
h3.join()
print(h3.is_done(), type(_thread._count()).__name__)

lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType is _thread.lock, lk.locked(), repr(lk)[:24])
print(lk.acquire(0), lk.acquire(blocking=False), lk.acquire(timeout=0), lk.locked())
print(repr(lk)[:22])
lk.release()
for bad in [lk.release, lambda: lk.acquire(0, 1), lambda: lk.acquire(timeout=-5),
            lambda: lk.acquire(timeout=float("nan")), lambda: lk.acquire(timeout=float("inf")),
            lambda: lk.acquire(nope=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with lk:
    print("in with", lk.locked())
print(lk.locked())
lk.acquire(); lk._at_fork_reinit(); print(lk.locked())

r = _thread.RLock()
r.acquire(); r.acquire()
print(r._recursion_count(), r._is_owned())
state = r._release_save()
print(state[0], state[1] == main_ident, r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
r.release(); r.release()
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)

loc = _thread._local()
loc.a = 1
seen = []
done.acquire()
def look():
    seen.append(hasattr(loc, "a"))
    loc.a = 2
    seen.append(loc.a)
    done.release()
_thread.start_new_thread(look, ())
done.acquire(); done.release()
print(seen, loc.a)

print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(_thread.stack_size(1 << 20), _thread.stack_size(0))
print(_thread.daemon_threads_allowed(), _thread._is_main_interpreter(), _thread.error is RuntimeError)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

# Ctrl-C (SIGINT sent to the process by another thread) raises KeyboardInterrupt
# in a main thread blocked in acquire() (the lock is never released: only the
# interrupt can end the wait) and in join()
# (the other threads block SIGINT, so the kernel delivers it to the main
# thread, the only one that can take it, in CPython as in pyk)
import os
import signal
import time
never = _thread.allocate_lock()
never.acquire()
def interrupt():
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    # CPython loses a SIGINT that lands just before its acquire() blocks:
    # give the main thread time to block first.
    time.sleep(0.3)
    os.kill(os.getpid(), 2)
_thread.start_new_thread(interrupt, ())
try:
    never.acquire()
    print("acquired?")
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire")
gate = _thread.allocate_lock()
gate.acquire()
def blocked():
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    never.acquire()
waiter = _thread.start_joinable_thread(blocked)
_thread.start_new_thread(interrupt, ())
try:
    waiter.join()
    print("joined?")
except KeyboardInterrupt:
    print("KeyboardInterrupt in join", waiter.is_done())
never.release()
waiter.join()
print("waiter done", waiter.is_done())
