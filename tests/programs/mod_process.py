# needs: stdlib
# os.fork / os.execv / os.execve / os.waitpid and the wait-status helpers,
# os.register_at_fork, os.closerange, os.getrandom, signal.pthread_kill,
# and `with sys.stdout:`.
import os
import signal
import sys
import threading

events = []
os.register_at_fork(before=lambda: events.append("before1"),
                    after_in_parent=lambda: events.append("parent1"))
os.register_at_fork(before=lambda: events.append("before2"),
                    after_in_child=lambda: events.append("child"))

for bad in [dict(), dict(before=None)]:
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print("TypeError", e)

# A child that exits with a status.
pid = os.fork()
if pid == 0:
    code = 7 if events == ["before2", "before1", "child"] else 1
    os._exit(code)
pid2, status = os.waitpid(pid, 0)
print("same pid", pid2 == pid)
print("events in parent", events)
print("WIFEXITED", os.WIFEXITED(status), "WEXITSTATUS", os.WEXITSTATUS(status))
print("exitcode", os.waitstatus_to_exitcode(status))
print("WIFSIGNALED", os.WIFSIGNALED(status))

# A child killed by a signal.
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGKILL)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("signaled", os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGKILL)
print("exitcode", os.waitstatus_to_exitcode(status) == -signal.SIGKILL)
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print("ValueError", e)

# A child whose threads are gone: threading state is reset in it.
t = threading.Thread(target=lambda: None)
t.start()
t.join()
pid = os.fork()
if pid == 0:
    ok = threading.active_count() == 1 and threading.current_thread() is threading.main_thread()
    os._exit(0 if ok else 3)
print("thread child", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# execv / execve replace the child's image.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execve("/bin/sh", ["sh", "-c", "echo from-sh $PYK_MOD_VAR; exit 5"], {"PYK_MOD_VAR": "hello"})
os.close(w)
out = b""
while chunk := os.read(r, 100):
    out += chunk
os.close(r)
print(out, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = os.fork()
if pid == 0:
    try:
        os.execv("/nonexistent/pyk-mod-prog", ["x"])
    except FileNotFoundError as e:
        os._exit(9 if e.filename is None else 1)
print("execv failure", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

for args in [("/bin/true", []), ("/bin/true", ("",)), ("/bin/true", "ab")]:
    try:
        os.execv(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for env in [1, []]:
    try:
        os.execve("/bin/true", ["true"], env)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    os.execve("/bin/true", ["true"], {"A=B": "1"})
except ValueError as e:
    print("ValueError", e)

# signal.pthread_kill to this thread runs the handler before returning.
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print("handled", got == [signal.SIGUSR1])
signal.pthread_kill(threading.get_ident(), 0)
print("signal 0 ok")

# os.closerange and os.getrandom.
r, w = os.pipe()
os.closerange(r, w + 1)
for fd in (r, w):
    try:
        os.fstat(fd)
    except OSError as e:
        print("closed", e.errno)
os.closerange(5000, 3)
print(len(os.getrandom(16)), len(os.getrandom(0)), len(os.getrandom(5, os.GRND_NONBLOCK)), os.GRND_NONBLOCK, os.GRND_RANDOM)
for c in [lambda: os.getrandom(-1), lambda: os.getrandom(1.5), lambda: os.getrandom(1, -1)]:
    try:
        c()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)

# sys.stdout as a context manager closes it.
print("closed before", sys.stdout.closed)
with sys.stdout as f:
    print("same object", f is sys.stdout, sys.stdout is sys.__stdout__)
print("closed after", sys.stdout.closed, file=sys.stderr)
try:
    print("lost")
except ValueError as e:
    print("ValueError", e, file=sys.stderr)
try:
    sys.stdout.write("x")
except ValueError as e:
    print("ValueError", e, file=sys.stderr)
