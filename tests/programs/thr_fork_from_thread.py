# needs: stdlib
# runtimes: gil
# os.fork() called from a thread that is not the main thread: in the child
# only the forking thread survives and becomes the main thread, the old
# main thread counts as finished (joining it returns at once), new threads
# start and join there, and `_thread._get_main_thread_ident()` names the
# forking thread. The parent is warned that it forked with other threads.
import _thread
import os
import sys
import threading
import warnings

old_main = threading.current_thread()
report = []


def joiner(results):
    old_main.join()  # must not block: the main thread is gone in the child
    results.append("joined old main")


def in_child(worker_ident):
    checks = []
    me = threading.current_thread()
    checks.append(threading.get_ident() == worker_ident)
    checks.append(threading.main_thread() is me)
    checks.append(_thread._get_main_thread_ident() == worker_ident)
    checks.append(not old_main.is_alive())
    checks.append(threading.active_count() == 1)
    results = []
    t = threading.Thread(target=joiner, args=(results,))
    t.start()
    t.join()
    checks.append(results == ["joined old main"])
    checks.append(threading.active_count() == 1)
    print("child:", checks, me.name, type(threading.main_thread()).__name__)
    sys.stdout.flush()
    return 0 if all(checks) else 1


def worker():
    ident = threading.get_ident()
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        pid = os.fork()
        if pid == 0:
            code = 2
            try:
                code = in_child(ident)
            finally:
                os._exit(code)
    _, status = os.waitpid(pid, 0)
    report.append(("child exit", os.waitstatus_to_exitcode(status)))
    report.append(("warnings", [w.category.__name__ for w in ws]))
    msg = str(ws[0].message).replace(str(os.getpid()), "PID")
    report.append(("message", msg))


w = threading.Thread(target=worker, name="forker")
w.start()
w.join()
for r in report:
    print(*r)
print("parent main is still main:", threading.main_thread() is old_main)
print("parent main ident:", _thread._get_main_thread_ident() == old_main.ident)
