# needs: stdlib
# runtimes: gil
# os.read() blocks without holding up other threads (CPython releases the
# GIL): the main thread waits on a pipe that a child forked from another
# thread writes to. Also os.write from a thread while the main thread reads.
import _thread
import os
import threading
import warnings

r, w = os.pipe()
pid = None


def fork_thread():
    global pid
    with warnings.catch_warnings(category=DeprecationWarning, action="ignore"):
        pid = os.fork()
        if pid:
            return
    try:
        os.close(r)
        os.write(w, b"OK")
    finally:
        os._exit(0)


_thread.start_new_thread(fork_thread, ())
print(os.read(r, 2))
os.close(w)
print("child exit", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(r)

r, w = os.pipe()
t = threading.Thread(target=lambda: [os.write(w, bytes([65 + i])) for i in range(5)])
t.start()
got = b""
while len(got) < 5:
    got += os.read(r, 5 - len(got))
t.join()
print(got)
os.close(r)
os.close(w)
