# needs: stdlib
# Python-level signal handlers run in the main thread between bytecodes.
import os
import signal

print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1))
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
n = 0
while not got and n < 10**7:
    n += 1
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got[-1], len(got))

class Boom(Exception):
    pass
def boom(signum, frame):
    raise Boom(signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not raised")
except Boom as e:
    print("Boom", e.args[0] == signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored", signal.getsignal(signal.SIGUSR2))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(10**7):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt again")

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print(got[-1])
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL))
print(signal.SIGKILL in signal.valid_signals(), len(signal.valid_signals()) > 30)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending(), len(got))
signal.pthread_sigmask(signal.SIG_SETMASK, old)
print(len(got))
r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.raise_signal(signal.SIGUSR1)
print(os.read(r, 10), signal.set_wakeup_fd(-1) == w)
for f in [lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(0, handler),
          lambda: signal.signal(signal.SIGUSR1, 5), lambda: signal.signal(signal.SIGUSR1, "x"),
          lambda: signal.getsignal(1000), lambda: signal.set_wakeup_fd(r), lambda: signal.strsignal(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(signal.Signals.SIGTERM, signal.Handlers.SIG_DFL, signal.Sigmasks.SIG_BLOCK)
