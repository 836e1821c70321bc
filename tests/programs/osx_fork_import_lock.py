# fork() waits for another thread's import lock; fcntl's int argument is
# an unsigned int, masked.
import _imp, os, sys, threading, time, fcntl, warnings

# fork() with a live thread warns, naming the pid: not part of this test.
warnings.simplefilter("ignore", DeprecationWarning)

started = threading.Event()
def importer():
    _imp.acquire_lock()
    sys.modules["osx fake"] = "partial"
    started.set()
    time.sleep(0.05)
    sys.modules["osx fake"] = "complete"
    _imp.release_lock()

t = threading.Thread(target=importer)
t.start()
started.wait()
pid = os.fork()
if pid == 0:
    os._exit(42 if __import__("osx fake") == "complete" else 1)
t.join()
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(_imp.lock_held())
_imp.acquire_lock()
pid = os.fork()
if pid == 0:
    os._exit(0 if _imp.lock_held() else 3)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), _imp.lock_held())
_imp.release_lock()

fd = os.open(".", os.O_RDONLY)
for v in [2**32 + 1, -1, 2**64, 0]:
    print(fcntl.fcntl(fd, fcntl.F_GETFD, v) & fcntl.FD_CLOEXEC)
os.close(fd)
