# Positioned, vectored and kernel-side descriptor I/O of posix.
import os, tempfile, errno

d = tempfile.mkdtemp(prefix="osx-fdio-")
path = os.path.join(d, "data")
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

print(os.pwrite(fd, b"hello world", 0))
print(os.pread(fd, 5, 6), os.pread(fd, 100, 20), os.lseek(fd, 0, os.SEEK_CUR))
print(os.writev(fd, [b"ab", bytearray(b"cd"), memoryview(b"ef")]))
os.lseek(fd, 0, os.SEEK_SET)
b1, b2 = bytearray(3), bytearray(4)
print(os.readv(fd, [b1, b2]), b1, b2)
print(os.pwritev(fd, [b"XY", b"Z"], 1))
b3 = bytearray(6)
print(os.preadv(fd, [b3], 0), b3)
print(os.pread(fd, 0, 0))

# copy_file_range and splice
out = os.open(os.path.join(d, "copy"), os.O_RDWR | os.O_CREAT, 0o600)
print(os.copy_file_range(fd, out, 5, 0, 0))
print(os.pread(out, 10, 0))
r, w = os.pipe()
print(os.splice(fd, w, 4, offset_src=6))
print(os.read(r, 10))
os.close(r); os.close(w)
print(os.sendfile(out, fd, 0, 3), os.pread(out, 10, 0))

# allocation, advice, locks, truncation
os.posix_fallocate(fd, 0, 4096)
print(os.fstat(fd).st_size)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
os.lockf(fd, os.F_LOCK, 0)
os.lockf(fd, os.F_ULOCK, 0)
os.ftruncate(fd, 3)
print(os.pread(fd, 10, 0))

# errors carry errno and no filename
for call in [lambda: os.pread(999, 1, 0), lambda: os.pwrite(999, b"x", 0),
             lambda: os.readv(999, [bytearray(1)]), lambda: os.writev(999, [b"x"]),
             lambda: os.copy_file_range(999, fd, 1), lambda: os.posix_fallocate(999, 0, 1),
             lambda: os.lockf(999, os.F_LOCK, 0), lambda: os.fstatvfs(999)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EBADF, e.filename)

for call in [lambda: os.pread(fd, -1, 0), lambda: os.readv(fd, [b"x"]), lambda: os.readv(fd, 3),
             lambda: os.readv(fd, [3]), lambda: os.writev(fd, ["x"]), lambda: os.writev(fd, 3),
             lambda: os.copy_file_range(fd, out, -1), lambda: os.splice(fd, out, -1),
             lambda: os.pread(fd, "1", 0), lambda: os.posix_fallocate(fd, 0, 0),
             lambda: os.pwrite(fd, "s", 0)]:
    try:
        call()
    except (TypeError, ValueError, OSError, BufferError) as e:
        print(type(e).__name__, e)

os.close(fd); os.close(out)
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
