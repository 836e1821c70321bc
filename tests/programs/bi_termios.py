# termios, tty and pty: os.openpty/os.login_tty (through pty.fork), tcgetattr/
# tcsetattr (tty.setraw), window sizes, CPython's TypeErrors and termios.error.
import os, termios, tty, pty, sys
m, s = os.openpty()
print(os.get_inheritable(m), os.get_inheritable(s), os.isatty(s))
a = termios.tcgetattr(s)
print(len(a), len(a[6]), type(a[6][0]).__name__, a[6][termios.VMIN])
tty.setraw(s)
b = termios.tcgetattr(s)
print(b[3] & termios.ICANON, b[6][termios.VMIN], b[6][termios.VTIME])
termios.tcsetwinsize(s, (30, 100)); print(termios.tcgetwinsize(s))
for bad in [(s, 0, 5), (s, 0, [1]*7), (s, 0, a[:6] + [[b'x']])]:
    try: termios.tcsetattr(*bad)
    except TypeError as e: print("TypeError:", e)
closed = os.open("/dev/null", os.O_RDONLY)
os.close(closed)
try: termios.tcgetattr(closed)
except termios.error as e: print("error", e.args)
try: termios.tcgetattr(os.open('/dev/null', os.O_RDONLY))
except termios.error as e: print("error", e.args)
termios.tcflush(s, termios.TCIOFLUSH); termios.tcdrain(s)
print(termios.error.__module__, termios.error.__mro__[1].__name__, termios.NCCS, termios.B38400)
pid, fd = pty.fork()
if pid == 0:
    print("child tty", os.isatty(0), os.isatty(1))
    os._exit(0)
out = b""
while True:
    try: chunk = os.read(fd, 100)
    except OSError: break
    if not chunk: break
    out += chunk
os.waitpid(pid, 0)
print(out)
