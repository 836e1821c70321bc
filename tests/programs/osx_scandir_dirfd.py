# scandir entries, DirEntry/stat_result behaviour, and the dir_fd /
# follow_symlinks / descriptor forms of the path functions.
import os, tempfile, pickle, warnings, stat, errno

d = tempfile.mkdtemp(prefix="osx-scan-")
os.mkdir(os.path.join(d, "sub"))
with open(os.path.join(d, "file"), "wb") as f:
    f.write(b"12345")
os.symlink("file", os.path.join(d, "link"))
os.symlink("missing", os.path.join(d, "dangling"))

with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
print(entries[1].stat().st_size, entries[2].stat(follow_symlinks=False).st_size == 4)
try:
    entries[0].stat()
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename == entries[0].path)

bentries = sorted(e.name for e in os.scandir(os.fsencode(d)))
print(bentries)
fd = os.open(d, os.O_RDONLY)
print(sorted(e.name for e in os.scandir(fd)), sorted(e.path for e in os.scandir(fd)))
print([e.is_file() for e in sorted(os.scandir(fd), key=lambda e: e.name)])

# removed entries keep what readdir said
e = [x for x in os.scandir(d) if x.name == "sub"][0]
os.rmdir(e.path)
print(e.is_dir(), e.is_file(), e.is_symlink(), e.inode() > 0)
try:
    e.stat()
except FileNotFoundError:
    print("gone")

for obj in (entries[1], os.scandir(d)):
    try:
        pickle.dumps(obj)
    except TypeError as exc:
        print("TypeError", exc)
obj.close()
try:
    os.DirEntry()
except TypeError as exc:
    print("TypeError", exc)
print(os.DirEntry[str])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    it = os.scandir(d)
    next(it)
    del it
    it = os.scandir(d)
    list(it)
    del it
print([x.category.__name__ for x in w])
try:
    os.scandir(3.5)
except TypeError as exc:
    print("TypeError", exc)

# stat_result
st = os.stat(os.path.join(d, "file"))
for name, value in [("st_mode", 1), ("st_rdev", 1), ("parrot", 1)]:
    try:
        setattr(st, name, value)
    except AttributeError as exc:
        print("AttributeError", exc)
print(st.st_size, st[stat.ST_SIZE], len(st), stat.S_ISREG(st.st_mode))
try:
    os.lstat(0)
except TypeError as exc:
    print("TypeError", exc)
print(os.stat(0, follow_symlinks=False).st_mode == os.fstat(0).st_mode)
try:
    os.stat(1, follow_symlinks=False)
except ValueError as exc:
    print("ValueError", exc)

# the dir_fd forms
os.mkdir("sub2", dir_fd=fd)
os.chmod("file", 0o640, dir_fd=fd)
print(oct(os.stat("file", dir_fd=fd).st_mode & 0o777))
os.utime("file", ns=(1_500_000_000, 2_000_000_001), dir_fd=fd)
st = os.stat("file", dir_fd=fd)
print(st.st_atime_ns, st.st_mtime_ns)
os.utime("file", times=(1.002003, 4.005006), dir_fd=fd)
print(os.stat("file", dir_fd=fd).st_mtime_ns)
os.link("file", "hard", src_dir_fd=fd, dst_dir_fd=fd)
print(os.stat("hard", dir_fd=fd).st_nlink)
os.mkfifo("fifo", dir_fd=fd)
print(stat.S_ISFIFO(os.stat("fifo", dir_fd=fd).st_mode))
print(os.access("file", os.R_OK, dir_fd=fd), os.access("nope", os.F_OK, dir_fd=fd),
      os.access("dangling", os.F_OK, dir_fd=fd), os.access("dangling", os.F_OK, dir_fd=fd, follow_symlinks=False),
      os.access("file", os.W_OK, effective_ids=True, dir_fd=fd))
os.chown("file", os.getuid(), -1, dir_fd=fd)
os.chown("link", -1, -1, dir_fd=fd, follow_symlinks=False)
os.mknod("node", stat.S_IFREG | 0o600, dir_fd=fd)
print(stat.S_ISREG(os.stat("node", dir_fd=fd).st_mode))
try:
    os.chmod("link", 0o600, dir_fd=fd, follow_symlinks=False)
except ValueError as exc:
    print("ValueError", exc)
try:
    os.chmod(os.path.join(d, "link"), 0o600, follow_symlinks=False)
except NotImplementedError as exc:
    print("NotImplementedError", exc)
os.chmod(os.path.join(d, "file"), 0o600, follow_symlinks=False)
print(oct(os.stat("file", dir_fd=fd).st_mode & 0o777))
for call in [lambda: os.utime(fd, dir_fd=fd), lambda: os.chown(fd, -1, -1, dir_fd=fd),
             lambda: os.stat(fd, dir_fd=fd), lambda: os.chown(fd, -1, -1, follow_symlinks=False)]:
    try:
        call()
    except ValueError as exc:
        print("ValueError", exc)

# descriptors in place of paths
cwd = os.getcwd()
os.chdir(fd)
print(sorted(os.listdir()) == sorted(os.listdir(fd)))
os.chdir(cwd)
ffd = os.open(os.path.join(d, "file"), os.O_RDWR)
os.truncate(ffd, 2)
os.utime(ffd, ns=(5, 7))
print(os.stat(ffd).st_size, os.stat(ffd).st_mtime_ns, os.pathconf(ffd, "PC_NAME_MAX") > 0)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for call in [lambda: os.stat(False), lambda: os.stat("x", dir_fd=True), lambda: os.truncate(False, 0)]:
        try:
            call()
        except OSError:
            pass
print([str(x.message) for x in w])
os.close(ffd)
os.close(fd)

for name in sorted(os.listdir(d)):
    p = os.path.join(d, name)
    if os.path.isdir(p) and not os.path.islink(p):
        os.rmdir(p)
    else:
        os.unlink(p)
os.rmdir(d)
print(os.path.exists(d))
