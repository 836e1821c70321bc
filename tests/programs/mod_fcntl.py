# fcntl: fcntl with int and bytes arguments, ioctl, flock, lockf, constants
# and CPython's errors.
import fcntl
import os

print(sorted(n for n in dir(fcntl) if n.islower() and not n.startswith("_")))
for name in ["F_GETFD", "F_SETFD", "F_GETFL", "F_SETFL", "FD_CLOEXEC", "LOCK_SH", "LOCK_EX",
             "LOCK_NB", "LOCK_UN", "F_RDLCK", "F_WRLCK", "F_UNLCK", "F_DUPFD", "F_DUPFD_CLOEXEC",
             "F_GETLK", "F_SETLK", "F_SETLKW", "F_GETPIPE_SZ", "F_SETPIPE_SZ", "F_OFD_SETLK"]:
    print(name, getattr(fcntl, name))

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFD)
print("cloexec", bool(flags & fcntl.FD_CLOEXEC))
fcntl.fcntl(r, fcntl.F_SETFD, 0)
print("cloexec cleared", fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fl = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print("nonblock", bool(fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(w))
d = fcntl.fcntl(r, fcntl.F_DUPFD, 100)
print("dup >= 100", d >= 100)
os.close(d)


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


print("via fileno", fcntl.fcntl(F(r), fcntl.F_GETFD) == fcntl.fcntl(r, fcntl.F_GETFD))
# A bytes argument comes back as bytes of the same length.
print(fcntl.fcntl(r, fcntl.F_GETFD, b"abc"))
os.close(r)
os.close(w)

path = "/tmp/pyk-mod-fcntl-%d" % os.getpid()
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
try:
    fcntl.flock(fd, fcntl.LOCK_EX)
    fcntl.flock(fd, fcntl.LOCK_UN)
    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(fd, fcntl.LOCK_UN)
    fcntl.lockf(fd, fcntl.LOCK_EX, 10, 0, 0)
    fcntl.lockf(fd, fcntl.LOCK_UN, 10)
    fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.lockf(fd, fcntl.LOCK_UN)
    print("locks ok")
    # A second descriptor sees the first one's flock.
    fd2 = os.open(path, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        fcntl.flock(fd2, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        print("BlockingIOError", e.errno == __import__("errno").EWOULDBLOCK)
    fcntl.flock(fd, fcntl.LOCK_UN)
    fcntl.flock(fd2, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.close(fd2)
finally:
    os.close(fd)
    os.unlink(path)

# ioctl: FIONREAD on a pipe, with an int, a bytes and a bytearray argument.
import struct
FIONREAD = 0x541B
r, w = os.pipe()
os.write(w, b"hello")
buf = bytearray(4)
print("ioctl mutate", fcntl.ioctl(r, FIONREAD, buf), struct.unpack("i", buf)[0])
print("ioctl bytes", struct.unpack("i", fcntl.ioctl(r, FIONREAD, b"\0" * 4))[0])
buf = bytearray(4)
res = fcntl.ioctl(r, FIONREAD, buf, False)
print("ioctl no mutate", struct.unpack("i", res)[0], buf)
os.close(r)
os.close(w)

for call in [lambda: fcntl.fcntl(0, fcntl.F_GETFD, 1.5),
             lambda: fcntl.fcntl(0, fcntl.F_GETFD, None),
             lambda: fcntl.fcntl(0, fcntl.F_GETFD, b"x" * 1025),
             lambda: fcntl.fcntl("a", 1),
             lambda: fcntl.fcntl(-1, 1),
             lambda: fcntl.flock(999, fcntl.LOCK_SH),
             lambda: fcntl.lockf(0, 0),
             lambda: fcntl.fcntl(0),
             lambda: fcntl.flock(0, 1, 2),
             lambda: fcntl.ioctl(0, 1, 1.5)]:
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
