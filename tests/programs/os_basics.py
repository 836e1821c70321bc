# needs: stdlib
# The posix module under CPython's os, posixpath, genericpath and stat.
import os
import os.path
import posixpath
import stat

print(type(os.getcwd()).__name__, type(os.getcwdb()).__name__)
print(os.name, os.sep, os.curdir, os.pardir, repr(os.linesep))
print(os.path is posixpath)

# posixpath on fixed paths
print(os.path.join("/usr", "lib", "python3"))
print(os.path.join("a", "/b", "c"))
print(os.path.split("/usr/lib/python3.13/os.py"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/a/b/c.txt"), os.path.dirname("/a/b/c.txt"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("a/../../b"))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("/a/b/../c"), os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"))
print(os.path.exists("/no/such/path/here"), os.path.isfile("/no/such/path/here"))

# make and remove a directory and files
base = "/tmp/pyk_os_basics_dir"
if os.path.isdir(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
print(os.path.isdir(base), stat.S_ISDIR(os.stat(base).st_mode))
with open(os.path.join(base, "b.txt"), "w") as f:
    f.write("hello\n")
with open(os.path.join(base, "a.txt"), "w") as f:
    f.write("0123456789")
os.mkdir(os.path.join(base, "sub"))
print(sorted(os.listdir(base)))
print(sorted(os.listdir(base.encode())))
st = os.stat(os.path.join(base, "a.txt"))
print(st.st_size, st[6], len(st), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(type(st).__name__, type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st == tuple(st), st.st_mtime_ns // 10**9 == st[8])
print(repr(st).startswith("os.stat_result(st_mode="), repr(st).count("="))
print(os.path.getsize(os.path.join(base, "b.txt")), os.path.isfile(os.path.join(base, "b.txt")))
print(sorted(e.name for e in os.scandir(base)), sorted(e.name for e in os.scandir(base) if e.is_dir()))
os.rename(os.path.join(base, "b.txt"), os.path.join(base, "c.txt"))
print(sorted(os.listdir(base)))
os.replace(os.path.join(base, "c.txt"), os.path.join(base, "a.txt"))
print(sorted(os.listdir(base)), os.stat(os.path.join(base, "a.txt")).st_size)
print(os.access(base, os.F_OK), os.access(base + "/nope", os.F_OK), os.access(base, os.R_OK | os.W_OK))
os.unlink(os.path.join(base, "a.txt"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(os.path.exists(base))

# file descriptors
fd = os.open("/tmp/pyk_os_basics_fd", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"abc"), os.isatty(fd), os.device_encoding(fd))
os.close(fd)
fd = os.open("/tmp/pyk_os_basics_fd", os.O_RDONLY)
print(os.read(fd, 10), os.read(fd, 10), os.fstat(fd).st_size)
os.close(fd)
os.remove("/tmp/pyk_os_basics_fd")

# environment
print(os.environ.get("HOME") is not None, isinstance(os.environ, os._Environ))
os.environ["PYK_OS_BASICS"] = "value"
print(os.environ["PYK_OS_BASICS"], os.getenv("PYK_OS_BASICS"), os.environb[b"PYK_OS_BASICS"])
del os.environ["PYK_OS_BASICS"]
print(os.getenv("PYK_OS_BASICS", "gone"), "PYK_OS_BASICS" in os.environ)

# fspath and PathLike
class P:
    def __fspath__(self):
        return "/tmp"
print(os.fspath(P()), os.fspath(b"x"), os.fspath("y"), isinstance(P(), os.PathLike))
print(os.path.join(P(), "z"), os.path.isdir(P()), stat.S_ISDIR(os.stat(P()).st_mode))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)

# misc
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, type(os.getuid()).__name__)
print(len(os.urandom(16)), os.strerror(2), os.cpu_count() >= 1)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.error is OSError)

# errors
for fn, arg in [(os.stat, "/tmp/pyk_no_such_file"), (os.listdir, "/tmp/pyk_no_such_dir"),
                (os.rmdir, "/tmp/pyk_no_such_dir"), (os.remove, "/tmp/pyk_no_such_file")]:
    try:
        fn(arg)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
try:
    os.mkdir("/tmp")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.stat(1.5)
except TypeError as e:
    print("TypeError", e)
