# needs: stdlib
# threading.settrace_all_threads / setprofile_all_threads (sys._settraceallthreads,
# sys._setprofileallthreads): a thread that is already running sees the new
# hook (sys.gettrace()/getprofile() there) and is traced from then on;
# setting None removes it everywhere.
import sys
import threading


def run(setter, getter, sys_getter):
    first = threading.Event()
    second = threading.Event()
    seen = []
    calls = []

    def hook(frame, event, arg):
        if frame.f_code.co_name == "traced_fn":
            calls.append(event)
        return None

    def traced_fn():
        return 1

    def checker():
        seen.append(sys_getter())
        first.set()
        second.wait()
        seen.append(sys_getter() is hook)
        traced_fn()

    t = threading.Thread(target=checker)
    t.start()
    first.wait()
    setter(hook)
    second.set()
    t.join()
    print(setter.__name__, seen, getter() is hook, sys_getter() is hook, calls[:1])
    setter(None)
    print(" after reset:", getter(), sys_getter())


run(threading.settrace_all_threads, threading.gettrace, sys.gettrace)
run(threading.setprofile_all_threads, threading.getprofile, sys.getprofile)
