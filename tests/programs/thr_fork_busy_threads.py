# needs: stdlib
# runtimes: gil
# os.fork() while other threads are busy running Python code (so, under a
# GIL, they wait for the lock and ask its holder to let go): the child has
# only the forking thread, which must run on without waiting for threads
# that do not exist there; it starts and joins a thread of its own (GIL
# runtime only: under ft a thread running Python at the fork can hold a
# container lock the child then waits for; there is no stop-the-world). Also a
# fork from a thread `_thread.start_new_thread` started (not known to
# `threading`): the child's main thread is a fresh _MainThread.
import _thread
import os
import sys
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

stop = False
counts = [0, 0, 0]


def spin(k):
    while not stop:
        counts[k] += 1


def child_work():
    total = 0
    for i in range(200_000):  # many backward jumps: eval-breaker checks
        total += i
    box = []
    t = threading.Thread(target=lambda: box.append(sum(range(10))))
    t.start()
    t.join()
    return total == 19999900000 and box == [45] and threading.active_count() == 1


spinners = [threading.Thread(target=spin, args=(k,)) for k in range(3)]
for t in spinners:
    t.start()
while min(counts) < 10_000:  # every spinner ran, and they still want to
    pass
pid = os.fork()
if pid == 0:
    ok = False
    try:
        ok = child_work()
    finally:
        os._exit(0 if ok else 1)
_, status = os.waitpid(pid, 0)
stop = True
for t in spinners:
    t.join()
print("busy fork: child exit", os.waitstatus_to_exitcode(status))

done = _thread.allocate_lock()
done.acquire()
result = []


def foreign():
    ident = threading.get_ident()
    pid = os.fork()
    if pid == 0:
        main = threading.main_thread()
        ok = (type(main).__name__ == "_MainThread" and main.ident == ident
              and threading.current_thread() is main and main.name == "MainThread")
        sys.stdout.flush()
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    result.append(os.waitstatus_to_exitcode(status))
    done.release()


_thread.start_new_thread(foreign, ())
done.acquire()
print("foreign-thread fork: child exit", result[0])
