# os.sendfile, the eventfd functions, and bool file descriptors warning.
import os, tempfile, warnings

with tempfile.TemporaryFile() as src, tempfile.TemporaryFile() as dst:
    src.write(b"0123456789")
    src.flush()
    print(os.sendfile(dst.fileno(), src.fileno(), 2, 5))
    src.seek(7)
    print(os.sendfile(dst.fileno(), src.fileno(), None, 100))
    print(os.sendfile(dst.fileno(), src.fileno(), None, 100))
    dst.seek(0)
    print(dst.read())
    try:
        os.sendfile(dst.fileno(), src.fileno(), 0, -1)
    except OSError as e:
        print(type(e).__name__, e.errno == 22)

fd = os.eventfd(3)
os.eventfd_write(fd, 4)
print(os.eventfd_read(fd))
os.close(fd)
fd = os.eventfd(2, os.EFD_SEMAPHORE | os.EFD_NONBLOCK)
print(os.eventfd_read(fd), os.eventfd_read(fd))
try:
    os.eventfd_read(fd)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == 11)
os.close(fd)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    try:
        os.fsync(False)
    except OSError as e:
        print(type(e).__name__)
print([str(w.message) for w in log])
