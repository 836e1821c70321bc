# timerfd, memfd, pidfd, statvfs, pathconf/confstr, device numbers, ids,
# scheduler and struct sequences of posix.
import os, time, errno, select, pickle

# timerfd: values read back are the ones set (a timer that has not fired)
fd = os.timerfd_create(time.CLOCK_MONOTONIC, flags=os.TFD_NONBLOCK)
print(os.get_inheritable(fd), os.get_blocking(fd))
print(os.timerfd_settime(fd, initial=1000.0, interval=0.25))
nxt, iv = os.timerfd_gettime(fd)
print(990 < nxt <= 1000, iv)
print(os.timerfd_settime_ns(fd, initial=10**12, interval=5)[1])
nxt, iv = os.timerfd_gettime_ns(fd)
print(nxt > 10**11, iv)
print(os.timerfd_settime(fd, initial=0, interval=0)[1])
print(os.timerfd_gettime(fd))
try:
    os.read(fd, 8)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
os.timerfd_settime_ns(fd, initial=1)
select.select([fd], [], [], 5)
print(int.from_bytes(os.read(fd, 8), "little"))
for kw in [dict(initial="x"), dict(initial=float("nan")), dict(initial=-1.0)]:
    try:
        os.timerfd_settime(fd, **kw)
    except (TypeError, ValueError, OSError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    os.timerfd_settime_ns(fd, initial=1.5)
except TypeError as e:
    print("TypeError", e)
os.close(fd)
try:
    os.timerfd_gettime(fd)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF)

# memfd
m = os.memfd_create("osx-test")
print(os.get_inheritable(m), os.write(m, b"memory"), os.pread(m, 6, 0), os.fstat(m).st_size)
os.close(m)
m = os.memfd_create(b"osx", os.MFD_ALLOW_SEALING)
print(os.get_inheritable(m))
os.close(m)

# pidfd
p = os.pidfd_open(os.getpid())
print(os.get_inheritable(p))
os.close(p)

# statvfs
st = os.statvfs("/")
print(type(st).__name__, len(st), st.f_bsize == st[0], st.f_namemax == st[9], isinstance(st.f_fsid, int))
print(os.fstatvfs(os.open("/", os.O_RDONLY)) == st or True)
r = pickle.loads(pickle.dumps(st))
print(r == st, type(r) is os.statvfs_result)
try:
    st.f_bsize = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    os.statvfs("/nonexistent-osx")
except OSError as e:
    print(type(e).__name__, e.filename)
print(os.statvfs_result(range(10)))

# pathconf and confstr
print(os.pathconf("/", "PC_NAME_MAX"), os.fpathconf(0, "PC_PIPE_BUF") > 0)
print(os.pathconf("/", os.pathconf_names["PC_NAME_MAX"]))
for bad in ["PC_NOPE", 1.5]:
    try:
        os.pathconf("/", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.confstr("CS_PATH").startswith("/"), "CS_PATH" in os.confstr_names)

# device numbers
dev = os.makedev(8, 3)
print(dev, os.major(dev), os.minor(dev), os.major(-1), os.makedev(-1, -1))
for bad in [-2, 2**64]:
    try:
        os.major(bad)
    except OverflowError as e:
        print("OverflowError")

# ids and priorities
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or os.getresuid()[0] == os.getuid())
print(os.getresgid()[0] == os.getgid())
print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(os.PRIO_PROCESS, os.getpid()))
for bad in [-2, 2**32, "0"]:
    try:
        os.setuid(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.setgroups(5)
except TypeError as e:
    print("TypeError", e)

# scheduler
pol = os.sched_getscheduler(0)
print(pol == os.SCHED_OTHER, os.sched_get_priority_min(pol), os.sched_get_priority_max(pol))
param = os.sched_getparam(0)
print(param, param.sched_priority)
print(os.sched_param(sched_priority=3), os.sched_param(4)[0])
os.sched_setparam(0, param)
try:
    os.sched_setparam(0, 0)
except TypeError as e:
    print("TypeError", e)
mask = os.sched_getaffinity(0)
os.sched_setaffinity(0, mask)
print(os.sched_getaffinity(0) == mask)
for bad in [[-1], ["x"]]:
    try:
        os.sched_setaffinity(0, bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(os.sched_rr_get_interval(0), float))

# waitid and wait4 on a child
pid = os.fork()
if pid == 0:
    os._exit(7)
r = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(r).__name__, r.si_pid == pid, r.si_status, r.si_code == os.CLD_EXITED)
pid = os.fork()
if pid == 0:
    os._exit(3)
p2, status, ru = os.wait4(pid, 0)
print(p2 == pid, os.waitstatus_to_exitcode(status), type(ru).__name__, ru.ru_utime >= 0)
print(os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG) if False else "done")

# terminals (no tty here)
r, w = os.pipe()
for f in (os.ttyname, os.tcgetpgrp):
    try:
        f(r)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno in (errno.ENOTTY, errno.EINVAL))
os.close(r); os.close(w)
print(os.ctermid())
